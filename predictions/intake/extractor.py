"""Finding forecasts in a text: sentences → units (quotations and the words around them) → clauses → candidates.

A clause is a forecast when it carries a future marker (will, 将, 会, 预计 …), a stated probability,
or a weaker modal (could, may, 可能 …) together with a dated horizon — and is not a question, a
wish or prescription, a schedule or a statement about the past (``markers``). Consecutive
clauses of one thought form one candidate: a clause that starts with a connector (but, while, 但,
而) or brings a new future marker with its own subject starts the next one. Who speaks ("he
said", 奥尔特曼表示) is left out of the quote and tells the kind. A quotation that answers a
reported question about the future ("asked whether …", 谈及……是否会) is a candidate even without
a marker of its own. A candidate without a horizon of its own takes one from the rest of its
sentence (当被问到三年后……时，奥尔特曼表示，“……”). English also forecasts without a marker, in the
predictive present under a belief or a date ("I think Denver wins it": ``forms_en``). Across sentences
(``discourse``): the answer to a question about the future ("Is a glut coming?" — "No."), the predictive
present going on in a speaker's turn, a date referred back to, a reported forecast the speaker rejects.
"""

from __future__ import annotations

import dataclasses
import datetime
import re
from types import ModuleType

from predictions.intake import horizons_en, horizons_zh, resolvers_en, timetables_en
from predictions.intake.candidate import Candidate
from predictions.intake.clauses import Before, Clause, Document, read_unit
from predictions.intake.discourse import (
    answer_group,
    asks_about_the_future,
    carry_date_back,
    date_said_before,
    dated_by_the_question,
    dates_the_claim_before,
    echoes_the_question,
    elaborates,
    goes_on_predicting,
    rejects,
    stands_by_the_claim,
    states_a_level,
)
from predictions.intake.edges_en import dating_a_noun
from predictions.intake.forecast import build, is_headline, outside_datelines
from predictions.intake.grouping import group_clauses
from predictions.intake.headlines import HEADLINE_FUTURE
from predictions.intake.horizons import Horizon, scan
from predictions.intake.kind import INTERVIEWER, host_turns, is_transcript, relays_then_asks
from predictions.intake.markers import NEVER
from predictions.intake.odds_zh import claimed, odds_only
from predictions.intake.periods_en import named_periods as named_periods_en
from predictions.intake.periods_zh import named_periods
from predictions.intake.probabilities import ODDS_ONLY_ZH
from predictions.intake.quotes_en import embedded
from predictions.intake.saying_times_en import outside_sayings
from predictions.intake.second_reading_en import second_reading
from predictions.intake.sentences import Span, Splitter, quotation_spans, split_sentences, split_sentencex
from predictions.intake.voices import own_voice

