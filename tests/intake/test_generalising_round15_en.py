"""Rules of the fifteenth round, English: forms a writer of any news uses that the extractor missed outright, found by
probing it with sentences written for the purpose (not read from a batch; ``aa_`` … ``ac_`` stay unseen).

Each test is written in its own words, not copied from any corpus or held-out text (the last test checks it); each
form has several phrasings and the look-alikes its rule must leave alone.
"""

from __future__ import annotations

import datetime

from predictions.intake import find_forecasts
from tests.intake.helpers import copied_from_labelled_texts

SAID = datetime.date(2025, 3, 1)


def _found(text: str) -> list[tuple[str, str | None]]:
    return [
        (c.quote, c.resolve_on.isoformat() if c.resolve_on else None)
        for c in find_forecasts(text, language="en", said_on=SAID)
    ]


# --- the progressive of a forecasting verb (markers_en._SOFT) -----------------------------------------------------
def test_is_forecasting_or_projecting_with_a_figure_or_a_date_is_a_forecast() -> None:
    for text, resolve_on in (
        ("The treasury is forecasting a deficit of 3.1 per cent of output next year.", "2026-12-31"),
        ("The port authority is projecting container volumes of 9 million boxes in 2027.", "2027-12-31"),
        ("We're anticipating a deficit of roughly $40 million by the end of the decade.", "2029-12-31"),
        ("Traders are now pencilling in two rate cuts before the end of the year.", "2025-12-31"),
        ("The tourism board is still forecasting 2.2 million visitors for the year to June 2026.", "2026-06-30"),
    ):
        assert [date for _, date in _found(text)] == [resolve_on], text


def test_the_same_verbs_of_something_else_or_in_the_past_are_not() -> None:
    for text in (
        "The new coach is projecting calm on the touchline.",
        "A lamp on the balcony was projecting shadows onto the square.",
        "Last spring we were forecasting a deficit of 3 per cent, and it came in at 2.",
        "The weather forecasting service is moving to a new building.",
    ):
        assert _found(text) == [], text


def test_is_forecasting_with_its_object_needs_no_date() -> None:
    for text in (
        "Helsby, who called the last three contests right, is forecasting a hung parliament.",
        "The met office is forecasting heavy snow across the uplands.",
        "Our desk is now forecasting that the strike will be called off.",
    ):
        assert len(_found(text)) == 1, text


# --- an outcome taken as certain, only its date open (markers_en._FUTURE) ----------------------------------------
def test_only_a_matter_of_time_before_is_a_forecast_when_said_before_the_event() -> None:
    for text in (
        "The surveyor said it is only a matter of time before the sea wall gives way.",
        '"It\'s a matter of months before the last pit shuts," said union steward Gwen Pryce.',
        "It is just a matter of time until the tariff is copied by the neighbours, Olsen argued.",
    ):
        assert len(_found(text)) == 1, text
    for text in (
        "It was only a matter of time before somebody spotted the crack, the caretaker said.",
        "Looking back, it had been a matter of time before the old bridge closed.",
    ):
        assert _found(text) == [], text


# --- a named subject's outlook with "sees" (outlooks_en.SEES) -------------------------------------------------------
def test_a_named_subject_that_sees_a_figure_or_an_outcome_ahead_is_a_forecast() -> None:
    for text, resolve_on in (
        ("Dunmore Cables sees annual revenue of about 2.4 billion euros this year.", "2025-12-31"),
        ("The chief economist at Pellow Bank sees no rate cut this year or next.", "2026-12-31"),
        ("Oskarsson Freight now sees second-half volumes up 5 percent.", "2025-12-31"),
    ):
        assert [date for _, date in _found(text)] == [resolve_on], text


def test_sees_of_the_past_a_habit_or_a_view_is_not() -> None:
    for text in (
        "The harbour sees about 3 million visitors a year.",
        "The mayor sees the new bridge as a symbol of the town.",
        "The veteran keeper sees off every challenger for his place.",
    ):
        assert _found(text) == [], text


# --- guidance with its figure, whoever gives it (outlooks_en.GUIDED) ----------------------------------------------
def test_a_company_that_guided_to_a_figure_gives_a_forecast() -> None:
    for text in (
        "Tamsworth Brewing guided to pre-tax profit of 61 million pounds for the full year.",
        "Ravelli Group guides towards sales growth of 3 to 4 percent in 2026.",
    ):
        assert len(_found(text)) == 1, text
    assert _found("The stranded walkers were guided to safety by the lifeboat crew.") == []


