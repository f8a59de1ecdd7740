"""Grouping the clauses of a unit into forecasts: which clauses state one forecast together.

A forecast clause starts a group; the clauses after it that complete it (a horizon, ", will also …",
a clause without a verb of its own) join it, and a connector (but, while, 但, 而), a second future
marker with its own subject, a second date ("1.8% in 2025, and 1.7% in 2026") or a stated probability
starts the next one. Excluded clauses (questions, wishes, schedules) and attributions ("he said")
break a group and are never part of one; a wish governs the clauses that follow it.
"""

from __future__ import annotations

import datetime
import re

from predictions.intake import goes_on_zh, joining_zh, relayed_zh
from predictions.intake.clauses import Clause, Document
from predictions.intake.conjuncts_en import REGRET, SUBJECTLESS, aside, only_a_frame_en, restates
from predictions.intake.governed_zh import ends_the_governed, still_governed
from predictions.intake.markers import NEVER
from predictions.intake.odds_zh import odds_only
from predictions.intake.recalled_reach_en import ends_the_recalled_en
from predictions.intake.second_reading_en import CONFIDENT_IN_IT
from predictions.intake.unnamed_en import ends_the_unnamed_en

_CONTRAST = {
    # Also the speaker's own view in a relative clause after a condition or a wish: "If the economy weakens, prices
    # could fall, warned X, who nonetheless expects a 1% rise next year".
    "en": re.compile(
        r"^[\s“‘\"']*(?:but|however|yet|still|even\s+so|nonetheless|nevertheless"
        r"|who\s+(?:\w+\s+)?(?:expects?|predicts?|forecasts?|believes?|thinks?|sees?)\b)",
        re.IGNORECASE,
    ),
    "zh-Hans": re.compile(r"^[\s“”「」]*(?:但是?|不过|然而|可是|只是)"),
}
# A non-restrictive relative clause: ", which opened in 2023,", ", who retires in May,".
# A reason given for the claim before it is part of that claim, not one of its own.
_REASON = re.compile(r"[\s“‘\"']*(?:because|given\s+that|since)\b|[\s“”「」]*(?:因为|由于)", re.IGNORECASE)
_RELATIVE = re.compile(r"[\s“‘\"']*(?:which|who|whose|whom|where)\b", re.IGNORECASE)
# Exclusions that govern the clauses after them in the unit: 希望它……，同时不会……; 若……，……或将……; 你之前说过，……
_GOVERNING = {"wish", "condition", "recalled", "unnamed view", "plan"}
_EXPECTS_ZH = re.compile(r"[\s“”「」]*(?:预计|预测|估计)")
_UNNAMED = {"unnamed", "unnamed view"}


