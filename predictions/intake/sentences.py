"""Sentences and quotations, as character spans of the original text (nothing is normalised, so offsets anchor).

- Paragraphs (lines) are split first: a sentence never crosses a line break.
- Chinese: a sentence ends after 。！？ (and ! ? …), together with the closing quotation marks
  and brackets that follow (“……。”奥尔特曼说 keeps the quote whole).
- English: sentencex by default (pysbd, syntok and our own rules measured against it on the corpus:
  docs/decisions.md); ``splitter="rules"`` selects the hand-written rules kept for that comparison.
- Quotations: “…”, 「…」, 『…』, "…" (paired within a line) and, in English, ‘…’ where the marks
  stand at word edges (an apostrophe inside a word is not a quotation mark).
"""

from __future__ import annotations

import re
from typing import Literal

from sentencex import segment

Span = tuple[int, int]
Splitter = Literal["sentencex", "rules"]

_ZH_END = re.compile(r"[。！？!?…]+[”’」』\"）)】]*")
# Own English rules: a full stop, ! or ? (with closing quotes or brackets), then space and a capital,
# a digit or an opening quote — unless the word before the stop is an abbreviation or an initial.
_EN_END = re.compile(r"[.!?]+[”’\"')\]]*(?=\s+[“‘\"'(\[]?[A-Z0-9])")
_EN_ABBREVIATIONS = frozenset(
    [
        "a.m",
        "approx",
        "apr",
        "aug",
        "bros",
        "capt",
        "co",
        "col",
        "corp",
        "dec",
        "dept",
        "dr",
        "e.g",
        "est",
        "etc",
        "feb",
        "ft",
        "gen",
        "gov",
        "hon",
        "i.e",
        "inc",
        "jan",
        "jr",
        "jul",
        "jun",
        "lt",
        "ltd",
        "mar",
        "mr",
        "mrs",
        "ms",
        "mt",
        "no",
        "nos",
        "nov",
        "oct",
        "p.m",
        "prof",
        "rep",
        "rev",
        "sen",
        "sep",
        "sept",
        "sgt",
        "sr",
        "st",
        "u.k",
        "u.n",
        "u.s",
        "u.s.a",
        "univ",
        "vs",
    ]
)


def split_sentences(text: str, *, language: str, splitter: Splitter = "sentencex") -> list[Span]:
    """The sentences of ``text`` as (start, end) spans, whitespace trimmed, in order."""
    spans: list[Span] = []
    for line in re.finditer(r"[^\n]+", text):
        if language == "zh-Hans":
            pieces = _split_chinese(line.group(0))
        elif splitter == "sentencex":
            pieces = split_sentencex(line.group(0))
        else:
            pieces = _split_english_rules(line.group(0))
        for start, end in pieces:
            start, end = _trim(text, line.start() + start, line.start() + end)
            if start < end:
                spans.append((start, end))
    return spans


