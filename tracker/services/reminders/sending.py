"""Send each reviewer's digest: claim → render → send → log.

Steps, each in its own short transaction so every state is visible to the
others before the slow part (SMTP) begins:

1. **claim** and **render** the next digest of every reviewer with claimable
   reminders, in one transaction (``claims.digests_claim``): each claimed row
   is "sending" under a new ``Delivery`` ("sending"), and claimed by exactly one sweep;
2. **send** each over SMTP (``tracker.channels``), outside any transaction;
3. **log** each as soon as SMTP answered: sent; or, for a temporary failure,
   back to pending with a back-off; or, for a permanent one, failed with the
   error (and the address switched off when the server refused it). This
   write is retried on a new database connection if PostgreSQL restarts meanwhile.

A worker killed between 1 and 3 leaves every digest it claimed and had not
logged "sending": after the claim timeout (shorter than the hour between
sweeps) the next sweep claims them again. A sweep stopped by an exception puts
them back at once instead, and a sweep still sending when its claims are half
that old gives the rest back and claims them afresh, so no claim it sends from
can be taken over meanwhile. A kill
*after* the server accepted the message but before step 3 commits sends that
digest twice (so would a database down for longer than step 3 retries); SMTP
offers no way to make that window zero, so the Message-ID is derived from the
reminders in the digest: a resend carries the same Message-ID and mail stores
that de-duplicate by it show it once.
"""

from __future__ import annotations

import contextlib
import datetime
import logging
import time
from collections.abc import Callable, Collection, Iterable
from typing import Any, TypeVar

from django import db
from django.conf import settings
from django.core.mail import get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.db import InterfaceError, OperationalError, transaction
from django.db.models import F
from django.utils import timezone

from predictions.audit import require_permission
from tracker.channels import classify_failure, send_email
from tracker.models import Delivery, DeliveryState, Reminder, ReminderState, ReviewerPreference
from tracker.services.reminders.claims import Claim, digests_claim
from tracker.services.reminders.deliveries import (
    CLAIMED_TOO_LONG_AGO,
    SWEEP_STOPPED,
    deliveries_release,
    delivery_sent,
)
from tracker.services.reminders.digests import DigestOutcome, DigestStatus
from tracker.services.reminders.recipients import RecipientDirectory

logger = logging.getLogger(__name__)

# Temporary failures: 1, 2, 4 … minutes apart, at most an hour; then give up.
MAX_ATTEMPTS = 8


def backoff_seconds(attempts: int) -> int:
    return int(min(60 * 2 ** max(attempts - 1, 0), 3600))


# After SMTP answered, its outcome must reach the database even if PostgreSQL
# restarts (or fails over) in between: a digest left "sending" would be claimed
# again after the claim timeout and sent twice. So the write is retried on a new
# connection, after these waits (a minute in all: a restart takes seconds).
# Beyond that the error propagates and the task retries the whole sweep.
RECORD_RETRY_WAITS = (1, 2, 4, 8, 15, 30)
DATABASE_CONNECTION_ERRORS = (OperationalError, InterfaceError)
Written = TypeVar("Written")


def _on_a_fresh_connection(write: Callable[[], Written], *, what: str) -> Written:
    """``write()`` (one transaction of its own), retried on a new connection while the connection fails."""
    for wait in RECORD_RETRY_WAITS:
        try:
            return write()
        except DATABASE_CONNECTION_ERRORS as error:
            if db.connection.in_atomic_block:
                raise  # inside a caller's transaction, which a new connection would not see
            logger.warning("%s: the database connection failed (%s); retrying on a new one in %s s", what, error, wait)
            db.connection.close()  # the broken one; the next query opens a new one
            time.sleep(wait)
    return write()  # the last try: its error propagates


def _record_sent(claim: Claim) -> None:
    def write() -> int:
        with transaction.atomic():
            return delivery_sent(claim.delivery, timezone.now())

    updated = _on_a_fresh_connection(write, what=f"delivery {claim.delivery.pk} (sent)")
    if updated != len(claim.reminders):
        # A retried write can find its first attempt committed; otherwise only possible
        # when sending took longer than the claim timeout.
        recorded = Reminder.objects.filter(delivery=claim.delivery, state=ReminderState.SENT).count()
        if recorded != len(claim.reminders):
            logger.warning(
                "delivery %s: %s of %s reminders were reclaimed meanwhile",
                claim.delivery.pk,
                len(claim.reminders) - recorded,
                len(claim.reminders),
            )