def group_clauses(document: Document, clauses: list[Clause]) -> list[list[Clause]]:
    """Consecutive clauses of one forecast: see the module's docstring."""
    groups: list[list[Clause]] = []
    current: list[Clause] | None = None
    pending: list[Clause] = []
    wishing = False
    governing: str | None = None  # the exclusion that governs the clauses after it (wishing)
    aimed = False  # Chinese: a target just stated (目标是三年内盈利，), whose difficulty judged next is a forecast
    excluded_before: str | None = None
    asked: Clause | None = None
    elliptical: set[int] = set()
    contrast = _CONTRAST[document.language]
    zh = document.language == "zh-Hans"
    previous_clause: Clause | None = None
    for clause in clauses:
        reading = clause.reading
        words = document.text[clause.span[0] : clause.span[1]]
        if wishing and (
            ends_the_governed(document, governing, reading, words)
            or ends_the_recalled_en(document, governing, words)
            or ends_the_unnamed_en(document.language, governing, words)
        ):
            wishing = False
        if wishing and (not contrast.search(words) or still_governed(document, governing, reading)):
            continue
        # (", who asked not to be named," is no description: it takes the name from what its speaker says next.)
        if parenthetical(document, clause) and reading.excluded != "unnamed view":
            # ", which opened in 2023," describes a noun of the claim around it: it neither ends nor starts one.
            (current if current is not None else pending).append(clause)
            continue
        # A semicolon closes the governed stretch: "Our target is 10 percent by 2027; I think we will reach it".
        wishing = reading.excluded in _GOVERNING and not words.rstrip().endswith((";", "；"))
        governing = reading.excluded
        # (Not after what the subject went through: "the bridge, shut since cracks were found in January, will not
        # reopen before 2027".)
        # (Chinese: what follows a declined or a stance is a claim of its own: 对明年比较悲观，预计会下跌一成.)
        going_on = excluded_before not in (None, "past") and not (zh and excluded_before == "declines")
        if (
            going_on
            and reading.continues
            and not reading.opens_new_thought
            and not reading.excluded
            # ……计划三季度投产，预计到年底，……: who expects and when, framing a claim after the plan
            and not (_EXPECTS_ZH.match(words) and _only_a_frame(document, clause))
            and not goes_on_zh.expects_its_own(words)  # (round 17) 预计全年产量将突破……: the plan's outcome
        ):
            continue  # "said it would hold its meeting on Aug. 28 and would not change …": the same plan
        if reading.excluded in _UNNAMED and reading.reporting and current is not None and current is groups[-1]:
            groups.pop()  # "… will fall further, traders and analysts said": nobody a ledger can name said it
        if current is not None and reading.excluded == "schedule" and _odds_on_another_party(document, current, clause):
            current.append(clause)  # 我们有七成把握，部分酒企会在年底前宣布控量: odds on another party's move
            continue
        if reading.excluded and groups and current is groups[-1] and _only_confidence(document, current):
            groups.pop()  # 我们有七成把握，我们会在年内宣布……: odds put on a plan of one's own claim nothing
        if current is not None and _explains_the_claim(document, current, clause, clauses):
            current.append(clause)  # ……明年上半年会比较难，需求被提前透支了。: the reason, said last, goes with it
            continue
        if relayed_zh.ground_between(bool(pending) and pending[-1].reading.attribution, reading, zh):
            pending.append(clause)  # (round 17) 韩露说，市场已经饱和，双抗有望……: the claim keeps its attribution
            current, excluded_before = None, reading.excluded
            continue
        if reading.excluded or reading.question_frame:
            aimed = document.language == "zh-Hans" and "目标" in words
            current, pending = None, []
            excluded_before = reading.excluded
            # 能不能在2030年之前实现……，我认为有六成把握: an embedded question that the odds after it answer.
            asked = clause if reading.excluded == "question" and not words.rstrip().endswith(("？", "?")) else None
            continue
        if asked is not None and document.language == "zh-Hans" and odds_only(words):
            current = [asked, clause]
            groups.append(current)
            asked = None
            continue
        asked = None
        excluded_before = None
        if reading.attribution:
            # Reported speech keeps its attribution ("陈立明说，明年……", "…, the minister said on Monday").
            if current is not None:
                current.append(clause)
                current = None
            else:
                pending = [] if _speaker_label(words) else [clause]
            continue
        last = groups[-1] if groups and groups[-1][-1] is previous_clause else None
        # "We'll beat it comfortably; I'd put that at 90 percent", "…, on our central scenario": the odds or the hedge
        # of the claim just made (even across a semicolon), not a claim of their own.
        if (
            last is not None
            and _ON_THE_CLAIM_BEFORE.get(document.language, NEVER).match(words)
            and not (clause.probability is not None and any(c.probability is not None for c in last))
        ):
            last.append(clause)
            current, previous_clause = last, clause
            continue
        previous_clause = clause
        if clause.forecast and current is not None and _REASON.match(words):
            current.append(clause)  # "I'd bet they stay loyal, because service is what they sell": its reason
        elif clause.forecast:
            if current is not None and _continues(
                document, current, clause, words, _stated(document, current, elliptical)
            ):
                current.append(clause)
            else:
                # ("Audiences are the highest since 2019, and she said the run would sell out": a clause that opens a
                # new thought with its own verb of saying does not take the words before it.)
                own_report = reading.opens_new_thought and bool(
                    _SAID_BY_ANOTHER.get(document.language, NEVER).search(words)
                )
                current = [clause] if own_report else [*pending, clause]
                groups.append(current)
            pending = []
        elif aimed and _ZH_DIFFICULTY.match(words):
            current = [*pending, clause]  # 目标是三年内实现盈利，说实话，有一定难度: whether the target is met
            groups.append(current)
            pending, aimed = [], False
        elif current is not None and _after_confidence(document, current):
            current.append(clause)  # 我有六成把握，今年能扭亏: the claim the confidence is about
        elif current is not None and _elliptical(document, current, clause):
            current = [clause]  # "to grow 1.8% in 2025 and 1.7% in 2026": the verb is understood
            groups.append(current)
            elliptical.add(id(current))
        elif current is not None and (not reading.opens_new_thought or _tail(document, words)):
            current.append(clause)
        else:
            current = None
            pending = [*pending, clause] if not reading.opens_new_thought else [clause]
            if re.search(r"\s(?:—|–|--)\s*$", words):
                pending = []  # a dateline ("WASHINGTON, April 22 —") is not part of what is said
        if words.rstrip().endswith((";", "；")):
            current, pending = None, []  # a semicolon closes the thought
    return groups


