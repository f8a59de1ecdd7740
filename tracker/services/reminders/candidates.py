"""What the sweep's planning reads: the candidate predictions and, for each, what the policy needs.

A candidate is an unresolved prediction with resolve-on up to the horizon (the due scan), or one
beyond it with a proposal awaiting confirmation. For each, planning needs the prediction itself
(the policy, the ``prediction.due`` payload and the digests read it), its open proposal, the rounds
recorded so far, its snooze and its assigned reviewers.

On PostgreSQL that is one statement per page of the due scan: the snooze, the reviewers and the
rounds are subqueries of each row (index lookups by prediction), the open proposal a join (at most
one per prediction: ``resolution_one_open_proposal_per_prediction``), and the first page carries
the proposals beyond the horizon. Elsewhere (SQLite, the embedded default) the same is read through
the ORM, one query for each.

The due scan reads keyset pages ``ORDER BY resolve_on, id … LIMIT``: that is also what steers
PostgreSQL to the partial index ``prediction_unresolved_by_date``: without it the planner, which
cannot know that resolved predictions are mostly the old ones, expects half the table to match and
walks every unresolved row through another index instead (100k predictions: 15 ms against 0.3 ms;
see docs/decisions.md, issue 3).
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from django.db import connection
from django.db.models import Q, QuerySet

from predictions.models import Prediction, Resolution, ResolutionState
from predictions.outbox import PredictionSummary
from tracker.models import ReminderRound, Snooze
from tracker.policy import Stage

DUE_SCAN_PAGE = 1000

RoundKey = tuple[str, int, int | None]  # stage, round, proposal (``Owed.key``)


@dataclass(frozen=True)
class OpenProposal:
    id: int
    proposed_at: datetime.datetime
    proposed_by_id: int | None


@dataclass(frozen=True, slots=True)
class DuePrediction:
    """What planning, the ``prediction.due`` payload and the dry run's digests read of a prediction
    and its speaker, as plain values: the long texts (quote, criteria, translation) stay in the
    database, and a sweep over a thousand candidates builds no model instances (they cost more
    than the statement that reads them)."""

    id: int
    resolve_on: datetime.date
    made_on: datetime.date
    recorded_at: datetime.datetime | None
    is_public: bool
    final_resolution_id: int | None
    version: int
    claim: str
    claim_zh: str
    speaker_slug: str
    speaker_name: str
    speaker_name_original: str

    @property
    def summary(self) -> PredictionSummary:
        return PredictionSummary(
            self.id, self.claim, self.speaker_slug, self.made_on, self.resolve_on, self.final_resolution_id,
            self.is_public, self.version,
        )  # fmt: skip


# ``DuePrediction``'s fields as ORM lookups, in its order (the ORM's form reads them with values_list).
DUE_PREDICTION_VALUES = (
    "id", "resolve_on", "made_on", "recorded_at", "is_public", "final_resolution_id", "version", "claim", "claim_zh",
    "speaker__slug", "speaker__name", "speaker__name_original",
)  # fmt: skip


@dataclass
class Candidate:
    prediction: DuePrediction
    proposal: OpenProposal | None = None
    recorded: set[RoundKey] = field(default_factory=set)  # the rounds whose reminders were written
    due_marked: bool = False  # its (due, 0) row exists: it was seen due before
    snoozed_until: datetime.date | None = None
    reviewer_ids: list[int] = field(default_factory=list)  # assigned reviewers


SELECT = """
SELECT {columns},
       proposal.id, proposal.proposed_at, proposal.proposed_by_id,
       (SELECT snooze.until FROM tracker_snooze snooze WHERE snooze.prediction_id = p.id),
       ARRAY(SELECT link.user_id FROM predictions_prediction_reviewers link WHERE link.prediction_id = p.id),
       ARRAY(SELECT json_build_array(r.stage, r.round, r.proposal_id, r.reminded)
             FROM tracker_reminderround r WHERE r.prediction_id = p.id)
FROM predictions_prediction p JOIN predictions_speaker s ON s.id = p.speaker_id
""".format(  # noqa: S608 - the column names are ours
    columns=", ".join(
        f"s.{lookup.removeprefix('speaker__')}" if lookup.startswith("speaker__") else f"p.{lookup}"
        for lookup in DUE_PREDICTION_VALUES
    )
)
RESOLVE_ON = DUE_PREDICTION_VALUES.index("resolve_on")
DUE_PAGE = (
    SELECT
    + """LEFT JOIN predictions_resolution proposal ON proposal.prediction_id = p.id AND proposal.state = %(proposed)s
WHERE p.final_resolution_id IS NULL AND p.resolve_on <= %(horizon)s
  AND p.resolve_on >= %(after_date)s AND (p.resolve_on > %(after_date)s OR p.id > %(after_id)s)
ORDER BY p.resolve_on, p.id
LIMIT %(page)s"""
)
BEYOND = (
    SELECT
    + """JOIN predictions_resolution proposal ON proposal.prediction_id = p.id AND proposal.state = %(proposed)s
