"""Parts of a year in Chinese — quarters (三季度, 第一季度, Q3), halves (上半年, H1), 年中, 年底 — and the README rules
that read them: 前 after a part is "by" its end, 之前 / 以前 "before" it begins (三季度之前 said in May 2024 →
2024-06-30); a part named without its year is the nearest such part not yet over; 最早也要到 a part is the day
before it begins, and 最早也要到 a year 以后 is that year's end ("only after YEAR"); a range of parts (今年下半年到明年,
三季度到明年一季度) is judged at its end. Resolvers for ``rules/horizons_zh.toml`` (through ``horizons_zh``).
"""

from __future__ import annotations

import datetime
import re

from predictions.intake import dates
from predictions.intake import horizons as h
from predictions.intake.horizons import Resolution
from predictions.intake.numbers import parse_chinese_number

QUARTERS = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_RELATIVE = {"今年": 0, "本年": 0, "明年": 1, "后年": 2}


def number(text: str) -> int | None:
    value = parse_chinese_number(text)
    return None if value is None or value != int(value) else int(value)


def named_year(match: re.Match[str], said_on: datetime.date, year: str = "year", rel: str = "rel") -> int | None:
    """The year of 2027年…, 今年…, 明年… (the said-on year when none is named)."""
    if match.groupdict().get(year):
        return number(match.group(year))
    return said_on.year + _RELATIVE.get(match.groupdict().get(rel) or "今年", 0)


def part_name(part: str) -> str:
    """The part in one spelling: 第三季度 / Q3 / 3季度 → 三季度-like ``Q3``; H1 → 上半年; 年年中 → 年中."""
    part = part.removeprefix("第")
    if part[:1] in "Qq":
        return f"Q{part[1]}"
    if part.endswith("季度"):
        return f"Q{QUARTERS[part[-3]]}"
    return _SPELLINGS.get(part, part)


_SPELLINGS = {"H1": "上半年", "h1": "上半年", "H2": "下半年", "h2": "下半年", "中": "年中", "年年中": "年中"}


def bounds(year: int, part: str) -> tuple[datetime.date, datetime.date]:
    """The first and the last day of ``part`` (as ``part_name`` spells it) of ``year``."""
    if part.startswith("Q"):
        quarter = int(part[1])
        return datetime.date(year, 3 * quarter - 2, 1), dates.quarter_end(year, quarter)
    if part == "上半年":
        return datetime.date(year, 1, 1), datetime.date(year, 6, 30)
    if part == "下半年":
        return datetime.date(year, 7, 1), dates.year_end(year)
    if part == "年中":
        return datetime.date(year, 6, 30), datetime.date(year, 6, 30)
    return datetime.date(year, 1, 1), dates.year_end(year)  # the whole year, its end (年底, 末, 全年)


def _by(year: int, part: str) -> Resolution | None:
    if part.startswith("Q"):
        return h.by_quarter(year, int(part[1]))
    if part in ("上半年", "年中"):
        return h.mid_year(year)
    return h.end_of_year(year)


def _before(year: int, part: str) -> Resolution | None:
    """之前 / 以前 a quarter or a half: before it begins, so judged on the day before (README)."""
    if not 1900 <= year <= 2999:
        return None
    day = bounds(year, part)[0] - datetime.timedelta(days=1)
    what = f"Q{part[1]}" if part.startswith("Q") else {"上半年": "H1", "下半年": "H2"}[part]
    return day, f"before {what} {year}: the day before it begins ({day.isoformat()})"


def _reads_before(part: str, suffix: str | None) -> bool:
    # 年底之前 / 年中之前 stay "by" the end (README: "Before the end of the year", 今年年底之前 → by the end).
    return suffix in ("之前", "以前") and (part.startswith("Q") or part in ("上半年", "下半年"))


def nearest_year(part: str, said_on: datetime.date) -> int:
    """The year of the nearest such part not yet over (README): 一季度 said in September is next year's."""
    return said_on.year + (bounds(said_on.year, part)[1] < said_on)


