"""Chinese denials (round 17): 并不认为 …… 会 with words inside it that look like a question or an unnamed source.

A named speaker's denial is a negated forecast (the README's 并不认为……会). Two things inside it read as something
else when the clause is read word by word: 哪 of "any" under the negation (我并不认为会有哪家公司盈利, 不会有哪个城市
……) and 谁 … 谁 of "one … the other" (将来也不会是谁吃掉谁) are no question, and the rumour the speaker rejects
(不认为房价会像传言的那样翻倍) is what is denied, not an unnamed source of the claim. ``markers_zh`` reads the
clause again without them.
"""

from __future__ import annotations

import re

from predictions.intake.markers import ClauseReading

_DENIAL = r"(?:不认为|不相信|不觉得|不会|没有|不可能|很难|难以)"
# 哪 of "any" after the denial in the same clause, counting firms, places or things: 哪家, 哪个, 哪一款.
_ANY = re.compile(_DENIAL + r"[^，。；？?]{0,16}?(?<=[有是让])哪(?=一?[家个位款种座所只支])")
# (Hedges pass) 谁 … 谁 of "one … the other" after the denial: 将来也不会是谁吃掉谁, 不会有谁取代谁 — no question
# either.
_EACH_OTHER = re.compile("(" + _DENIAL + r"[^，。；？?]{0,16}?)谁([^，。；？?谁]{1,6})谁")
# The view rejected, named by its source: 像网上传言的那样, 如坊间传闻所说.
_SOURCE = r"传言|传闻|网传|坊间"
_REJECTED_VIEW = re.compile(rf"不(?:认为|相信|觉得|同意)[^，。；]{{1,20}}?(?:像|如)[^，。；]{{0,12}}?(?:{_SOURCE})")


def without_the_denied(text: str) -> str | None:
    """The clause with the words that only look like a question or an unnamed source put plainly, or None when the
    clause denies nothing of the kind (a clause ending in ？ or 吗 stays a question: ``markers_zh`` checks it first)."""
    changed = _ANY.sub(lambda m: m.group(0)[:-1] + "一", text)
    changed = _EACH_OTHER.sub(r"\1一方\2另一方", changed)
    rejected = _REJECTED_VIEW.search(changed)
    if rejected:
        # The source named in the rejected view, and any after it in the clause, is what is denied.
        changed = changed[: rejected.start()] + re.sub(_SOURCE, "说法", changed[rejected.start() :])
    return changed if changed != text else None


# (README rules pass) The speaker's own short verdict right after an unnamed forecast in the same sentence:
# 外界预计央行年内会降息两次，我认为最多一次 / 我看不会 / 我觉得没那么快. The verdict is the speaker's forecast (the
# README's rejection in one's own words); the view it answers stays unnamed.
_VERDICT = re.compile(
    r"[\s“”「」]*(?:但|不过|而)?(?:我|我们)(?:个人)?(?:认为|觉得|看|判断|估计)[，,]?\s*"
    r"(?:最多|顶多|至多|最少|至少|只有|只会|不会|没那么|不至于|未必|恐怕|可能|大概)"
)


def verdict_on_the_unnamed(previous: ClauseReading, reading: ClauseReading, words: str) -> bool:
    """Is the clause the speaker's short verdict on the unnamed forecast of the clause before it?"""
    unnamed = previous.excluded in ("unnamed", "unnamed view") and previous.future
    return unnamed and not reading.excluded and not reading.future and bool(_VERDICT.match(words))
