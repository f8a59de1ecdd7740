"""Rules of the twelfth round, English: kinds of sentence the batches p_ … s_ showed missed or wrongly offered, kept
only where they are plain grammar or recur across hands.

Each test is written in its own words, not copied from any corpus or held-out text (the last test checks it); each
form has several phrasings and the look-alikes its rule must leave alone.
"""

from __future__ import annotations

import datetime

from predictions.intake import find_forecasts
from tests.intake.helpers import copied_from_labelled_texts

SAID = datetime.date(2026, 3, 10)


def _found(text: str, said_on: datetime.date = SAID) -> list[str]:
    return [c.quote for c in find_forecasts(text, language="en", said_on=said_on)]


def _dates(text: str, said_on: datetime.date = SAID) -> list[datetime.date | None]:
    return [c.resolve_on for c in find_forecasts(text, language="en", said_on=said_on)]


# --- the base a change is measured from --------------------------------------------------------------------------
def test_a_past_base_after_up_from_or_down_on_does_not_date_the_claim_in_the_past() -> None:
    assert _found("The broker told me the average rent would climb to £1,400, up from £1,310 last year.") == [
        "The broker told me the average rent would climb to £1,400, up from £1,310 last year."
    ]
    assert _dates("I think April and May come in soft, maybe 4 percent down on last year.") == [
        datetime.date(2026, 5, 31)
    ]
    assert _dates("The growers' union forecast a crop of 2.1 million tonnes this year, down 9% from 2024.") == [
        datetime.date(2026, 12, 31)
    ]
    assert _found("She said the bridge would carry more traffic than last year.") == [
        "She said the bridge would carry more traffic than last year."
    ]
    # A past time that is the claim's own time is still the past.
    assert _found("He said last year that the bridge would carry more traffic.") == []
    assert _found("In 2024 the growers forecast a crop of 2.1 million tonnes.") == []


# --- where a figure gets to, under a belief -----------------------------------------------------------------------
def test_the_predictive_present_of_getting_to_a_figure_under_a_belief() -> None:
    assert _found("I think we get to 300 members, maybe a few more.") == [
        "I think we get to 300 members, maybe a few more."
    ]
    assert _found("I don't think turnout gets past 60 percent by then.") == [
        "I don't think turnout gets past 60 percent by then."
    ]
    assert _found("I reckon the quarter comes in flat.") == ["I reckon the quarter comes in flat."]
    assert _found("I suspect the harvest comes in below the five-year average.") == [
        "I suspect the harvest comes in below the five-year average."
    ]
    # Without a belief it is a habit or a report, and "get to" a place or an act is no figure.
    assert _found("Most months come in flat at this store.") == []
    assert _found("I think we get to the station by bus.") == []
    assert _found("I think you get to choose your seat.") == []


# --- hedges that only look like conditions --------------------------------------------------------------------------
def test_putting_a_number_on_it_is_a_hedge_not_a_condition() -> None:
    assert _found("Now, if I had to put a number on it, the odds are 30 percent that the pier reopens in July.") == [
        "Now, if I had to put a number on it, the odds are 30 percent that the pier reopens in July."
    ]
    assert _found("If I had to put a figure on it, the levy raises £5 million by 2028.") == [
        "If I had to put a figure on it, the levy raises £5 million by 2028."
    ]
    # A real condition still makes a hypothetical.
    assert _found("If the council puts a cap on it, rents will fall by 2028.") == []


def test_whether_or_not_concedes_and_asks_nothing() -> None:
    assert _found("The new toll will be blamed for the jams whether or not it causes them.") == [
        "The new toll will be blamed for the jams whether or not it causes them."
    ]
    assert _found("Prices will rise in May, whether the mill reopens or not.") == [
        "Prices will rise in May, whether the mill reopens or not."
    ]
    # An embedded question stays one.
    assert _found("Nobody knows whether the ferry will run next summer.") == []
    assert _found("She would not say whether the plant will close in 2027.") == []


