"""A broker outage delays a webhook, never loses it (real worker, beat and Redis).

A private redis-server is the broker of a real Celery worker and beat,
both on the test database. Redis is stopped; a prediction is resolved (the
on-commit relay trigger fails and is only logged; the outbox row waits);
Redis comes back; beat's periodic relay publishes the row and the worker
delivers it — once — to a real HTTP receiver on loopback.
"""

from __future__ import annotations

import datetime
import logging
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.contrib.auth.models import User

from config.celery import app as celery_app
from predictions import services
from predictions.models import OutboxEvent
from tests.factories import PredictionFactory, ResolutionFactory
from tests.tracker.processes import celery_env, celery_processes, private_redis, use_broker
from tests.tracker.receiver import running_receiver, verify_signature
from tracker.models import WebhookDelivery, WebhookDeliveryState
from tracker.services import webhooks

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def web_side_broker() -> Iterator[None]:
    original = celery_app.conf.broker_url
    try:
        yield
    finally:
        use_broker(original)


def test_resolved_while_redis_is_down_is_delivered_once_it_is_back(
    reviewer: User,
    second_reviewer: User,
    integrator: User,
    tmp_path: Path,
    web_side_broker: None,
    caplog: pytest.LogCaptureFixture,
    settings,
) -> None:
    settings.WEBHOOKS_ALLOW_PRIVATE_TARGETS = True
    with running_receiver() as receiver, private_redis() as broker:
        endpoint = webhooks.webhook_endpoint_register(
            owner=integrator, url=receiver.url, events=["prediction.resolved"]
        )
        proposal = ResolutionFactory.create(
            prediction=PredictionFactory.create(resolve_on=datetime.date(2025, 6, 1)), proposed_by=second_reviewer
        )
        env = celery_env(broker.url, WEBHOOKS_ALLOW_PRIVATE_TARGETS="true")
        use_broker(broker.url)
        with celery_processes(env, tmp_path):
            broker.stop()
            with caplog.at_level(logging.WARNING, logger="tracker.signals"):
                services.resolution_confirm(resolution=proposal, by=reviewer)  # commits; the trigger fails

            event = OutboxEvent.objects.get(event_type="prediction.resolved")
            assert event.published_at is None and receiver.requests == []
            assert "relay not queued" in caplog.text

            broker.start()  # same port: worker and beat reconnect
            arrived = receiver.wait_for(1, timeout=120)
            logs = "\n".join(path.read_text(errors="replace")[-3000:] for path in tmp_path.glob("*.log"))
            assert arrived, f"no delivery after Redis came back\n{logs}"
            # Beat keeps relaying every 5 s; give it two more rounds to prove nothing comes twice.
            time.sleep(12)

    [request] = receiver.requests
    assert verify_signature(endpoint.secret, request)
    event.refresh_from_db()
    assert event.published_at is not None
    delivery = WebhookDelivery.objects.get()
    assert delivery.state == WebhookDeliveryState.SUCCEEDED and delivery.webhook_id == request.headers["webhook-id"]
