"""The edges of an English horizon: where a period starts or ends when the words around it move the date.

The labelling rules (tests/intake/corpus/README.md, "Dates" and "Date phrasings the rules do not spell out") read
a period's date from words outside the period's own name: "not until March" and "2028 at the earliest" are the day
before the period begins; "full-year" is the year its sentence is about; a range of horizons ("between 2027 and
2029", "two-to-three years", "next year or two") ends at its end; a day of the month without its month is in the
said-on month. These resolvers of ``rules/horizons_en.toml`` and the helpers ``resolvers_en`` shares with them
apply each rule to every unit (a month, a quarter, a half, a year), so that a writer's variant is read as the rule
says, not only the phrasing first met.
"""

from __future__ import annotations

import dataclasses
import datetime
import re

from predictions.intake import dates
from predictions.intake import horizons as h
from predictions.intake.calendar_en import BEFORE, MONTHS
from predictions.intake.horizons import Horizon, Resolution
from predictions.intake.numbers import parse_english_number

# "2036 at the earliest", "in March, at the very earliest": not before that period.
_AT_THE_EARLIEST = re.compile(r"\s*,?\s*at\s+the\s+(?:very\s+)?earliest\b", re.IGNORECASE)


def at_the_earliest(match: re.Match[str]) -> bool:
    """ "… at the earliest" right after the period: not before it begins."""
    return _AT_THE_EARLIEST.match(match.string, match.end()) is not None


def prep(match: re.Match[str]) -> str:
    words = match.groupdict().get("prep") or ""
    return " ".join(words.lower().split())


def not_until(match: re.Match[str]) -> bool:
    """ "not … until" right before the period: not before it (as "not until 2029" is the last day of 2028)."""
    preceding = match.string[max(0, match.start() - 60) : match.start()].lower()
    until = "" if prep(match) in ("until", "till") else r"\b(?:until|till)\s+"
    return re.search(rf"(?:\b(?:not|never|no)\b|n['’]t\b)[^.;,]*{until}$", preceding) is not None


def _sentence(match: re.Match[str]) -> tuple[int, int]:
    """The bounds of the sentence around the match (a full stop before a space or a line ends it)."""
    text = match.string
    ends = [m.end() for m in re.finditer(r"[.!?](?=\s)|\n", text[: match.start()])]
    after = re.search(r"[.!?](?=\s|$)|\n", text[match.end() :])
    return (ends[-1] if ends else 0), (match.end() + after.start() if after else len(text))