LANGUAGES = ("en", "zh-Hans")


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
        horizons = _reanchored(horizons_zh, scan(text, horizons_zh.RULES, said_on), sentences, said_on)
        horizons = horizons_zh.open_starts(text, named_periods(text, horizons, said_on))
    else:
        horizons = scan(text, horizons_en.RULES, said_on, lead=horizons_en.LEAD)
        horizons = _reanchored(resolvers_en, horizons, sentences, said_on)
    horizons = outside_datelines(text, horizons, language)
    if language == "en":
        horizons = named_periods_en(text, outside_sayings(text, dating_a_noun(text, horizons)), said_on)
    speech = tuple(q for q in quotation_spans(text, language=language) if _is_speech(text, q, language))
    document = Document(
        text=text,
        language=language,
        said_on=said_on,
        horizons=tuple(horizons),
        speech=speech,
        own_voice=own_voice(text, language, speech),
        transcript=is_transcript(text),
    )
    candidates: list[Candidate] = []
    question: list[Clause] | None = None  # a question about the future that the next sentence may answer
    predicting = False  # the speaker's turn (its line) holds a forecast: the predictive present may go on
    said_before: Horizon | None = None  # the dated horizon of the sentence before
    reported_before = False  # the sentence before reported someone's forecast
    unnamed_before = False  # the sentence before gave words to someone nobody names
    line_start = -1
    host = host_turns(text) if document.transcript else None  # "Presenter Claire Aldous speaks with …"
    for sentence in sentences:
        if text.rfind("\n", 0, sentence[0]) + 1 != line_start:
            line_start, predicting = text.rfind("\n", 0, sentence[0]) + 1, False
        found, clauses = _sentence_candidates(document, sentence)
        asking = INTERVIEWER.match(text, line_start) or (host is not None and host.match(text, line_start))
        relayed = document.transcript and any(c.reading.reporting for c in clauses)  # "NAME (OUTLET): X says … ?"
        relayed = relayed and relays_then_asks(text, line_start, sentence)
        if asking or relayed or _DIRECT_QUESTION.get(language, NEVER).match(text, *sentence):
            found = []  # the interviewer's question or framing, or a question asked: not the speaker's forecast
        elif (
            not found
            and question is not None
            and not _in_a_headline(text, sentence)
            and (group := answer_group(document, clauses))
        ):
            found = _lone_candidate(document, sentence, group, previous=question)
        elif (
            not found
            and predicting
            and _own_words(document, sentence)
            and (
                group := goes_on_predicting(document, clauses)
                or dates_the_claim_before(document, clauses)
                or stands_by_the_claim(document, clauses, claim_end=candidates[-1].end if candidates else None)
            )
        ):
            found = _lone_candidate(document, sentence, group, previous=[])
        elif not found and _own_words(document, sentence) and (group := states_a_level(document, clauses)):
            found = _lone_candidate(document, sentence, group, previous=[])  # "Flat this year, then up next year."
        elif not found and predicting and candidates and (group := elaborates(document, clauses)):
            # "…gets bought. Probably by a telecoms group.": a hedged completion of the forecast just made; after a
            # bare answer ("Yes. Probably in the autumn.") it is that answer's content.
            found = _lone_candidate(document, sentence, group, previous=[])
            right_after = not text[candidates[-1].end : sentence[0]].strip(" .,;“”‘’\"'")
            if found and right_after and len(candidates[-1].quote.split()) <= 2:
                candidates[-1], found = _with_completion(document, candidates[-1], found[0]), []
        if question is not None and found:
            found[0] = dated_by_the_question(document, found[0], question)
        if unnamed_before and (opening := _QUOTE_OPENS.match(text, sentence[0])):
            # 一位店主说，……。“租金肯定会涨……”: the quotation goes on in the unnamed speaker's words.
            closing = text.find("”", opening.end())
            if closing >= 0 and not _SAID_AFTER.match(text, closing + 1):  # (not “……”沈一鸣对记者表示。)
                found = [c for c in found if c.start > closing]
        if reported_before and found and rejects(document, found[0]):
            candidates.pop()  # "The government says … will deliver 300,000 homes by 2029. It will not."
        for candidate in found:
            previous = candidates[-1] if candidates else None
            if previous is not None and _odds_of_the_claim_before(document, previous, candidate):
                candidates[-1] = _with_odds(document, previous, candidate)
                continue
            candidates.append(carry_date_back(document, candidate, previous, said_before))
        said_before = date_said_before(document, sentence, clauses, said_before)
        reported_before = bool(found) and any(c.reading.reporting for c in clauses)
        unnamed_before = language == "zh-Hans" and any(
            c.reading.excluded in ("unnamed", "unnamed view") for c in clauses
        )
        if asks_about_the_future(document, sentence, clauses):
            question = clauses
        elif not (question is not None and echoes_the_question(document, sentence)):
            question = None  # ("Will it fall on Sunday?" — "With this weather? I'd say one in four.": still asked)
        predicting = (
            predicting or bool(found) or any(c.reading.belief or c.reading.excluded == "announces" for c in clauses)
        )
    return second_reading(text, candidates, said_on) if language == "en" else candidates


