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

import dataclasses
import datetime
import re

from predictions.intake import horizons_en, horizons_zh
from predictions.intake.candidate import Candidate
from predictions.intake.clauses import Clause, Document, read_unit
from predictions.intake.grouping import group_clauses
from predictions.intake.hedges import find_hedges
from predictions.intake.horizons import Horizon, choose_horizon, only_past, scan
from predictions.intake.kind import speech_kind
from predictions.intake.probabilities import find_probability
from predictions.intake.sentences import Span, Splitter, quotation_spans, split_sentences

LANGUAGES = ("en", "zh-Hans")

_LEADING = {
    "en": re.compile(r"(?:[\s“”‘’\"'(—–-]|(?:and|but|so|however|yet|while|also)\b,?)+", re.IGNORECASE),
    "zh-Hans": re.compile(r"(?:[\s“”「」『』,，]|但是|但|不过|然而|而且|而|并且|同时|可是)+"),
}
# A second conditional: "if" with a past-tense verb, answered by "would".
_HYPOTHETICAL = re.compile(r"\b[Ii]f\s+(?:\w+\s+){0,4}?(?:did|were|was|had|went|could|\w+ed)\b[^.?!]*\bwould\b")
_TRAILING = re.compile(r"[\s,，;；:：—–“”‘’\"'「」『』]+$")


def find_forecasts(
    text: str, *, language: str, said_on: datetime.date, splitter: Splitter = "sentencex"
) -> list[Candidate]:
    """The forecast candidates in ``text`` (in ``language``, said on ``said_on``), in order of appearance.

    Pure: no database, no network. ``ValueError`` for an unknown language.
    """
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}: use one of {', '.join(LANGUAGES)}")
    sentences = split_sentences(text, language=language, splitter=splitter)
    if language == "zh-Hans":
        horizons = _reanchored(scan(text, horizons_zh.RULES, said_on), sentences, said_on)
    else:
        horizons = scan(text, horizons_en.RULES, said_on, lead=horizons_en.LEAD)
    speech = tuple(q for q in quotation_spans(text, language=language) if _is_speech(text, q, language))
    document = Document(
        text=text,
        language=language,
        said_on=said_on,
        horizons=tuple(horizons),
        speech=speech,
        own_voice=_own_voice(text, language, speech),
        # A transcript has turns ("HARTWELL:", "周海涛："); a headline "总裁周凯：……" alone does not make one.
        transcript=len(_SPEAKER_TURN.findall(text)) + len(_INTERVIEWER_LINE.findall(text)) >= 2,
    )
    candidates: list[Candidate] = []
    for sentence in sentences:
        if _INTERVIEWER.match(text, text.rfind("\n", 0, sentence[0]) + 1):
            continue  # the interviewer's question or framing, not the speaker's forecast
        for candidate in _sentence_candidates(document, sentence):
            candidates.append(_carry_date_back(text, candidate, candidates[-1] if candidates else None))
    return candidates


# A question in a transcript: "Q:", "Q.", "记者：", "主持人：", "问：".
_INTERVIEWER = re.compile(r"[ \t]*(?:Q|问|记者|主持人|Interviewer|Host|Reporter)\s*[.:：]")
_INTERVIEWER_LINE = re.compile(r"^" + _INTERVIEWER.pattern, re.MULTILINE)
# A forecast that refers back to the dated claim before it: "It will not.", 届时……, 我们不会是其中之一,
# 我有七成把握能做到.
_REFERS_BACK = {
    "en": re.compile(
        r"^(?:(?:It|They|That|This|We)\s+(?:will|won['’]t|would|wouldn['’]t)(?:\s+not)?\.?$|.*\bby\s+then\b)"
    ),
    "zh-Hans": re.compile(r"届时|到时候|到那时|做到|其中之一|这一目标|这个目标|该目标|这一点"),
}


def _carry_date_back(text: str, candidate: Candidate, previous: Candidate | None) -> Candidate:
    if candidate.horizon or previous is None or previous.resolve_on is None:
        return candidate
    language = "zh-Hans" if re.search(r"[\u4e00-\u9fff]", candidate.quote) else "en"
    if not _REFERS_BACK[language].search(candidate.quote.strip()):
        return candidate
    if "\n\n" in text[previous.end : candidate.start] and language == "en":
        return candidate  # another paragraph, another topic
    rule = f"refers back to “{previous.quote[:40]}”: {previous.horizon_rule}"
    return dataclasses.replace(candidate, horizon=previous.horizon, resolve_on=previous.resolve_on, horizon_rule=rule)


