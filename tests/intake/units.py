"""The units and features of the learned layer tried in issue 12 (``tests/intake/train.py``; not wired in).

A unit is a stretch of text a model decides on: each rule candidate (``extractor``), and each stretch of a
sentence no candidate covers — a whole sentence, or what is left of one around its candidates — with words
enough to claim something. Its features are named and binary, and meant to carry across topics: the clause
readings of ``markers_en`` / ``markers_zh`` (future, modal, excluded and why, reporting, belief …), the horizons
in it (undated, past, future, weak), a stated probability, hedges, where it stands (headline, question,
quotation, interviewer's line, speaker's turn, first line), its length, and its words — English lower-case words
and word pairs with years and numbers normalised, Chinese characters and character pairs (``train`` keeps only
those seen in three batches or more). Nothing says whether the rules proposed the unit: trained on texts the rules
were tuned on, such a feature would only learn that the rules are right.
"""

from __future__ import annotations

import dataclasses
import datetime
import itertools
import re
from dataclasses import dataclass

from predictions.intake import horizons_en, horizons_zh, markers_en, markers_zh
from predictions.intake.candidate import Candidate
from predictions.intake.hedges import find_hedges
from predictions.intake.horizons import Horizon, scan
from predictions.intake.kind import INTERVIEWER, SPEAKER_TURN
from predictions.intake.probabilities import find_probability
from predictions.intake.sentences import Span, split_clauses, split_sentences
from tests.intake.evaluate import Document, match

# The final unseen batches: never opened, read, trained or tuned on here.
NEVER = ("am_", "an_", "ao_", "ap_", "aq_", "ar_")
_QUOTES = '“”‘’"「」『』'
_EDGE = " \t\n“”‘’\"'「」『』，,。.;；:：—–-()（）"


@dataclass(frozen=True)
class Unit:
    """A stretch of text the layer decides on: a rule candidate (``candidate``) or words the rules left out."""

    start: int
    end: int
    candidate: Candidate | None
    leftover: bool = False  # what is left of a sentence around the rules' candidates


def units(text: str, sentences: list[Span], candidates: list[Candidate], language: str) -> list[Unit]:
    """Every rule candidate, and every stretch of a sentence no candidate covers that has words enough to claim
    something, in order. (``predictions.intake.second_look`` walks sentences the same way; this copy stays here
    because ``unseen_rules`` runs it against snapshots of ``predictions/`` older than that module.)"""
    result = [Unit(c.start, c.end, c) for c in candidates]
    for start, end in sentences:
        covered = sorted((max(start, c.start), min(end, c.end)) for c in candidates if c.start < end and start < c.end)
        cursor = start
        for c_start, c_end in [*covered, (end, end)]:
            piece = _trimmed(text, cursor, c_start)
            if piece and _enough_words(text[piece[0] : piece[1]], language):
                result.append(Unit(piece[0], piece[1], None, leftover=bool(covered)))
            cursor = max(cursor, c_end)
    return sorted(result, key=lambda u: (u.start, u.end))