def full_year(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    """ "Full-year", "for the full year": the year the sentence is about — the one named right beside it ("full-year
    2026", "2026 full-year", "for the full year 2026"), else the said-on year. (A year further off in the sentence is
    not taken: it is as often a later target beside this year's figure.)"""
    start = _sentence(match)[0]
    beside = re.match(r"\s+(?:of\s+)?((?:19|20|21)\d\d)\b", match.string[match.end() :]) or re.search(
        r"\b((?:19|20|21)\d\d)\s+$", match.string[max(start, match.start() - 6) : match.start()]
    )
    if beside:
        return h.by_year(int(beside.group(1)))
    return h.this_year(said_on)


def next_year(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    """ "Next year" → its end; "before next year", "not until next year", "next year at the earliest" → the end of
    this one (not before next year begins); "before next year is out" → next year's end; "until next year" of a
    state that lasts → next year's end (as "until 2027")."""
    if match.groupdict().get("endof") or match.groupdict().get("out"):
        return h.next_year(said_on)
    if prep(match) in BEFORE or not_until(match) or at_the_earliest(match):
        return h.this_year(said_on)
    return h.next_year(said_on)


def year_span(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    """ "Between 2027 and 2029", "from 2026 to 2028", "in 2027-29", "in 2026 or early 2027": a range of years ends
    at its end (the later year, within a few years of the first)."""
    first, join, last_words = int(match.group("year")), match.group("join").strip(), match.group("last")
    words = prep(match) in ("between", "from")
    if words != (join not in ("-", "–")) or (words and (join == "and") != (prep(match) == "between")):
        return None  # "between … to", "in 2027 and 2028" (a plain "and" may join two claims), "from 2026-28"
    if words and len(last_words) != 4:
        return None
    last = int(last_words) if len(last_words) == 4 else first - first % 100 + int(last_words)
    shortest = first + 1 if words else first + 2  # "in 2026-27" is one fiscal year or season, not a range
    return h.by_year(last) if shortest <= last <= first + 10 else None


def shorthand_period(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    """ "3Q26", "Q3'26", "1H 2026": the quarter's or the half's last day; before it, or "not until" it, the day
    before it begins."""
    year = int(match.group("year")) if match.group("year") else 2000 + int(match.group("yy") or match.group("yy2"))
    before = prep(match) in BEFORE or not_until(match) or at_the_earliest(match)
    quarter = match.group("qa") or match.group("qb")
    if quarter:
        which = int(quarter)
        if before:
            return h.by_quarter(year, which - 1) if which > 1 else h.end_of_year(year - 1)
        return h.by_quarter(year, which)
    first = (match.group("ha") or match.group("hb")) == "1"
    if before:
        return h.end_of_year(year - 1) if first else h.mid_year(year)
    return h.mid_year(year) if first else h.end_of_year(year)


def first_months(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    """ "The first six months of 2026" → 06-30 (as the first half); "the first nine months of the year" → 09-30;
    "the last three months of 2026" → its end."""
    count = parse_english_number(match.group("num"))
    if count is None or not 1 <= count <= 12 or count != int(count):
        return None
    year = int(match.group("year")) if match.group("year") else said_on.year + (1 if match.group("next") else 0)
    if match.group("which").lower() in ("last", "final"):
        return h.end_of_year(year)
    return h.by_month(year, int(count))


def day_of_this_month(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    """ "By the 28th", "on the 21st": a day of the month without its month is in the said-on month (the next month's
    once that day has passed)."""
    day = int(match.group("day"))
    if prep(match) == "on" and not _AHEAD.search(match.string, max(0, match.start() - 80), match.start()):
        return None  # "fell on the 21st": a day gone by
    named = dates.safe_date(said_on.year, said_on.month, day)
    if named is None or named < said_on:
        following = dates.add_months(said_on.replace(day=1), 1)
        named = dates.safe_date(following.year, following.month, day)
    if named is None:
        return None
    return h.by_day(named.year, named.month, named.day, before=prep(match) in BEFORE)


_AHEAD = re.compile(r"\b(?:will|won['’]t|going\s+to|expect(?:s|ed)?|likely|would)\b|['’]ll\b", re.IGNORECASE)


def month_part(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    """ "By the middle of June" → the 20th (as "mid-June"); "by the start of June" → the last day of May."""
    if match.group("month")[0].islower():
        return None
    month = MONTHS[match.group("month").lower().rstrip(".")]
    year = int(match.group("year")) if match.group("year") else None
    if year is None:
        year = said_on.year if month >= said_on.month else said_on.year + 1
    if match.group("part").lower() == "middle":
        return h.by_day(year, month, 20)
    return h.by_month(year, month, before=True)


def month_after_next(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    """ "The month after next": the last day of the second month after the said-on month."""
    second = dates.add_months(said_on.replace(day=1), 2)
    day = dates.month_end(second.year, second.month)
    return day, f"the month after next: the last day of the second month after the said-on month ({day.isoformat()})"


# A time that dates a noun before it, not the claim: "girls born this year will live to 100", "the season that begins
# June 1 is expected to be busy" (README: "a dated word that dates something else in the sentence" gives no date). Only
# where the claim's own verb follows the time, so that "a recovery that begins next year" (the claim) keeps it.
_DATES_A_NOUN = re.compile(
    r"\b(?:born|built|founded|opened|launched|released|elected|enrolled|hired|planted|installed|graduating|graduated"
    # (A season or an event that begins then: not "the fiscal year that begins this month", the claim's own period.)
    r"|(?:season|session|window|campaign|festival|tournament|series|championship)"
    r",?\s+(?:that|which)\s+(?:begins|starts|opens|ends|closes|runs|kicks\s+off|began|started|opened))"
    r"\s+(?:(?:on|in|from|during|since)\s+)?$",
    re.IGNORECASE,
)
_CLAIM_VERB_AFTER = re.compile(
    r",?\s+(?:will|would|won['’]t|to\s+be|is|are|should|could|may|might|can|look|looks|seem|seems)\b", re.IGNORECASE
)


def dating_a_noun(text: str, horizons: list[Horizon]) -> list[Horizon]:
    """``horizons`` with those that date a noun before them made undated."""
    return [
        dataclasses.replace(horizon, resolve_on=None, rule=f"“{horizon.words}” dates the noun before it, not the claim")
        if horizon.resolve_on is not None
        and _DATES_A_NOUN.search(text, max(0, horizon.start - 40), horizon.start)
        and _CLAIM_VERB_AFTER.match(text, horizon.end)
        else horizon
        for horizon in horizons
    ]


def _named_year(match: re.Match[str], said_on: datetime.date) -> int:
    """The year of "… of 2027", "… of this year", "… of next year"."""
    if match.groupdict().get("year"):
        return int(match.group("year"))
    return said_on.year + (1 if "next" in match.group(0).lower() else 0)


# The words of a first half: "the first half", "H1", "1H26", "the front half" (the others name the second).
FIRST_HALF = {"first", "1st", "h1", "1h", "front"}


def half_without_year(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    first = match.group("which").lower() in FIRST_HALF
    if not re.search(r"\bthe\b", match.group(0), re.IGNORECASE) and (first or said_on.month > 6):
        return None  # a headline's "jump 25% in first half": without its article, a half begun is the results'
    if not_until(match) or at_the_earliest(match):  # "not until the second half": not before it begins
        return h.end_of_year(said_on.year - (0 if said_on.month > 6 else 1)) if first else h.mid_year(said_on.year)
    if first:
        return h.mid_year(said_on.year if said_on.month <= 6 else said_on.year + 1)
    return h.end_of_year(said_on.year)


def half_adjective(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    """(Round 15) "Sees first-half shipments down 8%": the half under way or to come; once it is over, "first-half
    profit" is the results'."""
    if match.group("which").lower() in FIRST_HALF:
        return h.mid_year(said_on.year) if said_on.month <= 6 else None
    return h.end_of_year(said_on.year)


def half_year(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    year = _named_year(match, said_on)
    first = match.group("which").lower() in FIRST_HALF
    # (Round 17) "will not return … until the second half of 2023", "H2 2026 at the earliest": not before it begins.
    if not_until(match) or at_the_earliest(match):
        return h.end_of_year(year - 1) if first else h.mid_year(year)
    return h.mid_year(year) if first else h.end_of_year(year)