def _reanchored(horizons: list[Horizon], sentences: list[Span], said_on: datetime.date) -> list[Horizon]:
    """上半年, 下半年, 年底, 全年 read in the year their sentence has just named (明年……，上半年……)."""
    result: list[Horizon] = []
    sentence_index = 0
    year: int | None = None
    for horizon in horizons:
        while sentence_index < len(sentences) and sentences[sentence_index][1] <= horizon.start:
            sentence_index += 1
            year = None
        named = horizons_zh.named_year(horizon, said_on)
        if named is not None:
            year = named
        elif year is not None and year != said_on.year:
            horizon = horizons_zh.reanchor(horizon, year) or horizon
        result.append(horizon)
    return result


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
    first_person = re.compile(
        r"我(?![国省市区县校院军方])|咱" if language == "zh-Hans" else r"\b(?:I|we|We|our|Our|my|My|us|me)\b|\bI['’]"
    )
    paragraphs = [p for p in text.split("\n") if len(p.strip()) > 40]
    return bool(paragraphs) and sum(1 for p in paragraphs if first_person.search(p)) * 3 >= len(paragraphs)


# "ELENA VASQUEZ:", "HARTWELL:", "Raman:", "周海涛：" — a speaker's turn in an interview transcript.
_SPEAKER_TURN = re.compile(
    r"^(?!Q\b|Q\.)(?:[A-Z][\w.'’ -]{0,40}(?<!said)(?<!says):\s|[\u4e00-\u9fff·]{1,7}(?<![说称道示为])[：:])",
    re.MULTILINE,
)


def _units(document: Document, sentence: Span) -> list[tuple[Span, bool]]:
    """The sentence cut at the edges of the quotations in it: (span, quoted) pieces in order."""
    start, end = sentence
    cuts: list[tuple[Span, bool]] = []
    cursor = start
    for q_start, q_end in document.speech_within(sentence):
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


def _sentence_candidates(document: Document, sentence: Span) -> list[Candidate]:
    units = _units(document, sentence)
    groups: list[tuple[list[Clause], bool]] = []  # (clauses, quoted)
    all_clauses: list[Clause] = []
    question_frame = False
    for span, quoted in units:
        clauses = read_unit(document, span, reporting_before=any(c.reading.reporting for c in all_clauses))
        all_clauses.extend(clauses)
        unit_groups = group_clauses(document, clauses)
        if quoted and groups and len(unit_groups) == 1 and _only_a_probability(document, unit_groups[0]):
            # "他预测，明年将有……，“我有八成把握”": the number belongs to the claim before it.
            groups[-1] = ([*groups[-1][0], *unit_groups[0]], groups[-1][1])
            unit_groups = []
        groups.extend((group, quoted) for group in unit_groups)
        if quoted and not unit_groups and question_frame:
            # The answer to a question about the future ("asked whether …", 谈及……是否会) is the forecast.
            answer = [c for c in clauses if c.reading.excluded not in ("question", "wish")]
            if answer:
                groups.append((answer, quoted))
        question_frame = question_frame or any(c.reading.question_frame for c in clauses)
    if (
        not groups
        and _is_headline(document, sentence)
        and _HEADLINE_FUTURE[document.language].search(document.text, sentence[0], sentence[1])
    ):
        groups.append((all_clauses, False))  # "Copper to hit record as grid spending soars": a headline's future
    # Words of the sentence that belong to no candidate: the frame that may hold the horizon or the hedges.
    grouped = {id(c) for group, _ in groups for c in group}
    frame = [c for c in all_clauses if id(c) not in grouped]
    said = sum(1 for c in all_clauses if not c.reading.attribution)
    reports = any(c.reading.reporting for c in all_clauses)
    candidates = []
    previous: list[Clause] = []
    for group, _quoted in groups:
        candidate = _candidate(document, sentence, group, frame=frame, previous=previous, said=said, reports=reports)
        if candidate is not None:
            candidates.append(candidate)
        previous = group
    return candidates


# Headline English puts the future in an infinitive: "Copper to hit record", "Fed to cut rates twice".
_HEADLINE_FUTURE = {
    "en": re.compile(
        r"^[^:]*?\b(?!(?:plans?|wants?|aims?|set|due|scheduled|going|expected|remarks|speech|address|letter|visit|trip)\b)"
        r"\w+\s+to\s+(?!(?:the|a|an|his|her|their|its|our|this|that|these|those|be\s+held)\b)[a-z]{3,}"
    ),
    "zh-Hans": re.compile(r"(?!)"),
}


