"""Webhook deliveries end to end over real HTTP on loopback: signed, retried
under one webhook-id, never twice once accepted, disabled after failures."""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterator

import pytest
import time_machine
from django.contrib.auth.models import User
from django.core import mail
from django.core.mail import EmailMultiAlternatives
from django.utils import timezone

from predictions import services
from predictions.models import OutboxEvent
from tests.api.helpers import patch
from tests.factories import PredictionFactory, ResolutionFactory
from tests.support.processes import free_port
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


def outage_events(count: int) -> list[int]:
    """``count`` events relayed; the ids of their deliveries (to active and disabled endpoints alike)."""
    events = [OutboxEvent.objects.create(event_type="prediction.created", payload={"data": {}}) for _ in range(count)]
    outbox_relay()
    return list(WebhookDelivery.objects.filter(event__in=events).order_by("id").values_list("id", flat=True))


def test_a_receiver_down_for_a_minute_gets_every_event_when_it_is_back(integrator: User) -> None:
    """Issue 9, finding 14: failures used to be counted across deliveries, so six events during
    half a minute of downtime (6 × 2 attempts) disabled the endpoint and cancelled them all."""
    port = free_port()  # nothing listens: every connection is refused
    endpoint = register(integrator, f"http://127.0.0.1:{port}/hooks", ["prediction.created"])
    ids = outage_events(6)
    start = timezone.now()

    attempt_all_due(start)  # down
    attempt_all_due(start + datetime.timedelta(seconds=10))  # still down: 12 failed attempts in 10 s
    endpoint.refresh_from_db()
    assert endpoint.is_active and endpoint.consecutive_failures == 12
    assert endpoint.failing_since == start
    with running_receiver(port=port) as receiver:  # back after a minute
        attempt_all_due(start + datetime.timedelta(seconds=70))
        assert receiver.wait_for(6, timeout=5)

    deliveries = WebhookDelivery.objects.filter(pk__in=ids)
    assert {request.headers["webhook-id"] for request in receiver.requests} == {d.webhook_id for d in deliveries}
    assert set(deliveries.values_list("state", flat=True)) == {WebhookDeliveryState.SUCCEEDED}
    endpoint.refresh_from_db()
    assert endpoint.is_active and endpoint.consecutive_failures == 0 and endpoint.failing_since is None
    assert mail.outbox == []


def test_a_day_of_failures_disables_the_endpoint_keeps_what_it_missed_and_redelivers_it(
    integrator: User, token_for, anonymous, django_capture_on_commit_callbacks
) -> None:
    """Disabled only when every attempt has failed for WEBHOOKS_DISABLE_AFTER_HOURS; nothing is
    cancelled; re-enabled, the endpoint gets every delivery it missed — those whose retries ran out
    during the outage, those still pending, those of events while it was disabled — under their
    original webhook-ids, oldest first."""
    port = free_port()  # the receiver is down for two days
    endpoint = register(integrator, f"http://127.0.0.1:{port}/hooks", ["prediction.created"])
    start = timezone.now()
    with time_machine.travel(start, tick=False) as clock:
        missed = outage_events(2)
        with django_capture_on_commit_callbacks(execute=True):  # the owner's e-mail leaves after the commit
            while endpoint.is_active:  # walk through the retries while the receiver stays down
                if timezone.now() >= start + datetime.timedelta(hours=12) and len(missed) == 2:
                    missed += outage_events(1)  # another event half-way through the outage
                attempt_all_due(timezone.now())
                endpoint.refresh_from_db()
                waiting = WebhookDelivery.objects.filter(state="pending").order_by("next_attempt_at").first()
                assert waiting is not None, "every delivery gave up before the endpoint was disabled"
                clock.move_to(max(waiting.next_attempt_at, timezone.now() + datetime.timedelta(seconds=1)))

        assert endpoint.failing_since == start and endpoint.disabled_at is not None
        assert datetime.timedelta(hours=24) <= endpoint.disabled_at - start < datetime.timedelta(hours=32)
        assert endpoint.disabled_reason.startswith("Every delivery attempt for 24 hours failed")
        assert not WebhookDelivery.objects.filter(state=WebhookDeliveryState.CANCELLED).exists()
        [message] = mail.outbox
        assert "has failed every delivery attempt for 24 hours" in message.body
        assert "receives every event it missed in the last 7 days" in message.body

        clock.move_to(start + datetime.timedelta(hours=40))
        missed += outage_events(1)  # while disabled: queued for the endpoint, not attempted
        assert attempt_all_due(timezone.now()) == 0

        clock.move_to(start + datetime.timedelta(hours=48))
        with running_receiver(port=port) as receiver:  # fixed and re-enabled
            token = token_for(integrator, "webhooks")
            response = patch(anonymous, f"/api/v1/webhooks/{endpoint.pk}/", {"is_active": True}, token)
            assert response.status_code == 200 and response.json()["is_active"] is True
            attempt_all_due(timezone.now())
            assert receiver.wait_for(4, timeout=5)

    deliveries = WebhookDelivery.objects.filter(pk__in=missed).order_by("id")
    assert [request.headers["webhook-id"] for request in receiver.requests] == [d.webhook_id for d in deliveries]
    assert set(deliveries.values_list("state", flat=True)) == {WebhookDeliveryState.SUCCEEDED}
    assert all(verify_signature(endpoint.secret, request) for request in receiver.requests)


