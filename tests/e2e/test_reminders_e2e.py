"""Reminders end to end with real processes: a ``celery worker`` subprocess,
Redis, PostgreSQL and an aiosmtpd sink on loopback. Each test owns its queue
name (or its own Redis), and every process it starts is killed in teardown.

What is asserted is what a reviewer sees: every owed reminder arrives at the
sink exactly once, and the log says "sent" for each.
"""

from __future__ import annotations

import datetime
import re
import threading
import time
import uuid
from collections import Counter
from collections.abc import Iterator

import pytest
import redis
from django.conf import settings
from django.contrib.auth.models import Group, User
from django.utils import timezone
from django_celery_beat.models import IntervalSchedule, PeriodicTask
from kombu.exceptions import OperationalError

from config.celery import app as celery_app
from predictions.models import Prediction
from tests.support.postgres import backend_pid, other_backends, terminate
from tests.support.processes import Processes, closed, free_port, wait_for
from tests.support.processes import test_database_url as url_of_the_test_database
from tests.support.smtp import FaultBeforeAccepting, SmtpSink, reminder_ids
from tests.tracker.helpers import predictions_in_bulk
from tracker.models import Delivery, DeliveryState, Reminder, ReminderState
from tracker.services.reminders.deliveries import CLAIMED_TOO_LONG_AGO
from tracker.tasks import sweep_reminders

# serialized_rollback: a flush by an earlier transactional test also empties what data
# migrations wrote (the Reviewers group, the beat schedule); this restores it.
pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

# Short enough that the new worker finds the killed worker's claim stale when it
# starts, and still far above the ~20 ms one digest takes here (production: 900 s).
CLAIM_TIMEOUT = "1"


@pytest.fixture
def queue() -> Iterator[str]:
    name = f"e2e-{uuid.uuid4().hex[:12]}"
    yield name
    # Leave nothing behind on the shared Redis: kombu keeps a queue as a list
    # under its name, and its bindings in two sets.
    redis.Redis.from_url(settings.CELERY_BROKER_URL).delete(
        name, f"_kombu.binding.{name}", f"_kombu.binding_permanent.{name}"
    )


def make_reviewers(prefix: str, count: int) -> list[User]:
    users = User.objects.bulk_create(
        [User(username=f"{prefix}{n}", email=f"{prefix}{n}@example.org", is_staff=True) for n in range(count)]
    )
    Group.objects.get(name=settings.HINDSIGHT_REVIEWERS_GROUP).user_set.add(*users)
    return users


def owed_predictions(count: int, reviewers: list[User], per_prediction: int = 1) -> list[Prediction]:
    """``count`` predictions due yesterday (real time: the worker does not share our clock),
    each assigned to ``per_prediction`` of ``reviewers`` in turn."""
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    return predictions_in_bulk(
        count, resolve_on=lambda n: yesterday, reviewers=reviewers, per_prediction=per_prediction
    )


def publish_sweep(queue: str, broker_url: str | None = None, retry: bool = True) -> None:
    """What beat does on a tick: put one sweep message on the broker."""
    with (
        celery_app.connection_for_write(broker_url or settings.CELERY_BROKER_URL) as connection,
        connection.Producer() as producer,
    ):
        sweep_reminders.apply_async(queue=queue, producer=producer, retry=retry)


def delivered_exactly_once(sink: SmtpSink) -> tuple[Counter[int], int]:
    counts = Counter(reminder_id for message in sink.handler.messages() for reminder_id in reminder_ids(message))
    duplicates = sum(count - 1 for count in counts.values())
    return counts, duplicates


def all_sent(expected: int) -> bool:
    return Reminder.objects.filter(state=ReminderState.SENT).count() == expected


