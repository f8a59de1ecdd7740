"""The Celery tasks are thin, safe to repeat, and retry temporary failures."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.core import mail

from tests.tracker.helpers import due_prediction
from tracker.models import Reminder, ReminderState
from tracker.tasks import send_reminder_digest, sweep_reminders

pytestmark = pytest.mark.django_db


class RetryRequested(Exception):
    def __init__(self, countdown: int) -> None:
        self.countdown = countdown


def test_tasks_ack_late_and_have_time_limits_below_the_claim_timeout(settings: Any) -> None:
    for task in (sweep_reminders, send_reminder_digest):
        assert task.acks_late is True
        assert task.reject_on_worker_lost is True
        assert task.soft_time_limit is not None and task.time_limit is not None
        assert task.soft_time_limit < task.time_limit < settings.HINDSIGHT_REMINDER_CLAIM_TIMEOUT


def test_sweep_task_sends_and_reports(frozen_now: datetime.datetime, reviewer: User) -> None:
    due_prediction()

    result = sweep_reminders.apply().get()
    again = sweep_reminders.apply().get()

    assert result == {"owed": {"due": 1}, "reminders": 1, "due_events": 1, "sent": 1, "retrying": 0, "failed": 0}
    assert again["sent"] == 0 and len(mail.outbox) == 1


def test_sweep_task_queues_a_retry_for_a_temporary_failure(
    frozen_now: datetime.datetime, reviewer: User, settings: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings.EMAIL_BACKEND = "tests.tracker.helpers.AlwaysTemporaryFailure"
    due_prediction()
    queued: list[tuple[Any, dict[str, Any]]] = []
    monkeypatch.setattr(send_reminder_digest, "apply_async", lambda args, **options: queued.append((args, options)))

    result = sweep_reminders.apply().get()

    assert result["retrying"] == 1
    assert queued == [((reviewer.pk,), {"countdown": 60})]
    assert Reminder.objects.get().state == ReminderState.PENDING


def test_digest_task_asks_for_a_retry_after_the_backoff_then_sends(
    frozen_now: datetime.datetime, reviewer: User, settings: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What this proves: on a temporary failure the task asks Celery to retry after the
    database's back-off (the countdown it passes), and once the back-off has passed the
    retry sends, once. ``retry`` is replaced by a recorder here; the next test runs
    Celery's own retry, and the broker honouring a countdown is Celery's business."""
    import time_machine

    def fake_retry(countdown: int, **options: Any) -> Exception:
        return RetryRequested(countdown)

    monkeypatch.setattr(send_reminder_digest, "retry", fake_retry)
    due_prediction()
    sweep_reminders.apply()  # records the reminder and sends it: clear it to start from a pending row
    Reminder.objects.update(state=ReminderState.PENDING, next_attempt_at=frozen_now, attempts=0)
    mail.outbox.clear()

    settings.EMAIL_BACKEND = "tests.tracker.helpers.AlwaysTemporaryFailure"
    with pytest.raises(RetryRequested) as retry:
        send_reminder_digest(reviewer.pk)
    assert retry.value.countdown == 60

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    with time_machine.travel(frozen_now + datetime.timedelta(seconds=retry.value.countdown), tick=False):
        assert send_reminder_digest(reviewer.pk) == "sent"
        assert send_reminder_digest(reviewer.pk) == "nothing to send"
    assert len(mail.outbox) == 1
    assert Reminder.objects.get().attempts == 1


def test_the_retry_runs_through_celery(frozen_now: datetime.datetime, reviewer: User, settings: Any) -> None:
    """Celery's own retry (no recorder): ``apply`` runs the retry the task raised at once,
    ignoring the countdown, so the retry finds the reminder still backing off."""
    from tracker.models import Delivery, DeliveryState

    due_prediction()
    sweep_reminders.apply()
    Reminder.objects.update(state=ReminderState.PENDING, next_attempt_at=frozen_now, attempts=0)
    mail.outbox.clear()
    settings.EMAIL_BACKEND = "tests.tracker.helpers.AlwaysTemporaryFailure"

    result = send_reminder_digest.apply(args=(reviewer.pk,))

    assert result.get() == "nothing to send"  # the retry's answer: the first attempt raised Retry
    assert list(Delivery.objects.filter(state=DeliveryState.RETRYING).values_list("item_count", flat=True)) == [1]
    row = Reminder.objects.get()
    assert (row.state, row.attempts) == (ReminderState.PENDING, 1) and row.next_attempt_at > frozen_now
    assert mail.outbox == []


def test_a_claim_timeout_below_the_sweep_time_limit_is_flagged(settings: Any) -> None:
    from tracker.checks import claim_timeout_outlives_the_sweep

    assert claim_timeout_outlives_the_sweep() == []
    settings.HINDSIGHT_REMINDER_CLAIM_TIMEOUT = 60
    assert [message.id for message in claim_timeout_outlives_the_sweep()] == ["tracker.W001"]
