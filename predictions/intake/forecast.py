"""From a group of clauses to the ``Candidate`` offered to a reviewer: the quote, its horizon, probability,
hedges and kind.

The quote is trimmed of what is not said (a dateline, the connector it starts with, trailing punctuation);
a group that only names a horizon, speaks of the past or states a hypothetical is no candidate. The
horizon is the group's own, else the one in the rest of its sentence, else the one of the claim before
it in the sentence ("falls short of tripling by 2030, but I expect it to more than double").
"""

from __future__ import annotations

import datetime
import re

from predictions.intake.candidate import Candidate
from predictions.intake.clauses import Clause, Document
from predictions.intake.grouping import parenthetical
from predictions.intake.hedges import find_hedges
from predictions.intake.horizons import Horizon, choose_horizon, only_past
from predictions.intake.horizons_zh import COMPARED
from predictions.intake.kind import SPEAKER_TURN, speech_kind
from predictions.intake.months_en import named_month
from predictions.intake.probabilities import find_probability, odds_after
from predictions.intake.sentences import Span
from predictions.intake.voices import first_person_frame, titled_turn

_LEADING = {
    "en": re.compile(r"(?:[\s“”‘’\"'(—–-]|(?:and|but|so|however|yet|while|also)\b,?)+", re.IGNORECASE),
    "zh-Hans": re.compile(r"(?:[\s“”「」『』,，]|但是|但|不过|然而|而且|而|并且|同时|可是)+"),
}
# A second conditional: "if" with a past-tense verb, answered by "would".
_HYPOTHETICAL = re.compile(r"\b[Ii]f\s+(?:\w+\s+){0,4}?(?:did|were|was|had|went|could|\w+ed)\b[^.?!]*\bwould\b")
_TRAILING = re.compile(r"[\s,，;；:：—–“”‘’\"'「」『』]+$")


_NAMES_A_NOUN = re.compile(r"['’]s\b")
# (README hedges) A past year named as the state returned to, not the time of the claim: "I don't think we ever get
# back to 2019", "a return to 2019 levels" (a future year after "back to" stays a date: "pushed back to 2028").
_BACK_TO = re.compile(r"\b(?:back|return(?:s|ing)?)\s+to\s+(?:pre-|the\s+)?$", re.IGNORECASE)


# (Round 12) English: the base a change is measured from — "up from 28 million this year", "2 to 3 percent down on
# last year", "down 11% from 2023", "higher than last year" — is no time of the claim.
_EN_BASE = re.compile(
    r"(?:\b(?:up|down|rise|fall|higher|lower)\b[^,;.]{0,25}?\b(?:on|from)|\bthan|\bcompared\s+(?:with|to)|\bversus)"
    r"\s+(?:\S+\s+){0,2}?$",
    re.IGNORECASE,
)

_EN_RECORD = re.compile(
    r"\b(?:[a-z]{2,}est|most|least|first|best|worst|fewest)\b(?:\s+(?!since\b)[\w'’-]+){0,3}?\s+$", re.IGNORECASE
)
_SINCE = re.compile(r"since\b", re.IGNORECASE)


def _compared_with(text: str, horizon: Horizon, language: str) -> bool:
    """A past time the claim is measured against, not its time: 与去年相当, 比去年同期高, 较上年 (``_EN_BASE``)."""
    if language == "en":
        # (Round 16) A record the claim would set: "the smallest since 2008", "its highest level since the 1990s".
        if _EN_RECORD.search(text, max(0, horizon.start - 50), horizon.start) and _SINCE.match(horizon.words):
            return True
        return _EN_BASE.search(text, max(0, horizon.start - 50), horizon.start) is not None
    return text[max(0, horizon.start - 2) : horizon.start].endswith(("与", "比", "较", "于", "和", "同")) or text[
        horizon.end : horizon.end + 2
    ].startswith(("同期", "相比", "持平", "相当"))


def _year_gone_by(text: str, horizons: list[Horizon], said_on: datetime.date) -> bool:
    """Chinese: the claim's only dates are a named year that has ended, set apart at the head of a clause
    (2025年，……), not a year compared with (比2025年增长两成) or one naming a noun (2022年那样的……)."""
    dated = [h for h in horizons if h.resolve_on is not None]
    return bool(dated) and all(
        h.resolve_on is not None
        and h.resolve_on < said_on
        and re.match(r"(?:19|20)\d\d年", h.words) is not None
        and text[max(0, h.start - 1) : h.start] in ("", "，", "。", "\n", "：", " ", "“")
        and text[h.end : h.end + 1] in ("，", ",")
        for h in dated
    )


