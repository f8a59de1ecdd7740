"""``/api/v1/`` for the ledger: predictions, resolutions, speakers, sources,
the scoreboard, the export, the OpenAPI schema and its docs. The webhook
endpoints (``/api/v1/webhooks/``) belong to ``tracker`` and are mounted by
``config.urls``; ``api_fallback`` is mounted last so that unknown API URLs
answer JSON."""

from __future__ import annotations

from django.urls import path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView

from predictions.api.base.errors import not_found_view
from predictions.api.base.routes import resource
from predictions.api.views import export, intake, predictions, reference, resolutions

app_name = "api"

urlpatterns = [
    *resource("predictions/", "prediction", predictions.PredictionListView, predictions.PredictionDetailView),
    path("predictions/export.csv", export.PredictionExportView.as_view(), name="prediction-export"),
    path("predictions/<int:pk>/resolutions/", resolutions.ResolutionListView.as_view(), name="resolution-list"),
    path(
        "predictions/<int:pk>/resolutions/<int:resolution_pk>/supersede/",
        resolutions.ResolutionSupersedeView.as_view(),
        name="resolution-supersede",
    ),
    *resource(
        "resolutions/",
        "resolution",
        detail=resolutions.ResolutionDetailView,
        actions={"confirm": resolutions.ResolutionConfirmView, "reject": resolutions.ResolutionRejectView},
    ),
    *resource("speakers/", "speaker", reference.SpeakerListView, reference.SpeakerDetailView, key="<slug:slug>"),
    *resource("sources/", "source", reference.SourceListView, reference.SourceDetailView),
    path(
        "sources/<int:pk>/forecast-candidates/",
        intake.ForecastCandidateListView.as_view(),
        name="source-forecast-candidates",
    ),
    path(
        "sources/<int:pk>/forecast-candidates/<str:candidate_id>/",
        intake.ForecastCandidateAcceptView.as_view(),
        name="source-forecast-candidate-accept",
    ),
    path("scoreboard/", reference.ScoreboardView.as_view(), name="scoreboard"),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path(
        "docs/",
        SpectacularSwaggerSplitView.as_view(url_name="api:schema", template_name="predictions/api/swagger_ui.html"),
        name="docs",
    ),
]

api_fallback = [re_path(r"^api/", not_found_view)]
