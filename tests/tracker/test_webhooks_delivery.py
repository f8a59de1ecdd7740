"""Webhook deliveries end to end over real HTTP on loopback: signed, retried
under one webhook-id, never twice once accepted, disabled after failures."""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterator

import pytest
from django.contrib.auth.models import User
from django.core import mail
from django.utils import timezone

from predictions import services
from predictions.models import OutboxEvent
from tests.factories import PredictionFactory, ResolutionFactory
from tests.tracker.receiver import Receiver, running_receiver, verify_signature
from tracker.models import WebhookAttempt, WebhookDelivery, WebhookDeliveryState, WebhookEndpoint
from tracker.services import webhooks
from tracker.services.outbox_relay import outbox_relay

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def loopback_allowed(settings) -> None:
    settings.WEBHOOKS_ALLOW_PRIVATE_TARGETS = True  # the receiver is on 127.0.0.1


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    with running_receiver() as running:
        yield running


def register(owner: User, url: str, events: list[str] | None = None) -> WebhookEndpoint:
    return webhooks.webhook_endpoint_register(owner=owner, url=url, events=events or ["prediction.resolved"])


def resolve_a_prediction(reviewer: User, second_reviewer: User) -> None:
    proposal = ResolutionFactory.create(
        prediction=PredictionFactory.create(resolve_on=datetime.date(2025, 6, 1)), proposed_by=second_reviewer
    )
    services.resolution_confirm(resolution=proposal, by=reviewer)


def attempt_all_due(now: datetime.datetime) -> int:
    due = webhooks.webhook_deliveries_due(now=now)
    for delivery_id in due:
        webhooks.webhook_delivery_attempt(delivery_id=delivery_id, now=now)
    return len(due)


def test_a_resolution_reaches_the_receiver_signed_and_versioned(
    receiver: Receiver, integrator: User, reviewer: User, second_reviewer: User, frozen_now
) -> None:
    endpoint = register(integrator, receiver.url)
    resolve_a_prediction(reviewer, second_reviewer)

    relayed = outbox_relay()
    outcome = webhooks.webhook_delivery_attempt(delivery_id=relayed.delivery_ids[0])

    assert outcome.succeeded and len(relayed.delivery_ids) == 1
    [request] = receiver.requests
    assert verify_signature(endpoint.secret, request)
    assert request.headers["webhook-id"].startswith("msg_") and request.headers["content-type"] == "application/json"
    assert int(request.headers["webhook-timestamp"]) == int(frozen_now.timestamp())
    payload = json.loads(request.body)
    assert payload["type"] == "prediction.resolved" and payload["version"] == 1
    assert payload["data"]["prediction"]["status"] == "resolved" and payload["data"]["resolution"]["state"] == "final"
    delivery = WebhookDelivery.objects.get()
    assert delivery.state == WebhookDeliveryState.SUCCEEDED and delivery.webhook_id == request.headers["webhook-id"]
    assert OutboxEvent.objects.filter(published_at__isnull=True).count() == 0


def test_a_tampered_body_fails_verification(receiver: Receiver, integrator: User) -> None:
    endpoint = register(integrator, receiver.url, ["prediction.created"])
    delivery = webhooks.webhook_ping(endpoint=endpoint)
    webhooks.webhook_delivery_attempt(delivery_id=delivery.pk)

    [request] = receiver.requests
    assert verify_signature(endpoint.secret, request)
    request.body = request.body.replace("ping", "pong")
    assert not verify_signature(endpoint.secret, request)


