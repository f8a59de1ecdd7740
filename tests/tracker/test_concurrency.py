"""Two sweeps at the same moment, in two threads with their own PostgreSQL
connections: every reminder is recorded once and e-mailed once."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest
import time_machine
from django.core import mail
from django.db import connection

from predictions.models import OutboxEvent
from tests.conftest import FIXED_UTC
from tests.factories import ReviewerFactory
from tests.tracker.helpers import due_prediction, reminder_ids_in
from tracker.models import Reminder, ReminderRound, ReminderState
from tracker.services.reminders.sweep import SweepReport, reminders_sweep


def run_together(target: Callable[[], Any], count: int) -> list[Any]:
    """Start ``count`` threads at one barrier; return their results (or raise their error)."""
    barrier = threading.Barrier(count)
    results: list[Any] = []
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            barrier.wait(timeout=10)
            results.append(target())
        except BaseException as error:  # surfaced in the test below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not any(thread.is_alive() for thread in threads), "a sweep hung"
    if errors:
        raise errors[0]
    return results


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_sweeps_in_parallel_send_each_reminder_once() -> None:
    reviewers = [ReviewerFactory.create(username=f"reviewer{n}") for n in range(6)]
    predictions = [due_prediction(days_ago=n % 20) for n in range(40)]
    for index, prediction in enumerate(predictions):
        prediction.reviewers.set(reviewers[index % 3 : index % 3 + 3])

    with time_machine.travel(FIXED_UTC, tick=False):
        reports: list[SweepReport] = run_together(reminders_sweep, 2)

    sent_ids = Counter(reminder_id for message in mail.outbox for reminder_id in reminder_ids_in(message))
    all_rows = Reminder.objects.all()
    assert all_rows.count() == 40 * 3
    assert set(sent_ids) == set(all_rows.values_list("pk", flat=True))
    assert max(sent_ids.values()) == 1, "a reminder was e-mailed twice"
    assert set(all_rows.values_list("state", flat=True)) == {ReminderState.SENT}
    # Every reviewer heard, at most once per sweep: when one sweep claims a
    # reviewer's rows while the other is still recording more for them, the
    # rest goes out in the other sweep's digest — different reminders, never the same twice.
    per_reviewer = Counter(message.to[0] for message in mail.outbox)
    assert set(per_reviewer) == {f"reviewer{n}@example.org" for n in range(5)}
    assert max(per_reviewer.values()) <= 2
    assert sum(len(report.digests) for report in reports) == len(mail.outbox)
    assert ReminderRound.objects.filter(reminded=True).count() == 40
    assert OutboxEvent.objects.filter(event_type="prediction.due").count() == 40
