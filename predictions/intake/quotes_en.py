"""English: a quotation set inside a clause (tenth round).

"She said she expects “very few of the flats to sell”", "adding that the market “will be wide open by then”", "and
that the party would “win back undecided voters”": the quoted words begin in lower case right after a word of the
clause (no comma, colon or line before them), so they finish the reporter's sentence rather than stand as a sentence
of their own. ``extractor`` keeps such a quotation in the clause around it instead of cutting the sentence at it.
"""

from __future__ import annotations

import re

# The end of the words before the quotation: a word of the clause (a verb, "that", a modal), then the opening mark.
_RUNS_ON = re.compile(r"[A-Za-z]\s+[“‘\"']?$")
_LOWER_START = re.compile(r"[a-z]")


def embedded(text: str, start: int) -> bool:
    """The quotation whose words begin at ``start`` runs on from the clause before it (see the module)."""
    return bool(_LOWER_START.match(text, start)) and bool(_RUNS_ON.search(text, max(0, start - 40), start))
