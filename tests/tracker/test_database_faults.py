"""The reminder path through a PostgreSQL restart (issue 9, finding 13).

The fault is real: ``pg_terminate_backend`` ends the server process behind the
sweep's connection, as a restart or a failover does. Transactional tests, so the
sweep runs on a connection of its own (not inside the test's transaction) that
can be ended and replaced.
"""

from __future__ import annotations

import time
from collections import Counter
from typing import Any

import pytest
from celery.signals import task_retry
from django.contrib.auth.models import User
from django.core import mail
from django.db import OperationalError

from tests.factories import ReviewerFactory
from tests.support.postgres import backend_pid, terminate
from tests.support.processes import test_database_url as url_of_the_test_database
from tests.support.smtp import FaultBeforeAccepting, SmtpSink, reminder_ids
from tests.tracker.helpers import due_prediction, send_through
from tracker.models import Delivery, DeliveryState, Reminder, ReminderState
from tracker.tasks import sweep_reminders

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def reviewers() -> list[User]:
    """Three reviewers, each assigned two due predictions of their own: three digests."""
    people = [ReviewerFactory.create(username=name) for name in ("ada", "bao", "chen")]
    for person in people:
        for days_ago in (1, 2):
            due_prediction(days_ago=days_ago).reviewers.set([person])
    return people


@pytest.fixture
def retries() -> Any:
    """The countdowns of the retries Celery was asked for."""
    asked: list[float] = []

    def record(sender: Any = None, reason: Any = None, **kwargs: Any) -> None:
        asked.append(reason.when)

    task_retry.connect(record, weak=False)
    yield asked
    task_retry.disconnect(record)


def test_sent_is_recorded_on_a_fresh_connection_when_postgres_restarts_mid_digest(
    reviewers: list[User], settings: Any, retries: list[float]
) -> None:
    database_url = url_of_the_test_database()
    sweep_connection = backend_pid()
    ended: list[int] = []
    # The second digest reaches the server; before the server answers 250, the
    # sweep's PostgreSQL backend is ended. "Sent" is written next, on a dead connection.
    handler = FaultBeforeAccepting(2, lambda: ended.extend(terminate(database_url, [sweep_connection])))
    started = time.monotonic()

    with SmtpSink(handler=handler) as sink:
        send_through(settings, sink)
        result = sweep_reminders.apply()

    assert ended == [sweep_connection] and backend_pid() != sweep_connection  # the fault happened
    assert result.successful(), result.traceback
    assert result.get()["sent"] == 3 and retries == []  # the same task run finished the job...
    assert time.monotonic() - started < 30  # ...within seconds
    sent = Counter(rid for message in sink.handler.messages() for rid in reminder_ids(message))
    assert sink.handler.count() == 3 and len(sent) == 6 and max(sent.values()) == 1  # no digest twice
    assert Counter(Reminder.objects.values_list("state", flat=True)) == {ReminderState.SENT: 6}
    interrupted = Delivery.objects.get(recipient__username=reviewers[1].username)  # one delivery, recorded once
    assert interrupted.state == DeliveryState.SENT
    assert Counter(Delivery.objects.values_list("state", flat=True)) == {DeliveryState.SENT: 3}


def test_a_sweep_that_dies_on_a_database_error_is_retried_with_backoff(
    reviewers: list[User], retries: list[float]
) -> None:
    sweep_connection = backend_pid()
    terminate(url_of_the_test_database(), [sweep_connection])  # PostgreSQL restarted between two sweeps

    result = sweep_reminders.apply()  # Celery runs a retry at once here, whatever its countdown

    assert retries == [10]  # retried by Celery with back-off, not left to the next hourly sweep
    assert result.successful(), result.traceback
    assert result.get()["sent"] == 3 and len(mail.outbox) == 3
    assert Counter(Reminder.objects.values_list("state", flat=True)) == {ReminderState.SENT: 6}


def test_a_database_that_stays_down_is_retried_a_bounded_number_of_times(
    retries: list[float], monkeypatch: pytest.MonkeyPatch
) -> None:
    from tracker.tasks import reminders as tasks

    def down(**kwargs: Any) -> None:
        raise OperationalError("connection to server at 127.0.0.1, port 5432 failed: Connection refused")

    monkeypatch.setattr(tasks, "reminders_sweep", down)

    result = sweep_reminders.apply()

    assert result.failed() and isinstance(result.result, OperationalError)
    assert retries == [10, 20, 40, 80, 160, 300, 300, 300]  # then the next beat takes over


def test_the_write_after_a_send_gives_up_after_its_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    """Bounded: a database down for longer than the waits fails the write, and the task retries
    the sweep (above) — the write does not spin for ever."""
    from tracker.services.reminders import sending

    monkeypatch.setattr(sending, "RECORD_RETRY_WAITS", (0, 0))
    tries: list[int] = []

    def down() -> None:
        tries.append(backend_pid())  # each try on a new connection
        raise OperationalError("terminating connection due to administrator command")

    with pytest.raises(OperationalError):
        sending._on_a_fresh_connection(down, what="a test write")
    assert len(tries) == 3 and len(set(tries)) == 3
