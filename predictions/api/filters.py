"""Query parameters, checked strictly: an unknown parameter, an unknown
value or a malformed date is a 400 that names the problem, never silently
ignored (a typo such as ``?stauts=due`` would otherwise return everything).

Hand-rolled rather than django-filter: the list endpoint is the hot path and
its filters are few; a dict of parsers costs a few microseconds per request.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from django.db.models import Q, QuerySet
from django.http import QueryDict
from django.utils import timezone

from predictions.api.base.errors import bad_request
from predictions.models import Outcome, Speaker, Topic
from predictions.selectors.status import STATUS_FILTER_CHOICES, overdue_cutoff

PAGE_SIZE_DEFAULT = 50
PAGE_SIZE_MAX = 200
MAX_PARAM_LENGTH = 500
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
PAGINATION_PARAMS = ("cursor", "page_size")


def clean_params(query: QueryDict, allowed: Iterable[str]) -> dict[str, str]:
    """One value per known parameter; 400 for unknown, repeated, NUL or overlong ones."""
    allowed_set = set(allowed)
    cleaned: dict[str, str] = {}
    for name, values in query.lists():
        if name not in allowed_set:
            known = ", ".join(sorted(allowed_set)) or "none"
            raise bad_request(f"Unknown query parameter “{name[:50]}”. Known: {known}.", code="unknown_parameter")
        if len(values) > 1:
            raise bad_request(f"Give “{name}” once.", field=name)
        value = values[0]
        if "\x00" in value:
            raise bad_request(f"“{name}” contains a NUL byte.", field=name)
        if len(value) > MAX_PARAM_LENGTH:
            raise bad_request(f"“{name}” is longer than {MAX_PARAM_LENGTH} characters.", field=name)
        cleaned[name] = value
    return cleaned


def parse_date(params: dict[str, str], name: str) -> datetime.date | None:
    value = params.get(name)
    if value is None:
        return None
    try:
        return datetime.date.fromisoformat(value) if len(value) == 10 else _raise_value_error()
    except ValueError:
        raise bad_request(f"“{name}” must be a date like 2027-05-30.", field=name) from None


def _raise_value_error() -> datetime.date:
    raise ValueError


def parse_choice(params: dict[str, str], name: str, choices: Iterable[str]) -> str | None:
    value = params.get(name)
    if value is None:
        return None
    options = tuple(choices)
    if value not in options:
        raise bad_request(f"“{name}” must be one of: {', '.join(options)}.", field=name)
    return value


def parse_page_size(params: dict[str, str]) -> int:
    value = params.get("page_size")
    if value is None:
        return PAGE_SIZE_DEFAULT
    if not value.isascii() or not value.isdigit() or len(value) > 4 or not 1 <= int(value) <= PAGE_SIZE_MAX:
        raise bad_request(f"“page_size” must be a whole number from 1 to {PAGE_SIZE_MAX}.", field="page_size")
    return int(value)


def _slug_to_id(params: dict[str, str], name: str, lookup: Callable[[str], int | None]) -> int | None:
    value = params.get(name)
    if value is None:
        return None
    found = lookup(value)
    if found is None:
        raise bad_request(f"No {name} with the slug “{value[:80]}”.", field=name)
    return found


def _speaker_id(slug: str) -> int | None:
    return Speaker.objects.filter(slug=slug).values_list("id", flat=True).first()


def _topic_id(slug: str) -> int | None:
    return Topic.objects.filter(slug=slug).values_list("id", flat=True).first()


@dataclass(frozen=True)
class PredictionFilters:
    """The list filters of ``GET predictions/``, parsed and checked."""

    today: datetime.date
    overdue_cutoff: datetime.date
    status: str | None = None
    outcome: str | None = None
    made_on_after: datetime.date | None = None
    made_on_before: datetime.date | None = None
    resolve_on_after: datetime.date | None = None
    resolve_on_before: datetime.date | None = None
    speaker_id: int | None = None
    topic_id: int | None = None
    text: str = ""


def parse_prediction_filters(params: dict[str, str]) -> PredictionFilters:
    """From cleaned params; 400 for an unknown value, an unknown slug or a bad date."""
    today = timezone.localdate()
    return PredictionFilters(
        today=today,
        overdue_cutoff=overdue_cutoff(today),
        status=parse_choice(params, "status", STATUS_VALUES),
        outcome=parse_choice(params, "outcome", Outcome.values),
        made_on_after=parse_date(params, "made_on_after"),
        made_on_before=parse_date(params, "made_on_before"),
        resolve_on_after=parse_date(params, "resolve_on_after"),
        resolve_on_before=parse_date(params, "resolve_on_before"),
        speaker_id=_slug_to_id(params, "speaker", _speaker_id),
        topic_id=_slug_to_id(params, "topic", _topic_id),
        text=params.get("q", "").strip(),
    )


def apply_to_queryset(queryset: QuerySet[Any], filters: PredictionFilters) -> QuerySet[Any]:
    """The ORM form of the filters (``prediction_sql`` writes the same in SQL)."""
    if filters.status is not None:
        queryset = queryset.with_status_filter(filters.status, filters.today)  # type: ignore[attr-defined]
    if filters.outcome is not None:
        queryset = queryset.filter(final_resolution__outcome=filters.outcome)
    bounds = {
        "made_on__gte": filters.made_on_after,
        "made_on__lte": filters.made_on_before,
        "resolve_on__gte": filters.resolve_on_after,
        "resolve_on__lte": filters.resolve_on_before,
    }
    queryset = queryset.filter(**{lookup: value for lookup, value in bounds.items() if value is not None})
    if filters.speaker_id is not None:
        queryset = queryset.filter(speaker_id=filters.speaker_id)
    if filters.topic_id is not None:
        queryset = queryset.filter(topics__id=filters.topic_id)
    if filters.text:
        text = filters.text
        queryset = queryset.filter(Q(claim__icontains=text) | Q(quote__icontains=text) | Q(translation__icontains=text))
    return queryset
