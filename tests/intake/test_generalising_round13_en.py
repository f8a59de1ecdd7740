"""Rules of the thirteenth round, English: forms the batches t_ … w_ (four hands) showed missing.

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


# --- the predictive present of any verb under a belief ------------------------------------------------------------
def test_any_verb_of_event_in_the_present_after_a_belief_is_a_forecast() -> None:
    assert _found("I think the old theatre outlasts every multiplex in town.") != []
    assert _found("I believe the ferry company swallows the extra fuel cost.") != []
    assert _found("We suspect the league expands to twenty clubs.") != []
    assert _found("I think we absorb the price rise without losing customers.") != []
    assert _found("I honestly don't think the tram ever turns a profit.") != []
    # "that" as the subject, not the word that opens the clause.
    assert _found("Once the new mill opens, I'm sure that changes.") != []
    assert _found("I'm confident that the harbour scheme pays for itself.") != []


def test_a_belief_named_as_a_noun_frames_the_present_after_it() -> None:
    assert _found("My read is the coalition survives the budget vote.") != []
    assert _found("Our view: the recovery arrives, only later than the council hopes.") != []
    assert _found("My gut says the striker scores twenty goals.") != []
    assert _found("On our central estimate, the reservoir refills before the summer of 2027.") != []


def test_confidence_with_a_degree_before_it_frames_the_claim() -> None:
    quotes = _found("I'm roughly 70 per cent confident we finish the tunnel on time.")
    assert quotes != []
    assert (
        find_forecasts("I'm roughly 70 per cent confident we finish the tunnel on time.", language="en", said_on=SAID)[
            0
        ].probability
        == 0.7
    )


def test_states_habits_and_the_past_under_a_belief_stay_out() -> None:
    assert _found("I think she lives near the harbour.") == []
    assert _found("I believe the survey shows a real shift in attitudes.") == []
    assert _found("I think that makes sense for a small club.") == []
    assert _found("I think we did well last season.") == []
    assert _found("I think the costs are too high for most families.") == []
    assert _found("My view is the report deserves a wider audience.") == []


def test_a_belief_before_a_quotation_does_not_turn_the_attribution_or_its_tail_into_claims() -> None:
    text = "“I really believe we'll win there,” Okonjo told journalists at the ground, two days before the final."
    assert _found(text) == ["I really believe we'll win there"]
    assert len(_found("“I'd say we win it, and the crowd goes home happy,” said the coach, Dan Pieters.")) <= 2


# --- the predictive present framed by a stretch ahead, a hedge, or a date with a figure ----------------------------
def test_the_present_over_a_stretch_ahead_is_a_forecast() -> None:
    assert _found("The county's pupil numbers fall for at least another three years.") != []
    assert _found("From here the shortage only gets worse.") != []
    assert _found("Farm incomes stay squeezed for the rest of the decade.") != []
    assert _found("The rebound widens from here, in our view.") != []


def test_a_hedge_before_a_present_verb_is_a_forecast() -> None:
    assert _found("The first commercial reactor probably arrives in 2034 or 2035.") != []
    assert _found("The new coach almost certainly keeps the captaincy with Ruiz.") != []
    # "likely" before a noun is an adjective, and a hedge before a state is no forecast.
    assert _found("A poll of 600 likely voters by a local firm found a narrow lead.") == []
    assert _found("She probably knows the answer already.") == []


def test_a_present_verb_with_a_date_ahead_and_a_figure_is_a_forecast() -> None:
    assert _found("Wholesale gas crosses below 30 euros in the second quarter of next year.") != []
    assert _found("The index clears 6,000 points before the end of 2027, on our numbers.") != []


def test_timetables_and_own_plans_in_the_present_stay_out() -> None:
    assert _found("The new library opens next year.") == []
    assert _found("The consultation closes on 14 May.") == []
    assert _found("The festival runs until Sunday, 12 July.") == []
    assert _found("The tram line starts carrying riders on 2 September.") == []
    assert _found("The rule on short lets takes effect in July 2027.") == []
    assert _found("We connect the first 250 homes in October.") == []
    assert _found("Next week we head back to the glacier to measure it again.") == []


# --- short answers ----------------------------------------------------------------------------------------------------
def test_a_verbless_answer_hedged_at_its_end_answers_a_question_about_the_future() -> None:
    text = "HOST: Will there be any snow left on the ridge by 2035?\n\nGUEST: A few drifts, maybe."
    assert _found(text, datetime.date(2026, 5, 1)) == ["A few drifts, maybe."]
    text = "HOST: Copper is at 9,000. Where's it heading?\n\nGUEST: Higher, mostly. Supply is tight."
    assert _found(text)[:1] == ["Higher, mostly."]
    text = "Q: What are the odds the tunnel comes in under budget?\n\nA: Better than even, in my view."
    assert _found(text) == ["Better than even, in my view."]
    # Not after a question about the listener's own plans, nor without a question.
    assert _found("HOST: Will you open a shop in Leeds?\n\nGUEST: Next spring, maybe.") == []
    assert _found("GUEST: A few drifts, maybe.") == []


def test_whether_an_outcome_is_reached_is_no_question_of_plans() -> None:
    text = "HOST: The target is 90 per cent by June. Will you hit it?\n\nGUEST: No. We fall short by a point or two."
    assert _found(text)[:1] == ["No."]
    text = "HOST: So will we meet the emissions goal by 2030?\n\nGUEST: Probably not."
    assert _found(text) == ["Probably not."]
    # Deciding is a plan: "Will you raise prices?" is not asked about what will happen.
    assert _found("HOST: Will you raise prices in the autumn?\n\nGUEST: No.") == []


def test_a_bare_answer_keeps_the_verbless_emphasis_after_it() -> None:
    text = "HOST: Will the council sell the pier before 2028?\n\nGUEST: No. No way."
    assert _found(text) == ["No. No way."]
    text = "HOST: Will the pound recover this year?\n\nGUEST: Yes. Absolutely."
    assert _found(text) == ["Yes. Absolutely."]
    # A claim with its own verb stays a candidate of its own.
    text = "HOST: Will rents rise this year?\n\nGUEST: Yes. They will rise by about 4 per cent."
    assert _found(text) == ["Yes.", "They will rise by about 4 per cent."]


# --- views nobody names ---------------------------------------------------------------------------------------------
def test_a_quantified_group_names_nobody_however_its_verb_is_built() -> None:
    assert _found("Several nurses we talked to believe the ward will close by Easter.") == []
    assert _found("Some delegates at the summit warned that talks would collapse before June.") == []
    assert _found("A few of the brokers here reckon rates will fall twice this year.") == []
    assert _found("Many landlords in the city have been betting that rents will keep rising next year.") == []
    assert _found("Several strategists on the panel have predicted a recession in 2027.") == []
    assert _found("Most traders in the pit privately put the odds of a cut at one in three.") == []
    assert _found("Viewers write in every week saying the show will be axed next year.") == []
    assert _found("You'll hear people say that the canal will never reopen.") == []
    assert _found("Bookies make the visitors 5-2 favourites to win the cup.") == []


def test_named_speakers_and_the_speakers_own_words_stay_in() -> None:
    assert _found("Harlow Bank's economists expect two cuts this year.") != []
    assert _found("Some of this will change, but I expect rents to rise 4 per cent next year.") != []
    assert _found("Most weeks are quiet, and we expect the summer to be busier than last year.") != []


# --- forecasts recalled ---------------------------------------------------------------------------------------------
def test_a_forecast_recalled_with_its_past_time_first_is_no_forecast_now() -> None:
    assert _found("In 2012 I went on local radio and told listeners that the mine would close by 2030.") == []
    assert _found("In a 2018 article he wrote that the city would run out of water by 2040.") == []
    assert _found("An earlier study in 2020 predicted a surge in cycling that never came.") == []
    assert _found("In October, the manager predicted a promotion push.") == []


def test_a_time_ahead_or_a_forecast_made_now_stays_in() -> None:
    assert _found("In 2031, I expect the mine to close.") != []
    assert _found("In March the council will probably raise parking fees by 10 per cent, the leader predicted.") != []


# --- not copied ------------------------------------------------------------------------------------------------------
def test_no_sentence_here_is_copied_from_a_labelled_text() -> None:
    assert [s for s in copied_from_labelled_texts(__file__, read_up_to="w", english=40) if s.isascii()] == []