def test_re_enabling_cancels_what_is_too_old_to_send(anonymous, integrator: User, token_for) -> None:
    endpoint = register(integrator, "https://hooks.example.org/h", ["prediction.created"])
    webhooks.webhook_endpoint_update(endpoint=endpoint, changes={"is_active": False})
    old, recent = outage_events(2)  # kept for the disabled endpoint
    WebhookDelivery.objects.filter(pk=old).update(created_at=timezone.now() - datetime.timedelta(days=8))

    response = patch(
        anonymous, f"/api/v1/webhooks/{endpoint.pk}/", {"is_active": True}, token_for(integrator, "webhooks")
    )

    assert response.status_code == 200
    expired, missed = WebhookDelivery.objects.get(pk=old), WebhookDelivery.objects.get(pk=recent)
    assert expired.state == WebhookDeliveryState.CANCELLED and "older than 7 days" in expired.last_error
    assert missed.state == WebhookDeliveryState.PENDING and missed.next_attempt_at <= timezone.now()
    assert webhooks.webhook_deliveries_due() == [recent]


def test_an_endpoint_disabled_longer_than_the_window_gets_no_new_deliveries(integrator: User) -> None:
    endpoint = register(integrator, "https://hooks.example.org/h", ["prediction.created"])
    webhooks.webhook_endpoint_update(endpoint=endpoint, changes={"is_active": False})
    WebhookEndpoint.objects.filter(pk=endpoint.pk).update(disabled_at=timezone.now() - datetime.timedelta(days=8))

    assert outage_events(1) == []


def test_the_disabled_e_mail_is_plain_text_not_html_escaped(
    integrator: User, monkeypatch, django_capture_on_commit_callbacks
) -> None:
    """Issue 9, finding 10: the text part said &amp; where the URL has &."""
    endpoint = register(integrator, "https://hooks.example.org/in?team=a&b=<c>", ["prediction.created"])
    WebhookEndpoint.objects.filter(pk=endpoint.pk).update(
        failing_since=timezone.now() - datetime.timedelta(hours=25), consecutive_failures=30
    )
    monkeypatch.setattr(webhooks.webhook_http, "post", lambda *a, **k: webhooks.webhook_http.PostResult(503, "a & b"))
    [delivery_id] = outage_events(1)

    with django_capture_on_commit_callbacks(execute=True):
        webhooks.webhook_delivery_attempt(delivery_id=delivery_id)

    [message] = mail.outbox
    assert "https://hooks.example.org/in?team=a&b=<c>" in message.body and "&amp;" not in message.body
    assert "a & b" in message.body and "&amp;" not in message.subject
    assert isinstance(message, EmailMultiAlternatives)
    html = str(message.alternatives[0][0])
    assert "https://hooks.example.org/in?team=a&amp;b=&lt;c&gt;" in html  # the HTML part is escaped, as it must be
