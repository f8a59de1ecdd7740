"""The clauses of a sentence, read: markers, horizons, probability, and whether each states a forecast.

A ``Document`` holds what the whole text tells once (its horizons, its quotations, whether it is in the
speaker's own voice); ``read_unit`` cuts a unit (a quotation, or the words around it) into clauses —
at commas and semicolons, and in English before "and" / "but" when both sides could state a forecast —
and reads each one (``markers``, ``horizons``, ``probabilities``).
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime
import functools
import itertools
import re
from dataclasses import dataclass

from predictions.intake import (
    denials_zh,
    frames_en,
    markers_en,
    markers_zh,
    predictive_en,
    recalled_zh,
    relayed_zh,
    should_en,
    status_quo_en,
    timetables_en,
)
from predictions.intake.horizons import Horizon
from predictions.intake.markers import ClauseReading
from predictions.intake.probabilities import find_probability
from predictions.intake.sentences import Span, split_clauses

_EN_DEADLINE = re.compile(
    r"^(?:by|before|within|inside|no later than|not later than|in the (?:next|coming)|over the (?:next|coming)"
    # (Round 9) A state that lasts to a time ahead: "Demographics are on our side until at least 2030".
    r"|(?:until|till) at least|for the (?:next|coming))\b"
    r"|^in \S+ (?:years?|months?|decades?|weeks?)|from (?:now|today)$|time$",
    re.IGNORECASE,
)
# Chinese horizons that make a clause a forecast on their own: 到2030年, 三年内, 2026年底前, 明年 — not a bare 2024年.
# (上半年, 三季度 alone are not: 第三季度，公司总收入同比增长12% reports the past.)
_ZH_DEADLINE = re.compile(
    r"^(?:到|至|截至|截止|直到|在未来|未来|今后|接下来|明年|后年|至少|还需|需要|还要|最快|最早|不出|用不了|用不着|持续)|(?:[内前后底末]|以内|之内|期间)$"
)

_BARE_QUARTER = re.compile(r"第?[一二三四1-4]季度")
# … nor is a month's end without its year: 11月末M2余额同比增长8.0% reports the month just ended.
_BARE_MONTH_END = re.compile(r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月(?:末|底)")
# Chinese horizons that only look ahead, with no date a ledger can check: 短期内, 今后几年, 未来几年 (not 未来 the
# noun: 说说未来, 对未来走势作判断).
_ZH_AHEAD = re.compile(r"短期|今后|未来[一二两三四五六七八九十几数]|往后|接下来|中长期")
# A season named under a forecaster's verb: 气候中心预测，今冬气温接近常年到偏高 (not a season reported:
# 今年春季降水偏少).
_ZH_SEASON = re.compile(r"今[冬夏春秋]|今年[冬夏春秋][天季]")


@dataclass(frozen=True)
class Clause:
    span: Span
    reading: ClauseReading
    horizons: tuple[Horizon, ...]
    probability: float | None
    forecast: bool
    # More than a horizon: "三年内全固态电池还做不到大规模量产" says something, "By 2030," and "明年，" do not.
    says_something: bool = True


@dataclass(frozen=True)
class Document:
    text: str
    language: str
    said_on: datetime.date
    horizons: tuple[Horizon, ...]
    speech: tuple[Span, ...]  # quotations long enough to be someone's words (not scare quotes)
    own_voice: bool  # a speech or op-ed: unquoted first-person words are the speaker's own
    transcript: bool = False  # an interview with speakers' turns ("HARTWELL:", "周海涛：")

    @functools.cached_property
    def horizon_starts(self) -> tuple[int, ...]:
        return tuple(horizon.start for horizon in self.horizons)

    @functools.cached_property
    def speech_starts(self) -> tuple[int, ...]:
        return tuple(start for start, _ in self.speech)

    def speech_within(self, span: Span) -> tuple[Span, ...]:
        """The quotations that may overlap ``span`` (they are in order and never overlap each other)."""
        first = max(0, bisect.bisect_right(self.speech_starts, span[0]) - 1)
        return self.speech[first : bisect.bisect_left(self.speech_starts, span[1])]


@dataclass(frozen=True)
class Before:
    """What the clauses before this one in the sentence said: a verb of saying, a belief ("I think", "our verdict")."""

    reporting: bool = False
    belief: bool = False
    # (Round 14) English: the sentence names a forecaster or a belief anywhere, after the clause too ("…, the bank
    # predicts", "…, according to our model"): a change set for a day is then forecast, not a timetable.
    forecaster: bool = False

    def then(self, clause: Clause) -> Before:
        return Before(self.reporting or clause.reading.reporting, self.belief or clause.reading.belief, self.forecaster)


_EN_RELATIVE = re.compile(r"[\s“‘\"']*(?:which|who|whose|whom|where)\b", re.IGNORECASE)


def read(document: Document, span: Span, before: Before) -> Clause:
    words = document.text[span[0] : span[1]]
    reading = (markers_zh if document.language == "zh-Hans" else markers_en).read(words)
    # The horizons are in order of their start: a slice, not a scan of them all.
    horizons = document.horizons[
        bisect.bisect_left(document.horizon_starts, span[0]) : bisect.bisect_left(document.horizon_starts, span[1])
    ]
    if document.language == "en" and status_quo_en.framed_and_dated(document.text, span[0], horizons, document.said_on):
        before = dataclasses.replace(before, belief=True)  # (round 17) "On current trends, the fund runs dry in 2031"
    if document.language == "en" and not reading.excluded and should_en.urged(document.text, *span):
        reading = dataclasses.replace(reading, excluded="wish")  # "Wages should keep rising, the union argues"
    if document.language == "en":
        # (Round 13) "Our view: the bounce comes", "the average crosses 1.5 degrees around 2031": the predictive
        # present of any verb of event, read by its form (``predictive_en``).
        reading = predictive_en.reread(
            reading, words, belief_before=before.belief, horizons=horizons, on=document.said_on
        )
    if reading.excluded == "past" and reading.outcome and (before.belief or reading.belief):
        # "My pick: the Chiefs beat the Eagles": beat / hit / cut read as the present under a belief (round 13: in
        # its own clause too, "I'm fairly confident we hit the target").
        reading = dataclasses.replace(reading, excluded=None)
    probability = find_probability(words, language=document.language)
    return Clause(
        span,
        reading,
        horizons,
        probability,
        (
            _is_forecast(document, reading, horizons, probability, before)
            # (Round 13) "shrinks for another four years", "from here it only goes down", "probably comes in 2029".
            or (document.language == "en" and predictive_en.ahead_by_itself(reading, words))
        )
        # The present of a non-restrictive relative clause describes its noun (", whose contract runs until 2027,").
        and not (reading.outcome and not reading.future and _EN_RELATIVE.match(words) is not None)
        and not (document.language == "en" and _bare_present_timetable(reading, before, probability, words)),
        _says_something(document, span, horizons, outcome=reading.outcome),
    )


def _says_something(document: Document, span: Span, horizons: tuple[Horizon, ...], *, outcome: bool = False) -> bool:
    rest = document.text[span[0] : span[1]]
    for horizon in horizons:
        rest = rest.replace(horizon.words, " ")
    if document.language == "zh-Hans":
        # "It will take N years" is a claim in itself: 恐怕至少需要二十年, 用不了两年; (round 17) so is "not until … at
        # the earliest": 满产最快也要到2028年.
        takes = any(re.match(r"(?:至少)?还?(?:需要|要)|不出|用不了|(?:最快|最早)也", h.words) for h in horizons)
        # A short denial says as much as a long claim: 短期内不会变, 明年难以回升, 今年进不了; so does a short hope:
        # 明年有希望.
        denies = bool(re.search(r"(?:不会|不能|难以|很难)[\u4e00-\u9fff]|[\u4e00-\u9fff]不了|有希望", rest))
        return takes or len(re.sub(r"[\W_]", "", rest)) >= (3 if denies else 4)
    # "It will take at least three more years": the time a thing takes is the claim.
    takes = any(re.match(r"(?:take|takes|taking)\b", h.words, re.IGNORECASE) for h in horizons)
    # (README hedges) A subject and its verb of outcome are a claim ("my bet: prices rise"), not "What happens …?".
    short = outcome and not re.match(r"\W*(?:what|who|which|how|why|where|when)\b", rest, re.IGNORECASE)
    return takes or len(re.findall(r"[A-Za-z0-9]+", rest)) >= (2 if short else 3)


def _is_forecast(
    document: Document,
    reading: ClauseReading,
    horizons: tuple[Horizon, ...],
    probability: float | None,
    before: Before,
) -> bool:
    if reading.excluded or reading.attribution:
        return False
    if reading.future or probability is not None:
        return True
    dated = [h for h in horizons if h.resolve_on is not None and h.resolve_on >= document.said_on]
    if reading.modal and dated:
        return True
    if document.language == "zh-Hans":
        # A view reported of a time ahead that names no date: 他认为，短期内对客流影响不大 (not 近年来, 目前).
        ahead = (before.reporting or reading.reporting) and any(
            h.resolve_on is None and _ZH_AHEAD.match(h.words) for h in horizons
        )
        ahead = ahead or (before.belief and any(h.resolve_on is None and _ZH_SEASON.match(h.words) for h in horizons))
        # (A quarter without its year is read as the next one unended; alone it makes no claim: 二季度末存栏4038万头.)
        deadline = any(
            _ZH_DEADLINE.search(h.words) and not _BARE_QUARTER.match(h.words) and not _BARE_MONTH_END.fullmatch(h.words)
            for h in dated
        )
        return bool(dated and before.belief) or ahead or deadline
    if reading.would and (before.reporting or reading.reporting):
        return True
    strong = [h for h in dated if not h.weak]
    if reading.outcome and (reading.belief or before.belief or strong):
        return True  # the predictive present: "I think Denver wins it", "capacity grows 4 percent a year through 2028"
    return any(_EN_DEADLINE.search(h.words) for h in dated)


def _bare_present_timetable(reading: ClauseReading, before: Before, probability: float | None, words: str) -> bool:
    """(Round 10) English present of an outcome with a date, no belief, no modal and no figure: a timetable ("The
    price cap comes down in July", "the probe reaches the comet next month"), not "Rents rise 5 percent next year"."""
    unframed = not (reading.future or reading.modal or reading.belief or before.belief or probability is not None)
    return (
        reading.outcome
        and unframed
        # (Round 14) A figure does not make it a forecast when the change is set for a day ("rises to $17 on 1 July").
        and (not _EN_FIGURE.search(words) or (timetables_en.on_a_day(words) and not before.forecaster))
        and not _EN_STRETCH.search(words)
        and not predictive_en.unlike_a_timetable(words)  # (round 13) a denial, a stretch ahead, a hedge
    )


# A stretch of time, not a point on the calendar: "stays in surplus for the next three years", "through 2028".
_EN_STRETCH = re.compile(
    r"\b(?:for|over|during)\s+the\s+(?:next|coming)\b|\b(?:through|throughout|until|till|into)\b", re.IGNORECASE
)
_EN_FIGURE = re.compile(
    r"\d|\b(?:half|third|quarter|double|doubles|halves|triples|percent|record|most|more|less|fewer|much"
    # (Round 13) A level crossed is a figure too: "crosses below", "stays above".
    r"|below|above)\b",
    re.IGNORECASE,
)
# English clauses are also cut before "and" / "but" (not "between 520,000 and 560,000"): "expect it to
# return to target by mid-2025 and to stay close to it through 2026" holds two forecasts.
_EN_CONJUNCTION = re.compile(r"\s+(?=(?:and|but)\s)", re.IGNORECASE)
# "Put the chance that …" before its "at N": the "and" inside the event does not end the clause.
_PUT_CHANCE_OPEN = re.compile(
    r"\b(?:put|puts|putting|place[sd]?)\s+(?:the\s+)?(?:chances?|odds|probability|likelihood|risk)\s+(?:of|that)\b"
    r"(?![^;]*\bat\s)[^;]*$",
    re.IGNORECASE,
)


def _sub_clauses(document: Document, span: Span) -> list[Span]:
    if document.language != "en":
        return [span]
    pieces, cursor = [], span[0]
    for match in _EN_CONJUNCTION.finditer(document.text, span[0], span[1]):
        if re.search(r"\b(?:between|both)\s+\S+$", document.text[cursor : match.start()], re.IGNORECASE):
            continue
        if _PUT_CHANCE_OPEN.search(document.text, cursor, match.start()):
            continue  # "put the chance that the EU and China agree … at one in five": one claim, its odds at the end
        if match.start() > cursor:
            pieces.append((cursor, match.start()))
            cursor = match.start()
    pieces.append((cursor, span[1]))
    return pieces


def read_unit(document: Document, span: Span, *, before: Before) -> list[Clause]:
    clauses: list[Clause] = []
    unframed = frames_en.unframed(document.text, span) if document.language == "en" else None
    if unframed is not None:  # "Rates will, I think, fall in June": read as "I think rates will fall in June"
        document, before = dataclasses.replace(document, text=unframed), dataclasses.replace(before, belief=True)
    for clause_span in split_clauses(document.text, span, language=document.language):
        pieces = [read(document, piece, before) for piece in _sub_clauses(document, clause_span)]
        # Keep "and …" apart only when both sides could state a forecast ("return to target by mid-2025 and
        # stay close to it through 2026"), not in "higher tariffs and uncertainty would weigh".
        merged: list[Clause] = [pieces[0]]
        for piece in pieces[1:]:
            if _second_infinitive(document, merged[-1], piece):
                piece = dataclasses.replace(piece, forecast=True)
            second_report = bool(
                _AND_THAT.match(document.text, *piece.span) or _AND_PREDICTS.match(document.text, *piece.span)
            )
            if second_report and merged[-1].reading.reporting:
                piece = read(document, piece.span, before.then(merged[-1]))  # reported by the verb before it
            # (Either side may be the forecast: "said the pandas would add 40 million and that bookings were up".)
            second_report = second_report and (_forecast_like(document, piece) or merged[-1].forecast)
            if not second_report and (
                not (_forecast_like(document, merged[-1]) and _forecast_like(document, piece))
                or (_only_its_date(piece) and not _dated(document, merged[-1]))
            ):
                merged[-1] = read(document, (merged[-1].span[0], piece.span[1]), before)
            else:
                merged.append(piece)
        for clause in merged:
            if clauses and document.language == "zh-Hans" and _headline_then_unnamed(document, clauses[-1]):
                # 大豆有望丰收 专家：价格仍将承压 — the headline's claim is its own, the rest the unnamed experts'.
                clause = dataclasses.replace(
                    clause, reading=dataclasses.replace(clause.reading, excluded="unnamed view"), forecast=False
                )
            if clauses and document.language == "zh-Hans":
                # (Round 17) ……负责人表示，据预测，……: the forecast cited is the named speaker's (``relayed_zh``).
                words = document.text[clause.span[0] : clause.span[1]]
                reread = relayed_zh.cited_by_the_speaker(clauses[-1].reading, clause.reading, words)
                clause = dataclasses.replace(clause, reading=reread) if reread is not clause.reading else clause
                if denials_zh.verdict_on_the_unnamed(clauses[-1].reading, clause.reading, words):
                    clause = dataclasses.replace(clause, forecast=True)  # 外界预计……，我认为最多一次: the speaker's
            if (
                clauses
                and document.language == "zh-Hans"
                and markers_zh.undone_by_the_next(
                    document.text[clauses[-1].span[0] : clauses[-1].span[1]],
                    document.text[clause.span[0] : clause.span[1]],
                )
            ):
                # ……房价下跌是肯定的，大家都看到了: a judgement the next clause undoes (``markers_zh``).
                clauses[-1] = dataclasses.replace(
                    clauses[-1], reading=dataclasses.replace(clauses[-1].reading, future=False), forecast=False
                )
            if (
                clauses
                and document.language == "zh-Hans"
                and markers_zh.lasted_then(
                    document.text[clauses[-1].span[0] : clauses[-1].span[1]],
                    document.text[clause.span[0] : clause.span[1]],
                )
            ):
                # 去年那次停电，医院的备用电源还能撑三天: what lasted then (``markers_zh``).
                clause = dataclasses.replace(
                    clause, reading=dataclasses.replace(clause.reading, future=False, modal=False), forecast=False
                )
            frame = document.text[clauses[-1].span[0] : clauses[-1].span[1]] if clauses else ""
            if clause.reading.reporting and recalled_zh.recalled(
                document.language, frame, document.text[clause.span[0] : clause.span[1]], document.said_on
            ):
                # 两年前，我在这个论坛上说，……: the words recalled were said then, not on the said-on date (round 15:
                # also with the claim in the same clause — 此前，该公司预计全年利润将翻番; ``recalled_zh``).
                clause = dataclasses.replace(
                    clause,
                    reading=dataclasses.replace(clause.reading, excluded="recalled", attribution=False),
                    forecast=False,
                )
            clauses.append(clause)
            before = before.then(clause)
    clauses = frames_en.still_said(clauses) if unframed is not None else clauses
    return _reported_after(document, clauses) if document.language == "en" else clauses


def _headline_then_unnamed(document: Document, clause: Clause) -> bool:
    return markers_zh.headline_then_unnamed(document.text[clause.span[0] : clause.span[1]])


def _reported_after(document: Document, clauses: list[Clause]) -> list[Clause]:
    """English (round 9): "Hill villages would feel it first, she said." — a "would" with its verb of saying after it
    is reported speech (the future, backshifted), as it is with the verb before it ("might", "could" stay weak: round
    8's "The rookie might finish ahead of her team-mate, the coach said")."""
    read_again = list(clauses)
    for index, (clause, after) in enumerate(itertools.pairwise(clauses)):
        reading = clause.reading
        alone = not clause.forecast and not reading.excluded and not reading.attribution
        would = _WOULD_EN.search(document.text, *clause.span) is not None
        if alone and would and after.reading.attribution and after.reading.reporting:
            read_again[index] = dataclasses.replace(clause, forecast=True)
    return read_again


_WOULD_EN = re.compile(r"\bwould(?:n['’]t)?\b", re.IGNORECASE)


# "said the final had sold out and that viewing would pass the record": a second thing reported, a claim of its own.
_AND_THAT = re.compile(r"\s*(?:and|but)\s+that\s", re.IGNORECASE)
# (Round 14) "He plans to double the shelf space and predicts they will be 10 percent of sales": the same subject's
# second verb, of forecasting, opens a claim of its own (the plan before it does not make it one).
_AND_PREDICTS = re.compile(
    r"\s*(?:and|but)\s+(?:also\s+|now\s+)?(?:predicts|predicted|expects|expected|forecasts|forecast|believes|believed"
    r"|reckons|reckoned|thinks|thought)\s",
    re.IGNORECASE,
)


# "expects milk output to fall 1 percent and cheese prices to stay above $1.80": the second subject and infinitive
# after a verb of expectation are a second forecast.
_EXPECTS_TO = re.compile(
    r"\b(?:expects?|expected|forecasts?|predicts?|predicted|projects?|projected|sees)\b[^;]*\bto\s", re.IGNORECASE
)
_AND_TO = re.compile(
    r"\s*and\s+(?:the\s+|its\s+|their\s+)?(?:[\w$%.,'’-]+\s+){1,5}?to\s+(?:stay|remain|fall|rise|reach|grow|drop|hit"
    r"|top|exceed|climb|ease|average|slow|recover|double|halve|peak)\b",
    re.IGNORECASE,
)


def _second_infinitive(document: Document, first: Clause, piece: Clause) -> bool:
    if document.language != "en" or piece.reading.excluded or not first.forecast:
        return False
    return bool(_EXPECTS_TO.search(document.text, *first.span)) and bool(_AND_TO.match(document.text, *piece.span))


def _only_its_date(clause: Clause) -> bool:
    """ "… in Indonesia and Vietnam this year": after "and", a date and no marker of its own finishes the claim
    before it — unless that claim has a date of its own ("1.8% in 2025, and 1.7% in 2026": a second forecast)."""
    reading = clause.reading
    return not (reading.future or reading.modal or reading.outcome or clause.probability is not None)


def _dated(document: Document, clause: Clause) -> bool:
    return any(h.resolve_on and h.resolve_on >= document.said_on for h in clause.horizons)


def _forecast_like(document: Document, clause: Clause) -> bool:
    reading = clause.reading
    dated = any(h.resolve_on and h.resolve_on >= document.said_on and not h.weak for h in clause.horizons)
    return reading.future or reading.modal or dated or clause.probability is not None or clause.forecast
