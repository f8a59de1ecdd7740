"""Template helpers of the public pages: languages, localized content, links and numbers."""

from __future__ import annotations

import datetime
from typing import Any
from urllib.parse import urlencode

from django import template
from django.conf import settings
from django.http import HttpRequest
from django.template.defaultfilters import floatformat
from django.utils import translation
from django.utils.translation import ngettext

from predictions.localization import Localized, bcp47_tag, localized, speaker_name

register = template.Library()

# Open Graph wants a territory; our English is British, our Chinese simplified (mainland).
OG_LOCALES = {"en": "en_GB", "zh-hans": "zh_CN"}


@register.filter
def bcp47(code: str) -> str:
    return bcp47_tag(code or settings.LANGUAGE_CODE)


@register.filter
def og_locale(code: str) -> str:
    return OG_LOCALES.get(code, "en_GB")


@register.filter(name="localized")
def localized_filter(obj: Any, field: str) -> Localized:
    return localized(obj, field)


@register.filter(name="speaker_name")
def speaker_name_filter(speaker: Any) -> str:
    return speaker_name(speaker)


@register.filter
def countdown(day: datetime.date, today: datetime.date) -> str:
    """ "in 3 days", "today", "3 days ago" — relative to the site's today."""
    days = (day - today).days
    if days == 0:
        return translation.gettext("today")
    if days > 0:
        return ngettext("in %(days)s day", "in %(days)s days", days) % {"days": days}
    return ngettext("%(days)s day ago", "%(days)s days ago", -days) % {"days": -days}


@register.filter
def days_since(day: datetime.date, today: datetime.date) -> int:
    return (today - day).days


@register.filter
def percent(value: float | None, digits: int = 0) -> str:
    """0.6667 → "67%" (localized number); "—" when there is no value."""
    if value is None:
        return "—"
    return f"{floatformat(value * 100, digits)}%"


@register.filter
def decimal(value: float | None, digits: int = 3) -> str:
    if value is None:
        return "—"
    return str(floatformat(value, digits))


def _language_query(request: HttpRequest, code: str | None) -> str:
    query = request.GET.copy()
    query.pop("lang", None)
    if code and code != settings.LANGUAGE_CODE:
        query["lang"] = code
    return ("?" + urlencode(sorted(query.items()))) if query else ""


@register.simple_tag(takes_context=True)
def language_url(context: template.Context, code: str) -> str:
    """Absolute URL of this page in language ``code`` (``?lang=`` for all but the default)."""
    request: HttpRequest = context["request"]
    return settings.SITE_URL + request.path + _language_query(request, code)


@register.simple_tag(takes_context=True)
def canonical_url(context: template.Context) -> str:
    """This page's canonical address: SITE_URL, the path, and the language unless it is the default.

    Filters and paging are part of the page they select; other query
    parameters are not.
    """
    request: HttpRequest = context["request"]
    kept = {key: value for key, value in request.GET.items() if key in {"topic", "horizon", "group", "page"} and value}
    language = translation.get_language()
    if language and language != settings.LANGUAGE_CODE:
        kept["lang"] = language
    return settings.SITE_URL + request.path + ("?" + urlencode(sorted(kept.items())) if kept else "")


@register.simple_tag(takes_context=True)
def path_without_lang(context: template.Context) -> str:
    """Where the language switcher returns to: this page, without a ``?lang=`` that would override the choice."""
    request: HttpRequest = context["request"]
    return request.path + _language_query(request, None)


@register.simple_tag
def absolute(path: str) -> str:
    return settings.SITE_URL + path


@register.simple_tag
def corrections_email() -> str:
    return str(settings.HINDSIGHT_CORRECTIONS_EMAIL)
