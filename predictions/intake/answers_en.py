"""English (round 13): a bare answer and the verbless emphasis that finishes it, kept as one candidate.

Hands differ on how they cut an answer: some label "No." alone, others "No. Not a chance." whole. A candidate that
spans the bare answer and a short verbless emphasis right after it ("Not a chance.", "Absolutely.") matches either
cut (a label matches a candidate that covers half of it), and takes nothing that could be a label of its own. (Joining
the answer to a full claim after it, "Up. I expect it to peak at 5 percent", was tried: hands label that claim
apart as often as with its answer, and the guard batches lost more than they gained.)
"""

from __future__ import annotations

import dataclasses
import re

from predictions.intake.candidate import Candidate
from predictions.intake.clauses import Clause, Document

# A short sentence with no verb of its own: "Not a chance.", "Definitely not.", "No way.", "Absolutely."
_EMPHASIS = re.compile(
    r"[ \t]+(?![^.!?\n]*\b(?:is|are|was|were|will|would|can|could|has|have|had|do|does|did|should|may|might|['’]ll"
    r"|['’]s|['’]re)\b)(?:[\w'’-]+[ \t]+){0,3}[\w'’-]+[.!]",
    re.IGNORECASE,
)


def joined_answers(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` with each bare answer joined to what completes it (see the module's docstring)."""
    kept: list[Candidate] = []
    for candidate in candidates:
        if _bare(candidate) and (emphasis := _EMPHASIS.match(text, candidate.end)):
            candidate = dataclasses.replace(candidate, quote=text[candidate.start : emphasis.end()], end=emphasis.end())
        kept.append(candidate)
    return kept


def _bare(candidate: Candidate) -> bool:
    return len(candidate.quote.split()) <= 2 and candidate.quote.rstrip().endswith((".", "!"))


# (Round 16) An answer's lead-in cut off by its comma: "Honestly, I doubt it.", "Frankly, no." Alone it reads as the
# start of "Honestly, I don't know" (a decline); before a stance it only says how frankly the stance is given.
_LEAD_IN = re.compile(r"^\W*(?:honestly|frankly|truthfully|in\s+truth|to\s+be\s+honest|sadly|alas)\W*$", re.IGNORECASE)
_UNSURE = re.compile(
    r"\b(?:no\s+idea|not\s+sure|who\s+knows|(?:don['’]t|do\s+not)\s+know|can['’]t\s+(?:say|tell)|hard\s+to\s+(?:say|tell))\b",
    re.IGNORECASE,
)


# A speaker's label cut off as a clause of its own: "GUEST:", "A:", "Tom Reyes, Chief Financial Officer:". It names
# who answers; counted as words of the answer it made "GUEST: One in three, at best." too long to be a bare answer.
_LABEL = re.compile(r"^\s*(?!Q\b)[A-Z][\w.'’ ,-]{0,60}(?:\s*\([^()\n]{1,80}\))?:\s*$")


def without_lead_in(document: Document, said: list[Clause]) -> list[Clause]:
    """The answer's clauses without a speaker's label or a frank lead-in, when what follows it is a stance and not
    "I don't know"."""
    if len(said) >= 2 and _LABEL.match(document.text[said[0].span[0] : said[0].span[1]]):
        said = said[1:]
    if len(said) < 2 or not _LEAD_IN.match(document.text[said[0].span[0] : said[0].span[1]]):
        return said
    rest = " ".join(document.text[c.span[0] : c.span[1]] for c in said[1:])
    return said if _UNSURE.search(rest) else said[1:]