def test_a_worker_killed_mid_sweep_loses_nothing_and_repeats_nothing(processes: Processes, queue: str) -> None:
    reviewers = make_reviewers("kill", 200)
    owed_predictions(200, reviewers)
    # A visibility timeout of 1 s lets the new worker take back the killed
    # worker's unacknowledged message as soon as it starts (production: 1 h).
    extra = {"HINDSIGHT_REMINDER_CLAIM_TIMEOUT": CLAIM_TIMEOUT, "CELERY_BROKER_VISIBILITY_TIMEOUT": "1"}

    with SmtpSink(hold_after=70) as sink:
        first, first_log = processes.worker(
            "first", queue=queue, broker_url=settings.CELERY_BROKER_URL, smtp_port=sink.port, extra_env=extra
        )
        publish_sweep(queue)
        # The 71st digest is held mid-DATA: the worker is inside the SMTP call.
        wait_for(sink.handler.holding.is_set, timeout=60, what="the sweep to reach the held digest")
        processes.kill(first)
        accepted_before_kill = sink.handler.count()
        wait_for(lambda: sink.handler.dropped == 1, timeout=10, what="the sink to drop the held message")
        # A sweep claims every digest before sending the first: the held one and the ones after it are
        # claimed, not sent, and wait for the claim timeout (SIGKILL leaves no time to put them back).
        assert Reminder.objects.filter(state=ReminderState.SENDING).count() == 200 - accepted_before_kill
        assert Reminder.objects.filter(state=ReminderState.SENT).count() == accepted_before_kill
        # Let the dead worker's claim (and so its broker delivery, which is older) pass the timeouts.
        wait_for(
            lambda: Reminder.objects.filter(
                state=ReminderState.SENDING, claimed_at__lt=timezone.now() - datetime.timedelta(seconds=1.5)
            ).exists(),
            timeout=10,
            what="the dead worker's claim to go stale",
        )

        # No new sweep is published: the killed task's unacknowledged message
        # comes back (acks_late) and the new worker finishes the job.
        _, second_log = processes.worker(
            "second", queue=queue, broker_url=settings.CELERY_BROKER_URL, smtp_port=sink.port, extra_env=extra
        )
        wait_for(lambda: sink.handler.count() >= 200 and all_sent(200), timeout=60, what="all 200 reminders sent")
        task_id = re.search(rb"sweep_reminders\[([0-9a-f-]+)\] received", first_log.read_bytes())
        assert task_id and task_id.group(1) in second_log.read_bytes(), "the killed task was not delivered again"

        counts, duplicates = delivered_exactly_once(sink)
        print(
            f"\n[kill test] accepted before SIGKILL: {accepted_before_kill}; messages at the sink: "
            f"{sink.handler.count()}; distinct reminders: {len(counts)}; duplicates: {duplicates}"
        )
        assert duplicates == 0
        assert set(counts) == set(Reminder.objects.values_list("pk", flat=True)) and len(counts) == 200
        assert sink.handler.count() == 200
        assert Counter(message["To"] for message in sink.handler.messages()).most_common(1)[0][1] == 1
        assert Delivery.objects.filter(state=DeliveryState.SENT).count() == 200
        # The dead worker's deliveries, each taken over once; with this test's short claim timeout the new
        # worker also gives back (and claims afresh) what it could not send within half of it.
        interrupted = Delivery.objects.filter(state=DeliveryState.INTERRUPTED)
        assert interrupted.filter(error__startswith="The sender stopped").count() == 200 - accepted_before_kill
        assert set(interrupted.exclude(error__startswith="The sender stopped").values_list("error", flat=True)) <= {
            CLAIMED_TOO_LONG_AGO
        }


def test_two_beats_trigger_sweeps_at_once_and_nothing_is_sent_twice(processes: Processes, queue: str) -> None:
    reviewers = make_reviewers("pair", 20)
    owed_predictions(100, reviewers, per_prediction=3)
    # The migration's sweep entry, routed to this test's queue and due every
    # second, so that both beats send it (a beat that starts after the other
    # one ran an hourly entry would see it done, as it should).
    every_second, _ = IntervalSchedule.objects.get_or_create(every=1, period=IntervalSchedule.SECONDS)
    PeriodicTask.objects.filter(task="tracker.sweep_reminders").update(
        queue=queue, exchange=queue, routing_key=queue, interval=every_second
    )
    # Only the sweep: other entries (the webhook relay every few seconds) would
    # add "Sending due task" lines that never reach this queue.
    PeriodicTask.objects.exclude(task="tracker.sweep_reminders").update(enabled=False)

    with SmtpSink() as sink:
        beats = [processes.beat(f"beat{n}", broker_url=settings.CELERY_BROKER_URL) for n in (1, 2)]
        broker = redis.Redis.from_url(settings.CELERY_BROKER_URL)

        def both_beats_published() -> bool:
            ticks = [beat_log.read_bytes().count(b"Sending due task") for _beat, beat_log in beats]
            # Beat logs a tick before publishing it: count what reached the queue.
            return min(ticks) >= 1 and broker.llen(queue) >= sum(ticks)

        wait_for(both_beats_published, timeout=60, what="both beats to publish a sweep")
        for beat, _beat_log in beats:
            processes.kill(beat)
        queued = broker.llen(queue)

        # The sweeps wait on the queue; a worker with two processes takes two at once.
        _, log = processes.worker(
            "pair", queue=queue, broker_url=settings.CELERY_BROKER_URL, smtp_port=sink.port, concurrency=2
        )
        wait_for(
            lambda: log.read_bytes().count(b" succeeded in ") == queued and all_sent(300),
            timeout=60,
            what=f"all {queued} sweeps to finish and 300 reminders to be sent",
        )
        # The first two were handed to the pool before either finished: they ran at the same time.
        lines = log.read_text().splitlines()
        received = [n for n, line in enumerate(lines) if "sweep_reminders[" in line and " received" in line]
        finished = [n for n, line in enumerate(lines) if "sweep_reminders[" in line and " succeeded in " in line]
        assert len(received) == queued >= 2 and received[1] < finished[0]

        counts, duplicates = delivered_exactly_once(sink)
        print(
            f"\n[two beats] sweeps: {queued}; messages: {sink.handler.count()}; reminders: {len(counts)}; "
            f"duplicates: {duplicates}"
        )
        assert duplicates == 0 and len(counts) == 300
        assert set(counts) == set(Reminder.objects.values_list("pk", flat=True))
        # Each reviewer hears at most once per sweep, and in practice once or twice.
        assert max(Counter(message["To"] for message in sink.handler.messages()).values()) <= 2


