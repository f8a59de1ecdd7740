"""Reads for the intake: a source's forecast candidates as offered to reviewers, and the drafts to finish.

A candidate is offered unless a reviewer dismissed it (``DismissedCandidate``, by source and
offsets) or already accepted it (a prediction of the source whose anchored quote overlaps it). With
``second_look``, the sentences the extractor did not propose but that speak of the future come too
(``predictions.intake.second_look``, marked ``Offered.second_look``): "Find forecasts" lists them under the
candidates, so a forecast the extractor missed is accepted with a click, not typed.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from dataclasses import dataclass

from django.db.models import QuerySet
from django.utils.translation import gettext, gettext_noop

from predictions.intake import Candidate, find_forecasts
from predictions.intake.rules_zh import in_chinese
from predictions.intake.second_look import second_look as second_look_of
from predictions.models import DismissedCandidate, Prediction, Source, SourceTextError

OTHER_LANGUAGE = gettext_noop(
    "Forecasts are found in English and Simplified Chinese texts; this source is in “%(language)s”."
)


# The longest text searched for forecasts in one request. The extractor takes about 15 ms a thousand characters and
# the page as much again, so a source this long answers in a few seconds, well inside the web server's 30 s; a
# book-length transcript is split into several sources (the command ``find_forecasts`` has no such limit).
LONGEST_TEXT = 100_000
TOO_LONG = gettext_noop(
    "This source's text is too long to search for forecasts at once: %(length)s characters, and the limit is "
    "%(limit)s. Split it into several sources (a part of the transcript each) and search each."
)


class IntakeUnavailable(Exception):
    """This source cannot be read for forecasts (no text, unreadable text, a language the extractor lacks)."""

    def __init__(self, message: str, *, shown: str) -> None:
        super().__init__(message)
        self.message = message  # for the API, whose messages are English
        self.shown = shown  # for the reviewer's page, in the reviewer's language


@dataclass(frozen=True)
class Offered:
    """A candidate as a reviewer sees it: still open, or already a draft or a prediction (``prediction_id``)."""

    candidate: Candidate
    prediction_id: int | None = None
    # Not proposed by the extractor: a sentence about the future that the reviewer may still accept.
    second_look: bool = False

    @property
    def key(self) -> str:
        return self.candidate.key

    @property
    def horizon_rule_zh(self) -> str | None:
        """The horizon rule for a Chinese reviewer (the extractor states it in English)."""
        return in_chinese(self.candidate.horizon_rule) if self.candidate.horizon_rule else None


def intake_language(tag: str) -> str | None:
    """The extractor's language for a source's BCP 47 tag ("en-GB" → "en", "zh-CN" → "zh-Hans"), or None.

    Traditional Chinese is not offered: the extractor's Chinese rules are written for Simplified."""
    parts = tag.lower().split("-")
    if parts[0] == "en":
        return "en"
    if parts[0] == "zh" and not {"hant", "tw", "hk", "mo"} & set(parts[1:]):
        return "zh-Hans"
    return None


def said_on_default(source: Source) -> datetime.date | None:
    """When the words were said, as far as the source tells: the event's date, else the publication date."""
    return source.event_date or source.published_on


def source_candidates(source: Source, *, said_on: datetime.date, second_look: bool = False) -> list[Offered]:
    """Every candidate the extractor finds in the source, minus the dismissed ones, in text order; with
    ``second_look``, then the second look's sentences (minus the dismissed ones), in text order."""
    return list(_offers(source, said_on=said_on, second_look=second_look))


def find_candidate(source: Source, *, key: str, said_on: datetime.date) -> Offered | None:
    """The offered candidate with this key (``Candidate.key``), or None when it is not (or no longer) offered.
    The second look is read only when the key is none of the extractor's candidates (``_offers`` is lazy)."""
    return next((offered for offered in _offers(source, said_on=said_on, second_look=True) if offered.key == key), None)


def _offers(source: Source, *, said_on: datetime.date, second_look: bool) -> Iterator[Offered]:
    language = intake_language(source.language)
    if language is None:
        tag = {"language": source.language}
        raise IntakeUnavailable(OTHER_LANGUAGE % tag, shown=gettext(OTHER_LANGUAGE) % tag)
    try:
        text = source.full_text
    except SourceTextError as error:
        raise IntakeUnavailable(
            str(error), shown=gettext("This source's text cannot be read, or does not match its recorded sha256.")
        ) from None
    if not text.strip():
        empty = "This source keeps no text. Paste or upload its text first."
        raise IntakeUnavailable(empty, shown=gettext(empty))
    if len(text) > LONGEST_TEXT:
        sizes = {"length": f"{len(text):,}", "limit": f"{LONGEST_TEXT:,}"}
        raise IntakeUnavailable(TOO_LONG % sizes, shown=gettext(TOO_LONG) % sizes)
    dismissed = set(DismissedCandidate.objects.filter(source=source).values_list("start", "end", "quote"))
    quoted = list(
        Prediction.objects.filter(source=source, quote_start__isnull=False).values_list(
            "id", "quote_start", "quote_end"
        )
    )

    def offer(candidate: Candidate, *, second: bool = False) -> Iterator[Offered]:
        if (candidate.start, candidate.end, candidate.quote) in dismissed:
            return
        # Taken when any prediction of the source overlaps it: a reviewer trims a draft's quote ("A: …", the lead-in
        # of a sentence) and the offer it came from must still read as accepted, not be offered (and accepted) again.
        taken = next((pk for pk, start, end in quoted if start < candidate.end and candidate.start < end), None)
        yield Offered(candidate, taken, second_look=second)

    candidates = find_forecasts(text, language=language, said_on=said_on)
    for candidate in candidates:
        yield from offer(candidate)
    if second_look:
        for line in second_look_of(text, language=language, said_on=said_on, candidates=candidates):
            yield from offer(line, second=True)


def drafts_to_finish() -> QuerySet[Prediction]:
    """Draft predictions waiting for a reviewer to write their claim and criteria and publish them, oldest first."""
    return Prediction.objects.filter(is_draft=True).select_related("speaker", "source").order_by("created_at", "id")
