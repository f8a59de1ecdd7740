"""Predictions as JSON-ready dicts, built from named rows (``selectors.prediction_rows``).

The hot path of the API: no model instances, no per-row serializer fields.
``schema.PredictionDoc`` documents the same shape for OpenAPI; the contract
tests and schemathesis keep the two in step.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import orjson
from orjson import Fragment

from predictions.api.base import api_base
from predictions.selectors.prediction_rows import PredictionRow
from predictions.selectors.related_lists import evidence_by_resolution, hedges_by_prediction, topics_by_prediction


def build_predictions(rows: Sequence[PredictionRow], *, parsed: bool = False) -> list[dict[str, Any]]:
    """Dicts for ``rows``, which carry every value already in the API's form (timestamps
    as text, the status and recorded-late rules' results). Rows of the SQL form carry
    their topics, evidence and hedges as JSON text; for the ORM form's, three more
    queries read them."""
    if not rows:
        return []
    in_sql = rows[0].topics_json is not None
    # Fragments are spliced into orjson's output as they are; ``parsed`` gives
    # Python lists instead, for callers that read them (the CSV export).
    embed: Any = orjson.loads if parsed else Fragment
    if not in_sql:
        topics = topics_by_prediction([row.id for row in rows])
        evidence = evidence_by_resolution(row.final_resolution_id for row in rows)
        hedges = hedges_by_prediction([row.id for row in rows])
    base = api_base()
    result = []
    for row in rows:
        # One unpacking per row, in PredictionRow's order: reading ~40 attributes of a
        # NamedTuple cost a third more per page (measured). test_prediction_sql checks
        # that every field lands where its name says.
        (
            pk, version, resolve_on, made_on, final_id, source_id, slug, quote, quote_language, translation, claim,
            horizon, horizon_rule, resolution_criteria, stated_confidence, implied_probability, created_at,
            updated_at, recorded_at, late_evidence_reason, late_evidence_reason_zh, quote_kind, spoken_language,
            claim_zh, horizon_rule_zh, resolution_criteria_zh, stated_confidence_zh, speaker_name,
            speaker_name_original, speaker_slug, _speaker_updated_at, source_title, source_title_original,
            source_outlet, source_url, source_archived_url, source_language, source_published_on, source_event_name,
            source_event_place, source_event_date, _source_updated_at, outcome, rationale, rationale_zh, as_of,
            resolved_at, early_reason, status, overdue, recorded_late, topics_json, evidence_json, hedges_json,
        ) = row  # fmt: skip
        resolution = None
        if final_id is not None:
            resolution = {
                "id": final_id,
                "outcome": outcome,
                "rationale": rationale,
                "rationale_zh": rationale_zh,
                "as_of": as_of,
                "resolved_at": resolved_at,
                "early_reason": early_reason,
                "evidence": embed(evidence_json) if in_sql else evidence.get(final_id, []),
            }
        url = f"{base}predictions/{pk}/"
        result.append(
            {
                "id": pk,
                "url": url,
                "slug": slug,
                "version": version,
                "speaker": {
                    "name": speaker_name,
                    "name_original": speaker_name_original,
                    "slug": speaker_slug,
                    "url": f"{base}speakers/{speaker_slug}/",
                },
                "source": {
                    "id": source_id,
                    "title": source_title,
                    "title_original": source_title_original,
                    "outlet": source_outlet,
                    "url": source_url,
                    "archived_url": source_archived_url,
                    "language": source_language,
                    "published_on": source_published_on,
                    "event": (
                        {"name": source_event_name, "place": source_event_place, "date": source_event_date}
                        if source_event_name
                        else None
                    ),
                    "api_url": f"{base}sources/{source_id}/",
                },
                "quote": quote,
                "quote_language": quote_language,
                "quote_kind": quote_kind,
                "spoken_language": spoken_language,
                "hedges": embed(hedges_json) if in_sql else hedges.get(pk, []),
                "translation": translation,
                "claim": claim,
                "claim_zh": claim_zh,
                "made_on": made_on,
                "recorded_at": recorded_at,
                "recorded_late": recorded_late,
                "late_evidence_reason": late_evidence_reason,
                "late_evidence_reason_zh": late_evidence_reason_zh,
                "horizon": horizon,
                "horizon_rule": horizon_rule,
                "horizon_rule_zh": horizon_rule_zh,
                "resolve_on": resolve_on,
                "resolution_criteria": resolution_criteria,
                "resolution_criteria_zh": resolution_criteria_zh,
                "stated_confidence": stated_confidence,
                "stated_confidence_zh": stated_confidence_zh,
                "implied_probability": implied_probability,
                "topics": embed(topics_json) if in_sql else topics.get(pk, []),
                "status": status,
                "is_overdue": overdue,
                "outcome": outcome if final_id is not None else None,
                "resolution": resolution,
                "history_url": f"{url}resolutions/",
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
    return result
