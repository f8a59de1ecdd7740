"""Claim one reviewer's owed reminders and send them as one digest e-mail.

Steps, each in its own short transaction so every state is visible to the
others before the slow part (SMTP) begins:

1. **claim**: ``SELECT … FOR UPDATE SKIP LOCKED`` the reviewer's claimable
   rows — pending and past their back-off, or "sending" for longer than
   ``HINDSIGHT_REMINDER_CLAIM_TIMEOUT`` (their sender died) — and mark them
   "sending" with a new ``Delivery`` ("sending"). A concurrent sweep skips
   locked rows and, after commit, no longer matches them: each row is
   claimed by exactly one sweep.
2. **send** the digest over SMTP, outside any transaction.
3. **record**: sent; or, for a temporary failure, back to pending with a
   back-off; or, for a permanent one, failed with the error (and the address
   switched off when the server refused it).

A worker killed between 1 and 3 leaves its rows "sending": after the claim
timeout the next sweep claims them again. A kill *after* the server accepted
the message but before step 3 commits sends that digest twice; SMTP offers no
way to make that window zero, so the Message-ID is derived from the reminders
in the digest: a resend carries the same Message-ID and mail stores that
de-duplicate by it show it once.
"""

from __future__ import annotations

import contextlib
import datetime
import hashlib
import logging
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail.backends.base import BaseEmailBackend
from django.db import transaction
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone

from tracker.channels import DigestItem, RenderedEmail, classify_failure, render_digest, send_email
from tracker.models import Delivery, DeliveryState, Reminder, ReminderState, ReviewerPreference
from tracker.services.reminders.recipients import RecipientDirectory

logger = logging.getLogger(__name__)

# Temporary failures: 1, 2, 4 … minutes apart, at most an hour; then give up.
MAX_ATTEMPTS = 8
STAGE_ORDER = {"confirm": 0, "overdue": 1, "due": 2, "upcoming": 3}


def backoff_seconds(attempts: int) -> int:
    return int(min(60 * 2 ** max(attempts - 1, 0), 3600))


def claimable(now: datetime.datetime) -> Q:
    stale_before = now - datetime.timedelta(seconds=settings.HINDSIGHT_REMINDER_CLAIM_TIMEOUT)
    return Q(state=ReminderState.PENDING, next_attempt_at__lte=now) | Q(
        state=ReminderState.SENDING, claimed_at__lt=stale_before
    )


def recipients_with_work(now: datetime.datetime | None = None) -> list[int]:
    """Users with claimable reminders (index ``reminder_unfinished``)."""
    now = now or timezone.now()
    rows = Reminder.objects.filter(claimable(now)).values_list("recipient_id", flat=True).distinct()
    return sorted(set(rows))


@dataclass
class DigestOutcome:
    recipient_id: int
    username: str
    email: str
    language: str
    items: list[DigestItem] = field(default_factory=list)
    status: str = "sent"  # sent | retrying | failed | would-send
    error: str = ""
    retry_in: int | None = None
    delivery_id: int | None = None


@dataclass(frozen=True)
class DigestRow:
    """What a digest needs of one reminder and its prediction (read as plain
    values: a digest can hold a thousand of them)."""

    reminder_id: int  # 0 for the dry run's unsaved reminders
    stage: str
    round: int
    escalation: bool
    prediction_id: int
    claim: str
    claim_zh: str
    resolve_on: datetime.date
    speaker_name: str
    speaker_name_original: str
    state: str = ReminderState.PENDING
    delivery_id: int | None = None
    attempts: int = 0
    email: str = ""


DIGEST_ROW_VALUES = (
    "id", "stage", "round", "escalation", "prediction_id", "prediction__claim", "prediction__claim_zh",
    "prediction__resolve_on", "prediction__speaker__name", "prediction__speaker__name_original",
    "state", "delivery_id", "attempts", "email",
)  # fmt: skip