# A question asked outright, all its clauses with it ("Will we see a cascade of collisions, the worst case?"), after
# a speaker's label if any.
_QUOTE_OPENS = re.compile(r"\s*[“「]")
_SAID_AFTER = re.compile(r"(?!另|而|此外|同时|也有|还有|但)[^。！？“”]{1,40}?(?:表示|说|称|指出|透露|介绍|坦言|告诉)")
_DIRECT_QUESTION = {
    "en": re.compile(
        r"[\s“‘\"']*(?:[A-Z][\w.'’ -]{0,30}:\s*)?[“‘\"']?"
        r"(?:will|won['’]t|would|is|are|can|could|does|do|shall|has|have)\b[^?.!]*\?[”’\"']*\s*$",
        re.IGNORECASE,
    )
}


def _odds_of_the_claim_before(document: Document, previous: Candidate, candidate: Candidate) -> bool:
    """Chinese: a sentence that only gives the odds of the claim just before it (……就会出台。我个人有七成把握。)."""
    between = document.text[previous.end : candidate.start]
    return (
        document.language == "zh-Hans"
        and previous.probability is None
        and candidate.probability is not None
        and not between.strip()
        and bool(ODDS_ONLY_ZH.match(candidate.quote))
    )


def _with_odds(document: Document, previous: Candidate, candidate: Candidate) -> Candidate:
    quote = document.text[previous.start : candidate.end]
    hedges = tuple(dict.fromkeys((*previous.hedges, *candidate.hedges)))
    return dataclasses.replace(
        previous, quote=quote, end=candidate.end, probability=candidate.probability, hedges=hedges
    )


def _with_completion(document: Document, answer: Candidate, completion: Candidate) -> Candidate:
    hedges = tuple(dict.fromkeys((*answer.hedges, *completion.hedges)))
    quote = document.text[answer.start : completion.end]
    return dataclasses.replace(answer, quote=quote, end=completion.end, hedges=hedges)


def _in_a_headline(text: str, sentence: Span) -> bool:
    """The sentence is part of a short line without a full stop: "Will AI take your job? Experts weigh in"."""
    start = text.rfind("\n", 0, sentence[0]) + 1
    end = text.find("\n", sentence[1])
    line = text[start : len(text) if end < 0 else end].strip()
    return len(line.split()) <= 16 and not line.endswith((".", "!", "?", "。", "！", "？", '"', "”", "’", "'"))


def _own_words(document: Document, sentence: Span) -> bool:
    """The sentence is in a speaker's own voice: a speech or op-ed, a turn of a transcript, or a quotation."""
    return document.own_voice or document.transcript or bool(document.speech_within(sentence))


def _lone_candidate(
    document: Document, sentence: Span, group: list[Clause], *, previous: list[Clause]
) -> list[Candidate]:
    """A sentence that is a forecast only through the one before it (an answer, the predictive present going on)."""
    candidate = build(document, sentence, group, frame=[], previous=previous, others=0, reports=False)
    return [candidate] if candidate else []


def _reanchored(
    grammar: ModuleType, horizons: list[Horizon], sentences: list[Span], said_on: datetime.date
) -> list[Horizon]:
    """Horizons read in the year their sentence has just named: 明年……，上半年……，下半年……; "next year and by
    2.75 per cent the year after" (``grammar``: ``resolvers_en`` or ``horizons_zh``)."""
    result: list[Horizon] = []
    sentence_index = 0
    year: int | None = None
    for horizon in horizons:
        while sentence_index < len(sentences) and sentences[sentence_index][1] <= horizon.start:
            sentence_index += 1
            year = None
        named = grammar.named_year(horizon, said_on)
        if named is not None:
            year = named
        elif year is not None:
            horizon = grammar.reanchor(horizon, year, said_on) or horizon
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
    # After a colon ("he said: “Probably not.”") even a short quotation is what someone said.
    return (long_enough or (bool(before) and before[-1] in ":：")) and stands_alone


