"""Track records from the kept tallies (``models.tallies``): a scope's, by speaker or whole, and its calibration.

The services keep the counts by outcome, the Brier sums and the calibration
bins per speaker and scope as the ledger changes, so a record costs a read of
a few rows per speaker — the same with 1,000 predictions or 100,000 — and
never a pass over the predictions. Only "due" and "overdue" depend on the
day; they are counted from the unresolved predictions due by today (a partial
index; the backlog, not the ledger). ``predictions.scoring`` turns the sums
into rates. The scoreboard (``selectors.scoreboard``), the speaker pages and
the API all read their numbers here, so they cannot disagree.
"""

from __future__ import annotations

import contextlib
import datetime
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from django.db import connection, transaction
from django.db.models import Count, DurationField, ExpressionWrapper, F, Q, QuerySet, Sum
from django.utils import timezone

from predictions import public_cache
from predictions.models import KeptCalibrationBin, KeptTally, Prediction, Speaker
from predictions.scoring import BinTotal, CalibrationBin, Tally, TrackRecord, calibration_from_totals, track_record
from predictions.selectors.status import PredictionQuerySet, due_q, overdue_q

# Horizon buckets by the time between saying and judging (resolve_on − made_on):
# up to a year, up to three years (a leap day included), longer.
HORIZONS: dict[str, tuple[int | None, int | None]] = {
    "short": (None, 366),
    "medium": (367, 1096),
    "long": (1097, None),
}


@dataclass(frozen=True)
class Scope:
    """Which public predictions the aggregates cover: all, or one topic and/or horizon bucket;
    recorded-late ones only with ``include_late``."""

    topic: str = ""
    horizon: str = ""
    include_late: bool = False

    def key(self) -> str:
        return f"topic={self.topic}&horizon={self.horizon}&late={int(self.include_late)}"


@dataclass(frozen=True)
class SpeakerScores:
    record: TrackRecord
    calibration: list[CalibrationBin] = field(default_factory=list)


def scoped_predictions(scope: Scope) -> PredictionQuerySet:
    """Public predictions within ``scope`` (for the lists; the counts come from the tallies)."""
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


_VERDICTS = ("correct", "partly_correct", "incorrect", "unresolvable", "annulled")


def _kept(model: type[KeptTally] | type[KeptCalibrationBin], scope: Scope) -> QuerySet[Any]:
    """The scope's rows, recorded-late and on time (calibration: recorded-late only when included)."""
    rows = model.objects.filter(horizon=scope.horizon)
    if model is KeptCalibrationBin and not scope.include_late:
        rows = rows.filter(late=False)
    return rows.filter(topic__slug=scope.topic) if scope.topic else rows.filter(topic__isnull=True)


def _sums(include_late: bool) -> dict[str, Any]:
    """Sums that make a ``Tally``: every prediction is counted and may be pending; the verdicts and
    scores of recorded-late ones only when the reader included them, else as ``late_left_out``."""
    on_time = None if include_late else Q(late=False)
    sums: dict[str, Any] = {"sum_total": Sum("total")}
    for name in (*_VERDICTS, "brier_count", "brier_sum"):
        sums[f"sum_{name}"] = Sum(name, filter=on_time)
    late_verdicts = sum((F(name) for name in _VERDICTS[1:]), F(_VERDICTS[0]))
    if not include_late:
        sums["sum_late_left_out"] = Sum(late_verdicts, filter=Q(late=True))
    return sums


def _tally(sums: Mapping[str, Any], due: int = 0, overdue: int = 0) -> Tally:
    counts = {name: int(sums.get(f"sum_{name}") or 0) for name in ("total", *_VERDICTS, "brier_count")}
    late_left_out = int(sums.get("sum_late_left_out") or 0)
    resolved = sum(counts[name] for name in _VERDICTS) + late_left_out
    return Tally(
        **counts,
        brier_sum=float(sums.get("sum_brier_sum") or 0.0),
        late_left_out=late_left_out,
        open=counts["total"] - resolved - due,
        due=due,
        overdue=overdue,
    )


def _due_by_speaker(scope: Scope, today: datetime.date, speaker_ids: list[int] | None) -> dict[int, tuple[int, int]]:
    """(due, overdue) per speaker: unresolved predictions due by ``today``, read through the partial index."""
    predictions = scoped_predictions(scope).filter(due_q(today))
    if speaker_ids is not None:
        predictions = predictions.filter(speaker_id__in=speaker_ids)
    rows = predictions.values("speaker_id").annotate(due=Count("id"), overdue=Count("id", filter=overdue_q(today)))
    with _through_the_partial_index():
        return {row["speaker_id"]: (row["due"], row["overdue"]) for row in rows.order_by()}


