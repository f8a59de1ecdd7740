"""Rate limits, kept in the shared cache (Redis in production) so they hold
across web processes and hosts.

A fixed window counter: one ``INCR`` per request, whatever the rate (DRF's own
throttles keep a list of every request's time in the window and re-store it on
each request, which grows with the rate). Rates come from settings at call
time, so tests and operators can change them without restarting anything.
"""

from __future__ import annotations

import time
from typing import Any

from django.conf import settings
from django.core.cache import cache, caches
from django.core.cache.backends.redis import RedisCache
from rest_framework.request import Request
from rest_framework.throttling import BaseThrottle, SimpleRateThrottle

from predictions.models import ApiToken


class FixedWindowThrottle(BaseThrottle):
    scope = ""
    wait_seconds: float | None = None

    def rate(self) -> tuple[int, int]:
        raise NotImplementedError

    def ident(self, request: Request) -> str | None:
        raise NotImplementedError

    def allow_request(self, request: Request, view: Any) -> bool:
        ident = self.ident(request)
        if ident is None:
            return True
        allowed, duration = self.rate()
        now = time.time()
        window = int(now // duration)
        key = f"throttle:{self.scope}:{ident}:{window}"
        count = _count(key, duration + 1)
        if count > allowed:
            self.wait_seconds = (window + 1) * duration - now
            return False
        return True

    def wait(self) -> float | None:
        return self.wait_seconds


def _count(key: str, timeout: int) -> int:
    """Add one to ``key`` and return the total: one round trip on Redis."""
    backend = caches["default"]
    if isinstance(backend, RedisCache):
        client = backend._cache.get_client(key, write=True)
        full_key = backend.make_and_validate_key(key)
        pipe = client.pipeline(transaction=False)
        pipe.incr(full_key)
        pipe.expire(full_key, timeout)
        count, _ = pipe.execute()
        return int(count)
    try:
        return cache.incr(key)
    except ValueError:  # the first request of the window
        return 1 if cache.add(key, 1, timeout=timeout) else cache.incr(key)


class AnonymousRateThrottle(FixedWindowThrottle):
    scope = "anon"

    def rate(self) -> tuple[int, int]:
        return SimpleRateThrottle.parse_rate(None, settings.HINDSIGHT_API_ANON_RATE)  # type: ignore[arg-type, return-value]

    def ident(self, request: Request) -> str | None:
        return None if isinstance(request.auth, ApiToken) else self.get_ident(request)


class TokenRateThrottle(FixedWindowThrottle):
    scope = "token"

    def rate(self) -> tuple[int, int]:
        return SimpleRateThrottle.parse_rate(None, settings.HINDSIGHT_API_TOKEN_RATE)  # type: ignore[arg-type, return-value]

    def ident(self, request: Request) -> str | None:
        return str(request.auth.pk) if isinstance(request.auth, ApiToken) else None
