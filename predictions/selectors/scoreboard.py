"""The scoreboard: the site's record and every speaker's, read from the kept tallies, cached.

The counts are the kept tallies' (``selectors.track_records``: a few rows per
speaker, moved by the services with each change), scored by
``predictions.scoring``, so the page costs the same few queries with 1,000
predictions or 100,000, even rendered afresh. The results are cached (Redis in
production, the database cache on the embedded default) until the home page's
subject moves (``predictions.public_cache``: any change to a public
prediction); the keys carry the day too ("due now" changes at midnight).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.utils import timezone

from predictions import public_cache
from predictions.models import Speaker
from predictions.scoring import CalibrationBin, TrackRecord, track_record
from predictions.selectors.track_records import (
    HORIZONS,
    Scope,
    due_by_speaker,
    scope_calibration,
    scoped_predictions,
    site_tally,
    top_tallies,
)

__all__ = ["HORIZONS", "SPEAKER_LIMIT", "Scope", "Scoreboard", "SpeakerRow", "scoped_predictions", "scoreboard"]

# The scoreboard table lists at most this many speakers (those with the most
# predictions); the page says how many there are in all.
SPEAKER_LIMIT = 50


@dataclass(frozen=True)
class SpeakerRow:
    slug: str
    name: str
    name_original: str
    record: TrackRecord


@dataclass(frozen=True)
class Scoreboard:
    record: TrackRecord
    speakers: list[SpeakerRow] = field(default_factory=list)
    speaker_count: int = 0
    calibration: list[CalibrationBin] = field(default_factory=list)


def _compute_scoreboard(scope: Scope, today: datetime.date) -> Scoreboard:
    due = due_by_speaker(scope, today)
    site, speaker_count = site_tally(scope, today, due)
    tallies = top_tallies(scope, today, SPEAKER_LIMIT, due)
    speakers = Speaker.objects.in_bulk(list(tallies))
    return Scoreboard(
        record=track_record(site),
        speakers=[
            SpeakerRow(
                slug=speakers[speaker_id].slug,
                name=speakers[speaker_id].name,
                name_original=speakers[speaker_id].name_original,
                record=track_record(tallies[speaker_id]),
            )
            for speaker_id in tallies
        ],
        speaker_count=speaker_count,
        calibration=scope_calibration(scope),
    )


def scoreboard(scope: Scope | None = None, today: datetime.date | None = None) -> Scoreboard:
    """The site's record and each speaker's (the top ``SPEAKER_LIMIT``), cached until a public prediction changes."""
    scope = scope or Scope()
    today = today or timezone.localdate()
    return public_cache.cached(
        "aggregates",
        "scoreboard",
        today.isoformat(),
        scope.key(),
        subjects=[public_cache.HOME],
        compute=lambda: _compute_scoreboard(scope, today),
    )
