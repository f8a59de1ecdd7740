"""Rules of the eleventh round, English: forms the unseen batches n_ and o_ showed missing or misdated.

Each test is written in its own words, not copied from any corpus or held-out text (the last test checks it); each
form has several phrasings and the look-alikes its rule must leave alone.
"""

from __future__ import annotations

import datetime

from predictions.intake import find_forecasts
from predictions.intake.probabilities import find_probability
from tests.intake.helpers import copied_from_labelled_texts

SAID = datetime.date(2026, 3, 10)


def _found(text: str, said_on: datetime.date = SAID) -> list[str]:
    return [c.quote for c in find_forecasts(text, language="en", said_on=said_on)]


def _dates(text: str, said_on: datetime.date = SAID) -> list[datetime.date | None]:
    return [c.resolve_on for c in find_forecasts(text, language="en", said_on=said_on)]


# --- a company's year -----------------------------------------------------------------------------------------
def test_a_year_ending_in_a_named_month_is_that_month_not_the_calendar_year_end() -> None:
    assert _dates("The chain expects sales to pass 4 billion in the fiscal year ending March 2027.") == [
        datetime.date(2027, 3, 31)
    ]
    assert _dates("Orders will grow 8 per cent for the financial year ending in January 2027, she said.") == [
        datetime.date(2027, 1, 31)
    ]
    # "Year end" on its own is still the calendar's.
    assert _dates("Margins will recover by year end, the brewer said.") == [datetime.date(2026, 12, 31)]
    assert _dates("The lender expects the year-end figure to come in near 6 percent.") == [datetime.date(2026, 12, 31)]


def test_its_own_year_to_a_month_is_the_next_such_month() -> None:
    assert _dates("The group expects to open 40 stores in its financial year to June.") == [datetime.date(2026, 6, 30)]
    assert _dates("The miners will ship more ore in their fiscal year to September, he predicted.") == [
        datetime.date(2026, 9, 30)
    ]
    # "In our year to August" of the past is no forecast.
    assert _found("We opened 12 stores in our financial year to August 2025.") == []


# --- odds as a split of a hundred -------------------------------------------------------------------------------
def test_a_split_put_or_said_is_the_speakers_odds() -> None:
    assert find_probability("I'd put it at seventy-thirty that the toll is scrapped.", language="en") == 0.7
    assert find_probability("Honestly, I'd put it at 55-45 for the challenger.", language="en") == 0.55
    assert find_probability("I'd say eighty-twenty.", language="en") == 0.8
    assert find_probability("It's 60/40 that the pier reopens in May.", language="en") == 0.6
    # Scores, votes and shares split in two are not odds.
    assert find_probability("The hosts led 60-40 at the break.", language="en") is None
    assert find_probability("The council voted 30-20 for the scheme.", language="en") is None
    assert find_probability("It's a 50-year-old bridge.", language="en") is None
    assert find_probability("The board is split 60/40 on the merger.", language="en") is None


def test_a_percentage_set_off_beside_its_chance_word() -> None:
    text = "There is a fair chance, I'd say 35 per cent, that the ferry line folds before winter."
    assert find_probability(text, language="en") == 0.35
    assert find_probability("The risk — maybe 10 percent — is that the dam leaks.", language="en") == 0.1
    # A percentage of something else after a chance word is not its value.
    assert find_probability("Given the chance, 40 percent of members would quit.", language="en") is None


# --- "should" after an aside ------------------------------------------------------------------------------------
def test_should_after_an_aside_is_no_inverted_condition() -> None:
    assert _found("Ticket sales, however, should climb by the autumn of 2027.") == [
        "Ticket sales, however, should climb by the autumn of 2027."
    ]
    assert _dates("Bus fares, by contrast, should start easing before the end of the year.") == [
        datetime.date(2026, 12, 31)
    ]
    assert _found("Rents, on the other hand, should stay flat until 2028.") == [
        "Rents, on the other hand, should stay flat until 2028."
    ]
    # An inverted condition is still one, and a prescription after an aside is still a wish.
    assert _found("Should the bridge reopen by June, trade will pick up, the mayor said.") == []
    assert _found("We should, in my view, act before June.") == []


