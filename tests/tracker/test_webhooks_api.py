"""/api/v1/webhooks/: register (secret shown once), list, detail, change,
delete, deliveries and ping — each integrator sees only their own."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.contrib.auth.models import User
from django.test import Client

from tests.api.helpers import auth, patch, post
from tests.factories import UserFactory
from tracker.models import WebhookDelivery, WebhookEndpoint

pytestmark = pytest.mark.django_db


@pytest.fixture
def token(integrator: User, token_for: Callable[..., str]) -> str:
    return token_for(integrator, "webhooks")


def test_register_shows_the_secret_once(anonymous: Client, token: str, integrator: User) -> None:
    response = post(
        anonymous,
        "/api/v1/webhooks/",
        {"url": "https://hooks.example.org/in", "events": ["prediction.resolved", "prediction.due"]},
        token,
    )

    assert response.status_code == 201, response.json()
    body = response.json()
    stored = WebhookEndpoint.objects.get()
    assert body["secret"] == stored.secret and body["secret"].startswith("whsec_")
    assert stored.owner == integrator and stored.events == ["prediction.due", "prediction.resolved"]
    detail = anonymous.get(f"/api/v1/webhooks/{stored.pk}/", **auth(token)).json()
    listed = anonymous.get("/api/v1/webhooks/", **auth(token)).json()["results"]
    assert "secret" not in detail and "secret" not in listed[0]
    assert detail["deliveries_url"].endswith(f"/api/v1/webhooks/{stored.pk}/deliveries/")


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"url": "https://hooks.example.org/in", "events": ["prediction.exploded"]}, "events.0"),
        ({"url": "https://hooks.example.org/in", "events": []}, "events"),
        ({"url": "http://169.254.169.254/", "events": ["prediction.due"]}, "url"),
        ({"url": "not a url", "events": ["prediction.due"]}, "url"),
    ],
)
def test_register_refuses_bad_input(anonymous: Client, token: str, data: dict[str, object], field: str) -> None:
    response = post(anonymous, "/api/v1/webhooks/", data, token)

    assert response.status_code == 400 and field in response.json()["errors"], response.json()


def test_another_owners_endpoint_is_invisible(anonymous: Client, token: str) -> None:
    theirs = WebhookEndpoint.objects.create(
        owner=UserFactory.create(), url="https://x.example.org/", events=["prediction.due"], secret="whsec_AAAA"
    )

    assert anonymous.get("/api/v1/webhooks/", **auth(token)).json()["results"] == []
    for method in ("get", "delete"):
        assert getattr(anonymous, method)(f"/api/v1/webhooks/{theirs.pk}/", **auth(token)).status_code == 404
    assert post(anonymous, f"/api/v1/webhooks/{theirs.pk}/ping/", None, token).status_code == 404
    assert WebhookEndpoint.objects.filter(pk=theirs.pk).exists()


def test_ping_queues_a_delivery_shown_in_the_log(anonymous: Client, token: str, integrator: User) -> None:
    endpoint = WebhookEndpoint.objects.create(
        owner=integrator, url="https://hooks.example.org/in", events=["prediction.due"], secret="whsec_AAAA"
    )

    response = post(anonymous, f"/api/v1/webhooks/{endpoint.pk}/ping/", None, token)
    log = anonymous.get(f"/api/v1/webhooks/{endpoint.pk}/deliveries/", **auth(token)).json()["results"]

    assert response.status_code == 202 and response.json()["state"] == "pending"
    assert [item["event_type"] for item in log] == ["webhook.ping"]
    assert log[0]["webhook_id"] == WebhookDelivery.objects.get().webhook_id


def test_a_disabled_endpoint_is_re_enabled_by_patch(anonymous: Client, token: str, integrator: User) -> None:
    endpoint = WebhookEndpoint.objects.create(
        owner=integrator,
        url="https://hooks.example.org/in",
        events=["prediction.due"],
        secret="whsec_AAAA",
        is_active=False,
        consecutive_failures=10,
        disabled_reason="10 failed attempts in a row",
    )
    path = f"/api/v1/webhooks/{endpoint.pk}/"

    refused = post(anonymous, f"{path}ping/", None, token)
    response = patch(anonymous, path, {"is_active": True}, token)

    assert refused.status_code == 409 and refused.json()["code"] == "endpoint_disabled"
    assert response.status_code == 200
    assert response.json()["is_active"] is True and response.json()["consecutive_failures"] == 0
    endpoint.refresh_from_db()
    assert endpoint.is_active and endpoint.disabled_reason == ""


def test_delete_removes_the_endpoint_and_its_log(anonymous: Client, token: str, integrator: User) -> None:
    endpoint = WebhookEndpoint.objects.create(
        owner=integrator, url="https://hooks.example.org/in", events=["prediction.due"], secret="whsec_AAAA"
    )
    WebhookDelivery.objects.create(
        endpoint=endpoint, webhook_id="msg_1", event_type="webhook.ping", body="{}", next_attempt_at="2026-01-01T00:00Z"
    )

    response = anonymous.delete(f"/api/v1/webhooks/{endpoint.pk}/", **auth(token))

    assert response.status_code == 204
    assert not WebhookEndpoint.objects.exists() and not WebhookDelivery.objects.exists()
