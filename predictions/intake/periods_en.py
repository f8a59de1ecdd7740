"""Named periods in English: "the window" after "The summer transfer window opens on June 16 and closes on September 1"
is judged on the period's last day.

The English counterpart of ``periods_zh``. A text gives a period's dates once ("The holiday runs from December 23
to January 2", "the festival (July 4-13)") and speaks of it later by name ("during the holiday", "this window").
The corpus rule: a named period whose dates the text has given is dated by its last day. A period the text never
dates ("this summer", "the season") keeps no date.
"""

from __future__ import annotations

import bisect
import datetime
import re

from predictions.intake import dates
from predictions.intake.calendar_en import MONTHS
from predictions.intake.horizons import Horizon

MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?"
    r"|nov(?:ember)?|dec(?:ember)?)\.?"
)
# The head noun of a period a text may date: the (summer transfer) window, the (Christmas) holiday(s), the festival.
_HEAD = r"(?:window|holidays?|break|recess|festival|fair|sales?|campaign|season)"
_NAME = rf"(?P<name>(?:[\w-]+\s+){{0,2}}?{_HEAD})"  # up to two words before it: "summer transfer", "Christmas"
# "The window opens on June 16 and closes on September 1", "the holiday runs from Dec 23 to Jan 2", "the sale (July
# 4-13)": the last day named, its month left out when it is the first day's.
_DATED = re.compile(
    rf"\b(?:the|this|this\s+year['’]s)\s+{_NAME}\s+(?:(?:runs?|lasts?|is\s+open|opens?|opened|began|begins?|starts?"
    rf"|started|will\s+run|will\s+open)\b[^.;]{{0,40}}?(?:\bto|\buntil|\bthrough|\btill|\bcloses?\s+on|\bends?\s+on|–|-)"
    rf"|\((?:{MONTH}\s+)?\d{{1,2}}\s*(?:-|–|to)\s*)"
    rf"\s*(?:(?P<month>{MONTH})\s+)?(?P<day>3[01]|[12]\d|0?[1-9])(?!\d)",
    re.IGNORECASE,
)


def named_periods(text: str, horizons: list[Horizon], said_on: datetime.date) -> list[Horizon]:
    """``horizons`` with a horizon at each later "the NAME" / "this NAME" / "during the NAME" whose dates ``text``
    has given (where no other horizon stands)."""
    result = list(horizons)
    for definition in _DATED.finditer(text):
        last_day = _last_day(definition, said_on)
        if last_day is None:
            continue
        head = re.search(_HEAD, definition.group("name"), re.IGNORECASE)
        if head is None:
            continue
        mention = re.compile(
            rf"\b(?:the|this|during\s+the|by\s+the\s+end\s+of\s+the)\s+(?:[\w-]+\s+){{0,2}}?{head.group(0)}\b"
        )
        for use in mention.finditer(text, definition.end()):
            start, end = use.span()
            if any(h.start < end and start < h.end for h in result):
                continue
            rule = f"{definition.group('name')}: the last day of its dates given before ({last_day.isoformat()})"
            bisect.insort(result, Horizon(start, end, text[start:end], last_day, rule), key=lambda h: h.start)
    return result


def _last_day(definition: re.Match[str], said_on: datetime.date) -> datetime.date | None:
    """The last day named; a month left out is the first one named in the definition ("July 4-13")."""
    month_name = definition.group("month")
    if month_name is None:
        first = re.search(MONTH, definition.group(0), re.IGNORECASE)
        if first is None:
            return None
        month_name = first.group(0)
    month = MONTHS.get(month_name.lower().rstrip("."))
    if month is None:
        return None
    day = int(definition.group("day"))
    named = dates.safe_date(said_on.year, month, day)
    if named is not None and named < said_on:
        named = dates.safe_date(said_on.year + 1, month, day)
    return named