def test_fails_three_times_then_succeeds_one_accepted_delivery_one_webhook_id(
    integrator: User, reviewer: User, second_reviewer: User
) -> None:
    with running_receiver(script=[500, 503, 502]) as receiver:
        endpoint = register(integrator, receiver.url)
        resolve_a_prediction(reviewer, second_reviewer)
        [delivery_id] = outbox_relay().delivery_ids
        now = timezone.now()
        webhooks.webhook_delivery_attempt(delivery_id=delivery_id, now=now)
        for _ in range(5):  # walk the clock through the backoff
            delivery = WebhookDelivery.objects.get(pk=delivery_id)
            assert attempt_all_due(now) == 0  # nothing early
            now = delivery.next_attempt_at
            attempt_all_due(now)
        assert attempt_all_due(now + datetime.timedelta(days=2)) == 0

    statuses = [request.status for request in receiver.requests]
    assert statuses == [500, 503, 502, 200]
    assert {request.headers["webhook-id"] for request in receiver.requests} == {delivery.webhook_id}
    assert all(verify_signature(endpoint.secret, request) for request in receiver.requests)
    delivery.refresh_from_db()
    assert delivery.state == WebhookDeliveryState.SUCCEEDED and delivery.attempts == 4
    assert list(WebhookAttempt.objects.values_list("succeeded", flat=True)) == [False, False, False, True]
    endpoint.refresh_from_db()
    assert endpoint.consecutive_failures == 0 and endpoint.is_active
    # The same delivery cannot be sent again once it succeeded.
    assert not webhooks.webhook_delivery_attempt(delivery_id=delivery_id, now=now).attempted
    assert len(receiver.requests) == 4


def test_backoff_spans_about_a_day_then_the_delivery_fails(integrator: User) -> None:
    with running_receiver(script=[500] * 20) as receiver:
        endpoint = register(integrator, receiver.url, ["prediction.created"])
        PredictionFactory.create()
        OutboxEvent.objects.create(event_type="prediction.created", payload={"data": {}})
        ids = outbox_relay().delivery_ids
        start = now = timezone.now()
        for _ in range(20):
            attempt_all_due(now)
            pending = WebhookDelivery.objects.filter(pk=ids[0], state=WebhookDeliveryState.PENDING).first()
            if pending is None:
                break
            now = pending.next_attempt_at

    delivery = WebhookDelivery.objects.get(pk=ids[0])
    assert delivery.state == WebhookDeliveryState.FAILED and delivery.attempts == webhooks.MAX_ATTEMPTS == 10
    assert datetime.timedelta(hours=20) < now - start < datetime.timedelta(hours=30)
    assert len({request.headers["webhook-id"] for request in receiver.requests}) == 1
    endpoint.refresh_from_db()
    assert endpoint.consecutive_failures == 10


def test_redirects_are_not_followed(integrator: User) -> None:
    with running_receiver() as target, running_receiver(script=[302], redirect_to="") as redirecting:
        redirecting.redirect_to = target.url
        endpoint = register(integrator, redirecting.url, ["prediction.created"])
        delivery = webhooks.webhook_ping(endpoint=endpoint)
        webhooks.webhook_delivery_attempt(delivery_id=delivery.pk)

    delivery.refresh_from_db()
    assert len(redirecting.requests) == 1 and target.requests == []
    assert delivery.state == WebhookDeliveryState.FAILED and "redirect" in delivery.last_error


def test_after_n_failures_in_a_row_the_endpoint_is_disabled_and_its_owner_told(
    integrator: User, settings, django_capture_on_commit_callbacks
) -> None:
    settings.WEBHOOKS_DISABLE_AFTER_FAILURES = 3
    with running_receiver(script=[500] * 10) as receiver:
        endpoint = register(integrator, receiver.url, ["prediction.created"])
        for _ in range(5):
            OutboxEvent.objects.create(event_type="prediction.created", payload={"data": {}})
        ids = outbox_relay().delivery_ids
        with django_capture_on_commit_callbacks(execute=True):  # the e-mail leaves after the commit
            for delivery_id in ids:
                webhooks.webhook_delivery_attempt(delivery_id=delivery_id)

    endpoint.refresh_from_db()
    assert not endpoint.is_active and endpoint.consecutive_failures == 3
    assert "3 failed attempts" in endpoint.disabled_reason
    assert len(receiver.requests) == 3  # the other two were never sent
    # Nothing is left waiting for a retry: every delivery of the endpoint is cancelled.
    assert set(WebhookDelivery.objects.values_list("state", flat=True)) == {WebhookDeliveryState.CANCELLED}
    assert sorted(WebhookDelivery.objects.values_list("attempts", flat=True)) == [0, 0, 1, 1, 1]
    assert len(mail.outbox) == 1 and mail.outbox[0].to == [integrator.email]
    assert "disabled" in mail.outbox[0].subject and endpoint.url in mail.outbox[0].body
