"""A Chinese time that dates a noun, not the claim: 7月下旬上映的动画电影有望成为冠军, 明年投产的项目将带来两万个岗位.

A time word followed by a short verb and 的 describes the thing the claim is about (the film released in late July,
the plant that opens next year); the labelling rules give such "a dated word that dates something else" no hold on
the claim. It is made weak: the claim's own time (暑期档, 年底前) wins over it, and where there is none it still
dates the claim as before. A time followed by 的 alone (明年的增速) or by a noun (明年春招的岗位) is the claim's; only
the verbs of an event (上映, 投产, 开业 …) are read, as a noun and a verb look alike.
"""

from __future__ import annotations

import dataclasses
import re

from predictions.intake.horizons import Horizon

# A verb of an event that happens at that time, then 的 and a noun (not the sentence-final 的 of 会好的。, and not a
# noun: 明年春招的岗位 is next year's recruiting, the claim's time).
_DATES_A_NOUN = re.compile(
    r"(?:首次|正式|新)?(?:上映|公映|投产|开业|上市|推出|发布|建成|开通|落地|开工|竣工|举办|举行|开幕|通车|交付|开园|开馆|实施"
    r"|生效|到期|入学|毕业|出生|开设|召开|上线|量产|出台|开播|开售|首发|启用|投用|签约|成立|开盘)的(?=[\u4e00-\u9fff《“])"
)


def dating_a_noun(text: str, horizons: list[Horizon]) -> list[Horizon]:
    """``horizons`` with those that describe a noun (7月下旬上映的电影) made weak."""
    return [
        dataclasses.replace(h, weak=True) if not h.weak and _DATES_A_NOUN.match(text, h.end) else h for h in horizons
    ]
