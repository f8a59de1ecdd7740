"""Scoreboard aggregates: counted by the database, scored by ``predictions.scoring``, cached.

Every number on the scoreboard and speaker pages comes from a handful of
GROUP BY queries with conditional counts — never from a Python loop over
predictions — so a page costs the same few queries with 5 predictions or
100,000. The results are cached (Redis in production, the database cache on
the embedded default) under the ledger's current generation
(``predictions.public_cache``): every write the public could notice starts a
new generation, after which every process computes afresh; the keys carry the
day too ("due now" changes at midnight).
"""

from __future__ import annotations

import datetime
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from django.db.models import (
    Case,
    Count,
    DurationField,
    ExpressionWrapper,
    F,
    FloatField,
    Q,
    QuerySet,
    Sum,
    Value,
    When,
)
from django.db.models.functions import Floor, Least
from django.utils import timezone

from predictions import public_cache
from predictions.models import Prediction, Speaker
from predictions.scoring import (
    CALIBRATION_BINS,
    OUTCOME_VALUES,
    BinTotal,
    CalibrationBin,
    Tally,
    TrackRecord,
    calibration_from_totals,
    track_record,
)
from predictions.selectors.status import PredictionQuerySet, due_q, open_q, overdue_q

logger = logging.getLogger(__name__)
T = TypeVar("T")

# The scoreboard table lists at most this many speakers (those with the most
# predictions); the page says how many there are in all.
SPEAKER_LIMIT = 50

# Horizon buckets by the time between saying and judging (resolve_on − made_on):
# up to a year, up to three years (a leap day included), longer.
HORIZONS: dict[str, tuple[int | None, int | None]] = {
    "short": (None, 366),
    "medium": (367, 1096),
    "long": (1097, None),
}


@dataclass(frozen=True)
class Scope:
    """Which public predictions the aggregates cover: all, or one topic and/or horizon bucket."""

    topic: str = ""
    horizon: str = ""

    def key(self) -> str:
        return f"topic={self.topic}&horizon={self.horizon}"


@dataclass(frozen=True)
class SpeakerRow:
    slug: str
    name: str
    name_original: str
    record: TrackRecord


@dataclass(frozen=True)
class Scoreboard:
    record: TrackRecord
    speakers: list[SpeakerRow] = field(default_factory=list)
    speaker_count: int = 0
    calibration: list[CalibrationBin] = field(default_factory=list)


@dataclass(frozen=True)
class SpeakerScores:
    record: TrackRecord
    calibration: list[CalibrationBin] = field(default_factory=list)


# --- the cache ---------------------------------------------------------------
def _cached(name: str, today: datetime.date, part: str, compute: Callable[[], T]) -> T:
    return public_cache.cached("aggregates", name, today.isoformat(), part, compute=compute)


# --- the queries ---------------------------------------------------------------
def scoped_predictions(scope: Scope) -> PredictionQuerySet:
    """Public predictions within ``scope``."""
    predictions: PredictionQuerySet = Prediction.objects.public()
    if scope.topic:
        predictions = predictions.filter(topics__slug=scope.topic)
    if scope.horizon:
        low, high = HORIZONS[scope.horizon]
        predictions = predictions.alias(
            span=ExpressionWrapper(F("resolve_on") - F("made_on"), output_field=DurationField())
        )
        if low is not None:
            predictions = predictions.filter(span__gte=datetime.timedelta(days=low))
        if high is not None:
            predictions = predictions.filter(span__lte=datetime.timedelta(days=high))
    return predictions


def _outcome_value() -> Case:
    """The outcome value (1, ½, 0) of a scored final resolution; NULL otherwise."""
    return Case(
        *(When(final_resolution__outcome=outcome, then=Value(value)) for outcome, value in OUTCOME_VALUES.items()),
        default=Value(None),
        output_field=FloatField(),
    )


def _forecast_scored() -> Q:
    return Q(final_resolution__outcome__in=list(OUTCOME_VALUES), implied_probability__isnull=False)


