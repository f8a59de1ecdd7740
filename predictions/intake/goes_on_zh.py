"""Chinese (round 17): whether a clause after a claim goes on with it or states a claim of its own.

``grouping`` decides this for every language; these are the Chinese sentences it read wrongly: the speaker's figure
named as a judgement after a claim (……就很不错了，我的判断是190亿到210亿元之间 — one claim, its figure), a checkable
date after a vague one (短期内很难收窄，五年内最多提高到两成 — two claims, two times), and 预计 with a subject and a
marker of its own after a plan (公司今年将新增4条产线，预计全年产量将突破百万台 — the plan's outcome, expected). The
speaker's stated odds that frame the claim after them (我有七成把握，……) are read here too, also after 但.
"""

from __future__ import annotations

import datetime
import re

from predictions.intake.clauses import Clause, Document

# The speaker's figure, named as a judgement, with no subject of its own: 我的判断是190亿到210亿元之间, 我的估计是两成
# (not the verb: 我估计在20%到25%之间 may give a figure of its own, after a claim that only compares).
_MY_FIGURE = re.compile(
    r"^[“”「」\s]*(?:我的|我们的)?(?:判断|估计|预计|预测|看法)(?:是|为)?(?:大概|大约|约|在|可能在)?"
    r"(?:[0-9０-９]|[一二两三四五六七八九十百千]+(?:[成倍个万亿]|百分点))"
)
# 预计 before a subject of its own and its marker (not 预计吸引观众超过20万人次, the plan's subject going on).
_EXPECTS_ITS_OWN = re.compile(r"[\s“”「」]*(?:预计|预测|估计)[^，。；将会]{2,16}?(?:将|会|有望|可能|或将)")


def speakers_figure(words: str) -> bool:
    return bool(_MY_FIGURE.match(words))


def expects_its_own(words: str) -> bool:
    return bool(_EXPECTS_ITS_OWN.match(words))


def dated_after_vague(
    document: Document, current: list[Clause], own: set[datetime.date], before: set[datetime.date]
) -> bool:
    """Chinese: a checkable date of its own after a claim dated only by "soon" or "some day" (短期内, 未来): a second
    claim (not after a season or an event, 今冬……，预计12月至明年2月……, which the date goes on to name)."""
    if document.language != "zh-Hans" or not own or before:
        return False
    return any(h.resolve_on is None and _SOMETIME.search(h.words) for c in current for h in c.horizons)


_SOMETIME = re.compile(r"短期|近期|今后|未来|将来|往后|早晚|迟早|长期|中长期")


# A clause that only states the speaker's confidence, before the claim it is about: 我有七成把握，…… / 我们有信心，……
# (also after 但: 但我有七成把握，到2025年底，…… — the odds still frame the claim after them).
CONFIDENCE_FRAME = re.compile(
    r"[“”「」\s]*(?:但是?|不过)?(?:我|我们|我个人)(?:有|抱有)[^，。；]{0,8}?(?:把握|信心)[，,：:]\s*$"
)
