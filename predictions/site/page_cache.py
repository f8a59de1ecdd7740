"""Whole public pages from the cache (``public_cache``), per path, query, language and day; and the page's addresses.

A page kept for everyone must hold nothing per visitor: no CSRF token, no
session. The canonical link, the language links and the cache key are all
built from the same page-selecting query parameters.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils import timezone, translation
from django.utils.http import urlencode

from predictions.public_cache import cached

# The query parameters that select what a public page shows. Anything else
# (tracking tags, typos) neither changes the page nor gets a cache entry.
PAGE_PARAMETERS = ("topic", "horizon", "group", "page", "include_late")
View = Callable[..., HttpResponse]


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


Subjects = Callable[..., Sequence[str]]


def cached_page(*, subjects: Subjects = lambda **kwargs: ()) -> Callable[[View], View]:
    """Serve a public page from the cache: per path, query, language and day,
    until one of its ``subjects`` (``public_cache``; called with the view's URL
    arguments) moves.

    Only anonymous-safe pages use it (no CSRF token, nothing per visitor), and
    only successful GET responses are kept. Headers added by middleware (CSP,
    cookies of the ``?lang=`` switcher) are added again on every response.
    """
    return functools.partial(_cached_view, subjects=subjects)


def _cached_view(view: View, *, subjects: Subjects) -> View:
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

        stored = cached(*parts, compute=render, subjects=subjects(**kwargs))
        if "response" in rendered or stored is None:
            return rendered["response"]
        status, content_type, content = stored
        return HttpResponse(content, status=status, content_type=content_type)

    return wrapper