def _tally_aggregates(today: datetime.date) -> dict[str, Any]:
    """Conditional counts that make a ``Tally``, for ``.aggregate()`` or ``.values().annotate()``."""
    error = ExpressionWrapper(F("implied_probability") - _outcome_value(), output_field=FloatField())
    counts: dict[str, Any] = {"total": Count("id")}
    for outcome in ("correct", "partly_correct", "incorrect", "unresolvable", "annulled"):
        counts[outcome] = Count("id", filter=Q(final_resolution__outcome=outcome))
    counts.update(
        open=Count("id", filter=open_q(today)),
        due=Count("id", filter=due_q(today)),
        overdue=Count("id", filter=overdue_q(today)),
        brier_count=Count("id", filter=_forecast_scored()),
        brier_sum=Sum(ExpressionWrapper(error * error, output_field=FloatField()), filter=_forecast_scored()),
    )
    return counts


_COUNTS = ("total", "correct", "partly_correct", "incorrect", "unresolvable", "annulled", "open", "due", "overdue")


def _tally(row: Mapping[str, Any]) -> Tally:
    counts = {name: int(row.get(name) or 0) for name in (*_COUNTS, "brier_count")}
    return Tally(**counts, brier_sum=float(row.get("brier_sum") or 0.0))


def _calibration(predictions: QuerySet[Prediction]) -> list[CalibrationBin]:
    """Calibration bins in one GROUP BY: LEAST(FLOOR(p × bins), bins − 1), as ``scoring.bin_index``."""
    rows = (
        predictions.filter(_forecast_scored())
        .annotate(bin=Least(Floor(F("implied_probability") * CALIBRATION_BINS), Value(CALIBRATION_BINS - 1.0)))
        .values("bin")
        .annotate(count=Count("id"), forecast_sum=Sum("implied_probability"), outcome_sum=Sum(_outcome_value()))
        .order_by("bin")
    )
    return calibration_from_totals(
        BinTotal(int(row["bin"]), row["count"], float(row["forecast_sum"]), float(row["outcome_sum"])) for row in rows
    )


def tallies_by_speaker(predictions: QuerySet[Prediction], today: datetime.date) -> dict[int, Tally]:
    """Each speaker's tally of ``predictions``: one GROUP BY query (also the API's)."""
    return {
        row["speaker_id"]: _tally(row)
        for row in predictions.values("speaker_id").annotate(**_tally_aggregates(today)).order_by()
    }


def _compute_scoreboard(scope: Scope, today: datetime.date) -> Scoreboard:
    predictions = scoped_predictions(scope)
    # One pass over the predictions, grouped by speaker; the site's tally is
    # the sum of the speakers' (a loop over speakers, not over predictions).
    tallies = tallies_by_speaker(predictions, today)
    site = sum(tallies.values(), Tally())
    top = sorted(tallies.items(), key=lambda item: (-item[1].total, item[0]))[:SPEAKER_LIMIT]
    speakers = Speaker.objects.in_bulk([speaker_id for speaker_id, _tally_ in top])
    return Scoreboard(
        record=track_record(site),
        speakers=[
            SpeakerRow(
                slug=speakers[speaker_id].slug,
                name=speakers[speaker_id].name,
                name_original=speakers[speaker_id].name_original,
                record=track_record(tally),
            )
            for speaker_id, tally in top
        ],
        speaker_count=len(tallies),
        calibration=_calibration(predictions),
    )


def scoreboard(scope: Scope | None = None, today: datetime.date | None = None) -> Scoreboard:
    """The site's record and each speaker's (the top ``SPEAKER_LIMIT``), cached."""
    scope = scope or Scope()
    today = today or timezone.localdate()
    return _cached("scoreboard", today, scope.key(), lambda: _compute_scoreboard(scope, today))


def _compute_speaker_scores(speaker: Speaker, today: datetime.date) -> SpeakerScores:
    predictions = Prediction.objects.public().filter(speaker=speaker)
    tally = _tally(predictions.aggregate(**_tally_aggregates(today)))
    return SpeakerScores(record=track_record(tally), calibration=_calibration(predictions))


def speaker_scores(speaker: Speaker, today: datetime.date | None = None) -> SpeakerScores:
    """One speaker's record and calibration over their public predictions, cached."""
    today = today or timezone.localdate()
    return _cached("speaker", today, str(speaker.pk), lambda: _compute_speaker_scores(speaker, today))
