"""The scoreboard: the site's record and every speaker's, counted by the database, cached.

The counts are ``selectors.track_records``' (GROUP BY queries with
conditional counts), scored by ``predictions.scoring``, so the page costs the
same few queries with 5 predictions or 100,000. The results are cached (Redis in production, the database cache on
the embedded default) under the ledger's current generation
(``predictions.public_cache``): every write the public could notice starts a
new generation, after which every process computes afresh; the keys carry the
day too ("due now" changes at midnight).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.db.models import DurationField, ExpressionWrapper, F
from django.utils import timezone

from predictions import public_cache
from predictions.models import Prediction, Speaker
from predictions.scoring import CalibrationBin, Tally, TrackRecord, track_record
from predictions.selectors.status import PredictionQuerySet
from predictions.selectors.track_records import calibration, tallies_by_speaker

# The scoreboard table lists at most this many speakers (those with the most
# predictions); the page says how many there are in all.
SPEAKER_LIMIT = 50

# Horizon buckets by the time between saying and judging (resolve_on − made_on):
# up to a year, up to three years (a leap day included), longer.
HORIZONS: dict[str, tuple[int | None, int | None]] = {
    "short": (None, 366),
    "medium": (367, 1096),
    "long": (1097, None),
}


@dataclass(frozen=True)
class Scope:
    """Which public predictions the aggregates cover: all, or one topic and/or horizon bucket."""

    topic: str = ""
    horizon: str = ""
    # Count verdicts on predictions recorded late too (the reader asked: ``?include_late=1``).
    include_late: bool = False

    def key(self) -> str:
        return f"topic={self.topic}&horizon={self.horizon}&late={int(self.include_late)}"


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


def scoped_predictions(scope: Scope) -> PredictionQuerySet:
    """Public predictions within ``scope``."""
    predictions: PredictionQuerySet = Prediction.objects.public()
    if scope.topic:
        predictions = predictions.filter(topics__slug=scope.topic)
    if scope.horizon:
        low, high = HORIZONS[scope.horizon]
        predictions = predictions.alias(
            span=ExpressionWrapper(F("resolve_on") - F("made_on"), output_field=DurationField())
        )
        if low is not None:
            predictions = predictions.filter(span__gte=datetime.timedelta(days=low))
        if high is not None:
            predictions = predictions.filter(span__lte=datetime.timedelta(days=high))
    return predictions


def _compute_scoreboard(scope: Scope, today: datetime.date) -> Scoreboard:
    predictions = scoped_predictions(scope)
    # One pass over the predictions, grouped by speaker; the site's tally is
    # the sum of the speakers' (a loop over speakers, not over predictions).
    tallies = tallies_by_speaker(predictions, today, scope.include_late)
    site = sum(tallies.values(), Tally())
    top = sorted(tallies.items(), key=lambda item: (-item[1].total, item[0]))[:SPEAKER_LIMIT]
    speakers = Speaker.objects.in_bulk([speaker_id for speaker_id, _tally_ in top])
    return Scoreboard(
        record=track_record(site),
        speakers=[
            SpeakerRow(
                slug=speakers[speaker_id].slug,
                name=speakers[speaker_id].name,
                name_original=speakers[speaker_id].name_original,
                record=track_record(tally),
            )
            for speaker_id, tally in top
        ],
        speaker_count=len(tallies),
        calibration=calibration(predictions, scope.include_late),
    )


def scoreboard(scope: Scope | None = None, today: datetime.date | None = None) -> Scoreboard:
    """The site's record and each speaker's (the top ``SPEAKER_LIMIT``), cached."""
    scope = scope or Scope()
    today = today or timezone.localdate()
    return public_cache.cached(
        "aggregates", "scoreboard", today.isoformat(), scope.key(), compute=lambda: _compute_scoreboard(scope, today)
    )
