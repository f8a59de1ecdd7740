"""Predictions as JSON-ready dicts, built from named rows (``selectors.prediction_rows``).

The hot path of the API: no model instances, no per-row serializer fields.
``schema.PredictionDoc`` documents the same shape for OpenAPI; the contract
tests and schemathesis keep the two in step.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import Any

import orjson
from orjson import Fragment

from predictions.api.base import api_base
from predictions.selectors.prediction_rows import PredictionRow, evidence_by_resolution, topics_by_prediction
from predictions.selectors.status import status_for


def rfc3339(value: datetime.datetime | str | None) -> str | None:
    """Timestamps as the SQL form writes them (``prediction_rows.ts``), whichever form read them."""
    if value is None or isinstance(value, str):
        return value
    return value.astimezone(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def build_predictions(
    rows: Sequence[PredictionRow], today: datetime.date, *, parsed: bool = False
) -> list[dict[str, Any]]:
    """Dicts for ``rows``. Rows of the SQL form carry their topics and evidence
    as JSON text; for the ORM form's, two more queries read them."""
    if not rows:
        return []
    in_sql = rows[0].topics_json is not None
    # Fragments are spliced into orjson's output as they are; ``parsed`` gives
    # Python lists instead, for callers that read them (the CSV export).
    embed: Any = orjson.loads if parsed else Fragment
    if not in_sql:
        topics = topics_by_prediction([row.id for row in rows])
        evidence = evidence_by_resolution(row.final_resolution_id for row in rows)
    base = api_base()
    result = []
    for row in rows:
        pk, final_id = row.id, row.final_resolution_id
        status, overdue = status_for(row.resolve_on, final_id, today)
        resolution = None
        if final_id is not None:
            resolution = {
                "id": final_id,
                "outcome": row.outcome,
                "rationale": row.rationale,
                "as_of": row.as_of,
                "resolved_at": rfc3339(row.resolved_at),
                "evidence": embed(row.evidence_json) if in_sql else evidence.get(final_id, []),
            }
        url = f"{base}predictions/{pk}/"
        result.append(
            {
                "id": pk,
                "url": url,
                "slug": row.slug,
                "version": row.version,
                "speaker": {
                    "name": row.speaker_name,
                    "name_original": row.speaker_name_original,
                    "slug": row.speaker_slug,
                    "url": f"{base}speakers/{row.speaker_slug}/",
                },
                "source": {
                    "id": row.source_id,
                    "title": row.source_title,
                    "title_original": row.source_title_original,
                    "outlet": row.source_outlet,
                    "url": row.source_url,
                    "archived_url": row.source_archived_url,
                    "language": row.source_language,
                    "published_on": row.source_published_on,
                    "event": (
                        {"name": row.source_event_name, "place": row.source_event_place, "date": row.source_event_date}
                        if row.source_event_name
                        else None
                    ),
                    "api_url": f"{base}sources/{row.source_id}/",
                },
                "quote": row.quote,
                "quote_language": row.quote_language,
                "translation": row.translation,
                "claim": row.claim,
                "made_on": row.made_on,
                "horizon": row.horizon,
                "horizon_rule": row.horizon_rule,
                "resolve_on": row.resolve_on,
                "resolution_criteria": row.resolution_criteria,
                "stated_confidence": row.stated_confidence,
                "implied_probability": row.implied_probability,
                "topics": embed(row.topics_json) if in_sql else topics.get(pk, []),
                "status": status.value,
                "is_overdue": overdue,
                "outcome": row.outcome if final_id is not None else None,
                "resolution": resolution,
                "history_url": f"{url}resolutions/",
                "created_at": rfc3339(row.created_at),
                "updated_at": rfc3339(row.updated_at),
            }
        )
    return result
