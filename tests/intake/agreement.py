"""How far two human hands agree, beside how far the extractor agrees with one: ``python -m tests.intake.agreement``.

``tests/intake/second_hand/<lang>/<name>.json`` are held-out texts labelled a second time, by a hand that read only
the labelling rules and saw neither the first hand's labels nor the extractor (the file has the first's name). The
second hand's forecasts are scored against the first's exactly as the extractor's candidates are (``evaluate``'s
matching: half the labelled quote overlapped), and the extractor is scored on the same texts — so the line the
issue draws (9 in 10 forecasts found) can be read against how often two careful people find the same forecasts.
The relabelled texts are from t_ … w_, which the thirteenth round then tuned on: the extractor's row flatters it
(before that round it stood at 0.796 / 0.811 in English and 0.835 / 0.914 in Chinese; docs/decisions.md).
"""

from __future__ import annotations

import datetime
import json
import sys
from pathlib import Path

from predictions.intake import Candidate
from tests.intake.evaluate import HERE, SETS, Document, Score, evaluate, load, tally

SECOND_HAND = HERE / "second_hand"


def second_hands_labels(path: Path) -> list[Candidate]:
    """The second hand's forecasts in ``path``, as candidates (what a hand labels is what it would offer)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    labels = []
    for item in data["forecasts"]:
        start = item.get("start", data["text"].find(item["quote"]))
        resolve_on = item.get("resolve_on")
        labels.append(
            Candidate(
                quote=item["quote"],
                start=start,
                end=start + len(item["quote"]),
                horizon=None,
                resolve_on=datetime.date.fromisoformat(resolve_on) if resolve_on else None,
                horizon_rule=None,
                probability=item.get("probability"),
                hedges=tuple(item.get("hedges", ())),
                kind=item.get("kind"),
            )
        )
    return labels


def pairs() -> list[tuple[Document, Path]]:
    """Each first-hand document that has a second hand's labels, with the second hand's file."""
    firsts = {(d.language, d.path.name): d for d in load(SETS["holdout"])}
    found = []
    for path in sorted(SECOND_HAND.glob("*/*.json")):
        first = firsts.get((path.parent.name, path.name))
        if first is None:
            raise SystemExit(f"{path}: no held-out document of that name to compare with")
        if json.loads(path.read_text(encoding="utf-8"))["text"] != first.text:
            raise SystemExit(f"{path}: its text differs from the held-out document's")
        found.append((first, path))
    return found


def line(who: str, language: str, s: Score) -> str:
    return (
        f"{language:<9} {who:<13} {s.documents:>4} {s.forecasts:>9} {s.candidates:>7} {s.precision:>9.3f} "
        f"{s.recall:>7.3f} {s.resolve_on_exact:>10.3f} {s.dates.exact:>4}/{s.dates.compared:<4} "
        f"{s.probabilities.exact}/{s.probabilities.compared}"
    )


def main() -> int:
    matched = pairs()
    if not matched:
        print(f"No second hand's labels under {SECOND_HAND}.", file=sys.stderr)
        return 1
    humans: dict[str, Score] = {}
    for first, path in matched:
        tally(humans.setdefault(first.language, Score()), first, second_hands_labels(path), [])
    machine = evaluate(first for first, _ in matched)
    print("Against the first hand's labels, on the texts both hands labelled:")
    print(
        f"{'language':<9} {'who':<13} {'docs':>4} {'forecasts':>9} {'offered':>7} {'precision':>9} {'recall':>7} "
        f"{'resolve-on':>10} {'dates':>9} probability"
    )
    for language in sorted(humans):
        print(line("second hand", language, humans[language]))
        print(line("extractor", language, machine[language]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
