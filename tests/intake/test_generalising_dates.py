"""Date rules added in issue 12's third round, in English: a quarter named by its last month, "for at least N
years", a weekday, a year a forecast is compared with, a range of horizons, a half without its year, Christmas,
and a number put on the claim just made."""

from __future__ import annotations

import datetime

import pytest

from predictions.intake import find_forecasts
from tests.intake import helpers

SAID = datetime.date(2025, 6, 12)  # a Thursday


@pytest.mark.parametrize(
    ("text", "resolve_on"),
    [
        ("We expect spodumene to average $1,100 a tonne in the December quarter.", "2025-12-31"),
        ("We expect volumes to recover by the March quarter.", "2026-03-31"),
        ("House prices won't get back to their peak for at least four years.", "2029-06-12"),
        ("The forecaster said there was a 60% chance of heavy rain on Saturday.", "2025-06-14"),
        ("I think the deal will be signed by Monday.", "2025-06-16"),
        ("The county will have 9 percent fewer pupils by 2030 than it did in 2024.", "2030-12-31"),
        ("Margins will recover within two to three years.", "2028-06-12"),
        ("I think the market turns in a year or two.", "2027-06-12"),
        ("Rents will keep rising over the next three or four years.", "2029-06-12"),
        ("We expect a rebound in H2.", "2025-12-31"),
        ("I think the strike will be over by Christmas.", "2025-12-25"),
        ("The deal will not close before Christmas.", "2025-12-24"),
    ],
)
def test_dates_said_the_way_news_and_companies_say_them(text: str, resolve_on: str) -> None:
    assert helpers.only(text, "en", SAID).resolve_on == datetime.date.fromisoformat(resolve_on)


def test_a_weekday_after_a_verb_of_saying_dates_the_saying_not_the_forecast() -> None:
    candidate = helpers.only("Prices will rise, the chief executive said on Monday.", "en", SAID)
    assert candidate.resolve_on is None


def test_a_number_put_on_the_claim_just_made_takes_its_date() -> None:
    text = "Inflation will be back at 2 percent by the end of next year. I would put the odds of that at 60 percent."
    candidates = find_forecasts(text, language="en", said_on=SAID)
    assert [(c.probability, c.resolve_on) for c in candidates] == [
        (None, datetime.date(2026, 12, 31)),
        (0.6, datetime.date(2026, 12, 31)),
    ]