# A third person's verb of saying (not "I think", "I'd say": the speaker's own frame goes with the words before it).
_SAID_BY_ANOTHER = {
    "en": re.compile(
        r"\b(?:he|she|they|it|the\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}?)\s+(?:also\s+)?(?:said|says|told|tells|added|adds|warned"
        r"|warns|predicted|predicts)\b",
        re.IGNORECASE,
    )
}
# Odds or a hedge put on the claim just made, with nothing else said: "I'd put that at 90 percent", "we'd rate it at
# 60 percent", "on our central scenario", "in our base case".
_ON_THE_CLAIM_BEFORE = {
    "en": re.compile(
        r"^[\s“‘\"'(—–-]*(?:and\s+)?(?:(?:I|we)(?:['’]d|\s+would)\s+(?:put|rate|peg|give)\s+(?:that|it|this|those\s+odds"
        # (Rounds 16, 17) "and I'd put her chances at 60 percent", "the odds of that", "the chance of getting there"
        # (not "of a recession"); not "it at better than even that we win": odds on a claim said after them.
        r"|(?:her|his|their|its|the|our|my)\s+(?:chances?|odds|probability|likelihood)"
        r"(?:\s+(?:of|on)\s+(?:(?:getting|making\s+it|doing\s+(?:it|that|so))\s+)?(?:there|it|that|this|so))?)\s+at\b"
        r"(?![^,;]*\b(?:that|whether)\s)[^,;]*[,;]?\W*$"
        # The size the claim just made is bet on: "…, and I'd bet on at least 3 percent".
        r"|(?:I|we)(?:['’]d|\s+would)\s+bet\s+on\s+(?![^,;]*\b(?:in|by)\s+(?:19|20)\d\d|[^,;]*\b(?:next|this)\s+year)"
        r"(?:at\s+least\s+|at\s+most\s+|about\s+|around\s+)?[$£€]?\d[^,;]*\W*$"  # (not with a date of its own)
        r"|(?:on|in|under)\s+(?:our|my|the)\s+(?:base|central|core|main)\s+(?:case|scenario|forecast)\W*$)"
        r"|" + CONFIDENT_IN_IT.pattern,  # (round 9) "I'm fairly sure of that", "I'd bet my house on it"
        re.IGNORECASE,
    )
}


# A tail with a connector but no verb of its own qualifies the claim before it: "Prices will fall, but not forever",
# "Rates are going to come down, and probably faster than people think". It finishes that claim, not a new one.
_TAIL = re.compile(
    r"^[\s“‘\"']*(?:and|but|or)\s+(?:probably|possibly|maybe|perhaps|likely|not|never|even|much|far|only|well)\b"
    r"(?!.*\b(?:will|won['’]t|would|could|may|might|is|are|was|were|has|have|had)\b)",
    re.IGNORECASE,
)


def _explains_the_claim(document: Document, current: list[Clause], clause: Clause, clauses: list[Clause]) -> bool:
    """Chinese: the unit's last clause states what has already happened right after a claim: its reason."""
    return (
        document.language == "zh-Hans"
        and clause is clauses[-1]
        and clause.reading.excluded == "past"
        and any(c.forecast for c in current)
        and document.text[clause.span[0] : clause.span[1]].rstrip().endswith(("。", "！", "”", "」"))
    )


def _odds_on_another_party(document: Document, current: list[Clause], clause: Clause) -> bool:
    """Chinese: after the speaker's stated odds (我们有七成把握，), a timetable of someone else's is the claim they
    are put on — not the speaker's own plan (我们有信心，公司会在年底前发布……)."""
    if document.language != "zh-Hans" or not _after_confidence(document, current):
        return False
    return not clause.reading.first_person and not _OWN_SUBJECT_ZH.match(document.text, *clause.span)


_OWN_SUBJECT_ZH = re.compile(r"[“”「」\s]*(?:公司|本公司|集团|我司|我们|咱们)")
# A judgement of how hard a target is to meet, said right after it: 有一定难度, 难度不小, 不容易, 问题不大.
_ZH_DIFFICULTY = re.compile(
    r"^[“”「」\s]*(?:但是?|不过)?(?:这|这个)?(?:(?:有一定|有些|有点|有相当|相当有|很有|颇有)难度|难度(?:不小|很大|较大|不大|不低)"
    r"|(?:并|很|挺)?不容易|挑战(?:不小|很大)|问题不大)[。！”」\s]*$"
)


