"""Turns of an interview or a Q&A (ellipsis pass): whether a sentence opens the answer to a dated question, and
whether a question between two answers turns to something else — what decides if an elliptical answer takes the
horizon of the question it answers, or of the claim before it (corpus README, "Horizons").
"""

from __future__ import annotations

import re

from predictions.intake.candidate import Candidate
from predictions.intake.clauses import Document
from predictions.intake.horizons import Horizon

QUESTION_END = re.compile(r"[?？][”’\"'」』)）]*\s*$")
# A question that names a new topic and asks nothing of the claim before: "And the staff canteen?", "What about
# rents?", 那食堂呢？ (not "Will she deliver?", "And can they do it?", 这个呢？).
NEW_TOPIC = {
    "en": re.compile(r"^\W*(?:and|what\s+about|how\s+about)\b(?![^?]*\b(?:it|that|this|they|them|she|he|so)\b)", re.I),
    "zh-Hans": re.compile(r"^(?![^？]*[这它其])[^，。？]{1,16}呢[？?]"),
}
# Who speaks next in a transcript: "Q:", "OKAFOR:", "答：", "记者：".
SPEAKER_LABEL = re.compile(r"^\s*(?:[A-Z][\w.'’ -]{0,30}:|[^\s：:，。？！]{1,8}：)\s*")


def answers_a_dated_question(document: Document, candidate: Candidate, said_before: Horizon | None) -> bool:
    """The candidate opens the sentence (or the turn) right after a question, and ``said_before`` is that question's."""
    if said_before is None:
        return False
    # (Only the last few lines, and the label looked for in their last characters: a pattern anchored at the end,
    # tried at every position of a long stretch, cost a scan per candidate — a tenth of the Chinese extractor's time.)
    window = document.text[max(0, candidate.start - 600) : candidate.start]
    cut = max(0, len(window) - _LABEL_REACH)
    before = (window[:cut] + _TURN_OPENS.sub("", window[cut:])).rstrip()
    if not before.endswith(("?", "？")):
        return False
    question_start = max(before.rfind(mark, 0, len(before) - 1) for mark in (".", "!", "?", "。", "！", "？", "\n"))
    # An undated question about the claim just made ("… a surplus by 2028. Will she deliver?") asks about its date.
    about_it = _ASKS_ABOUT_IT[document.language].search(before, question_start + 1)
    return said_before.start > question_start or about_it is not None


_ASKS_ABOUT_IT = {
    "en": re.compile(r"\b(?:it|that|this|she|he|they)\b", re.I),
    "zh-Hans": re.compile(r"这|它|其|做到|实现"),
}


def turns_to_something_else(document: Document, between: str) -> bool:
    """Between two answers, a question that turns to a new topic ("And the staff canteen?", 那食堂呢？)."""
    lines = (SPEAKER_LABEL.sub("", line, count=1) for line in between.splitlines())
    return any(QUESTION_END.search(line) and NEW_TOPIC[document.language].search(line) for line in lines)


# How far back from a candidate its turn's label can start: a line break, a label of up to 31 characters, spaces.
_LABEL_REACH = 80
# A speaker's label after the line break that ends the question ("\nA: ", "\n答：", "\nOKAFOR: ").
_TURN_OPENS = re.compile(r"(?:\n\s*(?:[A-Z][\w.'’ -]{0,30}:|[^\s：:，。？！]{1,8}：))?\s*$")