@contextlib.contextmanager
def _through_the_partial_index() -> Iterator[None]:
    """Read the due backlog through ``prediction_unresolved_by_date``, not a scan of the ledger.

    PostgreSQL multiplies "unresolved" (half of a bench ledger) by "resolve-on
    passed" (half) as if independent and expects a quarter of the ledger, so it
    scans every row; in fact the unresolved are nearly all in the future. At
    100,000 predictions with 100 due: 38–60 ms scanning, 1.6 ms through the
    index (EXPLAIN ANALYZE). The planner is told so for this one statement.
    """
    if connection.vendor != "postgresql":
        yield
        return
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SELECT set_config('enable_seqscan', 'off', true)")
        try:
            yield
        finally:
            cursor.execute("SELECT set_config('enable_seqscan', 'on', true)")


def _grouped(scope: Scope) -> QuerySet[Any]:
    rows = _kept(KeptTally, scope).filter(total__gt=0).values("speaker_id")
    return rows.annotate(**_sums(scope.include_late)).order_by()


def scope_tallies(
    scope: Scope, today: datetime.date, speaker_ids: list[int], due: dict[int, tuple[int, int]] | None = None
) -> dict[int, Tally]:
    """These speakers' tallies within ``scope`` (speakers without public predictions left out).
    ``due``: ``due_by_speaker``'s answer, when the caller has it already."""
    due = _due_by_speaker(scope, today, speaker_ids) if due is None else due
    rows = _grouped(scope).filter(speaker_id__in=speaker_ids)
    return {row["speaker_id"]: _tally(row, *due.get(row["speaker_id"], (0, 0))) for row in rows}


def due_by_speaker(scope: Scope, today: datetime.date) -> dict[int, tuple[int, int]]:
    """(due, overdue) of every speaker in ``scope``."""
    return _due_by_speaker(scope, today, None)


def site_tally(scope: Scope, today: datetime.date, due: dict[int, tuple[int, int]]) -> tuple[Tally, int]:
    """The whole scope's tally (the sum of the speakers') and how many speakers it has."""
    rows = _kept(KeptTally, scope).filter(total__gt=0)
    sums = rows.aggregate(**_sums(scope.include_late), speakers=Count("speaker_id", distinct=True))
    return _tally(sums, sum(item[0] for item in due.values()), sum(item[1] for item in due.values())), sums["speakers"]


def top_tallies(scope: Scope, today: datetime.date, limit: int, due: dict[int, tuple[int, int]]) -> dict[int, Tally]:
    """The tallies of the ``limit`` speakers with the most predictions in ``scope``, most first (ties by id)."""
    rows = _grouped(scope).order_by("-sum_total", "speaker_id")[:limit]
    return {row["speaker_id"]: _tally(row, *due.get(row["speaker_id"], (0, 0))) for row in rows}


def scope_calibration(scope: Scope, speaker_id: int | None = None) -> list[CalibrationBin]:
    """Calibration bins of ``scope`` (one speaker's, or everyone's), from the kept bins."""
    rows = _kept(KeptCalibrationBin, scope).filter(count__gt=0)
    if speaker_id is not None:
        rows = rows.filter(speaker_id=speaker_id)
    sums = rows.values("bin").annotate(n=Sum("count"), forecast=Sum("forecast_sum"), outcome=Sum("outcome_sum"))
    return calibration_from_totals(
        BinTotal(row["bin"], row["n"], float(row["forecast"]), float(row["outcome"])) for row in sums.order_by("bin")
    )


def _compute_speaker_scores(speaker: Speaker, today: datetime.date, scope: Scope) -> SpeakerScores:
    tally = scope_tallies(scope, today, [speaker.pk]).get(speaker.pk, Tally())
    return SpeakerScores(record=track_record(tally), calibration=scope_calibration(scope, speaker.pk))


def speaker_scores(speaker: Speaker, today: datetime.date | None = None, include_late: bool = False) -> SpeakerScores:
    """One speaker's record and calibration over their public predictions, cached until their tally moves."""
    today = today or timezone.localdate()
    scope = Scope(include_late=include_late)
    return public_cache.cached(
        "aggregates",
        "speaker",
        today.isoformat(),
        str(speaker.pk),
        scope.key(),
        subjects=[public_cache.speaker_subject(speaker.slug)],
        compute=lambda: _compute_speaker_scores(speaker, today, scope),
    )


def records_by_speaker(
    speaker_ids: list[int], today: datetime.date, include_late: bool = False
) -> dict[int, TrackRecord]:
    """Track records of these speakers' public predictions (a page of the API's speakers)."""
    tallies = scope_tallies(Scope(include_late=include_late), today, speaker_ids)
    return {speaker_id: track_record(tallies.get(speaker_id, Tally())) for speaker_id in speaker_ids}
