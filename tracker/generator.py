"""The tracker's share of a generated ledger: the reminder history of the
predictions that were resolved (benchmarks; PostgreSQL only).

Each resolved prediction was reminded on its resolve-on date: one recorded
"due" round and one sent reminder per bench reviewer, as a sweep would have
left them. The sweep then works among realistic tables, not empty ones.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from tests.bench.generator import GeneratedCounts, bench_reviewers, copy_rows, generate_ledger, reset_sequence


@transaction.atomic
def generate_ledger_with_reminders(
    *,
    speakers: int,
    predictions: int,
    resolved_share: float,
    due: int,
    seed: int = 1,
    progress: Callable[[str], None] = lambda message: None,
) -> tuple[GeneratedCounts, int]:
    """The ledger (``tests.bench.generator``) plus its reminder history; returns
    the counts and the number of reminder rows written."""
    counts = generate_ledger(
        speakers=speakers,
        predictions=predictions,
        resolved_share=resolved_share,
        due=due,
        seed=seed,
        progress=progress,
    )
    reviewers = get_user_model().objects.filter(pk__in=bench_reviewers()).values_list("pk", "email")
    now = timezone.now()
    progress(f"reminder history: {counts.resolved} rounds, {counts.resolved * len(reviewers)} reminders")

    def noon(day: datetime.date) -> datetime.datetime:
        return datetime.datetime.combine(day, datetime.time(12), tzinfo=datetime.UTC)

    history = list(zip(counts.resolved_prediction_ids, counts.resolved_on, strict=True))
    copy_rows(
        "tracker_reminderround",
        ["prediction_id", "stage", "round", "escalate", "reminded", "announced", "resolve_on", "recipient_count",
         "recorded_at"],
        (
            (prediction_id, "due", 0, False, True, True, day, len(reviewers), noon(day))
            for prediction_id, day in history
        ),
    )  # fmt: skip
    written = copy_rows(
        "tracker_reminder",
        ["prediction_id", "stage", "round", "recipient_id", "email", "language", "escalation", "state", "attempts",
         "next_attempt_at", "sent_at", "last_error", "created_at"],
        (
            (prediction_id, "due", 0, user_id, email, "en", False, "sent", 1, noon(day), noon(day), "", now)
            for prediction_id, day in history
            for user_id, email in reviewers
        ),
    )  # fmt: skip
    for table in ("tracker_reminderround", "tracker_reminder"):
        reset_sequence(table)
    return counts, written
