"""Claiming digests: which owed reminders each reviewer's next digest lists, taken by one sweep only.

``digests_claim`` claims the digests of every reviewer with claimable reminders (or of the ones
asked for) in one transaction:

1. **lock** each reviewer's owed reminders (``FOR UPDATE SKIP LOCKED``, one statement for all
   reviewers) and keep the most urgent claimable ones (``urgency_order_by``), as many as a digest
   lists (``HINDSIGHT_REMINDER_DIGEST_MAX_ITEMS``; the rest wait for the next sweeps). A concurrent
   sweep skips rows locked here and, after the commit, no longer matches them: each row is claimed
   by exactly one sweep;
2. **render** each digest (``digests``) in its reviewer's language, with the size of the reviewer's
   whole queue (its "and N more": the owed rows the same statement read);
3. **write** a ``Delivery`` ("sending") per digest and its reminders "sending" under it, one
   statement for all (``deliveries.deliveries_claim``); commit.

Claimable: pending and past their back-off, or "sending" for longer than
``HINDSIGHT_REMINDER_CLAIM_TIMEOUT`` (their sender died; its delivery is marked interrupted).
``sending`` then sends the claimed digests one by one.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import BooleanField, ExpressionWrapper, Q, QuerySet
from django.utils import timezone

from tracker.channels import RenderedEmail
from tracker.models import Delivery, DeliveryState, Reminder, ReminderState
from tracker.services.reminders.compiled import rows_at
from tracker.services.reminders.deliveries import deliveries_claim
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


def owed() -> Q:
    """Reminders still owed: not sent (nor failed for good), about a prediction still unresolved.

    One resolved while its reminder waited its turn (a digest lists only so
    many) owes nothing any more: it is left pending and never sent.
    """
    return Q(state__in=(ReminderState.PENDING, ReminderState.SENDING), prediction__final_resolution__isnull=True)


def owed_to(recipient_id: int) -> QuerySet[Reminder]:
    """The reviewer's queue: what the digests' "and N more" counts and links."""
    return Reminder.objects.filter(owed(), recipient_id=recipient_id)


def claimable(now: datetime.datetime) -> Q:
    stale_before = now - datetime.timedelta(seconds=settings.HINDSIGHT_REMINDER_CLAIM_TIMEOUT)
    return owed() & (
        Q(state=ReminderState.PENDING, next_attempt_at__lte=now)
        | Q(state=ReminderState.SENDING, claimed_at__lt=stale_before)
    )


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
class Claim:
    """One claimed digest: its delivery row, the reminders it lists, what it says, how it went."""

    delivery: Delivery
    reminders: list[DigestRow]
    outcome: DigestOutcome
    content: RenderedEmail


def _owed_rows_locked(now: datetime.datetime) -> QuerySet[Reminder, tuple[Any, ...]]:
    """Every owed reminder, locked unless another sweep holds it, in each reviewer's urgency order: its
    recipient, whether it is claimable at ``now``, and what a digest shows of it (``DigestRow``)."""
    return (
        Reminder.objects.select_for_update(skip_locked=True, of=("self",))
        .filter(owed())
        .annotate(is_claimable=ExpressionWrapper(claimable(now), output_field=BooleanField()))
        .order_by("recipient_id", *urgency_order_by())
        .values_list("recipient_id", "is_claimable", *DIGEST_ROW_VALUES)
    )


def _lock_first(
    now: datetime.datetime, recipient_ids: Collection[int] | None
) -> tuple[dict[int, list[DigestRow]], dict[int, int]]:
    """Per reviewer, their most urgent claimable reminders (a digest's worth), locked, most urgent
    first; and how many reminders each is owed in all (``owed_to``: the digest's "and N more").

    One statement for every reviewer: all their owed rows locked (``FOR UPDATE SKIP LOCKED``) in
    urgency order, each saying whether it is claimable; the first claimable ones of each reviewer
    are kept, the others stay as they were. A row another sweep is claiming at that very moment is
    skipped, so that reviewer's "and N more" misses it: a count, never a claim.

    Ranking per reviewer in SQL (a window) cannot be combined with a lock in one statement:
    ranking, then locking the first ones by id, costs a statement more, and as one statement (the
    ranking a subquery) PostgreSQL, which cannot know how many rows a sweep has just inserted, ran
    the ranking once per reminder."""
    if recipient_ids is None:  # a sweep: every reviewer; its SQL compiled once (``compiled``, PostgreSQL)
        rows = rows_at(_owed_rows_locked, now)
    else:
        rows = list(_owed_rows_locked(now).filter(recipient_id__in=recipient_ids))
    cap = settings.HINDSIGHT_REMINDER_DIGEST_MAX_ITEMS
    by_recipient: dict[int, list[DigestRow]] = defaultdict(list)
    queue_sizes: dict[int, int] = defaultdict(int)
    for recipient_id, is_claimable, *values in rows:
        queue_sizes[recipient_id] += 1
        if is_claimable and len(listed := by_recipient[recipient_id]) < cap:
            listed.append(DigestRow(*values))
    return {recipient_id: listed for recipient_id, listed in by_recipient.items() if listed}, queue_sizes


def _digest(
    recipient_id: int, rows: list[DigestRow], more: int, directory: RecipientDirectory, now: datetime.datetime
) -> Claim:
    person = directory.users.get(recipient_id)  # None: the account was deleted
    email = person.email if person is not None and person.is_active else ""
    language = directory.language(recipient_id)
    name = (person.first_name or person.username) if person is not None else ""
    items = digest_items(rows, language)
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
    outcome = DigestOutcome(
        recipient_id=recipient_id,
        username=person.username if person is not None else f"user {recipient_id}",
        email=delivery.email,
        language=language,
        items=items,
        more=more,
    )
    if not email:
        outcome.status, outcome.error = DigestStatus.FAILED, "The recipient is inactive or has no e-mail address."
    return Claim(delivery=delivery, reminders=rows, outcome=outcome, content=content)


def digests_claim(*, recipient_ids: Collection[int] | None, directory: RecipientDirectory) -> list[Claim]:
    """Claim the next digest of each reviewer in ``recipient_ids`` (None: of every reviewer with
    claimable reminders), in one transaction; the claims by reviewer id. Steps: see the module.
    Every digest is rendered inside it: one that cannot be rendered (a bug) claims none."""
    now = timezone.now()
    with transaction.atomic():
        by_recipient, sizes = _lock_first(now, recipient_ids)
        if not by_recipient:
            return []  # nothing left, or another sweep holds them
        directory.include(by_recipient)
        stale = {
            row.delivery_id
            for rows in by_recipient.values()
            for row in rows
            if row.state == ReminderState.SENDING and row.delivery_id
        }
        if stale:  # usually none: not even a query to compile
            Delivery.objects.filter(pk__in=stale, state=DeliveryState.SENDING).update(
                state=DeliveryState.INTERRUPTED,
                finished_at=now,
                error="The sender stopped before recording the result; the reminders were claimed again.",
            )
        claims = [
            _digest(recipient_id, rows, sizes[recipient_id] - len(rows), directory, now)
            for recipient_id, rows in sorted(by_recipient.items())
        ]
        deliveries_claim([(claim.delivery, [row.reminder_id for row in claim.reminders]) for claim in claims])
    for claim in claims:
        claim.outcome.delivery_id = claim.delivery.pk
    return claims
