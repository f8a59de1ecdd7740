"""What the public sees, cached under one **generation** of the ledger.

Every write the public could notice — a prediction recorded or edited, a
proposal made, confirmed or rejected, a speaker or source corrected — ends
with ``invalidate_on_commit()``: after the commit, a new generation number is
written to the cache, and every cached aggregate and page of the old
generation is simply never read again (its entries expire). One number, in
the shared cache, so every web process sees the change at once; no process
keeps state of its own.

Keys also carry the day (statuses, countdowns and "due now" change at the
site's midnight) and, for pages, the language and the query. A cache that is
down costs speed, never the page: everything is computed afresh.

Writes are rare and reads are many: throwing away everything on each write is
the simple rule that cannot serve a stale verdict.
"""

from __future__ import annotations

import functools
import logging
import uuid
from collections.abc import Callable
from typing import Any, TypeVar

from django.core.cache import cache
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.utils import timezone, translation

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


def cached_page(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Serve a public page from the cache: per path, query, language and day.

    Only anonymous-safe pages use it (no CSRF token, nothing per visitor), and
    only successful GET responses are kept. Headers added by middleware (CSP,
    cookies of the ``?lang=`` switcher) are added again on every response.
    """

    @functools.wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if request.method not in ("GET", "HEAD"):
            return view(request, *args, **kwargs)
        query = request.GET.copy()
        query.pop("lang", None)  # the language is in the key already
        parts = (
            "page",
            timezone.localdate().isoformat(),
            translation.get_language() or "",
            request.path,
            query.urlencode(),
        )
        rendered: dict[str, HttpResponse] = {}

        def render() -> tuple[int, str, bytes] | None:
            response = view(request, *args, **kwargs)
            rendered["response"] = response
            if response.status_code != 200 or response.streaming or response.cookies:
                return None
            return response.status_code, response["Content-Type"], response.content

        stored = cached(*parts, compute=render)
        if "response" in rendered:
            return rendered["response"]
        if stored is None:  # an earlier miss that was not cacheable: render again
            return view(request, *args, **kwargs)
        status, content_type, content = stored
        return HttpResponse(content, status=status, content_type=content_type)

    return wrapper
