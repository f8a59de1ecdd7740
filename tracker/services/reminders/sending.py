"""Send each reviewer's digest: claim → render → send → log.

Steps, each in its own short transaction so every state is visible to the
others before the slow part (SMTP) begins:

1. **claim**: ``SELECT … FOR UPDATE SKIP LOCKED`` the reviewer's claimable
   rows — pending and past their back-off, or "sending" for longer than
   ``HINDSIGHT_REMINDER_CLAIM_TIMEOUT`` (their sender died) — the most urgent
   first and as many as a digest lists (``HINDSIGHT_REMINDER_DIGEST_MAX_ITEMS``;
   the rest wait for the next sweeps), and mark them "sending" with a new
   ``Delivery`` ("sending"). A concurrent sweep skips locked rows and, after
   commit, no longer matches them: each row is claimed by exactly one sweep.
2. **render** the digest (``digests``) in the reviewer's language;
3. **send** it over SMTP (``tracker.channels``), outside any transaction;
4. **log**: sent; or, for a temporary failure, back to pending with a
   back-off; or, for a permanent one, failed with the error (and the address
   switched off when the server refused it). This write is retried on a new
   database connection if PostgreSQL restarts meanwhile.

A worker killed between 1 and 3 leaves its rows "sending": after the claim
timeout the next sweep claims them again. A kill *after* the server accepted
the message but before step 4 commits sends that digest twice (so would a
database down for longer than step 4 retries); SMTP offers no way to make that
window zero, so the Message-ID is derived from the reminders in the digest: a
resend carries the same Message-ID and mail stores that de-duplicate by it
show it once.
"""

from __future__ import annotations

import contextlib
import datetime
import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

from django import db
from django.conf import settings
from django.core.mail import get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.db import InterfaceError, OperationalError, transaction
from django.db.models import Count, F, Q, QuerySet, Subquery
from django.utils import timezone

from predictions.audit import require_permission
from tracker.channels import RenderedEmail, classify_failure, send_email
from tracker.models import Delivery, DeliveryState, Reminder, ReminderState, ReviewerPreference
from tracker.services.reminders.deliveries import delivery_claim, delivery_sent
from tracker.services.reminders.digests import (
    DIGEST_ROW_VALUES,
    DigestOutcome,
    DigestRow,
    DigestStatus,
    Waiting,
    digest_items,
    message_id_for,
    render_digest,
    urgency_order_by,
)
from tracker.services.reminders.recipients import RecipientDirectory

logger = logging.getLogger(__name__)

# Temporary failures: 1, 2, 4 … minutes apart, at most an hour; then give up.
MAX_ATTEMPTS = 8


def backoff_seconds(attempts: int) -> int:
    return int(min(60 * 2 ** max(attempts - 1, 0), 3600))


def owed() -> Q:
    """Reminders still owed: not sent (nor failed for good), about a prediction still unresolved.

    One resolved while its reminder waited its turn (a digest lists only so
    many) owes nothing any more: it is left pending and never sent.
    """
    return Q(state__in=(ReminderState.PENDING, ReminderState.SENDING), prediction__final_resolution__isnull=True)


def owed_to(recipient_id: int) -> QuerySet[Reminder]:
    """The reviewer's queue: what the digests' "and N more" counts and links."""
    return Reminder.objects.filter(owed(), recipient_id=recipient_id)


def _queue_size(recipient_id: int) -> Subquery:
    """``owed_to(recipient_id).count()`` as a one-value subquery."""
    return Subquery(owed_to(recipient_id).order_by().values("recipient_id").annotate(size=Count("id")).values("size"))


def claimable(now: datetime.datetime) -> Q:
    stale_before = now - datetime.timedelta(seconds=settings.HINDSIGHT_REMINDER_CLAIM_TIMEOUT)
    return owed() & (
        Q(state=ReminderState.PENDING, next_attempt_at__lte=now)
        | Q(state=ReminderState.SENDING, claimed_at__lt=stale_before)
    )


def recipients_with_work(now: datetime.datetime | None = None) -> list[int]:
    """Users with claimable reminders (index ``reminder_unfinished``)."""
    now = now or timezone.now()
    # No ordering: the model's default one would join the DISTINCT (one row per reminder, not per user).
    rows = Reminder.objects.filter(claimable(now)).order_by().values_list("recipient_id", flat=True).distinct()
    return sorted(set(rows))


