"""Rate limits for anonymous and token traffic, counted in the shared cache."""

from __future__ import annotations

import time
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.core.cache import cache
from django.test import Client

from predictions.services import api_token_create

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_counts() -> None:
    # Only our keys (never flush a shared Redis); ids restart in each test.
    window = int(time.time() // 60)
    keys = ["throttle:anon:127.0.0.1", *(f"throttle:token:{pk}" for pk in range(1, 100))]
    cache.delete_many([f"{key}:{number}" for key in keys for number in (window, window + 1)])


def test_anonymous_clients_get_429_with_retry_after(anonymous: Client, settings) -> None:
    settings.HINDSIGHT_API_ANON_RATE = "3/min"

    statuses = [anonymous.get("/api/v1/scoreboard/").status_code for _ in range(4)]

    assert statuses == [200, 200, 200, 429]
    response = anonymous.get("/api/v1/scoreboard/")
    assert response.json()["code"] == "throttled" and int(response["Retry-After"]) > 0


def test_a_token_has_its_own_allowance(integrator: User, settings) -> None:
    settings.HINDSIGHT_API_ANON_RATE = "1/min"
    settings.HINDSIGHT_API_TOKEN_RATE = "5/min"
    raw = api_token_create(user=integrator, scopes="webhooks").raw
    client = Client()
    client.get("/api/v1/scoreboard/")  # uses up the anonymous allowance

    statuses = [client.get("/api/v1/scoreboard/", HTTP_AUTHORIZATION=f"Bearer {raw}").status_code for _ in range(6)]

    assert statuses == [200] * 5 + [429]


@pytest.mark.django_db(transaction=True)
def test_without_redis_concurrent_requests_are_all_counted(integrator: User, settings) -> None:
    """The embedded default (no REDIS_URL): a database cache, several web workers at once (issue 9, finding 8).

    Django's DatabaseCache.incr() is a read then a write, so requests racing
    each other were lost from the count and a busy token was never throttled.
    """
    import threading

    from django.core.management import call_command
    from django.db import connections

    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "hindsight_cache"}
    }
    call_command("createcachetable", verbosity=0)
    settings.HINDSIGHT_API_TOKEN_RATE = "60/min"
    raw = api_token_create(user=integrator, scopes="webhooks").raw
    if int(time.time()) % 60 > 50:  # finish inside one fixed window
        time.sleep(61 - int(time.time()) % 60)
    statuses: list[int] = []
    lock = threading.Lock()

    def client_thread() -> None:
        client = Client()
        try:
            for _ in range(30):
                status = client.get("/api/v1/webhooks/", HTTP_AUTHORIZATION=f"Bearer {raw}").status_code
                with lock:
                    statuses.append(status)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=client_thread) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert len(statuses) == 120
    assert statuses.count(200) == 60 and statuses.count(429) == 60


def test_a_forged_forwarded_for_header_does_not_reset_the_anonymous_limit(anonymous: Client, settings) -> None:
    """Issue 9, finding 2: with no proxy configured, X-Forwarded-For is the client's own claim."""
    settings.HINDSIGHT_API_ANON_RATE = "2/min"

    statuses = [anonymous.get("/api/v1/scoreboard/").status_code for _ in range(3)]
    statuses += [
        anonymous.get("/api/v1/scoreboard/", HTTP_X_FORWARDED_FOR=f"203.0.113.{number}").status_code
        for number in range(1, 4)
    ]

    assert statuses == [200, 200, 429, 429, 429, 429]


def test_behind_one_trusted_proxy_each_client_has_its_own_allowance(settings) -> None:
    """The proxy appends the address it saw; what the client wrote before it is not believed."""
    settings.HINDSIGHT_API_ANON_RATE = "2/min"
    settings.HINDSIGHT_TRUSTED_PROXIES = 1
    via_proxy: dict[str, Any] = {"REMOTE_ADDR": "10.0.0.2"}
    cache.delete_many(
        [
            f"throttle:anon:{ip}:{int(time.time() // 60) + offset}"
            for ip in ("198.51.100.7", "198.51.100.8", "10.0.0.2")
            for offset in (0, 1)
        ]
    )
    client = Client()

    first = [
        client.get("/api/v1/scoreboard/", HTTP_X_FORWARDED_FOR="198.51.100.7", **via_proxy).status_code
        for _ in range(3)
    ]
    forged = client.get(
        "/api/v1/scoreboard/", HTTP_X_FORWARDED_FOR="203.0.113.9, 198.51.100.7", **via_proxy
    ).status_code
    other = client.get("/api/v1/scoreboard/", HTTP_X_FORWARDED_FOR="198.51.100.8", **via_proxy).status_code

    assert first == [200, 200, 429]
    assert forged == 429  # the address the proxy saw is still 198.51.100.7
    assert other == 200