def _units(document: Document, sentence: Span) -> list[tuple[Span, bool]]:
    """The sentence cut at the edges of the quotations in it: (span, quoted) pieces in order."""
    start, end = sentence
    cuts: list[tuple[Span, bool]] = []
    cursor = start
    for q_start, q_end in document.speech_within(sentence):
        q_start, q_end = max(q_start, start), min(q_end, end)
        if q_start >= q_end or (document.language == "en" and embedded(document.text, q_start)):
            continue  # (round 10) '… said she expects "very few to sell."': the quotation finishes the clause
        if q_start > cursor:
            cuts.append(((cursor, q_start), False))
        if document.language == "en":
            # A quotation of several sentences, kept whole with its attribution by the splitter: one unit each.
            inner = document.text[q_start:q_end]
            cuts.extend(((q_start + a, q_start + b), True) for a, b in split_sentencex(inner))
        else:
            cuts.append(((q_start, q_end), True))
        cursor = q_end
    if cursor < end:
        cuts.append(((cursor, end), False))
    return [(span, quoted) for span, quoted in cuts if document.text[span[0] : span[1]].strip(" “”‘’\"'「」『』，,。.")]


def _sentence_candidates(document: Document, sentence: Span) -> tuple[list[Candidate], list[Clause]]:
    """The sentence's candidates, and all its clauses read."""
    units = _units(document, sentence)
    groups: list[tuple[list[Clause], bool]] = []  # (clauses, quoted)
    all_clauses: list[Clause] = []
    question_frame = False
    answers: set[int] = set()  # the groups that answer a question (short as they may be: "Probably not.")
    # (Round 14) "Inflation falls to 2 percent on May 1 next year, the bank predicts": a forecaster anywhere in the
    # sentence, the quotation's too, makes a change set for a day a forecast (``timetables_en``).
    forecaster = document.language == "en" and timetables_en.names_a_forecaster(
        document.text[sentence[0] : sentence[1]]
    )
    for span, quoted in units:
        # A quotation is its speaker's own words: what the reporter wrote around it does not frame them.
        before = (
            Before(forecaster=forecaster)
            if quoted
            else Before(
                any(c.reading.reporting for c in all_clauses),
                any(c.reading.belief for c in all_clauses),
                forecaster,
            )
        )
        clauses = read_unit(document, span, before=before)
        all_clauses.extend(clauses)
        unit_groups = group_clauses(document, clauses)
        if quoted and groups and len(unit_groups) == 1 and _only_a_probability(document, unit_groups[0]):
            # "他预测，明年将有……，“我有八成把握”": the number belongs to the claim before it.
            groups[-1] = ([*groups[-1][0], *unit_groups[0]], groups[-1][1])
            unit_groups = []
        if quoted and not groups and unit_groups and _reported_fragment(document, span, all_clauses[: -len(clauses)]):
            # 他同时认为，要打破……格局，“恐怕至少需要二十年”: a quoted fragment ends the reported sentence, which is
            # the forecast with its frame (the kind is reported); so do quoted odds (他说，销量能翻倍，“我有七成把握”).
            unit_groups[0] = [*all_clauses[: -len(clauses)], *unit_groups[0]]
        groups.extend((group, quoted) for group in unit_groups)
        if quoted and unit_groups and question_frame and document.language == "en":
            # Asked when …, she said: "Not before June next year." A dated answer says as much as a full claim.
            answers.add(id(unit_groups[0]))
            question_frame = False
        if quoted and not unit_groups and question_frame:
            # The answer to a question about the future ("asked whether …", 谈及……是否会) is the forecast:
            # the first quoted words that are not themselves a question ("Honestly? Probably not.").
            answer = [c for c in clauses if c.reading.excluded not in ("question", "wish", "declines")]
            # "Should the route reopen, the collapse would be brutal": an answer on a condition is no forecast.
            if answer and not any(c.reading.excluded == "condition" for c in clauses):
                groups.append((answer, quoted))
                answers.add(id(answer))
                question_frame = False
        question_frame = question_frame or any(c.reading.question_frame for c in clauses)
    if (
        not groups
        and is_headline(document, sentence)
        and any(p.search(document.text, sentence[0], sentence[1]) for p in HEADLINE_FUTURE[document.language])
        and not any(c.reading.excluded in ("unnamed", "unnamed view") for c in all_clauses)
    ):
        groups.append((all_clauses, False))  # "Copper to hit record as grid spending soars": a headline's future
    # Words of the sentence that belong to no candidate: the frame that may hold the horizon or the hedges.
    grouped = {id(c) for group, _ in groups for c in group}
    frame = [c for c in all_clauses if id(c) not in grouped]
    said = sum(1 for c in all_clauses if not c.reading.attribution)
    reports = any(c.reading.reporting for c in all_clauses)
    candidates: list[Candidate] = []
    previous: list[Clause] = []
    for group, _quoted in groups:
        # Only an answer may be as short as "Probably not."; elsewhere "Not before 2035." alone answers a question.
        others = 0 if id(group) in answers else said - sum(1 for c in group if not c.reading.attribution)
        candidate = build(document, sentence, group, frame=frame, previous=previous, others=others, reports=reports)
        if candidate is None and candidates and previous and dates_the_claim_before(document, group):
            # "He will win one day. Not this year, but before 2030.": the date of the forecast just made.
            candidate = build(document, sentence, group, frame=[], previous=previous, others=0, reports=reports)
        if candidate is not None:
            candidates.append(candidate)
        previous = group
    # "明年养老金将继续上调，这是国家的既定安排": a clause that calls what came before a plan makes it one.
    declared = [c.span[0] for c in all_clauses if _DECLARED_PLAN.match(document.text, c.span[0], c.span[1])]
    if declared:
        candidates = [c for c in candidates if c.start >= declared[0]]
    return candidates, all_clauses


