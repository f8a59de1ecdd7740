"""The reminder sweep: everything owed at *now*, one digest per reviewer.

``reminders_sweep`` is what the hourly Celery task and ``manage.py
send_due_reminders`` run. It is deliberately not one transaction: the rows it
records and claims must be committed (visible to every other sweep) before
any e-mail leaves, so a crash at any point leaves a state the next sweep
finishes — see ``planning`` (record once) and ``digests`` (claim, send, record).

Reminders are derived from the database on every sweep, never from delayed
broker messages: a lost or repeated task costs nothing but a sweep.
"""

from __future__ import annotations

import datetime
import logging
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.core.mail import get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.db import transaction
from django.utils import timezone

from predictions.audit import require_permission
from tracker.models import Reminder, ReminderState, ReviewerPreference
from tracker.services.reminders.digests import (
    DigestOutcome,
    claimable,
    digest_items,
    digest_row,
    digest_send,
    recipients_with_work,
)
from tracker.services.reminders.planning import Plan, reminders_find, reminders_record
from tracker.services.reminders.recipients import RecipientDirectory

logger = logging.getLogger(__name__)


@dataclass
class SweepReport:
    now: datetime.datetime
    dry_run: bool
    owed_by_stage: Counter[str] = field(default_factory=Counter)
    reminders_created: int = 0
    due_events: int = 0
    unreachable: list[str] = field(default_factory=list)
    digests: list[DigestOutcome] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for digest in self.digests if digest.status == status)


def _unreachable(plan: Plan) -> list[str]:
    return [f"{item.owed.stage} #{item.owed.round}: {item.prediction.claim}" for item in plan.unreachable]


def _dry_run_digests(plan: Plan, now: datetime.datetime) -> list[DigestOutcome]:
    """What a real sweep would send: the newly owed plus the already claimable."""
    outcomes: dict[int, DigestOutcome] = {}
    pending: dict[int, list[Reminder]] = defaultdict(list)
    for item in plan.owed:
        for recipient in item.recipients:
            outcomes.setdefault(
                recipient.user_id,
                DigestOutcome(recipient.user_id, recipient.username, recipient.email, recipient.language),
            )
            pending[recipient.user_id].append(
                Reminder(
                    prediction=item.prediction,
                    stage=item.owed.stage,
                    round=item.owed.round,
                    recipient_id=recipient.user_id,
                    escalation=recipient.escalation,
                )
            )
    waiting = Reminder.objects.filter(claimable(timezone.now())).select_related("prediction__speaker", "recipient")
    for reminder in waiting:
        outcomes.setdefault(
            reminder.recipient_id,
            DigestOutcome(reminder.recipient_id, reminder.recipient.get_username(), reminder.email, reminder.language),
        )
        pending[reminder.recipient_id].append(reminder)
    for user_id, outcome in outcomes.items():
        outcome.items = digest_items([digest_row(reminder) for reminder in pending[user_id]], outcome.language)
        outcome.status = "would-send"
    return [outcomes[user_id] for user_id in sorted(outcomes)]


def reminders_sweep(
    *, now: datetime.datetime | None = None, dry_run: bool = False, connection: BaseEmailBackend | None = None
) -> SweepReport:
    """One sweep. Steps:

    1. find what the policy says is owed at ``now`` (an indexed due scan);
    2. record each owed round once — reminder rows unique per (prediction,
       stage, round, recipient) — and one ``prediction.due`` outbox event for
       each prediction first seen due;
    3. for each reviewer with claimable reminders (new ones, ones whose
       back-off has passed, ones a dead worker left "sending"), claim them and
       send one digest;
    With ``dry_run``, stop after 1 and report what 2 and 3 would do.
    """
    now = now or timezone.now()
    report = SweepReport(now=now, dry_run=dry_run)
    plan = reminders_find(now=now)
    report.unreachable = _unreachable(plan)
    if dry_run:
        report.owed_by_stage.update(str(item.owed.stage) for item in plan.owed)
        report.due_events = len(plan.newly_due)
        report.reminders_created = sum(len(item.recipients) for item in plan.owed)
        report.digests = _dry_run_digests(plan, now)
        return report
    recorded = reminders_record(plan=plan)
    report.owed_by_stage.update(str(item.owed.stage) for item in recorded.rounds)
    report.reminders_created = recorded.reminders_created
    report.due_events = recorded.due_events
    report.digests = digests_send(recipient_ids=recipients_with_work(), connection=connection)
    return report


def digests_send(*, recipient_ids: Iterable[int], connection: BaseEmailBackend | None = None) -> list[DigestOutcome]:
    """One digest for each of ``recipient_ids`` that still has claimable reminders."""
    recipient_ids = list(recipient_ids)
    directory = RecipientDirectory(extra_user_ids=recipient_ids)
    connection = connection or get_connection(fail_silently=False)
    outcomes = []
    try:
        for recipient_id in recipient_ids:
            outcome = digest_send(recipient_id=recipient_id, connection=connection, directory=directory)
            if outcome is not None:
                outcomes.append(outcome)
    finally:
        connection.close()
    return outcomes


@transaction.atomic
def reminders_resend(*, reminder_ids: Iterable[int], by: Any) -> list[int]:
    """Staff's "send again": put the reminders back in the queue. Steps:

    1. only rows not being sent right now ("sending" ones are left alone);
    2. make them pending, due now, attempts reset; the log keeps the old deliveries;
    3. switch the recipients' e-mail on again (a permanent failure switched it off).
    Returns the recipients to send to; the caller queues their digests.
    """
    require_permission(by, "tracker.resend_reminder", "send reminders again")
    reminder_ids = list(reminder_ids)
    rows = Reminder.objects.select_for_update().filter(pk__in=reminder_ids).exclude(state=ReminderState.SENDING)
    recipients = sorted(set(rows.values_list("recipient_id", flat=True)))
    rows.update(state=ReminderState.PENDING, attempts=0, next_attempt_at=timezone.now(), claimed_at=None, last_error="")
    ReviewerPreference.objects.filter(user_id__in=recipients).update(email_disabled_at=None, email_disabled_reason="")
    logger.info("reminders %s queued again by %s", sorted(reminder_ids), by)
    return recipients