def digest_row(reminder: Reminder) -> DigestRow:
    """The same from a Reminder instance (the dry run's unsaved ones)."""
    prediction = reminder.prediction
    return DigestRow(
        reminder.pk or 0, reminder.stage, reminder.round, reminder.escalation, prediction.pk, prediction.claim,
        prediction.claim_zh, prediction.resolve_on, prediction.speaker.name, prediction.speaker.name_original,
        reminder.state, reminder.delivery_id, reminder.attempts, reminder.email,
    )  # fmt: skip


class AdminLinks:
    """Links to the admin pages where predictions are resolved (or proposals
    reviewed): two ``reverse()`` calls per digest instead of one per item."""

    MARK = 987654321  # stands in for the ids while the paths are reversed

    def __init__(self) -> None:
        mark, next_mark = str(self.MARK), str(self.MARK + 1)
        change = reverse("admin:predictions_prediction_change", args=[self.MARK])
        review = reverse("admin:predictions_prediction_review", args=[self.MARK, self.MARK + 1])
        self.change = settings.SITE_URL + change.replace(mark, "{prediction}")
        self.review = settings.SITE_URL + review.replace(next_mark, "{round}").replace(mark, "{prediction}")

    def for_row(self, row: DigestRow) -> str:
        if row.stage == "confirm":  # the round of a confirm reminder is the proposal's id
            return self.review.format(prediction=row.prediction_id, round=row.round)
        return self.change.format(prediction=row.prediction_id)


def digest_items(rows: list[DigestRow], language: str) -> list[DigestItem]:
    links = AdminLinks()
    items = []
    for row in sorted(rows, key=lambda r: (STAGE_ORDER[r.stage], r.resolve_on, r.prediction_id)):
        claim = row.claim_zh if language == "zh-hans" and row.claim_zh else row.claim
        speaker = row.speaker_name
        if language == "zh-hans" and row.speaker_name_original:
            speaker = f"{row.speaker_name_original} ({row.speaker_name})"
        items.append(
            DigestItem(
                prediction_id=row.prediction_id,
                claim=claim,
                speaker=speaker,
                resolve_on=row.resolve_on,
                stage=row.stage,
                round=row.round,
                escalation=row.escalation,
                link=links.for_row(row),
            )
        )
    return items


def message_id_for(recipient_id: int, reminder_ids: list[int]) -> str:
    digest = hashlib.sha256(",".join(map(str, sorted(reminder_ids))).encode()).hexdigest()[:24]
    host = urlsplit(settings.SITE_URL).hostname or "hindsight.invalid"
    return f"<reminders.{recipient_id}.{digest}@{host}>"


@dataclass
class _Claim:
    delivery: Delivery
    reminders: list[DigestRow]
    outcome: DigestOutcome
    content: RenderedEmail


def _claim(recipient_id: int, directory: RecipientDirectory) -> _Claim | None:
    now = timezone.now()
    user = get_user_model().objects.filter(pk=recipient_id).first()
    with transaction.atomic():
        rows = [
            DigestRow(*values)
            for values in Reminder.objects.select_for_update(skip_locked=True, of=("self",))
            .filter(claimable(now), recipient_id=recipient_id)
            .order_by("id")
            .values_list(*DIGEST_ROW_VALUES)
        ]
        if not rows:
            return None  # nothing left, or another sweep holds them
        stale = {row.delivery_id for row in rows if row.state == ReminderState.SENDING and row.delivery_id}
        Delivery.objects.filter(pk__in=stale, state=DeliveryState.SENDING).update(
            state=DeliveryState.INTERRUPTED,
            finished_at=now,
            error="The sender stopped before recording the result; the reminders were claimed again.",
        )
        email = getattr(user, "email", "") if user is not None and user.is_active else ""
        language = directory.language(recipient_id)
        name = (getattr(user, "first_name", "") or user.get_username()) if user is not None else ""
        items = digest_items(rows, language)
        content = render_digest(name=name, language=language, items=items, site_url=settings.SITE_URL)
        delivery = Delivery.objects.create(
            recipient_id=recipient_id,
            email=email or rows[0].email,
            language=language,
            subject=content.subject[:300],
            message_id=message_id_for(recipient_id, [row.reminder_id for row in rows]),
            item_count=len(rows),
            started_at=now,
        )
        Reminder.objects.filter(pk__in=[row.reminder_id for row in rows]).update(
            state=ReminderState.SENDING, claimed_at=now, delivery=delivery
        )
    outcome = DigestOutcome(
        recipient_id=recipient_id,
        username=user.get_username() if user is not None else f"user {recipient_id}",
        email=delivery.email,
        language=language,
        items=items,
        delivery_id=delivery.pk,
    )
    if not email:
        outcome.status, outcome.error = "failed", "The recipient is inactive or has no e-mail address."
    return _Claim(delivery=delivery, reminders=rows, outcome=outcome, content=content)


