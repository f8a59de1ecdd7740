"""Finding forecasts in a text: sentences → units (quotations and the words around them) → clauses → candidates.

A clause is a forecast when it carries a future marker (will, 将, 会, 预计 …), a stated probability,
or a weaker modal (could, may, 可能 …) together with a dated horizon — and is not a question, a
wish or prescription, a schedule or a statement about the past (``markers``). Consecutive
clauses of one thought form one candidate: a clause that starts with a connector (but, while, 但,
而) or brings a new future marker with its own subject starts the next one. Who speaks ("he
said", 奥尔特曼表示) is left out of the quote and tells the kind. A quotation that answers a
reported question about the future ("asked whether …", 谈及……是否会) is a candidate even without
a marker of its own. A candidate without a horizon of its own takes one from the rest of its
sentence (当被问到三年后……时，奥尔特曼表示，“……”).
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from predictions.intake import horizons_en, horizons_zh, markers_en, markers_zh
from predictions.intake.candidate import Candidate
from predictions.intake.hedges import find_hedges
from predictions.intake.horizons import Horizon, choose_horizon, only_past, scan
from predictions.intake.kind import speech_kind
from predictions.intake.markers import ClauseReading
from predictions.intake.probabilities import find_probability
from predictions.intake.sentences import Span, Splitter, quotation_spans, split_clauses, split_sentences

LANGUAGES = ("en", "zh-Hans")
_CONTRAST = {
    "en": re.compile(r"^[\s“‘\"']*(?:but|however|yet|still|even\s+so)\b", re.IGNORECASE),
    "zh-Hans": re.compile(r"^[\s“”「」]*(?:但是?|不过|然而|可是|只是)"),
}
# English horizons that make a clause a forecast without a future verb: deadlines, not "this year".
_EN_DEADLINE = re.compile(
    r"^(?:by|before|within|inside|no later than|not later than|in the (?:next|coming)|over the (?:next|coming))\b"
    r"|^in \S+ (?:years?|months?|decades?|weeks?)|from (?:now|today)$|time$",
    re.IGNORECASE,
)
# Chinese horizons that make a clause a forecast on their own: 到2030年, 三年内, 2026年底前, 明年 — not a bare 2024年.
_ZH_DEADLINE = re.compile(
    r"^(?:到|至|截至|截止|直到|在未来|未来|今后|接下来|明年|后年)|(?:[内前后底末]|以内|之内|上半年|下半年|季度)$"
)
_LEADING = {
    "en": re.compile(r"(?:[\s“”‘’\"'(—–-]|(?:and|but|so|however|yet|while|also)\b,?)+", re.IGNORECASE),
    "zh-Hans": re.compile(r"(?:[\s“”「」『』,，]|但是|但|不过|然而|而且|而|并且|同时|可是)+"),
}
# A second conditional: "if" with a past-tense verb, answered by "would".
_HYPOTHETICAL = re.compile(r"\b[Ii]f\s+(?:\w+\s+){0,4}?(?:did|were|was|had|went|could|\w+ed)\b[^.?!]*\bwould\b")
_TRAILING = re.compile(r"[\s,，;；:：—–“”‘’\"'「」『』]+$")


@dataclass(frozen=True)
class _Clause:
    span: Span
    reading: ClauseReading
    horizons: tuple[Horizon, ...]
    probability: float | None
    forecast: bool


@dataclass(frozen=True)
class _Document:
    text: str
    language: str
    said_on: datetime.date
    horizons: tuple[Horizon, ...]
    speech: tuple[Span, ...]  # quotations long enough to be someone's words (not scare quotes)
    own_voice: bool  # a speech or interview transcript: unquoted first-person words are the speaker's own


def find_forecasts(
    text: str, *, language: str, said_on: datetime.date, splitter: Splitter = "pysbd"
) -> list[Candidate]:
    """The forecast candidates in ``text`` (in ``language``, said on ``said_on``), in order of appearance.

    Pure: no database, no network. ``ValueError`` for an unknown language.
    """
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}: use one of {', '.join(LANGUAGES)}")
    if language == "zh-Hans":
        horizons = scan(text, horizons_zh.RULES, said_on)
    else:
        horizons = scan(text, horizons_en.RULES, said_on, lead=horizons_en.LEAD)
    speech = tuple(q for q in quotation_spans(text, language=language) if _is_speech(text, q, language))
    document = _Document(
        text=text,
        language=language,
        said_on=said_on,
        horizons=tuple(horizons),
        speech=speech,
        own_voice=_own_voice(text, language, speech),
    )
    candidates: list[Candidate] = []
    for sentence in split_sentences(text, language=language, splitter=splitter):
        candidates.extend(_sentence_candidates(document, sentence))
    return candidates


def _is_speech(text: str, span: Span, language: str) -> bool:
    """A quotation of someone's words, not a phrase in scare quotes: long enough, and standing as a sentence
    or a clause (after a colon, a comma or the start of a line, or ending with its own punctuation)."""
    start, end = span
    words = text[start:end]
    long_enough = len(re.sub(r"\W", "", words)) >= 8 if language == "zh-Hans" else len(words.split()) >= 4
    before = text[: max(0, start - 1)].rstrip(" ")
    stands_alone = not before or before[-1] in "\n:：,，。.!?！？;；—" or words.rstrip()[-1:] in ".!?。！？,，"
    return long_enough and stands_alone


def _own_voice(text: str, language: str, speech: tuple[Span, ...]) -> bool:
    """A text in the speaker's own voice: no quotations, and a third of its paragraphs or more in the first person."""
    if speech:
        return False
    first_person = re.compile(r"我|咱" if language == "zh-Hans" else r"\b(?:I|we|We|our|Our|my|My|us|me)\b|\bI['’]")
    paragraphs = [p for p in text.split("\n") if len(p.strip()) > 40]
    return bool(paragraphs) and sum(1 for p in paragraphs if first_person.search(p)) * 3 >= len(paragraphs)