def build(
    document: Document,
    sentence: Span,
    group: list[Clause],
    *,
    frame: list[Clause],
    previous: list[Clause],
    others: int,
    reports: bool,
) -> Candidate | None:
    """The candidate of one group; ``frame``: the sentence's clauses in no group, ``previous``: the group before
    it in the sentence, ``others``: how many other clauses of the sentence say something besides who speaks,
    ``reports``: the sentence has a verb of saying."""
    text, language, said_on = document.text, document.language, document.said_on
    start, end = _trim(text, group[0].span[0], group[-1].span[1], language)
    if start >= end:
        return None
    if not any(c.says_something for c in group) and others:
        return None  # "明年，" before a plan claims nothing; "Not before 2035." alone answers a question
    if language == "zh-Hans" and others and not any(c.says_something and not c.reading.attribution for c in group):
        return None  # 我的判断是，到2030年，（a plan）: who judges and when, with nothing judged
    if _nobody_expects(document, sentence, (start, end)):
        return None  # "Chelsea are expected to be without their captain": the reporter's framing, no speaker
    own_horizons = [h for c in group if not parenthetical(document, c) for h in c.horizons]
    strong = any(c.reading.future or c.probability is not None for c in group)
    # ("would pass last year's record": a past year that names a noun, not the time of the reported claim.)
    would = any(c.reading.would for c in group)
    timed = [
        h
        for h in own_horizons
        if not (would and h.resolve_on and h.resolve_on < said_on and _NAMES_A_NOUN.match(text, h.end))
        and not _compared_with(text, h, language)
        and not (language == "en" and h.resolve_on and h.resolve_on < said_on and _BACK_TO.search(text, 0, h.start))
    ]
    if not strong and (only_past(timed, said_on) or any(h.rule == "the past" for h in timed)):
        return None  # "Last year I said … would …": a forecast made and reported in the past
    if language == "zh-Hans" and _year_gone_by(text, own_horizons, said_on):
        return None  # "2025年，收入预计完成598亿元" said in January 2026: an estimate of a year already over
    if not strong and language == "en" and _HYPOTHETICAL.search(text, sentence[0], sentence[1]):
        return None  # "If ministers did that tomorrow, we would see …": a hypothetical, not a forecast
    # An elliptical forecast shares the date of the one before it: "falls short of tripling by 2030, but I
    # expect it to more than double".
    # (Round 14) … but not a baseline it was measured against (全年增速会比一季度低，我估计在20%到25%之间: 全年).
    earlier = [
        h for c in previous for h in c.horizons if c.span[1] <= group[0].span[0] and not h.rule.startswith(COMPARED)
    ]
    # The clause that says what will happen dates it before the clauses around it: "Even if Congress acts this
    # year, …, so I don't see the shortages easing before 2028"; "ends in January, and that will lift inflation
    # in the first quarter of next year".
    marked = [h for c in group if c.forecast and not parenthetical(document, c) for h in c.horizons]
    # (Round 12) A year measured against (价格战不会比今年更激烈) dates no claim.
    marked = [h for h in marked if not h.rule.startswith(COMPARED)]
    chosen = [h for h in own_horizons if not h.rule.startswith(COMPARED)]
    horizon = (
        choose_horizon(marked, said_on)
        or choose_horizon(chosen, said_on)
        # (Round 12) "December will be mild": a month named alone in its own words, before the sentence's others.
        or (named_month(text, start, end, said_on, document.horizons) if language == "en" else None)
        or _from_the_frame([h for c in frame for h in c.horizons], earlier, said_on, language)
        or choose_horizon(earlier[::-1], said_on)  # the nearest dated one
    )
    # Over the whole group: "2030年之前实现AGI的概率，我觉得是百分之五十" spans two clauses.
    probability = find_probability(text[start:end], language=language)
    if probability is None:
        probability = next((c.probability for c in frame if c.probability is not None), None)
    if probability is None:  # (Round 13) ……，“我认为概率在六成左右”: the odds in the sentence's closing clause
        probability = odds_after(text[start:end], text[end : sentence[1]], language=language)
    hedge_text = " ".join(text[c.span[0] : c.span[1]] for c in (*frame, *group) if c.span[0] < end)
    line_start = text.rfind("\n", 0, start) + 1
    headline = is_headline(document, sentence)
    kind = speech_kind(
        (start, end),
        quotations=list(document.speech_within((start, end))),
        sentence_reports=reports,
        # A news or interview headline is in nobody's voice ("总裁周凯：AI手机渗透率明年将超50%");
        # an op-ed's is its author's.
        own_voice=(
            document.own_voice
            or (not headline and document.transcript and _a_turn(text, line_start, language))
            # (Round 14) 我们预计，…… / "I expect …" opening a sentence: the author's own words.
            or (not headline and first_person_frame(text, sentence, language, document.speech))
        )
        and not _relays_a_named_body(document, start),
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


# A passive expectation with no one doing the expecting ("X is expected to …", "is set to", "is tipped to"), and
# nothing in the sentence that names who speaks: in news copy that is the reporter's framing, not a named forecast.
_PASSIVE_EXPECTATION = re.compile(
    r"\b(?:is|are)\s+(?:widely\s+|now\s+|also\s+|still\s+)?(?:expected|tipped|projected|predicted|forecast)\s+to\b",
    re.I,
)
_SPEAKER_NAMED = re.compile(
    r"\b(?:said|says|say|told|tells|according\s+to|predicts?|predicted|forecasts?|expects?|estimates?|warn(?:s|ed)?"
    r"|believes?|thinks?|argues?|argued|wrote|writes|published|projections?|outlook|report)\b"
    r"|\b(?:expected|tipped|projected|predicted)\s+by\s+(?:the\s+)?[A-Z]"  # "is expected by the IMF to …"
)


def _nobody_expects(document: Document, sentence: Span, span: Span) -> bool:
    quoted = any(start < span[1] and span[0] < end for start, end in document.speech_within(span))
    if document.language != "en" or document.own_voice or document.transcript or quoted:
        return False
    words = document.text[sentence[0] : sentence[1]]
    passive = _PASSIVE_EXPECTATION.search(words)
    # The speaker may stand in the paragraph before ("The Bank published its projections. Prices are forecast …").
    paragraph = document.text[document.text.rfind("\n", 0, sentence[0]) + 1 : sentence[0]]
    return passive is not None and not _SPEAKER_NAMED.search(_PASSIVE_EXPECTATION.sub(" to", paragraph + words))


# Chinese: a speaker passing on a named body's forecast in its own words (杭州市气象台预计……, 国家统计局预测……):
# the forecast is that body's, reported — not the speaker's own.
_NAMED_BODY_EXPECTS_ZH = re.compile(
    r"[“”「」\s]*(?![我咱本])[\u4e00-\u9fff]{1,12}?(?:气象台|气象局|统计局|委员会|协会|研究院|研究所|中心|银行|部|局|署|厅)"
    r"(?:有关负责人|负责人|发言人)?(?:预计|预测|预报|预期|估计|认为|判断)"
)


# (Round 11) English, the same: "Ofwat expects …", "The Met Office gives a 45 per cent chance …" in a speech or a turn:
# a body named in capitals (not "We", "Everyone") is the one forecasting; the speaker passes it on.
_NAMED_BODY_EXPECTS_EN = re.compile(
    r"[\s“‘\"']*(?:The\s+)?(?!(?:I|We|You|They|He|She|It|Everyone|Nobody|Everybody|Most|Many|Some)\b)"
    r"(?:[A-Z][\w&.'’-]*\s+){1,4}?(?:expects|forecasts|predicts|estimates|projects|gives|puts)\b"
)


def _a_turn(text: str, line_start: int, language: str) -> bool:
    """A speaker's turn in a transcript: "HARTWELL:", 周海涛：, or (round 14) 中国疾控中心研究员梁卫东：."""
    return bool(SPEAKER_TURN.match(text, line_start)) or titled_turn(text, line_start, language)


def _relays_a_named_body(document: Document, start: int) -> bool:
    named = _NAMED_BODY_EXPECTS_ZH if document.language == "zh-Hans" else _NAMED_BODY_EXPECTS_EN
    return bool(named.match(document.text, start))


def _from_the_frame(
    framing: list[Horizon], earlier: list[Horizon], said_on: datetime.date, language: str
) -> Horizon | None:
    """The horizon of the words around the group. (Round 16) Chinese: a time in them that dates nothing ahead
    (我国7月起已对……加征关税) gives way to the date of the claim just before (预计今年……，南美大豆的占比会大幅上升)."""
    chosen = choose_horizon(framing, said_on)
    if language == "zh-Hans" and chosen is not None and chosen.resolve_on is None:
        return choose_horizon(earlier[::-1], said_on) or chosen
    return chosen


def is_headline(document: Document, sentence: Span) -> bool:
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


# A dateline is not part of what is said: "LONDON, June 10 (Reuters) - ", "新华社上海3月5日电 ".
_DATELINE = {
    # "COLUMBUS, Ohio, Nov 12 -": a state or country may follow the city.
    "en": re.compile(
        r"[A-Z][A-Z .,'’-]{1,40}(?:,\s+[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)?){0,2},\s+\w+\.?\s+\d{1,2}\s*"
        r"(?:\([^)]{1,30}\))?\s*(?:-|—|–|--)\s*"
    ),
    "zh-Hans": re.compile(r"[^，。\s]{0,16}?\d{1,2}月\d{1,2}日电(?:（[^）]{0,20}）)?\s*"),
}


def outside_datelines(text: str, horizons: list[Horizon], language: str) -> list[Horizon]:
    """``horizons`` without those in a dateline at the start of a line: its date is the day of writing, not a
    forecast's horizon ("OSLO, Jan 14 (Nordic Wire) - Rates will fall over 2025" is dated by 2025)."""
    spans = [m.span() for line in re.finditer(r"(?m)^", text) if (m := _DATELINE[language].match(text, line.start()))]
    if not spans:
        return horizons
    return [h for h in horizons if not any(start <= h.start and h.end <= end for start, end in spans)]


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
