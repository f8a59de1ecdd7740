"""What a team would write by default: DRF ModelSerializers + a ModelViewSet.

The comparison point of ``api_list_vs_naive_drf``: the same fields and nesting
as GET /api/v1/predictions/, with select_related/prefetch_related (so it too
costs a constant number of queries) and DRF's CursorPagination, mounted in the
same request stack with the same authentication and throttling. Used as the
ROOT_URLCONF of the benchmark run (it includes every real URL too).
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.urls import include, path
from django.utils import timezone
from rest_framework import pagination, serializers, viewsets

from predictions.api.base.views import ApiView
from predictions.models import Evidence, Prediction, Resolution, Source, Speaker, Topic


class SpeakerSerializer(serializers.ModelSerializer[Speaker]):
    url = serializers.SerializerMethodField()

    class Meta:
        model = Speaker
        fields = ["name", "name_original", "slug", "url"]

    def get_url(self, speaker: Speaker) -> str:
        return f"{settings.SITE_URL}/api/v1/speakers/{speaker.slug}/"


class SourceSerializer(serializers.ModelSerializer[Source]):
    event = serializers.SerializerMethodField()

    class Meta:
        model = Source
        fields = ["id", "title", "title_original", "outlet", "url", "archived_url", "language", "published_on", "event"]

    def get_event(self, source: Source) -> dict[str, Any] | None:
        if not source.event_name:
            return None
        return {"name": source.event_name, "place": source.event_place, "date": source.event_date}


class TopicSerializer(serializers.ModelSerializer[Topic]):
    class Meta:
        model = Topic
        fields = ["slug", "name"]


class EvidenceSerializer(serializers.ModelSerializer[Evidence]):
    class Meta:
        model = Evidence
        fields = ["url", "title", "publisher", "accessed_on", "archived_url"]


class ResolutionSerializer(serializers.ModelSerializer[Resolution]):
    resolved_at = serializers.DateTimeField(source="confirmed_at")
    evidence = EvidenceSerializer(many=True)

    class Meta:
        model = Resolution
        fields = ["id", "outcome", "rationale", "as_of", "resolved_at", "evidence"]


class PredictionSerializer(serializers.HyperlinkedModelSerializer):
    url = serializers.SerializerMethodField()
    speaker = SpeakerSerializer()
    source = SourceSerializer()  # type: ignore[assignment]
    topics = TopicSerializer(many=True)
    resolution = ResolutionSerializer(source="final_resolution", allow_null=True)
    outcome = serializers.CharField(source="final_resolution.outcome", default=None)
    status = serializers.SerializerMethodField()

    class Meta:
        model = Prediction
        fields = [
            "id", "url", "slug", "version", "speaker", "source", "quote", "quote_language", "translation", "claim",
            "made_on", "horizon", "horizon_rule", "resolve_on", "resolution_criteria", "stated_confidence",
            "implied_probability", "topics", "status", "outcome", "resolution", "created_at", "updated_at",
        ]  # fmt: skip

    def get_url(self, prediction: Prediction) -> str:
        return f"{settings.SITE_URL}/api/v1/predictions/{prediction.pk}/"

    def get_status(self, prediction: Prediction) -> str:
        return prediction.status_on(timezone.localdate()).value


class PlainCursor(pagination.CursorPagination):
    ordering = ("resolve_on", "id")
    page_size_query_param = "page_size"
    max_page_size = 200


class PlainPredictionViewSet(viewsets.ReadOnlyModelViewSet[Prediction]):
    serializer_class = PredictionSerializer
    pagination_class = PlainCursor
    authentication_classes = ApiView.authentication_classes
    throttle_classes = ApiView.throttle_classes
    queryset = (
        Prediction.objects.filter(is_public=True)
        .select_related("speaker", "source", "final_resolution")
        .prefetch_related("topics", "final_resolution__evidence")
    )


urlpatterns = [
    path("bench/plain/predictions/", PlainPredictionViewSet.as_view({"get": "list"})),
    path("", include("config.urls")),
]
