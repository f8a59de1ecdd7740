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

from predictions.models import Prediction, Resolution, ResolutionState, Speaker
from tracker.models import ReminderRound, Snooze
from tracker.policy import Stage

DUE_SCAN_PAGE = 1000

RoundKey = tuple[str, int, int | None]  # stage, round, proposal (``Owed.key``)


@dataclass(frozen=True)
class OpenProposal:
    id: int
    proposed_at: datetime.datetime
    proposed_by_id: int | None


@dataclass
class Candidate:
    prediction: Prediction
    proposal: OpenProposal | None = None
    recorded: set[RoundKey] = field(default_factory=set)  # the rounds whose reminders were written
    due_marked: bool = False  # its (due, 0) row exists: it was seen due before
    snoozed_until: datetime.date | None = None
    reviewer_ids: list[int] = field(default_factory=list)  # assigned reviewers


# What planning, the outbox payload and the digests read of a prediction and its speaker: the long
# texts (quote, criteria, translation) stay in the database. In the models' field order, as
# ``Model.from_db`` takes them.
PLANNING_FIELDS = (
    "id", "resolve_on", "made_on", "recorded_at", "is_public", "final_resolution_id", "version", "claim", "claim_zh",
    "speaker__slug", "speaker__name", "speaker__name_original",
)  # fmt: skip
PREDICTION_COLUMNS = tuple(
    f.attname for f in Prediction._meta.concrete_fields if f.attname in {*PLANNING_FIELDS, "speaker_id"}
)
SPEAKER_COLUMNS = tuple(
    f.attname for f in Speaker._meta.concrete_fields if f"speaker__{f.attname}" in PLANNING_FIELDS or f.attname == "id"
)
RESOLVE_ON = PREDICTION_COLUMNS.index("resolve_on")

SELECT = """
SELECT {prediction_columns}, {speaker_columns},
       proposal.id, proposal.proposed_at, proposal.proposed_by_id,
       (SELECT snooze.until FROM tracker_snooze snooze WHERE snooze.prediction_id = p.id),
       ARRAY(SELECT link.user_id FROM predictions_prediction_reviewers link WHERE link.prediction_id = p.id),
       ARRAY(SELECT json_build_array(r.stage, r.round, r.proposal_id, r.reminded)
             FROM tracker_reminderround r WHERE r.prediction_id = p.id)
FROM predictions_prediction p JOIN predictions_speaker s ON s.id = p.speaker_id
""".format(  # noqa: S608 - the column names are ours
    prediction_columns=", ".join(f"p.{column}" for column in PREDICTION_COLUMNS),
    speaker_columns=", ".join(f"s.{column}" for column in SPEAKER_COLUMNS),
)
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


def _from_row(row: tuple[object, ...]) -> Candidate:
    prediction_values = row[: len(PREDICTION_COLUMNS)]
    speaker_values = row[len(PREDICTION_COLUMNS) : len(PREDICTION_COLUMNS) + len(SPEAKER_COLUMNS)]
    proposal_id, proposed_at, proposed_by_id, snoozed_until, reviewer_ids, rounds = row[-6:]
    prediction = Prediction.from_db(connection.alias, PREDICTION_COLUMNS, prediction_values)
    prediction.speaker = Speaker.from_db(connection.alias, SPEAKER_COLUMNS, speaker_values)
    candidate = Candidate(
        prediction,
        OpenProposal(proposal_id, proposed_at, proposed_by_id) if proposal_id is not None else None,  # type: ignore[arg-type]
        snoozed_until=snoozed_until,  # type: ignore[arg-type]
        reviewer_ids=list(reviewer_ids),  # type: ignore[call-overload]
    )
    for stage, round_number, round_proposal_id, reminded in rounds:  # type: ignore[attr-defined]
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
    found.sort(key=lambda candidate: (candidate.prediction.resolve_on, candidate.prediction.pk))
    return found


def _for_planning(predictions: QuerySet[Prediction]) -> QuerySet[Prediction]:
    return predictions.select_related("speaker").only(*PLANNING_FIELDS)


def unresolved_until(horizon: datetime.date) -> list[Prediction]:
    """Unresolved predictions with resolve_on up to ``horizon``, oldest first (the ORM's due scan)."""
    base = _for_planning(Prediction.objects.filter(final_resolution__isnull=True, resolve_on__lte=horizon))
    found: list[Prediction] = []
    last: Prediction | None = None
    while True:
        page = base
        if last is not None:
            page = page.filter(resolve_on__gte=last.resolve_on).filter(
                Q(resolve_on__gt=last.resolve_on) | Q(id__gt=last.pk)
            )
        rows = list(page.order_by("resolve_on", "id")[:DUE_SCAN_PAGE])
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
    beyond = set(proposals) - {prediction.pk for prediction in predictions}
    if beyond:  # proposals awaiting confirmation beyond the horizon: usually none
        predictions += _for_planning(Prediction.objects.filter(id__in=beyond))
        predictions.sort(key=lambda prediction: (prediction.resolve_on, prediction.pk))
    ids = [prediction.pk for prediction in predictions]
    # Unordered (the models' default orderings would make the server sort what a dict reads).
    snoozes = dict(Snooze.objects.filter(prediction_id__in=ids).order_by().values_list("prediction_id", "until"))
    reviewers: dict[int, list[int]] = defaultdict(list)
    for prediction_id, user_id in Prediction.reviewers.through.objects.filter(prediction_id__in=ids).values_list(
        "prediction_id", "user_id"
    ):
        reviewers[prediction_id].append(user_id)
    candidates = {
        prediction.pk: Candidate(
            prediction,
            proposals.get(prediction.pk),
            snoozed_until=snoozes.get(prediction.pk),
            reviewer_ids=reviewers[prediction.pk],
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
