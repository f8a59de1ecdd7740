"""Track records counted by the database: a set of predictions' tally, by speaker or as a whole, and its calibration.

Every number comes from GROUP BY queries with conditional counts — never from
a Python loop over predictions — so it costs the same few queries with 5
predictions or 100,000; ``predictions.scoring`` turns the sums into rates.
The scoreboard (``selectors.scoreboard``), the speaker pages and the API all
read their numbers here, so they cannot disagree.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Case, Count, ExpressionWrapper, F, FloatField, Q, QuerySet, Sum, Value, When
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
from predictions.selectors.status import due_q, on_time_q, open_q, overdue_q, recorded_late_q, resolved_q


@dataclass(frozen=True)
class SpeakerScores:
    record: TrackRecord
    calibration: list[CalibrationBin] = field(default_factory=list)


def _outcome_value() -> Case:
    """The outcome value (1, ½, 0) of a scored final resolution; NULL otherwise."""
    return Case(
        *(When(final_resolution__outcome=outcome, then=Value(value)) for outcome, value in OUTCOME_VALUES.items()),
        default=Value(None),
        output_field=FloatField(),
    )


def _forecast_scored() -> Q:
    return Q(final_resolution__outcome__in=list(OUTCOME_VALUES), implied_probability__isnull=False)


def _counted(include_late: bool) -> Q:
    """Which verdicts count: recorded-late predictions' only when the reader asked (``PredictionQuerySet.scored``)."""
    return Q() if include_late else on_time_q()


def _tally_aggregates(today: datetime.date, include_late: bool = False) -> dict[str, Any]:
    """Conditional counts that make a ``Tally``, for ``.aggregate()`` or ``.values().annotate()``."""
    error = ExpressionWrapper(F("implied_probability") - _outcome_value(), output_field=FloatField())
    counted = _counted(include_late)
    counts: dict[str, Any] = {"total": Count("id")}
    for outcome in ("correct", "partly_correct", "incorrect", "unresolvable", "annulled"):
        counts[outcome] = Count("id", filter=Q(final_resolution__outcome=outcome) & counted)
    counts.update(
        open=Count("id", filter=open_q(today)),
        due=Count("id", filter=due_q(today)),
        overdue=Count("id", filter=overdue_q(today)),
        brier_count=Count("id", filter=_forecast_scored() & counted),
        brier_sum=Sum(ExpressionWrapper(error * error, output_field=FloatField()), filter=_forecast_scored() & counted),
        # Included, nothing is left out: a filter no row meets keeps the one query shape.
        late_left_out=Count("id", filter=Q(pk__isnull=True) if include_late else resolved_q() & recorded_late_q()),
    )
    return counts


_COUNTS = (
    "total",
    "correct",
    "partly_correct",
    "incorrect",
    "unresolvable",
    "annulled",
    "open",
    "due",
    "overdue",
    "late_left_out",
)


def _tally(row: Mapping[str, Any]) -> Tally:
    counts = {name: int(row.get(name) or 0) for name in (*_COUNTS, "brier_count")}
    return Tally(**counts, brier_sum=float(row.get("brier_sum") or 0.0))


def calibration(predictions: QuerySet[Prediction], include_late: bool = False) -> list[CalibrationBin]:
    """Calibration bins in one GROUP BY: LEAST(FLOOR(p × bins), bins − 1), as ``scoring.bin_index``."""
    rows = (
        predictions.filter(_forecast_scored() & _counted(include_late))
        .annotate(bin=Least(Floor(F("implied_probability") * CALIBRATION_BINS), Value(CALIBRATION_BINS - 1.0)))
        .values("bin")
        .annotate(count=Count("id"), forecast_sum=Sum("implied_probability"), outcome_sum=Sum(_outcome_value()))
        .order_by("bin")
    )
    return calibration_from_totals(
        BinTotal(int(row["bin"]), row["count"], float(row["forecast_sum"]), float(row["outcome_sum"])) for row in rows
    )


def tallies_by_speaker(
    predictions: QuerySet[Prediction], today: datetime.date, include_late: bool = False
) -> dict[int, Tally]:
    """Each speaker's tally of ``predictions``: one GROUP BY query (also the API's)."""
    return {
        row["speaker_id"]: _tally(row)
        for row in predictions.values("speaker_id").annotate(**_tally_aggregates(today, include_late)).order_by()
    }


def _compute_speaker_scores(speaker: Speaker, today: datetime.date, include_late: bool) -> SpeakerScores:
    predictions = Prediction.objects.public().filter(speaker=speaker)
    tally = _tally(predictions.aggregate(**_tally_aggregates(today, include_late)))
    return SpeakerScores(record=track_record(tally), calibration=calibration(predictions, include_late))


def speaker_scores(speaker: Speaker, today: datetime.date | None = None, include_late: bool = False) -> SpeakerScores:
    """One speaker's record and calibration over their public predictions, cached.

    Recorded-late predictions' verdicts are left out (and counted as such) unless ``include_late``.
    """
    today = today or timezone.localdate()
    return public_cache.cached(
        "aggregates",
        "speaker",
        today.isoformat(),
        str(speaker.pk),
        f"late={int(include_late)}",
        compute=lambda: _compute_speaker_scores(speaker, today, include_late),
    )


def records_by_speaker(
    speaker_ids: list[int], today: datetime.date, include_late: bool = False
) -> dict[int, TrackRecord]:
    """Track records of these speakers' public predictions: one GROUP BY query (a page of the API's speakers)."""
    public = Prediction.objects.public().filter(speaker_id__in=speaker_ids)
    tallies = tallies_by_speaker(public, today, include_late)
    return {speaker_id: track_record(tallies.get(speaker_id, Tally())) for speaker_id in speaker_ids}
