"""The Chinese horizon grammar: 三年内, 未来十年, 2026年底前, 到2030年, 2035年之前, 明年, 今年上半年 ….

The rules are a table, ``rules/horizons_zh.toml`` (read by ``rulebook``); the functions here resolve their
matches. Numbers may be written in digits (full width too) or in Chinese numerals (三年, 十年, 二〇三〇年).
YEAR年前 means "by YEAR"; YEAR年之前 / 以前 mean "before YEAR"; N年前 with a small N is "N years ago" and, like
去年 and 今年以来, marks the past.
"""

from __future__ import annotations

import dataclasses
import datetime
import re

from predictions.intake import dates, rulebook
from predictions.intake import horizons as h
from predictions.intake.attributes_zh import dating_a_noun
from predictions.intake.horizons import Horizon, Resolution
from predictions.intake.numbers import ZH_NUMBER
from predictions.intake.parts_zh import (
    QUARTERS,
    coming_quarter,
    half_of_this_year,
    not_until,
    number,
    part_of_year,
    range_of_parts,
)
from predictions.intake.parts_zh import named_year as _named_year
from predictions.intake.seasons_zh import (
    dekad_of_month,
    this_weekend,
    travel_rush,
    weekday_of_week,
    within_this_century,
)

_int = number


def _year(match: re.Match[str]) -> int | None:
    return _int(match.group("year"))