# --- a turn reached, a run not ended, what is on its way ----------------------------------------------------------
def test_a_turn_already_reached_is_a_forecast_when_hedged_or_believed() -> None:
    assert _found("I think the worst of the slump is behind us.") == ["I think the worst of the slump is behind us."]
    assert _found("We believe rents have bottomed out.") == ["We believe rents have bottomed out."]
    assert _found("Coal use has probably peaked, the minister said.") == [
        "Coal use has probably peaked, the minister said."
    ]
    # Said flatly, or of someone in the past, it reports what has happened.
    assert _found("The worst of the flooding is over.") == []
    assert _found("Inflation has peaked, the figures show.") == []
    assert _found("He said the team had turned the corner.") == []


def test_a_run_nearly_over_is_still_to_end() -> None:
    assert _found("The storm season is nearly over for the islands.") == [
        "The storm season is nearly over for the islands."
    ]
    assert _found("The squeeze on margins is all but over, she said.") == [
        "The squeeze on margins is all but over, she said."
    ]
    # Of the past, or over a thing, it is no claim.
    assert _found("The meeting was nearly over when the alarm rang.") == []


def test_what_is_coming_or_not_going_away() -> None:
    assert _found("A levy on sugar is coming.") == ["A levy on sugar is coming."]
    assert _found("Cheaper solar is definitely coming, says the engineer.") == [
        "Cheaper solar is definitely coming, says the engineer."
    ]
    assert _found("Paper tickets aren't going away.") == ["Paper tickets aren't going away."]
    # A person's visit, a trend now, a decision of one's own, a question.
    assert _found("She is coming to the launch on Friday.") == []
    assert _found("Prices are coming down fast.") == []
    assert _found("We're not going anywhere.") == []
    assert _found("Are you coming?") == []
    # ("Supermarket bosses say" names nobody.)
    assert _found("Bank bosses say a wave of branch closures is coming.") == []


# --- acts and outcomes ---------------------------------------------------------------------------------------------
def test_a_body_s_act_said_by_the_body_itself_is_its_plan() -> None:
    assert _found("Brightwell Foods will close its Leeds bakery by June, the company said on Monday.") == []
    assert _found("Castor & Finch will cut 300 jobs at its Hull site next year, the company said in a statement.") == []
    assert _found("Ms Hale said the union would ballot members again next month.") == []
    # Its books, a figure it comes to, a hedge, or someone else's outcome stay forecasts.
    assert _found("Castor & Finch will post a record profit next year, the company said.") == [
        "Castor & Finch will post a record profit next year, the company said."
    ]
    assert _found("Castor & Finch will probably cut 300 jobs next year, the company said.") == [
        "Castor & Finch will probably cut 300 jobs next year, the company said."
    ]
    assert _found("Sales at Castor & Finch will fall 5 percent next year, the company said.") == [
        "Sales at Castor & Finch will fall 5 percent next year, the company said."
    ]
    assert _found("Ms Hale said the union would win the ballot next month.") == [
        "Ms Hale said the union would win the ballot next month."
    ]
    assert _found("Container rates will drift lower through 2027, the shipping company said.") == [
        "Container rates will drift lower through 2027, the shipping company said."
    ]


def test_a_volume_customers_decide_is_an_outcome_not_an_act() -> None:
    assert _found("We'll carry about 12 million passengers next year.") == [
        "We'll carry about 12 million passengers next year."
    ]
    assert _found("We're going to sell more than 400,000 bikes in 2027.") == [
        "We're going to sell more than 400,000 bikes in 2027."
    ]
    # A count of what one decides to do is still a plan.
    assert _found("We will hire about 200 engineers next year.") == []
    assert _found("We will open more than 40 stores in 2027.") == []


def test_an_outcome_believed_at_an_event_is_no_schedule() -> None:
    assert _found("I think we'll reach the semi-finals at a major tournament before 2030.") == [
        "I think we'll reach the semi-finals at a major tournament before 2030."
    ]
    assert _found("We will score at the derby.") == ["We will score at the derby."]
    # Taking part is the schedule.
    assert _found("We will play at the tournament in 2027.") == []


def test_holding_a_seat_is_an_outcome_holding_a_rally_a_schedule() -> None:
    assert _found("The challenger said the poll was wrong and that her party would hold the seat in May.") == [
        "The challenger said the poll was wrong and that her party would hold the seat in May."
    ]
    assert _found("He said the leaders would hold their lead until the final lap.") == [
        "He said the leaders would hold their lead until the final lap."
    ]
    assert _found("The party will hold a rally in Leeds in May.") == []