def test_redis_down_while_a_sweep_is_due_delays_and_never_loses(processes: Processes, queue: str) -> None:
    port = free_port()
    broker_url = f"redis://127.0.0.1:{port}/0"
    redis = processes.redis(port)
    reviewers = make_reviewers("outage", 3)
    owed_predictions(30, reviewers)

    with SmtpSink() as sink:
        _, log = processes.worker("outage", queue=queue, broker_url=broker_url, smtp_port=sink.port)
        processes.kill(redis)
        wait_for(lambda: closed(port), timeout=10, what="redis to stop")

        with pytest.raises(OperationalError):  # the beat tick that falls in the outage fails...
            publish_sweep(queue, broker_url, retry=False)
        assert sink.handler.count() == 0 and not Reminder.objects.exists()

        published = threading.Event()

        def beat() -> None:  # ...and beat keeps ticking until the broker is back
            while not published.is_set():
                try:
                    publish_sweep(queue, broker_url, retry=False)
                    published.set()
                except OperationalError:
                    time.sleep(0.5)

        ticker = threading.Thread(target=beat, daemon=True)
        ticker.start()
        time.sleep(3)  # the outage itself: Redis stays down for a few seconds
        processes.redis(port)
        wait_for(published.is_set, timeout=30, what="a sweep to be published after the outage")
        ticker.join(timeout=5)

        wait_for(lambda: sink.handler.count() >= 3 and all_sent(30), timeout=60, what="everything owed to arrive")
        publish_sweep(queue, broker_url)  # the next tick: nothing left to send
        wait_for(lambda: log.read_bytes().count(b"succeeded in") >= 2, timeout=30, what="the second sweep")

        counts, duplicates = delivered_exactly_once(sink)
        print(f"\n[redis outage] messages: {sink.handler.count()}; reminders: {len(counts)}; duplicates: {duplicates}")
        assert duplicates == 0 and len(counts) == 30 and sink.handler.count() == 3


def test_postgres_restarting_between_send_and_sent_repeats_nothing_and_delays_nothing(
    processes: Processes, queue: str
) -> None:
    """Issue 9, finding 13: the worker's PostgreSQL backends are ended after the 4th digest
    reached the server and before it answered 250 — the moment "sent" is written next."""
    reviewers = make_reviewers("restart", 10)
    owed_predictions(30, reviewers)
    database_url, ours = url_of_the_test_database(), backend_pid()
    ended: list[int] = []

    def restart() -> None:  # every connection but the test's own: the worker's
        ended.extend(terminate(database_url, other_backends(database_url, besides=[ours])))

    fault = FaultBeforeAccepting(4, restart)
    with SmtpSink(handler=fault) as sink:
        _, log = processes.worker("restart", queue=queue, broker_url=settings.CELERY_BROKER_URL, smtp_port=sink.port)
        started = time.monotonic()
        publish_sweep(queue)
        wait_for(lambda: sink.handler.count() >= 10 and all_sent(30), timeout=90, what="all 30 reminders sent")
        elapsed = time.monotonic() - started

        counts, duplicates = delivered_exactly_once(sink)
        print(
            f"\n[postgres restart] backends ended: {len(ended)}; messages: {sink.handler.count()}; "
            f"reminders: {len(counts)}; duplicates: {duplicates}; all sent after {elapsed:.1f} s"
        )
        assert fault.fault_ran.is_set() and ended  # the worker's connection was ended
        assert duplicates == 0 and len(counts) == 30 and sink.handler.count() == 10
        assert set(Delivery.objects.values_list("state", flat=True)) == {DeliveryState.SENT}
        assert Delivery.objects.count() == 10  # the interrupted digest was recorded once, as sent
        assert b"retrying on a new one" in log.read_bytes()
        assert elapsed < 60  # in the same task run: seconds, not the next hourly sweep
