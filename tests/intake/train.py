"""Issue 12, a learned layer tried: ``python -m tests.intake.train`` prints its leave-one-batch-out table.

Every labelled text (the development corpus and the held-out batches; never ``units.NEVER``,
the final unseen test) is cut into units (``tests.intake.units``): the rules' candidates and the stretches of
sentences they leave out. A unit is a forecast when it matches one by evaluate's rule (spans overlapping by half
the forecast's quote, each forecast and each unit matched once, the rule candidates first).

Each held-out batch is read by the rules as they stood before anyone tuned them on it (``unseen_rules``; with
``--rules current``, by today's rules, which were tuned on ``c_`` … ``f_``); the development corpus by today's. For
each held-out batch B a logistic regression is trained on every other text and scored on B. The layer keeps a rule
candidate unless its probability is below ``drop`` and adds a unit the rules left out when its probability is
``add`` or above; the table compares the rules alone with the rules and the layer on the same B, per language and
pooled, for these ways of setting the thresholds:

- ``even odds``: add at 0.5 (more likely a forecast than not), drop nothing; C = 0.3. Nothing chosen on data.
- ``overall``: chosen inside the training texts, again leave-one-batch-out: the highest out-of-fold recall at
  which the out-of-fold precision of all candidates stays ≥ 0.80.
- ``marginal``: chosen the same way, but asking each unit the layer adds to be a forecast 0.75 of the time or
  more out of fold (as the goal asks of every candidate), and each rule candidate it drops to be one at most a
  quarter of the time.
- ``gated``: as ``even odds``, but only units in which the rules read no exclusion (a question, a wish, a schedule,
  the past, an unnamed view …): the layer would find what the rules cannot see, not overrule what they decided.
- ``model alone``: no layer but a replacement: every unit, the rules' candidates too, kept at 0.5 or above.

Each layer row also counts what the layer added (forecasts / units) and dropped (forecasts / rule candidates).

Words count only when they occur in three or more training batches (topic words do not). Deterministic: the same
texts and commits give the same numbers. The result (not wired in) is in ``docs/decisions.md``.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from dataclasses import dataclass, field

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression

from predictions.intake import Candidate, find_forecasts
from tests.intake import unseen_rules
from tests.intake.evaluate import SETS, Document, load, match
from tests.intake.units import NEVER, Example, as_candidate, examples_of

HELD_OUT = ("c_", "d_", "e_", "f_", "g_")
LEXICAL = ("w:", "ww:", "c:", "cc:")
MIN_BATCHES = 3
C_GRID = (0.1, 0.3, 1.0)
ADD_GRID = tuple(round(0.2 + 0.05 * i, 2) for i in range(16))  # 0.2 … 0.95
DROP_GRID = (0.0, 0.05, 0.1, 0.15, 0.2)
POLICIES = ("even odds", "gated", "overall", "marginal", "model alone")


@dataclass
class Text:
    document: Document
    batch: str
    rules: list[Candidate]
    examples: list[Example] = field(default_factory=list)


def prepare(rules: str) -> dict[str, list[Text]]:
    """Every labelled text with its rule candidates and its units, featurised and labelled, per language.

    ``rules``: ``current`` (the rules of this checkout, for every text) or ``unseen`` (for each held-out batch, the
    rules as they stood before anyone tuned them on it: ``unseen_rules``; the development corpus keeps the current)."""
    texts: dict[str, list[Text]] = defaultdict(list)
    for set_name, directory in SETS.items():
        for document in load(directory, skip=NEVER):
            name = document.path.name
            prefix = name.split("_", 1)[0] + "_"  # c_ … z_, then aa_ …
            batch = prefix if set_name == "holdout" else ("dev_b" if name.startswith("b_") else "dev")
            if rules == "unseen" and batch in HELD_OUT:
                continue
            candidates = find_forecasts(document.text, language=document.language, said_on=document.said_on)
            texts[document.language].append(Text(document, batch, candidates, examples_of(document, candidates)))
    if rules == "unseen":
        documents = {f"{d.path.parent.name}/{d.path.name}": d for d in load(SETS["holdout"], skip=NEVER)}
        for batch in HELD_OUT:
            for name, candidates, examples in unseen_rules.examples_of_batch(batch):
                document = documents[name]
                texts[document.language].append(Text(document, batch, candidates, examples))
    return texts


def vocabulary(texts: list[Text]) -> dict[str, int]:
    """The features of the training texts, lexical ones only if seen in ``MIN_BATCHES`` batches or more."""
    batches: dict[str, set[str]] = defaultdict(set)
    for item in texts:
        for example in item.examples:
            for f in example.features:
                batches[f].add(item.batch)
    kept = sorted(f for f, seen in batches.items() if not f.startswith(LEXICAL) or len(seen) >= MIN_BATCHES)
    return {f: i for i, f in enumerate(kept)}


def matrix(examples: list[Example], index: dict[str, int]) -> csr_matrix:
    cells = [(r, index[f]) for r, example in enumerate(examples) for f in example.features if f in index]
    rows, cols = [r for r, _ in cells], [c for _, c in cells]
    return csr_matrix((np.ones(len(cells)), (rows, cols)), shape=(len(examples), len(index)))


def fit_and_score(train: list[Text], test: list[Text], c: float) -> list[list[float]]:
    """The probabilities a model trained on ``train`` gives each unit of each text of ``test``."""
    index = vocabulary(train)
    examples = [e for item in train for e in item.examples]
    model = LogisticRegression(C=c, max_iter=5000)
    model.fit(matrix(examples, index), np.array([e.positive for e in examples]))
    return [model.predict_proba(matrix(item.examples, index))[:, 1].tolist() for item in test]


@dataclass(frozen=True)
class Choice:
    c: float  # the inverse strength of the regularisation
    add: float  # a unit the rules left out is added at this probability or above
    drop: float  # a rule candidate below this probability is dropped
    # Only units the rules did not read and exclude (a question, a wish, a schedule, the past, an unnamed view …).
    gated: bool = False

    def keeps(self, example: Example, probability: float) -> bool:
        if example.unit.candidate is not None:
            return probability >= self.drop
        excluded = self.gated and any(f.startswith("read:excluded=") for f in example.features)
        return probability >= self.add and not excluded

    def __str__(self) -> str:
        return f"C {self.c}, add ≥ {self.add}, drop < {self.drop}" + (", not excluded" if self.gated else "")


def choose(texts: list[Text]) -> dict[str, Choice]:
    """Each policy's choice, from out-of-fold probabilities inside ``texts`` (leave one of its batches out)."""
    batches = sorted({item.batch for item in texts})
    forecasts = sum(len(t.document.forecasts) for t in texts)
    best: dict[str, tuple[tuple[float, ...], Choice]] = {}
    for c in C_GRID:
        scored: list[tuple[Example, float]] = []
        for batch in batches:
            test = [t for t in texts if t.batch == batch]
            probabilities = fit_and_score([t for t in texts if t.batch != batch], test, c)
            for item, ps in zip(test, probabilities, strict=True):
                scored.extend(zip(item.examples, ps, strict=True))
        added = [(p, e.positive) for e, p in scored if e.unit.candidate is None]
        ruled = [(p, e.positive) for e, p in scored if e.unit.candidate is not None]
        for add in ADD_GRID:
            for drop in DROP_GRID:
                choice = Choice(c, add, drop)
                kept = [e.positive for e, p in scored if choice.keeps(e, p)]
                precision, recall = _share(kept), sum(kept) / forecasts
                keys = {"overall": (float(precision >= 0.80), recall, precision)}
                adds, drops = [pos for p, pos in added if p >= add], [pos for p, pos in ruled if p < drop]
                if (_share(adds) >= 0.75 or not adds) and (_share(drops) <= 0.25 or not drops):
                    keys["marginal"] = (1.0, recall, precision)
                for policy, key in keys.items():
                    if policy not in best or key > best[policy][0]:
                        best[policy] = (key, choice)
    return {policy: choice for policy, (_, choice) in best.items()}