def _record_sent(claim: _Claim) -> None:
    now = timezone.now()
    with transaction.atomic():
        updated = Reminder.objects.filter(delivery=claim.delivery, state=ReminderState.SENDING).update(
            state=ReminderState.SENT, sent_at=now, last_error=""
        )
        Delivery.objects.filter(pk=claim.delivery.pk).update(state=DeliveryState.SENT, finished_at=now)
    if updated != len(claim.reminders):
        # Only possible when sending took longer than the claim timeout.
        logger.warning(
            "delivery %s: %s of %s reminders were reclaimed meanwhile", claim.delivery.pk, updated, len(claim.reminders)
        )


def _record_failure(claim: _Claim, error_text: str, permanent: bool, recipient_refused: bool) -> None:
    now = timezone.now()
    mine = Reminder.objects.filter(delivery=claim.delivery, state=ReminderState.SENDING)
    attempts = max(row.attempts for row in claim.reminders) + 1
    with transaction.atomic():
        if permanent or attempts >= MAX_ATTEMPTS:
            if not permanent:
                error_text = f"Gave up after {attempts} temporary failures. Last: {error_text}"
            mine.update(state=ReminderState.FAILED, attempts=F("attempts") + 1, last_error=error_text)
            Delivery.objects.filter(pk=claim.delivery.pk).update(
                state=DeliveryState.FAILED, finished_at=now, error=error_text
            )
            claim.outcome.status = "failed"
            if recipient_refused:
                ReviewerPreference.objects.update_or_create(
                    user_id=claim.outcome.recipient_id,
                    defaults={"email_disabled_at": now, "email_disabled_reason": error_text},
                )
        else:
            delay = backoff_seconds(attempts)
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
            claim.outcome.status, claim.outcome.retry_in = "retrying", delay
    claim.outcome.error = error_text


def digest_send(
    *, recipient_id: int, connection: BaseEmailBackend, directory: RecipientDirectory | None = None
) -> DigestOutcome | None:
    """Claim, send and record one digest for one reviewer (see the module's steps).

    None when nothing was claimable. SMTP and network errors do not
    propagate: they are recorded, and the outcome says "retrying" (with the
    delay) or "failed". Anything else (a bug, Celery's soft time limit) is
    recorded as a temporary failure and re-raised, so the sweep stops.
    """
    claim = _claim(recipient_id, directory or RecipientDirectory(extra_user_ids=[recipient_id]))
    if claim is None:
        return None
    if claim.outcome.status == "failed":
        _record_failure(claim, claim.outcome.error, permanent=True, recipient_refused=False)
        return claim.outcome
    try:
        connection.open()  # no-op when open: one SMTP session serves the whole sweep
        send_email(
            to=claim.outcome.email,
            content=claim.content,
            from_email=settings.DEFAULT_FROM_EMAIL,
            message_id=claim.delivery.message_id,
            headers={"X-Hindsight-Reminders": ",".join(str(row.reminder_id) for row in claim.reminders)},
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
