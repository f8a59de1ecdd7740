"""Which address a request comes from: one rule for the API's rate limits and the admin's lock-out.

Without a proxy (``HINDSIGHT_TRUSTED_PROXIES=0``, the default) it is
``REMOTE_ADDR``: an ``X-Forwarded-For`` header is then only what the client
claims, and believing it let one client reset its rate limit at will (issue 9,
finding 2). Behind N proxies that each append the address they received the
request from, the client is the N-th address from the right; anything left of
it was written by the client. An entry that is not an IP address (a proxy
configured wrongly) falls back to ``REMOTE_ADDR``.
"""

from __future__ import annotations

import ipaddress

from django.conf import settings
from django.http import HttpRequest


def client_ip(request: HttpRequest) -> str:
    remote = str(request.META.get("REMOTE_ADDR", ""))
    proxies: int = settings.HINDSIGHT_TRUSTED_PROXIES
    if not proxies:
        return remote
    forwarded = [part.strip() for part in str(request.META.get("HTTP_X_FORWARDED_FOR", "")).split(",")]
    forwarded = [part for part in forwarded if part]
    if not forwarded:
        return remote
    # Fewer entries than proxies: the request skipped the outer ones, so the
    # leftmost entry is still one a trusted proxy wrote.
    candidate = forwarded[-min(proxies, len(forwarded))]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return remote
