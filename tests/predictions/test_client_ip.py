"""The client's address, the one rule behind rate limits and lock-outs (``predictions.client_ip``)."""

from __future__ import annotations

import pytest
from django.test import RequestFactory

from predictions.client_ip import client_ip


@pytest.mark.parametrize(
    ("proxies", "forwarded_for", "expected"),
    [
        (0, "203.0.113.9", "10.0.0.2"),  # no proxy trusted: the header is the client's own claim
        (1, "203.0.113.9", "203.0.113.9"),
        (1, "6.6.6.6, 203.0.113.9", "203.0.113.9"),  # left of the proxy's entry: written by the client
        (2, "6.6.6.6, 203.0.113.9, 10.0.0.7", "203.0.113.9"),  # a CDN, then our proxy
        (2, "203.0.113.9", "203.0.113.9"),  # skipped the outer proxy: the inner one still wrote this
        (1, "", "10.0.0.2"),
        (1, "not-an-address", "10.0.0.2"),
        (1, "2001:db8::1", "2001:db8::1"),
    ],
)
def test_client_ip(settings, proxies: int, forwarded_for: str, expected: str) -> None:
    settings.HINDSIGHT_TRUSTED_PROXIES = proxies
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR=forwarded_for)

    assert client_ip(request) == expected
