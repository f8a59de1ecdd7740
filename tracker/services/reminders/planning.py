"""Find the reminders owed at *now* and record each exactly once.

The due scan (``candidates``) reads unresolved predictions up to
``upcoming_days`` ahead through the partial index ``prediction_unresolved_by_date``
(resolved rows are not in it), plus the predictions with a proposal awaiting
confirmation. The pure policy (``tracker.policy``) decides what each one is
owed; this module writes it down (``rounds``):

- ``ReminderRound`` (prediction, stage, round or proposal) is unique. The sweep that
  inserts a round's row, or locks the existing one (``FOR UPDATE SKIP LOCKED``)
  while it is not reminded, marks it ``reminded`` and writes its ``Reminder``
  rows (unique per recipient as well). Two sweeps at once therefore record a
  round once.
- The (due, 0) row is inserted when a prediction is first seen on or after its
  resolve-on date; the sweep that inserts or takes it the same way (``announced``)
  writes the one ``prediction.due`` outbox event in the same transaction.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from predictions.outbox import outbox_emit_many
from tracker.policy import Owed, PolicyConfig, PredictionFacts, Stage, local_date, reminders_owed
from tracker.services.reminders.candidates import DuePrediction, candidates_until
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

    prediction: DuePrediction
    owed: Owed
    recipients: list[Recipient]


@dataclass
class Plan:
    owed: list[OwedReminder] = field(default_factory=list)
    # Predictions first seen due now (a prediction.due event each; in a dry run, would be).
    newly_due: list[DuePrediction] = field(default_factory=list)
    # Owed, but nobody can be told (no reviewer with an e-mail address).
    unreachable: list[OwedReminder] = field(default_factory=list)
    # Who was considered (loaded once per sweep: the digests use it too).
    directory: RecipientDirectory | None = None


@dataclass
class Recorded:
    rounds: list[OwedReminder] = field(default_factory=list)
    reminders_created: int = 0
    due_events: int = 0


def reminders_find(*, now: datetime.datetime) -> Plan:
    """What is owed at ``now``; reads only (``--dry-run`` shows this)."""
    config = policy_config()
    tz = site_time_zone()
    today = local_date(now, tz)
    candidates = candidates_until(today + datetime.timedelta(days=config.upcoming_days))
    directory = RecipientDirectory(extra_user_ids={user_id for c in candidates for user_id in c.reviewer_ids})
    plan = Plan(directory=directory)
    for candidate in candidates:
        prediction, proposal = candidate.prediction, candidate.proposal
        facts = PredictionFacts(
            resolve_on=prediction.resolve_on,
            # Prediction.recorded_on in the sweep's time zone, looked up once (not per prediction).
            recorded_on=local_date(prediction.recorded_at, tz) if prediction.recorded_at is not None else None,
            is_public=prediction.is_public,
            is_resolved=prediction.final_resolution_id is not None,
            snoozed_until=candidate.snoozed_until,
            open_proposal_id=proposal.id if proposal else None,
            open_proposal_at=proposal.proposed_at if proposal else None,
            recorded=frozenset(candidate.recorded),
        )
        if prediction.resolve_on <= today and not candidate.due_marked:
            plan.newly_due.append(prediction)
        for owed in reminders_owed(facts, now=now, tz=tz, config=config):
            proposer_id = proposal.proposed_by_id if proposal else None
            recipients = directory.for_reminder(candidate.reviewer_ids, owed, proposer_id)
            item = OwedReminder(prediction, owed, recipients)
            (plan.owed if item.recipients else plan.unreachable).append(item)
    return plan


# Predictions recorded per transaction: one commit per chunk instead of one
# per prediction (each commit waits for the WAL to reach the disk).
CHUNK = 500


def _record_chunk(chunk: list[DuePrediction], owed: list[OwedReminder], newly_due: set[int], result: Recorded) -> None:
    """Record one chunk (``rounds.rounds_record``), then one prediction.due event for each
    prediction whose (due, 0) marker this sweep announced, in the same transaction."""
    now = timezone.now()
    wanted: dict[RoundKey, WantedRound] = {
        (p.id, Stage.DUE.value, 0, None): WantedRound((p.id, Stage.DUE.value, 0, None), remind=False, announce=True)
        for p in chunk
        if p.id in newly_due
    }
    items = {(item.prediction.id, *item.owed.key): item for item in owed}
    for key in items:
        wanted[key] = WantedRound(key, remind=True, announce=key in wanted)
    reminders = [
        (*key, recipient.user_id, recipient.email, recipient.language, recipient.escalation)
        for key, item in items.items()
        for recipient in item.recipients
    ]
    by_id = {p.id: p for p in chunk}
    announced = []
    for acted in rounds_record(list(wanted.values()), reminders, now):
        if acted.reminded:
            result.rounds.append(items[acted.key])
            result.reminders_created += len(items[acted.key].recipients)
        if acted.announced:
            announced.append(by_id[acted.key[0]])
    announced.sort(key=lambda prediction: prediction.id)
    outbox_emit_many(event_type="prediction.due", predictions=[prediction.summary for prediction in announced])
    result.due_events += len(announced)


def reminders_record(*, plan: Plan) -> Recorded:
    """Write the plan, ``CHUNK`` predictions per transaction, in the scan's
    order (resolve_on, id) so concurrent sweeps lock rows in the same order."""
    owed_by_prediction: dict[int, list[OwedReminder]] = defaultdict(list)
    predictions: dict[int, DuePrediction] = {}
    for item in plan.owed:
        owed_by_prediction[item.prediction.id].append(item)
        predictions[item.prediction.id] = item.prediction
    for prediction in plan.newly_due:
        predictions[prediction.id] = prediction
    newly_due = {prediction.id for prediction in plan.newly_due}
    ordered = sorted(predictions.values(), key=lambda p: (p.resolve_on, p.id))
    result = Recorded()
    for start in range(0, len(ordered), CHUNK):
        chunk = ordered[start : start + CHUNK]
        owed = [item for p in chunk for item in owed_by_prediction.get(p.id, [])]
        with transaction.atomic():
            _record_chunk(chunk, owed, newly_due, result)
    return result
