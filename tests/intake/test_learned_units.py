"""The units and features of the learned layer tried in issue 12 (``tests/intake/units.py``, ``train.py``)."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest

from predictions.intake import find_forecasts
from predictions.intake.sentences import split_sentences
from tests.intake.evaluate import load
from tests.intake.units import NEVER, Unit, document_horizons, features, units

SAID_ON = datetime.date(2025, 3, 1)


def _units(text: str, language: str) -> list[Unit]:
    candidates = find_forecasts(text, language=language, said_on=SAID_ON)
    return units(text, split_sentences(text, language=language), candidates, language)


def test_a_sentence_the_rules_leave_out_is_a_unit_and_their_candidate_is_one_too() -> None:
    text = "The committee met on Tuesday in a crowded hall. Prices will rise by 3 percent next year, the bank said."
    found = [(text[u.start : u.end], u.candidate is not None) for u in _units(text, "en")]
    assert ("The committee met on Tuesday in a crowded hall", False) in found
    assert any(rule and "Prices will rise" in words for words, rule in found)


def test_what_is_left_of_a_sentence_around_a_candidate_is_a_leftover_unit() -> None:
    text = "会议在北京召开，来自各地的代表参加了讨论，他预计明年房价将下降百分之五。"
    pieces = _units(text, "zh-Hans")
    assert any(u.candidate is not None for u in pieces)
    leftovers = [text[u.start : u.end] for u in pieces if u.leftover]
    assert leftovers and all("将下降" not in words for words in leftovers)


def test_features_read_markers_horizons_and_words_without_saying_what_the_rules_decided() -> None:
    text = "I think inflation will fall below 2 percent by 2027."
    unit = Unit(0, len(text) - 1, None)
    found = features(text, unit, "en", SAID_ON, document_horizons(text, "en", SAID_ON))
    assert {"read:future", "hz:future", "w:will", "w:<year>", "ww:will_fall"} <= set(found)
    assert not any(f.startswith("rule:") for f in found)


def test_chinese_words_are_characters_and_character_pairs() -> None:
    text = "专家认为，明年房价可能下降。"
    found = set(features(text, Unit(0, len(text) - 1, None), "zh-Hans", SAID_ON, []))
    assert {"c:可", "cc:可能", "read:future", "read:reporting"} <= found
    assert "pos:quoted" not in found


def test_the_final_unseen_batches_are_never_opened(tmp_path: Path) -> None:
    (tmp_path / "en").mkdir()
    for name in NEVER:
        (tmp_path / "en" / f"{name}anything.json").write_text("not even JSON", encoding="utf-8")
    assert list(load(tmp_path, skip=NEVER)) == []
    with pytest.raises(json.JSONDecodeError):
        list(load(tmp_path))
