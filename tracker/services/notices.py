"""Tell a proposer that their proposal was confirmed or rejected, with the reason: once.

Two steps, like the reminders:

1. **record** (``notices_record``): the outbox relay hands over the events it publishes, in its
   transaction; ``prediction.resolved`` and the internal ``resolution.rejected`` each become one
   ``ProposalNotice`` for the proposer. The unique (resolution, kind) pair makes a second relay of
   the same event — or two relays at once — add nothing.
2. **send** (``notices_send``): each notice is claimed by a compare-and-set UPDATE that must touch
   one row (pending and past its back-off, or "sending" for longer than the claim timeout because
   its sender died), rendered in the proposer's language, sent over SMTP, and logged as sent; a
   temporary failure goes back to pending with a back-off, a permanent one (or the fifth failure)
   is failed with the error. The Message-ID is derived from the notice, so a resend after a crash
   between the send and the log carries the same one.
"""

from __future__ import annotations

import contextlib
import datetime
import logging
from collections.abc import Iterable
from urllib.parse import urlsplit

from django.conf import settings
from django.core.mail import get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone

from predictions.models import OutboxEvent, Resolution
from tracker.channels import RenderedEmail, classify_failure, render_email, send_email
from tracker.models import Language, ProposalNotice, ProposalNoticeKind, ProposalNoticeState, ReviewerPreference

logger = logging.getLogger(__name__)

NOTICE_FOR_EVENT = {
    "prediction.resolved": ProposalNoticeKind.CONFIRMED,
    "resolution.rejected": ProposalNoticeKind.REJECTED,
}
MAX_ATTEMPTS = 5
CLAIM_TIMEOUT = datetime.timedelta(minutes=10)


def notices_record(events: Iterable[OutboxEvent]) -> int:
    """One notice per confirmed or rejected proposal among ``events``; call it in the relay's transaction."""
    wanted: dict[int, str] = {}
    for event in events:
        kind = NOTICE_FOR_EVENT.get(event.event_type)
        resolution_id = event.payload.get("data", {}).get("resolution", {}).get("id")
        if kind is not None and isinstance(resolution_id, int):
            wanted[resolution_id] = kind
    if not wanted:
        return 0
    proposers = dict(Resolution.objects.filter(pk__in=wanted).values_list("pk", "proposed_by_id"))
    now = timezone.now()
    created = ProposalNotice.objects.bulk_create(
        [
            ProposalNotice(
                resolution_id=resolution_id,
                kind=kind,
                recipient_id=proposers[resolution_id],
                created_at=now,
                next_attempt_at=now,
            )
            for resolution_id, kind in wanted.items()
            if resolution_id in proposers
        ],
        ignore_conflicts=True,  # already recorded: the unique pair is the last word
    )
    return len(created)


def _claimable(now: datetime.datetime) -> Q:
    return Q(state=ProposalNoticeState.PENDING, next_attempt_at__lte=now) | Q(
        state=ProposalNoticeState.SENDING, claimed_at__lt=now - CLAIM_TIMEOUT
    )


def _claim(notice_id: int) -> ProposalNotice | None:
    now = timezone.now()
    claimed = ProposalNotice.objects.filter(_claimable(now), pk=notice_id).update(
        state=ProposalNoticeState.SENDING, claimed_at=now, attempts=F("attempts") + 1
    )
    if claimed != 1:
        return None  # another sender has it, or it is done
    return ProposalNotice.objects.select_related(
        "recipient", "resolution__prediction", "resolution__confirmed_by", "resolution__rejected_by"
    ).get(pk=notice_id)


def _person(user: object) -> str:
    return str(getattr(user, "first_name", "") or getattr(user, "get_username", lambda: "")())


def render_notice(notice: ProposalNotice, language: str) -> RenderedEmail:
    resolution = notice.resolution
    prediction = resolution.prediction
    site = settings.SITE_URL.rstrip("/")
    return render_email(
        f"proposal_{notice.kind}",
        language=language,
        context={
            "name": _person(notice.recipient),
            "claim": prediction.claim_zh if language == Language.CHINESE and prediction.claim_zh else prediction.claim,
            "resolution": resolution,
            "reviewer": _person(resolution.confirmed_by or resolution.rejected_by),
            "admin_url": site + reverse("admin:predictions_prediction_change", args=[prediction.pk]),
            "public_url": site + reverse("predictions:prediction", args=[prediction.pk, prediction.slug]),
            "site_url": site,
        },
    )


def message_id_for(notice: ProposalNotice) -> str:
    host = urlsplit(settings.SITE_URL).hostname or "hindsight.invalid"
    return f"<proposal.{notice.resolution_id}.{notice.kind}@{host}>"


def _finish(notice: ProposalNotice, *, sent: bool, error: str = "", permanent: bool = False) -> None:
    now = timezone.now()
    if sent:
        changes = {"state": ProposalNoticeState.SENT, "sent_at": now, "error": ""}
    elif permanent or notice.attempts >= MAX_ATTEMPTS:
        changes = {"state": ProposalNoticeState.FAILED, "error": error}
    else:  # back off: 2, 4, 8, 16 minutes
        delay = datetime.timedelta(minutes=2**notice.attempts)
        changes = {"state": ProposalNoticeState.PENDING, "error": error, "next_attempt_at": now + delay}
    ProposalNotice.objects.filter(pk=notice.pk, state=ProposalNoticeState.SENDING).update(**changes)


def notice_send(notice_id: int, connection: BaseEmailBackend) -> bool:
    """Claim, render, send and log one notice; False when it was not ours to send or failed."""
    notice = _claim(notice_id)
    if notice is None:
        return False
    preference = ReviewerPreference.objects.filter(user_id=notice.recipient_id).first()
    email = str(getattr(notice.recipient, "email", ""))
    if not email or not notice.recipient.is_active or (preference and preference.email_disabled_at):
        _finish(notice, sent=False, error="The proposer has no e-mail address we may use.", permanent=True)
        return False
    language = preference.language if preference else Language.ENGLISH.value
    try:
        connection.open()
        send_email(
            to=email,
            content=render_notice(notice, language),
            from_email=settings.DEFAULT_FROM_EMAIL,
            message_id=message_id_for(notice),
            headers={"X-Hindsight-Resolution": str(notice.resolution_id)},
            connection=connection,
        )
    except Exception as error:
        failure = classify_failure(error)
        logger.warning("proposal notice %s failed: %s", notice.pk, failure.text)
        with contextlib.suppress(Exception):
            connection.close()
        _finish(notice, sent=False, error=failure.text, permanent=failure.permanent)
        if not isinstance(error, OSError):  # a bug, not the mail server: let it show
            raise
        return False
    _finish(notice, sent=True)
    return True


def notices_send(*, connection: BaseEmailBackend | None = None, limit: int = 100) -> int:
    """Send the claimable notices, oldest first, over one SMTP session; returns how many were sent."""
    ids = list(
        ProposalNotice.objects.filter(_claimable(timezone.now())).order_by("id").values_list("pk", flat=True)[:limit]
    )
    if not ids:
        return 0
    connection = connection or get_connection(fail_silently=False)
    try:
        return sum(notice_send(notice_id, connection) for notice_id in ids)
    finally:
        connection.close()
