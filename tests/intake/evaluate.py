"""How well the forecast extractor does on the labelled corpus: ``python -m tests.intake.evaluate``.

Prints, per language, the documents and forecasts, precision, recall, and among matched forecasts
the resolve-on exact share, probability accuracy and kind accuracy (each over the forecasts
where the label states one). ``--holdout`` evaluates the held-out set instead of the
development corpus; ``--misses`` lists missed forecasts and false candidates;
``--splitter rules`` uses the hand-written English sentence rules instead of sentencex. The last line is
the time a 30,000-character article takes in each language.

Matching (issue 12): a candidate matches an expected forecast when their character spans overlap
by at least half of the expected quote's length; each forecast and each candidate is matched at
most once (a maximum matching over those pairs). Unmatched candidates are false positives,
unmatched forecasts misses.
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from predictions.intake import Candidate, find_forecasts
from predictions.intake.second_look import second_look
from predictions.intake.sentences import Splitter

HERE = Path(__file__).resolve().parent
SETS = {"corpus": HERE / "corpus", "holdout": HERE / "holdout"}
GOALS = {"recall": 0.95, "precision": 0.75, "resolve_on_exact": 0.9}


@dataclass(frozen=True)
class Expected:
    quote: str
    start: int
    end: int
    resolve_on: str | None
    probability: float | None
    kind: str | None


@dataclass(frozen=True)
class Document:
    path: Path
    language: str
    said_on: datetime.date
    text: str
    forecasts: tuple[Expected, ...]
    labelled: int  # forecasts and labelled non-forecasts


def share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


@dataclass
class Agreement:
    """One labelled property (resolve-on date, probability, kind) of the matched forecasts that state it:
    how many were compared, how many candidates had it exactly, and the wrong ones (for the details)."""

    compared: int = 0
    exact: int = 0
    wrong: list[tuple[Document, Expected, Candidate]] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return share(self.exact, self.compared)

    def record(self, is_exact: bool, document: Document, item: Expected, candidate: Candidate) -> None:
        self.compared += 1
        if is_exact:
            self.exact += 1
        else:
            self.wrong.append((document, item, candidate))


@dataclass
class Score:
    documents: int = 0
    forecasts: int = 0
    candidates: int = 0
    matched: int = 0
    # The second look (``predictions.intake.second_look``): the lines listed under the candidates, and how many
    # forecasts are matched once they count too (a missed forecast there costs the reviewer a click, not typing).
    second_look: int = 0
    matched_with_second_look: int = 0
    dates: Agreement = field(default_factory=Agreement)
    probabilities: Agreement = field(default_factory=Agreement)
    kinds: Agreement = field(default_factory=Agreement)
    misses: list[tuple[Document, Expected]] = field(default_factory=list)
    false_positives: list[tuple[Document, Candidate]] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return share(self.matched, self.forecasts)

    @property
    def precision(self) -> float:
        return share(self.matched, self.candidates)

    @property
    def recall_with_second_look(self) -> float:
        return share(self.matched_with_second_look, self.forecasts)

    @property
    def resolve_on_exact(self) -> float:
        return self.dates.rate

    @property
    def wrong_dates(self) -> list[tuple[Document, Expected, Candidate]]:
        return self.dates.wrong


def load(directory: Path, *, skip: tuple[str, ...] = ()) -> Iterator[Document]:
    """The labelled documents under ``directory`` (``<lang>/<name>.json``), checked as they are read; the files whose
    names start with one of ``skip`` are not opened."""
    for path in sorted(directory.glob("*/*.json")):
        if path.name.startswith(skip):
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        text = data["text"]
        forecasts = []
        for item in data["forecasts"]:
            quote = item["quote"]
            start = item.get("start")
            if start is None:
                start = text.find(quote)
            if start < 0 or text[start : start + len(quote)] != quote:
                raise ValueError(f"{path}: quote not found in the text at the stated place: {quote!r}")
            forecasts.append(
                Expected(
                    quote=quote,
                    start=start,
                    end=start + len(quote),
                    resolve_on=item.get("resolve_on"),
                    probability=item.get("probability"),
                    kind=item.get("kind"),
                )
            )
        yield Document(
            path=path,
            language=data["language"],
            said_on=datetime.date.fromisoformat(data["said_on"]),
            text=text,
            forecasts=tuple(forecasts),
            labelled=len(forecasts) + len(data.get("non_forecasts", [])),
        )


def overlap(expected: Expected, candidate: Candidate) -> int:
    return max(0, min(expected.end, candidate.end) - max(expected.start, candidate.start))


def match(expected: list[Expected], candidates: list[Candidate]) -> dict[int, int]:
    """A maximum matching expected index → candidate index over the pairs that overlap by half the quote."""
    edges = {
        e: [c for c, candidate in enumerate(candidates) if 2 * overlap(item, candidate) >= len(item.quote)]
        for e, item in enumerate(expected)
    }
    owner: dict[int, int] = {}  # candidate → expected

    def augment(e: int, seen: set[int]) -> bool:
        for c in edges[e]:
            if c in seen:
                continue
            seen.add(c)
            if c not in owner or augment(owner[c], seen):
                owner[c] = e
                return True
        return False

    for e in edges:
        augment(e, set())
    return {e: c for c, e in owner.items()}


def evaluate(documents: Iterable[Document], *, splitter: Splitter = "sentencex") -> dict[str, Score]:
    scores: dict[str, Score] = {}
    for document in documents:
        candidates = find_forecasts(
            document.text, language=document.language, said_on=document.said_on, splitter=splitter
        )
        second = second_look(document.text, language=document.language, said_on=document.said_on, candidates=candidates)
        tally(scores.setdefault(document.language, Score()), document, candidates, second)
    return scores


def tally(score: Score, document: Document, candidates: list[Candidate], second: list[Candidate]) -> None:
    """Add one document to ``score``: ``candidates`` (the extractor's, or a second hand's labels) matched against
    the document's labelled forecasts, and the ``second`` look's lines."""
    expected = list(document.forecasts)
    pairs = match(expected, candidates)
    score.documents += 1
    score.forecasts += len(expected)
    score.candidates += len(candidates)
    score.matched += len(pairs)
    score.second_look += len(second)
    score.matched_with_second_look += len(match(expected, candidates + second)) if second else len(pairs)
    for e, item in enumerate(expected):
        if e not in pairs:
            score.misses.append((document, item))
            continue
        candidate = candidates[pairs[e]]
        if item.resolve_on is not None:
            found = candidate.resolve_on.isoformat() if candidate.resolve_on else None
            score.dates.record(found == item.resolve_on, document, item, candidate)
        if item.probability is not None:
            close = candidate.probability is not None and abs(candidate.probability - item.probability) < 0.0005
            score.probabilities.record(close, document, item, candidate)
        if item.kind is not None:
            score.kinds.record(candidate.kind == item.kind, document, item, candidate)
    matched = set(pairs.values())
    score.false_positives.extend((document, c) for i, c in enumerate(candidates) if i not in matched)


def report(scores: dict[str, Score], set_name: str) -> str:
    lines = [
        f"Forecast extractor on the {set_name} (goals: recall ≥ {GOALS['recall']}, precision ≥ {GOALS['precision']}, "
        f"resolve-on exact ≥ {GOALS['resolve_on_exact']})",
        f"{'language':<9} {'docs':>5} {'forecasts':>9} {'candidates':>10} {'precision':>9} {'recall':>7} "
        f"{'resolve-on':>10} {'probability':>11} {'kind':>6}",
    ]
    for language, s in sorted(scores.items()):
        lines.append(
            f"{language:<9} {s.documents:>5} {s.forecasts:>9} {s.candidates:>10} {s.precision:>9.3f} {s.recall:>7.3f} "
            f"{s.resolve_on_exact:>10.3f} {s.probabilities.rate:>11.3f} {s.kinds.rate:>6.3f}"
        )
        lines.append(
            f"{'':<9} resolve-on {s.dates.exact}/{s.dates.compared}, "
            f"probability {s.probabilities.exact}/{s.probabilities.compared}, "
            f"kind {s.kinds.exact}/{s.kinds.compared}, "
            f"{len(s.false_positives)} false candidates, {len(s.misses)} missed"
        )
        lines.append(
            f"{'':<9} second look: {s.second_look} more lines ({share(s.second_look, s.documents):.1f} a document), "
            f"recall with them {s.recall_with_second_look:.3f}"
        )
    return "\n".join(lines)


def details(scores: dict[str, Score]) -> str:
    lines: list[str] = []
    for language, s in sorted(scores.items()):
        for document, item in s.misses:
            lines.append(f"MISS  {language} {document.path.name}: {item.quote!r}")
        for document, candidate in s.false_positives:
            lines.append(f"FALSE {language} {document.path.name}: {candidate.quote!r}")
        for document, item, candidate in s.dates.wrong:
            lines.append(
                f"DATE  {language} {document.path.name}: expected {item.resolve_on}, got {candidate.resolve_on} "
                f"({candidate.horizon!r}) for {item.quote!r}"
            )
        for document, item, candidate in s.probabilities.wrong:
            lines.append(
                f"PROB  {language} {document.path.name}: expected {item.probability}, "
                f"got {candidate.probability} for {item.quote!r}"
            )
        for document, item, candidate in s.kinds.wrong:
            lines.append(
                f"KIND  {language} {document.path.name}: expected {item.kind}, got {candidate.kind} for {item.quote!r}"
            )
    return "\n".join(lines)


ARTICLE_CHARACTERS = 30_000


def speed(documents: list[Document], *, runs: int = 5) -> dict[str, tuple[float, float]]:
    """Seconds of processor time the extractor takes on a 30,000-character article per language (the set's texts
    one after another), best of ``runs``, alone and with the second look (what "Find forecasts" computes): what a
    reviewer waits for a long pasted article, whatever else the machine is doing."""
    seconds: dict[str, tuple[float, float]] = {}
    for language in sorted({d.language for d in documents}):
        texts = [d.text for d in documents if d.language == language]
        article = "\n\n".join(texts * (1 + ARTICLE_CHARACTERS // max(1, sum(map(len, texts)))))[:ARTICLE_CHARACTERS]
        said_on = datetime.date(2025, 1, 1)
        find_forecasts("Warm up. It will rain.", language=language, said_on=said_on)
        alone = with_second_look = float("inf")
        for _ in range(runs):
            started = time.process_time()
            candidates = find_forecasts(article, language=language, said_on=said_on)
            found = time.process_time()
            second_look(article, language=language, said_on=said_on, candidates=candidates)
            alone = min(alone, found - started)
            with_second_look = min(with_second_look, time.process_time() - started)
        seconds[language] = (alone, with_second_look)
    return seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--holdout", action="store_true", help="evaluate the held-out set instead of the corpus")
    parser.add_argument("--misses", action="store_true", help="list misses, false candidates and wrong fields")
    parser.add_argument(
        "--batch",
        metavar="PREFIX",
        default="",
        help="only the documents whose file name starts with PREFIX (e.g. e_; several, pooled: n_,o_)",
    )
    parser.add_argument(
        "--splitter", choices=("sentencex", "rules"), default="sentencex", help="English sentence splitter"
    )
    options = parser.parse_args(argv)
    set_name = "holdout" if options.holdout else "corpus"
    prefixes = tuple(options.batch.split(","))
    documents = [document for document in load(SETS[set_name]) if document.path.name.startswith(prefixes)]
    if options.batch:
        set_name += f" (batch {options.batch})"
    if not documents:
        print(f"No labelled documents under {SETS[set_name.split()[0]]} matching {options.batch!r}.", file=sys.stderr)
        return 1
    scores = evaluate(documents, splitter=options.splitter)
    print(report(scores, set_name))
    timings = ", ".join(
        f"{language} {1000 * alone:.0f} ms ({1000 * both:.0f} ms with the second look)"
        for language, (alone, both) in speed(documents).items()
    )
    print(f"A {ARTICLE_CHARACTERS:,}-character article (processor time, best of 5): {timings}")
    if options.misses:
        print(details(scores))
    return 0


if __name__ == "__main__":
    sys.exit(main())
