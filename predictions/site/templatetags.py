"""Template helpers of the public pages: languages, localized content, links and numbers."""

from __future__ import annotations

import datetime
from typing import Any

from django import template
from django.conf import settings
from django.template.defaultfilters import floatformat
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format, localize
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString
from django.utils.translation import gettext, ngettext

from predictions.display import countdown, status_badge
from predictions.scoring import TrackRecord
from predictions.site.localization import Localized, bcp47_tag, localized, speaker_name
from predictions.site.page_cache import canonical_address, page_address

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


register.filter("countdown", countdown)


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


@register.simple_tag(takes_context=True)
def language_url(context: template.Context, code: str) -> str:
    """Absolute URL of this page in language ``code`` (``?lang=`` for all but the default)."""
    return page_address(context["request"], None if code == settings.LANGUAGE_CODE else code)


@register.simple_tag(takes_context=True)
def canonical_url(context: template.Context) -> str:
    """This page's canonical address: the page in its current language.

    Filters and paging are part of the page they select; other query
    parameters (tracking tags and the like) are not.
    """
    return canonical_address(context["request"])


@register.simple_tag(takes_context=True)
def switch_language_url(context: template.Context, code: str) -> str:
    """The switcher's link: this page with ``?lang=code`` (the default language
    too, so that choosing it overrides a remembered choice). A plain link, not a
    form: public pages carry no CSRF token and can be cached for everyone."""
    return page_address(context["request"], code, absolute=False)


@register.simple_tag
def corrections_email() -> str:
    return str(settings.HINDSIGHT_CORRECTIONS_EMAIL)


@register.simple_tag
def record_cells(record: TrackRecord) -> SafeString:
    """The cells of one track record in a scoreboard row (the columns of includes/record_head.html).

    Built here rather than by an included template: the scoreboard renders up
    to ``SPEAKER_LIMIT`` rows, and an include per row is what page time grew with.
    """
    tally = record.tally
    counts = (tally.total, tally.resolved, tally.correct, tally.partly_correct, tally.incorrect, tally.not_scored)
    cells = format_html_join("", '<td class="num">{}</td>', ((localize(count),) for count in (*counts, tally.pending)))
    if record.hit_rate is None or record.interval is None:
        rate = format_html("{}", "—")
    else:
        interval = gettext("95%% CI %(low)s–%(high)s") % {
            "low": percent(record.interval.low),
            "high": percent(record.interval.high),
        }
        rate = format_html("{}<br><small>{}</small>", percent(record.hit_rate), interval)
    if tally.scored == 0:
        rate = format_html('{}<br><span class="small-sample">{}</span>', rate, gettext("nothing scored yet"))
    elif record.small_sample:
        note = ngettext("%(counter)s scored: small sample", "%(counter)s scored: small sample", tally.scored)
        rate = format_html('{}<br><span class="small-sample">{}</span>', rate, note % {"counter": tally.scored})
    brier = format_html("{}", "—")
    if record.brier is not None:
        forecasts = ngettext("%(counter)s forecast", "%(counter)s forecasts", tally.brier_count)
        brier = format_html(
            "{}<br><small>{}</small>", decimal(record.brier), forecasts % {"counter": tally.brier_count}
        )
    return format_html('{}<td class="num">{}</td><td class="num">{}</td>', cells, rate, brier)


register.simple_tag(status_badge, name="status_badge")


@register.simple_tag
def prediction_line(
    prediction: Any, outcome: Any = None, today: datetime.date | None = None, show_speaker: bool = True
) -> SafeString:
    """One prediction in a list: status, claim (linked), speaker, and when it is or was judged.

    Built here rather than by an included template for the same reason as ``record_cells``.
    """
    claim = localized(prediction, "claim")
    link = reverse("predictions:prediction", args=[prediction.pk, prediction.slug])
    speaker = ""
    if show_speaker:
        speaker = format_html(
            '<a href="{}">{}</a> · ',
            reverse("predictions:speaker", args=[prediction.speaker.slug]),
            speaker_name(prediction.speaker),
        )
    if outcome is not None and outcome.confirmed_at is not None:
        when = gettext("judged on %(date)s") % {
            "date": date_format(timezone.localtime(outcome.confirmed_at), "DATE_FORMAT")
        }
    else:
        when = gettext("resolve on %(date)s") % {"date": date_format(prediction.resolve_on, "DATE_FORMAT")}
        if prediction.final_resolution_id is None and today is not None:
            when = format_html(
                '{} (<time datetime="{}">{}</time>)',
                when,
                prediction.resolve_on.isoformat(),
                countdown(prediction.resolve_on, today),
            )
    return format_html(
        '<li>{} <a href="{}" lang="{}">{}</a><span class="meta">{}{}</span></li>',
        status_badge(prediction, outcome),
        link,
        claim.lang,
        claim.text,
        speaker,
        when,
    )
