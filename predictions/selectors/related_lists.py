"""The ORM form's lists inside a page of predictions (``selectors.prediction_rows``): topics,
hedges and the final resolution's evidence, one query each for the whole page. The
hand-written statement on PostgreSQL builds the same lists as JSON text instead."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from predictions.models import Evidence, Hedge, Prediction

HEDGE_FIELDS = ("quote", "quote_start", "quote_end", "translation")


def topics_by_prediction(prediction_ids: Sequence[int]) -> dict[int, list[dict[str, str]]]:
    """The ORM form's topics of these predictions, by name: one query."""
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


def hedges_by_prediction(prediction_ids: Sequence[int]) -> dict[int, list[dict[str, Any]]]:
    """The ORM form's hedges of these predictions, in source order: one query."""
    hedges: dict[int, list[dict[str, Any]]] = defaultdict(list)
    rows = Hedge.objects.filter(prediction_id__in=prediction_ids).order_by("quote_start", "id")
    for prediction_id, *values in rows.values_list("prediction_id", *HEDGE_FIELDS):
        hedges[prediction_id].append(dict(zip(HEDGE_FIELDS, values, strict=True)))
    return hedges


EVIDENCE_FIELDS = ("url", "title", "publisher", "accessed_on", "archived_url")


def evidence_by_resolution(resolution_ids: Iterable[int | None]) -> dict[int, list[dict[str, Any]]]:
    """The ORM form's evidence of these resolutions, in order: one query (none without ids)."""
    evidence: dict[int, list[dict[str, Any]]] = defaultdict(list)
    ids = [pk for pk in resolution_ids if pk is not None]
    if ids:
        rows = Evidence.objects.filter(resolution_id__in=ids).order_by("id")
        for resolution_id, *values in rows.values_list("resolution_id", *EVIDENCE_FIELDS):
            evidence[resolution_id].append(dict(zip(EVIDENCE_FIELDS, values, strict=True)))
    return evidence
