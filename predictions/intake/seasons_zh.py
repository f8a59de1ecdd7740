"""Chinese named periods whose end is a fixed day of the calendar: 本周末 (this weekend), 春运 (the Spring Festival
travel rush), 本世纪内 (within this century). Resolvers for ``rules/horizons_zh.toml``."""

from __future__ import annotations

import datetime
import re

from predictions.intake import dates
from predictions.intake.horizons import Resolution

# 春节 (the first day of the lunar year). 春运 runs 40 days, from 15 days before it to 24 days after it.
SPRING_FESTIVAL = {
    2022: datetime.date(2022, 2, 1),
    2023: datetime.date(2023, 1, 22),
    2024: datetime.date(2024, 2, 10),
    2025: datetime.date(2025, 1, 29),
    2026: datetime.date(2026, 2, 17),
    2027: datetime.date(2027, 2, 6),
    2028: datetime.date(2028, 1, 26),
    2029: datetime.date(2029, 2, 13),
    2030: datetime.date(2030, 2, 3),
}
_RUSH_AFTER = datetime.timedelta(days=24)


def this_weekend(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    """本周末, 这个周末: its Sunday (the said-on day when said on a Sunday)."""
    sunday = said_on + datetime.timedelta(days=6 - said_on.weekday())
    return sunday, f"this weekend: its Sunday ({sunday.isoformat()})"


_WEEKDAY = "一二三四五六日"


def weekday_of_week(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    """(Round 12) 下周四, 本周五, 下星期一: that day of the said-on week or the next (weeks start on Monday; 天 is 日);
    之前 makes it the day before, 前 does not (本周五前 is "by Friday": the README's 前 after a period is "by" its
    end, 之前 "before"). This week's day already gone is the past."""
    index = _WEEKDAY.index(match.group("wd").replace("天", "日"))
    weeks = 1 if match.group("which").startswith("下") else 0
    day = said_on - datetime.timedelta(days=said_on.weekday()) + datetime.timedelta(days=7 * weeks + index)
    if day < said_on:
        return said_on - datetime.timedelta(days=1), "the past"
    if match.group("before") == "之前":
        day_before = day - datetime.timedelta(days=1)
        return day_before, f"{match.group(0)}: the day before it ({day_before.isoformat()})"
    return day, f"{match.group(0)}: that day ({day.isoformat()})"


_DEKAD_DAY = {"上旬": 10, "中旬": 20}


def dekad_of_month(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    """(Audit) 下个月中旬, 本月上旬: the 10th / 20th / last day of that month (README); one gone by is the past."""
    first = said_on.replace(day=1)
    if match.group("which").startswith("下"):
        first = dates.add_months(first, 1)
    dekad = match.group("dekad")
    day = first.replace(day=_DEKAD_DAY[dekad]) if dekad in _DEKAD_DAY else dates.month_end(first.year, first.month)
    if day < said_on:
        return said_on - datetime.timedelta(days=1), "the past"
    return day, f"{dekad}: the {day.day}th of {first.year}-{first.month:02d}"


def travel_rush(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    """(今年)春运(期间): the last day of the next travel rush not yet over (明年春运: of the next year's); 2024年春运
    names its year, and one already over is the past."""
    if match.group("year"):
        festival = SPRING_FESTIVAL.get(int(match.group("year")))
        if festival is None:
            return None
        end = festival + _RUSH_AFTER
        if end < said_on:
            return said_on - datetime.timedelta(days=1), "the past"
        return end, f"春运 {festival.year}: its last day, 24 days after the Spring Festival ({end.isoformat()})"
    year = said_on.year + (1 if match.group(0).startswith("明年") else 0)
    for candidate in (year, year + 1):
        festival = SPRING_FESTIVAL.get(candidate)
        if festival is None:
            return None
        end = festival + _RUSH_AFTER
        if end >= said_on:
            return end, f"春运 {candidate}: its last day, 24 days after the Spring Festival ({end.isoformat()})"
    return None


def within_this_century(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    """本世纪内, 本世纪末, 本世纪结束前: the century's last day."""
    year = said_on.year - said_on.year % 100 + 99
    return dates.year_end(year), f"within this century: {year}-12-31"
