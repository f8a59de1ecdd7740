"""English: the speaker's frame set off by commas inside or after the claim (issue 12, README hedges).

A belief frame frames the clause after it ("I think rates fall in June"); a journalist moves the same frame into the
claim or after it — "Rates will, I think, fall in June", "Tightening, in our view, comes in 2027", "A cut is, to my
mind, more likely than not", "Rates fall in June, I suspect". Cut at its commas, the claim loses its subject or its
verb to the frame ("Rates will" / "I think" / "fall in June"), and no clause states it. ``unframed`` reads the unit
as if the frame stood first: the frame and its commas blanked (the offsets kept, so every span still points into the
text as written), the belief passed on to the claim. Only a frame that is nothing but the speaker's confidence is
taken out; a frame with words of its own ("I think, given the data, …") is left as it is.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any, TypeVar

from predictions.intake.sentences import Span

_Clause = TypeVar("_Clause", bound=Any)

# Nothing but the speaker's confidence: a verb of belief in the first person, "in my view", "to my mind", "my guess
# is", "realistically", "if I had to bet" (not negated: "I don't think" after the claim is rare and turns it over).
_FRAME = (
    r"(?:(?:I|we)\s+(?:still\s+|really\s+|honestly\s+)?(?:think|believe|suspect|reckon|guess|expect|imagine|fear|bet)"
    r"|(?:I|we)['’]d\s+(?:guess|say|wager|bet)|(?:I|we)\s+would\s+(?:guess|say|wager|bet)"
    r"|in\s+(?:my|our)\s+(?:(?:own|humble)\s+)?(?:view|opinion|judg(?:e)?ment|estimation|book)|to\s+my\s+mind"
    r"|(?:is\s+)?(?:my|our)\s+(?:best\s+)?(?:guess|bet|hunch|sense|view|read|call|pick)(?:\s+is)?"
    r"|(?:on|in)\s+(?:my|our)\s+(?:base|central|core)\s+(?:case|scenario|projection|forecast|estimate)"
    r"|realistically|if\s+I\s+had\s+to\s+(?:bet|guess)|if\s+you\s+ask\s+me"
    r"|I['’]m\s+(?:fairly\s+|pretty\s+|quite\s+)?(?:confident|sure|certain))"
)
# Inside the claim: ", FRAME," with words of the claim on both sides.
_INSIDE = re.compile(rf"(?<=\w)\s*,\s*{_FRAME}\s*,\s*(?=[\w$£€])", re.IGNORECASE)
# After it: ", FRAME." closing the unit (a closing quotation mark may follow).
_AFTER = re.compile(rf"(?<=\w)\s*,\s*{_FRAME}(?=\s*[.!]?[\s”’\"']*$)", re.IGNORECASE)


def unframed(text: str, span: Span) -> str | None:
    """``text`` with the frames inside or after the claim in ``span`` blanked out, or None when it has none."""
    words = text[span[0] : span[1]]
    found = [*_INSIDE.finditer(words), *_AFTER.finditer(words)]
    if not found:
        return None
    for match in found:
        start, end = span[0] + match.start(), span[0] + match.end()
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def still_said(clauses: list[_Clause]) -> list[_Clause]:
    """The unit's clauses, the last one holding the belief of the frame blanked out: the frame is still said, and a
    stance after it ("But I'm not holding my breath.") refers back to the claim it framed."""
    if not clauses:
        return clauses
    last = clauses[-1]
    return [*clauses[:-1], dataclasses.replace(last, reading=dataclasses.replace(last.reading, belief=True))]
