"""The rule tables of the extractor, kept as data in ``rules/*.toml`` and compiled once, at import.

A grammar is a list of rules of one shape (a name, a regular expression, how its match resolves), so it
reads best as a table, not as code: ``rules/horizons_en.toml`` holds every English horizon rule ("by the
end of YEAR" is the rule named "end of a year"), ``rules/horizons_zh.toml`` the Chinese ones. A file has:

- ``folded``: true where the patterns match the folded text (``folding``; English), false where they
  match the text as written (Chinese).
- ``[fragments]``: named pieces of patterns (a year, a month's name …). ``{NAME}`` in a pattern, a gate or
  a later fragment stands for the fragment (or for one the code passes in, such as a number's words);
  regular-expression counts such as ``{2}`` or ``{0,6}`` are left alone.
- ``[renamed]``: a fragment again with its named group renamed, so that one pattern can hold it twice:
  ``DAY_2 = {fragment = "DAY", group = "day2"}``; ``group = ""`` makes the group anonymous.
- ``[[rule]]``, in order: ``name``; ``pattern``; ``gate`` (words every match contains, see
  ``HorizonRule.gate``); ``weak``; ``case`` (a folded grammar's rule that reads the case of the words, "May"
  the month against "may" the verb: matched on the text as written, ignoring case); and how a match
  resolves: ``resolve`` names a resolver (a function of the match and the said-on date, in the language's
  module or else in ``horizons``), ``date`` a function of the said-on date alone in ``horizons``, given
  ``args`` after it (``date = "next_year"``, ``args = [2]``: the year after next).

A pattern or gate may be a list of strings, joined as they are (a long pattern over several lines).

``rules/markers_zh.toml`` holds the Chinese clause reader's cues (``markers.Cues``): ``[fragments]`` as above,
``[cues]`` (one pattern for each of the cues' fields) and ``[[exclusion]]`` (a reason and a pattern, in order).
"""

from __future__ import annotations

import datetime
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from predictions.intake import horizons
from predictions.intake.folding import folded
from predictions.intake.horizons import HorizonRule, Resolution, Resolver
from predictions.intake.markers import Cues

RULES_DIR = Path(__file__).with_name("rules")
_PLACE = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")
_GROUP = re.compile(r"\?P<\w+>")


@dataclass(frozen=True)
class Grammar:
    rules: tuple[HorizonRule, ...]
    fragments: Mapping[str, str]

    def expand(self, template: str) -> str:
        """``template`` with each ``{NAME}`` replaced by its fragment."""
        return _expand(template, self.fragments)


def horizon_grammar(
    filename: str, resolvers: Mapping[str, Any], *, fragments: Mapping[str, str] | None = None
) -> Grammar:
    """The grammar in ``rules/filename``; ``resolvers``: the language's resolvers by name (its module's
    ``vars``); ``fragments``: pieces the file uses but does not define."""
    table = _table(filename)
    known = _fragments(table, fragments or {})
    rules = tuple(_rule(entry, known, resolvers, fold=table["folded"]) for entry in table["rule"])
    return Grammar(rules, known)


def marker_cues(filename: str) -> Cues:
    """The cues in ``rules/filename``, compiled to match the text as written."""
    table = _table(filename)
    known = _fragments(table, {})
    compiled = {field: re.compile(_expand(_joined(value), known)) for field, value in table["cues"].items()}
    exclusions = tuple(
        (entry["reason"], re.compile(_expand(_joined(entry["pattern"]), known))) for entry in table["exclusion"]
    )
    return Cues(**compiled, exclusions=exclusions)


def _table(filename: str) -> dict[str, Any]:
    return tomllib.loads((RULES_DIR / filename).read_text(encoding="utf-8"))


def _fragments(table: dict[str, Any], given: Mapping[str, str]) -> dict[str, str]:
    known = dict(given)
    for name, piece in table.get("fragments", {}).items():
        known[name] = _expand(_joined(piece), known)
    for name, renaming in table.get("renamed", {}).items():
        group = renaming["group"]
        known[name] = _GROUP.sub(f"?P<{group}>" if group else "?:", known[renaming["fragment"]], count=1)
    return known


def _rule(
    entry: dict[str, Any], fragments: Mapping[str, str], resolvers: Mapping[str, Any], *, fold: bool
) -> HorizonRule:
    pattern = _expand(_joined(entry["pattern"]), fragments)
    gate = _expand(_joined(entry["gate"]), fragments) if "gate" in entry else None
    resolve = _resolver(entry, resolvers)
    weak = entry.get("weak", False)
    if fold and not entry.get("case", False):
        return HorizonRule(entry["name"], folded(pattern), resolve, weak, folded(gate) if gate else None, folded=True)
    flags = re.IGNORECASE if fold else 0
    return HorizonRule(
        entry["name"], re.compile(pattern, flags), resolve, weak, re.compile(gate, flags) if gate else None
    )


def _resolver(entry: dict[str, Any], resolvers: Mapping[str, Any]) -> Resolver:
    if "resolve" in entry:
        found = resolvers.get(entry["resolve"]) or getattr(horizons, entry["resolve"], None)
        if not callable(found):
            raise LookupError(f"rule {entry['name']!r}: no resolver named {entry['resolve']!r}")
        resolver: Resolver = found
        return resolver
    of_said_on = getattr(horizons, entry["date"])
    args = tuple(entry.get("args", ()))

    def resolve(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
        return of_said_on(said_on, *args)

    return resolve


def _joined(value: str | list[str]) -> str:
    return value if isinstance(value, str) else "".join(value)


def _expand(template: str, fragments: Mapping[str, str]) -> str:
    return _PLACE.sub(lambda place: fragments[place.group(1)], template)
