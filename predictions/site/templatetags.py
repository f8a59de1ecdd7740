"""Template helpers of the public pages: languages, localized content, links and numbers."""

from __future__ import annotations

import datetime
import functools
from typing import Any

from django import template
from django.conf import settings
from django.template.base import FilterExpression
from django.template.defaultfilters import floatformat
from django.urls import get_script_prefix, reverse
from django.utils.formats import localize
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext, gettext_lazy, ngettext

from predictions.display import countdown, status_badge
from predictions.scoring import TrackRecord
from predictions.site.localization import (
    Localized,
    bcp47_tag,
    language_name,
    localized,
    public_date,
    same_language,
    speaker_name,
)
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


@register.filter(name="claim_or_quote")
def claim_or_quote_filter(prediction: Any) -> Localized:
    """The claim in the interface's language; for a draft with no claim yet, the quote in its own language."""
    claim = localized(prediction, "claim")
    if claim.text:
        return claim
    return Localized(prediction.quote, prediction.quote_language or "und")


@register.filter(name="speaker_name")
def speaker_name_filter(speaker: Any) -> str:
    return speaker_name(speaker)


@register.filter(name="public_date")
def public_date_filter(value: datetime.date | datetime.datetime | None, show: str = "") -> str:
    """The public pages' one style of dates: ``{{ day|public_date }}``, ``{{ moment|public_date:"time" }}``."""
    if value is None:
        return ""
    return public_date(value, with_time=show == "time")


register.filter("countdown", countdown)


@register.simple_tag
def quote_caption(prediction: Any) -> str:
    """What is true about the quote: the speaker's words or the source's paraphrase, and in which language.

    Direct in the spoken language: "quoted in the original language"; direct in
    another: "as quoted in the source's Chinese translation"; reported speech:
    "the source's paraphrase" (the page then shows it without quotation marks).
    """
    language = language_name(prediction.quote_language)
    spoken = prediction.spoken_language
    if prediction.quote_kind == "reported":
        if spoken and not same_language(spoken, prediction.quote_language):
            return gettext("the source's paraphrase in %(language)s, not a quotation; the speaker spoke %(spoken)s") % {
                "language": language,
                "spoken": language_name(spoken),
            }
        return gettext("the source's paraphrase, not a quotation")
    if spoken and not same_language(spoken, prediction.quote_language):
        return gettext("as quoted in the source's %(language)s translation; the speaker spoke %(spoken)s") % {
            "language": language,
            "spoken": language_name(spoken),
        }
    if spoken:
        return gettext("quoted in the original language, as the source has it")
    return gettext("quoted as the source has it; the language spoken is not recorded")


@register.filter
def reader_reads(language_tag: str) -> bool:
    """Whether the interface language is the language of ``language_tag`` (then our translation is not needed)."""
    from django.utils.translation import get_language

    return same_language(language_tag, get_language() or settings.LANGUAGE_CODE)


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
def site_url(name: str) -> str:
    """``{% url name %}`` for the frame's fixed links (a name, no arguments): every public page renders
    eight of them, and reversing each took a tenth of a prediction page's render (issue 14, profiled)."""
    return _reversed(name, get_script_prefix())


@functools.lru_cache(maxsize=64)
def _reversed(name: str, script_prefix: str) -> str:
    return reverse(name)  # under ``script_prefix`` (where the site is mounted): part of the key


@register.simple_tag
def corrections_email() -> str:
    return str(settings.HINDSIGHT_CORRECTIONS_EMAIL)


# The columns of a track record, in the order of the cells ``record_cells`` builds.
# Five columns, not one per count: the verdicts share a column, so the table fits
# a desktop box in both languages and stacks into a card on a phone (site.css).
RECORD_COLUMNS = (
    (gettext_lazy("Predictions"), "num"),
    # xgettext:no-python-format
    (gettext_lazy("Hit rate (95% interval)"), "num"),
    (gettext_lazy("Brier score"), "num"),
    (gettext_lazy("Verdicts"), ""),
)


@register.simple_tag
def record_head() -> SafeString:
    """The column headers of a track record (after the speaker's, on the scoreboard)."""
    return format_html_join(
        "", '<th scope="col" role="columnheader" class="{}">{}</th>', ((css, label) for label, css in RECORD_COLUMNS)
    )


