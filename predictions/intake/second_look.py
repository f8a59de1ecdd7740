"""A second look: the sentences the extractor did not propose that still speak of the future.

The extractor proposes what its rules read as a forecast and refuses look-alikes on purpose (plans, schedules,
wishes, the past). On text by other hands it misses about one forecast in ten, and most of those misses
are sentences nobody proposed at all ("The price cap comes down in July", an elliptical interview answer). A
reviewer who spots one should not have to type it: "Find forecasts" lists these sentences too, collapsed, under
the candidates, each with Accept and Dismiss. Measured on the labelled sets (``python -m tests.intake.evaluate``):
on text by other hands half of the English misses and a third of the Chinese are in this list, at a cost of three
or four more lines a document.

A stretch qualifies when it is a sentence, or what is left of one around the candidates, with words enough to
claim something, that is not a question or an interviewer's line, and that has a clause read as looking ahead
(a future marker, a reported "would", a belief frame, a modal) or a horizon dated after the said-on date. Each is
returned as a ``Candidate`` with what can be read from it alone: the horizon and its date, a stated probability,
the confidence words; ``kind`` is left to the reviewer.
"""

from __future__ import annotations

import datetime
import re

from predictions.intake import horizons_en, horizons_zh, markers_en, markers_zh
from predictions.intake.candidate import Candidate
from predictions.intake.discourse import QUESTION_END
from predictions.intake.hedges import find_hedges
from predictions.intake.horizons import Horizon, choose_horizon, scan
from predictions.intake.kind import INTERVIEWER, SPEAKER_TURN, host_turns, is_transcript
from predictions.intake.probabilities import find_probability
from predictions.intake.sentences import Span, split_clauses, split_sentences

# What may stand at the ends of a stretch without belonging to its words: spaces, quotation marks and the
# punctuation between clauses; a sentence keeps its full stop.
_LEAD = " \t\n“”‘’\"'「」『』，,。.;；:：—–-()（）"
_TAIL = " \t\n“”‘’\"'「」『』，,;；:：—–-(（"
# Clauses the rules refuse for what they are, not for whose they are: a wish or an order ("should hire", 应该), a
# question, the past, a habit, a declined guess. A plan, a schedule, a condition, an unnamed source stay: that is
# where the misses are.
_NOT_A_CLAIM = frozenset({"wish", "imperative", "question", "past", "habit", "declines"})


def second_look(text: str, *, language: str, said_on: datetime.date, candidates: list[Candidate]) -> list[Candidate]:
    """The stretches of ``text`` outside ``candidates`` (``find_forecasts``'s answer) that speak of the future,
    in order of appearance. Pure, like ``find_forecasts``; the spans never overlap a candidate's."""
    reader = markers_zh if language == "zh-Hans" else markers_en
    horizons = _horizons(text, language, said_on)
    host = host_turns(text) if is_transcript(text) else None  # "Presenter Claire Aldous speaks with …"
    found: list[Candidate] = []
    for sentence in split_sentences(text, language=language):
        line_start = text.rfind("\n", 0, sentence[0]) + 1
        if INTERVIEWER.match(text, line_start) or (host is not None and host.match(text, line_start)):
            continue  # the interviewer's question or framing: never the speaker's forecast
        if sentence[0] == line_start and (turn := SPEAKER_TURN.match(text, line_start)):
            sentence = (turn.end(), sentence[1])  # "A: …", "ADA PARK: …", "王总：…": the label is not the quote
        for start, end in _short(text, _uncovered(text, sentence, candidates, language), language):
            words = text[start:end]
            if QUESTION_END.search(text[start : sentence[1]]):
                continue
            own = [h for h in horizons if start <= h.start and h.end <= end]
            ahead = any(h.resolve_on is not None and h.resolve_on > said_on for h in own)
            readings = (reader.read(text[a:b]) for a, b in split_clauses(text, (start, end), language=language))
            if ahead or any(
                (r.future or r.would or r.belief or r.modal) and r.excluded not in _NOT_A_CLAIM for r in readings
            ):
                horizon = choose_horizon(own, said_on)
                found.append(
                    Candidate(
                        quote=words,
                        start=start,
                        end=end,
                        horizon=horizon.words if horizon else None,
                        resolve_on=horizon.resolve_on if horizon else None,
                        horizon_rule=horizon.rule if horizon and horizon.resolve_on else None,
                        probability=find_probability(words, language=language),
                        hedges=find_hedges(words, language=language),
                        kind=None,
                    )
                )
    return found


def _horizons(text: str, language: str, said_on: datetime.date) -> list[Horizon]:
    if language == "zh-Hans":
        return scan(text, horizons_zh.RULES, said_on)
    return scan(text, horizons_en.RULES, said_on, lead=horizons_en.LEAD)


def _uncovered(text: str, sentence: Span, candidates: list[Candidate], language: str) -> list[Span]:
    """The stretches of ``sentence`` that no candidate covers, trimmed, with words enough to claim something.

    (``tests/intake/units.py`` has its own copy of this walk on purpose: it also runs against old snapshots of
    ``predictions/`` that have no ``second_look``.)"""
    start, end = sentence
    covered = sorted((max(start, c.start), min(end, c.end)) for c in candidates if c.start < end and start < c.end)
    stretches: list[Span] = []
    cursor = start
    for covered_start, covered_end in [*covered, (end, end)]:
        piece = _trimmed(text, cursor, covered_start)
        if piece is not None and _claims_something(text[piece[0] : piece[1]], language):
            stretches.append(piece)
        cursor = max(cursor, covered_end)
    return stretches


# A line a reviewer can read and accept as a quote; longer stretches (a text punctuated only with commas) are cut
# into their clauses.
LONGEST = {"en": 400, "zh-Hans": 160}


def _short(text: str, stretches: list[Span], language: str) -> list[Span]:
    short: list[Span] = []
    for stretch in stretches:
        if stretch[1] - stretch[0] <= LONGEST[language]:
            short.append(stretch)
            continue
        for start, end in split_clauses(text, stretch, language=language):
            piece = _trimmed(text, start, end)
            if piece is not None and _claims_something(text[piece[0] : piece[1]], language):
                short.append((piece[0], min(piece[1], piece[0] + LONGEST[language])))
    return short


def _trimmed(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start] in _LEAD:
        start += 1
    while end > start and text[end - 1] in _TAIL:
        end -= 1
    return (start, end) if start < end else None


def _claims_something(words: str, language: str) -> bool:
    """Words enough for a claim: six Chinese characters, four English words ("Rates will fall soon")."""
    if language == "zh-Hans":
        return len(re.findall(r"[\u4e00-\u9fff]", words)) >= 6
    return len(re.findall(r"[A-Za-z0-9]+", words)) >= 4
