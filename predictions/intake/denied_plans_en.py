"""English: a plan or a schedule the speaker says will not be kept, in one sentence (issue 12, seventeenth round).

"The rail link was meant to open this year and it won't", "The pool is due to reopen in May, but it won't": the
schedule is someone else's (no forecast), the denial is the speaker's — and "it won't" alone says nothing a ledger
can check. The claim is the whole sentence: what was due, and that it will not happen. (A rejection of someone
else's *forecast*, "It will not." after "The ministry says …", stays short: ``discourse.rejects``.)
"""

from __future__ import annotations

import dataclasses
import re

from predictions.intake.candidate import Candidate

# The denial alone, as the candidate's quote: "it won't.", "they will not", "that isn't going to happen".
_DENIAL = re.compile(
    r"(?:it|they|that|this|he|she)\s+(?:won['’]t|will\s+not|(?:isn['’]t|aren['’]t|is\s+not|are\s+not)\s+going\s+to"
    r"(?:\s+happen)?)(?:\s+(?:happen|now|either))?[\s.!”’\"']*$",
    re.IGNORECASE,
)
# What was due, in the words before it in the sentence, then "and" / "but" right before the denial (not "is set to",
# a forecast: "analysts say the stock is set to rally, but it won't" rejects it, review of round 17).
_DUE = re.compile(
    r"\b(?:was|were|is|are|['’]s|['’]re)\s+(?:\w+\s+)?(?:meant|supposed|due|scheduled|planned|promised|slated"
    r"|timetabled)\s+to\b[^.;!?]*?,?\s+(?:and|but)\s+$",
    re.IGNORECASE,
)


def with_what_was_due(text: str, candidate: Candidate, opening: int) -> Candidate:
    """``candidate`` from its sentence's ``opening`` when it only denies the schedule said before it there."""
    if not _DENIAL.match(candidate.quote) or not _DUE.search(text, opening, candidate.start):
        return candidate
    while opening < candidate.start and text[opening].isspace():
        opening += 1
    return dataclasses.replace(candidate, quote=text[opening : candidate.end], start=opening)