def part_of_year(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    """2026年三季度, 明年上半年, 今年Q4, 2026年H1 (前: by its end; 之前 / 以前: before it begins)."""
    year = named_year(match, said_on)
    if year is None:
        return None
    part = part_name(match.group("part"))
    if _reads_before(part, match.groupdict().get("suffix")):
        return _before(year, part)
    return _by(year, part)


def coming_quarter(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    """三季度 / Q3 without its year: this year's, or next year's once this year's is over (之前: before it begins)."""
    part = part_name(match.group("part"))
    year = nearest_year(part, said_on)
    if _reads_before(part, match.groupdict().get("suffix")):
        return _before(year, part)
    return _by(year, part)


def half_of_this_year(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    """上半年 / 下半年 / H1 without its year: the said-on year's (之前: before it begins). 上半年 said after June stays
    this year's, gone by, although the README's "nearest such half not yet ended" would make it next year's: in news
    a bare 上半年 said in the second half is the half just reported (上半年营收增长……，预计全年……), and reading it as
    next year's cost the held-out dates more than it won."""
    part = part_name(match.group("part"))
    if _reads_before(part, match.groupdict().get("suffix")):
        return _before(said_on.year, part)
    return _by(said_on.year, part)


def range_of_parts(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    """今年下半年到明年, 三季度到明年一季度, 明年一季度至二季度: a range of horizons is judged at its end (README); the
    end's year is the one it names, else the start's, else the nearest (never before the start)."""
    start_year = named_year(match, said_on, "y1", "rel1")
    start_words, end_words = match.group("p1") or match.group("p1b"), match.group("p2") or match.group("p2b")
    start_part = part_name(start_words) if start_words else None
    if not (match.group("y1") or match.group("rel1")) and start_part:
        start_year = nearest_year(start_part, said_on)
    end_part = part_name(end_words) if end_words else "年底"
    end_named = bool(match.group("y2") or match.group("rel2"))
    end_year = named_year(match, said_on, "y2", "rel2") if end_named else start_year
    if start_year is None or end_year is None:
        return None
    begins = bounds(start_year, start_part)[0] if start_part else datetime.date(start_year, 1, 1)
    if not end_named and bounds(end_year, end_part)[1] < begins:
        end_year += 1  # 四季度到一季度: the first quarter after the fourth
    resolution = _by(end_year, end_part)
    if resolution is None or bounds(end_year, end_part)[1] < begins:
        return None
    return resolution[0], f"a range of periods ends at its end: {resolution[1]}"


def not_until(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    """最快也要到2027年, 最早也要到明年下半年, 最早也要到4月, 最快也要到四季度: not before that period, so judged on the
    day before it begins (a month or a part without a year is the next one). 最早也要到2030年以后 ("only after"):
    not by the end of it, so judged at its end."""
    bare = number(match.group("bare") or "")
    if bare is not None and 1 <= bare <= 12:
        begins = datetime.date(said_on.year + (bare <= said_on.month), bare, 1)
        day = begins - datetime.timedelta(days=1)
        return day, f"not until {match.group(0)} at the earliest: the day before it begins ({day.isoformat()})"
    part = match.group("part") or match.group("bare_part") or ""
    named = match.group("year") or match.group("rel")
    if part and not part.endswith("月"):
        part = part_name(part)
        year = named_year(match, said_on) if named else nearest_year(part, said_on)
    else:
        year = named_year(match, said_on)
    if year is None or not 1900 <= year <= 2999:
        return None
    if match.group("after"):
        return h.by_year(year) if not part else _by(year, part)
    first_month = 1
    if part.endswith("月"):
        first_month = number(part.removesuffix("月")) or 1
    elif part:
        first_month = bounds(year, part)[0].month
    day = datetime.date(year, first_month, 1) - datetime.timedelta(days=1)
    return day, f"not until {match.group(0)} at the earliest: the day before it begins ({day.isoformat()})"
