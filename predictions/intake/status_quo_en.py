"""English: a sentence opened by a status-quo frame reads its present as a forecast (issue 12, seventeenth round).

"On current trends, the fund runs dry in 2031", "At this rate, the reservoir is empty by March", "On current growth,
the two terminals reach capacity within fifteen years": the frame says "if things go on as they are", which the
README counts as no condition at all, and what follows in the present simple is what the speaker expects — as it
would be after "I think". Only a frame that opens its sentence and ends at a comma, and names a trend ("trends",
"growth", "levels", "figures", "policy" …): "on current plans", "at today's meeting" and "on current timetables" name
an arrangement, whose present is a schedule ("On current plans, the council opens the library in 2026"), and "at
current prices" values something now ("At current prices, the deal is worth $4 billion").
"""

from __future__ import annotations

import datetime
import re

from predictions.intake.folding import fold, folded
from predictions.intake.horizons import Horizon

# The frame, then its comma, then the words up to the clause read (no full stop, semicolon or question in between).
_FRAMED = folded(
    r"(?:^|[.!?:]\s+|\n)[\s“‘\"'(—–-]*(?:(?:and|but|so)\s+)?(?:(?:on|at)\s+(?:current|present|existing|today['’]s)\s+"
    # What goes on as it is: a trend, not an arrangement ("On current plans", "At today's meeting" name a schedule).
    r"(?:[\w-]+\s+){0,3}?(?:trends?|growth|projections?|forecasts?|trajectory|course|polic(?:y|ies)|form|(?<!staffing\s)levels?"
    r"|rates?|demand|figures|numbers|assumptions|estimates?|usage|consumption|spending|borrowing|pace)\b[^.;!?,]{0,40}"
    r"|at\s+this\s+(?:rate|pace))"
    # … up to the clause read, within the frame's own clause: not a second one after ", and" ("…, and the minister
    # meets unions in July" is a schedule of its own).
    r",(?:(?!,\s*(?:and|but)\b)[^.;!?\n])*$"
)


def framed_and_dated(text: str, start: int, horizons: tuple[Horizon, ...], said_on: datetime.date) -> bool:
    """Does a status-quo frame open the sentence that the clause at ``start`` of ``text`` goes on, and does the clause
    (its ``horizons``) name a date ahead? Without one the present may state what is ("On current figures, the council
    spends 40 per cent of its budget on care")."""
    if not any(h.resolve_on is not None and h.resolve_on >= said_on and not h.weak for h in horizons):
        return False
    if _OWN_WORK.match(text, start):
        return False  # "At this pace, we finish the extension by March": the speaker's own schedule
    window = fold(text[max(0, start - 160) : start])
    frame = _FRAMED.search(window) if any(word in window for word in _WORDS) else None
    if frame is None:
        return False
    # A clause joined by "and" / "but" after another one is a claim of its own: the frame is the first clause's.
    return not (_JOINED.match(text, start) and frame.group().count(",") > 1)


_JOINED = re.compile(r"[\s“‘\"']*(?:and|but)\s", re.IGNORECASE)
_OWN_WORK = re.compile(r"[\s“‘\"']*(?:we|I)\s", re.IGNORECASE)
# A frame needs one of these words: most clauses are passed over without the search.
_WORDS = ("current", "present", "existing", "today", "this rate", "this pace")
