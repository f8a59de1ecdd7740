"""Chinese: a clause that only puts odds on the claim said just before it, in the same sentence.

The labelling rules give a stated number to "the claim in the same sentence, including a quoted tail" — the quote
then spans the claim and its odds. ``probabilities.ODDS_ONLY_ZH`` reads the plain shape (我有七成把握, 我给四成可能);
speakers also put the chance word first (我认为概率在六成左右, 可能性我估计在三成上下), leave it to the clause
before (……的可能性，我估计在百分之四十左右) or end the clause on a semicolon (……，我看有六成把握；……). Each of
those, read as a claim of its own, is a false candidate beside a claim that lost its number.
"""

from __future__ import annotations

import re

from predictions.intake.clauses import Clause, Document
from predictions.intake.probabilities import ODDS_ONLY_ZH

_NUMBER = (
    r"(?:[一二两三四五六七八九十]成|[0-9０-９.]+\s*[%％]|百分之[一二两三四五六七八九十零〇百0-9]+"
    r"|五五开|对半开|一半一半)"
)
_BELIEF = r"(?:我|我们|我个人|个人)?(?:也|还)?(?:认为|觉得|估计|判断|看|预计)?"
# The chance word first, then its number: 我认为概率在六成左右, 这个可能性大概有三成, 可能性我估计在三成上下.
_CHANCE_FIRST = re.compile(
    rf"^[“”「」\s]*{_BELIEF}(?:这个|这种|其)?(?:概率|可能性?|几率|机率|胜算|把握){_BELIEF}"
    rf"(?:也就|大概|大约|只有|仅有|约|就)?(?:在|是|有|为|只有|不到|超过)?(?:大概|大约|约)?{_NUMBER}"
    r"(?:左右|上下|以上|以下|多|出头)?[。！；;，,”」\s]*$"
)
# Only the number, under a belief, when the clause before ends on the chance it measures: ……的可能性，我估计在
# 百分之四十左右 / ……可能性不大，我判断只有三成左右.
_NUMBER_ONLY = re.compile(
    rf"^[“”「」\s]*(?:我|我们|我个人)(?:也|还)?(?:认为|觉得|估计|判断|看)(?:也就|大概|大约|只有|仅有|约|就)?"
    rf"(?:在|是|有|为)?(?:大概|大约|约)?{_NUMBER}(?:左右|上下|以上|以下|多|出头)?[。！；;，,”」\s]*$"
)
# The chance of what was just claimed, named by its verb alone: ……实现5万家门店的目标，达成的可能性大约只有两成.
_CHANCE_OF_IT = re.compile(
    rf"^[“”「」\s]*(?:达成|实现|做到|完成|成功|成真|兑现)(?:目标)?的(?:概率|可能性?|几率|机率){_BELIEF}"
    rf"(?:也就|大概|大约|只有|仅有|约|就)?(?:在|是|有|为|只有|不到|超过)?(?:大概|大约|约)?{_NUMBER}"
    r"(?:左右|上下|以上|以下|多|出头)?[。！；;，,”」\s]*$"
)
_ENDS_ON_A_CHANCE = re.compile(r"(?:概率|可能性?|几率|机率)(?:不大|很小|较小|不高|很低|较低|很大|较大|不低)?[，,\s]*$")
# "This" put first points back at the claim: 这一点我有七成把握, 对此我有八成把握.
_THIS = re.compile(r"^[“”「」\s]*(?:这一点|这件事|这个判断|对此)[，,]?")
_CLOSING = re.compile(r"[；;，,\s]+$")


def odds_only(words: str, before: str = "") -> bool:
    """``words`` (a clause) states nothing but odds; ``before``: the words of the clause just before it, which may
    name the chance the number measures."""
    if ODDS_ONLY_ZH.match(_CLOSING.sub("", _THIS.sub("", words))):
        return True
    if _CHANCE_FIRST.match(words) or _CHANCE_OF_IT.match(words):
        return True
    return bool(before) and bool(_ENDS_ON_A_CHANCE.search(before)) and bool(_NUMBER_ONLY.match(words))


def claimed(document: Document, before: list[Clause]) -> bool:
    """The reported words before quoted odds state a claim of their own, with no marker needed: the odds make it a
    forecast (他说，今年公司的销量能翻倍，“这个我有七成把握”) — not a question, a plan or a condition."""
    claims = [
        c
        for c in before
        if not c.reading.attribution and document.text[c.span[0] : c.span[1]].strip(" “”「」，,") and c.says_something
    ]
    return bool(claims) and not any(c.reading.excluded for c in before)
