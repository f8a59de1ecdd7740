"""Find the reminders owed at *now* and record each exactly once.

The due scan reads unresolved predictions up to ``upcoming_days`` ahead
through the partial index ``prediction_unresolved_by_date`` (resolved rows are
not in it), plus the predictions with a proposal awaiting confirmation. The
pure policy (``tracker.policy``) decides what each one is owed; this module
writes it down:

- ``ReminderRound`` (prediction, stage, round or proposal) is unique. A sweep *takes* a
  round by locking its row with ``SELECT … FOR UPDATE SKIP LOCKED WHERE
  reminded = false`` and setting ``reminded``; only the taker writes the
  ``Reminder`` rows (unique per recipient as well). Two sweeps at once
  therefore record a round once: one holds the lock, the other skips the row
  and, once the first commits, no longer matches it.
- The (due, 0) row is inserted when a prediction is first seen on or after its
  resolve-on date; the sweep that takes it the same way (``announced``) writes
  the one ``prediction.due`` outbox event in the same transaction.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Q, QuerySet
from django.utils import timezone

from predictions.models import Prediction, Resolution, ResolutionState
from predictions.outbox import outbox_emit_many
from tracker.models import ReminderRound, ReminderState, Snooze
from tracker.policy import Owed, PolicyConfig, PredictionFacts, Stage, local_date, reminders_owed
from tracker.services.reminders.recipients import Recipient, RecipientDirectory
from tracker.services.reminders.rounds import RoundKey, WantedRound, rounds_record


def policy_config() -> PolicyConfig:
    return PolicyConfig(
        upcoming_days=settings.HINDSIGHT_REMINDER_UPCOMING_DAYS,
        overdue_every_days=settings.HINDSIGHT_REMINDER_OVERDUE_EVERY_DAYS,
        escalate_from_round=settings.HINDSIGHT_REMINDER_ESCALATE_FROM_ROUND,
        confirm_after=datetime.timedelta(hours=settings.HINDSIGHT_REMINDER_CONFIRM_AFTER_HOURS),
    )


def site_time_zone() -> ZoneInfo:
    return ZoneInfo(settings.TIME_ZONE)


@dataclass(frozen=True)
class OwedReminder:
    """One owed round of one prediction, with the people it goes to."""

    prediction: Prediction
    owed: Owed
    recipients: list[Recipient]


@dataclass
class Plan:
    owed: list[OwedReminder] = field(default_factory=list)
    # Predictions first seen due now (a prediction.due event each; in a dry run, would be).
    newly_due: list[Prediction] = field(default_factory=list)
    # Owed, but nobody can be told (no reviewer with an e-mail address).
    unreachable: list[OwedReminder] = field(default_factory=list)
    # Who was considered (loaded once per sweep: the digests use it too).
    directory: RecipientDirectory | None = None


@dataclass
class Recorded:
    rounds: list[OwedReminder] = field(default_factory=list)
    reminders_created: int = 0
    due_events: int = 0


# Keyset pages of the due scan. ORDER BY resolve_on, id … LIMIT is also what
# steers PostgreSQL to the partial index: without it the planner, which cannot
# know that resolved predictions are mostly the old ones, expects half the
# table to match and walks every unresolved row through another index instead
# (100k predictions: 15 ms against 0.3 ms; see docs/decisions.md, issue 3).
DUE_SCAN_PAGE = 1000


# What planning, the outbox payload and the digests read of a prediction:
# the long texts (quote, criteria, translation) stay in the database.
PLANNING_FIELDS = (
    "id", "resolve_on", "made_on", "recorded_at", "is_public", "final_resolution_id", "version", "claim", "claim_zh",
    "speaker__slug", "speaker__name", "speaker__name_original",
)  # fmt: skip


def _for_planning(predictions: QuerySet[Prediction]) -> QuerySet[Prediction]:
    return predictions.select_related("speaker").only(*PLANNING_FIELDS)


def unresolved_until(horizon: datetime.date) -> list[Prediction]:
    """Unresolved predictions with resolve_on up to ``horizon``, oldest first, loaded for planning.

    Consumer of the partial index ``prediction_unresolved_by_date`` (resolve_on
    WHERE final_resolution IS NULL): the cost follows the unresolved rows up
    to the horizon, not the size of the ledger. The pages load the predictions
    themselves: no second statement to fetch them by id.
    """
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


def _candidates(today: datetime.date, config: PolicyConfig) -> tuple[list[Prediction], dict[int, Resolution]]:
    predictions = unresolved_until(today + datetime.timedelta(days=config.upcoming_days))
    # Served by the partial unique index of resolution_one_open_proposal_per_prediction.
    proposals = {
        proposal.prediction_id: proposal
        for proposal in Resolution.objects.filter(
            state=ResolutionState.PROPOSED, prediction__final_resolution__isnull=True
        ).only("id", "prediction_id", "proposed_at", "proposed_by_id")
    }
    # Proposals awaiting confirmation on predictions beyond the horizon: usually none.
    beyond = set(proposals) - {prediction.pk for prediction in predictions}
    if beyond:
        predictions += _for_planning(Prediction.objects.filter(id__in=beyond))
        predictions.sort(key=lambda prediction: (prediction.resolve_on, prediction.pk))
    return predictions, proposals


def _assigned_reviewers(ids: list[int]) -> dict[int, list[int]]:
    """Per prediction, the ids of its assigned reviewers: plain pairs from the link table
    (``RecipientDirectory`` holds the users), not a prefetch of a user instance per link."""
    assigned: dict[int, list[int]] = defaultdict(list)
    links = Prediction.reviewers.through.objects.filter(prediction_id__in=ids)
    for prediction_id, user_id in links.values_list("prediction_id", "user_id"):
        assigned[prediction_id].append(user_id)
    return assigned


def _recorded_rounds(ids: list[int]) -> tuple[dict[int, set[tuple[str, int, int | None]]], set[int]]:
    """Per prediction: the keys (``Owed.key``) of the rounds whose reminders were written;
    and which predictions have a (due, 0) row."""
    reminded: dict[int, set[tuple[str, int, int | None]]] = defaultdict(set)
    due_marked: set[int] = set()
    rows = (
        ReminderRound.objects.filter(prediction_id__in=ids)
        .order_by()
        .values_list("prediction_id", "stage", "round", "proposal_id", "reminded")
    )
    for prediction_id, stage, round_number, proposal_id, was_reminded in rows:
        if was_reminded:
            reminded[prediction_id].add((stage, round_number, proposal_id))
        if stage == Stage.DUE and round_number == 0:
            due_marked.add(prediction_id)
    return reminded, due_marked


def reminders_find(*, now: datetime.datetime) -> Plan:
    """What is owed at ``now``; reads only (``--dry-run`` shows this)."""
    config = policy_config()
    tz = site_time_zone()
    today = local_date(now, tz)
    predictions, proposals = _candidates(today, config)
    ids = [prediction.pk for prediction in predictions]
    reminded, due_marked = _recorded_rounds(ids)
    # Unordered (the models' default orderings would make the server sort what a dict reads).
    snoozes = dict(Snooze.objects.filter(prediction_id__in=ids).order_by().values_list("prediction_id", "until"))
    assigned = _assigned_reviewers(ids)
    directory = RecipientDirectory(extra_user_ids={user_id for users in assigned.values() for user_id in users})
    plan = Plan(directory=directory)
    for prediction in predictions:
        proposal = proposals.get(prediction.pk)
        facts = PredictionFacts(
            resolve_on=prediction.resolve_on,
            # Prediction.recorded_on in the sweep's time zone, looked up once (not per prediction).
            recorded_on=local_date(prediction.recorded_at, tz) if prediction.recorded_at is not None else None,
            is_public=prediction.is_public,
            is_resolved=prediction.final_resolution_id is not None,
            snoozed_until=snoozes.get(prediction.pk),
            open_proposal_id=proposal.pk if proposal else None,
            open_proposal_at=proposal.proposed_at if proposal else None,
            recorded=frozenset(reminded.get(prediction.pk, ())),
        )
        if prediction.resolve_on <= today and prediction.pk not in due_marked:
            plan.newly_due.append(prediction)
        for owed in reminders_owed(facts, now=now, tz=tz, config=config):
            proposer_id = proposal.proposed_by_id if proposal else None
            recipients = directory.for_reminder(assigned.get(prediction.pk, []), owed, proposer_id)
            item = OwedReminder(prediction, owed, recipients)
            (plan.owed if item.recipients else plan.unreachable).append(item)
    return plan


# Predictions recorded per transaction: one commit per chunk instead of one
# per prediction (each commit waits for the WAL to reach the disk).
CHUNK = 500


def _record_chunk(chunk: list[Prediction], owed: list[OwedReminder], newly_due: set[int], result: Recorded) -> None:
    """Record one chunk (``rounds.rounds_record``), then one prediction.due event for each
    prediction whose (due, 0) marker this sweep announced, in the same transaction."""
    now = timezone.now()
    db_now = connection.ops.adapt_datetimefield_value(now)
    wanted: dict[RoundKey, WantedRound] = {
        (p.pk, Stage.DUE.value, 0, None): WantedRound((p.pk, Stage.DUE.value, 0, None), remind=False, announce=True)
        for p in chunk
        if p.pk in newly_due
    }
    items = {(item.prediction.pk, *item.owed.key): item for item in owed}
    for key in items:
        wanted[key] = WantedRound(key, remind=True, announce=key in wanted)
    reminders = [
        (*key, recipient.user_id, recipient.email, recipient.language, recipient.escalation,
         ReminderState.PENDING.value, 0, db_now, "", db_now)
        for key, item in items.items()
        for recipient in item.recipients
    ]  # fmt: skip
    by_id = {p.pk: p for p in chunk}
    announced = []
    for acted in rounds_record(list(wanted.values()), reminders, now):
        if acted.reminded:
            result.rounds.append(items[acted.key])
            result.reminders_created += len(items[acted.key].recipients)
        if acted.announced:
            announced.append(by_id[acted.key[0]])
    announced.sort(key=lambda prediction: prediction.pk)
    outbox_emit_many(event_type="prediction.due", predictions=announced)
    result.due_events += len(announced)


def reminders_record(*, plan: Plan) -> Recorded:
    """Write the plan, ``CHUNK`` predictions per transaction, in the scan's
    order (resolve_on, id) so concurrent sweeps lock rows in the same order."""
    owed_by_prediction: dict[int, list[OwedReminder]] = defaultdict(list)
    predictions: dict[int, Prediction] = {}
    for item in plan.owed:
        owed_by_prediction[item.prediction.pk].append(item)
        predictions[item.prediction.pk] = item.prediction
    for prediction in plan.newly_due:
        predictions[prediction.pk] = prediction
    newly_due = {prediction.pk for prediction in plan.newly_due}
    ordered = sorted(predictions.values(), key=lambda p: (p.resolve_on, p.pk))
    result = Recorded()
    for start in range(0, len(ordered), CHUNK):
        chunk = ordered[start : start + CHUNK]
        owed = [item for p in chunk for item in owed_by_prediction.get(p.pk, [])]
        with transaction.atomic():
            _record_chunk(chunk, owed, newly_due, result)
    return result
