"""predictions.scoring on its own: hand-computed values and edge cases, no database."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from predictions import scoring
from predictions.scoring import BinTotal, Interval, Tally


def assert_interval(interval: Interval | None, low: float, high: float) -> None:
    assert interval is not None
    assert (interval.low, interval.high) == pytest.approx((low, high), abs=5e-5)


# --- outcome values and hit rate --------------------------------------------------
def test_outcome_values_score_correct_partly_and_incorrect_only() -> None:
    # Unresolvable and annulled are left out: they count neither for nor against.
    assert scoring.OUTCOME_VALUES == {"correct": 1.0, "partly_correct": 0.5, "incorrect": 0.0}


def test_hit_rate_counts_partly_correct_as_half() -> None:
    # (3 + 0.5 × 2) / (3 + 2 + 3) = 4 / 8
    assert scoring.hit_rate(correct=3, partly_correct=2, incorrect=3) == 0.5
    assert scoring.hit_rate(correct=1, partly_correct=0, incorrect=2) == pytest.approx(1 / 3)


def test_hit_rate_without_scored_predictions_is_none_not_zero() -> None:
    assert scoring.hit_rate(0, 0, 0) is None


def test_hit_rate_all_correct_and_all_incorrect() -> None:
    assert scoring.hit_rate(7, 0, 0) == 1.0
    assert scoring.hit_rate(0, 0, 7) == 0.0


# --- Wilson interval ---------------------------------------------------------------
def test_wilson_interval_half_of_ten_matches_the_hand_computation() -> None:
    # p = 0.5, n = 10, z² = 3.84146: centre = 0.5, half-width = 1.95996/1.38415 × √(0.025 + 0.0096037) = 0.26340
    assert_interval(scoring.wilson_interval(5, 10), 0.23659, 0.76341)


def test_wilson_interval_all_correct_does_not_collapse_to_a_point() -> None:
    # p = 1, n = 10: centre = (1 + 0.19207)/1.38415 = 0.86124, half-width = 1.41600 × 0.09800 = 0.13876
    assert_interval(scoring.wilson_interval(10, 10), 0.72247, 1.0)
    # Three out of three, as quoted on /methodology/: 44%–100%.
    assert_interval(scoring.wilson_interval(3, 3), 0.43850, 1.0)


def test_wilson_interval_none_correct_is_the_mirror_image() -> None:
    assert_interval(scoring.wilson_interval(0, 10), 0.0, 0.27753)


def test_wilson_interval_one_trial() -> None:
    # p = 1, n = 1: centre = (1 + 1.92073)/4.84146 = 0.60327, half-width = 0.40483 × 0.98 = 0.39673
    assert_interval(scoring.wilson_interval(1, 1), 0.20654, 1.0)


def test_wilson_interval_accepts_half_successes_from_partly_correct() -> None:
    # 1 correct + 1 partly correct of 2: successes 1.5, p = 0.75, n = 2, z² = 3.84146:
    # centre = (0.75 + 0.96037)/2.92073 = 0.58560, half-width = 0.67105 × √(0.09375 + 0.24009) = 0.38773
    assert_interval(scoring.wilson_interval(1.5, 2), 0.19787, 0.97332)


def test_wilson_interval_without_trials_is_none() -> None:
    assert scoring.wilson_interval(0, 0) is None


def test_wilson_interval_refuses_more_successes_than_trials() -> None:
    with pytest.raises(ValueError, match="between 0 and 3"):
        scoring.wilson_interval(4, 3)


@given(trials=st.integers(min_value=1, max_value=500), data=st.data())
def test_wilson_interval_always_holds_the_observed_rate_within_zero_and_one(trials: int, data: st.DataObject) -> None:
    successes = data.draw(st.integers(min_value=0, max_value=trials))
    interval = scoring.wilson_interval(successes, trials)
    assert interval is not None
    assert 0.0 <= interval.low <= successes / trials <= interval.high <= 1.0


# --- Brier ---------------------------------------------------------------------------
def test_brier_from_sums_is_the_mean_squared_error() -> None:
    # (0.9−1)² = 0.01, (0.75−0)² = 0.5625, (0.6−0.5)² = 0.01 → 0.5825 / 3; the sums come from SQL
    # (selectors.track_records, checked by hand in test_scoreboard).
    assert scoring.brier_from_sums(0.01 + 0.5625 + 0.01, 3) == pytest.approx(0.194166667)
    assert scoring.brier_from_sums(2.0, 2) == 1.0  # certain and wrong twice: the worst


def test_brier_without_forecasts_is_none() -> None:
    assert scoring.brier_from_sums(0.0, 0) is None


# --- calibration --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("probability", "expected"),
    [(0.0, 0), (0.05, 0), (0.1, 1), (0.75, 7), (0.9, 9), (0.99, 9), (1.0, 9)],
)
def test_bin_index_puts_one_in_the_last_bin(probability: float, expected: int) -> None:
    assert scoring.bin_index(probability) == expected


def test_calibration_from_totals_by_hand() -> None:
    # Forecasts (0.9, 1), (0.9, 0), (0.95, 1) in bin 9; (0.75, ½) in bin 7; (0.0, 0) in bin 0.
    totals = [BinTotal(9, 3, 0.9 + 0.9 + 0.95, 2.0), BinTotal(0, 1, 0.0, 0.0), BinTotal(7, 1, 0.75, 0.5)]
    bins = scoring.calibration_from_totals(totals)

    assert [(item.index, item.count) for item in bins] == [(0, 1), (7, 1), (9, 3)]
    top = bins[-1]
    assert (top.low, top.high) == (0.9, 1.0)
    assert top.mean_forecast == pytest.approx((0.9 + 0.9 + 0.95) / 3)
    assert top.observed == pytest.approx(2 / 3)
    assert bins[1].observed == 0.5  # partly correct counts half


def test_calibration_without_forecasts_is_empty() -> None:
    assert scoring.calibration_from_totals([]) == []
    assert scoring.calibration_from_totals([BinTotal(3, 0, 0.0, 0.0)]) == []


def test_calibration_from_totals_refuses_a_bin_out_of_range() -> None:
    with pytest.raises(ValueError, match="outside"):
        scoring.calibration_from_totals([BinTotal(10, 1, 1.0, 1.0)])


# --- a whole track record ----------------------------------------------------------------
def test_track_record_of_an_empty_tally() -> None:
    record = scoring.track_record(Tally())

    assert record.hit_rate is None
    assert record.interval is None
    assert record.brier is None
    assert record.small_sample is True


def test_track_record_combines_the_counts() -> None:
    tally = Tally(
        total=20, correct=6, partly_correct=2, incorrect=4, unresolvable=1, annulled=1, open=4, due=2, overdue=1,
        brier_count=10, brier_sum=1.5,
    )  # fmt: skip
    record = scoring.track_record(tally)

    assert (tally.scored, tally.not_scored, tally.resolved, tally.pending) == (12, 2, 14, 6)
    assert record.hit_rate == pytest.approx(7 / 12)
    assert record.interval == scoring.wilson_interval(7, 12)
    assert record.brier == 0.15
    assert record.small_sample is False


def test_the_small_sample_threshold_is_ten_scored_predictions() -> None:
    assert scoring.track_record(Tally(correct=9)).small_sample is True
    assert scoring.track_record(Tally(correct=10)).small_sample is False
    # Unresolvable ones are not scored, so they do not make a sample bigger.
    assert scoring.track_record(Tally(correct=5, unresolvable=5)).small_sample is True


def test_tallies_add_up_field_by_field() -> None:
    left = Tally(total=3, correct=1, open=2, brier_count=1, brier_sum=0.01)
    right = Tally(total=2, incorrect=1, overdue=1, due=1, brier_count=1, brier_sum=0.81)

    both = left + right
    assert both.brier_sum == pytest.approx(0.82)
    assert both == Tally(
        total=5, correct=1, incorrect=1, open=2, due=1, overdue=1, brier_count=2, brier_sum=both.brier_sum
    )
    assert sum([left, right], Tally()) == left + right
