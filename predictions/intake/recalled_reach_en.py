"""English: where a forecast recalled from the past stops governing its sentence (issue 12, seventeenth round).

``grouping`` skips the clauses after a recalled forecast ("at a pace nobody predicted five years ago", "last year
she said prices would fall") as part of what was said then. A clause after ", and" with a subject of its own and a
modal in the present tense ("…, and output will pass half of world supply within three years", "…, and it may
well happen again") is said now: what is recalled is backshifted ("would", "was going to"), so "will", "may" or
"could well" start the speaker's own claim. Not "…, and that it would …" (still reported) nor "…, and would …" (no
subject of its own).
"""

from __future__ import annotations

import re

from predictions.intake.clauses import Document
from predictions.intake.folding import fold, folded

_SAID_NOW = folded(
    r"^[\s“‘\"']*and\s+(?!that\b|then\b|would\b|will\b|could\b|may\b|might\b)(?:[\w'’-]+\s+){1,5}?"
    r"(?:will|won['’]t|is\s+going\s+to|are\s+going\s+to|(?:could|may|might)\s+(?:well|easily|yet)|may|might)\s"
    r"|^[\s“‘\"']*and\s+(?!that\b)[\w'’-]+['’]ll\s"
    # The speaker's view today set against the one recalled, after "but" or a semicolon: "Last year I predicted two
    # cuts; today I expect three", "…, but now I think there will be three", "…, but this time prices will hold".
    r"|^[\s“‘\"']*(?:and\s+|but\s+)?(?:(?:now|today|these\s+days|this\s+time|this\s+year|since\s+then)\s*,?\s+)?"
    r"(?:I|we)\s+(?:now\s+|still\s+|actually\s+)?(?:think|expect|believe|predict|forecast|reckon|see|doubt|suspect)\b"
    r"|^[\s“‘\"']*but\s+(?!that\b|then\b|would\b|will\b)(?:[\w'’-]+\s+){1,5}?(?:will|won['’]t|is\s+going\s+to"
    r"|are\s+going\s+to)\s"
)


def ends_the_recalled_en(document: Document, governing: str | None, words: str) -> bool:
    """ "…, nobody predicted five years ago, and output could well exceed …": the clause is said now."""
    return document.language == "en" and governing == "recalled" and _SAID_NOW.match(fold(words)) is not None


_AFTER_AND = re.compile(r",\s+(?:and|but)\s+$|;\s+$")


def said_now_after_and(text: str, start: int, end: int) -> bool:
    """The candidate at ``start``…``end`` of ``text`` is such a clause, its "and" trimmed off (``second_reading`` drops
    the candidates of a sentence that opens with a forecast recalled, "Two years ago the guild forecast …")."""
    lead = _AFTER_AND.search(text, max(0, start - 8), start)
    return lead is not None and _SAID_NOW.match(fold(text[lead.start() + 1 : end])) is not None
