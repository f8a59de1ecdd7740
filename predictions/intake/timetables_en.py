"""English: a change set for a day of the calendar is a timetable (issue 12, fourteenth round).

"The minimum wage rises to $17.75 an hour on April 1", "pay goes up 3.75 per cent on 1 July", "the levy reaches
100 percent on July 1, 2028": the present of a change with its figure and an exact day, and no belief, modal or
hedge over it, states what a law, an award or a contract has already fixed. A forecast of a level puts it at a
month, a year or a stretch ("rents rise 5 percent next year"); the day is what a schedule names. Only a level's
change: "Morgan wins comfortably on 1 May" is a result, not a rate set in advance.
"""

from __future__ import annotations

import re

from predictions.intake.periods_en import MONTH

_ON_A_DAY = re.compile(
    rf"\b(?:on|from)\s+(?:the\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}\b|{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b)",
    re.IGNORECASE,
)


_LEVEL_CHANGES = re.compile(
    r"\b(?:rises?|goes\s+up|go\s+up|increases?|reach(?:es)?|climbs?|falls?|drops?|goes\s+down|go\s+down|moves?\s+to"
    r"|doubles?|halves?|jumps?)\b",
    re.IGNORECASE,
)


def on_a_day(words: str) -> bool:
    """The clause dates a level's change to a day of a month ("rises to $17 on April 1", "go up 3% from 1 July")."""
    return _ON_A_DAY.search(words) is not None and _LEVEL_CHANGES.search(words) is not None


# Who forecasts, anywhere in the sentence: "…, the bank predicts", "we expect …", "…, according to our model", "…, I
# think" (not "…, the ministry said": a timetable announced is still one).
_FORECASTER = re.compile(
    r"\b(?:predicts?|predicted|forecasts?|forecasted|expects?|projects?|projected|estimates?|reckons?|reckoned"
    r"|thinks?|believes?|anticipates?|anticipated|bets?|suspects?|fears?)\b"
    r"|\baccording\s+to\s+(?:(?:our|my)\b|(?:the|its|their|his|her|a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:models?|forecasts?"
    r"|projections?|estimates?|analysts?|economists?|strategists?|consensus|futures|markets?|pricing|polls?|outlook)\b)",
    re.IGNORECASE,
)


def names_a_forecaster(sentence: str) -> bool:
    """The sentence says who forecasts or believes it ("…, the bank predicts", "according to our model")."""
    return _FORECASTER.search(sentence) is not None
