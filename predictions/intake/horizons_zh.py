"""The Chinese horizon grammar: 三年内, 未来十年, 2026年底前, 到2030年, 2035年之前, 明年, 今年上半年 ….

Numbers may be written in digits (full width too) or in Chinese numerals (三年, 十年, 二〇三〇年).
YEAR年前 means "by YEAR"; YEAR年之前 / 以前 mean "before YEAR"; N年前 with a small N is "N years
ago" and, like 去年 and 今年以来, marks the past.
"""

from __future__ import annotations

import dataclasses
import datetime
import re

from predictions.intake import dates
from predictions.intake import horizons as h
from predictions.intake.horizons import Horizon, HorizonRule, Resolution, Resolver
from predictions.intake.numbers import ZH_NUMBER, parse_chinese_number

# 2030, ２０３０ or 二〇三〇 / 二零三零.
YEAR = r"(?P<year>(?:19|20|21)\d\d|[１２][０-９]{3}|[一二][〇○零九][〇○零一二三四五六七八九]{2})"
MONTH = r"(?P<month>1[0-2]|0?[1-9]|[１][０-２]|[０-９]|十[一二]?|[一二三四五六七八九])"
DAY = (
    r"(?P<day>3[01]|[12]\d|0?[1-9]|[０-９]{1,2}"
    r"|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])"
)
# What may stand before a deadline year: 到2030年, 在2030年, 于2030年, 截至2030年 ….
LEAD = r"(?:到了?|至|在|于|截至|截止到?|直到)?"
# 年中 is "the middle of the year" only where a time word ends: 2026年年中，/ 年中前 — not 2030年中国, 今年中超.
NOT_MIDDLE = r"(?=前|之前|以前|时|左右|[，。、；]|$)"
_ANY_MONTH = MONTH.replace("?P<month>", "?:")
_MONTH_2 = MONTH.replace("?P<month>", "?P<m2>")
_ANY_DAY = DAY.replace("?P<day>", "?:")
_DAY_2 = DAY.replace("?P<day>", "?P<d2>")
QUARTERS = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def _rule(name: str, pattern: str, resolve: Resolver, *, weak: bool = False, gate: str | None = None) -> HorizonRule:
    """``gate``: characters every match of ``pattern`` contains (see ``HorizonRule.gate``)."""
    return HorizonRule(name, re.compile(pattern), resolve, weak, re.compile(gate) if gate else None)


def _int(text: str) -> int | None:
    value = parse_chinese_number(text)
    return None if value is None or value != int(value) else int(value)


def _year(match: re.Match[str]) -> int | None:
    return _int(match.group("year"))


def _named_year(match: re.Match[str], said_on: datetime.date) -> int | None:
    """The year of 2027年…, 今年…, 明年…."""
    if match.groupdict().get("year"):
        return _year(match)
    rel = match.groupdict().get("rel") or "今年"
    return said_on.year + {"今年": 0, "本年": 0, "明年": 1, "后年": 2}.get(rel, 0)


