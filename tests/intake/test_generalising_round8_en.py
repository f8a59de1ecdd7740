"""Rules of issue 12's eighth round, English: kinds of forecasting language the batches h_ and i_ showed missing.

Each test is written in its own words, not copied from any corpus or held-out text (the last test checks it); each
kind has several phrasings and the look-alikes its rule must leave alone.
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


# --- date grammar --------------------------------------------------------------------------------------------
def test_a_span_of_months_ends_with_its_last_month() -> None:
    assert _dates("The agency said May to July would be drier than usual in the east.") == [datetime.date(2026, 7, 31)]
    assert _dates("The met service expects a hotter than average July-September period, its chief said.") == [
        datetime.date(2026, 9, 30)
    ]
    assert _dates("Between October and December, fuel bills will climb again, the regulator said.") == [
        datetime.date(2026, 12, 31)
    ]
    # A span that runs over the new year ends in the next year's month.
    assert _dates("Snowfall from November to February will be thin, she predicted.") == [datetime.date(2027, 2, 28)]
    # A span in the past is no horizon, and "may" the verb is no month.
    assert _found("Exports climbed from April to June last year.") == []
    assert _dates("Demand may to some extent recover in June, she said.") == [datetime.date(2026, 6, 30)]


def test_until_the_end_of_the_month_is_this_month() -> None:
    assert _dates("Prices will hold at this level until the end of the month, the co-op said.") == [
        datetime.date(2026, 3, 31)
    ]
    assert _dates("The dry spell should last till the end of the month.") == [datetime.date(2026, 3, 31)]


def test_the_rest_of_the_decade_runs_to_its_end() -> None:
    assert _dates("Demand for cooling will grow for the rest of the decade, the report says.") == [
        datetime.date(2029, 12, 31)
    ]
    assert _dates("I think rents keep climbing over the rest of this decade.") == [datetime.date(2029, 12, 31)]


def test_mid_year_is_the_middle_of_the_year_under_way() -> None:
    assert _dates("We expect the backlog to clear by mid-year.") == [datetime.date(2026, 6, 30)]
    assert _dates("Hiring should pick up by the middle of the year, he said.") == [datetime.date(2026, 6, 30)]
    # Said after June: the next year's middle.
    assert _dates("We expect the backlog to clear by mid-year.", datetime.date(2026, 9, 1)) == [
        datetime.date(2027, 6, 30)
    ]


def test_a_companys_year_named_by_its_last_month() -> None:
    assert _dates("The brewer now expects profit of about 40 million euros for the year to February.") == [
        datetime.date(2027, 2, 28)
    ]
    assert _dates("We expect sales to grow 3% in the financial year ending in March.") == [datetime.date(2026, 3, 31)]
    assert _dates("Margins will recover for the year to the end of August, the chain said.") == [
        datetime.date(2026, 8, 31)
    ]
    # A year already reported is the past.
    assert _found("Pre-tax profit for the year to January fell 6 percent.") == []


# --- the predictive present under a belief --------------------------------------------------------------------
def test_a_change_of_degree_or_a_run_that_goes_on_under_a_belief() -> None:
    assert _found('"I reckon the coast gets more storms than the models say," the skipper said.') == [
        "I reckon the coast gets more storms than the models say"
    ]
    assert _found('"I doubt the club gets any better without a new striker," he said.') == [
        "I doubt the club gets any better without a new striker"
    ]
    assert _found('"We think the index keeps climbing through the summer," she said.') == [
        "We think the index keeps climbing through the summer"
    ]
    assert _found('"I\'m sure the new ferry pays for itself inside six years," the mayor said.') == [
        "I'm sure the new ferry pays for itself inside six years"
    ]
    assert _found('"I think two of the smaller airlines exit the route by winter," the analyst said.') == [
        "I think two of the smaller airlines exit the route by winter"
    ]
    assert _found('"I believe the party holds the seat comfortably," the agent said.') == [
        "I believe the party holds the seat comfortably"
    ]
    # Without a belief, a date or a question the same present is a habit or a report.
    assert _found("The north gets more rain than the south.") == []
    assert _found("Every spring the river keeps rising for weeks.") == []
    assert _found("The scheme pays back its loans from ticket sales.") == []


def test_heat_is_an_outcome_only_as_heats_up() -> None:
    assert _found('"I think the housing market heats up again by the summer," she said.') == [
        "I think the housing market heats up again by the summer"
    ]
    # The noun, with a date, is no predictive present.
    assert _found("Licences for heat networks in the region are issued in April 2027.") == []


# --- a weak modal the speaker leans on ---------------------------------------------------------------------------
def test_a_weak_modal_leant_on_is_a_forecast_without_a_date() -> None:
    assert _found("The rookie might well finish ahead of her team-mate, the coach said.") == [
        "The rookie might well finish ahead of her team-mate, the coach said."
    ]
    assert _found("Wholesale gas could very well stay expensive, the trader said.") == [
        "Wholesale gas could very well stay expensive, the trader said."
    ]
    assert _found("The new bypass would probably pull lorries off the high street, the planner said.") == [
        "The new bypass would probably pull lorries off the high street, the planner said."
    ]
    # A bare "could" or "might" stays a hypothetical, a condition keeps it one, and "might well be right" is a
    # judgement of someone else.
    assert _found("The rookie might finish ahead of her team-mate, the coach said.") == []
    assert _found("If the rain holds off, the final would probably go the distance.") == []
    assert _found("The referee might well be right about that.") == []


# --- plans: a body's own acts, and one's own in more words ---------------------------------------------------
def test_a_bodys_own_act_is_its_plan() -> None:
    assert _found("The county council will cut bin collections from April, the authority confirmed.") == []
    assert _found("The group will not open any new stores this year.") == []
    assert _found("Ito said the company would move its assembly lines to Poland over the next year.") == []
    assert _found("The trust will stop printing its annual guide in 2027.") == []
    # Someone else's expectation of the body's decision is a forecast, and so is a general claim about "a firm".
    assert _found("Mira Olsen, an analyst at Fjordline Securities, expects the company will cut jobs next year.") == [
        "Mira Olsen, an analyst at Fjordline Securities, expects the company will cut jobs next year."
    ]
    assert _found("The consultant predicted that the museum will cut its opening hours by 2028.") == [
        "The consultant predicted that the museum will cut its opening hours by 2028."
    ]
    assert _found("I think the club will sell its best player before the deadline.") == [
        "I think the club will sell its best player before the deadline."
    ]
    assert _found("A firm will spend less on audits by 2030.") == ["A firm will spend less on audits by 2030."]


def test_ones_own_act_told_to_someone_or_quoted_is_a_plan() -> None:
    assert _found('The candidate told the Northern Echo she would "fight for every ward" before polling day.') == []
    assert _found('Abel said he would "step down" in June.') == []
    # What one expects to win is an outcome, not an act.
    assert _found("The candidate told the Northern Echo she would win by 3,000 votes.") == [
        "The candidate told the Northern Echo she would win by 3,000 votes."
    ]


def test_ones_own_plan_in_more_words() -> None:
    assert _found('"We at Harbourline will invest 2 billion pounds over the next four years," she said.') == []
    assert _found('"We\'ll be hiring another 40 engineers this year," he said.') == []
    assert _found('"We will switch on our new data centre in the autumn," the founder said.') == []
    assert _found('"We won\'t list the shares before 2028," the chairman said.') == []
    # What the books show stays an outcome.
    assert _found('"We at Harbourline will post a record profit this year," she said.') == [
        "We at Harbourline will post a record profit this year"
    ]


def test_more_likely_than_not_and_a_should_that_clears_a_figure() -> None:
    assert _found('The pollster, Ana Ruiz, said the Greens were "more likely than not" to win the ward.') == [
        'The pollster, Ana Ruiz, said the Greens were "more likely than not" to win the ward.'
    ]
    assert _found("Ruiz said turnout should comfortably exceed 40 percent.") == [
        "Ruiz said turnout should comfortably exceed 40 percent."
    ]
    assert _found('The chief financial officer said cash "should easily pass 2 billion euros" by the autumn.') == [
        'The chief financial officer said cash "should easily pass 2 billion euros" by the autumn.'
    ]
    # A body that should pass a measure is told what to do; a headline's bare phrase names no claim to take.
    assert _found("The assembly should pass the housing bill by May 12, the mayor said.") == []
    assert _found("Dry spring more likely than not for the east, agency says") == []


# --- forecasts recalled ---------------------------------------------------------------------------------------
def test_a_forecast_made_at_a_past_time_is_recalled() -> None:
    assert _found("The regulator's chief said last week she expected bills to fall by the spring.") == []
    assert _found("The mayor last year predicted the stadium would sell out every game.") == []
    assert _found("Two months ago the chairman warned that margins would shrink in 2027.") == []
    assert _found("The union said earlier this month that the dispute would drag on into 2027.") == []
    # Said now, with a past time inside the claim, it stays a forecast.
    assert _found("The regulator's chief said on Monday that bills, which rose last week, would fall by 2027.") == [
        "The regulator's chief said on Monday that bills, which rose last week, would fall by 2027."
    ]


# --- others expected to act; a change the speaker does not see coming -----------------------------------------
def test_others_expected_to_act_are_a_forecast_not_a_schedule() -> None:
    assert _dates('"I\'d expect two more lenders to announce branch closures by June," the analyst said.') == [
        datetime.date(2026, 6, 30)
    ]
    assert _found("Vance expects several rivals to launch cheaper plans this year.") == [
        "Vance expects several rivals to launch cheaper plans this year."
    ]
    # One's own announcement stays a schedule.
    assert _found('"We expect to announce the winners in May," she said.') == []


def test_a_change_the_speaker_does_not_see_coming() -> None:
    assert _found('"I don\'t see a big rise in fares," the minister said.') == ["I don't see a big rise in fares"]
    assert _found('"We do not see any slowdown before the summer," he said.') == [
        "We do not see any slowdown before the summer"
    ]
    # Seeing is not always a forecast.
    assert _found('"I don\'t see a big difference between the two plans," he said.') == []
    assert _found('"I don\'t see the harm in asking the council again," he said.') == []


# --- views nobody names ----------------------------------------------------------------------------------------
def test_a_group_placed_somewhere_or_polled_is_still_unnamed() -> None:
    assert _found("Some fishermen on the north coast fear the new quotas will empty the harbours.") == []
    assert _found("Growers in the Fenland valley say prices will climb next year.") == []
    assert _found("Analysts polled by a data firm expect revenue to fall about 3% this year.") == []
    # A firm names them, and so does a person.
    assert _found("Growers at Tollgate Farms expect prices to climb next year, said Hugh Marr.") == [
        "Growers at Tollgate Farms expect prices to climb next year, said Hugh Marr."
    ]
    assert _found("Hugh Marr, a grower in the Fenland valley, says prices will climb next year.") == [
        "Hugh Marr, a grower in the Fenland valley, says prices will climb next year."
    ]


# --- reported could and might -----------------------------------------------------------------------------------
def test_a_named_speakers_could_or_might_is_a_hedged_forecast() -> None:
    assert _found("Lena Brandt, the project's engineer, said the tunnel could open a year late.") == [
        "Lena Brandt, the project's engineer, said the tunnel could open a year late."
    ]
    assert _found("On present form, the coach said, the reserves might overtake the first team.") == [
        "the coach said, the reserves might overtake the first team."
    ]
    # Not what could have been, a condition, or a speaker nobody names.
    assert _found("Lena Brandt said the tunnel could have opened a year earlier.") == []
    assert _found("Lena Brandt said the tunnel could open early if the council finds more money.") == []
    assert _found("An engineer, who asked not to be named, said the tunnel could open a year late.") == []
    assert _found("Some of your colleagues on the committee have said the next step could be a freeze.") == []


# --- a dated answer to a reported question ----------------------------------------------------------------------
def test_a_dated_answer_to_a_reported_question_is_the_forecast() -> None:
    assert _dates('Asked when the bridge would reopen, the engineer said: "Not before June next year."') == [
        datetime.date(2027, 5, 31)
    ]
    assert _found(
        'Asked whether fares would fall, the minister said: "Probably by the autumn. We are working on it."'
    ) == ["Probably by the autumn."]
    # Only the first quoted words answer; the rest of the quote stands on its own.
    assert _found(
        'Asked when the bridge would reopen, she said: "Realistically, not before June. We are short of steel."'
    ) == ["Realistically, not before June."]


def test_what_a_crowd_has_been_told_is_nobodys_claim() -> None:
    assert _found("Everyone in this hall has been told that drones will deliver our parcels.") == []
    assert _found("People have been promised that fares will fall by 2027.") == []
    # The speaker's own claim about it stays.
    assert _found("Everyone has been told robots will take our jobs, but I think nurses will be fine.") == [
        "I think nurses will be fine."
    ]


def test_where_a_level_goes_asks_about_the_future() -> None:
    interview = "HOST: Ferry fares went up 9 percent last spring. Where do they go?\n\nGUEST: Flat, I would guess."
    assert _found(interview) == ["Flat, I would guess."]
    turn = "HOST: Your index stands at 412. Which way does it go?\n\nGUEST: Sideways for a while."
    assert _found(turn) == ["Sideways for a while."]
    # Where someone goes is no level.
    assert _found("HOST: Where does your crew go on holiday?\n\nGUEST: Portugal, mostly.") == []


def test_these_sentences_are_not_copied_from_the_corpus_or_the_batches() -> None:
    """No 40-character stretch of an English sentence above appears in a corpus or batch text."""
    assert [s for s in copied_from_labelled_texts(__file__, read_up_to="i", english=40) if s.isascii()] == []
