"""Predictions as JSON-ready dicts, built from ``values_list`` rows.

The hot path of the API: a page of predictions costs one query on PostgreSQL
whatever its size — the rows (prediction, speaker, source and final resolution
joined) with their topics and evidence aggregated to JSON by the database —
and three elsewhere; no model instances, no per-row serializer fields. ``schema.PredictionDoc`` documents the same shape
for OpenAPI; the contract tests and schemathesis keep the two in step.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

import orjson
from django.conf import settings
from django.db import connection
from django.db.models import QuerySet
from django.db.models.expressions import RawSQL
from orjson import Fragment

from predictions.models import Evidence, Prediction
from predictions.selectors.status import status_for

# Column order of a row; the indexes below name the ones code reads by position.
COLUMNS = (
    "id",  # 0
    "version",  # 1
    "resolve_on",  # 2
    "made_on",  # 3
    "final_resolution_id",  # 4
    "slug",  # 5
    "quote",  # 6
    "quote_language",  # 7
    "translation",  # 8
    "claim",  # 9
    "horizon",  # 10
    "horizon_rule",  # 11
    "resolution_criteria",  # 12
    "stated_confidence",  # 13
    "implied_probability",  # 14
    "created_at",  # 15
    "updated_at",  # 16
    "speaker__name",  # 17
    "speaker__name_original",  # 18
    "speaker__slug",  # 19
    "source_id",  # 20
    "source__title",  # 21
    "source__title_original",  # 22
    "source__outlet",  # 23
    "source__url",  # 24
    "source__archived_url",  # 25
    "source__language",  # 26
    "source__published_on",  # 27
    "source__event_name",  # 28
    "source__event_place",  # 29
    "source__event_date",  # 30
    "final_resolution__outcome",  # 31
    "final_resolution__rationale",  # 32
    "final_resolution__as_of",  # 33
    "final_resolution__confirmed_at",  # 34
    "speaker__updated_at",  # 35
    "source__updated_at",  # 36
)
ID, VERSION, RESOLVE_ON, MADE_ON, FINAL_ID = 0, 1, 2, 3, 4
SPEAKER_UPDATED, SOURCE_UPDATED = 35, 36
KEY_INDEX = {"resolve_on": RESOLVE_ON, "made_on": MADE_ON, "id": None}


TOPICS, EVIDENCE = len(COLUMNS), len(COLUMNS) + 1

# On PostgreSQL a row carries its topics and its final resolution's evidence as
# JSON text built by the database, spliced into the response unparsed
# (orjson.Fragment): one query a page instead of three. Elsewhere (SQLite, the
# embedded default) they come from two more queries.
TOPICS_JSON = RawSQL(
    "SELECT COALESCE(json_agg(json_build_object('slug', t.slug, 'name', t.name) ORDER BY t.name, t.id), '[]')::text "
    "FROM predictions_prediction_topics pt JOIN predictions_topic t ON t.id = pt.topic_id "
    "WHERE pt.prediction_id = predictions_prediction.id",
    (),
)
EVIDENCE_JSON = RawSQL(
    "SELECT COALESCE(json_agg(json_build_object('url', e.url, 'title', e.title, 'publisher', e.publisher, "
    "'accessed_on', e.accessed_on, 'archived_url', e.archived_url) ORDER BY e.id), '[]')::text "
    "FROM predictions_evidence e WHERE e.resolution_id = predictions_prediction.final_resolution_id",
    (),
)


def _aggregates_in_sql() -> bool:
    return connection.vendor == "postgresql"


def prediction_rows(queryset: QuerySet[Any]) -> QuerySet[Any]:
    """``values_list`` of every column a prediction's JSON needs, one joined query."""
    if _aggregates_in_sql():
        return queryset.annotate(topics_json=TOPICS_JSON, evidence_json=EVIDENCE_JSON).values_list(
            *COLUMNS, "topics_json", "evidence_json"
        )
    return queryset.values_list(*COLUMNS)


def api_base() -> str:
    return f"{settings.SITE_URL}/api/v1/"