# "ELENA VASQUEZ:", "HARTWELL:", "Raman:" — a speaker's turn in an interview transcript.
_SPEAKER_TURN = re.compile(r"^(?!Q\b|Q\.)[A-Z][\w.'’ -]{0,40}:\s", re.MULTILINE)


def _units(document: _Document, sentence: Span) -> list[tuple[Span, bool]]:
    """The sentence cut at the edges of the quotations in it: (span, quoted) pieces in order."""
    start, end = sentence
    cuts: list[tuple[Span, bool]] = []
    cursor = start
    for q_start, q_end in document.speech:
        q_start, q_end = max(q_start, start), min(q_end, end)
        if q_start >= q_end:
            continue
        if q_start > cursor:
            cuts.append(((cursor, q_start), False))
        cuts.append(((q_start, q_end), True))
        cursor = q_end
    if cursor < end:
        cuts.append(((cursor, end), False))
    return [(span, quoted) for span, quoted in cuts if document.text[span[0] : span[1]].strip(" “”‘’\"'「」『』，,。.")]


def _read(document: _Document, span: Span, reporting_before: bool) -> _Clause:
    words = document.text[span[0] : span[1]]
    reading = (markers_zh if document.language == "zh-Hans" else markers_en).read(words)
    horizons = tuple(h for h in document.horizons if span[0] <= h.start < span[1])
    probability = find_probability(words, language=document.language)
    return _Clause(
        span,
        reading,
        horizons,
        probability,
        _is_forecast(document, reading, horizons, probability, words, reporting_before),
    )


def _is_forecast(
    document: _Document,
    reading: ClauseReading,
    horizons: tuple[Horizon, ...],
    probability: float | None,
    words: str,
    reporting_before: bool,
) -> bool:
    if reading.excluded or reading.attribution:
        return False
    if reading.future or probability is not None:
        return True
    dated = [h for h in horizons if h.resolve_on is not None and h.resolve_on >= document.said_on]
    if reading.modal and dated:
        return True
    if document.language == "zh-Hans":
        return any(_ZH_DEADLINE.search(h.words) for h in dated)
    if reading.would and (reporting_before or reading.reporting):
        return True
    return any(_EN_DEADLINE.search(h.words) for h in dated)


def _sentence_candidates(document: _Document, sentence: Span) -> list[Candidate]:
    units = _units(document, sentence)
    groups: list[tuple[list[_Clause], bool]] = []  # (clauses, quoted)
    all_clauses: list[_Clause] = []
    question_frame = False
    for span, quoted in units:
        clauses = _unit_clauses(document, span, reporting_before=any(c.reading.reporting for c in all_clauses))
        all_clauses.extend(clauses)
        unit_groups = _group(document, clauses)
        groups.extend((group, quoted) for group in unit_groups)
        if quoted and not unit_groups and question_frame:
            # The answer to a question about the future ("asked whether …", 谈及……是否会) is the forecast.
            answer = [c for c in clauses if c.reading.excluded not in ("question", "wish")]
            if answer:
                groups.append((answer, quoted))
        question_frame = question_frame or any(c.reading.question_frame for c in clauses)
    candidates = []
    for group, _quoted in groups:
        candidate = _candidate(document, sentence, group, all_clauses, groups)
        if candidate is not None:
            candidates.append(candidate)
    return candidates