def full_date(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    year, month, day = _year(match), _int(match.group("month")), _int(match.group("day"))
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
    if named < said_on:
        return past(match, said_on)
    return named, f"the {day}th of the said-on month ({named.isoformat()})"


_DEKAD = {"上旬": 10, "中旬": 20}


def month_of_year(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    """8月底 → its last day, 8月上旬 / 中旬 → the 10th / 20th; 7月、8月 and 9月中旬至10月上旬 → the last one named; a
    month without a year is the next one (截至6月末, "as of", the last one)."""
    month = _int(match.group("month"))
    if month is None or not 1 <= month <= 12:
        return None
    if match.groupdict().get("year") or match.groupdict().get("rel"):
        year = _named_year(match, said_on)
    elif match.group(0).startswith(("截至", "截止")):
        year = said_on.year if month < said_on.month else said_on.year - 1
    else:
        year = said_on.year if month >= said_on.month else said_on.year + 1
    if year is None:
        return None
    suffix = match.group("suffix") or ""
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


def not_until(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    """最快也要到2027年, 最早也要到明年下半年: not before that period, so judged on the day before it begins."""
    year = _named_year(match, said_on)
    if year is None:
        return None
    part = match.group("part") or ""
    first_month = {"下半年": 7}.get(part, 1)
    if part.endswith("季度"):
        first_month = 3 * QUARTERS[part[-3]] - 2
    elif part.endswith("月"):
        first_month = _int(part.removesuffix("月")) or 1
    begins = datetime.date(year, first_month, 1)
    day = begins - datetime.timedelta(days=1)
    return day, f"not until {match.group(0)} at the earliest: the day before it begins ({day.isoformat()})"


def five_year_plan(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    """“十五五”期间 / 末: the Nth five-year plan (from the third, 1966–1970, every five years) → its last year's end."""
    number = 10 + _ZH_DIGIT.index(match.group("n")) + 1
    last_year = 1966 + 5 * (number - 3) + 4
    return dates.year_end(last_year), f"the {number}th five-year plan ends in {last_year}: {last_year}-12-31"


_ZH_DIGIT = "一二三四五六七八九"


def part_of_year(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    year = _named_year(match, said_on)
    if year is None:
        return None
    part = match.group("part")
    if part.endswith("季度"):
        return h.by_quarter(year, QUARTERS[part.removesuffix("季度").removeprefix("第")[-1]])
    if part in ("上半年", "年中", "中", "年年中"):
        return h.mid_year(year)
    return h.end_of_year(year)  # 下半年, 底, 末, 年底 …


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
    if not (lead or suffix) or "过去" in before or before.endswith(("近", "这", "最近")):
        return None
    if number in ("数", "几", "若干", "多"):
        return h.vague(match.group(0))
    unit = {"年": "year", "个月": "month", "月": "month", "周": "week", "星期": "week", "个星期": "week"}.get(
        match.group("unit"), "day"
    )
    if match.group("num2"):  # 两到三年, 三到五年: a range of horizons ends at its end
        number = match.group("num2")
    elif _APPROXIMATE.fullmatch(number) and (_int(number[0]) or 0) < (_int(number[1]) or 0):
        number = number[1]  # 两三年内, 一两年, 三五年: two neighbouring numerals are a range, not 23 or 35
    count = 1 if number == "半" else _int(number)
    if count is None or (unit == "year" and count > 200):
        return None  # 2030年后 is a year, not 2030 years
    if number == "半":
        unit, count = "month", 6
    if match.group("half"):
        count, unit = (count * 12 + 6, "month") if unit == "year" else (count, unit)
    return h.after(said_on, count, unit)


_APPROXIMATE = re.compile(r"[一二两三四五六七八九]{2}")


def relative_needed(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    """至少还需要十年: the thing will not happen within N years → judged N years on."""
    count = _int(match.group("num"))
    if count is None or count > 200:
        return None
    return h.after(said_on, count, "year" if match.group("unit") == "年" else "month")


def past(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    return said_on - datetime.timedelta(days=1), "the past"


RULES: tuple[HorizonRule, ...] = (
    _rule("full date", rf"{LEAD}{YEAR}年{MONTH}月{DAY}[日号](?P<suffix>之前|以前|前)?", full_date),
    _rule(
        "a day of a month",
        rf"{LEAD}(?<![年0-9０-９]){MONTH}月{DAY}[日号](?P<suffix>之前|以前|前)?(?!(?:至|到|—|－|-|～|~)[0-9０-９一二三四五六七八九十])",
        day_of_month,
        gate="月",
    ),
    _rule(
        "a day of this month",
        # A lead or a suffix makes it a time ("可能于24日前后登陆"); "刘海燕26日表示" dates the saying.
        r"(?<![月0-9０-９一二三四五六七八九十])(?:于|在|到|至|(?=(?:3[01]|[12]\d|0?[1-9])[日号](?:前后|左右)))"
        r"(?P<day>3[01]|[12]\d|0?[1-9])[日号](?:前后|左右|前|之前)?",
        day_of_this_month,
        gate="[日号]",
    ),
    _rule(
        "month",
        rf"{LEAD}(?:{YEAR}年|(?P<rel>今年|明年|后年))?(?:{_ANY_MONTH}月?份?(?:上旬|中旬|下旬|初|底)?(?:至|到|—|－|-|～|、|和))*"
        rf"{MONTH}月份?(?P<suffix>底前|底之前|底以前|底|末|前|之前|以前|中旬|下旬|上旬)?(?![0-9０-９一二三四五六七八九十]+[日号])",
        month_of_year,
        gate="月",
    ),
    _rule(
        "a range of days",
        rf"(?:(?P<year>(?:19|20|21)\d\d)年)?(?:{MONTH}月)?{_ANY_DAY}[日号]?(?:至|到|—|－|-|～|~)(?:{_MONTH_2}月)?{_DAY_2}[日号]",
        day_range,
        gate="[日号]",
    ),
    _rule(
        "not until, at the earliest",
        rf"(?:最快|最早)也?(?:要|得)?等?到(?:{YEAR}年|(?P<rel>明年|后年|今年))(?P<part>上半年|下半年|第?[一二三四]季度"
        rf"|{_ANY_MONTH}月)?",
        not_until,
        gate="最快|最早",
    ),
    _rule(
        "a five-year plan",
        r"“?十(?P<n>[一二三四五六七八九])五”?(?:规划)?(?:期间|末|末期|时期|收官之年|收官)",
        five_year_plan,
        gate="五",
    ),
    _rule(
        "part of a year",
        rf"{LEAD}(?:{YEAR}年|(?P<rel>今年|明年|后年|本年))的?(?P<part>上半年|下半年|第?[一二三四1-4]季度|年底|年末|底|末|年中"
        rf"|中{NOT_MIDDLE})(?:前|之前|以前)?",
        part_of_year,
    ),
    _rule("before a year", rf"{YEAR}年(?:之前|以前)", before_year),
    # "Only after YEAR" / 要等到YEAR年以后: not by the end of YEAR, judged then.
    _rule("after a year", rf"{LEAD}{YEAR}年(?:之后|以后|后)(?![0-9０-９一二两三四五六七八九十])", by_year),
    _rule(
        "at least N more years",
        rf"(?:至少)?还?(?:需要|要)(?P<lead>)(?P<num>{ZH_NUMBER})(?P<unit>年|个月)(?P<half>)(?P<suffix>(?:左右|时间)?)",
        lambda match, said_on: relative_needed(match, said_on),
    ),
    _rule("the whole year", r"全年", lambda match, said_on: h.this_year(said_on), weak=True),
    _rule(
        "a quarter",
        r"(?<![年0-9０-９])(?P<part>第?[一二三四]季度)(?:末|底)?(?:前|之前|以前)?",
        lambda match, said_on: h.by_quarter(
            said_on.year + (QUARTERS[match.group("part")[-3]] < 1 + (said_on.month - 1) // 3),
            QUARTERS[match.group("part")[-3]],
        ),
    ),
    _rule("a year", rf"{LEAD}{YEAR}年(?:前)?(?![代度])", by_year),
    _rule(
        "N units",
        rf"(?P<lead>未来|今后|接下来的?|此后|往后|再过|在未来的?|不出|用不了|用不着|持续)?(?P<num>{ZH_NUMBER}|半|数|几|若干)"
        rf"(?:(?:到|至|—|－|-|～|~|或)(?P<num2>{ZH_NUMBER}))?(?P<unit>年|个月|个星期|星期|周|天)(?P<half>半)?"
        r"(?P<suffix>以内|之内|内|之后|以后|后|时间内|时间里|里)?(?![来前])",
        relative,
        gate="[年月周天]|星期",
    ),
    _rule(
        "this year",
        r"今年(?:年底|年末|底)?(?:(?:前|之前)(?![0-9０-９一二两三四五六七八九十])|以内|内)?(?!以来)|年内|本年度|年底前|年底之前"
        r"|到年底|年底",
        lambda match, said_on: h.this_year(said_on),
    ),
    _rule("next year", r"明年(?:年底|年末|底)?(?:前|之前)?", lambda match, said_on: h.next_year(said_on)),
    # 今明两年 (this year and next), 明后两年 (next year and the one after): judged at the end of the later one.
    _rule(
        "two years named together",
        r"(?P<pair>今明|明后)两年",
        lambda match, said_on: h.next_year(said_on, 1 if match.group("pair") == "今明" else 2),
        gate="两年",
    ),
    _rule("the year after next", r"后年", lambda match, said_on: h.next_year(said_on, 2)),
    _rule(
        "a half of this year",
        r"(?P<part>上半年|下半年)",
        lambda match, said_on: h.mid_year(said_on.year) if match.group("part") == "上半年" else h.this_year(said_on),
    ),
    _rule("next month", r"下个?月(?:底|末)?(?:前|之前)?", lambda match, said_on: h.next_month(said_on)),
    _rule(
        "this month",
        r"本月(?:底|末)?(?:前)?|这个月|(?<![0-9０-９一二三四五六七八九十年])月(?:底|末)(?:前)?",
        lambda match, said_on: h.this_month(said_on),
    ),
    _rule("next quarter", r"下个?季度", lambda match, said_on: h.this_quarter(said_on, 1)),
    _rule("this quarter", r"本季度|这个季度", lambda match, said_on: h.this_quarter(said_on)),
    _rule(
        "end of the decade",
        r"本十年末|这个十年(?:结束|末)|本个十年末|这十年结束前",
        lambda match, said_on: h.end_of_decade(said_on),
    ),
    _rule("end of the century", r"本世纪末", lambda match, said_on: h.end_of_century(said_on)),
    _rule(
        "middle of the century",
        r"本世纪中叶|本世纪中期|21世纪中叶|二十一世纪中叶",
        lambda match, said_on: h.mid_century(said_on),
    ),
    _rule(
        "no checkable date",
        r"未来(?![0-9０-９一二两三四五六七八九十几数半]|[的]?[0-9０-９一二两三四五六七八九十几数])|将来|早晚|迟早|总有一天|有朝一日|不久的将来|不久后|很快|短期内|长期来看"
        r"|从长远来看|长远来看|终将|终有一天",
        lambda match, said_on: h.vague(match.group(0)),
    ),
    _rule(
        "the past",
        rf"去年|前年|上个月|(?:(?<=[，。、：；\s于在从自至到截])|^)上月|今年以来|年初以来|此前|{_ANY_MONTH}月(?:份)?以来"
        rf"|前(?:{ZH_NUMBER})个?月|过去(?:的)?(?:{ZH_NUMBER}|几|数)?(?:个)?(?:年|月|周)|(?:{ZH_NUMBER}|几|数)(?:个)?(?:年|月)(?:前|来)",
        past,
        gate="前|来|去年|上个?月|过去",
    ),
)


# Parts of a year named without their year (上半年, 下半年, 年底, 全年, 三季度) belong to the year the sentence
# has just named: 明年GDP增速在4.5%左右，上半年压力会比较大，下半年逐步回升 — both halves of next year.
_BARE_PART = re.compile(r"^(?:在|到|至|于)?(?P<part>上半年|下半年|年底前?|年底之前|年末|全年|年内|第?[一二三四]季度)$")
_NAMES_A_YEAR = re.compile(rf"^(?:{LEAD})(?:{YEAR}年|(?P<rel>明年|后年|今年))")


def named_year(horizon: Horizon, said_on: datetime.date) -> int | None:
    """The year a horizon names (明年 → said-on + 1, 2026年底前 → 2026), or None."""
    match = _NAMES_A_YEAR.match(horizon.words)
    if match is None:
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