def _trim(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _cut(line: str, ends: list[int]) -> list[Span]:
    spans, start = [], 0
    for end in ends:
        spans.append((start, end))
        start = end
    if start < len(line):
        spans.append((start, len(line)))
    return spans


def _split_chinese(line: str) -> list[Span]:
    return _cut(line, [match.end() for match in _ZH_END.finditer(line)])


def _split_english_rules(line: str) -> list[Span]:
    ends = []
    for match in _EN_END.finditer(line):
        word = re.search(r"([\w.]+)$", line[: match.start() + 1].rstrip(".!?”’\"')]"))
        before = (word.group(1) if word else "").lower().rstrip(".")
        if line[match.start()] == "." and (before in _EN_ABBREVIATIONS or re.fullmatch(r"[a-z]", before)):
            continue
        ends.append(match.end())
    return _cut(line, ends)


def split_sentencex(line: str) -> list[Span]:
    """sentencex's sentences of one line, located in order (a repeated sentence anchors at its own place)."""
    spans: list[Span] = []
    cursor = 0
    for segment_text in segment("en", line):  # plain strings, in order, the text kept as it was
        piece = segment_text.strip()
        if not piece:
            continue
        start = line.find(piece, cursor)
        if start < 0:  # never seen; fall back to our rules rather than lose the rest of the line
            return spans + [(cursor + s, cursor + e) for s, e in _split_english_rules(line[cursor:])]
        spans.extend(_answer_no(line, start, start + len(piece)))
        cursor = start + len(piece)
    return _questions_labelled_q(line, spans)


# sentencex reads "No." as the abbreviation of "number" ("No. 10"): before a word it is the answer "No.".
# (Round 17) So is the "no." that ends an answer after a comma: "Not in its current form, no. I'd give it …".
_ANSWER_NO = re.compile(r"(?:^|(?<=[\s:]))No\.(?=\s+[“‘\"']?[A-Z])|(?<=,\s)no\.(?=\s+[“‘\"']?[A-Z])")


def _answer_no(line: str, start: int, end: int) -> list[Span]:
    spans = []
    for match in _ANSWER_NO.finditer(line, start, end):
        if match.end() < end:
            spans.append((start, match.end()))
            start = match.end() + len(line[match.end() : end]) - len(line[match.end() : end].lstrip())
    spans.append((start, end))
    return spans


def _questions_labelled_q(line: str, spans: list[Span]) -> list[Span]:
    """ "Q." alone is a transcript's label for the question that follows it, not a sentence."""
    merged: list[Span] = []
    for span in spans:
        if merged and line[merged[-1][0] : merged[-1][1]] == "Q.":
            merged[-1] = (merged[-1][0], span[1])
        else:
            merged.append(span)
    return merged


# --- quotations ---------------------------------------------------------------------------------------------
_PAIRS = {"“": "”", "「": "」", "『": "』"}


def quotation_spans(text: str, *, language: str) -> list[Span]:
    """The inner spans (marks excluded) of the quotations in ``text``, outermost only, in order."""
    spans: list[Span] = []
    for line in re.finditer(r"[^\n]+", text):
        spans.extend((line.start() + s, line.start() + e) for s, e in _quotations_in_line(line.group(0), language))
    return spans


def _quotations_in_line(line: str, language: str) -> list[Span]:
    spans: list[Span] = []
    opener: str | None = None
    opened_at = 0
    for index, char in enumerate(line):
        if opener is None:
            if char in _PAIRS or char == '"' or (char == "‘" and language == "en" and _at_word_start(line, index)):
                opener, opened_at = char, index
        elif char == _closing(opener) and (opener != "‘" or _at_word_end(line, index)):
            spans.append((opened_at + 1, index))
            opener = None
    if opener is not None and opener in _PAIRS:
        # A quotation that runs to the end of the paragraph (continued in the next one, as news style does).
        spans.append((opened_at + 1, len(line)))
    return spans


def _closing(opener: str) -> str:
    return {"“": "”", "「": "」", "『": "』", '"': '"', "‘": "’"}[opener]


def _at_word_start(line: str, index: int) -> bool:
    return index == 0 or not line[index - 1].isalnum()


def _at_word_end(line: str, index: int) -> bool:
    return index + 1 == len(line) or not line[index + 1].isalnum()


# --- clauses ---------------------------------------------------------------------------------------------------
# (An ASCII comma or colon between digits is part of a number or a time: 16:55, 2:1, 1,000.)
_ZH_CLAUSE_END = re.compile(r"[，；：;]|——|(?<![0-9])[,:]|[,:](?![0-9])")
# A comma, semicolon or colon followed by a space (not 1,000), or a dash between spaces.
_EN_CLAUSE_END = re.compile(r"[,;:](?=\s)|\s[—–]\s|\s--\s|—")


def split_clauses(text: str, span: Span, *, language: str) -> list[Span]:
    """The clauses of ``text[span]``: each keeps its closing punctuation; together they cover the span."""
    start, end = span
    pattern = _ZH_CLAUSE_END if language == "zh-Hans" else _EN_CLAUSE_END
    clauses, cursor = [], start
    for match in pattern.finditer(text, start, end):
        if match.end() > cursor:
            clauses.append((cursor, match.end()))
            cursor = match.end()
    if cursor < end:
        clauses.append((cursor, end))
    return clauses
