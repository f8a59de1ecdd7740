"""A sweep claims every reviewer's digest before it sends the first (``claims.digests_claim``): the
claims it cannot send safely go back to the queue at once — when the sweep is stopped by an error,
and when sending has taken so long that another sweep could take the claims over."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import Any

import pytest
import time_machine
from django.contrib.auth.models import User
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend as LocmemBackend
from django.utils import timezone

from tests.tracker.helpers import ScriptedBackend, due_prediction
from tracker.models import Delivery, DeliveryState, Reminder, ReminderState
from tracker.services.reminders.sweep import reminders_sweep

pytestmark = pytest.mark.django_db


def test_the_digests_after_one_that_stopped_the_sweep_wait_for_the_next_sweep_not_the_claim_timeout(
    frozen_now: datetime.datetime, reviewers: list[User]
) -> None:
    """A sweep claims every reviewer's digest before sending the first. If one stops it (an error
    that is not SMTP's), the ones it had not sent yet must go back to the queue at once: the next
    sweep, minutes later, sends them, instead of leaving them "sending" for the claim timeout."""
    ada, bao = reviewers
    due_prediction()

    with pytest.raises(RuntimeError, match="template exploded"):
        reminders_sweep(connection=ScriptedBackend(errors=[RuntimeError("template exploded")]))

    first, second = Delivery.objects.order_by("recipient_id")
    assert (first.recipient_id, first.state) == (ada.pk, DeliveryState.RETRYING)
    assert (second.recipient_id, second.state) == (bao.pk, DeliveryState.INTERRUPTED)
    waiting = Reminder.objects.get(recipient=bao)
    assert (waiting.state, waiting.attempts, waiting.claimed_at) == (ReminderState.PENDING, 0, None)

    with time_machine.travel(frozen_now + datetime.timedelta(seconds=1), tick=False):
        again = reminders_sweep()

    assert [(digest.username, digest.status) for digest in again.digests] == [("bao", "sent")]
    assert [message.to[0] for message in mail.outbox] == ["bao@example.org"]


class SlowRelay(LocmemBackend):
    """Locmem, but each message takes ``seconds`` of the (frozen) clock to hand over."""

    def __init__(self, seconds: float, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.seconds = seconds
        self.travels: list[Any] = []

    def send_messages(self, messages: Sequence[mail.EmailMessage]) -> int:
        travel = time_machine.travel(timezone.now() + datetime.timedelta(seconds=self.seconds), tick=False)
        travel.start()
        self.travels.append(travel)
        return super().send_messages(messages)

    def back_to_now(self) -> None:
        for travel in reversed(self.travels):
            travel.stop()


def test_claims_half_the_claim_timeout_old_are_claimed_afresh_before_they_are_sent(
    frozen_now: datetime.datetime, reviewers: list[User]
) -> None:
    """A sweep claims every digest before sending the first. If sending takes so long that the
    claims not sent yet are half the claim timeout old (900 s here), another sweep could soon take
    them over as stale and send them too: they go back to the queue and are claimed afresh first."""
    due_prediction()
    relay = SlowRelay(seconds=451)
    try:
        report = reminders_sweep(connection=relay)
    finally:
        relay.back_to_now()

    assert [(digest.username, digest.status) for digest in report.digests] == [("ada", "sent"), ("bao", "sent")]
    assert sorted(message.to[0] for message in mail.outbox) == ["ada@example.org", "bao@example.org"]
    assert sorted(Reminder.objects.values_list("state", flat=True)) == ["sent", "sent"]
    ada, bao = reviewers
    assert list(Delivery.objects.filter(recipient=ada).values_list("state", flat=True)) == [DeliveryState.SENT]
    first, again = Delivery.objects.filter(recipient=bao).order_by("started_at")
    assert (first.state, again.state) == (DeliveryState.INTERRUPTED, DeliveryState.SENT)
    assert "claimed again" in first.error
    assert again.started_at == frozen_now + datetime.timedelta(seconds=451)
