"""The second hand's labels (``tests/intake/second_hand``) stay comparable with the first hand's: same texts, quotes
that anchor, and scored the way the extractor's candidates are."""

from __future__ import annotations

import datetime

from predictions.intake import Candidate
from tests.intake.agreement import pairs, second_hands_labels
from tests.intake.evaluate import Score, tally


def test_each_second_hand_file_relabels_a_held_out_text_and_its_quotes_anchor() -> None:
    matched = pairs()  # refuses a file without its held-out twin, or with a different text
    assert {first.language for first, _ in matched} == {"en", "zh-Hans"}
    for first, path in matched:
        labels = second_hands_labels(path)
        assert labels, f"{path.name}: no forecasts labelled"
        assert all(first.text[label.start : label.end] == label.quote for label in labels), path.name


def test_the_first_hands_own_labels_offered_back_agree_fully_and_a_wrong_date_counts() -> None:
    first, _ = pairs()[0]
    own = [
        Candidate(
            quote=item.quote,
            start=item.start,
            end=item.end,
            horizon=None,
            resolve_on=datetime.date.fromisoformat(item.resolve_on) if item.resolve_on else None,
            horizon_rule=None,
            probability=item.probability,
            hedges=(),
            kind=None,
        )
        for item in first.forecasts
    ]
    score = Score()
    tally(score, first, own, [])
    assert (score.precision, score.recall, score.resolve_on_exact) == (1.0, 1.0, 1.0)
    dated = next(i for i, c in enumerate(own) if c.resolve_on)
    own[dated] = Candidate(**{**own[dated].__dict__, "resolve_on": datetime.date(1999, 1, 1)})
    again = Score()
    tally(again, first, own[:-1], [])
    assert again.recall < 1.0 and again.dates.exact == again.dates.compared - 1