# English clauses are also cut before "and" / "but" (not "between 520,000 and 560,000"): "expect it to
# return to target by mid-2025 and to stay close to it through 2026" holds two forecasts.
_EN_CONJUNCTION = re.compile(r"\s+(?=(?:and|but)\s)", re.IGNORECASE)


def _sub_clauses(document: _Document, span: Span) -> list[Span]:
    if document.language != "en":
        return [span]
    pieces, cursor = [], span[0]
    for match in _EN_CONJUNCTION.finditer(document.text, span[0], span[1]):
        if re.search(r"\b(?:between|both)\s+\S+$", document.text[cursor : match.start()], re.IGNORECASE):
            continue
        if match.start() > cursor:
            pieces.append((cursor, match.start()))
            cursor = match.start()
    pieces.append((cursor, span[1]))
    return pieces


def _unit_clauses(document: _Document, span: Span, *, reporting_before: bool) -> list[_Clause]:
    clauses: list[_Clause] = []
    for clause_span in split_clauses(document.text, span, language=document.language):
        pieces = [_read(document, piece, reporting_before) for piece in _sub_clauses(document, clause_span)]
        # Keep "and …" apart only when both sides could state a forecast ("return to target by mid-2025 and
        # stay close to it through 2026"), not in "higher tariffs and uncertainty would weigh".
        merged: list[_Clause] = [pieces[0]]
        for piece in pieces[1:]:
            if not (_forecast_like(document, merged[-1]) and _forecast_like(document, piece)):
                merged[-1] = _read(document, (merged[-1].span[0], piece.span[1]), reporting_before)
            else:
                merged.append(piece)
        for clause in merged:
            clauses.append(clause)
            reporting_before = reporting_before or clause.reading.reporting
    return clauses


def _forecast_like(document: _Document, clause: _Clause) -> bool:
    reading = clause.reading
    dated = any(h.resolve_on and h.resolve_on >= document.said_on and not h.weak for h in clause.horizons)
    return reading.future or reading.modal or dated or clause.probability is not None


def _group(document: _Document, clauses: list[_Clause]) -> list[list[_Clause]]:
    """Consecutive clauses of one forecast: see the module's docstring."""
    groups: list[list[_Clause]] = []
    current: list[_Clause] | None = None
    pending: list[_Clause] = []
    wishing = False
    excluded_before: str | None = None
    elliptical: set[int] = set()
    contrast = _CONTRAST[document.language]
    for clause in clauses:
        reading = clause.reading
        words = document.text[clause.span[0] : clause.span[1]]
        if wishing and not contrast.search(words):
            # A wish or prescription governs the clauses that follow it (希望它……，同时不会……).
            continue
        wishing = reading.excluded == "wish"
        if excluded_before and reading.continues and not reading.opens_new_thought and not reading.excluded:
            continue  # "said it would hold its meeting on Aug. 28 and would not change …": the same plan
        if reading.excluded or reading.attribution or reading.question_frame:
            current, pending = None, []
            excluded_before = reading.excluded
            continue
        excluded_before = None
        if clause.forecast:
            if current is not None and _continues(document, current, clause, words, _stated(current, elliptical)):
                current.append(clause)
            else:
                current = [*pending, clause]
                groups.append(current)
            pending = []
        elif current is not None and _elliptical(document, current, clause):
            current = [clause]  # "to grow 1.8% in 2025 and 1.7% in 2026": the verb is understood
            groups.append(current)
            elliptical.add(id(current))
        elif current is not None and not reading.opens_new_thought:
            current.append(clause)
        else:
            current = None
            pending = [*pending, clause] if not reading.opens_new_thought else [clause]
            if re.search(r"\s(?:—|–|--)\s*$", words):
                pending = []  # a dateline ("WASHINGTON, April 22 —") is not part of what is said
        if words.rstrip().endswith((";", "；")):
            current, pending = None, []  # a semicolon closes the thought
    return groups


def _stated(group: list[_Clause], elliptical: set[int] | None = None) -> bool:
    """The group states its claim: a future marker, a probability, or it is elliptical ("and 1.7% in 2026")."""
    return id(group) in (elliptical or set()) or any(c.reading.future or c.probability is not None for c in group)


def _dates(clauses: list[_Clause], said_on: datetime.date) -> set[datetime.date]:
    return {h.resolve_on for c in clauses for h in c.horizons if h.resolve_on is not None and h.resolve_on >= said_on}