def _share(flags: list[bool]) -> float:
    return sum(flags) / len(flags) if flags else 0.0


@dataclass
class Tally:
    forecasts: int = 0
    candidates: int = 0
    matched: int = 0

    def add(self, other: Tally) -> None:
        self.forecasts += other.forecasts
        self.candidates += other.candidates
        self.matched += other.matched

    def __str__(self) -> str:
        precision = self.matched / self.candidates if self.candidates else 0.0
        recall = self.matched / self.forecasts if self.forecasts else 0.0
        return f"P{precision:.3f} R{recall:.3f} ({self.matched}/{self.forecasts}, {self.candidates} cand.)"


def tally(texts: list[Text], kept: list[list[Candidate]]) -> Tally:
    """Evaluate's numbers for these candidates of these texts."""
    result = Tally()
    for item, candidates in zip(texts, kept, strict=True):
        result.forecasts += len(item.document.forecasts)
        result.candidates += len(candidates)
        result.matched += len(match(list(item.document.forecasts), candidates))
    return result


def leave_one_batch_out(language: str, texts: list[Text]) -> list[str]:
    lines = [f"{language}, rules alone, then rules + learned layer by policy (thresholds chosen without B):"]
    pooled = {name: Tally() for name in ("rules", *POLICIES)}
    for batch in HELD_OUT:
        train, test = [t for t in texts if t.batch != batch], [t for t in texts if t.batch == batch]
        choices = {
            "even odds": Choice(0.3, 0.5, 0.0),
            "gated": Choice(0.3, 0.5, 0.0, gated=True),
            "model alone": Choice(0.3, 0.5, 0.5),
            **choose(train),
        }
        rules = tally(test, [t.rules for t in test])
        pooled["rules"].add(rules)
        lines.append(f"  {batch:<4} {'rules alone':<10} {rules}")
        probabilities = {c: fit_and_score(train, test, c) for c in {choice.c for choice in choices.values()}}
        for policy in POLICIES:
            choice = choices[policy]
            kept = [
                [as_candidate(e.unit) for e, p in zip(t.examples, ps, strict=True) if choice.keeps(e, p)]
                for t, ps in zip(test, probabilities[choice.c], strict=True)
            ]
            result = tally(test, kept)
            pooled[policy].add(result)
            changes = _changes(test, probabilities[choice.c], choice)
            lines.append(f"  {'':<4} {policy:<11} {result!s:<38} {changes:<28} ({choice})")
    lines.append(f"  pool {'rules alone':<10} {pooled['rules']}")
    lines.extend(f"  {'':<4} {policy:<11} {pooled[policy]}" for policy in POLICIES)
    return lines


def _changes(texts: list[Text], probabilities: list[list[float]], choice: Choice) -> str:
    """What the layer added and dropped: forecasts among the units it added, among the rule candidates it dropped."""
    scored = [(e, p) for t, ps in zip(texts, probabilities, strict=True) for e, p in zip(t.examples, ps, strict=True)]
    added = [e.positive for e, p in scored if e.unit.candidate is None and choice.keeps(e, p)]
    dropped = [e.positive for e, p in scored if e.unit.candidate is not None and not choice.keeps(e, p)]
    return f"+{sum(added)}/{len(added)} -{sum(dropped)}/{len(dropped)}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--language", choices=("en", "zh-Hans"), help="only this language")
    parser.add_argument(
        "--rules",
        choices=("unseen", "current"),
        default="unseen",
        help="each held-out batch read by the rules from before they were tuned on it (unseen), or by today's",
    )
    options = parser.parse_args(argv)
    print(f"Rules on the held-out batches: {options.rules}")
    for language, items in sorted(prepare(options.rules).items()):
        if not options.language or language == options.language:
            print("\n".join(leave_one_batch_out(language, items)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
