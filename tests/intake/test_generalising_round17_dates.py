"""Rules of the seventeenth round, English dates: the resolve-on dates the batches ``ad_`` … ``af_`` showed wrong, kept
to forms any writer uses — "not … until" a half or a quarter (not before it begins, as "not until 2029" is), and "in
both 2026 and 2027" (a range of years ends at its end, as "2026 or 2027" does).

Each test is written in its own words, not copied from any corpus or held-out text (the last test checks it); each
form has several phrasings and the look-alikes its rule must leave alone.
"""

from __future__ import annotations

import datetime

from predictions.intake import find_forecasts
from tests.intake.helpers import copied_from_labelled_texts

SAID = datetime.date(2025, 3, 1)


def _dates(text: str) -> list[datetime.date | None]:
    return [c.resolve_on for c in find_forecasts(text, language="en", said_on=SAID)]


# --- "not … until" a half or a quarter (resolvers_en._not_until) -------------------------------------------------
def test_not_until_a_half_or_a_quarter_is_the_day_before_it_begins() -> None:
    for text, date in (
        ("The ferry company said bookings will not recover until the second half of 2026.", datetime.date(2026, 6, 30)),
        ("I don't expect the new wing to open until the first half of 2027.", datetime.date(2026, 12, 31)),
        ("Mortgage rates won't fall until the third quarter of 2025, the broker said.", datetime.date(2025, 6, 30)),
        ("We do not see wool prices turning until the first quarter of 2026.", datetime.date(2025, 12, 31)),
    ):
        assert _dates(text) == [date], text
    # Without the negation "until" is a state that lasts to the period's end.
    for text, date in (
        ("Timber will stay dear until the second half of 2026.", datetime.date(2026, 12, 31)),
        ("Demand will stay weak until the third quarter of 2025.", datetime.date(2025, 9, 30)),
    ):
        assert _dates(text) == [date], text


# --- "both YEAR and YEAR" (horizons_en.toml, "one year or the next") -----------------------------------------------
def test_both_of_two_years_is_dated_by_the_later() -> None:
    for text in (
        "The wool board forecasts a shortfall in both 2026 and 2027.",
        "We expect losses at the smelter in both 2026 and 2027 as the new kilns bed in.",
    ):
        assert _dates(text) == [datetime.date(2027, 12, 31)], text
    # A plain "and" between years may join two claims or count years past: left to the other rules.
    assert _dates("Herring catches will rise 3 percent in 2026 and 5 percent in 2027.") != [datetime.date(2027, 12, 31)]


def test_these_sentences_are_not_copied_from_the_corpus_or_the_batches() -> None:
    # (Read up to ``af_``: this round read ``ad_`` … ``af_``.)
    assert copied_from_labelled_texts(__file__, read_up_to="af", english=40) == []
