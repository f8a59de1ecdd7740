"""Calendar arithmetic of the horizon rules: same calendar day N years on, month ends, quarters, decades."""

from __future__ import annotations

import calendar
import datetime

from hypothesis import given
from hypothesis import strategies as st

from predictions.intake import dates, find_forecasts


def test_years_later_keep_the_calendar_day_and_29_february_becomes_28() -> None:
    assert dates.add_years(datetime.date(2024, 5, 30), 3) == datetime.date(2027, 5, 30)
    assert dates.add_years(datetime.date(2024, 2, 29), 1) == datetime.date(2025, 2, 28)
    assert dates.add_years(datetime.date(2024, 2, 29), 4) == datetime.date(2028, 2, 29)


def test_months_later_clamp_to_the_end_of_a_shorter_month() -> None:
    assert dates.add_months(datetime.date(2025, 1, 31), 1) == datetime.date(2025, 2, 28)
    assert dates.add_months(datetime.date(2024, 1, 31), 1) == datetime.date(2024, 2, 29)
    assert dates.add_months(datetime.date(2025, 6, 3), 18) == datetime.date(2026, 12, 3)


def test_quarter_decade_and_next_month_ends() -> None:
    assert dates.quarter_end(2026, 3) == datetime.date(2026, 9, 30)
    assert dates.decade_end(datetime.date(2024, 5, 30)) == datetime.date(2029, 12, 31)
    assert dates.decade_end(datetime.date(2030, 1, 1)) == datetime.date(2039, 12, 31)
    assert dates.next_month_end(datetime.date(2024, 12, 15)) == datetime.date(2025, 1, 31)


@given(
    day=st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2500, 12, 31)), years=st.integers(1, 300)
)
def test_any_number_of_years_lands_on_the_same_month_and_day_or_28_february(day: datetime.date, years: int) -> None:
    later = dates.add_years(day, years)
    assert later.year == day.year + years
    if (day.month, day.day) == (2, 29) and not calendar.isleap(later.year):
        assert (later.month, later.day) == (2, 28)
    else:
        assert (later.month, later.day) == (day.month, day.day)


@given(
    day=st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2500, 12, 31)),
    months=st.integers(1, 1200),
)
def test_any_number_of_months_is_the_same_day_or_the_month_end(day: datetime.date, months: int) -> None:
    later = dates.add_months(day, months)
    assert (later.year * 12 + later.month) - (day.year * 12 + day.month) == months
    assert later.day == min(day.day, calendar.monthrange(later.year, later.month)[1])


def test_a_said_on_date_at_the_end_of_the_calendar_gives_no_date_not_an_error() -> None:
    # "next year" said on 9999-12-31 would be year 10000: the horizon is read, its date is none.
    found = find_forecasts("Prices will rise next year.", language="en", said_on=datetime.date(9999, 12, 31))
    assert [(c.quote, c.resolve_on) for c in found] == [("Prices will rise next year.", None)]
    found = find_forecasts("明年物价将上涨。", language="zh-Hans", said_on=datetime.date(9999, 12, 31))
    assert [c.resolve_on for c in found] == [None]
