"""Rules of issue 12's tenth round, English: forms (kinds of sentence) the batches l_ and m_ showed, read in general.

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


# --- a predicate that reaches ahead without a modal ---------------------------------------------------------------
def test_a_run_said_not_to_be_over_is_a_forecast() -> None:
    for text in (
        "The housing downturn isn't over, says a lender in Cork.",
        "Our chief economist warned the board the squeeze on margins is far from over.",
        "This heatwave is not yet over.",
        "Cheap flights are here to stay, the airline's founder says.",
        "Copper has further to climb.",
        "The sell-off in bank shares has a long way to go, in my view.",
        "There's plenty more to come from this squad.",
        "The worst of the flooding is yet to come.",
        "Those factory jobs are never coming back.",
    ):
        assert _found(text) == [text], text


def test_what_has_ended_or_is_decided_is_no_forecast() -> None:
    assert _found("The worst of the storm is over.") == []
    assert _found("The strike is over and the buses are running.") == []
    assert _found("The kite is not over the fence yet.") == []
    assert _found("We're not going back to the old timetable.") == []


def test_its_date_stays_with_the_sentence() -> None:
    assert _dates("The drought in the south is not over, and it should last into June at the least.") != []
    assert _dates("Rents have further to fall this year.") == [datetime.date(2026, 12, 31)]


# --- the speaker's belief over a time still to come, in the present tense -------------------------------------------
def test_a_believed_present_of_a_time_ahead_is_a_forecast() -> None:
    assert _found("We believe the tunnel carries its first freight trains in 2029.") == [
        "We believe the tunnel carries its first freight trains in 2029."
    ]
    assert _dates("I think the orchard is back in full crop by next season.") != []
    assert _found("I do think the harbour wins that contract.") == ["I do think the harbour wins that contract."]
    assert _found("I think the autumn ends up a little below the spring.") == [
        "I think the autumn ends up a little below the spring."
    ]


def test_a_belief_of_the_present_or_the_past_stays_out() -> None:
    assert _found("I think my neighbour works in Leeds.") == []
    assert _found("I think we did rather well in 2025.") == []
    assert _found("I think the bakery ended up with too much bread.") == []


# --- a refusal in the progressive is an act, not a forecast ------------------------------------------------------
def test_a_refusal_in_the_progressive_is_an_act() -> None:
    assert _found("We will not be lifting the council tax.") == []
    assert _found("We won't be selling the stadium, full stop.") == []
    assert _found("I won't be standing for a second term.") == []


def test_an_outcome_or_a_belief_in_the_progressive_stays_a_forecast() -> None:
    assert _found("We will not be promoted this season.") == ["We will not be promoted this season."]
    assert _found("We won't be seeing profits this year.") != []
    assert _found("I doubt we will be raising prices before the summer.") != []


# --- "should pass" a figure ----------------------------------------------------------------------------------------
def test_should_pass_a_figure_is_expected() -> None:
    assert _found("Ticket sales should pass 40,000 by the end of the tour.") == [
        "Ticket sales should pass 40,000 by the end of the tour."
    ]
    assert _dates("Members should pass 2 million by mid-2027, the club says.") == [datetime.date(2027, 6, 30)]
    # A law or a motion passed is a prescription or a plan.
    assert _found("The assembly should pass the housing bill by May.") == []


# --- what markets price is nobody's forecast ---------------------------------------------------------------------
def test_market_pricing_names_nobody() -> None:
    assert _found("Markets are pricing about a one-in-three chance of a hike by September.") == []
    assert _found("Traders in the swaps market now price a 60 percent likelihood of a June cut.") == []
    # A named bank's pricing view is its forecast.
    assert _found("Analysts at Norberg Bank expect a cut in June.") != []


# --- a gapped conjunct goes on with the claim ---------------------------------------------------------------------
def test_a_gapped_conjunct_joins_the_claim_before_it() -> None:
    for text in (
        "Most of the new demand will come from heat pumps, and a fair share of it from server farms near Leeds.",
        "I think they'll stay up, but through the back door, not automatically.",
        "Sales will rise by 5 percent in 2026, and profits 3 percent.",
    ):
        assert _found(text) == [text], text


def test_a_conjunct_with_a_verb_of_its_own_stays_apart() -> None:
    assert _found("Sales will rise by 5 percent in 2026, and the board met on Monday.") == [
        "Sales will rise by 5 percent in 2026"
    ]
    assert _found("Sales will rise this year, and that is the consensus.") == ["Sales will rise this year"]


# --- a headline's source "sees" what lies ahead -------------------------------------------------------------------
def test_a_headline_source_sees_a_level_ahead() -> None:
    text = "Dairy co-op sees milk above 40 cents a litre through June\n\nThe co-op gave its outlook on Monday."
    assert _found(text) == ["Dairy co-op sees milk above 40 cents a litre through June"]
    assert _dates(text) == [datetime.date(2026, 6, 30)]
    text = "Heat pump maker sees record winter orders, says parts tight\n\nThe company spoke to investors."
    assert _found(text) == ["Heat pump maker sees record winter orders, says parts tight"]


def test_a_headline_source_that_sees_something_off_is_no_forecast() -> None:
    assert _found("Harbour club sees off rival bid for marina\n\nThe vote was held on Friday.") == []
    assert _found("Seaside town sees busiest beaches in August\n\nThe council counted visitors.") == []
    assert _found("Bakery sees queues round the block last weekend\n\nThe owner was pleased.") == []


# --- the past perfect of forecasting is a forecast already made ---------------------------------------------------
def test_a_forecast_in_the_past_perfect_is_recalled() -> None:
    assert _found("In February, the brokerage had told investors to expect rates to stay above 5 percent.") == []
    assert _found("The ministry had predicted that exports would recover by 2024.") == []
    assert _found("Back then the fund had projected a surplus for 2025.") == []


def test_a_forecast_made_now_beside_an_old_one_stays() -> None:
    assert _found("We had expected a recovery, but now we think it will come in 2027.") != []


# --- "I fear" is a belief ------------------------------------------------------------------------------------------
def test_i_fear_frames_a_forecast() -> None:
    assert _found("I fear a third of the village shops shut before next spring.") == [
        "I fear a third of the village shops shut before next spring."
    ]
    assert _found("I fear the ferry will stay off the water for months.") != []
    assert _found("We fear the levy doubles by 2028.") == ["We fear the levy doubles by 2028."]


def test_fearing_for_someone_or_the_worst_is_no_forecast() -> None:
    assert _found("I fear for the village shops.") == []
    assert _found("We fear the worst.") == []


# --- the part of a month ------------------------------------------------------------------------------------------
def test_early_and_mid_month_end_before_the_month_does() -> None:
    assert _dates("The comet should brighten to naked-eye level in early April.") == [datetime.date(2026, 4, 10)]
    assert _dates("Toy shelves will be bare by mid-December.") == [datetime.date(2026, 12, 20)]
    assert _dates("The reservoir will be full by mid-May 2027.") == [datetime.date(2027, 5, 20)]
    # "late", a month alone and the end of a month stay at the month's end.
    assert _dates("Rates will fall by late March.") == [datetime.date(2026, 3, 31)]
    assert _dates("Pump prices will fall in April.") == [datetime.date(2026, 4, 30)]
    assert _dates("The strike will be over by the end of May.") == [datetime.date(2026, 5, 31)]


# --- a frame alone has not yet stated its claim --------------------------------------------------------------------
def test_a_frame_with_its_time_joins_the_claim_after_it() -> None:
    for text in (
        "I'd bet that within five years, most new flats in Bergen will have a heat pump.",
        "By 2035, I'd guess, nearly all the ploughing will be done by robots.",
        "We think that by 2030, half the county's buses will be electric.",
    ):
        assert _found(text) == [text], text


def test_announcing_a_forecast_is_not_one() -> None:
    assert _found("So here is what I will predict: freight volumes will double by 2028.") == [
        "freight volumes will double by 2028."
    ]
    assert _found("Here is what I will forecast.") == []


# --- a quotation set inside a clause finishes it -------------------------------------------------------------------
def test_a_quotation_inside_a_clause_stays_with_it() -> None:
    text = 'Councillor Jane Roe said she thinks "hardly any of the flats will be sold this year."'
    assert _found(text) == [text[:-1]]
    assert _dates(text) == [datetime.date(2026, 12, 31)]
    text = 'The founder added that the listing market "would be far busier by then."'
    assert _found(text) == [text[:-1]]
    text = 'A spokesman called it "one poll among several" and said the party would "take back the undecided."'
    assert _found(text) != [] and _found(text)[0].startswith("A spokesman")


def test_a_quotation_that_stands_as_a_sentence_is_cut_as_before() -> None:
    assert _found('She said: "We will take the seat comfortably."') == ["We will take the seat comfortably."]
    assert _found('"Rents will climb again next spring," the agent said.') != []


# --- not knowing is no answer ----------------------------------------------------------------------------------------
_QUESTION = "HOST: Will the ferry make money next year?\n\nGUEST: "


def test_not_knowing_answers_nothing() -> None:
    assert _found(_QUESTION + "Honestly, I don't know.") == []
    assert _found(_QUESTION + "We simply do not know.") == []


def test_a_claim_after_not_knowing_or_after_honestly_stays() -> None:
    assert _found(_QUESTION + "I don't know, but I think it will lose money again.") == [
        "I think it will lose money again."
    ]
    assert _found(_QUESTION + "Honestly, it will lose money again.") == ["Honestly, it will lose money again."]


# --- "until at least" before a month -------------------------------------------------------------------------------
def test_until_at_least_a_month_is_its_end() -> None:
    assert _dates("Hospital managers expect beds to stay full till at least the end of April.") == [
        datetime.date(2026, 4, 30)
    ]
    assert _dates("Ferry fares will stay frozen until at least October.") == [datetime.date(2026, 10, 31)]
    assert _dates("Rents will rise by May at the latest.") == [datetime.date(2026, 5, 31)]


def test_setting_the_premise_aside_answers_nothing() -> None:
    assert _found(_QUESTION + "That is not our central scenario.") == []
    assert _found(_QUESTION + "It could, but I'd give that one chance in five. Not our forecast.") != []
    assert "Not our forecast." not in _found(
        _QUESTION + "It could, but I'd give that one chance in five. Not our forecast."
    )
    assert _found(_QUESTION + "A sale is not something we are considering.") == []
    # The speaker's own forecast stated with the noun stays: "our forecast is that …".
    assert _found(_QUESTION + "Our forecast is that it loses money again.") != []

    # A farewell.
    assert _found("Thank you all, and we'll see you again in Lisbon next spring.") == []


# --- the bare present of an outcome on a date is a timetable -------------------------------------------------------
def test_a_bare_present_on_a_date_is_a_timetable() -> None:
    assert _found("The Ofgem cap on prices comes down in October.") == []
    assert _found("Next month the lunar orbiter reaches its final orbit.") == []
    assert _found("Bus fares go up in January.") == []


def test_a_present_with_a_figure_a_belief_or_a_stretch_stays_a_forecast() -> None:
    assert _found("Rents rise 7 percent next year.") == ["Rents rise 7 percent next year."]
    assert _found("I think bus fares go up in January.") == ["I think bus fares go up in January."]
    assert _found("Copper stays in deficit for the next two years, the broker said.") != []
    assert _found("Most of the growth happens within two years.") != []


def test_these_sentences_are_not_copied_from_the_corpus_or_the_batches() -> None:
    """No 25-character stretch of a sentence above appears in a corpus or batch text."""
    assert copied_from_labelled_texts(__file__, read_up_to="m") == []
