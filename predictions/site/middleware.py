"""``?lang=zh-hans`` on any page: that language for this request, remembered like the switcher's choice.

Runs after Django's ``LocaleMiddleware`` (which reads the cookie and
``Accept-Language``) and overrides it when the query names a supported
language; an unknown value is ignored. The choice is stored in the same
cookie ``set_language`` uses, so following a shared ``?lang=`` link keeps the
reader in that language on the next pages.
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils import translation


def requested_language(request: HttpRequest) -> str | None:
    code = request.GET.get("lang", "")
    if not code or len(code) > 20:
        return None
    try:
        return translation.get_supported_language_variant(code)
    except LookupError:
        return None


class QueryLanguageMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        language = requested_language(request)
        if language is None:
            return self.get_response(request)
        translation.activate(language)
        request.LANGUAGE_CODE = language
        response = self.get_response(request)
        response.set_cookie(
            settings.LANGUAGE_COOKIE_NAME,
            language,
            max_age=settings.LANGUAGE_COOKIE_AGE,
            path=settings.LANGUAGE_COOKIE_PATH,
            domain=settings.LANGUAGE_COOKIE_DOMAIN,
            secure=settings.LANGUAGE_COOKIE_SECURE,
            httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
            samesite=settings.LANGUAGE_COOKIE_SAMESITE,
        )
        return response