# --- an analyst's target for a price (outlooks_en.TARGET) ---------------------------------------------------------
def test_an_analysts_price_or_index_target_is_a_forecast() -> None:
    for text, resolve_on in (
        ('"Our year-end target for the Harbour 40 index is 5,600," the strategist said.', "2025-12-31"),
        ("Pallister Securities has a $17 target on Ormond Mining stock.", None),
        # A 12-month target is dated twelve months on (as 12个月目标价), by the "N-unit target" horizon rule.
        ("Quayle & Co set a 12-month price target of $230 on the shares, up from $205.", "2026-03-01"),
    ):
        assert [date for _, date in _found(text)] == [resolve_on], text
    for text in (
        "Our target is net zero across the estate by 2040.",
        "The retailer's sales target for the spring range was missed.",
    ):
        assert _found(text) == [], text


# --- odds in words and a bookmaker's odds (odds_en) ---------------------------------------------------------------
def test_odds_stated_without_a_chance_word_are_a_probability() -> None:
    for text, probability in (
        ('"It\'s one in four that the ceasefire holds until the summer," the envoy said.', 0.25),
        ('"Three chances in four the port reopens by June," said the harbourmaster, Eilidh Rowan.', 0.75),
        ('"I\'d make Brannagh a 3-1 shot for the mayoralty," the pollster Kofi Mensah said.', 0.25),
    ):
        found = find_forecasts(text, language="en", said_on=SAID)
        assert [c.probability for c in found] == [probability], text
    # A share is no probability: "one in three voters".
    shares = find_forecasts("One in three voters backed the measure last year.", language="en", said_on=SAID)
    assert [c.probability for c in shares] == []


def test_odds_on_to_win_is_a_hedged_forecast() -> None:
    for text in (
        "Kilbride are odds-on to win the cup, says the former manager Sean Doyle.",
        "Verhoeven is now the odds-on favourite to take the seat, the analyst Mira Kohl said.",
    ):
        assert len(_found(text)) == 1, text


# --- dates: a quarter without a year, the half as an adjective, "this year or next" -------------------------------
def test_a_bare_quarter_and_a_half_as_an_adjective_are_dated() -> None:
    for text, resolve_on in (
        ("The takeover will not complete before the end of Q2, the chairman told shareholders.", "2025-06-30"),
        ("The lender will return to profit in Q4, its finance chief predicted.", "2025-12-31"),
        ("Holmfirth Glass sees first-half orders up 12%", "2025-06-30"),
        ("Holmfirth Glass expects second-half orders to rise 12%.", "2025-12-31"),
    ):
        assert [date for _, date in _found(text)] == [resolve_on], text


# --- a body's own act said with "expects to" is its plan (own_plans_en) --------------------------------------------
def test_a_body_that_expects_to_hire_or_open_states_a_plan() -> None:
    for text in (
        "Lindqvist Foods said it expects to recruit 120 drivers before the summer.",
        "The chain said it expects to open nine branches in 2026.",
        '"We expect to take delivery of the new ferries in October," the operator\'s chief said.',
    ):
        assert _found(text) == [], text
    for text in (
        "Lindqvist Foods said it expects to sell 4 million meals in 2026.",
        "The chain said it expects rivals to open more branches in 2026.",
    ):
        assert len(_found(text)) == 1, text


def test_a_twelve_month_price_target_is_dated_a_year_from_the_day_said() -> None:
    # (Found dated "next year" by another clause in a t_ text once the target itself was read as a forecast.)
    assert _found("Corvane Securities has a 12-month price target of 640p on Mallory Foods.") == [
        ("Corvane Securities has a 12-month price target of 640p on Mallory Foods.", "2026-03-01")
    ]
    assert [date for _, date in _found("Lisle Partners set a six-month price target of $52 on Orrin shares.")] == [
        "2025-09-01"
    ]
    # A publication named by its span is no target: "the bureau's three-month outlook" stays undated.
    assert _found("The weather bureau's three-month outlook, issued on Friday, was read closely.") == []


def test_these_sentences_are_not_copied_from_the_corpus_or_the_batches() -> None:
    """No 40-character stretch of an English sentence above appears in a corpus or batch text up to ac_."""
    assert copied_from_labelled_texts(__file__, read_up_to="ac", english=40) == []
