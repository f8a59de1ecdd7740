"""Which English sentence splitter should the extractor use? ``python -m tests.intake.measure_splitters``.

For each splitter: the extractor's scores on the English development corpus with it (precision,
recall, resolve-on exact), how many documents it splits differently from sentencex (the one in use),
and the time it takes to split a 30 KB English article (the corpus' texts one after another), best
of three. sentencex and our own ``rules`` are built in; pysbd, syntok and blingfire are measured only
when installed (``.venv/bin/pip install pysbd syntok blingfire numpy``; none is a dependency). The
result and the decision are in docs/decisions.md (issue 12).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from unittest import mock

from predictions.intake import sentences
from predictions.intake.sentences import Span, Splitter
from tests.intake.evaluate import SETS, evaluate, load

LineSplitter = Callable[[str], list[Span]]


def located(line: str, pieces: list[str]) -> list[Span]:
    """The spans of ``pieces`` (the sentences of ``line`` in order, as strings) in ``line``."""
    spans: list[Span] = []
    cursor = 0
    for piece in (p.strip() for p in pieces):
        start = line.find(piece, cursor) if piece else -1
        if start >= 0:
            spans.append((start, start + len(piece)))
            cursor = start + len(piece)
    return spans


def pysbd_splitter() -> LineSplitter:
    import pysbd

    segmenter = pysbd.Segmenter(language="en", clean=False, char_span=False)
    return lambda line: located(line, segmenter.segment(line))


def syntok_splitter() -> LineSplitter:
    from syntok import segmenter

    def split(line: str) -> list[Span]:
        return [
            (sentence[0].offset, sentence[-1].offset + len(sentence[-1].value))
            for paragraph in segmenter.analyze(line)
            for sentence in paragraph
        ]

    return split


def blingfire_splitter() -> LineSplitter:
    import blingfire

    return lambda line: [(start, end) for start, end in blingfire.text_to_sentences_and_offsets(line)[1]]


OPTIONAL = {"pysbd": pysbd_splitter, "syntok": syntok_splitter, "blingfire": blingfire_splitter}


def best_of_three(split: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        split()
        best = min(best, time.perf_counter() - started)
    return best


def main() -> int:
    documents = [d for d in load(SETS["corpus"]) if d.language == "en"]
    article = "\n\n".join(d.text for d in documents)[:30_000]

    def sentences_of(splitter: Splitter) -> list[list[Span]]:
        return [sentences.split_sentences(d.text, language="en", splitter=splitter) for d in documents]

    reference = sentences_of("sentencex")
    print(f"{'splitter':<10} {'precision':>9} {'recall':>7} {'resolve-on':>10} {'differs in':>10} {'30 KB split':>12}")
    candidates: list[tuple[str, LineSplitter | None]] = [("sentencex", None), ("rules", None)]
    for name, make in OPTIONAL.items():
        try:
            candidates.append((name, make()))
        except ImportError as error:
            print(f"{name:<10} not installed ({error})")
    for name, line_splitter in candidates:
        # An optional splitter stands in for sentencex, line by line, exactly where sentencex is called.
        with mock.patch.object(sentences, "split_sentencex", line_splitter or sentences.split_sentencex):
            splitter: Splitter = "rules" if name == "rules" else "sentencex"
            score = evaluate(documents, splitter=splitter)["en"]
            differs = sum(1 for mine, theirs in zip(sentences_of(splitter), reference, strict=True) if mine != theirs)
            sentences_of(splitter)  # warm up
            seconds = best_of_three(lambda: sentences.split_sentences(article, language="en", splitter=splitter))  # noqa: B023
        print(
            f"{name:<10} {score.precision:>9.3f} {score.recall:>7.3f} {score.resolve_on_exact:>10.3f} "
            f"{differs:>4} of {len(documents):<3} {1000 * seconds:>9.1f} ms"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
