"""Benchmark: GET /api/v1/predictions/ against a plain DRF implementation and raw SQL.

    DATABASE_URL=postgres://…/hindsight REDIS_URL=redis://…/0 python -m tests.bench.bench_api_serializer

Three ways to answer the same page of predictions (same fields, same nesting):

- ``hindsight``: the real endpoint, in process through the full Django stack
  (middleware, routing, token authentication, throttling in Redis);
- ``plain_drf``: a textbook DRF ``ModelViewSet`` + nested ``ModelSerializer``s,
  with ``select_related`` / ``prefetch_related`` (constant queries too) and
  DRF's ``CursorPagination``, mounted in the same stack with the same
  authentication and throttling;
- ``raw_sql``: the endpoint's own SQL (one statement on PostgreSQL) run with
  psycopg and the rows encoded with orjson, no Django at all — the floor.

The variants alternate (A, B, C, A, B, C, …) after a warm-up, so drift hits all
alike; the report gives the median and the interquartile range per variant and
the ratios. It builds its own database (``bench_<name>``) and drops it after.
Not collected by pytest (the file name does not start with ``test_``).
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from collections.abc import Callable
from functools import partial
from typing import Any

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")

import django

django.setup()

import orjson  # noqa: E402
import psycopg  # noqa: E402
from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client, override_settings  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402
from django.urls import include, path  # noqa: E402
from django.utils import timezone  # noqa: E402
from rest_framework import pagination, serializers, viewsets  # noqa: E402

from predictions.api import prediction_sql  # noqa: E402
from predictions.api.representations import COLUMNS  # noqa: E402
from predictions.api.views.common import ApiView  # noqa: E402
from predictions.models import Evidence, Prediction, Resolution, Source, Speaker, Topic  # noqa: E402

RAW_CONNECTIONS: list[psycopg.Connection[Any]] = []
ROWS = int(os.environ.get("BENCH_ROWS", "400"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "60"))
WARMUP = 10


# --- the plain DRF implementation -------------------------------------------------
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


# --- raw SQL + orjson -------------------------------------------------------------
def make_raw(page_size: int) -> Callable[[], bytes]:
    """psycopg on its own connection: the endpoint's page query, rows zipped into
    dicts (the JSON columns spliced in as they are) and encoded with orjson."""
    settings_dict = connection.settings_dict
    raw = psycopg.connect(
        host=settings_dict["HOST"],
        port=settings_dict["PORT"] or 5432,
        user=settings_dict["USER"],
        dbname=settings_dict["NAME"],
        autocommit=True,
    )
    RAW_CONNECTIONS.append(raw)
    page_sql = f"{prediction_sql.SELECT} ORDER BY p.resolve_on, p.id LIMIT {page_size + 1}"
    names = [name.replace("__", "_") for name in COLUMNS] + ["topics", "evidence"]

    def run() -> bytes:
        with raw.cursor() as cursor:
            cursor.execute(page_sql)
            rows = cursor.fetchall()[:page_size]
        results = []
        for row in rows:
            item = dict(zip(names, row, strict=True))
            item["topics"] = orjson.Fragment(item["topics"])
            item["evidence"] = orjson.Fragment(item["evidence"])
            results.append(item)
        return orjson.dumps({"next": None, "previous": None, "results": results}, option=orjson.OPT_UTC_Z)

    return run


# --- the world and the clock ------------------------------------------------------
def build_world(rows: int) -> None:
    from django.contrib.auth.models import Group

    from tests.factories import PredictionFactory, TopicFactory, final_resolution_for

    Group.objects.get_or_create(name="Reviewers")
    topics = [TopicFactory.create(), TopicFactory.create(), TopicFactory.create()]
    for index in range(rows):
        prediction = PredictionFactory.create(resolution_criteria="Criteria. " * 60, quote_start=None, quote_end=None)
        prediction.topics.set(topics[: 1 + index % 3])
        if index % 2:
            final_resolution_for(prediction)


def measure(variants: dict[str, Callable[[], Any]]) -> dict[str, list[float]]:
    timings: dict[str, list[float]] = {name: [] for name in variants}
    for round_number in range(WARMUP + ROUNDS):
        for name, call in variants.items():
            start = time.perf_counter()
            call()
            elapsed = time.perf_counter() - start
            if round_number >= WARMUP:
                timings[name].append(elapsed * 1000)
    return timings


def summary(samples: list[float]) -> str:
    quartiles = statistics.quantiles(samples, n=4)
    return f"median {statistics.median(samples):7.2f} ms  IQR {quartiles[0]:6.2f}–{quartiles[2]:6.2f} ms"


def main() -> int:
    setup_test_environment()
    connection.settings_dict["TEST"]["NAME"] = f"bench_{connection.settings_dict['NAME']}"
    settings.HINDSIGHT_API_ANON_RATE = "1000000/min"
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    try:
        build_world(ROWS)
        client = Client()
        print(
            f"{ROWS} predictions (half resolved with evidence, 1–3 topics each); {ROUNDS} rounds after {WARMUP} warm-up"
        )
        with override_settings(ROOT_URLCONF=__name__):
            for page_size in (50, 200):
                ours = client.get(f"/api/v1/predictions/?page_size={page_size}")
                plain = client.get(f"/bench/plain/predictions/?page_size={page_size}")
                assert ours.status_code == plain.status_code == 200
                assert len(ours.json()["results"]) == len(plain.json()["results"]) == page_size
                timings = measure(
                    {
                        "hindsight": partial(client.get, f"/api/v1/predictions/?page_size={page_size}"),
                        "plain_drf": partial(client.get, f"/bench/plain/predictions/?page_size={page_size}"),
                        "raw_sql": make_raw(page_size),
                    }
                )
                medians = {name: statistics.median(samples) for name, samples in timings.items()}
                print(f"\npage_size={page_size}")
                for name, samples in timings.items():
                    print(f"  {name:10s} {summary(samples)}")
                print(f"  plain_drf / hindsight = {medians['plain_drf'] / medians['hindsight']:.2f}x")
                print(f"  hindsight / raw_sql   = {medians['hindsight'] / medians['raw_sql']:.2f}x")
    finally:
        for raw in RAW_CONNECTIONS:
            raw.close()
        connection.creation.destroy_test_db(old_name, verbosity=0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
