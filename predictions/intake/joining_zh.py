"""How Chinese clauses join into one claim or stand apart: the patterns ``grouping`` reads for ``zh-Hans``.

Kept apart from ``grouping`` (which reads both languages) so that each stays short; every pattern here is read
there, where the comment on each says what it decides.
"""

from __future__ import annotations

import re

# Chinese: who expects and when, with the claim still to come: 我估计到2030年时，……; 我们预计10月1日至8日假期期间，…….
BY_THEN = re.compile(r"[“”「」\s]*(?:届时|到时候|到那时|到那个时候)[，,：:\s]*$")
FRAME = re.compile(r"^[“”「」\s]*(?:[\u4e00-\u9fff]{0,8}?)(?:估计|预计|认为|判断|觉得|相信|预测)")
# (Round 16: not a verb that puts the event at the date: 高峰预计出现在2月2日至8日， is the claim itself.)
FRAME_REST = re.compile(
    r"(?!.*(?:可能|会|将|有望|不排除|恐怕|也许|或许))(?!出现|发生|到来|来临|在|达|超|破)[\u4e00-\u9fff]{0,4}"
    r"(?:期间|时|的时候|以后|之后|前后)?[，,：:\s]*$"
)


# Chinese: a clause with no subject of its own goes on with the claim before it: ……，但也会创造新的岗位;
# ……，一场都不会输; ……，只会更卷; ……，尤其是国资LP和险资会加大出资.
# A contrast without 也 / 还 / 仍 (round 17) states a claim of its own: ……会企稳，但不会大涨;
# ……，但大概率不会超过去年同期的高点.
SUBJECTLESS = re.compile(
    r"^[“”「」\s]*(?:(?:但是?|不过|可是|只是)(?=[也还仍])|而且?|并且|并|且|同时|甚至|尤其是|特别是)?"
    r"(?:[也还都就再更却又仍只则才]|一[个场次家件项位名天年]?[都也]|大概率|很可能|可能|恐怕|应该)*"
    r"(?:将|会|不会|能|不能|有望|可望|有可能|可能|或将|难以|很难|不排除|恐怕|或许|也许)"
    r"|^[“”「」\s]*(?:尤其是|特别是|比[^，。；]{1,6}?(?:提升|提高|增加|下降|减少|增长|高|低|多|少)|与[^，。；]{1,6}?相比)"
)
# The size of the change just forecast: 增幅可能在5%左右, 降幅在一成左右, 幅度不会太大.
# (Not a level of its own: 全年涨幅大概在10%左右, 增速大概率回到两位数.)
MAGNITUDE = re.compile(
    r"^[“”「」\s]*(?:增幅|降幅|涨幅|跌幅|幅度)(?:可能|或将|大概|大约|预计|估计|也|会)*(?:在|为|约|达|不会|不超过)"
)
# (Hedges pass) A part of the quantity just forecast, with its own figure and no marker: ……将下降一成，其中存储芯片
# 下降20%以上 — a claim of its own (the README labels each clause of a sentence with several claims).
A_PART = re.compile(
    r"^[“”「」\s]*其中(?!之一)[，,]?[^，。；]{1,12}?(?:增长|增速|下降|下滑|上涨|下跌|增加|减少|提高|提升|降低|超过|达到|突破"
    r"|回落|回升|占比)[^，。；]{0,8}?(?:[0-9０-９]|[一二两三四五六七八九十百千]+(?:成|倍|万|亿))"
)
SOME_OF_THEM = re.compile(r"[“”「」\s]*(?:其中)?(?:有的|有些|个别|少数)[^，。；]{0,8}?(?:还|也|甚至|更)")
ALTERNATIVE = re.compile(r"不排除|也可能|或者|或是")
# Chinese: a second predicate after 而且 / 并且 without a marker of its own shares the one before it and is a
# claim of its own (……几乎肯定会成为最热的一年，而且首次全年超过1.5℃).
AND_ALSO = re.compile(r"^[“”「」\s]*(?:而且|并且)")
# Odds put on an event the clause names itself (……，明年出现净流出的概率在三成左右), not on the claim before it.
# (Not odds said of "this" again: 出现这种情况的概率在三成左右.)
ODDS_OF_ITS_OWN = re.compile(
    r"^[“”「」\s]*(?:(?:(?![我这此该其]|上述)[^，。；]){2,20}?的(?:概率|可能性?|几率|机率)"
    # (Round 16) … and the odds the speaker gives an outcome it names again: 我给他们卫冕的把握是七成.
    r"|(?:我|我们)(?:个人)?给(?:他们|她们|他|她|它|它们|对方)?[^，。；]{1,8}?的(?:把握|概率|可能性?|胜算))"
)
