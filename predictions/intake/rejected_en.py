"""English: someone else's forecast that a named speaker rejects, told in the reporter's words (README, "Forecasts of
other people that the speaker rejects").

"Ortiz dismissed forecasts that the currency will collapse this year", "Piet rejected the bank's forecast that prices
would fall 10 percent", "the minister played down fears that the plant will close": the claim after "that" is the
rejected forecast, not the speaker's, and the rejection in the reporter's paraphrase states nothing about the future in
the speaker's own words. (A rejection in the speaker's words — "It won't.", "I don't believe it slows before 2027" —
is a forecast, and is left alone.)
"""

from __future__ import annotations

from predictions.intake.folding import folded

REJECTED_VIEW = folded(
    r"\b(?:dismiss(?:ed|es)?|reject(?:ed|s)?|disput(?:ed|es)|play(?:ed|s)?\s+down|downplay(?:ed|s)?|brush(?:ed|es)?\s+aside"
    r"|pour(?:ed|s)?\s+cold\s+water\s+on|scoff(?:ed|s)?\s+at|push(?:ed|es)?\s+back\s+(?:against|on)|den(?:ied|ies|y)"
    r"|rubbish(?:ed|es)?|(?:was|is|were|are)\s+sceptical\s+of|(?:was|is|were|are)\s+skeptical\s+of)\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:forecasts?|predictions?|projections?|claims?|suggestions?|fears?|talk|warnings?|expectations?"
    r"|speculation|reports?|the\s+idea|the\s+notion|the\s+view|views?|estimates?|worries|concerns?)\s+(?:[\w'’-]+\s+){0,3}?that\b"
)
