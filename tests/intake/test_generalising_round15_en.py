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


def test_these_sentences_are_not_copied_from_the_corpus_or_the_batches() -> None:
    """No 40-character stretch of an English sentence above appears in a corpus or batch text up to ac_."""
    assert copied_from_labelled_texts(__file__, read_up_to="ac", english=40) == []
