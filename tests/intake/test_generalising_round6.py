"""Rules of issue 12's sixth round: kinds of forecasting language the batch f_ (and c_, d_, e_) showed missing.

Each test is written in its own words, not copied from any corpus or held-out text.
"""

from __future__ import annotations

import datetime

from predictions.intake import find_forecasts

SAID = datetime.date(2026, 3, 10)  # a Tuesday


def _dates(text: str, language: str, said_on: datetime.date = SAID) -> list[datetime.date | None]:
    return [c.resolve_on for c in find_forecasts(text, language=language, said_on=said_on)]


def test_before_a_quarter_is_the_end_of_the_quarter_before_it() -> None:
    text = "We do not expect freight orders to recover before the third quarter."
    assert _dates(text, "en") == [datetime.date(2026, 6, 30)]
    assert _dates("Orders will not pick up before the first quarter of 2027.", "en") == [datetime.date(2026, 12, 31)]
    # "In" and "by the end of" a quarter keep its own last day.
    assert _dates("Orders will pick up in the third quarter.", "en") == [datetime.date(2026, 9, 30)]
    assert _dates("Orders will pick up by the end of the third quarter.", "en") == [datetime.date(2026, 9, 30)]


def test_a_range_of_years_or_of_months_ends_at_its_end() -> None:
    assert _dates("The ferry link will probably open in 2028 or 2029.", "en") == [datetime.date(2029, 12, 31)]
    took = "Analysts think it will take 9 to 15 months to refill the reservoirs."
    assert _dates(took, "en") == [datetime.date(2027, 6, 10)]
    # What took time in the past is no horizon.
    assert find_forecasts("It took 15 months to refill the reservoirs.", language="en", said_on=SAID) == []


def test_this_month_and_a_weekday_that_disruption_runs_into() -> None:
    assert _dates("I'd put the chance of a ceasefire this month at 20 percent.", "en") == [datetime.date(2026, 3, 31)]
    assert _dates("Queues at the border will run into Sunday, the port said.", "en") == [datetime.date(2026, 3, 15)]
