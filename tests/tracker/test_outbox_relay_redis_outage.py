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
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.contrib.auth.models import User

from config.celery import app as celery_app
from predictions import services
from predictions.models import OutboxEvent
from tests.factories import PredictionFactory, ResolutionFactory
from tests.support.processes import Processes, closed, free_port, use_broker, wait_for
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
    processes: Processes,
    web_side_broker: None,
    caplog: pytest.LogCaptureFixture,
    settings,
) -> None:
    settings.WEBHOOKS_ALLOW_PRIVATE_TARGETS = True
    port = free_port()
    broker_url = f"redis://127.0.0.1:{port}/0"
    # The broker only is private: the processes keep the shared cache they would have.
    extra_env = {"WEBHOOKS_ALLOW_PRIVATE_TARGETS": "true", "REDIS_URL": os.environ.get("REDIS_URL", "")}
    with running_receiver() as receiver:
        endpoint = webhooks.webhook_endpoint_register(
            owner=integrator, url=receiver.url, events=["prediction.resolved"]
        )
        proposal = ResolutionFactory.create(
            prediction=PredictionFactory.create(resolve_on=datetime.date(2025, 6, 1)), proposed_by=second_reviewer
        )
        redis_server = processes.redis(port)
        use_broker(broker_url)
        processes.worker("relay", queue="celery", broker_url=broker_url, smtp_port=1, extra_env=extra_env)
        processes.beat("beat", broker_url=broker_url)
        processes.kill(redis_server)
        wait_for(lambda: closed(port), timeout=10, what="redis to stop")
        with caplog.at_level(logging.WARNING, logger="tracker.signals"):
            services.resolution_confirm(resolution=proposal, by=reviewer)  # commits; the trigger fails

        event = OutboxEvent.objects.get(event_type="prediction.resolved")
        assert event.published_at is None and receiver.requests == []
        assert "relay not queued" in caplog.text

        processes.redis(port)  # same port: worker and beat reconnect
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