def _elliptical(document: _Document, current: list[_Clause], clause: _Clause) -> bool:
    """A clause after "and" / "but" with a date of its own and no verb: a second forecast of the same kind."""
    own = {h.resolve_on for h in clause.horizons if not h.weak and h.resolve_on and h.resolve_on >= document.said_on}
    return (
        clause.reading.opens_new_thought
        and _stated(current)
        and bool(own)
        and own.isdisjoint(_dates(current, document.said_on))
    )


def _continues(document: _Document, current: list[_Clause], clause: _Clause, words: str, stated: bool) -> bool:
    """Does a forecast clause complete the forecast before it, or state a new one?"""
    reading = clause.reading
    if not stated:
        return not reading.opens_new_thought or not any(c.forecast for c in current)  # "By 2030, half … will be"
    if _refers_back(document, words):
        return True  # ", but it won't happen smoothly"
    if reading.opens_new_thought:
        return False
    if reading.future:
        return reading.continues  # ", will also …", "，会获得……"
    own, before = _dates([clause], document.said_on), _dates(current, document.said_on)
    if own and before and own.isdisjoint(before):
        return False  # a second date: "1.8% in 2025, and 1.7% in 2026"
    # "…, with a 40% chance of a new record by the end of March" is a claim of its own; a bare horizon
    # completes the forecast before it.
    return clause.probability is None


def _refers_back(document: _Document, words: str) -> bool:
    """An English clause whose subject is "it" / "this" / "that" continues the forecast before it."""
    return document.language == "en" and bool(
        re.match(
            r"[\s“‘\"']*(?:but|and|yet|though|although)?\s*(?:it|this)(?:\s+(?:will|won['’]t|would|is|isn['’]t|may|might|could)|['’]s|['’]ll)\b",
            words,
            re.IGNORECASE,
        )
    )


def _candidate(
    document: _Document,
    sentence: Span,
    group: list[_Clause],
    all_clauses: list[_Clause],
    groups: list[tuple[list[_Clause], bool]],
) -> Candidate | None:
    text, language, said_on = document.text, document.language, document.said_on
    start, end = _trim(text, group[0].span[0], group[-1].span[1], language)
    if start >= end:
        return None
    own_horizons = [h for c in group for h in c.horizons]
    strong = any(c.reading.future or c.probability is not None for c in group)
    if not strong and (only_past(own_horizons, said_on) or any(h.rule == "the past" for h in own_horizons)):
        return None  # "Last year I said … would …": a forecast made and reported in the past
    if not strong and language == "en" and _HYPOTHETICAL.search(text, sentence[0], sentence[1]):
        return None  # "If ministers did that tomorrow, we would see …": a hypothetical, not a forecast
    # Words of the sentence that belong to no candidate: the frame that may hold the horizon or the hedges.
    in_groups = {id(c) for g, _ in groups for c in g}
    frame = [c for c in all_clauses if id(c) not in in_groups]
    # An elliptical forecast shares the date of the one before it: "falls short of tripling by 2030, but I
    # expect it to more than double".
    earlier = [h for g, _ in groups if g[-1].span[1] <= group[0].span[0] for c in g for h in c.horizons]
    horizon = (
        choose_horizon(own_horizons, said_on)
        or choose_horizon([h for c in frame for h in c.horizons], said_on)
        or choose_horizon(earlier[-1:], said_on)
    )
    probability = next((c.probability for c in group if c.probability is not None), None)
    if probability is None:
        probability = next((c.probability for c in frame if c.probability is not None), None)
    hedge_text = " ".join(text[c.span[0] : c.span[1]] for c in (*frame, *group) if c.span[0] < end)
    line_start = text.rfind("\n", 0, start) + 1
    kind = speech_kind(
        (start, end),
        quotations=list(document.speech),
        sentence_reports=any(c.reading.reporting or c.reading.attribution for c in all_clauses),
        own_voice=document.own_voice or bool(_SPEAKER_TURN.match(text, line_start)),
    )
    return Candidate(
        quote=text[start:end],
        start=start,
        end=end,
        horizon=horizon.words if horizon else None,
        resolve_on=horizon.resolve_on if horizon else None,
        horizon_rule=horizon.rule if horizon else None,
        probability=probability,
        hedges=find_hedges(hedge_text, language=language),
        kind=kind,
    )


def _trim(text: str, start: int, end: int, language: str) -> Span:
    leading = _LEADING[language].match(text, start, end)
    if leading:
        start = leading.end()
    trailing = _TRAILING.search(text, start, end)
    if trailing:
        end = trailing.start()
    return start, end
