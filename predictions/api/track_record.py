"""Track records as the API shows them. The numbers are the public pages' own
(``selectors.track_records`` and ``selectors.scoreboard``, scored by
``predictions.scoring``), so the API and the site cannot disagree.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from predictions.scoring import CalibrationBin, TrackRecord


def _rounded(value: float | None) -> float | None:
    return round(value, 4) if value is not None else None


def record_body(record: TrackRecord) -> dict[str, Any]:
    tally = record.tally
    return {
        "predictions": tally.total,
        "resolved": tally.resolved,
        "correct": tally.correct,
        "partly_correct": tally.partly_correct,
        "incorrect": tally.incorrect,
        "unresolvable": tally.unresolvable,
        "annulled": tally.annulled,
        "pending": tally.pending,
        "due": tally.due,
        "overdue": tally.overdue,
        "hit_rate": _rounded(record.hit_rate),
        "hit_rate_interval": (
            [round(record.interval.low, 4), round(record.interval.high, 4)] if record.interval else None
        ),
        "brier_score": _rounded(record.brier),
        "brier_count": tally.brier_count,
        "small_sample": record.small_sample,
        "late_left_out": tally.late_left_out,
    }


def calibration_body(bins: Iterable[CalibrationBin]) -> list[dict[str, Any]]:
    return [
        {
            "low": item.low,
            "high": item.high,
            "count": item.count,
            "mean_forecast": round(item.mean_forecast, 4),
            "observed": round(item.observed, 4),
        }
        for item in bins
    ]
