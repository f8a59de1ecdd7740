"""English (round 16): the time a forecast was said is not the time it is about.

News dates the saying between the verb and its content: "its chief executive said this month that within five years
a quarter of films would stream on release", "the minister told reporters on Monday that fares would rise". A horizon
there ("this month", "on Monday", "this week") dates the words, not the claim; read as the claim's, it puts a
five-year forecast at the end of the month. Such a horizon is dropped, and the claim keeps its own date or none.
The same words after the content ("fares would rise this month, the minister said") are the claim's.
"""

from __future__ import annotations

import re

from predictions.intake.horizons import Horizon

# A verb of saying (with its listener) right before the horizon …
_SAID_BEFORE = re.compile(
    r"\b(?:said|says|told\s+(?:\w+\s+){0,2}?(?:reporters|journalists|analysts|investors|us|me|the\s+\w+|\w+)"
    r"|announced|predicted|warned|wrote|argued|estimated|forecast|projected|insisted|stressed)\s+$",
    re.IGNORECASE,
)
# … and its content right after it.
_CONTENT_AFTER = re.compile(r"\s*,?\s*that\b", re.IGNORECASE)
# Only the times a saying is dated by: the day, the week or the month it falls in.
_TIME_OF_SAYING = re.compile(
    r"(?:earlier\s+)?(?:this|last)\s+(?:week|month|morning|afternoon|weekend)|today|yesterday|earlier|on\s+[A-Z][a-z]+day",
    re.IGNORECASE,
)


def outside_sayings(text: str, horizons: list[Horizon]) -> list[Horizon]:
    """``horizons`` without those that date a verb of saying (see the module's docstring)."""
    return [h for h in horizons if not _dates_the_saying(text, h)]


def _dates_the_saying(text: str, horizon: Horizon) -> bool:
    return (
        _TIME_OF_SAYING.fullmatch(horizon.words) is not None
        and _SAID_BEFORE.search(text, max(0, horizon.start - 60), horizon.start) is not None
        and _CONTENT_AFTER.match(text, horizon.end) is not None
    )