def _record_failure(claim: Claim, error_text: str, permanent: bool, recipient_refused: bool) -> None:
    """Failed for good, or back to pending with a back-off; on a fresh connection if need be."""
    attempts = max(row.attempts for row in claim.reminders) + 1
    if not permanent and attempts >= MAX_ATTEMPTS:
        permanent, error_text = True, f"Gave up after {attempts} temporary failures. Last: {error_text}"
    delay = backoff_seconds(attempts)

    def write() -> None:
        now = timezone.now()
        mine = Reminder.objects.filter(delivery=claim.delivery, state=ReminderState.SENDING)
        with transaction.atomic():
            if permanent:
                mine.update(state=ReminderState.FAILED, attempts=F("attempts") + 1, last_error=error_text)
                Delivery.objects.filter(pk=claim.delivery.pk).update(
                    state=DeliveryState.FAILED, finished_at=now, error=error_text
                )
                if recipient_refused:
                    ReviewerPreference.objects.update_or_create(
                        user_id=claim.outcome.recipient_id,
                        defaults={"email_disabled_at": now, "email_disabled_reason": error_text},
                    )
                return
            mine.update(
                state=ReminderState.PENDING,
                attempts=F("attempts") + 1,
                next_attempt_at=now + datetime.timedelta(seconds=delay),
                claimed_at=None,
                last_error=error_text,
            )
            Delivery.objects.filter(pk=claim.delivery.pk).update(
                state=DeliveryState.RETRYING, finished_at=now, error=error_text
            )

    _on_a_fresh_connection(write, what=f"delivery {claim.delivery.pk} (failed)")
    if permanent:
        claim.outcome.status = DigestStatus.FAILED
    else:
        claim.outcome.status, claim.outcome.retry_in = DigestStatus.RETRYING, delay
    claim.outcome.error = error_text


def _deliver(claim: Claim, connection: BaseEmailBackend) -> DigestOutcome:
    """Send one claimed digest and record how it went (see the module's steps).

    SMTP and network errors do not propagate: they are recorded, and the
    outcome says ``RETRYING`` (with the delay) or ``FAILED``. Anything else (a
    bug, Celery's soft time limit) is recorded as a temporary failure and
    re-raised, so the sweep stops.
    """
    if claim.outcome.status == DigestStatus.FAILED:
        _record_failure(claim, claim.outcome.error, permanent=True, recipient_refused=False)
        return claim.outcome
    try:
        connection.open()  # no-op when open: one SMTP session serves the whole sweep
        send_email(
            to=claim.outcome.email,
            content=claim.content,
            from_email=settings.DEFAULT_FROM_EMAIL,
            message_id=claim.delivery.message_id,
            # Which reminders this is, for whoever traces a message back. ", ": the space is where the
            # header folds, so no line grows past 78 characters whatever the number of ids (RFC 5322 §2.2.3).
            headers={"X-Hindsight-Reminders": ", ".join(str(row.reminder_id) for row in claim.reminders)},
            connection=connection,
        )
    except Exception as error:  # classified below; the sweep goes on with the next reviewer
        failure = classify_failure(error)
        logger.warning("delivery %s to %s failed: %s", claim.delivery.pk, claim.outcome.email, failure.text)
        with contextlib.suppress(Exception):  # already broken: start the next digest on a fresh one
            connection.close()
        _record_failure(claim, failure.text, failure.permanent, failure.recipient_refused)
        if not isinstance(error, OSError):  # smtplib's errors are OSErrors; this is a bug or a time limit
            raise
        return claim.outcome
    _record_sent(claim)
    return claim.outcome


def digests_send(
    *,
    recipient_ids: Collection[int] | None = None,
    connection: BaseEmailBackend | None = None,
    directory: RecipientDirectory | None = None,
) -> list[DigestOutcome]:
    """Claim the next digest of each of ``recipient_ids`` (None: of every reviewer with claimable
    reminders; ``claims.digests_claim``), then send them one by one over one SMTP session, each
    recorded as it goes; ``directory``: the sweep's own, if it has one.

    A claim is sent only while it is younger than half the claim timeout: after that another
    sweep could take it over as stale and send it too, so when sending has taken that long (a
    backlog, a slow relay, ``send_due_reminders`` with no time limit) the digests not sent yet
    go back to the queue and are claimed afresh. If one digest stops the sweep (an error that is
    not SMTP's), the digests claimed after it go back to the queue at once, not after the claim
    timeout (``deliveries_release``)."""
    directory = directory or RecipientDirectory(extra_user_ids=recipient_ids or ())
    connection = connection or get_connection(fail_silently=False)
    fresh_for = datetime.timedelta(seconds=settings.HINDSIGHT_REMINDER_CLAIM_TIMEOUT / 2)
    waiting = digests_claim(recipient_ids=recipient_ids, directory=directory)
    outcomes: list[DigestOutcome] = []
    try:
        while waiting:
            if timezone.now() - waiting[0].delivery.started_at > fresh_for:
                recipients = [claim.outcome.recipient_id for claim in waiting]
                deliveries_release([claim.delivery for claim in waiting], timezone.now(), why=CLAIMED_TOO_LONG_AGO)
                waiting = digests_claim(recipient_ids=recipients, directory=directory)
                continue
            claim = waiting.pop(0)
            outcomes.append(_deliver(claim, connection))
    finally:
        if waiting:  # stopped by an error: on a broken database connection the claim timeout does it
            with contextlib.suppress(*DATABASE_CONNECTION_ERRORS):
                deliveries_release([claim.delivery for claim in waiting], timezone.now(), why=SWEEP_STOPPED)
        with contextlib.suppress(Exception):  # every message was handed over already: a failed QUIT loses none
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
