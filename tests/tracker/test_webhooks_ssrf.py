"""Private, loopback and link-local targets are refused — on save for literal
addresses, and at connect time for every attempt (names are resolved then,
and the socket connects to the very address that was checked)."""

from __future__ import annotations

import socket

import pytest
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError

from tests.tracker.receiver import running_receiver
from tracker.models import WebhookDeliveryState, WebhookEndpoint
from tracker.services import webhook_http, webhooks

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8080/h",
        "http://10.0.0.7/h",
        "http://192.168.1.1/h",
        "http://172.16.0.1/h",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/h",
        "http://[::ffff:127.0.0.1]/h",
        # Issue 9, finding 7: IPv6 forms that carry a private IPv4 address.
        "http://[::127.0.0.1]/",  # IPv4-compatible
        "http://[64:ff9b::7f00:1]/",  # NAT64, well-known prefix
        "http://[64:ff9b::a9fe:a9fe]/",  # NAT64 of the cloud metadata address
        "http://[64:ff9b:1::a00:7]/",  # NAT64, local-use prefix
        "http://[2002:7f00:1::]/",  # 6to4
        "http://[2002:a9fe:a9fe::1]/",  # 6to4 of the metadata address
        "http://[2001:0:4136:e378:8000:63bf:80ff:fffe]/",  # Teredo: client 127.0.0.1
        # IPv4 written the ways inet_aton (and so the resolver) accepts.
        "http://2130706433/",
        "http://0177.0.0.1/",
        "http://0x7f.1/",
        "http://127.1/",
        "http://localhost/h",
        "http://0.0.0.0/h",
        "ftp://example.org/h",
        "http://user:pass@example.org/h",
    ],
)
def test_registration_refuses_private_literal_targets(integrator: User, url: str) -> None:
    with pytest.raises(ValidationError) as error:
        webhooks.webhook_endpoint_register(owner=integrator, url=url, events=["prediction.created"])

    assert "url" in error.value.message_dict
    assert not WebhookEndpoint.objects.exists()


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "10.1.2.3",
        "169.254.169.254",
        "::1",
        "fe80::1",
        "100.64.0.1",
        "::127.0.0.1",
        "::a9fe:a9fe",
        "64:ff9b::7f00:1",
        "64:ff9b::a9fe:a9fe",
        "64:ff9b::a00:1",
        "64:ff9b:1::c0a8:101",
        "2002:7f00:1::",
        "2002:a00:1::1",
        "2001:0:4136:e378:8000:63bf:80ff:fffe",
        "::",
    ],
)
def test_non_public_addresses(address: str) -> None:
    assert not webhook_http.address_is_public(address)


@pytest.mark.parametrize(
    "address",
    ["93.184.216.34", "2606:4700::1111", "64:ff9b::5db8:d822", "2002:5db8:d822::1", "::ffff:93.184.216.34"],
)
def test_public_addresses(address: str) -> None:
    """NAT64 and 6to4 forms of a public address stay usable (IPv6-only networks need them)."""
    assert webhook_http.address_is_public(address)


@pytest.mark.parametrize("address", ["64:ff9b::7f00:1", "2002:a9fe:a9fe::1", "::127.0.0.1"])
def test_a_name_resolving_to_an_ipv6_form_of_a_private_address_is_refused_when_connecting(
    integrator: User, monkeypatch, address: str
) -> None:
    connects: list[object] = []
    monkeypatch.setattr(socket, "create_connection", lambda *args, **kwargs: connects.append(args))
    monkeypatch.setattr(
        socket,
        "getaddrinfo",
        lambda *args, **kwargs: [(socket.AF_INET6, socket.SOCK_STREAM, 6, "", (address, 80, 0, 0))],
    )
    endpoint = WebhookEndpoint.objects.create(
        owner=integrator, url="http://hooks.example.org/h", events=["prediction.created"], secret="whsec_AAAA"
    )

    delivery = webhooks.webhook_ping(endpoint=endpoint)
    webhooks.webhook_delivery_attempt(delivery_id=delivery.pk)

    delivery.refresh_from_db()
    assert connects == [] and "refused" in delivery.last_error


def test_a_name_resolving_to_loopback_is_refused_when_connecting(integrator: User, monkeypatch) -> None:
    """Registered while it pointed elsewhere (DNS rebinding): the attempt checks again."""
    with running_receiver() as receiver:
        port = receiver.url.split(":")[2].split("/")[0]
        endpoint = WebhookEndpoint.objects.create(
            owner=integrator,
            url=f"http://hooks.example.org:{port}/hooks",
            events=["prediction.created"],
            secret=webhook_http.new_secret(),
        )
        monkeypatch.setattr(
            socket,
            "getaddrinfo",
            lambda *args, **kwargs: [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", int(port)))],
        )
        delivery = webhooks.webhook_ping(endpoint=endpoint)
        webhooks.webhook_delivery_attempt(delivery_id=delivery.pk)

    delivery.refresh_from_db()
    assert receiver.requests == []  # nothing reached the loopback service
    assert delivery.state == WebhookDeliveryState.FAILED and "refused" in delivery.last_error
    assert "127.0.0.1" in delivery.last_error


def test_a_private_target_saved_directly_is_refused_without_any_traffic(integrator: User, monkeypatch) -> None:
    connects: list[object] = []
    monkeypatch.setattr(socket, "create_connection", lambda *args, **kwargs: connects.append(args))
    endpoint = WebhookEndpoint.objects.create(
        owner=integrator, url="http://10.0.0.7/h", events=["prediction.created"], secret=webhook_http.new_secret()
    )

    delivery = webhooks.webhook_ping(endpoint=endpoint)
    webhooks.webhook_delivery_attempt(delivery_id=delivery.pk)

    delivery.refresh_from_db()
    assert connects == [] and "refused" in delivery.last_error


def test_the_setting_allows_loopback_for_tests(integrator: User, settings) -> None:
    settings.WEBHOOKS_ALLOW_PRIVATE_TARGETS = True
    with running_receiver() as receiver:
        endpoint = webhooks.webhook_endpoint_register(owner=integrator, url=receiver.url, events=["prediction.created"])
        delivery = webhooks.webhook_ping(endpoint=endpoint)
        outcome = webhooks.webhook_delivery_attempt(delivery_id=delivery.pk)

    assert outcome.succeeded and len(receiver.requests) == 1
