"""Calendar arithmetic for horizons. Pure functions on ``datetime.date``.

The rules are the ones the labelled corpus uses (docs/decisions.md, issue 12):
N years later is the same calendar day (29 February becomes 28 February), N months
later clamps the day to the month's end, and a named year, half, quarter or month
resolves to its last day.
"""

from __future__ import annotations

import calendar
import datetime


def month_end(year: int, month: int) -> datetime.date:
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


def year_end(year: int) -> datetime.date:
    return datetime.date(year, 12, 31)


def quarter_end(year: int, quarter: int) -> datetime.date:
    return month_end(year, quarter * 3)


def quarter_of(day: datetime.date) -> int:
    return (day.month - 1) // 3 + 1


def add_months(day: datetime.date, months: int) -> datetime.date:
    """The same day ``months`` later, clamped to the end of a shorter month (31 Jan + 1 month → 28/29 Feb)."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    return datetime.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def add_years(day: datetime.date, years: int) -> datetime.date:
    """The same calendar day ``years`` later; 29 February becomes 28 February in a common year."""
    return add_months(day, 12 * years)


def add_days(day: datetime.date, days: int) -> datetime.date:
    return day + datetime.timedelta(days=days)


def decade_end(day: datetime.date) -> datetime.date:
    """The last day of the year ending in 9 of ``day``'s decade (the 2020s end on 2029-12-31)."""
    return year_end(day.year - day.year % 10 + 9)


def next_month_end(day: datetime.date) -> datetime.date:
    following = add_months(day.replace(day=1), 1)
    return month_end(following.year, following.month)


def safe_date(year: int, month: int, day: int) -> datetime.date | None:
    """A real calendar date, or None for 31 April and the like (and years outside 1..9999)."""
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None