def _only_confidence(document: Document, group: list[Clause]) -> bool:
    return document.language == "zh-Hans" and all(
        goes_on_zh.CONFIDENCE_FRAME.match(document.text, *c.span) or c.reading.attribution for c in group
    )


def _after_confidence(document: Document, current: list[Clause]) -> bool:
    """我有六成把握，今年能扭亏: the clause after a stated confidence is its claim, even without a marker."""
    return document.language == "zh-Hans" and any(
        goes_on_zh.CONFIDENCE_FRAME.match(document.text, *c.span) for c in current
    )


# Chinese: a short contrast without a claim of its own qualifies the one before it: 我觉得能完成，但难度不小.
_ZH_TAIL = re.compile(r"^[“”「」\s]*(?:但是?|不过|只是)[^，。；将会]{1,6}[。！”」\s]*$")


def _tail(document: Document, words: str) -> bool:
    if document.language == "zh-Hans":
        return bool(_ZH_TAIL.match(words))
    return (len(words.split()) <= 8 and bool(_TAIL.match(words))) or bool(
        SUBJECTLESS.match(words) or REGRET.match(words)
    )


def parenthetical(document: Document, clause: Clause) -> bool:
    """A relative clause that states no forecast (", which opened in 2023,"): its dates are not the claim's."""
    return not clause.forecast and bool(_RELATIVE.match(document.text, *clause.span) or aside(document, clause))


def _stated(document: Document, group: list[Clause], elliptical: set[int] | None = None) -> bool:
    """The group states its claim — a future marker, a probability, a modal with its date — or it is elliptical
    ("and 1.7% in 2026"); "By 2030," or 我估计到2030年时， alone does not yet."""
    if id(group) in (elliptical or set()):
        return True
    return any(
        c.forecast
        and (c.reading.future or c.reading.modal or c.probability is not None or c.says_something)
        and not _only_a_frame(document, c)
        for c in group
    )


def _only_a_frame(document: Document, clause: Clause) -> bool:
    words = document.text[clause.span[0] : clause.span[1]]
    if document.language != "zh-Hans":
        return only_a_frame_en(words)  # (round 10) "I'd bet that within ten years, …"
    if joining_zh.BY_THEN.match(words):
        return True  # "到那时，" refers to a date before it; the claim is still to come
    for horizon in clause.horizons:
        words = words.replace(horizon.words, "")
    frame = joining_zh.FRAME.match(words)
    return frame is not None and bool(clause.horizons) and bool(joining_zh.FRAME_REST.match(words, frame.end()))


def _dates(clauses: list[Clause], said_on: datetime.date) -> set[datetime.date]:
    return {h.resolve_on for c in clauses for h in c.horizons if h.resolve_on is not None and h.resolve_on >= said_on}


def _elliptical(document: Document, current: list[Clause], clause: Clause) -> bool:
    """A clause after "and" / "but" with a date of its own and no verb: a second forecast of the same kind."""
    chinese = document.language == "zh-Hans"
    own = {
        h.resolve_on
        for h in clause.horizons
        if (chinese or not h.weak) and h.resolve_on and h.resolve_on >= document.said_on
    }
    # (The clause's own text: a pattern anchored with ^ never matches at a later position of the whole text.)
    if chinese and joining_zh.AND_ALSO.match(document.text[clause.span[0] : clause.span[1]]) and clause.says_something:
        return _stated(document, current)
    if chinese and joining_zh.A_PART.match(document.text[clause.span[0] : clause.span[1]]):
        return _stated(document, current)  # (hedges pass) ……，其中存储芯片下降20%以上: a part, a claim of its own
    # Chinese needs no conjunction: 上半年压力会比较大，下半年逐步回升.
    return (
        (clause.reading.opens_new_thought or chinese)
        and _stated(document, current)
        and bool(own)
        and own.isdisjoint(before := _dates(current, document.said_on))
        # (Round 11) "It may come, but not this year": a verbless tail dates a claim that had no date, not a second.
        and (chinese or bool(before) or not _TAIL.match(document.text[clause.span[0] : clause.span[1]]))
    )


