"""Chinese forecasts recalled: a clause that only says when, in a time gone, and the words said then after it.

两年前，我在这个论坛上说，…… and 三年前接受本报采访时，她预言…… were said then, not on the said-on date
(README, "Earlier forecasts recalled"): the clause after such a frame that reports someone's words is recalled, not
a forecast of today. The frame names a time gone by a word (去年, 三年前, 当时), by the occasion at that time
(三年前接受采访时, 上届世界杯开赛前), or by a year before the said-on year (还在2020年的时候, 2023年初) — a year the
reader needs the said-on date to place.
"""

from __future__ import annotations

import datetime
import re

_AGO = (
    r"(?:[一二两三四五六七八九十几\d]+|多)(?:年|个月|个多月)前|当年|那时候?|当时|此前|早前|去年|前年|上个?月"
    r"|上届|上一届|上赛季|上次"
)
# The time gone alone (两年前，去年，), or an occasion then (三年前接受采访时，上届世界杯开赛前，去年此时，).
_TIME_AGO = re.compile(
    rf"[\s“”「」]*(?:还|早|就)?(?:在)?(?:{_AGO}|早在(?:19|20)\d\d年)"
    r"(?:[^，。；]{0,14}?(?:时|的时候|之际|前夕|前|那会儿|期间|此时|这个时候|年底|年初|年中|年末))?[，,]\s*$"
)
# … or a year, placed by the said-on date: 还在2020年的时候，…… / 2023年初，……
_YEAR_THEN = re.compile(
    r"[\s“”「」]*(?:还|早|就)?(?:在)?((?:19|20)\d\d)年(?:[^，。；]{0,10}?(?:时|的时候|之际|前夕|初|底|末|年中|上半年|下半年))?[，,]\s*$"
)


def said_then(frame: str, said_on: datetime.date) -> bool:
    """Does ``frame`` (a whole clause) only say that what follows was said at a time gone?"""
    if _TIME_AGO.match(frame):
        return True
    year = _YEAR_THEN.match(frame)
    return year is not None and int(year.group(1)) < said_on.year


# A year gone in the clause of the verb of saying itself: 他在2019年出版的书中预测，…… / 她早在2021年就说…….
# (Review) Not a year that names the period a report covers: 在2024年年报中 / 2024年度股东大会 / 2024年业绩说明会 are
# published or held the year after, so their words are said on the said-on date (an outlook named by the year it
# looks at, 2025年度展望会, was held before it: still recalled when said on in a later year).
_SAID_IN_A_YEAR = re.compile(
    r"(?:在|于)((?:19|20)\d\d)年(?!报)(?!(?:度|年度|第?[一二三四]季度|[上下]半年)?的?(?:年报|年度报告|报告|股东大会|业绩|财报|中报"
    r"|[一三]?季报|半年报))"
    r"[^，。；]{0,12}?(?:说|表示|预测|预言|写|称|认为|判断|预计|断言)"
)


def said_in_a_year_gone(words: str, said_on: datetime.date) -> bool:
    """Does the clause say its words were said in a year before the said-on year?"""
    return any(int(m.group(1)) < said_on.year for m in _SAID_IN_A_YEAR.finditer(words))


def recalled(language: str, frame: str, words: str, said_on: datetime.date) -> bool:
    """Are the reported ``words`` (a clause), after the clause ``frame`` ("" at the start of a unit), said then?"""
    if language != "zh-Hans":
        return False
    return bool(frame and said_then(frame, said_on)) or said_in_a_year_gone(words, said_on)
