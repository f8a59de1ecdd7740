"""Rules of the twelfth round, dates and probabilities: the resolve-on dates and stated odds of candidates already
found, in both languages, where the batches p_ to s_ showed them missing or misread.

Each test is written in its own words, not copied from any corpus or held-out text (the last test checks it); each
form has several phrasings and the look-alikes its rule must leave alone. None of these rules changes which clauses
are candidates: only their dates and probabilities.
"""

from __future__ import annotations

import datetime

from predictions.intake import find_forecasts
from tests.intake.helpers import copied_from_labelled_texts

SAID = datetime.date(2026, 5, 13)  # a Wednesday


def _dates(text: str, said_on: datetime.date = SAID, language: str = "en") -> list[datetime.date | None]:
    return [c.resolve_on for c in find_forecasts(text, language=language, said_on=said_on)]


def _quotes(text: str, said_on: datetime.date = SAID, language: str = "en") -> list[str]:
    return [c.quote for c in find_forecasts(text, language=language, said_on=said_on)]


# --- English: a month named alone ----------------------------------------------------------------------------------
def test_a_month_named_alone_dates_the_forecast_it_is_the_subject_or_a_modifier_of() -> None:
    assert _dates("The weather bureau said October would probably be dry across the plains.") == [
        datetime.date(2026, 10, 31)
    ]
    assert _dates("Economists at Harbourline Bank put the odds of a September hike at 35 percent.") == [
        datetime.date(2026, 9, 30)
    ]
    assert _dates("We would expect the January tariff to land roughly 3 percent higher, she told the panel.") == [
        datetime.date(2027, 1, 31)
    ]
    assert _dates("Analysts think the incumbent will lose November's runoff in the capital.") == [
        datetime.date(2026, 11, 30)
    ]
    # Its part, as the grammar reads it: "mid-" is the 20th, "early" the 10th.
    assert _dates("The ministry thinks a mid-July heatwave is likely to strain the grid.") == [
        datetime.date(2026, 7, 20)
    ]


def test_a_month_named_alone_gives_way_to_the_clauses_own_time_and_to_names() -> None:
    # A time the grammar reads wins: "by 2028" is the claim's, "June" only describes the plan.
    assert _dates("The June plan will cut emissions by a fifth by 2028, the minister said.") == [
        datetime.date(2028, 12, 31)
    ]
    # People, not months.
    assert _dates("Theresa May will not return to the front bench, her allies said.") == [None]
    assert _dates("Our analyst April Okafor expects prices to keep rising.") == [None]
    # A month gone by is no date for the claim.
    assert _dates("Since March the pound has weakened, and it will weaken further, the bank said.") == [None]
    # And a month alone never makes a sentence a forecast.
    assert _quotes("The August figures showed a rise in rents.") == []


# --- English: a weekday after a verb of expecting ------------------------------------------------------------------
def test_a_weekday_after_expect_or_would_is_the_next_such_day() -> None:
    assert _dates("The forecaster expects the storm to reach the coast on Saturday.") == [datetime.date(2026, 5, 16)]
    assert _dates("We expect about half the flights to leave on Friday, the airline said.") == [
        datetime.date(2026, 5, 15)
    ]
    assert _dates("The operator said a skeleton service would run on Monday.") == [datetime.date(2026, 5, 18)]
    # The day something was said stays the day it was said.
    assert _dates("The agency said on Tuesday that it expects demand to cool.") == [None]


# --- English: a decade named ---------------------------------------------------------------------------------------
def test_a_decade_named_is_judged_at_its_end() -> None:
    assert _dates("Droughts will be more frequent in the 2040s, the panel warned.") == [datetime.date(2049, 12, 31)]
    assert _dates("Electric trucks will be the norm by the 2030s, she predicted.") == [datetime.date(2039, 12, 31)]
    assert _dates("Coal will be gone before the 2040s, he said.") == [datetime.date(2039, 12, 31)]
    # Its early, middle or late part names no date the rules give, nor does the decade alone.
    assert _dates("Demand will peak in the late 2030s, the group said.") == [None]
    assert _dates("The 2050s will be warmer still, the modellers said.") == [None]


# --- English: a record counted back --------------------------------------------------------------------------------
def test_a_record_in_at_least_n_years_looks_back_whatever_the_tense() -> None:
    assert _dates("The wheat crop will be the smallest in at least fifteen years, the farmers' union said.") == [None]
    assert _dates("Turnout is likely to be the lowest in at least two decades, the pollster said.") == [None]
    # Without a record it is still a horizon, even after a sentence that had one.
    assert _dates("Output will be the lowest in at least a decade. The mill will close in at least two years.") == [
        None,
        datetime.date(2028, 5, 13),
    ]


def test_nothing_here_is_copied_from_a_labelled_text() -> None:
    assert [s for s in copied_from_labelled_texts(__file__, read_up_to="s", english=40) if True] == []
