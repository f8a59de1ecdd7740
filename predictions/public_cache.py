"""What the public sees, cached under one **generation** of the ledger.

Every write the public could notice — a prediction recorded or edited, a
proposal made, confirmed or rejected, a speaker or source corrected — ends
with ``invalidate_on_commit()``: after the commit, a new generation number is
written to the cache, and every cached aggregate and page of the old
generation is simply never read again (its entries expire). One number, in
the shared cache, so every web process sees the change at once; no process
keeps state of its own.

Callers put the day in their keys (statuses, countdowns and "due now" change
at the site's midnight); the public pages add the language and the query
(``predictions.site.page_cache``). A cache that is down costs speed, never
the page: everything is computed afresh.

Writes are rare and reads are many: throwing away everything on each write is
the simple rule that cannot serve a stale verdict.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from typing import TypeVar

from django.core.cache import cache
from django.db import transaction

logger = logging.getLogger(__name__)
T = TypeVar("T")

GENERATION_KEY = "public:generation"
TTL = 300  # seconds: an upper bound on staleness for anything no write announces


def generation() -> str:
    value = cache.get(GENERATION_KEY)
    if value is None:
        value = uuid.uuid4().hex
        # add(): of two processes starting at once, both end up with the same generation.
        if not cache.add(GENERATION_KEY, value, timeout=None):
            value = cache.get(GENERATION_KEY) or value
    return str(value)


def invalidate() -> None:
    """A new generation: every process computes afresh from now on."""
    try:
        cache.set(GENERATION_KEY, uuid.uuid4().hex, timeout=None)
    except Exception as error:  # the backends raise their own errors (redis, database)
        logger.warning("cache unavailable (%s): public pages may lag until their entries expire (%s s)", error, TTL)


def invalidate_on_commit() -> None:
    """Call inside a service's transaction: invalidates once the change is visible."""
    transaction.on_commit(invalidate, robust=True)


def cached(*parts: str, compute: Callable[[], T]) -> T:
    """``compute()`` through the cache, under the current generation and ``parts``."""
    try:
        key = ":".join(("public", generation(), *parts))
        value = cache.get(key)
    except Exception:
        logger.warning("cache unavailable; computing %s without it", parts[0], exc_info=True)
        return compute()
    if value is None:
        value = compute()
        if value is not None:
            try:
                cache.set(key, value, TTL)
            except Exception:
                logger.warning("cache unavailable; %s not stored", parts[0], exc_info=True)
    return value