# --- headlines --------------------------------------------------------------------------------------------------
def test_a_headline_s_sees_after_a_first_verb_and_the_wire_s_seen() -> None:
    assert _dates("Lakeside brewer cuts jobs, sees beer sales flat next year") == [datetime.date(2027, 12, 31)]
    assert _found("Barley harvest seen at record high after dry summer") == [
        "Barley harvest seen at record high after dry summer"
    ]
    assert _found("Oil seen rising as supply tightens") == ["Oil seen rising as supply tightens"]
    # Seen by someone, or seen as something, is no forecast.
    assert _found("Missing walker last seen near the summit") == []
    assert _found("Striker seen as the favourite for the award") == []


# --- plans, schedules, hearsay and what one does not claim ---------------------------------------------------------
def test_our_own_body_s_act_is_a_plan() -> None:
    assert _found("Our cooperative will build a new dairy in Ludlow next year.") == []
    assert _found("Our little school will close its doors in July.") == []
    assert _found("Our team will win the league in May.") == ["Our team will win the league in May."]


def test_a_broadcast_is_a_schedule() -> None:
    assert _found("The final will be shown live on Channel 4.") == []
    assert _found("The concert will be televised on Sunday.") == []
    assert _found("The final will draw a record audience, the broadcaster predicts.") == [
        "The final will draw a record audience, the broadcaster predicts."
    ]


def test_hearsay_with_no_source_names_nobody() -> None:
    assert _found("There are rumours the club will sell its stadium next year.") == []
    assert _found("There is talk that the mill will close by 2027.") == []
    # A chance is no hearsay.
    assert _found("There is a strong chance the mill will close by 2027.") == [
        "There is a strong chance the mill will close by 2027."
    ]


def test_scepticism_disclaimers_and_the_guest_s_own_words_put_back() -> None:
    assert _found("I'll believe it when I see it.") == []
    assert _found("We are not saying prices will fall.") == []
    assert _found("You've said the port will close by 2030.") == []
    assert _found("You have argued that rents will fall next year.") == []


def test_must_with_a_deadline_is_an_obligation() -> None:
    assert _found("She said the grant must reach schools by September.") == []
    assert _found("The minister said councils must publish plans by May.") == []
    # "Should" of an impersonal subject still expects.
    assert _found("Costs should ease by the autumn of 2027, she said.") == [
        "Costs should ease by the autumn of 2027, she said."
    ]


def test_a_claim_the_next_words_call_a_promise_or_a_decision_is_an_undertaking() -> None:
    assert _found("Tolls will stay at £3 until 2028; that is a decision this board has taken.") == []
    assert _found("Bus fares will stay at £1 through 2027. That's a promise, not a prediction.") == []
    assert _found("Fares will fall in 2027, and that is a promise from this council.") == []
    # Called a forecast, or followed by anything else, it stays one.
    assert _found("Bus fares will stay at £1 through 2027. That is what the model says.") == [
        "Bus fares will stay at £1 through 2027."
    ]


def test_should_see_a_change_is_an_expectation() -> None:
    assert _found("With the new ward open, we should see waiting lists fall by a fifth next year.") == [
        "With the new ward open, we should see waiting lists fall by a fifth next year."
    ]
    assert _found("You should see prices ease by the summer of 2027.") == [
        "You should see prices ease by the summer of 2027."
    ]
    # Seeing a doctor, seeing to it, seeing what happens: no change foreseen.
    assert _found("You should see a doctor before May.") == []
    assert _found("Councils should see that rents fall by 2027.") == []
    assert _found("We should see what the council decides in June.") == []


# --- one claim said twice ----------------------------------------------------------------------------------------
def test_a_claim_repeated_with_only_a_manner_is_one_claim() -> None:
    assert _found("We will win, and we will win well.") == ["We will win, and we will win well."]
    assert _found("Bond yields will fall, and they will fall sharply.") == [
        "Bond yields will fall, and they will fall sharply."
    ]
    # A new object or a new time is a second claim.
    assert _found("We will win in May, and we will win the city outright.") == [
        "We will win in May",
        "we will win the city outright.",
    ]


def test_these_sentences_are_not_copied_from_the_corpus_or_the_batches() -> None:
    """No 40-character stretch of an English sentence above appears in a corpus or batch text."""
    assert [s for s in copied_from_labelled_texts(__file__, read_up_to="s", english=40) if s.isascii()] == []
