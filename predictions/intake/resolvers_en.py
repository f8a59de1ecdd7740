"""How English horizon words resolve to dates: the resolvers of the grammar in ``horizons_en``.

Each takes the rule's match and the said-on date and returns (date or None, the rule stated for a
reviewer), or None when the words are not a horizon after all ("for five years", "two years ago",
"the highest in ten years"). "The year after" is read after the year its sentence names (``reanchor``).
"""

from __future__ import annotations

import dataclasses
import datetime
import re

from predictions.intake import dates
from predictions.intake import horizons as h
from predictions.intake.calendar_en import BEFORE, MONTHS, QUARTERS
from predictions.intake.edges_en import at_the_earliest, not_until
from predictions.intake.horizons import Horizon, Resolution
from predictions.intake.numbers import parse_english_number


def _prep(match: re.Match[str]) -> str:
    prep = match.groupdict().get("prep") or ""
    return " ".join(prep.lower().split())


def _month(match: re.Match[str]) -> int:
    return MONTHS[match.group("month").lower().rstrip(".")]


def _year(match: re.Match[str]) -> int:
    return int(match.group("year"))


def _relative_year(match: re.Match[str], said_on: datetime.date) -> int:
    """The year of "… of 2027", "… of this year", "… of next year"."""
    if match.groupdict().get("year"):
        return _year(match)
    return said_on.year + (1 if "next" in match.group(0).lower() else 0)


def _upcoming_year(month: int, said_on: datetime.date) -> int:
    """A month named without a year is the next one of that name (this one if it is still running)."""
    return said_on.year if month >= said_on.month else said_on.year + 1