_DECLARED_PLAN = re.compile(
    r"[\s“”「」]*(?:这|这是|这也是|这都是|这些都是)[^，。；]{0,12}?(?:既定|已定|早已确定的|明确的)(?:安排|计划|部署|政策|方针|规划|方案)"
)


def _reported_fragment(document: Document, span: Span, before: list[Clause]) -> bool:
    """Chinese: a quotation that is no sentence of its own (no 。！？ inside, after a comma) closing a reported
    sentence whose own words state nothing but who speaks and the topic (要打破……格局，“恐怕至少需要二十年”)."""
    if document.language != "zh-Hans" or not before or not any(c.reading.reporting for c in before):
        return False
    inner = document.text[span[0] : span[1]].rstrip("”」』\"' ")
    opening = document.text[: span[0]].rstrip("“「『\"' ")
    topics = [c for c in before if not c.reading.attribution and document.text[c.span[0] : c.span[1]].strip(" “”「」")]
    topic_only = bool(topics) and all(_ZH_TOPIC.match(document.text, c.span[0], c.span[1]) for c in topics)
    odds = odds_only(inner) and claimed(document, before)
    return not inner.endswith(("。", "！", "？")) and opening.endswith(("，", ",")) and (topic_only or odds)


# A topic the quoted claim is about, with no claim of its own: 要打破……格局，/ 对于……，/ 至于……，
_ZH_TOPIC = re.compile(r"[\s“”]*(?:要|想要|若要|如要|对于|关于|至于)")


# A quotation that ends on its chance word states only a number ("我有八成把握"); "我们有七成把握拿下档期冠军" goes on
# to name its own claim.
# "…," he said, "and there's a one-in-five chance they exceed $200 billion" names its own claim too.
_ENDS_ON_A_CHANCE = re.compile(
    r"(?:把握|可能性?|概率|几率|机率|胜算|信心|希望|chance|odds|percent|per\s+cent|%|％|sure|certain|confident|likely"
    r"|\b(?:in|to)\s+[a-z]+)\W*$",
    re.I,
)


def _only_a_probability(document: Document, group: list[Clause]) -> bool:
    dated = any(h.resolve_on and h.resolve_on >= document.said_on for c in group for h in c.horizons)
    words = document.text[group[0].span[0] : group[-1].span[1]]
    return (
        not dated
        and any(c.probability is not None for c in group)
        and not any(c.reading.future for c in group)
        and (bool(_ENDS_ON_A_CHANCE.search(words)) or (document.language == "zh-Hans" and odds_only(words)))
    )
