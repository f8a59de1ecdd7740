"""Rate limits, counted in Redis (production) or, without it, in the database,
so they hold across web processes and hosts.

A fixed window counter: one ``INCR`` per request on Redis, one atomic upsert
of a ``ThrottleWindow`` row without it, whatever the rate (DRF's own
throttles keep a list of every request's time in the window and re-store it on
each request, which grows with the rate). Rates come from settings at call
time, so tests and operators can change them without restarting anything.

A cache that does not answer (Redis down) does not take the API down with it:
the limits are not enforced meanwhile and a warning is logged (at most once a
minute per process). Refusing every request because we cannot count them
would turn a cache outage into an API outage.
"""

from __future__ import annotations

import datetime
import logging
import time
from typing import Any

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache
from django.db import connection
from django.utils import timezone
from redis.exceptions import RedisError
from rest_framework.request import Request
from rest_framework.throttling import BaseThrottle, SimpleRateThrottle

from predictions.client_ip import client_ip
from predictions.models import ApiToken, ThrottleWindow

logger = logging.getLogger(__name__)
WARN_EVERY_SECONDS = 60
_last_warning = 0.0


def _warn_unenforced(error: Exception) -> None:
    global _last_warning
    now = time.monotonic()
    if now - _last_warning >= WARN_EVERY_SECONDS:
        _last_warning = now
        logger.warning("cache unavailable (%s): API rate limits are not enforced until it answers again", error)


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
        try:
            count = _count(key, duration + 1)
        except RedisError as error:
            _warn_unenforced(error)
            return True
        if count > allowed:
            self.wait_seconds = (window + 1) * duration - now
            return False
        return True

    def wait(self) -> float | None:
        return self.wait_seconds


def _count(key: str, timeout: int) -> int:
    """Add one to ``key`` and return the total: one round trip on Redis, one statement otherwise."""
    backend = caches["default"]
    if isinstance(backend, RedisCache):
        client = backend._cache.get_client(write=True)  # reused (predictions.redis_cache)
        full_key = backend.make_and_validate_key(key)
        pipe = client.pipeline(transaction=False)
        pipe.incr(full_key)
        pipe.expire(full_key, timeout)
        count, _ = pipe.execute()
        return int(count)
    return _count_in_database(key, timeout)


# An upsert is atomic in PostgreSQL and SQLite (3.35+) alike; Django's database
# cache is not (its incr() reads, then writes), so it undercounted under load.
def _upsert_sql() -> str:
    table, key, count = (connection.ops.quote_name(name) for name in (ThrottleWindow._meta.db_table, "key", "count"))
    # Only our own table and column names are spliced in; the values are parameters.
    return (
        f"INSERT INTO {table} ({key}, {count}, expires_at) VALUES (%s, 1, %s) "  # noqa: S608
        f"ON CONFLICT ({key}) DO UPDATE SET {count} = {table}.{count} + 1 RETURNING {count}"
    )


def _count_in_database(key: str, timeout: int) -> int:
    now = timezone.now()
    with connection.cursor() as cursor:
        cursor.execute(_upsert_sql(), [key, now + datetime.timedelta(seconds=timeout)])
        count = int(cursor.fetchone()[0])
    if count == 1:  # a new window for this client: drop finished ones (once per client and window)
        ThrottleWindow.objects.filter(expires_at__lt=now).delete()
    return count


class AnonymousRateThrottle(FixedWindowThrottle):
    scope = "anon"

    def rate(self) -> tuple[int, int]:
        return SimpleRateThrottle.parse_rate(None, settings.HINDSIGHT_API_ANON_RATE)  # type: ignore[arg-type, return-value]

    def ident(self, request: Request) -> str | None:
        return None if isinstance(request.auth, ApiToken) else client_ip(request)


class TokenRateThrottle(FixedWindowThrottle):
    scope = "token"

    def rate(self) -> tuple[int, int]:
        return SimpleRateThrottle.parse_rate(None, settings.HINDSIGHT_API_TOKEN_RATE)  # type: ignore[arg-type, return-value]

    def ident(self, request: Request) -> str | None:
        return str(request.auth.pk) if isinstance(request.auth, ApiToken) else None