@register.simple_tag
def record_cells(record: TrackRecord) -> SafeString:
    """The cells of one track record in a scoreboard row (the columns of ``record_head``).

    Each cell starts with its column's name, shown only where the table is
    stacked on a phone and hidden from screen readers, which have the header.
    Built here rather than by an included template: the scoreboard renders up
    to ``SPEAKER_LIMIT`` rows, and an include per row is what page time grew with.
    """
    tally = record.tally
    predictions = format_html(
        "{}<small>{}</small>",
        localize(tally.total),
        gettext("%(resolved)s resolved · %(pending)s pending")
        % {"resolved": localize(tally.resolved), "pending": localize(tally.pending)},
    )
    if record.hit_rate is None or record.interval is None:
        rate = format_html("{}", "—")
    else:
        interval = f"{percent(record.interval.low)}–{percent(record.interval.high)}"
        rate = format_html("{}<small>{}</small>", percent(record.hit_rate), interval)
    if tally.scored == 0:
        rate = format_html('{}<small class="small-sample">{}</small>', rate, gettext("nothing scored yet"))
    elif record.small_sample:
        note = ngettext("%(counter)s scored: small sample", "%(counter)s scored: small sample", tally.scored)
        rate = format_html('{}<small class="small-sample">{}</small>', rate, note % {"counter": tally.scored})
    brier = format_html("{}", "—")
    if record.brier is not None:
        forecasts = ngettext("%(counter)s forecast", "%(counter)s forecasts", tally.brier_count)
        brier = format_html("{}<small>{}</small>", decimal(record.brier), forecasts % {"counter": tally.brier_count})
    if tally.resolved == 0:
        verdicts = format_html("{}", gettext("none yet"))
    else:
        counts = (
            (tally.correct, gettext("%(count)s correct")),
            (tally.partly_correct, gettext("%(count)s partly correct")),
            (tally.incorrect, gettext("%(count)s incorrect")),
            (tally.not_scored, gettext("%(count)s unresolvable or annulled")),
        )
        # Only the outcomes that occurred: "3 correct · 1 incorrect" reads faster than a row of zeros.
        verdicts = format_html(
            '<ul class="verdict-counts">{}</ul>',
            format_html_join(
                "", "<li>{}</li>", ((text % {"count": localize(count)},) for count, text in counts if count)
            ),
        )
    return format_html_join(
        "",
        '<td role="cell" class="{}"><span class="cell-label" aria-hidden="true">{}</span>{}</td>',
        (
            (css, label, content)
            for (label, css), content in zip(RECORD_COLUMNS, (predictions, rate, brier, verdicts), strict=True)
        ),
    )


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
        when = gettext("judged on %(date)s") % {"date": public_date(outcome.confirmed_at)}
    else:
        when = gettext("resolve on %(date)s") % {"date": public_date(prediction.resolve_on)}
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


class StoredFragmentNode(template.Node):
    """``{% stored_fragment fragment "name" %}…{% endstored_fragment %}``: the part
    ``name`` of the fragment as kept when it was found, else its body rendered and
    handed to the fragment (the view keeps it: ``predictions.site.fragments``)."""

    def __init__(self, nodelist: template.NodeList, fragment: FilterExpression, name: FilterExpression) -> None:
        self.nodelist = nodelist
        self.fragment = fragment
        self.name = name

    def render(self, context: template.Context) -> str:
        fragment = self.fragment.resolve(context)
        if fragment is None:
            return self.nodelist.render(context)
        name = str(self.name.resolve(context))
        html = fragment.parts.get(name)
        if html is None:
            html = fragment.parts[name] = str(self.nodelist.render(context))
        # Our own output, escaped when it was rendered; kept as text in the cache.
        return mark_safe(html)  # noqa: S308


@register.tag
def stored_fragment(parser: template.base.Parser, token: template.base.Token) -> StoredFragmentNode:
    bits = token.split_contents()
    if len(bits) != 3:
        raise template.TemplateSyntaxError('stored_fragment takes two arguments: the fragment and "the part\'s name"')
    nodelist = parser.parse(("endstored_fragment",))
    parser.delete_first_token()
    return StoredFragmentNode(nodelist, parser.compile_filter(bits[1]), parser.compile_filter(bits[2]))
