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

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.utils import timezone, translation
from django.utils.http import urlencode

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


# The query parameters that select what a public page shows. Anything else
# (tracking tags, typos) neither changes the page nor gets a cache entry.
PAGE_PARAMETERS = ("topic", "horizon", "group", "page")


def page_parameters(request: HttpRequest) -> list[tuple[str, str]]:
    """The page-selecting parameters of ``request``, sorted: the cache key, the
    canonical link and the language links are all built from these."""
    return sorted((name, request.GET[name]) for name in PAGE_PARAMETERS if request.GET.get(name))


def page_address(request: HttpRequest, language: str | None, *, absolute: bool = True) -> str:
    """This page in ``language`` (``None``: no ``lang`` parameter at all): its
    page-selecting parameters plus ``?lang=``. The canonical link, the
    alternate-language links, the switcher and ClaimReview's url use it."""
    pairs = page_parameters(request) + ([("lang", language)] if language else [])
    query = "?" + urlencode(sorted(pairs)) if pairs else ""
    return (settings.SITE_URL if absolute else "") + request.path + query


def canonical_address(request: HttpRequest) -> str:
    """The page in the current language; the default language has no ``?lang=``."""
    language = translation.get_language() or settings.LANGUAGE_CODE
    return page_address(request, None if language == settings.LANGUAGE_CODE else language)


def _per_visitor(request: HttpRequest, response: HttpResponse) -> bool:
    """Did rendering touch anything of this visitor's (a CSRF token, the session)?
    Such a page must not be served to others; a test keeps public pages free of it."""
    session = getattr(request, "session", None)
    return bool(
        response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE") or (session is not None and session.accessed)
    )


def cached_page(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Serve a public page from the cache: per path, query, language and day.

    Only anonymous-safe pages use it (no CSRF token, nothing per visitor), and
    only successful GET responses are kept. Headers added by middleware (CSP,
    cookies of the ``?lang=`` switcher) are added again on every response.
    """

    @functools.wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if request.method not in ("GET", "HEAD") or not settings.HINDSIGHT_PAGE_CACHE:
            return view(request, *args, **kwargs)
        parts = (
            "page",
            timezone.localdate().isoformat(),
            translation.get_language() or "",
            request.path,
            urlencode(page_parameters(request)),
        )
        rendered: dict[str, HttpResponse] = {}

        def render() -> tuple[int, str, bytes] | None:
            response = view(request, *args, **kwargs)
            rendered["response"] = response
            if response.status_code != 200 or response.streaming or _per_visitor(request, response):
                return None  # answered, not kept
            return response.status_code, response["Content-Type"], response.content

        stored = cached(*parts, compute=render)
        if "response" in rendered or stored is None:
            return rendered["response"]
        status, content_type, content = stored
        return HttpResponse(content, status=status, content_type=content_type)

    return wrapper
