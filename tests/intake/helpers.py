"""Small helpers for the intake tests."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from predictions.intake import Candidate, find_forecasts, horizons_en, horizons_zh
from predictions.intake.horizons import Horizon, scan

DIGITS = "零一二三四五六七八九"
EN_UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
]
EN_UNITS += ["seventeen", "eighteen", "nineteen"]
EN_TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}


def chinese(number: int) -> str:
    """1–99 in Chinese numerals: 三, 十, 十五, 二十, 九十九."""
    tens, units = divmod(number, 10)
    if tens == 0:
        return DIGITS[units]
    return ("" if tens == 1 else DIGITS[tens]) + "十" + (DIGITS[units] if units else "")


def english(number: int) -> str:
    """1–99 in English words: three, twenty-five."""
    if number < 20:
        return EN_UNITS[number]
    tens, units = divmod(number, 10)
    return EN_TENS[tens] + (f"-{EN_UNITS[units]}" if units else "")


def horizons(text: str, language: str, said_on: datetime.date) -> list[Horizon]:
    if language == "zh-Hans":
        return scan(text, horizons_zh.RULES, said_on)
    return scan(text, horizons_en.RULES, said_on, lead=horizons_en.LEAD)


def one_date(text: str, language: str, said_on: datetime.date) -> datetime.date | None:
    """The date of the single horizon in ``text`` (fails if there is not exactly one)."""
    found = horizons(text, language, said_on)
    assert len(found) == 1, found
    return found[0].resolve_on


def only(text: str, language: str, said_on: datetime.date) -> Candidate:
    """The single candidate of ``text`` (fails, naming what was found, if there is not exactly one)."""
    candidates = find_forecasts(text, language=language, said_on=said_on)
    assert len(candidates) == 1, [c.quote for c in candidates]
    return candidates[0]


def assert_forecast(
    text: str,
    language: str,
    said_on: datetime.date,
    *,
    resolve_on: str | None,
    probability: float | None,
    kind: str | None,
) -> None:
    """``text`` holds one forecast, anchored, with this date, probability and kind."""
    candidate = only(text, language, said_on)
    assert candidate.resolve_on == (datetime.date.fromisoformat(resolve_on) if resolve_on else None)
    assert candidate.probability == probability
    assert candidate.kind == kind
    assert text[candidate.start : candidate.end] == candidate.quote


def copied_from_labelled_texts(
    test_module: str, *, read_up_to: str = "z", english: int = 25, chinese: int = 12
) -> list[str]:
    """The stretches of the test sentences in ``test_module`` (a path: its string constants) that appear in a
    corpus or batch text: ``english`` characters of an English sentence, ``chinese`` of a Chinese one. A round's
    rules must be held by sentences written for them, not by the texts they were tuned on — so only the batches
    that existed when the round was written count (``read_up_to``: the last batch's letter, "k" for ``k_``): a
    batch written later cannot have been copied, and common words it shares by chance must not fail the test."""
    import ast
    import json
    from pathlib import Path

    here = Path(__file__).resolve().parent
    tree = ast.parse(Path(test_module).read_text(encoding="utf-8"))
    sentences = [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) >= min(english, chinese)
    ]
    texts = [
        json.loads(path.read_text(encoding="utf-8"))["text"]
        for folder in ("corpus", "holdout")
        for path in sorted((here / folder).glob("*/*.json"))
        if folder == "corpus" or _batch_order(path.name) <= _batch_order(f"{read_up_to}_")
    ]
    assert texts and sentences
    return [
        sentence[i : i + size]
        for sentence in sentences
        if "copied from" not in sentence
        for size in [chinese if any("\u4e00" <= ch <= "\u9fff" for ch in sentence) else english]
        if len(sentence) >= size
        for i in range(len(sentence) - size + 1)
        if any(sentence[i : i + size] in text for text in texts)
    ]


def _batch_order(name: str) -> tuple[int, str]:
    """Where a held-out file's batch stands in the order the batches were written: ``c_`` … ``z_``, then the
    two-letter prefixes (``aa_`` …) that came after the alphabet ran out."""
    prefix = name.split("_", 1)[0]
    return len(prefix), prefix


def offered_in(texts: tuple[str, ...], *, language: str, said_on: datetime.date) -> list[str]:
    """The texts of ``texts`` in which the extractor offers any candidate (the round tests' "these are forecasts" /
    "these are not": the first list must come back whole, the second empty)."""
    from predictions.intake import find_forecasts

    return [text for text in texts if find_forecasts(text, language=language, said_on=said_on)]


@dataclass(frozen=True)
class Reader:
    """The extractor in one language, at a round's said-on date: what the rounds' tests ask of a sentence
    (``READ = Reader("zh-Hans", SAID)``; ``READ.quotes(text)``, ``READ.dates(text, other_day)``)."""

    language: str
    said_on: datetime.date

    def candidates(self, text: str, said_on: datetime.date | None = None) -> list[Candidate]:
        return find_forecasts(text, language=self.language, said_on=said_on or self.said_on)

    def quotes(self, text: str, said_on: datetime.date | None = None) -> list[str]:
        return [c.quote for c in self.candidates(text, said_on)]

    def dates(self, text: str, said_on: datetime.date | None = None) -> list[datetime.date | None]:
        return [c.resolve_on for c in self.candidates(text, said_on)]

    def probabilities(self, text: str, said_on: datetime.date | None = None) -> list[float | None]:
        return [c.probability for c in self.candidates(text, said_on)]
