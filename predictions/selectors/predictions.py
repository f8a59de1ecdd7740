"""Reads of the ledger shared by pages, the admin, the API and the tracker.

Every selector returns a QuerySet with its joins decided here, so a caller
that iterates it pays a constant number of queries.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from django.db import connection
from django.db.models import Count, Exists, OuterRef, Prefetch, Q

from predictions.models import Prediction, Resolution, ResolutionState, Source, Speaker, Topic
from predictions.selectors.status import PredictionQuerySet

# --- the public pages ----------------------------------------------------------
# Lists on public pages are bounded (LIMIT) and walk indexes in their order:
# coming due / awaiting reviewers use ``prediction_unresolved_by_date``,
# recently resolved ``resolution_final_by_confirmed``, a speaker's lists
# ``prediction_speaker_by_date`` (migration 0004).
LIST_LIMIT = 10
SPEAKER_GROUPS = ("due", "open", "resolved")


def with_pending_proposal(predictions: PredictionQuerySet) -> PredictionQuerySet:
    """Annotate ``pending_proposal``: a proposal awaits a second reviewer. The status badge
    then reads "proposed — awaiting a second reviewer" instead of due or overdue
    (``display.badge_key``). Backed by the partial unique index of open proposals."""
    proposals = Resolution.objects.filter(prediction=OuterRef("pk"), state=ResolutionState.PROPOSED)
    return predictions.annotate(pending_proposal=Exists(proposals))


def coming_due(predictions: PredictionQuerySet, today: datetime.date, limit: int = LIST_LIMIT) -> list[Prediction]:
    """The next predictions to fall due, soonest first."""
    return list(predictions.open(today).select_related("speaker").order_by("resolve_on", "id")[:limit])


def awaiting_reviewers(
    predictions: PredictionQuerySet, today: datetime.date, limit: int = LIST_LIMIT
) -> list[Prediction]:
    """Due and overdue predictions nobody has resolved yet, longest waiting first."""
    due = with_pending_proposal(predictions.due(today).with_status(today))
    return list(due.select_related("speaker").order_by("resolve_on", "id")[:limit])


def recently_resolved(predictions: PredictionQuerySet | None = None, limit: int = LIST_LIMIT) -> list[Resolution]:
    """The latest final resolutions of public predictions (of ``predictions`` if given), newest first."""
    resolutions = Resolution.objects.filter(state=ResolutionState.FINAL)
    if predictions is None:
        resolutions = resolutions.filter(prediction__is_public=True)
    else:
        resolutions = resolutions.filter(prediction__in=predictions.values("pk"))
    return list(
        resolutions.select_related("prediction", "prediction__speaker").order_by("-confirmed_at", "-id")[:limit]
    )


def speaker_predictions(speaker: Speaker, group: str, today: datetime.date) -> PredictionQuerySet:
    """A speaker's public predictions in one group.

    due: oldest first; open: soonest first; resolved: latest resolve-on date first.
    """
    predictions = Prediction.objects.public().filter(speaker=speaker).with_status(today)
    if group == "due":
        return predictions.due(today).order_by("resolve_on", "id")
    if group == "open":
        return predictions.open(today).order_by("resolve_on", "id")
    if group == "resolved":
        return predictions.resolved().select_related("final_resolution").order_by("-resolve_on", "-id")
    raise ValueError(f"unknown group {group!r}; one of {', '.join(SPEAKER_GROUPS)}")


def public_prediction(pk: int, today: datetime.date) -> Prediction | None:
    """A public prediction with everything its page shows joined, or None."""
    return (
        Prediction.objects.public()
        .with_status(today)
        .select_related("speaker", "source")
        .defer("source__text")  # the page names the source; its full text stays in the database
        .prefetch_related(Prefetch("topics", queryset=Topic.objects.order_by("name")))
        .filter(pk=pk)
        .first()
    )


@dataclass(frozen=True)
class PageStamp:
    """What a prediction's page shows changes only when one of these does: the
    prediction's version (every edit and every final verdict moves it on), its
    speaker's and source's last change, and its public resolutions (a proposal
    waiting, a verdict superseded). ``key`` is the page's version."""

    pk: int
    slug: str
    key: str


# Plain SQL, portable (PostgreSQL and SQLite), one statement: this runs on every
# render of the page, so it must cost far less than the reads it can spare.
PAGE_STAMP_SQL = """
SELECT p.slug, p.version, s.updated_at, src.updated_at, r.id, r.state
FROM predictions_prediction p
JOIN predictions_speaker s ON s.id = p.speaker_id
JOIN predictions_source src ON src.id = p.source_id
LEFT JOIN predictions_resolution r ON r.prediction_id = p.id AND r.state IN (%s, %s, %s)
WHERE p.id = %s AND p.is_public
ORDER BY r.id
"""


def prediction_page_stamp(pk: int) -> PageStamp | None:
    """The version of a public prediction's page (``PageStamp``), or None when there is no such public prediction."""
    states = (ResolutionState.FINAL.value, ResolutionState.SUPERSEDED.value, ResolutionState.PROPOSED.value)
    with connection.cursor() as cursor:
        cursor.execute(PAGE_STAMP_SQL, [*states, pk])
        rows = cursor.fetchall()
    if not rows:
        return None
    slug, version, speaker_at, source_at = rows[0][:4]
    resolutions = ",".join(f"{row[4]}{row[5]}" for row in rows if row[4] is not None)
    return PageStamp(pk, slug, f"{version}:{speaker_at}:{source_at}:{resolutions}")


# --- sources -------------------------------------------------------------------
SOURCE_FIELDS = (
    "id",
    "slug",
    "title",
    "title_original",
    "outlet",
    "url",
    "archived_url",
    "language",
    "published_on",
    "event_name",
    "event_place",
    "event_date",
    "provenance_note",
)


def source_rows(ids: list[int]) -> list[dict[str, Any]]:
    """These sources as dicts of ``SOURCE_FIELDS`` plus ``predictions_count`` (public ones): one query."""
    public_count = Count("predictions", filter=Q(predictions__is_public=True))
    return list(
        Source.objects.filter(pk__in=ids)
        .annotate(predictions_count=public_count)
        .values(*SOURCE_FIELDS, "predictions_count")
    )


def speaker_id(slug: str) -> int | None:
    return Speaker.objects.filter(slug=slug).values_list("id", flat=True).first()


def topic_id(slug: str) -> int | None:
    return Topic.objects.filter(slug=slug).values_list("id", flat=True).first()


def find_public_prediction(pk: int) -> Prediction | None:
    """A public prediction by id, as a plain row to act on (the API's writes and resolution list)."""
    return Prediction.objects.filter(pk=pk, is_public=True).first()


def find_public_resolution(pk: int, prediction_id: int | None = None) -> Resolution | None:
    """A resolution of a public prediction by id (of ``prediction_id``, when given)."""
    queryset = Resolution.objects.filter(pk=pk, prediction__is_public=True)
    if prediction_id is not None:
        queryset = queryset.filter(prediction_id=prediction_id)
    return queryset.first()


def speaker_by_slug(slug: str) -> Speaker | None:
    return Speaker.objects.filter(slug=slug).first()


def speakers_by(values: list[Any], field: str = "pk") -> dict[Any, Speaker]:
    """Speakers keyed by ``field`` (their id, or ``"slug"``): one query."""
    return Speaker.objects.in_bulk(values, field_name=field)


def topics_by_name() -> list[Topic]:
    return list(Topic.objects.order_by("name"))


def public_predictions_of(speaker: Speaker) -> PredictionQuerySet:
    return Prediction.objects.public().filter(speaker=speaker)