def topics_by_prediction(prediction_ids: Sequence[int]) -> dict[int, list[dict[str, str]]]:
    through = Prediction.topics.through
    topics: dict[int, list[dict[str, str]]] = defaultdict(list)
    rows = (
        through.objects.filter(prediction_id__in=prediction_ids)
        .order_by("topic__name", "topic_id")
        .values_list("prediction_id", "topic__slug", "topic__name")
    )
    for prediction_id, slug, name in rows:
        topics[prediction_id].append({"slug": slug, "name": name})
    return topics


def evidence_by_resolution(resolution_ids: Iterable[int]) -> dict[int, list[dict[str, Any]]]:
    evidence: dict[int, list[dict[str, Any]]] = defaultdict(list)
    ids = [pk for pk in resolution_ids if pk is not None]
    if not ids:
        return evidence
    rows = (
        Evidence.objects.filter(resolution_id__in=ids)
        .order_by("id")
        .values_list("resolution_id", "url", "title", "publisher", "accessed_on", "archived_url")
    )
    for resolution_id, url, title, publisher, accessed_on, archived_url in rows:
        evidence[resolution_id].append(
            {
                "url": url,
                "title": title,
                "publisher": publisher,
                "accessed_on": accessed_on,
                "archived_url": archived_url,
            }
        )
    return evidence


def rfc3339(value: datetime.datetime | str | None) -> str | None:
    """Timestamps as the SQL path writes them (``prediction_sql.ts``), whichever path read them."""
    if value is None or isinstance(value, str):
        return value
    return value.astimezone(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def build_predictions(
    rows: Sequence[Sequence[Any]], today: datetime.date, *, parsed: bool = False
) -> list[dict[str, Any]]:
    """Dicts for ``rows`` (from ``prediction_rows``): two more queries, for topics and evidence."""
    if not rows:
        return []
    in_sql = len(rows[0]) > TOPICS
    # Fragments are spliced into orjson's output as they are; ``parsed`` gives
    # Python lists instead, for callers that read them (the CSV export).
    embed: Any = orjson.loads if parsed else Fragment
    if not in_sql:
        topics = topics_by_prediction([row[ID] for row in rows])
        evidence = evidence_by_resolution(row[FINAL_ID] for row in rows)
    base = api_base()
    result = []
    for row in rows:
        pk = row[0]
        final_id = row[4]
        status, overdue = status_for(row[2], final_id, today)
        resolution = None
        if final_id is not None:
            resolution = {
                "id": final_id,
                "outcome": row[31],
                "rationale": row[32],
                "as_of": row[33],
                "resolved_at": rfc3339(row[34]),
                "evidence": embed(row[EVIDENCE]) if in_sql else evidence.get(final_id, []),
            }
        url = f"{base}predictions/{pk}/"
        result.append(
            {
                "id": pk,
                "url": url,
                "slug": row[5],
                "version": row[1],
                "speaker": {
                    "name": row[17],
                    "name_original": row[18],
                    "slug": row[19],
                    "url": f"{base}speakers/{row[19]}/",
                },
                "source": {
                    "id": row[20],
                    "title": row[21],
                    "title_original": row[22],
                    "outlet": row[23],
                    "url": row[24],
                    "archived_url": row[25],
                    "language": row[26],
                    "published_on": row[27],
                    "event": {"name": row[28], "place": row[29], "date": row[30]} if row[28] else None,
                    "api_url": f"{base}sources/{row[20]}/",
                },
                "quote": row[6],
                "quote_language": row[7],
                "translation": row[8],
                "claim": row[9],
                "made_on": row[3],
                "horizon": row[10],
                "horizon_rule": row[11],
                "resolve_on": row[2],
                "resolution_criteria": row[12],
                "stated_confidence": row[13],
                "implied_probability": row[14],
                "topics": embed(row[TOPICS]) if in_sql else topics.get(pk, []),
                "status": status.value,
                "is_overdue": overdue,
                "outcome": row[31] if final_id is not None else None,
                "resolution": resolution,
                "history_url": f"{url}resolutions/",
                "created_at": rfc3339(row[15]),
                "updated_at": rfc3339(row[16]),
            }
        )
    return result
