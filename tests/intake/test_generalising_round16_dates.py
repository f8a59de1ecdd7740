"""Date rules of the sixteenth round (English): the time a forecast was said, and a time pointed back to.

Each test is written in its own words, not copied from any corpus or held-out text (the last test checks it).
"""

from __future__ import annotations

import datetime

from predictions.intake import Candidate, find_forecasts
from tests.intake.helpers import copied_from_labelled_texts

SAID = datetime.date(2026, 3, 10)


def _candidates(text: str, said_on: datetime.date = SAID) -> list[Candidate]:
    return find_forecasts(text, language="en", said_on=said_on)


# --- the time of the saying between the verb and its content (saying_times_en) -------------------------------------
def test_a_time_between_the_verb_of_saying_and_that_dates_the_words_not_the_claim() -> None:
    for text, expected in (
        (
            "The chain's founder, Odile Marchetti, said this month that within three years half its shops would close.",
            datetime.date(2029, 3, 10),
        ),
        (
            "The port authority told reporters on Tuesday that cargo volumes would double by 2030.",
            datetime.date(2030, 12, 31),
        ),
        ("A union leader warned this week that the strike would spread to the depots.", None),
        ("The regulator said today that water bills would rise in every region.", None),
    ):
        found = _candidates(text)
        assert len(found) == 1 and found[0].resolve_on == expected, (text, [(c.quote, c.resolve_on) for c in found])


def test_the_same_time_after_the_content_is_the_claims() -> None:
    found = _candidates("Petrol prices will climb this month, the motoring club's economist said.")
    assert [c.resolve_on for c in found] == [datetime.date(2026, 3, 31)]
    found = _candidates("The analyst said rents would peak this month.")
    assert [c.resolve_on for c in found] == [datetime.date(2026, 3, 31)]


# --- a time pointed back to (discourse._REFERS_BACK) ------------------------------------------------------------------
def test_that_is_when_takes_the_date_of_the_sentence_before() -> None:
    for text, expected in (
        (
            'Okafor expects panel prices to bottom out by the end of 2027. "That\'s when installations will soar," '
            "she said.",
            datetime.date(2027, 12, 31),
        ),
        ("The rebate ends in June 2027. At that point sales will drop sharply.", datetime.date(2027, 6, 30)),
    ):
        found = _candidates(text)
        assert found and found[-1].resolve_on == expected, (text, [(c.quote, c.resolve_on) for c in found])


def test_that_is_when_after_a_past_time_is_no_forecast() -> None:
    assert _candidates("I remember the floods of 2007. That's when everything changed.") == []


# --- "at least N more units" after any verb (resolvers_en.relative) --------------------------------------------------
def test_at_least_n_more_units_after_any_verb_is_n_units_on() -> None:
    for text, expected in (
        ("Commuters will wait at least three more months for the new footbridge.", datetime.date(2026, 6, 10)),
        ("Households will struggle at least two more years with these bills.", datetime.date(2028, 3, 10)),
        ("Which means nurses will spend at least four more weeks on double shifts.", datetime.date(2026, 4, 7)),
    ):
        found = _candidates(text)
        assert [c.resolve_on for c in found] == [expected], (text, [(c.quote, c.resolve_on) for c in found])


def test_at_least_n_more_units_in_the_past_is_no_forecast() -> None:
    assert _candidates("The museum project took at least two more years than planned.") == []


def test_these_sentences_are_not_copied_from_the_corpus_or_the_batches() -> None:
    """No 40-character stretch of an English sentence above appears in a corpus or batch text up to ac_."""
    assert copied_from_labelled_texts(__file__, read_up_to="ac", english=40) == []
