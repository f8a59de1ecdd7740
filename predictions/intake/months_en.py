"""A month named alone in an English forecast: "December will be mild", "an August cut", "the April cap", "May's
mayoral election", "I think March is more realistic".

The labelling rules date a month without its year by the next such month, and read a named year used as a subject
or a modifier as "in YEAR" ("the 2028 Olympics"); a month so used is read the same way. The grammar
(``rules/horizons_en.toml``) takes a month only after a preposition ("in July", "by March"), because a capitalised
month alone is as often a person (Theresa May, April Jones), a month gone by ("since June") or a month the claim is
not about. So the month alone is read here, for a candidate whose own words name no other time, from
``forecast.build``: it dates the candidate, and never makes a clause a forecast (which clauses are candidates does
not change).
"""

from __future__ import annotations

import datetime
import re

from predictions.intake import horizons as h
from predictions.intake.calendar_en import MONTHS
from predictions.intake.horizons import Horizon

_MONTH = re.compile(
    r"\b(?:(?P<part>[Ee]arly|[Mm]id|[Ll]ate)[- ])?"
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)\b"
    # Not a date ("March 3", "May 2027", "June of next year") and not "May I …" (the modal asking leave).
    r"(?!\.?,?\s+(?:\d|of\b))"
)
# A month gone by or a start, not a time a claim is judged at: "since June", "last March", "after July's figures".
_LOOKS_BACK = re.compile(r"\b(?:since|last|after|from|than|previous|earlier|ago)\s+$", re.IGNORECASE)
# "May" asking or allowing ("May we expect …?"): the modal, capitalised at the head of a sentence.
_MODAL_MAY = re.compile(r"\s+(?:I|we|you|he|she|it|they|be|have|not|also|well)\b")
# The words a sentence may start with before a capitalised month: "The April cap", "In its view, December …".
_FUNCTION_WORDS = {"The", "This", "That", "A", "An", "And", "But", "So", "Its", "Their", "Our", "His", "Her", "By"}
# The part of a month: "early April" ends on the 10th, "mid-December" on the 20th (as the grammar's).
_PART_DAY = {"early": 10, "mid": 20}


def named_month(text: str, start: int, end: int, said_on: datetime.date, taken: tuple[Horizon, ...]) -> Horizon | None:
    """The first month named alone in ``text[start:end]`` (not inside a horizon of ``taken``), as a weak horizon:
    the next such month after ``said_on`` (this one while it runs); None if there is none."""
    for match in _MONTH.finditer(text, start, end):
        if any(t.start < match.end() and match.start() < t.end for t in taken):
            continue  # "in July", "July 2026": the grammar has read it
        if _a_name(text, match) or _LOOKS_BACK.search(text, max(0, match.start() - 12), match.start()):
            continue
        month = MONTHS[match.group("month").lower()]
        year = said_on.year if month >= said_on.month else said_on.year + 1
        part = (match.group("part") or "").lower()
        resolution = h.by_day(year, month, _PART_DAY[part]) if part in _PART_DAY else h.by_month(year, month)
        if resolution is None:
            continue
        rule = f"a month named alone is the next one: {resolution[1]}"
        return Horizon(match.start(), match.end(), match.group(0), resolution[0], rule, weak=True)
    return None


def _a_name(text: str, match: re.Match[str]) -> bool:
    """A person's name, not a month: "Theresa May", "April Jones", "June Carter"; and "May" the modal."""
    following = text[match.end() : match.end() + 20]
    if re.match(r"\s+[A-Z][a-z]", following) or (match.group("month") == "May" and _MODAL_MAY.match(following)):
        return True
    before = re.search(r"([A-Za-z][\w’'-]*)\s+$", text[max(0, match.start() - 30) : match.start()])
    return bool(before and before.group(1)[0].isupper() and before.group(1) not in _FUNCTION_WORDS)