def full_date(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    # (Round 17) The year may be named by its distance: 明年1月1日.
    year, month, day = _named_year(match, said_on), _int(match.group("month")), _int(match.group("day"))
    if year is None or month is None or day is None:
        return None
    return h.by_day(year, month, day, before=match.group("suffix") in ("之前", "以前"))


def day_of_month(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    """3月21日的决赛, 到2月4日档期结束时: a day and month without a year is the next such day on or after the said-on
    date (the corpus rule for a month without a year, applied to a day)."""
    month, day = _int(match.group("month")), _int(match.group("day"))
    if month is None or day is None:
        return None
    named = dates.safe_date(said_on.year, month, day)
    if match.group(0).startswith(("截至", "截止")):  # "as of": the last such day, in the past
        if named is None or named > said_on:
            named = dates.safe_date(said_on.year - 1, month, day)
        return None if named is None else past(match, said_on)
    if named is None or named < said_on:
        named = dates.safe_date(said_on.year + 1, month, day)
    if named is None:
        return None
    return h.by_day(named.year, month, day, before=match.group("suffix") in ("之前", "以前"))


def day_of_this_month(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    """于24日前后, 到28日: a day without a month is in the said-on month (the corpus rule); a day gone is the past."""
    day = _int(match.group("day"))
    named = None if day is None else dates.safe_date(said_on.year, said_on.month, day)
    if named is None:
        return None
    if named < said_on or (named == said_on and _HELD.match(match.string, match.end())):
        # 在8日举行的媒体日上 said on the 8th: the day of the event reported, not a horizon.
        return past(match, said_on)
    return named, f"the {day}th of the said-on month ({named.isoformat()})"


def day_ahead_this_month(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    """16日白天, 18日前 without a lead: a day of the said-on month still to come, its horizon; any other, none."""
    day = _int(match.group("day"))
    named = None if day is None else dates.safe_date(said_on.year, said_on.month, day)
    if named is None or named <= said_on:
        return None
    if match.group(0).endswith(("之前", "以前")):  # 20日之前 is "before" the 20th: the day before (the corpus rule)
        return named - datetime.timedelta(days=1), f"before the {day}th of the said-on month"
    return named, f"the {day}th of the said-on month ({named.isoformat()})"


_HELD = re.compile(r"(?:举行|召开|举办|进行|发布|公布)的")


_DEKAD = {"上旬": 10, "中旬": 20, "上中旬": 20}  # 中下旬 like 下旬: the month's last day
_DEKAD_STARTS = {"上旬": 1, "中旬": 11, "下旬": 21}


def month_of_year(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    """8月底 → its last day, 8月上旬 / 中旬 → the 10th / 20th; 7月、8月 and 9月中旬至10月上旬 → the last one named; a
    month without a year is the next one (截至6月末, "as of", the last one)."""
    month = _int(match.group("month"))
    if month is None or not 1 <= month <= 12:
        return None
    if match.groupdict().get("into_year"):  # 2024年11月至2025年3月: the later year named
        year: int | None = _int(match.group("into_year"))
    elif match.groupdict().get("into"):  # 12月至明年2月, 11月至次年3月: the end is in the year after the start's
        named = re.search(r"([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})月", match.group(0))
        first = _int(named.group(1)) if named else None
        start_year = said_on.year if first is not None and first >= said_on.month else said_on.year + 1
        year = start_year + 1 if match.group("into") != "明年" else said_on.year + 1
    elif match.groupdict().get("year") or match.groupdict().get("rel"):
        year = _named_year(match, said_on)
    elif match.group(0).startswith(("截至", "截止")):
        year = said_on.year if month < said_on.month else said_on.year - 1
    else:
        year = said_on.year if month >= said_on.month else said_on.year + 1
    if year is None:
        return None
    suffix = (match.group("suffix") or "").removesuffix("前后").removesuffix("左右")  # 中旬前后: about 中旬
    if suffix[:2] in _DEKAD_STARTS and suffix[2:] == "前":
        suffix = suffix[:2]  # (Round 13) 4月中旬前: 前 after a period is "by" its end (README), as 三季度前 and 5月前
    if suffix[:2] in _DEKAD_STARTS and suffix[2:] in ("之前", "以前"):
        # 12月上旬之前: before the ten days begin, so judged on the day before.
        begins = dates.safe_date(year, month, _DEKAD_STARTS[suffix[:2]])
        if begins is None:
            return None
        day_before = begins - datetime.timedelta(days=1)
        rule = f"before {year}-{month:02d} {suffix[:2]}: the day before it begins ({day_before.isoformat()})"
        return day_before, rule
    if suffix in _DEKAD:
        day = dates.safe_date(year, month, _DEKAD[suffix])
        return None if day is None else (day, f"{suffix}: the {_DEKAD[suffix]}th of {year}-{month:02d}")
    return h.by_month(year, month, before=suffix in ("之前", "以前"))


def day_range(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    """10月1日至8日, 21日至23日 (in the said-on month): the range's last day, the next such day if no year is named."""
    month = _int(match.group("m2") or match.group("month") or str(said_on.month))
    day = _int(match.group("d2"))
    if month is None or day is None:
        return None
    if match.group("year"):
        year = _year(match)
    else:
        this_year = dates.safe_date(said_on.year, month, day)
        year = said_on.year if this_year is None or this_year >= said_on else said_on.year + 1
    if year is None:
        return None
    named = dates.safe_date(year, month, day)
    return None if named is None else (named, f"a range of days: its last day ({named.isoformat()})")


def five_year_plan(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    """“十五五”期间 / 末: the Nth five-year plan (from the third, 1966–1970, every five years) → its last year's end."""
    number = 10 + _ZH_DIGIT.index(match.group("n")) + 1
    first_year = 1966 + 5 * (number - 3)
    if match.groupdict().get("first"):  # (Round 13) 开局之年: the plan's first year
        return dates.year_end(first_year), f"the {number}th five-year plan begins in {first_year}: {first_year}-12-31"
    last_year = first_year + 4
    return dates.year_end(last_year), f"the {number}th five-year plan ends in {last_year}: {last_year}-12-31"


_ZH_DIGIT = "一二三四五六七八九"


def before_year(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    year = _year(match)
    return None if year is None else h.before_year(year)


def by_year(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    year = _year(match)
    return None if year is None else h.by_year(year)


def relative(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    """三年内, 十年以内, 三年后, 未来五年, 半年内, 一年半内, 六个月内, 两周内 — not 三年来 or 过去三年. 不出五年 and
    用不了两年 ("in less than N years") are "within N years"; 还会持续三到五年 ("will last N more years") is judged at
    its end, as "at least N more years" is."""
    lead, suffix, number = match.group("lead") or "", match.group("suffix") or "", match.group("num")
    before = match.string[max(0, match.start() - 2) : match.start()]
    # (Round 15) 12个月目标价: an analyst's price target is set for the span it names, counted from said-on.
    target = _A_PRICE_TARGET.match(match.string, match.end()) is not None
    if not (lead or suffix or target) or "过去" in before or before.endswith(("近", "这", "最近")):
        return None
    if number in ("数", "几", "若干", "多"):
        return h.vague(match.group(0))
    if not lead and suffix in ("后", "之后", "以后") and _AN_EVENT_BEFORE.search(before):
        return h.vague(match.group(0))  # 免税取消一年后, 开业三年后: counted from the event, not from said-on
    if _AFTER_AN_EVENT.search(match.string, max(0, match.start() - 5), match.start()):
        return h.vague(match.group(0))  # (Audit) 投产后两年内, 上市以后三年内: counted from the event too
    if not lead and _A_LENGTH_REACHED.search(match.string, max(0, match.start() - 4), match.start()):
        return None  # (Round 14) 审理周期降到90天以内, 工期缩短至两年内: a length the claim is about, not its time
    unit = {"年": "year", "个月": "month", "月": "month", "周": "week", "星期": "week", "个星期": "week"}.get(
        match.group("unit"), "day"
    )
    if match.group("unit") == "个季度":
        unit = "quarter"  # (Audit) 未来两个季度: three months a quarter
    if match.group("num2"):  # 两到三年, 三到五年: a range of horizons ends at its end
        number = match.group("num2")
    elif _APPROXIMATE.fullmatch(number) and (_int(number[0]) or 0) < (_int(number[1]) or 0):
        number = number[1]  # 两三年内, 一两年, 三五年: two neighbouring numerals are a range, not 23 or 35
    count = 1 if number == "半" else _int(number)
    if count is None or (unit == "year" and count > 200):
        return None  # 2030年后 is a year, not 2030 years
    return _after(said_on, count, unit, half=number == "半", and_a_half=bool(match.group("half")))


def _after(said_on: datetime.date, count: int, unit: str, *, half: bool, and_a_half: bool) -> Resolution | None:
    """said-on + ``count`` units; 半年 is six months, 一年半 eighteen, a quarter three months."""
    if half:
        count, unit = (6, "month") if unit == "year" else (count, unit)
    if and_a_half and unit == "year":
        count, unit = count * 12 + 6, "month"
    if unit == "quarter":
        count, unit = count * 3, "month"
    return h.after(said_on, count, unit)


_APPROXIMATE = re.compile(r"[一二两三四五六七八九]{2}")
_AFTER_AN_EVENT = re.compile(
    r"(?:投产|上市|开业|建成|通车|落地|实施|生效|开通|竣工|上线|成立|推出|发布|运营|启用)(?:后|之后|以后)$"
)
_A_PRICE_TARGET = re.compile(r"的?目标价")
# The verb of an event that "N years after" counts from (the two characters before the number).
_AN_EVENT_BEFORE = re.compile(
    r"(?:取消|实施|上市|开业|成立|推出|发布|落地|生效|开通|投产|建成|出台|毕业|退休|到期|启动|签约|加入|离开|到来|抵达|开园|开馆"
    r"|通车|竣工|开工|上线|退役|结婚|出生|入学|当选|就任|上任|开放|放开|实行)$"
)


# (Round 14) A verb bringing a length down to a value: the duration after it is that value (降到90天以内).
_A_LENGTH_REACHED = re.compile(r"(?:降|缩短|压缩|减少|缩减|下降|控制|压)(?:到|至|在)$")


COMPARED = "the year a claim is measured against"


def compared_year(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    """比今年, 较今年: this year's end (as 今年), under a rule that says it is a baseline, not a time."""
    return dates.year_end(said_on.year), f"{COMPARED} (比今年): not the claim's time"


def compared_period(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    """比一季度: that quarter's end (as 一季度), under the rule that says it is a baseline, not a time."""
    quarter = coming_quarter(match, said_on)
    return None if quarter is None else (quarter[0], f"{COMPARED} (比{match.group(0)}): not the claim's time")


def relative_needed(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    """至少还需要十年: the thing will not happen within N years → judged N years on (还需要三到五年: at the range's
    end)."""
    number = match.group("num2") or match.group("num")
    if _APPROXIMATE.fullmatch(number) and (_int(number[0]) or 0) < (_int(number[1]) or 0):
        number = number[1]  # (Round 12) 还需要七八年, 两三年: two neighbouring numerals are a range, not 78 or 23
    count = 1 if number == "半" else _int(number)
    if count is None or count > 200:
        return None
    unit = {"年": "year", "个季度": "quarter"}.get(match.group("unit"), "month")
    return _after(said_on, count, unit, half=number == "半", and_a_half=bool(match.group("half")))


def before_relative_year(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    """明年之前 / 后年以前: before that year, so the end of the year before it (as YEAR年之前)."""
    return h.before_year(_named_year(match, said_on) or said_on.year + 1)


def named_decade(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    """2030年代, 2020年代末: the decade's last day."""
    year = _year(match)
    if year is None or year % 10:
        return None
    day = dates.year_end(year + 9)
    return day, f"the {year}s: the decade's last day ({day.isoformat()})"


def past(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    return said_on - datetime.timedelta(days=1), "the past"


def new_years_day(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    """元旦 (前后 approximating): the next 1 January; 元旦前 the day before it."""
    day = datetime.date(said_on.year + 1, 1, 1)
    if match.group("before"):
        return day - datetime.timedelta(days=1), "the day before the next New Year's Day"
    return day, "the next New Year's Day (元旦)"


def two_years_named_together(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    """今明两年 (this year and next), 明后两年 (next year and the one after): judged at the end of the later one."""
    return h.next_year(said_on, 1 if match.group("pair") == "今明" else 2)


_NAMED_PERIODS = (
    dekad_of_month,
    this_weekend,
    travel_rush,
    within_this_century,
    weekday_of_week,
)  # resolvers of the grammar, by name
_PARTS = (half_of_this_year, not_until, part_of_year, range_of_parts)  # resolvers of the grammar, by name
GRAMMAR = rulebook.horizon_grammar("horizons_zh.toml", globals(), fragments={"ZH_NUMBER": ZH_NUMBER})
RULES = GRAMMAR.rules


# Parts of a year named without their year (上半年, 下半年, 年底, 全年, 三季度) belong to the year the sentence
# has just named: 明年GDP增速在4.5%左右，上半年压力会比较大，下半年逐步回升 — both halves of next year.
_BARE_PART = re.compile(r"^(?:在|到|至|于)?(?P<part>上半年|下半年|年底前?|年底之前|年末|全年|年内|第?[一二三四]季度)$")
_NAMES_A_YEAR = re.compile(GRAMMAR.expand("^(?:{LEAD})(?:{YEAR}年|(?P<rel>明年|后年|今年))"))


def named_year(horizon: Horizon, said_on: datetime.date) -> int | None:
    """The year a horizon names (明年 → said-on + 1, 2026年底前 → 2026), or None."""
    match = _NAMES_A_YEAR.match(horizon.words)
    if match is None or horizon.rule.startswith(COMPARED):
        return None
    return _named_year(match, said_on)


def reanchor(horizon: Horizon, year: int, said_on: datetime.date) -> Horizon | None:
    """The bare part of a year ``horizon`` read as a part of ``year``; None if it is not such a part (or if
    ``year`` is the said-on year, which it was read in already)."""
    match = _BARE_PART.match(horizon.words)
    if match is None or year == said_on.year:
        return None
    part = match.group("part")
    if part.endswith("季度"):
        resolution = h.by_quarter(year, QUARTERS[part[-3]])
    elif part == "上半年":
        resolution = h.mid_year(year)
    else:
        resolution = h.end_of_year(year)
    if resolution is None:
        return None
    return dataclasses.replace(horizon, resolve_on=resolution[0], rule=f"{resolution[1]} (the year the sentence names)")


# A named time followed by 起 / 开始 / 以后 / 之后 opens a period with no end (明年起, 从明年开始, 9月起, 2035年以后):
# no date to judge by — unless something runs up to it (要等到2028年以后, 用到2030年以后: that year's end).
# (Round 14) Not 起 starting a word: 明年起薪 (starting pay), 起售, 起点 (but 明年起价格 is "from next year, prices").
_OPEN_START = re.compile(r"(?:起(?![来步飞薪售点跑诉草])|开始|以后|之后)")
_NAMED_TIME = re.compile(r"(?:明年|后年|今年|(?:19|20)\d\d年|[0-9０-９]{1,2}月份?)$")
_OPENS_ITSELF = re.compile(r"(?:明年|后年|(?:19|20)\d\d年)(?:以后|之后)$")


def open_starts(text: str, horizons: list[Horizon]) -> list[Horizon]:
    """``horizons`` with those that open a period with no end made undated (and, round 12, those that only date a
    noun made weak: ``attributes_zh``)."""
    result = []
    for horizon in horizons:
        opens = (_OPEN_START.match(text, horizon.end) and _NAMED_TIME.search(horizon.words)) or _OPENS_ITSELF.search(
            horizon.words
        )
        runs_up = "到" in text[max(0, horizon.start - 2) : horizon.start] or "到" in horizon.words
        if opens and horizon.resolve_on is not None and not runs_up:
            horizon = dataclasses.replace(
                horizon, resolve_on=None, rule=f"“{horizon.words}” opens a period: no end to judge by"
            )
        result.append(horizon)
    return dating_a_noun(text, result)
