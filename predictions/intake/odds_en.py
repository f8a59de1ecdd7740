"""English odds said without a chance word (issue 12, fifteenth round).

"It's one in three that the government falls", "two chances in three the strike ends by March": a ratio the speaker
states of the claim that follows it (not "one in three voters", a share). "I'd make her a 4-1 shot", "a 9-2 chance":
a bookmaker's odds against, a to b, are the chance b / (a + b) (4-1 → 0.2). "Odds-on to win" puts the claim above
even without a number: a hedged forecast, like "tipped to win".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from predictions.intake.folding import folded
from predictions.intake.numbers import EN_NUMBER, parse_english_number

_ABOUT = r"(?:(?:about|around|roughly|maybe|perhaps|only|just|at\s+best|no\s+better\s+than)\s+)?"
# The ratio as the speaker's verdict on a "that" clause, or opening the claim as a count of chances.
_STATED = re.compile(
    rf"\b(?:it['’]s|it\s+is|that['’]s|that\s+is|I['’]d\s+say|we['’]d\s+say)\s+{_ABOUT}(?P<a>{EN_NUMBER})[- ]in[- ]"
    rf"(?P<b>{EN_NUMBER})\s+that\b"
    rf"|^[\s“‘\"'(—–-]*{_ABOUT}(?P<a2>{EN_NUMBER})\s+chances?\s+in\s+(?P<b2>{EN_NUMBER})\b",
    re.IGNORECASE,
)
# Fractional odds against: "a 4-1 shot", "a 9/2 chance", "an 11-4 outsider" (a to b).
_AGAINST = re.compile(
    r"\b(?:an?|the)\s+(?P<a>\d{1,3})[-/](?P<b>\d{1,2})\s+(?:shot|chance|outsider|long\s*shot)\b", re.IGNORECASE
)
GATE = re.compile(r"\d[-/]\d|chances?\s+in\b|\bin[- ]\S+\s+that\b", re.IGNORECASE)

# "Rovers are odds-on to win the league", "she is the odds-on favourite to take the seat".
ODDS_ON = folded(
    r"\b(?:is|are|['’]s|['’]re|looks?|remains?|was\s+now)\s+(?:now\s+|still\s+|already\s+)?(?:the\s+)?odds[- ]on\s+"
    r"(?:favourites?\s+|favorites?\s+|bets?\s+)?(?:to|for)\b"
)

# (README hedges) The odds said of an event that is the subject: "A June cut is odds-on", "a fourth election is, to my
# mind, more likely than not", "it's better than even that rates fall", "the odds of a cut are better than even" (not
# "was odds-on": odds that were; not "better than even money", a noun after it).
PREDICATE_ODDS = folded(
    r"(?:\b(?:is|are|['’]s|['’]re|looks?|seems?|remains?)"
    # Reported, the tense moves back: "said a June cut was more likely than not".
    r"|\b(?:said|says|told\s+\w+|thinks?|thought|believes?|believed|argued|reckon(?:s|ed)?)\b[^.;]{1,80}?\b(?:was|were))"
    r"\s+(?:now\s+|still\s+|already\s+)?"
    r"(?:odds[- ]on|(?:better|more|less)[- ]than[- ]evens?|(?:more|less)\s+likely\s+than\s+not)"
    r"(?=\s*(?:[,.;:!)”’\"']|$|\s(?:this|next|in|by|before|within|until|at|for|now|soon|again|but|and|given|as"
    r"|that)\b))"
)


def stated(text: str) -> Iterator[tuple[int, float]]:
    """(Where, probability) of each ratio or bookmaker's odds stated in ``text`` (as written)."""
    for match in _STATED.finditer(text):
        a = parse_english_number(match.group("a") or match.group("a2"))
        b = parse_english_number(match.group("b") or match.group("b2"))
        if a is not None and b and 0 < a <= b:
            yield match.start(), round(a / b, 3)
    for match in _AGAINST.finditer(text):
        a, b = int(match.group("a")), int(match.group("b"))
        if a and b:
            yield match.start(), round(b / (a + b), 3)
