"""Stated probabilities (only numbers count) and hedges (the confidence words, as written)."""

from __future__ import annotations

import pytest

from predictions.intake.hedges import find_hedges
from predictions.intake.probabilities import find_probability


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("there is a 30 percent chance of a recession", 0.3),
        ("a 30% chance", 0.3),
        ("a 70-percent probability", 0.7),
        ("90 per cent confident", 0.9),
        ("put the probability at 40 percent", 0.4),
        ("the odds of a recession next year are about 40 percent", 0.4),
        ("a one-in-three chance", 0.333),
        ("roughly a one in four chance", 0.25),
        ("odds are 1 in 4", 0.25),
        ("a 50-50 chance", 0.5),
        ("fifty-fifty", 0.5),
    ],
)
def test_english_probabilities(text: str, value: float) -> None:
    assert find_probability(text, language="en") == value


@pytest.mark.parametrize(
    "text",
    [
        "prices will grow 3 percent next year",
        "one in three adults",
        "likely",
        "almost certainly",
        "a better than even chance",
    ],
)
def test_english_numbers_that_are_not_probabilities(text: str) -> None:
    assert find_probability(text, language="en") is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("七成把握", 0.7),
        ("有七成的可能", 0.7),
        ("百分之三十的可能", 0.3),
        ("30%的可能", 0.3),
        ("30％的概率", 0.3),
        ("可能性为60%", 0.6),
        ("概率约为百分之二十", 0.2),
        ("三分之一的可能", 0.333),
        ("五五开", 0.5),
    ],
)
def test_chinese_probabilities(text: str, value: float) -> None:
    assert find_probability(text, language="zh-Hans") == value


@pytest.mark.parametrize("text", ["七成的企业", "增长30%", "很可能", "十拿九稳"])
def test_chinese_numbers_that_are_not_probabilities(text: str) -> None:
    assert find_probability(text, language="zh-Hans") is None


def test_hedges_are_found_as_written_longest_first() -> None:
    assert find_hedges("I think it will almost certainly rain, maybe.", language="en") == (
        "I think",
        "almost certainly",
        "maybe",
    )
    assert find_hedges("我认为很可能会下雨，也许吧", language="zh-Hans") == ("我认为", "很可能", "也许")


def test_may_the_month_is_not_a_hedge() -> None:
    assert find_hedges("Sales will rise in May", language="en") == ()
    assert find_hedges("Sales may rise", language="en") == ("may",)
