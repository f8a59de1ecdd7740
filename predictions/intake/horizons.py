"""Horizons: the words that say when a forecast can be judged, and the date they resolve to.

``scan(text, rules, said_on)`` returns every horizon in a piece of text, in order, each with its
character span, the date and the rule that produced it (``None`` for a horizon that names no
checkable date: "soon", "one day", 未来). The grammars are per language
(``horizons_en``, ``horizons_zh``); the calendar arithmetic they share is in ``dates``. The
rules are listed in docs/decisions.md (issue 12) and are the ones the labelled corpus uses.
"""

from __future__ import annotations

import bisect
import datetime
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from predictions.intake import dates
from predictions.intake.folding import fold

# A resolver turns a match and the said-on date into (date or None, rule); returning None means
# "not a horizon after all" (an impossible date, a number that is not a count).
Resolution = tuple[datetime.date | None, str]
Resolver = Callable[[re.Match[str], datetime.date], Resolution | None]
Span = tuple[int, int]


@dataclass(frozen=True)
class HorizonRule:
    name: str
    pattern: re.Pattern[str]
    resolve: Resolver
    # A weak horizon (a year or a quarter named without "by", "in", "before" …) dates a forecast only
    # when nothing stronger is in the sentence, and never makes a clause a forecast on its own.
    weak: bool = False
    # Words every match contains (a year's digits, a month's name): the rule is tried only on the lines
    # that have them, so a long text costs one cheap search per rule instead of a full one.
    gate: re.Pattern[str] | None = None
    # The pattern and its gate match the folded text (see ``folding``): much faster than ignoring case.
    folded: bool = False


@dataclass(frozen=True)
class Horizon:
    start: int
    end: int
    words: str
    resolve_on: datetime.date | None
    rule: str
    weak: bool = False


def scan(
    text: str, rules: Iterable[HorizonRule], said_on: datetime.date, *, lead: re.Pattern[str] | None = None
) -> list[Horizon]:
    """Every horizon in ``text``: at each place the longest match of any rule wins; matches never overlap.

    ``lead``: the words a strong horizon starts with ("by", "within" …); a match that does not start
    with one of them is weak ("the first quarter" against "before the end of 2026"). A folded rule is
    tried on the folded text (``folding``: the same offsets), the others on the text as written.
    """
    found: list[Horizon] = []
    lines = [(line.start(), line.end()) for line in _LINE.finditer(text)]
    line_starts = [start for start, _ in lines]
    folded_text = fold(text)
    for rule in rules:
        for match in _matches(rule, folded_text if rule.folded else text, lines, line_starts):
            try:
                resolution = rule.resolve(match, said_on)
            except (OverflowError, ValueError):  # "next year" said on 9999-12-31: no date the calendar has
                resolution = None
            if resolution is None:
                continue
            start, end = match.span()
            words = text[start:end]
            weak = rule.weak or (lead is not None and resolution[0] is not None and not lead.match(words))
            found.append(Horizon(start, end, words, resolution[0], resolution[1], weak))
    # Longest first, then earliest: a longer reading ("by the end of March 2026") beats the shorter
    # one inside it ("March 2026", "2026").
    found.sort(key=lambda horizon: (-(horizon.end - horizon.start), horizon.start))
    taken = bytearray(len(text))  # characters already inside a kept horizon: linear, whatever the count
    kept: list[Horizon] = []
    for horizon in found:
        if not any(taken[horizon.start : horizon.end]):
            taken[horizon.start : horizon.end] = b"\x01" * (horizon.end - horizon.start)
            kept.append(horizon)
    return sorted(kept, key=lambda horizon: horizon.start)


_LINE = re.compile(r"[^\n]+")


def _matches(rule: HorizonRule, text: str, lines: list[Span], line_starts: list[int]) -> Iterator[re.Match[str]]:
    """The rule's matches in ``text``; with a gate, only in the lines (paragraphs) where the gate is found."""
    if rule.gate is None:
        yield from rule.pattern.finditer(text)
        return
    seen = -1
    for hit in rule.gate.finditer(text):
        index = bisect.bisect_right(line_starts, hit.start()) - 1
        if index > seen:
            seen = index
            yield from rule.pattern.finditer(text, *lines[index])


def choose_horizon(horizons: list[Horizon], said_on: datetime.date) -> Horizon | None:
    """The horizon a forecast is judged by: the first one dated on or after said-on, else the first vague one.

    Horizons in the past are context ("up from 2023"), never the forecast's date.
    """
    dated = [h for h in horizons if h.resolve_on is not None and h.resolve_on >= said_on]
    strong = [h for h in dated if not h.weak]
    if strong or dated:
        first = (strong or dated)[0]
        # A year, then a finer date in it: 今年流感季将从11月中下旬开始 is judged at the end of November.
        finer = [
            h
            for h in (strong or dated)[1:]
            if _A_YEAR.match(first.words)
            and h.resolve_on is not None
            and first.resolve_on is not None
            and h.start > first.start  # said after the year, and not the day of speaking ("8月12日表示")
            and said_on < h.resolve_on < first.resolve_on
            and h.resolve_on.year == first.resolve_on.year
        ]
        return finer[0] if finer else first
    vague = [h for h in horizons if h.resolve_on is None]
    return vague[0] if vague else None


_A_YEAR = re.compile(r"(?:今年|明年|后年|(?:19|20|21)\d\d年)$")


