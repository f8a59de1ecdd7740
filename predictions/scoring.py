"""How a track record is scored. Pure functions: no database, no Django.

The rules (explained to the public on /methodology/):

- **Scored outcomes** are correct (1), partly correct (½) and incorrect (0).
  Unresolvable and annulled predictions are shown but never scored: nobody
  could judge them, so they count neither for nor against the speaker.
- **Hit rate** = (correct + ½ × partly correct) / scored.
- **95% Wilson score interval** around the hit rate; with half-credit the
  "successes" may be a half-integer, which the formula accepts as it stands.
- **Brier score** = mean of (p − o)² over scored predictions that have an
  implied probability p (the probability that the claim comes true) and
  outcome value o. 0 is perfect; always saying 50% scores 0.25.
- **Calibration**: forecasts grouped in bins of implied probability
  ([0, 0.1), [0.1, 0.2) … [0.9, 1.0]); for each bin the number of forecasts,
  their mean probability and the observed frequency (mean outcome value).
- A record with fewer than ``SMALL_SAMPLE`` scored predictions is flagged as
  too small to mean much.

The database computes sums and counts (``predictions.selectors.scoreboard``); these
functions turn them into rates, so the arithmetic lives in one tested place.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

# The outcome value of each scored outcome; the others are not scored.
OUTCOME_VALUES: dict[str, float] = {"correct": 1.0, "partly_correct": 0.5, "incorrect": 0.0}
# z for a two-sided 95% interval: the 97.5th percentile of the standard normal.
Z_95 = 1.959963984540054
# Below this many scored predictions a hit rate says little (its 95% interval
# is wider than ±25 points at 50%), and the pages say so.
SMALL_SAMPLE = 10
CALIBRATION_BINS = 10


@dataclass(frozen=True)
class Interval:
    low: float
    high: float


@dataclass(frozen=True)
class CalibrationBin:
    index: int
    low: float  # the bin covers [low, high), the last one [low, 1.0]
    high: float
    count: int
    mean_forecast: float
    observed: float  # mean outcome value: the share that came true


@dataclass(frozen=True)
class BinTotal:
    """What the database returns per calibration bin."""

    index: int
    count: int
    forecast_sum: float
    outcome_sum: float


class SumOf:
    """A count that adds up others of the same object, read like an attribute (``Tally.scored``)."""

    def __init__(self, *names: str) -> None:
        self.names = names

    def __get__(self, instance: object, owner: type | None = None) -> int:
        return sum(getattr(instance, name) for name in self.names)


@dataclass(frozen=True)
class Tally:
    """Counts (and Brier sums) for a set of predictions, as the database returns them."""

    total: int = 0
    correct: int = 0
    partly_correct: int = 0
    incorrect: int = 0
    unresolvable: int = 0
    annulled: int = 0
    open: int = 0
    due: int = 0  # overdue included
    overdue: int = 0
    brier_count: int = 0
    brier_sum: float = 0.0
    # Verdicts on predictions recorded late (``selectors.status.recorded_late_for``)
    # left out of the counts above and the scores; 0 when the reader included them.
    late_left_out: int = 0

    def __add__(self, other: Tally) -> Tally:
        """The tally of two disjoint sets of predictions (e.g. two speakers')."""
        return Tally(**{name: getattr(self, name) + getattr(other, name) for name in self.__dataclass_fields__})

    scored = SumOf("correct", "partly_correct", "incorrect")
    not_scored = SumOf("unresolvable", "annulled")
    resolved = SumOf("scored", "not_scored", "late_left_out")
    pending = SumOf("open", "due")


@dataclass(frozen=True)
class TrackRecord:
    """A tally with its scores: what the pages show."""

    tally: Tally
    hit_rate: float | None
    interval: Interval | None
    brier: float | None
    small_sample: bool


def hit_rate(correct: int, partly_correct: int, incorrect: int) -> float | None:
    """Share of scored predictions that came true, partly correct counting half; None when none is scored."""
    scored = correct + partly_correct + incorrect
    if scored == 0:
        return None
    return (correct + 0.5 * partly_correct) / scored


def wilson_interval(successes: float, trials: int, z: float = Z_95) -> Interval | None:
    """The Wilson score interval for ``successes`` out of ``trials``; None without trials.

    Unlike the textbook p ± z·√(p(1−p)/n) it stays inside [0, 1] and does not
    collapse to a point at 0% or 100% — which matters for small records.
    """
    if trials <= 0:
        return None
    if not 0 <= successes <= trials:
        raise ValueError(f"successes must be between 0 and {trials}, not {successes}")
    p = successes / trials
    z2 = z * z
    denominator = 1 + z2 / trials
    centre = (p + z2 / (2 * trials)) / denominator
    half_width = (z / denominator) * math.sqrt(p * (1 - p) / trials + z2 / (4 * trials * trials))
    # At 0 or n successes the bound is exactly 0 or 1; say so rather than leave a rounding error.
    low = 0.0 if successes == 0 else max(0.0, centre - half_width)
    high = 1.0 if successes == trials else min(1.0, centre + half_width)
    return Interval(low=low, high=high)


def brier_from_sums(squared_error_sum: float, count: int) -> float | None:
    """Brier score from the sum of squared errors and their number (as SQL returns them)."""
    if count <= 0:
        return None
    return squared_error_sum / count


def bin_index(probability: float, bins: int = CALIBRATION_BINS) -> int:
    """The calibration bin of a probability: floor(p × bins), with p = 1 in the last bin.

    ``predictions.selectors.scoreboard`` computes the same in SQL (LEAST(FLOOR(p × bins), bins − 1)).
    """
    _check_probability(probability)
    return min(math.floor(probability * bins), bins - 1)


def calibration_from_totals(totals: Iterable[BinTotal], bins: int = CALIBRATION_BINS) -> list[CalibrationBin]:
    """Calibration bins from per-bin counts and sums, ordered by bin; empty bins left out."""
    result = []
    for total in sorted(totals, key=lambda item: item.index):
        if total.count <= 0:
            continue
        if not 0 <= total.index < bins:
            raise ValueError(f"bin index {total.index} is outside 0–{bins - 1}")
        result.append(
            CalibrationBin(
                index=total.index,
                low=total.index / bins,
                high=(total.index + 1) / bins,
                count=total.count,
                mean_forecast=total.forecast_sum / total.count,
                observed=total.outcome_sum / total.count,
            )
        )
    return result


def track_record(tally: Tally) -> TrackRecord:
    """Hit rate, its 95% interval, Brier score and the small-sample flag of a tally."""
    rate = hit_rate(tally.correct, tally.partly_correct, tally.incorrect)
    successes = tally.correct + 0.5 * tally.partly_correct
    return TrackRecord(
        tally=tally,
        hit_rate=rate,
        interval=wilson_interval(successes, tally.scored),
        brier=brier_from_sums(tally.brier_sum, tally.brier_count),
        small_sample=tally.scored < SMALL_SAMPLE,
    )


def _check_probability(probability: float) -> None:
    if not 0.0 <= probability <= 1.0 or math.isnan(probability):
        raise ValueError(f"a probability must be between 0 and 1, not {probability}")
