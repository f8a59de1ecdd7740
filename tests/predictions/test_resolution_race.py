"""Two reviewers confirm the same proposal at the same moment, on two real
PostgreSQL connections: exactly one wins, the other is told why."""

from __future__ import annotations

import datetime
import threading
import time
from collections.abc import Callable
from typing import Any

import pytest
from django.db import connection, transaction

from predictions import services
from predictions.errors import StateConflict
from predictions.models import OutboxEvent, Prediction, Resolution, ResolutionConfirmation, ResolutionState
from tests.factories import PredictionFactory, ReviewerFactory

TIMEOUT = 15  # seconds; only reached when the code under test is broken


def wait_until_blocked_by(waiting_pid: int, holding_pid: int) -> None:
    """Return once PostgreSQL reports ``waiting_pid`` waiting for a lock held by
    ``holding_pid``. The server offers no notification for this, so poll its view."""
    deadline = time.monotonic() + TIMEOUT
    with connection.cursor() as cursor:
        while time.monotonic() < deadline:
            cursor.execute("SELECT %s = ANY(pg_blocking_pids(%s))", [holding_pid, waiting_pid])
            if cursor.fetchone()[0]:
                return
            time.sleep(0.01)
    raise AssertionError(f"backend {waiting_pid} never waited for backend {holding_pid}'s lock")


def in_thread(name: str, outcomes: dict[str, Any], work: Callable[[], Any]) -> threading.Thread:
    """Run ``work`` on its own thread, hence its own database connection."""

    def run() -> None:
        try:
            outcomes[name] = work()
        except BaseException as error:  # reported by the test, not lost in the thread
            outcomes[name] = error
        finally:
            connection.close()

    thread = threading.Thread(target=run, name=name, daemon=True)
    thread.start()
    return thread


def backend_pid() -> int:
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        pid: int = cursor.fetchone()[0]
    return pid


@pytest.mark.django_db(transaction=True)
def test_two_reviewers_confirming_at_once_exactly_one_wins() -> None:
    ada, bao, chen = (ReviewerFactory.create(username=name) for name in ("ada", "bao", "chen"))
    prediction = PredictionFactory.create(resolve_on=datetime.date(2025, 1, 1))
    proposal = services.resolution_propose(
        prediction=prediction,
        outcome="unresolvable",
        rationale="The data source closed.",
        as_of=datetime.date(2025, 1, 1),
        by=ada,
    )

    # Bao confirms inside a transaction he keeps open (holding the proposal's
    # row lock) until Chen's confirmation is seen waiting for that lock.
    all_in_place = threading.Barrier(3, timeout=TIMEOUT)
    bao_may_commit = threading.Event()
    pids: dict[str, int] = {}
    outcomes: dict[str, Any] = {}

    def bao_confirms() -> Resolution:
        pids["bao"] = backend_pid()
        with transaction.atomic():
            confirmed = services.resolution_confirm(resolution=proposal, by=bao)
            all_in_place.wait()  # lock held, confirmation written, not committed
            assert bao_may_commit.wait(TIMEOUT), "never released"
        return confirmed

    def chen_confirms() -> Resolution:
        pids["chen"] = backend_pid()
        with connection.cursor() as cursor:
            cursor.execute("SET lock_timeout = '15s'")  # a broken lock order fails instead of hanging
        all_in_place.wait()
        return services.resolution_confirm(resolution=proposal, by=chen)

    threads = [in_thread("bao", outcomes, bao_confirms), in_thread("chen", outcomes, chen_confirms)]
    all_in_place.wait()
    wait_until_blocked_by(pids["chen"], pids["bao"])
    bao_may_commit.set()
    for thread in threads:
        thread.join(TIMEOUT)
        assert not thread.is_alive(), f"{thread.name} is stuck"

    won, lost = outcomes["bao"], outcomes["chen"]
    assert isinstance(won, Resolution), won
    assert won.state == ResolutionState.FINAL
    assert isinstance(lost, StateConflict), lost
    assert lost.message == "This resolution is already final; nothing to do."
    assert lost.http_status == 409

    final = Resolution.objects.get(state=ResolutionState.FINAL)
    assert (final.pk, final.confirmed_by, final.proposed_by) == (proposal.pk, bao, ada)
    assert Resolution.objects.filter(prediction=prediction).count() == 1
    assert list(ResolutionConfirmation.objects.values_list("reviewer__username", flat=True)) == ["bao"]
    assert Prediction.objects.get(pk=prediction.pk).final_resolution_id == proposal.pk
    assert OutboxEvent.objects.filter(event_type="prediction.resolved").count() == 1