def _is_headline(document: Document, sentence: Span) -> bool:
    """A line of its own without a full stop, short: a headline."""
    text = document.text
    line_start = text.rfind("\n", 0, sentence[0]) + 1
    line_end = text.find("\n", sentence[1])
    line = text[line_start : len(text) if line_end < 0 else line_end].strip()
    return (
        line == text[sentence[0] : sentence[1]]
        and not line.endswith((".", "!", "?", "。", "！", "？"))
        and (len(line.split()) <= 16)
    )


def _only_a_probability(document: Document, group: list[Clause]) -> bool:
    dated = any(h.resolve_on and h.resolve_on >= document.said_on for c in group for h in c.horizons)
    return not dated and any(c.probability is not None for c in group) and not any(c.reading.future for c in group)


def _candidate(
    document: Document,
    sentence: Span,
    group: list[Clause],
    *,
    frame: list[Clause],
    previous: list[Clause],
    said: int,
    reports: bool,
) -> Candidate | None:
    """The candidate of one group; ``frame``: the sentence's clauses in no group, ``previous``: the group before
    it in the sentence, ``said``: how many clauses of the sentence say something besides who speaks,
    ``reports``: the sentence has a verb of saying."""
    text, language, said_on = document.text, document.language, document.said_on
    start, end = _trim(text, group[0].span[0], group[-1].span[1], language)
    if start >= end:
        return None
    others = said - sum(1 for c in group if not c.reading.attribution)
    if not any(c.says_something for c in group) and others:
        return None  # "明年，" before a plan claims nothing; "Not before 2035." alone answers a question
    own_horizons = [h for c in group for h in c.horizons]
    strong = any(c.reading.future or c.probability is not None for c in group)
    if not strong and (only_past(own_horizons, said_on) or any(h.rule == "the past" for h in own_horizons)):
        return None  # "Last year I said … would …": a forecast made and reported in the past
    if not strong and language == "en" and _HYPOTHETICAL.search(text, sentence[0], sentence[1]):
        return None  # "If ministers did that tomorrow, we would see …": a hypothetical, not a forecast
    # An elliptical forecast shares the date of the one before it: "falls short of tripling by 2030, but I
    # expect it to more than double".
    earlier = [h for c in previous for h in c.horizons if c.span[1] <= group[0].span[0]]
    horizon = (
        choose_horizon(own_horizons, said_on)
        or choose_horizon([h for c in frame for h in c.horizons], said_on)
        or choose_horizon(earlier[-1:], said_on)
    )
    # Over the whole group: "2030年之前实现AGI的概率，我觉得是百分之五十" spans two clauses.
    probability = find_probability(text[start:end], language=language)
    if probability is None:
        probability = next((c.probability for c in frame if c.probability is not None), None)
    hedge_text = " ".join(text[c.span[0] : c.span[1]] for c in (*frame, *group) if c.span[0] < end)
    line_start = text.rfind("\n", 0, start) + 1
    headline = _is_headline(document, sentence)
    kind = speech_kind(
        (start, end),
        quotations=list(document.speech_within((start, end))),
        sentence_reports=reports,
        # A news or interview headline is in nobody's voice ("总裁周凯：AI手机渗透率明年将超50%");
        # an op-ed's is its author's.
        own_voice=document.own_voice
        or (not headline and document.transcript and bool(_SPEAKER_TURN.match(text, line_start))),
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


# A dateline is not part of what is said: "LONDON, June 10 (Reuters) - ", "新华社上海3月5日电 ".
_DATELINE = {
    "en": re.compile(r"[A-Z][A-Z .,'’-]{1,40},\s+\w+\.?\s+\d{1,2}\s*(?:\([^)]{1,30}\))?\s*(?:-|—|–|--)\s*"),
    "zh-Hans": re.compile(r"[^，。\s]{0,16}?\d{1,2}月\d{1,2}日电(?:（[^）]{0,20}）)?\s*"),
}


def _trim(text: str, start: int, end: int, language: str) -> Span:
    dateline = _DATELINE[language].match(text, start, end)
    if dateline:
        start = dateline.end()
    leading = _LEADING[language].match(text, start, end)
    if leading:
        start = leading.end()
    trailing = _TRAILING.search(text, start, end)
    if trailing:
        end = trailing.start()
    return start, end
