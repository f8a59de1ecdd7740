"""English: a sentence opened by a status-quo frame reads its present as a forecast (issue 12, seventeenth round).

"On current trends, the fund runs dry in 2031", "At this rate, the reservoir is empty by March", "On current growth,
the two terminals reach capacity within fifteen years": the frame says "if things go on as they are", which the
README counts as no condition at all, and what follows in the present simple is what the speaker expects — as it
would be after "I think". Only a frame that opens its sentence and ends at a comma; "at current prices" and "at
today's exchange rate" value something now ("At current prices, the deal is worth $4 billion"), they frame no claim.
"""

from __future__ import annotations

import datetime

from predictions.intake.folding import fold, folded
from predictions.intake.horizons import Horizon

# The frame, then its comma, then the words up to the clause read (no full stop, semicolon or question in between).
_FRAMED = folded(
    r"(?:^|[.!?:]\s+|\n)[\s“‘\"'(—–-]*(?:(?:and|but|so)\s+)?(?:(?:on|at)\s+(?:current|present|existing|today['’]s)\s+"
    r"(?!(?:prices?|values?|valuations?|exchange\s+rates?|market\s+prices?)\b)[^.;!?,]{1,60}|at\s+this\s+(?:rate|pace))"
    r",[^.;!?\n]*$"
)


def framed_and_dated(text: str, start: int, horizons: tuple[Horizon, ...], said_on: datetime.date) -> bool:
    """Does a status-quo frame open the sentence that the clause at ``start`` of ``text`` goes on, and does the clause
    (its ``horizons``) name a date ahead? Without one the present may state what is ("On current figures, the council
    spends 40 per cent of its budget on care")."""
    if not any(h.resolve_on is not None and h.resolve_on >= said_on and not h.weak for h in horizons):
        return False
    window = fold(text[max(0, start - 160) : start])
    return any(word in window for word in _WORDS) and _FRAMED.search(window) is not None


# A frame needs one of these words: most clauses are passed over without the search.
_WORDS = ("current", "present", "existing", "today", "this rate", "this pace")
