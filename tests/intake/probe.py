"""The probe suites: ``python -m tests.intake.probe`` prints, per form of sentence, how many labelled forecasts the
extractor finds, how many of their dates it gets right, and how many look-alikes it offers.

A probe is one to three sentences written to test one form a journalist uses ("sees X at", "is odds-on to", 料,
目标价, a bare answer to a question, a look-alike of each), labelled by the corpus README's rules
(``tests/intake/probes/en.jsonl``, ``zh.jsonl``; written in issue 12's fifteenth round by two helpers who never saw
the extractor). The batches measure the extractor on whole texts; the probes say which *form* fails, so a round can
fix forms rather than one text's words. Matching is evaluate's: a candidate overlapping half a labelled quote.
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from predictions.intake import find_forecasts

SUITES = {
    "en": Path(__file__).with_name("probes") / "en.jsonl",
    "zh-Hans": Path(__file__).with_name("probes") / "zh.jsonl",
}


@dataclass
class FormScore:
    forecasts: int = 0
    found: int = 0
    dated: int = 0  # found forecasts with a date on either side
    dates_right: int = 0
    false: int = 0  # candidates that match no labelled forecast


def probes(language: str) -> list[dict]:
    """The suite's items, each checked: every labelled quote occurs in its text."""
    items = [json.loads(line) for line in SUITES[language].read_text(encoding="utf-8").splitlines() if line.strip()]
    for item in items:
        for forecast in item["forecasts"]:
            if forecast["quote"] not in item["text"]:
                raise ValueError(f"{item['id']}: quote not in its text: {forecast['quote']!r}")
    return items


def score(language: str, *, misses: list[str] | None = None) -> dict[str, FormScore]:
    forms: dict[str, FormScore] = defaultdict(FormScore)
    for item in probes(language):
        text, form = item["text"], forms[item["form"]]
        candidates = find_forecasts(text, language=language, said_on=datetime.date.fromisoformat(item["said_on"]))
        taken: set[int] = set()
        for forecast in item["forecasts"]:
            start = text.find(forecast["quote"])
            end = start + len(forecast["quote"])
            form.forecasts += 1
            hit = next(
                (
                    i
                    for i, c in enumerate(candidates)
                    if i not in taken and 2 * max(0, min(end, c.end) - max(start, c.start)) >= end - start
                ),
                None,
            )
            if hit is None:
                if misses is not None:
                    misses.append(f"MISS  {item['id']} {forecast['quote']}")
                continue
            taken.add(hit)
            form.found += 1
            found_on = candidates[hit].resolve_on
            if forecast["resolve_on"] is not None or found_on is not None:
                form.dated += 1
                form.dates_right += (found_on.isoformat() if found_on else None) == forecast["resolve_on"]
        for i, candidate in enumerate(candidates):
            if i not in taken:
                form.false += 1
                if misses is not None:
                    misses.append(f"FALSE {item['id']} {candidate.quote}")
    return dict(forms)


def report(language: str, forms: dict[str, FormScore]) -> str:
    lines = [f"{language}: {'form':<34} found  dates  look-alikes offered"]
    total = FormScore()
    for name, form in sorted(forms.items()):
        lines.append(
            f"    {name:<38} {form.found:>2}/{form.forecasts:<2}  {form.dates_right:>2}/{form.dated:<2}  {form.false}"
        )
        for field in ("forecasts", "found", "dated", "dates_right", "false"):
            setattr(total, field, getattr(total, field) + getattr(form, field))
    lines.append(
        f"    {'all':<38} {total.found}/{total.forecasts} = {total.found / total.forecasts:.3f} found, "
        f"dates {total.dates_right}/{total.dated}, {total.false} offered that are no forecast"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--misses", action="store_true", help="list the forecasts missed and the candidates offered wrongly"
    )
    args = parser.parse_args(argv)
    for language in SUITES:
        misses: list[str] | None = [] if args.misses else None
        print(report(language, score(language, misses=misses)))
        for line in misses or []:
            print("   ", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