def _trimmed(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return (start, end) if start < end else None


def _enough_words(words: str, language: str) -> bool:
    if language == "zh-Hans":
        return len(re.findall(r"[\u4e00-\u9fff]", words)) >= 6
    return len(re.findall(r"[A-Za-z0-9]+", words)) >= 4


def document_horizons(text: str, language: str, said_on: datetime.date) -> list[Horizon]:
    if language == "zh-Hans":
        return scan(text, horizons_zh.RULES, said_on)
    return scan(text, horizons_en.RULES, said_on, lead=horizons_en.LEAD)


_NUMBER = re.compile(r"\d[\d,.]*")
_EN_WORD = re.compile(r"[a-z]+(?:['’][a-z]+)?|\$|%|\d[\d,.]*")


def features(text: str, unit: Unit, language: str, said_on: datetime.date, horizons: list[Horizon]) -> list[str]:
    """The named features of ``unit`` (binary: present or not)."""
    words = text[unit.start : unit.end]
    found: set[str] = set()
    reader = markers_zh if language == "zh-Hans" else markers_en
    for start, end in split_clauses(text, (unit.start, unit.end), language=language):
        reading = reader.read(text[start:end])
        for name, value in dataclasses.asdict(reading).items():
            if value is True:
                found.add(f"read:{name}")
            elif isinstance(value, str):
                found.add(f"read:excluded={value}")
    inside = [h for h in horizons if unit.start <= h.start and h.end <= unit.end]
    for horizon in inside:
        if horizon.resolve_on is None:
            found.add("hz:undated")
        elif horizon.resolve_on < said_on:
            found.add("hz:past")
        else:
            found.add("hz:weak" if horizon.weak else "hz:future")
    if find_probability(words, language=language) is not None:
        found.add("prob:stated")
    if find_hedges(words, language=language):
        found.add("hedge:some")
    found.update(_position(text, unit))
    size = len(re.findall(r"[\u4e00-\u9fff]", words)) // 2 if language == "zh-Hans" else len(words.split())
    found.add(f"len:{min(5, size.bit_length())}")
    found.update(_words(words, language))
    return sorted(found)


def _position(text: str, unit: Unit) -> set[str]:
    line_start = text.rfind("\n", 0, unit.start) + 1
    line_end = text.find("\n", unit.end)
    line = text[line_start : len(text) if line_end < 0 else line_end].strip()
    found = set()
    if line and not line.endswith((".", "!", "?", "。", "！", "？", "”", '"')) and len(line) < 120:
        found.add("pos:headline")
    after = text[unit.end : unit.end + 3]
    if "?" in after or "？" in after or text[unit.start : unit.end].rstrip().endswith(("?", "？")):
        found.add("pos:question")
    before = text[line_start : unit.start]
    if (
        before.count("“") > before.count("”")
        or before.count('"') % 2 == 1
        or (unit.start > 0 and text[unit.start - 1] in _QUOTES)
    ):
        found.add("pos:quoted")
    if INTERVIEWER.match(text, line_start):
        found.add("pos:interviewer")
    elif SPEAKER_TURN.match(text, line_start):
        found.add("pos:turn")
    if line_start == 0:
        found.add("pos:first_line")
    return found


def _words(words: str, language: str) -> set[str]:
    if language == "zh-Hans":
        chars = [_NUMBER.sub("0", ch) for ch in re.findall(r"[\u4e00-\u9fff]|\d+|%|％", words)]
        return {f"c:{c}" for c in chars} | {f"cc:{a}{b}" for a, b in itertools.pairwise(chars)}
    tokens = [_normalised(t) for t in _EN_WORD.findall(words.lower())]
    return {f"w:{t}" for t in tokens} | {f"ww:{a}_{b}" for a, b in itertools.pairwise(tokens)}


def _normalised(token: str) -> str:
    if not token[0].isdigit():
        return token.replace("’", "'")
    digits = token.replace(",", "")
    if re.fullmatch(r"(?:19|20|21)\d\d", digits):
        return "<year>"
    return "<number>"


@dataclass
class Example:
    """A unit, its features and whether it is a forecast (it matches one by evaluate's rule)."""

    unit: Unit
    features: list[str]
    positive: bool


def examples_of(document: Document, candidates: list[Candidate]) -> list[Example]:
    """The units of a labelled document around the rules' ``candidates``, featurised and labelled."""
    text, language, said_on = document.text, document.language, document.said_on
    horizons = document_horizons(text, language, said_on)
    all_units = units(text, split_sentences(text, language=language), candidates, language)
    positive = _positive_units(document, all_units)
    return [Example(u, features(text, u, language, said_on, horizons), i in positive) for i, u in enumerate(all_units)]


def _positive_units(document: Document, all_units: list[Unit]) -> set[int]:
    """The units that match a forecast: the rule candidates first (as evaluate matches them), then the others."""
    expected = list(document.forecasts)
    ruled = [i for i, u in enumerate(all_units) if u.candidate is not None]
    others = [i for i, u in enumerate(all_units) if u.candidate is None]
    pairs = match(expected, [as_candidate(all_units[i]) for i in ruled])
    left = [e for i, e in enumerate(expected) if i not in pairs]
    more = match(left, [as_candidate(all_units[i]) for i in others])
    return {ruled[c] for c in pairs.values()} | {others[c] for c in more.values()}


def as_candidate(unit: Unit) -> Candidate:
    if unit.candidate is not None:
        return unit.candidate
    return Candidate("", unit.start, unit.end, None, None, None, None, (), None)
