"""A forecast found in a text, as offered to a reviewer: the ``Candidate``."""

from __future__ import annotations

import datetime
import hashlib
from dataclasses import dataclass
from typing import Any, Literal

Kind = Literal["direct", "reported"]
# The JSON field names, in order: the command prints exactly these, and the API will too.
FIELDS = ("quote", "start", "end", "horizon", "resolve_on", "horizon_rule", "probability", "hedges", "kind")


@dataclass(frozen=True)
class Candidate:
    """One forecast in a source text.

    ``text[start:end] == quote`` always holds. ``horizon`` is the words that say when (or None),
    ``resolve_on`` the date they resolve to by ``horizon_rule`` (None when no checkable date is
    stated), ``probability`` a stated probability in [0, 1] (never inferred from words),
    ``hedges`` the confidence words as written, ``kind`` ``direct`` (the speaker's own words, in
    quotation marks or a first-person transcript), ``reported`` (indirect speech) or None.
    """

    quote: str
    start: int
    end: int
    horizon: str | None
    resolve_on: datetime.date | None
    horizon_rule: str | None
    probability: float | None
    hedges: tuple[str, ...]
    kind: Kind | None

    @property
    def key(self) -> str:
        """Stable for the same span and quote: lets a dismissed candidate be recognised when it is found again."""
        digest = hashlib.sha256(f"{self.start}:{self.end}:{self.quote}".encode()).hexdigest()
        return digest[:20]

    def to_json(self) -> dict[str, Any]:
        """The candidate as JSON-ready data, with exactly the fields of ``FIELDS`` (dates as ISO 8601)."""
        return {
            "quote": self.quote,
            "start": self.start,
            "end": self.end,
            "horizon": self.horizon,
            "resolve_on": self.resolve_on.isoformat() if self.resolve_on else None,
            "horizon_rule": self.horizon_rule,
            "probability": self.probability,
            "hedges": list(self.hedges),
            "kind": self.kind,
        }