def claimable_rows() -> list[Waiting]:
    """Every reminder a sweep starting now would claim, with its recipient: what the dry run shows."""
    rows = Reminder.objects.filter(claimable(timezone.now())).order_by("recipient_id", "id")
    return [
        Waiting(recipient_id, username, language, DigestRow(*values))
        for recipient_id, username, language, *values in rows.values_list(
            "recipient_id", "recipient__username", "language", *DIGEST_ROW_VALUES
        )
    ]


@dataclass
class _Claim:
    delivery: Delivery
    reminders: list[DigestRow]
    outcome: DigestOutcome
    content: RenderedEmail


def _claim(recipient_id: int, directory: RecipientDirectory) -> _Claim | None:
    now = timezone.now()
    user = directory.users.get(recipient_id)  # None: the account was deleted
    with transaction.atomic():
        # The most urgent first, as many as a digest lists; the others stay pending for the next sweeps.
        # Each row carries the size of the reviewer's whole queue (one subquery, evaluated once):
        # the digest's "and N more" without a COUNT statement of its own.
        claimed = list(
            Reminder.objects.select_for_update(skip_locked=True, of=("self",))
            .filter(claimable(now), recipient_id=recipient_id)
            .annotate(queue=_queue_size(recipient_id))
            .order_by(*urgency_order_by())
            .values_list(*DIGEST_ROW_VALUES, "queue")[: settings.HINDSIGHT_REMINDER_DIGEST_MAX_ITEMS]
        )
        if not claimed:
            return None  # nothing left, or another sweep holds them
        rows = [DigestRow(*values[:-1]) for values in claimed]
        stale = {row.delivery_id for row in rows if row.state == ReminderState.SENDING and row.delivery_id}
        if stale:  # usually none: not even a query to compile
            Delivery.objects.filter(pk__in=stale, state=DeliveryState.SENDING).update(
                state=DeliveryState.INTERRUPTED,
                finished_at=now,
                error="The sender stopped before recording the result; the reminders were claimed again.",
            )
        email = getattr(user, "email", "") if user is not None and user.is_active else ""
        language = directory.language(recipient_id)
        name = (getattr(user, "first_name", "") or user.get_username()) if user is not None else ""
        items = digest_items(rows, language)
        more = claimed[0][-1] - len(rows)  # these rows are owed until sent, too
        content = render_digest(name=name, language=language, items=items, more=more, site_url=settings.SITE_URL)
        delivery = Delivery(
            recipient_id=recipient_id,
            email=email or rows[0].email,
            language=language,
            subject=content.subject[:300],
            message_id=message_id_for(recipient_id, [row.reminder_id for row in rows]),
            item_count=len(rows),
            state=DeliveryState.SENDING,
            started_at=now,
        )
        delivery_claim(delivery, [row.reminder_id for row in rows])
    outcome = DigestOutcome(
        recipient_id=recipient_id,
        username=user.get_username() if user is not None else f"user {recipient_id}",
        email=delivery.email,
        language=language,
        items=items,
        delivery_id=delivery.pk,
        more=more,
    )
    if not email:
        outcome.status, outcome.error = DigestStatus.FAILED, "The recipient is inactive or has no e-mail address."
    return _Claim(delivery=delivery, reminders=rows, outcome=outcome, content=content)


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


def _record_sent(claim: _Claim) -> None:
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


def _record_failure(claim: _Claim, error_text: str, permanent: bool, recipient_refused: bool) -> None:
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


def digest_send(
    *, recipient_id: int, connection: BaseEmailBackend, directory: RecipientDirectory | None = None
) -> DigestOutcome | None:
    """Claim, send and record one digest for one reviewer (see the module's steps).

    None when nothing was claimable. SMTP and network errors do not
    propagate: they are recorded, and the outcome says ``RETRYING`` (with the
    delay) or ``FAILED``. Anything else (a bug, Celery's soft time limit) is
    recorded as a temporary failure and re-raised, so the sweep stops.
    """
    claim = _claim(recipient_id, directory or RecipientDirectory(extra_user_ids=[recipient_id]))
    if claim is None:
        return None
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
    recipient_ids: Iterable[int],
    connection: BaseEmailBackend | None = None,
    directory: RecipientDirectory | None = None,
) -> list[DigestOutcome]:
    """One digest for each of ``recipient_ids`` that still has claimable reminders, over one SMTP
    session; ``directory``: the sweep's own, if it has one (what it lacks of these recipients is loaded)."""
    recipient_ids = list(recipient_ids)
    if directory is None:
        directory = RecipientDirectory(extra_user_ids=recipient_ids)
    directory.include(recipient_ids)
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