# --- a verbless tail that dates an undated claim ------------------------------------------------------------------
def test_a_tail_with_a_date_finishes_a_claim_that_had_none() -> None:
    assert _found("Relief may come, but not this year.") == ["Relief may come, but not this year."]
    assert _found("Cheaper flights will return, but not before 2028.") == [
        "Cheaper flights will return, but not before 2028."
    ]
    assert _dates("The index will recover, and probably by June.") == [datetime.date(2026, 6, 30)]
    # After a claim with its own date, a tail with another date is a second claim.
    assert _found("Tolls will rise in 2027, but not in 2028.") == ["Tolls will rise in 2027", "not in 2028."]
    assert _found("Output will be 2.1% in 2026 and 1.9% in 2027.") == ["Output will be 2.1% in 2026", "1.9% in 2027."]


# --- a plan judged by another, a forecast verb as a participle ----------------------------------------------------
def test_whether_a_target_or_pledge_is_met_is_a_forecast_of_its_outcome() -> None:
    text = "The lobby group told the council that the city's pledge of 2.5 million trees by 2030 will be missed."
    assert _dates(text) == [datetime.date(2030, 12, 31)]
    assert _found("The pledge to halve waiting lists by 2028 is unlikely to be met, the auditors said.") == [
        "The pledge to halve waiting lists by 2028 is unlikely to be met, the auditors said."
    ]
    # The plan itself is still a plan.
    assert _found("We have pledged to cut bus fares by 2027.") == []
    assert _found("The mayor promised to finish the tram line by 2029.") == []


def test_a_forecasting_participle_with_its_figure() -> None:
    text = "The retailer lifted its dividend, forecasting pre-tax profit of £410 million for 2027."
    assert _dates(text) == [datetime.date(2027, 12, 31)]
    assert _found("Shares rose after the miner reported, projecting output at 90 million tonnes in 2027.") != []
    # A forecaster's trade or a projector is no forecast.
    assert _found("Storm forecasting at 2 km scale started in 2018.") == []
    assert _found("Kenya's weather forecasting service opened an office in 2021.") == []


# --- a forecast already due: "by now" ------------------------------------------------------------------------------
def test_a_forecast_whose_time_is_by_now_is_recalled() -> None:
    assert _found("Two winters ago you predicted the ferry would be running at a loss by now.") == []
    assert _found("You said the rally would fizzle by now.") == []
    assert _found("She reckoned the clinic would have closed by now.") == []
    # A forecast beside "by now" in another clause is still one.
    assert _dates("Fares will rise by June, as they do by now every spring.") == [datetime.date(2026, 6, 30)]


# --- a body's own calendar ------------------------------------------------------------------------------------------
def test_a_bodys_own_reporting_date_fleet_and_shipments_are_schedules() -> None:
    assert _found("The port operator will report annual results on 12 September.") == []
    assert _found("The bank will report interim figures in late July.") == []
    assert _found("The bus company will add 40 hybrid buses to its fleet by 2027.") == []
    assert _found("She said the plant would begin mass production in the third quarter.") == []
    # Someone else's view of the outcome is still a forecast.
    assert _dates("I expect the fleet to shrink by a fifth by 2028.") == [datetime.date(2028, 12, 31)]


def test_a_weekday_after_an_irregular_past_of_forecasting_is_the_report_day() -> None:
    text = "The trade body forecast on Monday that tablet sales would slip 6 percent in 2027."
    assert _dates(text) == [datetime.date(2027, 12, 31)]
    text = "The lobby foresaw on Thursday that ferry traffic would double by 2030."
    assert _dates(text) == [datetime.date(2030, 12, 31)]
    # A weekday ahead is still one: 10 March 2026 is a Tuesday, the next Friday the 13th.
    assert _dates("The walkout will fizzle out on Friday, the union forecast.") == [datetime.date(2026, 3, 13)]


def test_a_named_body_forecasting_in_a_speakers_turn_is_reported() -> None:
    def kinds(turn: str) -> list[str | None]:
        text = f"HOST: What about the canals?\n\nMORLAND: {turn}"
        return [c.kind for c in find_forecasts(text, language="en", said_on=SAID)]

    assert kinds("The Canal Trust expects at least three locks to shut by August.") == ["reported"]
    assert kinds("Ofwat predicts two more firms will miss their targets in 2027.") == ["reported"]
    # The speaker's own forecast stays direct.
    assert kinds("I expect at least three locks to shut by August.") == ["direct"]
    assert kinds("We expect at least three locks to shut by August.") == ["direct"]


def test_these_sentences_are_not_copied_from_the_corpus_or_the_batches() -> None:
    """No 40-character stretch of an English sentence above appears in a corpus or batch text."""
    assert [s for s in copied_from_labelled_texts(__file__, read_up_to="o", english=40) if s.isascii()] == []