def _continues(document: Document, current: list[Clause], clause: Clause, words: str, stated: bool) -> bool:
    """Does a forecast clause complete the forecast before it, or state a new one?"""
    reading = clause.reading
    if not stated:
        return not reading.opens_new_thought or not any(c.forecast for c in current)  # "By 2030, half … will be"
    if _refers_back(document, words) or restates(document, current, words):
        return True  # ", but it won't happen smoothly", "We will win it, and we will win it well"
    if document.language == "zh-Hans" and odds_only(words, document.text[current[-1].span[0] : current[-1].span[1]]):
        return True  # ，我给四成可能 / ……的可能性，我估计在百分之四十左右: the odds of the claim before
    if document.language == "zh-Hans" and clause.probability is not None and joining_zh.ODDS_OF_ITS_OWN.match(words):
        return False  # ，上游来水偏少的概率在六成以上: the odds of an event it names, a claim of its own
    own, before = _dates([clause], document.said_on), _dates(current, document.said_on)
    # No subject of its own, and no date of its own — or another date offered as an alternative
    # (明年下半年有可能，但也不排除要等到2027年: one claim, judged by the first date): the same claim goes on.
    same_date = not own or own <= before or bool(joining_zh.ALTERNATIVE.search(words))
    if document.language == "zh-Hans" and joining_zh.SUBJECTLESS.match(words) and same_date:
        return True
    if (
        document.language == "zh-Hans"
        and (joining_zh.MAGNITUDE.match(words) or joining_zh.SOME_OF_THEM.match(words))
        and same_date
    ):
        return True  # ……，降幅可能在一成左右 / ……，有的专业还会更高: the size or a part of the change just forecast
    if document.language == "zh-Hans" and goes_on_zh.speakers_figure(words) and same_date:
        return True  # (round 17) ……就很不错了，我的判断是190亿到210亿元之间: the speaker's figure for it
    if document.language == "zh-Hans" and any(
        goes_on_zh.CONFIDENCE_FRAME.match(document.text, *c.span) for c in current
    ):
        return True  # 我有七成把握，（到2028年，）明年……: the confidence stated first frames the claim that follows
    if reading.opens_new_thought and (document.language != "en" or bool(before) or not _TAIL.match(words)):
        return False  # (not ", but not before 2027" after a claim without a date: its date, as in ``_elliptical``)
    if not own and not any(c.reading.future or c.reading.modal or c.reading.outcome or c.probability for c in current):
        return True  # 四年后我29岁，状态应该还可以: the date frames the claim that follows
    if (own and before and own.isdisjoint(before)) or goes_on_zh.dated_after_vague(document, current, own, before):
        return False  # a second date: "1.8% in 2025, and 1.7% in 2026", "，并会持续到明年1月"; 短期内…，五年内…
    if reading.future or reading.outcome or (document.language == "zh-Hans" and reading.modal):
        # ", will also …", "，会获得……" go on; 全年涨幅大概在10%左右, "Ricci finishes on the podium" are claims
        # of their own
        return reading.continues
    # "…, with a 40% chance of a new record by the end of March" is a claim of its own; a bare horizon, or a
    # probability without a date of its own (，“我们有六成把握”), completes the forecast before it.
    return clause.probability is None or not own


def _speaker_label(words: str) -> bool:
    """ "刘振华：", "HARTWELL:" — who speaks next in a transcript, not part of what is said."""
    # (README rules pass: also with the post or outlet in brackets — 张强（乘联会秘书长）：, "LI (Xinhua):".)
    return bool(re.fullmatch(r"\s*[\w·.'’ -]{1,30}(?:\s*[（(][^（）()\n]{1,40}[）)])?[:：]\s*", words))


def _refers_back(document: Document, words: str) -> bool:
    """A clause about the forecast before it: "it" / "this" in English (", but it won't happen smoothly"),
    这一点 / 这 / 此 / 其中 in Chinese (，这一点我有九成把握)."""
    if document.language == "zh-Hans":
        # 这个趋势 / 这些企业 / 这几家 name a new subject, and (round 14) 这会 / 这将 + a verb the claim's effect
        # (，这会挤压利润; not 这将是, a restatement, nor 这会儿 "now"): claims of their own. 其中 ("of which")
        # breaks down the quantity just forecast (，其中七成将来自工业场景) — unless it hedges a claim of its own.
        return bool(
            re.match(
                r"[\s“”「」]*(?:这一点|这(?![个种些一几])(?!(?:将会|将|会)(?![是儿]))|这种可能|这个可能|这种概率|此|对此|其中(?!之一)(?![^，。；]*(?:可能|有望|或将|也许|恐怕)))",
                words,
            )
        )
    return bool(
        re.match(
            r"[\s“‘\"']*(?:but|and|yet|though|although)?\s*(?:it|this)(?:\s+(?:will|won['’]t|would|is|isn['’]t|may|might|could"
            r"|wouldn['’]t|couldn['’]t)|['’]s|['’]ll)(?![\w'’])",
            words,
            re.IGNORECASE,
        )
    )