def full_date(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    return h.by_day(_year(match), _month(match), int(match.group("day")), before=_prep(match) in BEFORE)


def iso_date(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    month, day = int(match.group("mon")), int(match.group("day"))
    return h.by_day(_year(match), month, day, before=_prep(match) in BEFORE)


def _not_before(match: re.Match[str]) -> bool:
    """ "Before March", "not until March", "March at the earliest": the period before it (unless "the end of")."""
    starts = _prep(match) in BEFORE or not_until(match) or at_the_earliest(match)
    return starts and not match.groupdict().get("endof")


def month_year(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    before = _not_before(match)
    if _PART_DAY.get((match.groupdict().get("part") or "").lower()) and not match.group("endof"):
        return h.by_day(_year(match), _month(match), _PART_DAY[match.group("part").lower()], before=before)
    return h.by_month(_year(match), _month(match), before=before)


# (Round 10) The part of a month: "early April" ends on the 10th, "mid-December" on the 20th (the thirds of a month,
# as 上旬 / 中旬); "late March" is the month's end.
_PART_DAY = {"early": 10, "mid": 20}


def month_only(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    if match.group("month")[0].islower():  # "may" is a modal verb, never a month without its capital
        return None
    month = _month(match)
    before = _not_before(match)
    rel = (match.groupdict().get("rel") or "").lower()
    year = said_on.year + 1 if rel == "next" else said_on.year if rel == "this" else _upcoming_year(month, said_on)
    # ("Before next March": the "next" after another preposition.)
    if "next" in (_prep(match), (match.groupdict().get("relp") or "").lower()) and month == said_on.month and not rel:
        year = said_on.year + 1  # (Round 14) "next May" said in May: not the May under way, the one a year on
    day = match.groupdict().get("day") or _PART_DAY.get((match.groupdict().get("part") or "").lower())
    if day and not match.groupdict().get("endof"):
        return h.by_day(year, month, int(day), before=before)
    return h.by_month(year, month, before=before)


def month_span(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    """ "April to June", "the June-September season": the end of the span's last month, the next one of that name."""
    if match.group("m2")[0].islower() or match.group("month")[0].islower():  # "may" is a modal verb
        return None
    month = _month(match)
    return h.by_month(_upcoming_year(month, said_on), month)


def year_to_month(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    """ "For the year to February": the end of the next February (a company's year ends with that month)."""
    month = _month(match)
    return h.by_month(_upcoming_year(month, said_on), month)


def mid_the_year(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    """ "By mid-year": 30 June of the said-on year, or of the next year once the middle has passed."""
    return h.mid_year(said_on.year if said_on.month <= 6 else said_on.year + 1)


_ORDINALS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
]
# (Round 13) "the first of November", "the twenty-first of June": a day said as an ordinal word.
ORDINAL_DAYS = {word: n for n, word in enumerate(_ORDINALS, 1)} | {
    **{f"twenty-{word}": 20 + n for n, word in enumerate(_ORDINALS[:9], 1)},
    "thirtieth": 30,
    "thirty-first": 31,
}


def month_day(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    name = match.group("month") or match.group("m2")
    if name[0].islower():
        return None
    month = MONTHS[name.lower().rstrip(".")]
    words = match.groupdict().get("dayword")
    day = ORDINAL_DAYS[words.lower()] if words else int(match.group("day") or match.group("day2"))
    this_year = dates.safe_date(said_on.year, month, day)
    year = said_on.year if this_year is not None and this_year >= said_on else said_on.year + 1
    return h.by_day(year, month, day, before=_prep(match) in BEFORE)


def quarter(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    number = match.groupdict().get("qn")
    which = int(number) if number else QUARTERS[match.group("q").lower()]
    if match.groupdict().get("year") or "year" in match.group(0).lower():
        year = _relative_year(match, said_on)
    else:
        current = 1 + (said_on.month - 1) // 3
        year = said_on.year if which >= current else said_on.year + 1
    if (_prep(match) in BEFORE or not_until(match) or at_the_earliest(match)) and "end" not in match.group(0).lower():
        # "Not before the third quarter": by the end of the quarter before it (as "before March" is February).
        return h.by_quarter(year, which - 1) if which > 1 else h.end_of_year(year - 1)
    return h.by_quarter(year, which)


def quarter_by_month(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    """ "The December quarter": the quarter that ends in that month (Australian and company reporting)."""
    which = MONTHS[match.group("month").lower()] // 3
    if match.groupdict().get("year") or "year" in match.group(0).lower():
        return h.by_quarter(_relative_year(match, said_on), which)
    current = 1 + (said_on.month - 1) // 3
    return h.by_quarter(said_on.year if which >= current else said_on.year + 1, which)


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# What a weekday after "on" dates when it is no horizon: a report or an event already past ("said on Monday",
# "fell 3% on Tuesday", "in an interview on Friday").
_PAST_ON = re.compile(
    # (Round 11) and the irregular pasts of forecasting: "forecast on Tuesday that …", "saw on Monday".
    r"(?:\b(?:said|told|says|wrote|\w+ed|fell|rose|spoke|speaking|interview|statement|met|won|lost|hit|forecast|foresaw"
    r"|saw|put|gave|thought)"
    r"|,)\s+(?:late\s+|early\s+)?$",
    re.IGNORECASE,
)
# (Round 12) and the verbs of expecting and the reported future: "We expect 40 percent of trains to run on Friday", "the
# heat is expected to break on Sunday", "said a reduced service would run on Saturday".
_CHANCE_OR_WILL = re.compile(
    r"\b(?:will|won['’]t|going\s+to|chance|odds|(?:un)?likely|expect(?:s|ed|ing)?|forecasts?|would|wouldn['’]t)\b"
    r"|['’](?:ll|d)\b",
    re.I,
)


def weekday(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    """ "by Friday", "before Monday", "on Friday" after a future marker in its sentence: the next such day after
    the said-on date (the corpus rule for a weekday without a date)."""
    prep = _prep(match)
    before = match.string[max(0, match.start() - 120) : match.start()]
    # (Its sentence ends at a full stop or a line: a headline's "will" above is not this sentence's.)
    sentence = re.split(r"[.\n]", before)[-1]
    if prep == "on" and (_PAST_ON.search(before) or not _CHANCE_OR_WILL.search(sentence)):
        return None
    ahead = (_WEEKDAYS.index(match.group("wd").lower()) - said_on.weekday() - 1) % 7 + 1
    day = said_on + datetime.timedelta(days=ahead)
    if prep == "before":
        return day - datetime.timedelta(days=1), f"before {match.group('wd')}: the day before the next one"
    return day, f"{match.group('wd')}: the next one after the said-on date ({day.isoformat()})"


def event_weekday(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    """ "The marathon on Sunday": the next such day after the said-on date, whatever the tense around it."""
    ahead = (_WEEKDAYS.index(match.group("wd").lower()) - said_on.weekday() - 1) % 7 + 1
    day = said_on + datetime.timedelta(days=ahead)
    return day, f"the event on {match.group('wd')}: the next one after the said-on date ({day.isoformat()})"


def this_weekend(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    """ "This weekend": the Sunday that ends it (the said-on date itself when said on a Sunday)."""
    day = said_on + datetime.timedelta(days=(6 - said_on.weekday()) % 7)
    return day, f"this weekend: the Sunday that ends it ({day.isoformat()})"


def christmas(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    """ "By Christmas": 25 December of the said-on year (the next if past); "before Christmas" → the 24th."""
    day = datetime.date(said_on.year, 12, 25)
    if day < said_on:
        day = datetime.date(said_on.year + 1, 12, 25)
    if _prep(match) == "before":
        return day - datetime.timedelta(days=1), f"before Christmas: {(day - datetime.timedelta(days=1)).isoformat()}"
    return day, f"by Christmas: {day.isoformat()}"


def relative(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    """within / in / over the next N units, N units from now — never "for N years", "N years ago"."""
    prep = _prep(match)
    following = match.string[match.end() : match.end() + 12].lower()
    preceding = match.string[max(0, match.start() - 40) : match.start()].lower()
    if re.match(r"\s*(ago|earlier|before|later|old\b|running|straight|in a row)", following):
        return None
    # "for at least five years": not within five years, judged five years on (as "at least N more years"); so are
    # "for two more years", "for another two years" (more of what is now: the time from now on, not a duration).
    groups = match.groupdict()
    # … and "won't reopen for two years" (not within them), "for a decade or more".
    more = bool(groups.get("least") or groups.get("more") or groups.get("another") or groups.get("ormore"))
    at_least = prep == "for" and (more or bool(_NOT_YET.search(re.split(r"[.;,!?]", preceding)[-1])))
    # (Round 16) "at least two more years" after any verb ("will spend at least two more years policing …"); and the
    # time a thing lasts or needs ("will last at least a decade", "needs another two years").
    at_least = at_least or bool(groups.get("least") and (groups.get("more") or groups.get("another")))
    at_least = at_least or bool((groups.get("least") or groups.get("another")) and _LASTS.search(preceding))
    # "It will take 12 to 18 months to rebuild": the time a thing takes from now (``_WILL`` below; not "took").
    will = _WILL.search(match.string, max(0, match.start() - 60), match.start())
    takes = prep in ("take", "takes", "taking") and bool(will)
    looks_ahead = (
        prep in ("within", "in", "inside", "over", "during") or takes or match.group("next") or match.group("tail")
    )
    if not (looks_ahead or at_least):
        return None
    ahead = _WILL.search(match.string, max(0, match.start() - 80), match.start())
    # (Round 12) "will fall to its smallest in at least ten years": a record counted back, whatever the tense.
    record = bool(groups.get("least")) and bool(_SUPERLATIVE.search(re.split(r"[.!?;]", preceding)[-1]))
    if prep == "in" and not match.group("next") and _SUPERLATIVE.search(preceding) and (record or not ahead):
        return None  # "the highest in ten years" looks back; "will be the biggest in five years" looks ahead
    if prep == "in" and not match.group("next") and not match.group("tail") and _PERFECT.search(preceding):
        return None  # (Round 13) "they've doubled in ten years": the present perfect counts back from now
    # A range of horizons ends at its end: "within two to three years" → three years on.
    number = match.groupdict().get("num2") or match.group("num")
    count = parse_english_number(number) if number else 1
    if count is None or count != int(count):
        return None
    return h.after(said_on, int(count), match.group("unit").lower().rstrip("s"))


_NOT_YET = re.compile(r"(?:\bnot\b|n['’]t\b|\bnever\b)")
_LASTS = re.compile(r"\b(?:last|lasts|need|needs|require|requires|persist|persists|continue|continues|wait)\s+$")
_SUPERLATIVE = re.compile(
    r"(first|highest|lowest|most|least|biggest|largest|smallest|worst|best|fastest|slowest|strongest|weakest)\b"
    # (Round 9) "for the second time in four months" counts back too.
    r"|\b(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\s+time\s+$"
)
# A verb in the present perfect a few words before (not the future perfect "will have doubled", nor "have been told").
_PERFECT = re.compile(
    r"(?<!will )(?<!['’]ll )(?<!would )\b(?:have|has|['’]ve)\s+(?:(?:already|nearly|almost|roughly|more\s+than)\s+)?"
    r"(?!been\b)[a-z]+(?:ed|en|wn|ne|un|lt|ght)\b(?:\s+(?!will\b|would\b|to\b)[\w%.$£€-]+){0,4}\s*$"
)
_WILL = re.compile(r"\b(?:will|won['’]t|going\s+to)\b|['’]ll\b", re.IGNORECASE)


def by_year(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    prep = _prep(match)
    preceding = match.string[max(0, match.start() - 60) : match.start()].lower()
    negated = prep in ("until", "till") and re.search(r"\b(?:not|never|no)\b|n['’]t\b", preceding)
    if prep in BEFORE or negated or at_the_earliest(match):
        return h.before_year(_year(match))  # "not until 2029", "2029 at the earliest": not before it
    if _year(match) <= said_on.year and _COMPARED_WITH.search(preceding):
        return past(match, said_on)  # "fewer seniors than it did in 2025": the year compared with, not the horizon
    return h.by_year(_year(match))


# The past a forecast is measured against: "than it did in 2025", "than last year's", "compared with 2024".
_COMPARED_WITH = re.compile(
    r"\b(?:than\s+(?:\w+\s+){0,2}?(?:did|was|were|had|managed)|compared\s+(?:with|to)|versus|from|since)\s+(?:in\s+)?$"
)


def decade_named(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    """ "In the 2030s", "by the 2040s": the decade's last day; "before the 2030s": the last day of the decade before;
    "the early 2030s", and "the 2030s" with no preposition (a name, "the 2030s will be hotter"), are no date the
    rules give."""
    before = match.string[max(0, match.start("decade") - 7) : match.start("decade")]
    if not _prep(match) or re.search(r"(?:early|mid|late)[- ]$", before, re.I):
        return None
    first = int(match.group("decade"))
    if _prep(match) == "before" and "end" not in match.group(0).lower():
        return h.before_year(first)
    return dates.year_end(first + 9), f"the {first}s: the decade's last day ({first + 9}-12-31)"


def start_of_year(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    return h.before_year(_year(match))


def end_of_year(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    return h.end_of_year(_year(match))


def mid_year(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    return h.mid_year(_year(match))


def mid_named_year(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    """ "The middle of next year": 30 June of the year after the said-on year ("this year": of that year)."""
    return h.mid_year(said_on.year + (1 if match.group("rel").lower() == "next" else 0))


def past(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    """Words about the past: a date before said-on, so the text is known to look back."""
    return said_on - datetime.timedelta(days=1), "the past"


THE_YEAR_AFTER = "the year after the one the sentence names"


def the_year_after(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    """No date yet: ``reanchor`` reads it after the year its sentence names."""
    return None, THE_YEAR_AFTER


def year_or_year(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    """ "In 2026 or 2027": a range of years ends at its end (the later year; "before" does not take this rule)."""
    first, last = _year(match), int(match.group("year2"))
    return h.by_year(last) if first < last <= first + 5 else None


def a_unit_or_two(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    """ "Within a year or two": a range of horizons ends at its end."""
    return h.after(said_on, 2, match.group("unit"))


def named_year(horizon: Horizon, said_on: datetime.date) -> int | None:
    """The year a dated horizon names ("next year" → said-on + 1, "in 2026" → 2026), or None."""
    if horizon.resolve_on is None or not re.search(r"year|\d{4}", horizon.words, re.IGNORECASE):
        return None
    return horizon.resolve_on.year


def reanchor(horizon: Horizon, year: int, said_on: datetime.date) -> Horizon | None:
    """ "The year after" read after the year its sentence named: "next year and … the year after"."""
    if horizon.rule != THE_YEAR_AFTER:
        return None
    resolution = h.by_year(year + 1)
    if resolution is None:
        return None
    return dataclasses.replace(horizon, resolve_on=resolution[0], rule=f"the year after {year}: {resolution[1]}")
