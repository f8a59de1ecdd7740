"""Kept tallies (``models.tallies``): moved in the transaction of the change that moves them, or recounted.

Every service that changes what a prediction counts for — recorded, edited
(speaker, topics, dates, implied probability, visibility), resolved finally,
superseded, deleted — reads ``tally_state()`` before and after the change and
calls ``tally_move(before=…, after=…)`` inside its transaction. A proposal or
a rejection does not move a tally; nor does a change of the claim's words.

``tallies_recount()`` (``manage.py recount_tallies``) rebuilds every row from
the ledger, for rows written around the services (COPY, a restore) and as the
check that the kept counts are right: a test writes random sequences through
the services and compares.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from django.db import connection, transaction
from django.db.models import F

from predictions import public_cache
from predictions.models import Prediction, Resolution
from predictions.models.tallies import KeptCalibrationBin, KeptTally
from predictions.scoring import OUTCOME_VALUES, bin_index
from predictions.selectors.status import recorded_late_for
from predictions.selectors.track_records import HORIZONS

# (speaker_id, topic_id or None for every topic, horizon or "" for every horizon, late)
ScopeKey = tuple[int, int | None, str, bool]
Deltas = dict[Any, dict[str, float]]


def horizon_bucket(made_on: datetime.date, resolve_on: datetime.date) -> str:
    days = (resolve_on - made_on).days
    for name, (low, high) in HORIZONS.items():
        if (low is None or days >= low) and (high is None or days <= high):
            return name
    raise ValueError(f"no horizon bucket holds {days} days")  # the buckets cover every span: a bug


def recorded_late(row: Mapping[str, Any]) -> bool:
    """Recorded after its outcome could be known (``selectors.status.recorded_late_for``): kept apart."""
    return recorded_late_for(row["recorded_at"], row["resolve_on"], row["late_evidence_reason"])


@dataclass(frozen=True)
class TallyState:
    """What one public prediction contributes to the tallies (``None``: nothing, e.g. not public)."""

    speaker_id: int
    topic_ids: frozenset[int]
    horizon: str
    late: bool
    outcome: str | None  # of the final resolution
    probability: float | None


def tally_state(prediction: Prediction) -> TallyState | None:
    """The prediction's contribution as the database has it now (call inside the service's transaction)."""
    if not prediction.is_public:
        return None
    outcome = None
    if prediction.final_resolution_id is not None:
        outcome = Resolution.objects.values_list("outcome", flat=True).get(pk=prediction.final_resolution_id)
    return TallyState(
        speaker_id=prediction.speaker_id,
        topic_ids=frozenset(prediction.topics.values_list("pk", flat=True)),
        horizon=horizon_bucket(prediction.made_on, prediction.resolve_on),
        late=prediction.recorded_late,
        outcome=outcome,
        probability=prediction.implied_probability,
    )


@dataclass(frozen=True)
class Snapshot:
    """What a change to one prediction can move: its tally contribution and the pages that show it."""

    prediction_id: int
    speaker_slug: str
    public: bool
    tally: TallyState | None


def prediction_snapshot(prediction: Prediction) -> Snapshot:
    return Snapshot(
        prediction_id=prediction.pk,
        speaker_slug=prediction.speaker.slug,
        public=prediction.is_public,
        tally=tally_state(prediction),
    )


def prediction_changed(*, before: Snapshot | None, after: Snapshot | None) -> None:
    """The one call of every service that records, edits, resolves, publishes or deletes a prediction.

    Inside the change's transaction: moves the kept tallies from ``before``
    (``None``: it did not exist) to ``after`` (``None``: deleted), and after the
    commit refreshes the pages that showed either state — the prediction's,
    its speaker's (both, when the speaker changed) and the home page. A
    prediction that was and stays private refreshes nothing.
    """
    tally_move(before=before.tally if before else None, after=after.tally if after else None)
    public = [state for state in (before, after) if state is not None and state.public]
    if public:
        public_cache.touch_on_commit(
            public_cache.HOME,
            *(public_cache.prediction_subject(state.prediction_id) for state in public),
            *(public_cache.speaker_subject(state.speaker_slug) for state in public),
        )


def _scopes(state: TallyState) -> list[ScopeKey]:
    topics: list[int | None] = [None, *sorted(state.topic_ids)]
    return [(state.speaker_id, topic, horizon, state.late) for topic in topics for horizon in ("", state.horizon)]


def _contribution(state: TallyState, sign: float, tallies: Deltas, bins: Deltas) -> None:
    counts: dict[str, float] = {"total": 1}
    if state.outcome is not None:
        counts[state.outcome] = 1
    value = OUTCOME_VALUES.get(state.outcome or "")
    probability = state.probability
    scored = value is not None and probability is not None
    if value is not None and probability is not None:
        counts.update(brier_count=1, brier_sum=(probability - value) ** 2)
    for scope in _scopes(state):
        row = tallies.setdefault(scope, defaultdict(float))
        for name, amount in counts.items():
            row[name] += sign * amount
        if scored and value is not None and probability is not None:
            calibration = bins.setdefault((*scope, bin_index(probability)), defaultdict(float))
            calibration["count"] += sign
            calibration["forecast_sum"] += sign * probability
            calibration["outcome_sum"] += sign * value


def _scope_filter(key: tuple[Any, ...]) -> dict[str, Any]:
    speaker_id, topic_id, horizon, late = key[:4]
    lookup: dict[str, Any] = {"speaker_id": speaker_id, "horizon": horizon, "late": late}
    lookup.update({"topic__isnull": True} if topic_id is None else {"topic_id": topic_id})
    if len(key) > 4:
        lookup["bin"] = key[4]
    return lookup


def _scope_fields(key: tuple[Any, ...]) -> dict[str, Any]:
    """The scope columns of a new row (``topic_id`` left NULL for every topic)."""
    return {name: value for name, value in _scope_filter(key).items() if name != "topic__isnull"}


def _apply(model: type[Any], deltas: Deltas) -> None:
    moved = {
        key: {name: (value if name.endswith("_sum") else round(value)) for name, value in row.items() if value}
        for key, row in deltas.items()
    }
    moved = {key: row for key, row in moved.items() if row}
    if not moved:
        return
    # Sorted, so that two transactions moving the same rows lock them in the same order (no deadlock).
    keys = sorted(moved, key=lambda key: tuple(str(item) for item in key))
    model.objects.bulk_create(
        [
            model(**{name: value for name, value in _scope_filter(key).items() if name != "topic__isnull"})
            for key in keys
        ],
        ignore_conflicts=True,
    )
    for key in keys:
        # SET n = n + delta: a concurrent writer's delta is added to, never overwritten.
        model.objects.filter(**_scope_filter(key)).update(
            **{name: F(name) + value for name, value in moved[key].items()}
        )


def tally_move(*, before: TallyState | None, after: TallyState | None) -> None:
    """Move the kept tallies from ``before`` to ``after`` (call inside the change's transaction)."""
    if before == after:
        return
    tallies: Deltas = {}
    bins: Deltas = {}
    if before is not None:
        _contribution(before, -1.0, tallies, bins)
    if after is not None:
        _contribution(after, 1.0, tallies, bins)
    _apply(KeptTally, tallies)
    _apply(KeptCalibrationBin, bins)


def _states(batch: list[dict[str, Any]]) -> Iterable[TallyState]:
    topics: dict[int, set[int]] = defaultdict(set)
    through = Prediction.topics.through.objects.filter(prediction_id__in=[row["id"] for row in batch])
    for prediction_id, topic_id in through.values_list("prediction_id", "topic_id"):
        topics[prediction_id].add(topic_id)
    for row in batch:
        yield TallyState(
            speaker_id=row["speaker_id"],
            topic_ids=frozenset(topics[row["id"]]),
            horizon=horizon_bucket(row["made_on"], row["resolve_on"]),
            late=recorded_late(row),
            outcome=row["final_resolution__outcome"],
            probability=row["implied_probability"],
        )


BATCH = 5000


def tallies_recount(progress: Callable[[str], None] | None = None) -> tuple[int, int]:
    """Rebuild every kept tally from the ledger, in one transaction; returns (predictions, rows).

    Idempotent. On PostgreSQL the tally tables are locked first, so a service
    moving a tally meanwhile waits and then moves the recounted row.
    """
    say = progress or (lambda _message: None)
    tallies: Deltas = {}
    bins: Deltas = {}
    with transaction.atomic():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                tables = f"{KeptTally._meta.db_table}, {KeptCalibrationBin._meta.db_table}"
                cursor.execute(f"LOCK TABLE {tables} IN EXCLUSIVE MODE")
        rows = (
            Prediction.objects.public()
            .order_by("pk")
            .values(
                "id",
                "speaker_id",
                "made_on",
                "resolve_on",
                "final_resolution__outcome",
                "implied_probability",
                "recorded_at",
                "late_evidence_reason",
            )
        )
        counted = 0
        batch: list[dict[str, Any]] = []
        for row in rows.iterator(chunk_size=BATCH):
            batch.append(row)
            if len(batch) == BATCH:
                counted += _count(batch, tallies, bins)
                batch = []
                say(f"{counted} predictions counted")
        counted += _count(batch, tallies, bins)
        say(f"{counted} predictions counted; writing {len(tallies)} tallies and {len(bins)} calibration bins")
        KeptTally.objects.all().delete()
        KeptCalibrationBin.objects.all().delete()
        KeptTally.objects.bulk_create(_rows(KeptTally, tallies), batch_size=BATCH)
        KeptCalibrationBin.objects.bulk_create(_rows(KeptCalibrationBin, bins), batch_size=BATCH)
    return counted, len(tallies) + len(bins)


def _count(batch: list[dict[str, Any]], tallies: Deltas, bins: Deltas) -> int:
    for state in _states(batch):
        _contribution(state, 1.0, tallies, bins)
    return len(batch)


def _rows(model: type[Any], sums: Deltas) -> list[Any]:
    rows = []
    for key, values in sums.items():
        scope = _scope_fields(key)
        counts = {name: (value if name.endswith("_sum") else round(value)) for name, value in values.items()}
        rows.append(model(**scope, **counts))
    return rows
