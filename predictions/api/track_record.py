"""Track-record numbers for the API, from the same code as the public pages.

The scoreboard and a speaker's detail come from ``predictions.selectors.scoreboard``
(aggregated in SQL, cached under the ledger generation of ``predictions.public_cache``), and
a page of the speakers list is tallied with its aggregates in one GROUP BY; the
scores themselves (hit rate with partly correct counting half, the 95% Wilson
interval, Brier) are ``predictions.scoring``'s. So the API and the site cannot
disagree.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import Any

from predictions.models import Prediction
from predictions.scoring import CalibrationBin, Tally, TrackRecord, track_record
from predictions.selectors.scoreboard import tallies_by_speaker


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


def records_by_speaker(speaker_ids: list[int], today: datetime.date) -> dict[int, TrackRecord]:
    """Track records of these speakers' public predictions: one GROUP BY query."""
    tallies = tallies_by_speaker(Prediction.objects.public().filter(speaker_id__in=speaker_ids), today)
    return {speaker_id: track_record(tallies.get(speaker_id, Tally())) for speaker_id in speaker_ids}
