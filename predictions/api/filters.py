"""The filters of ``GET predictions/``, parsed strictly (``predictions.api.base.params``):
an unknown value, an unknown slug or a bad date is a 400 that names the problem.
The filters themselves, in SQL and through the ORM, are ``selectors.prediction_rows``'."""

from __future__ import annotations

from collections.abc import Callable

from django.utils import timezone

from predictions.api.base import bad_request, parse_choice, parse_date
from predictions.models import Outcome
from predictions.selectors.prediction_rows import PredictionFilters
from predictions.selectors.predictions import speaker_id, topic_id
from predictions.selectors.status import STATUS_FILTER_CHOICES

STATUS_VALUES = tuple(value for value, _ in STATUS_FILTER_CHOICES)
ORDERINGS = ("resolve_on", "-resolve_on", "made_on", "-made_on", "id", "-id")
PREDICTION_FILTERS = (
    "status",
    "outcome",
    "speaker",
    "topic",
    "made_on_after",
    "made_on_before",
    "resolve_on_after",
    "resolve_on_before",
    "q",
)


def _slug_to_id(params: dict[str, str], name: str, lookup: Callable[[str], int | None]) -> int | None:
    value = params.get(name)
    if value is None:
        return None
    found = lookup(value)
    if found is None:
        raise bad_request(f"No {name} with the slug “{value[:80]}”.", field=name)
    return found


def parse_prediction_filters(params: dict[str, str]) -> PredictionFilters:
    """From cleaned params; 400 for an unknown value, an unknown slug or a bad date."""
    today = timezone.localdate()
    return PredictionFilters(
        today=today,
        status=parse_choice(params, "status", STATUS_VALUES),
        outcome=parse_choice(params, "outcome", Outcome.values),
        made_on_after=parse_date(params, "made_on_after"),
        made_on_before=parse_date(params, "made_on_before"),
        resolve_on_after=parse_date(params, "resolve_on_after"),
        resolve_on_before=parse_date(params, "resolve_on_before"),
        speaker_id=_slug_to_id(params, "speaker", speaker_id),
        topic_id=_slug_to_id(params, "topic", topic_id),
        text=params.get("q", "").strip(),
    )
