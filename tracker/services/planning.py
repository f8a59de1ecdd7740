"""Find the reminders owed at *now* and record each exactly once.

The due scan reads unresolved predictions up to ``upcoming_days`` ahead
through the partial index ``prediction_unresolved_by_date`` (resolved rows are
not in it), plus the predictions with a proposal awaiting confirmation. The
pure policy (``tracker.policy``) decides what each one is owed; this module
writes it down:

- ``ReminderRound`` (prediction, stage, round) is unique. A sweep *takes* a
  round with a compare-and-set ``UPDATE … WHERE reminded = false`` that must
  touch exactly one row; only the taker writes the ``Reminder`` rows (unique
  per recipient as well). Two sweeps at once therefore record a round once.
- The (due, 0) row is inserted when a prediction is first seen on or after its
  resolve-on date, and the sweep whose INSERT succeeded writes the one
  ``prediction.due`` outbox event in the same transaction.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Prefetch
from django.utils import timezone

from predictions.models import Prediction, Resolution, ResolutionState
from predictions.outbox import outbox_emit
from tracker.models import Reminder, ReminderRound, Snooze
from tracker.policy import Owed, PolicyConfig, PredictionFacts, Stage, local_date, reminders_owed
from tracker.services.recipients import Recipient, RecipientDirectory


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


@dataclass
class Recorded:
    rounds: list[OwedReminder] = field(default_factory=list)
    reminders_created: int = 0
    due_events: int = 0


def _candidates(today: datetime.date, config: PolicyConfig) -> tuple[list[Prediction], dict[int, Resolution]]:
    horizon = today + datetime.timedelta(days=config.upcoming_days)
    # Served by the partial index prediction_unresolved_by_date (resolve_on
    # WHERE final_resolution IS NULL): the cost follows the unresolved rows
    # up to the horizon, not the size of the ledger.
    due_ids = set(
        Prediction.objects.filter(final_resolution__isnull=True, resolve_on__lte=horizon).values_list("id", flat=True)
    )
    # Served by the partial unique index of resolution_one_open_proposal_per_prediction.
    proposals = {
        proposal.prediction_id: proposal
        for proposal in Resolution.objects.filter(
            state=ResolutionState.PROPOSED, prediction__final_resolution__isnull=True
        ).only("id", "prediction_id", "proposed_at", "proposed_by_id")
    }
    ids = due_ids | set(proposals)
    predictions = list(
        Prediction.objects.filter(id__in=ids)
        .select_related("speaker")
        .prefetch_related(Prefetch("reviewers"))
        .order_by("resolve_on", "id")
    )
    return predictions, proposals


def _recorded_rounds(ids: list[int]) -> tuple[dict[int, set[tuple[str, int]]], set[int]]:
    """Per prediction: the rounds whose reminders were written; and which have a (due, 0) row."""
    reminded: dict[int, set[tuple[str, int]]] = defaultdict(set)
    due_marked: set[int] = set()
    rows = ReminderRound.objects.filter(prediction_id__in=ids).values_list(
        "prediction_id", "stage", "round", "reminded"
    )
    for prediction_id, stage, round_number, was_reminded in rows:
        if was_reminded:
            reminded[prediction_id].add((stage, round_number))
        if stage == Stage.DUE and round_number == 0:
            due_marked.add(prediction_id)
    return reminded, due_marked


def reminders_find(*, now: datetime.datetime) -> Plan:
    """What is owed at ``now``; reads only (``--dry-run`` shows this)."""
    config = policy_config()
    today = local_date(now, site_time_zone())
    predictions, proposals = _candidates(today, config)
    ids = [prediction.pk for prediction in predictions]
    reminded, due_marked = _recorded_rounds(ids)
    snoozes = dict(Snooze.objects.filter(prediction_id__in=ids).values_list("prediction_id", "until"))
    assigned_ids = {user.pk for prediction in predictions for user in prediction.reviewers.all()}
    directory = RecipientDirectory(extra_user_ids=assigned_ids)
    plan = Plan()
    for prediction in predictions:
        proposal = proposals.get(prediction.pk)
        facts = PredictionFacts(
            resolve_on=prediction.resolve_on,
            is_public=prediction.is_public,
            is_resolved=prediction.final_resolution_id is not None,
            snoozed_until=snoozes.get(prediction.pk),
            open_proposal_id=proposal.pk if proposal else None,
            open_proposal_at=proposal.proposed_at if proposal else None,
            recorded=frozenset(reminded.get(prediction.pk, ())),
        )
        if prediction.resolve_on <= today and prediction.pk not in due_marked:
            plan.newly_due.append(prediction)
        for owed in reminders_owed(facts, now=now, tz=site_time_zone(), config=config):
            proposer_id = proposal.proposed_by_id if proposal else None
            item = OwedReminder(prediction, owed, directory.for_reminder(prediction, owed, proposer_id))
            (plan.owed if item.recipients else plan.unreachable).append(item)
    return plan


def _insert_round(prediction: Prediction, stage: str, round_number: int, now: datetime.datetime) -> bool:
    """Insert the round row unless it exists; True when this call inserted it."""
    try:
        with transaction.atomic():
            ReminderRound.objects.create(
                prediction=prediction,
                stage=stage,
                round=round_number,
                resolve_on=prediction.resolve_on,
                recorded_at=now,
            )
    except IntegrityError:
        return False  # recorded before, or by a sweep running at the same time
    return True


def _record_one(prediction: Prediction, owed: list[OwedReminder], announce_due: bool, result: Recorded) -> None:
    now = timezone.now()
    with transaction.atomic():
        if announce_due and _insert_round(prediction, Stage.DUE, 0, now):
            outbox_emit(event_type="prediction.due", prediction=prediction)
            result.due_events += 1
        for item in owed:
            _insert_round(prediction, item.owed.stage, item.owed.round, now)
            taken = ReminderRound.objects.filter(
                prediction=prediction, stage=item.owed.stage, round=item.owed.round, reminded=False
            ).update(reminded=True, escalate=item.owed.escalate, recipient_count=len(item.recipients), recorded_at=now)
            if taken != 1:
                continue  # another sweep took this round and wrote its reminders
            rows = [
                Reminder(
                    prediction=prediction,
                    stage=item.owed.stage,
                    round=item.owed.round,
                    recipient_id=recipient.user_id,
                    email=recipient.email,
                    language=recipient.language,
                    escalation=recipient.escalation,
                    next_attempt_at=now,
                    created_at=now,
                )
                for recipient in item.recipients
            ]
            # The unique key (prediction, stage, round, recipient) is the last word.
            Reminder.objects.bulk_create(rows, ignore_conflicts=True)
            result.rounds.append(item)
            result.reminders_created += len(rows)


def reminders_record(*, plan: Plan) -> Recorded:
    """Write the plan: each prediction in its own short transaction, in the
    scan's order (resolve_on, id), so concurrent sweeps take row locks in the
    same order and never deadlock."""
    by_prediction: dict[int, list[OwedReminder]] = defaultdict(list)
    predictions: dict[int, Prediction] = {}
    for item in plan.owed:
        by_prediction[item.prediction.pk].append(item)
        predictions[item.prediction.pk] = item.prediction
    newly_due = {prediction.pk for prediction in plan.newly_due}
    for prediction in plan.newly_due:
        predictions[prediction.pk] = prediction
    result = Recorded()
    for prediction in sorted(predictions.values(), key=lambda p: (p.resolve_on, p.pk)):
        _record_one(prediction, by_prediction.get(prediction.pk, []), prediction.pk in newly_due, result)
    return result