def only_past(horizons: list[Horizon], said_on: datetime.date) -> bool:
    """True when the text names dates and all of them lie before said-on: it speaks of the past."""
    dated = [h for h in horizons if h.resolve_on is not None]
    return bool(dated) and all(h.resolve_on is not None and h.resolve_on < said_on for h in dated)


def plural(count: int, unit: str) -> str:
    return f"{count} {unit}" if count == 1 else f"{count} {unit}s"


# --- resolutions shared by both grammars: each returns the date and the rule, stated for a reviewer ---------
def after(said_on: datetime.date, count: int, unit: str) -> Resolution | None:
    """``count`` years / months / weeks / days / decades after said-on (within N years, N年内, N年后)."""
    if count <= 0 or count > 1000:
        return None
    if unit == "decade":
        count, unit = count * 10, "year"
    if unit == "year":
        day = dates.add_years(said_on, count) if said_on.year + count <= 9999 else None
        how = "same calendar day (29 Feb → 28 Feb)"
    elif unit == "month":
        day = dates.add_months(said_on, count) if said_on.year + count // 12 < 9999 else None
        how = "same day of the month, clamped to the month's end"
    elif unit == "week":
        day, how = dates.add_days(said_on, 7 * count), f"{7 * count} days"
    else:
        day, how = dates.add_days(said_on, count), "calendar days"
    if day is None:
        return None
    return day, f"said-on + {plural(count, unit)}, {how}: {said_on.isoformat()} → {day.isoformat()}"


def by_year(year: int) -> Resolution | None:
    if not 1900 <= year <= 2999:
        return None
    return dates.year_end(year), f"by or in {year}: the whole year counts, so its last day ({year}-12-31)"


def end_of_year(year: int) -> Resolution | None:
    if not 1900 <= year <= 2999:
        return None
    return dates.year_end(year), f"by the end of {year}: {year}-12-31"


def before_year(year: int) -> Resolution | None:
    if not 1901 <= year <= 2999:
        return None
    return dates.year_end(year - 1), f"before {year}: the last day of {year - 1}"


def by_month(year: int, month: int, *, before: bool = False) -> Resolution | None:
    if not (1900 <= year <= 2999 and 1 <= month <= 12):
        return None
    if before:
        previous = dates.add_months(datetime.date(year, month, 1), -1)
        day = dates.month_end(previous.year, previous.month)
        return day, f"before {year}-{month:02d}: the last day of the month before ({day.isoformat()})"
    day = dates.month_end(year, month)
    return day, f"by or in {year}-{month:02d}: the last day of that month ({day.isoformat()})"


def by_day(year: int, month: int, day: int, *, before: bool = False) -> Resolution | None:
    named = dates.safe_date(year, month, day)
    if named is None or not 1900 <= year <= 2999:
        return None
    if before:
        previous = named - datetime.timedelta(days=1)
        return previous, f"before {named.isoformat()}: the day before ({previous.isoformat()})"
    return named, f"by {named.isoformat()}: that date"


def mid_year(year: int) -> Resolution | None:
    if not 1900 <= year <= 2999:
        return None
    return datetime.date(year, 6, 30), f"by the middle or the first half of {year}: {year}-06-30"


def by_quarter(year: int, quarter: int) -> Resolution | None:
    if not (1900 <= year <= 2999 and 1 <= quarter <= 4):
        return None
    day = dates.quarter_end(year, quarter)
    return day, f"Q{quarter} {year}: the quarter's last day ({day.isoformat()})"


def this_year(said_on: datetime.date) -> Resolution:
    return dates.year_end(said_on.year), f"this year: the last day of the said-on year ({said_on.year}-12-31)"


def next_year(said_on: datetime.date, years: int = 1) -> Resolution:
    year = said_on.year + years
    what = "next year" if years == 1 else "the year after next"
    return dates.year_end(year), f"{what}: the last day of {year}"


def next_month(said_on: datetime.date) -> Resolution:
    day = dates.next_month_end(said_on)
    return day, f"next month: the last day of the month after the said-on month ({day.isoformat()})"


def this_month(said_on: datetime.date) -> Resolution:
    day = dates.month_end(said_on.year, said_on.month)
    return day, f"this month: the last day of the said-on month ({day.isoformat()})"


def this_quarter(said_on: datetime.date, quarters_ahead: int = 0) -> Resolution:
    start = dates.add_months(said_on.replace(day=1), 3 * quarters_ahead)
    quarter = dates.quarter_of(start)
    day = dates.quarter_end(start.year, quarter)
    what = "this quarter" if quarters_ahead == 0 else "next quarter"
    return day, f"{what}: the last day of Q{quarter} {start.year} ({day.isoformat()})"


def end_of_decade(said_on: datetime.date) -> Resolution:
    day = dates.decade_end(said_on)
    return day, f"by the end of the decade: the last day of the year ending in 9 ({day.isoformat()})"


def end_of_century(said_on: datetime.date) -> Resolution:
    year = said_on.year - said_on.year % 100 + 99
    return dates.year_end(year), f"by the end of the century: {year}-12-31"


def mid_century(said_on: datetime.date) -> Resolution:
    year = said_on.year - said_on.year % 100 + 50
    return dates.year_end(year), f"by the middle of the century: the last day of {year}"


def vague(words: str) -> Resolution:
    return None, f"“{words}” names no checkable date: a reviewer sets one"


def vague_words(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    """The resolver of words that name no checkable date ("soon", 将来)."""
    return vague(match.group(0))
