"""Admin password guessing is limited per client, also behind a proxy (issue 9, findings 2 and 9).

django-axes locks a (username, client address) pair out after
``AXES_FAILURE_LIMIT`` failures, and a client address after
``HINDSIGHT_ADMIN_IP_FAILURE_LIMIT`` failures whatever the usernames (password
spraying). The client address is ``REMOTE_ADDR``, or behind
``HINDSIGHT_TRUSTED_PROXIES`` proxies the address the outermost one saw, the
same rule as the API's rate limits.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

pytestmark = pytest.mark.django_db

LOGIN = reverse("admin:login")
PROXY = "10.0.0.2"


def log_in(username: str, password: str, **meta: Any) -> int:
    """One attempt from a fresh browser; 302 is success, 200 a refusal, 429 a lock-out."""
    response = Client().post(LOGIN, {"username": username, "password": password, "next": "/admin/"}, **meta)
    return response.status_code


@pytest.fixture
def ada(reviewer: User) -> User:
    reviewer.set_password("correct horse battery")
    reviewer.save()
    return reviewer


def test_behind_a_proxy_one_client_guessing_does_not_lock_the_others_out(ada: User, settings) -> None:
    settings.HINDSIGHT_TRUSTED_PROXIES = 1
    guesser = {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": "203.0.113.5"}
    colleague = {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": "198.51.100.20"}

    guesses = [log_in("ada", f"guess {number}", **guesser) for number in range(settings.AXES_FAILURE_LIMIT)]

    assert guesses[-1] == 429  # the guesser is locked out for ada …
    assert log_in("ada", "correct horse battery", **guesser) == 429
    assert log_in("ada", "correct horse battery", **colleague) == 302  # … Ada, at her own desk, is not


def test_without_a_trusted_proxy_a_forged_forwarded_for_changes_nothing(ada: User, settings) -> None:
    attempts = [
        log_in("ada", "wrong", REMOTE_ADDR="203.0.113.5", HTTP_X_FORWARDED_FOR=f"198.51.100.{number}")
        for number in range(settings.AXES_FAILURE_LIMIT)
    ]

    assert attempts[-1] == 429
    assert log_in("ada", "correct horse battery", REMOTE_ADDR="203.0.113.5", HTTP_X_FORWARDED_FOR="1.2.3.4") == 429


def test_spraying_one_password_over_many_usernames_locks_the_client_out(ada: User, settings) -> None:
    settings.HINDSIGHT_ADMIN_IP_FAILURE_LIMIT = 8
    sprayer = {"REMOTE_ADDR": "203.0.113.77"}

    statuses = [log_in(f"user{number}", "Summer2026!", **sprayer) for number in range(8)]

    assert statuses[:7] == [200] * 7 and statuses[7] == 429
    assert log_in("ada", "correct horse battery", **sprayer) == 429  # even a right guess, from there
    assert log_in("ada", "correct horse battery", REMOTE_ADDR="198.51.100.20") == 302


def test_a_few_failures_over_several_usernames_lock_nobody_out(ada: User, settings) -> None:
    client = {"REMOTE_ADDR": "198.51.100.30"}

    for username in ("ada", "bao", "chen"):
        assert log_in(username, "typo", **client) == 200

    assert log_in("ada", "correct horse battery", **client) == 302
