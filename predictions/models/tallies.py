"""Kept tallies: the scoreboard's counts, moved by the services with each change instead of recounted per read.

One row per speaker and *scope* — all their public predictions (``topic`` NULL,
``horizon`` blank), one topic, one horizon bucket, or both — and per
``late`` (recorded-late predictions are kept apart, so a page may sum them in
or leave them out). Calibration has its own rows, one per bin. Every column is
a plain sum, so a change moves a row by a delta (``SET n = n + 1``: two
writers never lose an update) and any set of rows adds up.

Written only by ``predictions.services.tallies``; read by
``predictions.selectors.track_records``. ``manage.py recount_tallies``
rebuilds them from the ledger.
"""

from __future__ import annotations

from django.db import models
from django.db.models import Q

from predictions.models.reference import Speaker, Topic


class TallyScope(models.Model):
    """The columns that say which predictions a row counts."""

    speaker = models.ForeignKey(Speaker, on_delete=models.CASCADE, related_name="+")
    # NULL: every topic. A topic's rows go with the topic (its predictions lose it).
    topic = models.ForeignKey(Topic, null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    horizon = models.CharField(max_length=10, blank=True)  # blank: every horizon; else a key of HORIZONS
    late = models.BooleanField(default=False)

    class Meta:
        abstract = True

    def __str__(self) -> str:
        topic = f"topic {self.topic_id}" if self.topic_id else "every topic"
        late = ", recorded late" if self.late else ""
        return f"speaker {self.speaker_id}, {topic}, {self.horizon or 'every'} horizon{late}"


class KeptTally(TallyScope):
    # Public predictions in the scope; the rest are counted by outcome of their final resolution.
    total = models.IntegerField(default=0)
    correct = models.IntegerField(default=0)
    partly_correct = models.IntegerField(default=0)
    incorrect = models.IntegerField(default=0)
    unresolvable = models.IntegerField(default=0)
    annulled = models.IntegerField(default=0)
    brier_count = models.IntegerField(default=0)
    brier_sum = models.FloatField(default=0.0)

    COUNTS = ("total", "correct", "partly_correct", "incorrect", "unresolvable", "annulled", "brier_count", "brier_sum")

    class Meta:
        # Two unique constraints: NULLs are distinct in a unique index, so the
        # all-topics rows need their own. Either one makes an insert of an
        # existing scope a no-op (ON CONFLICT DO NOTHING).
        constraints = [
            models.UniqueConstraint(fields=["speaker", "topic", "horizon", "late"], name="kept_tally_scope_unique"),
            models.UniqueConstraint(
                fields=["speaker", "horizon", "late"],
                condition=Q(topic__isnull=True),
                name="kept_tally_all_topics_unique",
            ),
        ]
        indexes = [
            # Consumer: selectors.track_records.kept_tallies — the scoreboard reads
            # one scope's rows (every speaker's), not the whole table.
            models.Index(fields=["topic", "horizon", "late"], name="kept_tally_by_scope"),
        ]


class KeptCalibrationBin(TallyScope):
    bin = models.PositiveSmallIntegerField()  # scoring.bin_index of the implied probability
    count = models.IntegerField(default=0)
    forecast_sum = models.FloatField(default=0.0)
    outcome_sum = models.FloatField(default=0.0)

    COUNTS = ("count", "forecast_sum", "outcome_sum")

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["speaker", "topic", "horizon", "late", "bin"], name="kept_calibration_scope_unique"
            ),
            models.UniqueConstraint(
                fields=["speaker", "horizon", "late", "bin"],
                condition=Q(topic__isnull=True),
                name="kept_calibration_all_topics_unique",
            ),
        ]
        indexes = [models.Index(fields=["topic", "horizon", "late"], name="kept_calibration_by_scope")]
