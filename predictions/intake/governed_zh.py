"""Chinese: how far a clause that governs the rest of its sentence (a wish, a condition, a forecast recalled) reaches.

``grouping`` skips the clauses after a governing exclusion until a contrast begins a claim of its own; this module
says where else the governed stretch ends, and where a contrast stays under it.
"""

from __future__ import annotations

import re

from predictions.intake.clauses import Document
from predictions.intake.markers import ClauseReading


def still_governed(document: Document, governing: str | None, reading: ClauseReading) -> bool:
    """Does the clause stay under the governing exclusion before it, contrast or not?

    A contrast after a condition stays under it unless someone's view of its own begins (如果监管收紧，黄牛会减少，
    但上座率可能受影响 — both on the condition; ……，但我认为…… is the speaker's)."""
    own_view = reading.reporting or reading.first_person
    return document.language == "zh-Hans" and governing == "condition" and not own_view


def ends_the_governed(document: Document, governing: str | None, reading: ClauseReading, words: str) -> bool:
    """Does the clause end the governed stretch before it, without a contrast?"""
    if document.language != "zh-Hans":
        return False
    # (Round 15) What follows "or else" after a demand is what the speaker expects if it is not met — the status
    # quo, so a forecast: 企业必须加快转型，否则三年内会被淘汰 (the demand itself stays a prescription).
    if governing == "wish" and _OTHERWISE.match(words):
        return True
    # (Round 15) A verb of saying of its own after a forecast recalled is what is said now: 他去年曾预测……，
    # 昨天他表示，仍维持这一看法 (the recalled clause stays out).
    if governing == "unnamed view" and not reading.excluded and _I_SAY.match(words):
        return True  # (README rules pass) 市场传言……，我可以明确地说，今年不会: the speaker's own answer to the rumour
    return governing == "recalled" and not reading.excluded and bool(_SAYS.search(words))


_SAYS = re.compile(r"表示|说|称|指出|认为|强调|透露|坦言|直言|承认|坦承|回应|提到|预计|预测|判断|估计")
_I_SAY = re.compile(
    r"[\s“”「」]*(?:但|不过|而)?(?:我|我们)(?:个人)?(?:可以|要|想)?(?:明确|负责任|坦白|实话)?地?(?:说|讲|认为|觉得|判断|相信|看)"
)
_OTHERWISE = re.compile(r"[\s“”「」]*(?:否则|不然|要不然|要不)(?:的话)?")
