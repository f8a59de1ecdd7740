"""The extractor keeps its measured quality on the labelled corpus (issue 12's goals), per language.

``python -m tests.intake.evaluate --misses`` shows what is missed. The held-out set is not used here:
it estimates how the extractor does on texts its author never read.
"""

from __future__ import annotations

import pytest

from predictions.intake import Candidate
from tests.intake.evaluate import GOALS, SETS, Expected, Score, evaluate, load, match

DOCUMENTS = list(load(SETS["corpus"]))


@pytest.fixture(scope="module")
def scores() -> dict[str, Score]:
    """The corpus scored once for the module's tests (a few seconds)."""
    return evaluate(DOCUMENTS)


@pytest.mark.parametrize("language", ["en", "zh-Hans"])
def test_the_corpus_has_at_least_60_labelled_sentences_per_language(language: str) -> None:
    documents = [d for d in DOCUMENTS if d.language == language]
    assert sum(d.labelled for d in documents) >= 60, f"{language}: too few labelled sentences to measure"


@pytest.mark.parametrize("language", ["en", "zh-Hans"])
def test_recall_precision_and_resolve_on_reach_the_goals(language: str, scores: dict[str, Score]) -> None:
    score = scores.get(language)
    assert score is not None, f"no {language} documents in the corpus"
    assert score.recall >= GOALS["recall"], [item.quote for _, item in score.misses]
    assert score.precision >= GOALS["precision"], [c.quote for _, c in score.false_positives]
    assert score.resolve_on_exact >= GOALS["resolve_on_exact"], [
        (item.quote, item.resolve_on, c.resolve_on) for _, item, c in score.wrong_dates
    ]


@pytest.mark.parametrize("language", ["en", "zh-Hans"])
def test_the_second_look_holds_misses_in_a_few_lines(language: str, scores: dict[str, Score]) -> None:
    """ "Find forecasts" lists the second look under the candidates: it must hold some of what the extractor misses
    (recall with it), and stay short enough to read (lines a document), or it is no help."""
    score = scores[language]
    assert score.recall_with_second_look >= 0.97
    assert score.recall_with_second_look > score.recall
    assert score.second_look <= 5 * score.documents


def expected(start: int, end: int) -> Expected:
    return Expected(quote="x" * (end - start), start=start, end=end, resolve_on=None, probability=None, kind=None)


def candidate(start: int, end: int) -> Candidate:
    return Candidate("x" * (end - start), start, end, None, None, None, None, (), None)


def test_matching_needs_half_the_expected_quote() -> None:
    assert match([expected(0, 20)], [candidate(10, 30)]) == {0: 0}
    assert match([expected(0, 20)], [candidate(11, 30)]) == {}
    # A long candidate covering a short expected quote matches it (the overlap is measured on the quote).
    assert match([expected(40, 50)], [candidate(0, 100)]) == {0: 0}


def test_matching_pairs_each_at_most_once_and_finds_the_most_pairs() -> None:
    # Two expected forecasts inside one candidate: only one is matched.
    assert len(match([expected(0, 10), expected(12, 26)], [candidate(0, 30)])) == 1
    # The first expected forecast could take either candidate, the second only the first one:
    # a greedy pairing would lose the second, the maximum matching keeps both.
    pairs = match([expected(10, 30), expected(0, 12)], [candidate(0, 20), candidate(20, 40)])
    assert pairs == {0: 1, 1: 0}
