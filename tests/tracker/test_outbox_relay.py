"""The outbox relay: one delivery per event and subscribed endpoint, published
in the same transaction, safe when relays run at once."""

from __future__ import annotations

import threading

import pytest
from django.contrib.auth.models import User
from django.db import connection

from predictions.models import OutboxEvent
from predictions.signals import outbox_committed
from tests.factories import PredictionFactory
from tests.support.processes import Processes, free_port, web_side_broker
from tracker.models import WebhookDelivery, WebhookEndpoint
from tracker.services import webhook_http
from tracker.services.outbox_relay import outbox_relay


def endpoint(owner: User, events: list[str], active: bool = True) -> WebhookEndpoint:
    return WebhookEndpoint.objects.create(
        owner=owner,
        url="https://hooks.example.org/h",
        events=events,
        secret=webhook_http.new_secret(),
        is_active=active,
    )


@pytest.mark.django_db
def test_fan_out_follows_subscriptions_and_stamps_published(integrator: User) -> None:
    everything = endpoint(integrator, ["prediction.created", "prediction.updated"])
    created_only = endpoint(integrator, ["prediction.created"])
    endpoint(integrator, ["prediction.created"], active=False)
    prediction = PredictionFactory.create()
    OutboxEvent.objects.create(event_type="prediction.created", payload={"data": {}}, prediction=prediction)
    OutboxEvent.objects.create(event_type="prediction.updated", payload={"data": {}}, prediction=prediction)
    OutboxEvent.objects.create(event_type="prediction.due", payload={"data": {}}, prediction=prediction)

    result = outbox_relay()

    assert result.events == 3 and len(result.delivery_ids) == 3
    pairs = set(WebhookDelivery.objects.values_list("endpoint_id", "event_type"))
    assert pairs == {
        (everything.pk, "prediction.created"),
        (everything.pk, "prediction.updated"),
        (created_only.pk, "prediction.created"),
    }
    assert not OutboxEvent.objects.filter(published_at__isnull=True).exists()
    assert outbox_relay().events == 0  # nothing twice


@pytest.mark.django_db
def test_events_about_non_public_predictions_go_nowhere(integrator: User) -> None:
    endpoint(integrator, ["prediction.created"])
    OutboxEvent.objects.create(event_type="prediction.created", payload={"data": {"prediction": {"is_public": False}}})

    result = outbox_relay()

    assert result.events == 1 and result.delivery_ids == []
    assert OutboxEvent.objects.get().published_at is not None


@pytest.mark.django_db
def test_the_signal_fires_only_after_commit(django_capture_on_commit_callbacks) -> None:
    heard: list[int] = []

    def listener(sender: object, event_id: int, **kwargs: object) -> None:
        heard.append(event_id)

    outbox_committed.connect(listener)
    try:
        with django_capture_on_commit_callbacks(execute=True) as callbacks:
            PredictionFactory.create()
            from predictions.models import Prediction
            from predictions.outbox import outbox_emit

            event = outbox_emit(event_type="prediction.created", prediction=Prediction.objects.get())
            assert heard == []  # not before the commit
    finally:
        outbox_committed.disconnect(listener)

    assert heard == [event.pk] and len(callbacks) >= 1


@pytest.mark.django_db(transaction=True)
def test_two_relays_at_once_deliver_each_event_once(integrator: User) -> None:
    endpoint(integrator, ["prediction.created"])
    OutboxEvent.objects.bulk_create(
        OutboxEvent(event_type="prediction.created", payload={"data": {}}) for _ in range(60)
    )
    start = threading.Barrier(2)
    errors: list[BaseException] = []

    def relay() -> None:
        try:
            start.wait(timeout=10)
            while outbox_relay(batch_size=7).events:
                pass
        except BaseException as error:  # reported below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=relay) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert errors == []
    assert WebhookDelivery.objects.count() == 60
    assert WebhookDelivery.objects.values("event_id").distinct().count() == 60
    assert not OutboxEvent.objects.filter(published_at__isnull=True).exists()


@pytest.mark.django_db
@pytest.mark.parametrize("broker", ["refusing", "silent"])
def test_with_the_broker_down_the_on_commit_trigger_gives_up_within_seconds(
    broker: str,
    reviewer: User,
    second_reviewer: User,
    django_capture_on_commit_callbacks,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Issue 9, finding 15: the publish is a best-effort nudge (the beat relay is the backstop), but it
    retried the connection for ~6 s (and waited forever on a broker that accepts and never answers),
    inside every resolution's request."""
    import datetime
    import logging
    import socket
    import time

    from predictions import services
    from tests.factories import ResolutionFactory

    silent = socket.socket()  # accepts connections (the kernel's backlog) and never answers
    silent.bind(("127.0.0.1", 0))
    silent.listen(16)
    port = silent.getsockname()[1] if broker == "silent" else free_port()
    proposal = ResolutionFactory.create(
        prediction=PredictionFactory.create(resolve_on=datetime.date(2025, 6, 1)), proposed_by=second_reviewer
    )
    with web_side_broker(f"redis://127.0.0.1:{port}/0"), caplog.at_level(logging.WARNING, "tracker.signals"):
        with django_capture_on_commit_callbacks() as callbacks:
            services.resolution_confirm(resolution=proposal, by=reviewer)
        finished = threading.Event()
        started = time.monotonic()

        def run_callbacks() -> None:
            for callback in callbacks:
                callback()
            finished.set()

        threading.Thread(target=run_callbacks, daemon=True).start()
        finished.wait(timeout=30)
        elapsed = time.monotonic() - started
    silent.close()

    assert finished.is_set() and elapsed < 3, f"the request waited {elapsed:.1f} s on a broker that is down"
    assert "relay not queued now" in caplog.text
    assert OutboxEvent.objects.filter(event_type="prediction.resolved", published_at__isnull=True).count() == 1


def test_with_the_broker_up_the_trigger_queues_one_relay_run(processes: Processes) -> None:
    """The bounded publish still publishes (a private Redis as the broker, its queue read back)."""
    import json

    import redis

    from tracker.signals import relay_soon

    port = free_port()
    processes.redis(port)
    with web_side_broker(f"redis://127.0.0.1:{port}/0"):
        relay_soon(sender=OutboxEvent, event_id=1)
        queued = redis.Redis(port=port).lrange("celery", 0, -1)

    assert [json.loads(message)["headers"]["task"] for message in queued] == ["tracker.relay_outbox"]
