"""The rule tables (``rulebook``): fragments, renamed groups, resolvers, and the tables that ship."""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import pytest

from predictions.intake import horizons, horizons_en, horizons_zh, rulebook

SAID_ON = datetime.date(2026, 3, 10)

_TABLE = r"""
folded = false

[fragments]
YEAR = '(?P<year>20\d{2})'

[renamed]
OTHER_YEAR = { fragment = "YEAR", group = "second" }
ANY_YEAR = { fragment = "YEAR", group = "" }

[[rule]]
name = "two years"
pattern = ['{YEAR}', ' or {OTHER_YEAR}']
resolve = "last_of_two"

[[rule]]
name = "the year after next"
pattern = 'year after next|{ANY_YEAR}x'
date = "next_year"
args = [2]
"""


def last_of_two(match: re.Match[str], said_on: datetime.date) -> horizons.Resolution:
    return datetime.date(int(match.group("second")), 12, 31), "the later year"


@pytest.fixture
def table_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(rulebook, "RULES_DIR", tmp_path)
    return tmp_path


def test_fragments_renamed_groups_and_counts_are_expanded(table_dir: Path) -> None:
    (table_dir / "grammar.toml").write_text(_TABLE, encoding="utf-8")
    grammar = rulebook.horizon_grammar("grammar.toml", {"last_of_two": last_of_two})
    two, after_next = grammar.rules
    assert two.pattern.pattern == r"(?P<year>20\d{2}) or (?P<second>20\d{2})"
    assert after_next.pattern.pattern == r"year after next|(?:20\d{2})x"
    match = two.pattern.search("in 2027 or 2028")
    assert match is not None
    assert two.resolve(match, SAID_ON) == (datetime.date(2028, 12, 31), "the later year")
    match = after_next.pattern.search("the year after next")
    assert match is not None
    assert after_next.resolve(match, SAID_ON) == horizons.next_year(SAID_ON, 2)


def test_a_rule_naming_no_resolver_fails_at_load(table_dir: Path) -> None:
    (table_dir / "grammar.toml").write_text(_TABLE, encoding="utf-8")
    with pytest.raises(LookupError, match="last_of_two"):
        rulebook.horizon_grammar("grammar.toml", {})


@pytest.mark.parametrize("grammar", [horizons_en.GRAMMAR, horizons_zh.GRAMMAR], ids=["en", "zh"])
def test_shipped_grammars_have_one_rule_per_name(grammar: rulebook.Grammar) -> None:
    names = [rule.name for rule in grammar.rules]
    assert len(names) == len(set(names))
    assert all("{" + name + "}" not in rule.pattern.pattern for rule in grammar.rules for name in grammar.fragments)
