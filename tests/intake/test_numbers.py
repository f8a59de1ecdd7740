"""Number words in both languages: 三年, 十年, 两年, 二〇三〇, twenty-five, a dozen."""

from __future__ import annotations

import pytest

from predictions.intake.numbers import parse_chinese_number, parse_english_number


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("三", 3),
        ("十", 10),
        ("十五", 15),
        ("二十", 20),
        ("两", 2),
        ("一百零五", 105),
        ("二〇三〇", 2030),
        ("两千零五十", 2050),
        ("三万", 30000),
        ("12", 12),
        ("１２", 12),
        ("七", 7),
    ],
)
def test_chinese_numerals(words: str, value: int) -> None:
    assert parse_chinese_number(words) == value


def test_chinese_non_numbers_are_none() -> None:
    assert parse_chinese_number("三年") is None
    assert parse_chinese_number("") is None


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("three", 3),
        ("a", 1),
        ("an", 1),
        ("twenty-five", 25),
        ("twenty five", 25),
        ("ninety", 90),
        ("a dozen", 12),
        ("a hundred", 100),
        ("18", 18),
        ("1.5", 1.5),
        ("Ten", 10),
    ],
)
def test_english_number_words(words: str, value: float) -> None:
    assert parse_english_number(words) == value


def test_english_non_numbers_are_none() -> None:
    assert parse_english_number("several") is None
    assert parse_english_number("twenty-a") is None
