"""The English horizon grammar, one rule at a time (said on 30 May 2024 unless stated)."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from predictions.intake import dates, find_forecasts
from tests.intake.helpers import english, horizons, one_date

SAID = datetime.date(2024, 5, 30)


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        # within / in N years, the next N years, N years from now: the same calendar day
        ("within three years", "2027-05-30"),
        ("in 3 years", "2027-05-30"),
        ("in the next five years", "2029-05-30"),
        ("over the next 18 months", "2025-11-30"),
        ("20 years from now", "2044-05-30"),
        ("in five years’ time", "2029-05-30"),
        ("within two weeks", "2024-06-13"),
        ("within a decade", "2034-05-30"),
        ("within the next decade", "2034-05-30"),
        ("within the next year", "2025-05-30"),
        # the end of a year, a named year, before a year
        ("by the end of 2026", "2026-12-31"),
        ("by end-2026", "2026-12-31"),
        ("by 2030", "2030-12-31"),
        ("in 2030", "2030-12-31"),
        ("through 2026", "2026-12-31"),
        ("before 2035", "2034-12-31"),
        ("by the start of 2027", "2026-12-31"),
        # months, halves, quarters, the middle of a year
        ("by March 2027", "2027-03-31"),
        ("before March 2027", "2027-02-28"),
        ("by the end of March 2026", "2026-03-31"),
        ("by mid-2026", "2026-06-30"),
        ("by the end of the first half of 2026", "2026-06-30"),
        ("in the second half of next year", "2025-12-31"),
        ("Q3 2026", "2026-09-30"),
        ("in the third quarter of 2026", "2026-09-30"),
        ("by the end of the quarter", "2024-06-30"),
        ("next quarter", "2024-09-30"),
        # a month named without a year is the next one of that name
        ("in November", "2024-11-30"),
        ("by the end of March", "2025-03-31"),
        ("by the end of June next year", "2025-06-30"),
        # explicit full dates; "before" is the day before
        ("by 1 March 2026", "2026-03-01"),
        ("by March 1, 2026", "2026-03-01"),
        ("before March 1, 2026", "2026-02-28"),
        ("by 2026-03-01", "2026-03-01"),
        # relative years and months, the decade, the century
        ("next year", "2025-12-31"),
        ("this year", "2024-12-31"),
        ("by the end of the year", "2024-12-31"),
        ("for the rest of the year", "2024-12-31"),
        ("the year after next", "2026-12-31"),
        ("next month", "2024-06-30"),
        ("by the end of the decade", "2029-12-31"),
        ("by the end of the century", "2099-12-31"),
        ("by mid-century", "2050-12-31"),
    ],
)
def test_each_rule_resolves_as_the_date_rules_say(words: str, expected: str) -> None:
    assert one_date(words, "en", SAID) == datetime.date.fromisoformat(expected)


@pytest.mark.parametrize(
    "words",
    ["soon", "one day", "eventually", "in the coming years", "in the long run", "sooner or later", "within months"],
)
def test_horizons_without_a_checkable_date_are_kept_with_no_date(words: str) -> None:
    found = horizons(f"It will happen {words}.", "en", SAID)
    assert [(h.words, h.resolve_on) for h in found] == [(words, None)]


def test_not_until_a_year_means_not_before_it() -> None:
    assert one_date("won't be met again until 2029", "en", SAID) == datetime.date(2028, 12, 31)


@pytest.mark.parametrize(
    "text", ["the highest in ten years", "for five years", "five years later", "the 2030s", "by Mayor Dana", "may rise"]
)
def test_look_alikes_are_not_dated_horizons(text: str) -> None:
    assert [h for h in horizons(text, "en", SAID) if h.resolve_on and h.resolve_on > SAID] == []


@pytest.mark.parametrize("text", ["two years ago", "last year", "since 2020", "earlier this year"])
def test_past_words_resolve_before_the_said_on_date(text: str) -> None:
    assert all(h.resolve_on and h.resolve_on < SAID for h in horizons(text, "en", SAID))


def test_a_year_without_a_preposition_is_weak() -> None:
    (found,) = horizons("the 2028 Los Angeles Olympics", "en", SAID)
    assert (found.resolve_on, found.weak) == (datetime.date(2028, 12, 31), True)
    (strong,) = horizons("by 2028", "en", SAID)
    assert not strong.weak


@given(
    said_on=st.dates(min_value=datetime.date(1950, 1, 1), max_value=datetime.date(2150, 12, 31)),
    years=st.integers(1, 99),
    as_words=st.booleans(),
    phrase=st.sampled_from(["within {n} years", "in {n} years", "in the next {n} years", "{n} years from now"]),
)
def test_within_n_years_for_any_n_and_any_date(said_on: datetime.date, years: int, as_words: bool, phrase: str) -> None:
    number = english(years) if as_words else str(years)
    words = phrase.format(n=number).replace(" 1 years", " 1 year").replace("one years", "one year")
    assert one_date(words, "en", said_on) == dates.add_years(said_on, years)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("by this time next year", "2025-05-30"),
        ("in under seven years", "2031-05-30"),
        ("within less than three years", "2027-05-30"),
        ("2036 at the earliest", "2035-12-31"),
        ("by end-June", "2024-06-30"),
        ("to end the year", "2024-12-31"),
        ("in the first quarter of next year", "2025-03-31"),
    ],
)
def test_more_english_deadlines(text: str, expected: str) -> None:
    assert str(one_date(text, "en", SAID)) == expected


def test_the_year_after_is_read_after_the_year_its_sentence_names() -> None:
    text = "The economy will grow by 2 per cent next year and by 2.5 per cent the year after."
    found = find_forecasts(text, language="en", said_on=SAID)
    assert [str(c.resolve_on) for c in found] == ["2025-12-31", "2026-12-31"]


def test_a_superlative_in_a_forecast_looks_ahead() -> None:
    # "the highest in ten years" looks back; "will still be the biggest in five years" looks ahead
    assert one_date("will still be the biggest streamer in five years", "en", SAID) == datetime.date(2029, 5, 30)