WHERE p.final_resolution_id IS NULL AND p.resolve_on > %(horizon)s"""
)


def _from_row(row: tuple[Any, ...]) -> Candidate:
    proposal_id, proposed_at, proposed_by_id, snoozed_until, reviewer_ids, rounds = row[-6:]
    candidate = Candidate(
        DuePrediction(*row[: len(DUE_PREDICTION_VALUES)]),
        OpenProposal(proposal_id, proposed_at, proposed_by_id) if proposal_id is not None else None,
        snoozed_until=snoozed_until,
        reviewer_ids=reviewer_ids,
    )
    for stage, round_number, round_proposal_id, reminded in rounds:
        if reminded:
            candidate.recorded.add((stage, round_number, round_proposal_id))
        if stage == Stage.DUE and round_number == 0:
            candidate.due_marked = True
    return candidate


def _in_one_statement_per_page(horizon: datetime.date) -> list[Candidate]:
    found: list[Candidate] = []
    parameters: dict[str, Any] = {
        "horizon": horizon,
        "proposed": ResolutionState.PROPOSED.value,
        "after_date": datetime.date.min,
        "after_id": 0,
        "page": DUE_SCAN_PAGE,
    }
    with connection.cursor() as cursor:
        cursor.execute(f"({DUE_PAGE}) UNION ALL ({BEYOND})", parameters)  # the first page, and beyond
        while True:
            rows = cursor.fetchall()
            due = [row for row in rows if row[RESOLVE_ON] <= horizon]
            found += map(_from_row, rows)
            if len(due) < DUE_SCAN_PAGE:
                break
            last = due[-1]
            parameters.update(after_date=last[RESOLVE_ON], after_id=last[0])
            cursor.execute(DUE_PAGE, parameters)
    found.sort(key=lambda candidate: (candidate.prediction.resolve_on, candidate.prediction.id))
    return found


def _due_predictions(predictions: QuerySet[Prediction]) -> list[DuePrediction]:
    return [DuePrediction(*values) for values in predictions.values_list(*DUE_PREDICTION_VALUES)]


def unresolved_until(horizon: datetime.date) -> list[DuePrediction]:
    """Unresolved predictions with resolve_on up to ``horizon``, oldest first (the ORM's due scan)."""
    base = Prediction.objects.filter(final_resolution__isnull=True, resolve_on__lte=horizon)
    found: list[DuePrediction] = []
    last: DuePrediction | None = None
    while True:
        page = base
        if last is not None:
            page = page.filter(resolve_on__gte=last.resolve_on).filter(
                Q(resolve_on__gt=last.resolve_on) | Q(id__gt=last.id)
            )
        rows = _due_predictions(page.order_by("resolve_on", "id")[:DUE_SCAN_PAGE])
        found += rows
        if len(rows) < DUE_SCAN_PAGE:
            return found
        last = rows[-1]


def _through_the_orm(horizon: datetime.date) -> list[Candidate]:
    predictions = unresolved_until(horizon)
    proposals = {
        proposal.prediction_id: OpenProposal(proposal.pk, proposal.proposed_at, proposal.proposed_by_id)
        for proposal in Resolution.objects.filter(
            state=ResolutionState.PROPOSED, prediction__final_resolution__isnull=True
        ).only("id", "prediction_id", "proposed_at", "proposed_by_id")
    }
    beyond = set(proposals) - {prediction.id for prediction in predictions}
    if beyond:  # proposals awaiting confirmation beyond the horizon: usually none
        predictions += _due_predictions(Prediction.objects.filter(id__in=beyond))
        predictions.sort(key=lambda prediction: (prediction.resolve_on, prediction.id))
    ids = [prediction.id for prediction in predictions]
    # Unordered (the models' default orderings would make the server sort what a dict reads).
    snoozes = dict(Snooze.objects.filter(prediction_id__in=ids).order_by().values_list("prediction_id", "until"))
    reviewers: dict[int, list[int]] = defaultdict(list)
    for prediction_id, user_id in Prediction.reviewers.through.objects.filter(prediction_id__in=ids).values_list(
        "prediction_id", "user_id"
    ):
        reviewers[prediction_id].append(user_id)
    candidates = {
        prediction.id: Candidate(
            prediction,
            proposals.get(prediction.id),
            snoozed_until=snoozes.get(prediction.id),
            reviewer_ids=reviewers[prediction.id],
        )
        for prediction in predictions
    }
    rounds = ReminderRound.objects.filter(prediction_id__in=ids).order_by()
    for prediction_id, stage, round_number, proposal_id, reminded in rounds.values_list(
        "prediction_id", "stage", "round", "proposal_id", "reminded"
    ):
        if reminded:
            candidates[prediction_id].recorded.add((stage, round_number, proposal_id))
        if stage == Stage.DUE and round_number == 0:
            candidates[prediction_id].due_marked = True
    return list(candidates.values())


def candidates_until(horizon: datetime.date) -> list[Candidate]:
    """Every candidate for reminders with the due scan's horizon ``horizon``, oldest resolve-on first."""
    if connection.vendor == "postgresql":
        return _in_one_statement_per_page(horizon)
    return _through_the_orm(horizon)
