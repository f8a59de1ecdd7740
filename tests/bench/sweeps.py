"""The reminder sweep: how it scales with the ledger, and how close to raw SQL it runs.

- ``sweep_1m_vs_10k``: one sweep with the same number of predictions owing
  reminders among a million ÷ among ten thousand;
- ``sweep_vs_floor``: the sweep's cost per reminder ÷ that of a raw SQL floor
  (one INSERT … SELECT of the owed rows plus one UPDATE that claims them);
  reported, no longer a goal: that floor writes less than the design requires;
- ``sweep_vs_fair_floor``: the same sweep ÷ raw SQL writing, set-based, every
  row the sweep writes (``tests.bench.sweep_floor``); a check that both wrote
  the same rows in every table comes first.

Every run is real: it commits, as a sweep does (each chunk, each claim, each
"sent" in its own transaction). Afterwards, outside the timing, the rows it
wrote (reminders, rounds, outbox events, deliveries: everything above the ids
noted before) are deleted, so the next run finds the same work. E-mail goes
to Django's locmem backend; the relay's commit signal is disconnected (no
broker is consumed here). "Now" is 09:00 UTC on the day the ledger was
generated, so exactly the generated due predictions owe.
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from django.conf import settings
from django.contrib.auth.models import Group
from django.core import mail
from django.db import connection, transaction
from django.test.utils import override_settings

from predictions.signals import outbox_committed
from tests.bench.databases import generated_on
from tests.bench.harness import Comparison, alternate, use_database
from tests.bench.sweep_floor import fair_floor
from tracker.services.reminders.sweep import reminders_sweep

FLOOR_INSERT = """
INSERT INTO tracker_reminder (prediction_id, stage, round, recipient_id, email, language, escalation, state,
                              attempts, next_attempt_at, last_error, created_at)
SELECT p.id, 'due', 0, u.id, u.email, 'en', false, 'pending', 0, %(now)s, '', %(now)s
FROM predictions_prediction p
CROSS JOIN (SELECT u.id, u.email FROM auth_user u
            JOIN auth_user_groups g ON g.user_id = u.id WHERE g.group_id = %(group)s AND u.is_active) u
WHERE p.final_resolution_id IS NULL AND p.resolve_on <= %(today)s AND p.is_public
ON CONFLICT DO NOTHING
"""
FLOOR_CLAIM = """
UPDATE tracker_reminder SET state = 'sending', claimed_at = %(now)s
WHERE state = 'pending' AND next_attempt_at <= %(now)s
"""
# What a sweep adds, children before parents (reminders point at deliveries).
WRITTEN_BY_A_SWEEP = ("tracker_reminder", "tracker_delivery", "tracker_reminderround", "predictions_outboxevent")


@functools.cache  # read once: not a connection to the maintenance database inside every timed run
def _now(database: str) -> datetime.datetime:
    return datetime.datetime.combine(generated_on(database), datetime.time(9), tzinfo=datetime.UTC)


def _high_water_marks() -> dict[str, int]:
    with connection.cursor() as cursor:
        marks = {}
        for table in WRITTEN_BY_A_SWEEP:
            cursor.execute(f"SELECT COALESCE(MAX(id), 0) FROM {table}")  # noqa: S608 - our own table names
            marks[table] = int(cursor.fetchone()[0])
        return marks


def _written(marks: dict[str, int]) -> dict[str, int]:
    """Rows added to each table since ``marks``."""
    with connection.cursor() as cursor:
        counts = {}
        for table, mark in marks.items():
            cursor.execute(f"SELECT COUNT(*) FROM {table} WHERE id > %s", [mark])  # noqa: S608 - our own table names
            counts[table] = int(cursor.fetchone()[0])
        return counts


def _undo(marks: dict[str, int]) -> None:
    with transaction.atomic(), connection.cursor() as cursor:
        for table, mark in marks.items():
            cursor.execute(f"DELETE FROM {table} WHERE id > %s", [mark])  # noqa: S608 - our own table names


def sweep(database: str) -> int:
    mail.outbox = []
    report = reminders_sweep(now=_now(database), connection=mail.get_connection())
    return report.reminders_created


def floor(database: str) -> int:
    now = _now(database)
    group = Group.objects.get(name=settings.HINDSIGHT_REVIEWERS_GROUP).pk
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(FLOOR_INSERT, {"now": now, "today": now.date(), "group": group})
        inserted = cursor.rowcount
        cursor.execute(FLOOR_CLAIM, {"now": now})
    return inserted


@contextmanager
def _quiet_relay() -> Iterator[None]:
    receivers = outbox_committed.receivers[:]
    outbox_committed.receivers.clear()
    outbox_committed.sender_receivers_cache.clear()
    try:
        yield
    finally:
        outbox_committed.receivers[:] = receivers
        outbox_committed.sender_receivers_cache.clear()


class Runs:
    """Switch to a side's database before its run; undo what the run wrote after."""

    def __init__(self, databases: dict[str, str]) -> None:
        self.databases = databases
        self.marks: dict[str, int] = {}

    def before(self, side: str) -> None:
        use_database(self.databases[side])
        self.marks = _high_water_marks()

    def after(self, side: str) -> None:
        _undo(self.marks)


def _once(database: str, action: Callable[[str], int]) -> tuple[int, dict[str, int]]:
    """Run ``action`` once; what it returned and the rows it wrote per table (then undone)."""
    runs = Runs({"only": database})
    runs.before("only")
    try:
        return action(database), _written(runs.marks)
    finally:
        runs.after("only")


# Every owed reminder in the digest, as the floor claims them all: the ratios keep measuring
# the same work as before digests were capped (HINDSIGHT_REMINDER_DIGEST_MAX_ITEMS).
@override_settings(
    EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend", HINDSIGHT_REMINDER_DIGEST_MAX_ITEMS=1_000_000
)
def comparisons(large_db: str, small_db: str, *, repeats: int) -> list[Comparison]:
    with _quiet_relay():
        created = {database: _once(database, sweep)[0] for database in (large_db, small_db)}
        if created[large_db] != created[small_db] or created[large_db] == 0:
            raise RuntimeError(f"the two ledgers owe different work: {created}")
        reminders = created[large_db]
        floor_rows, _ = _once(large_db, floor)
        if floor_rows != reminders:
            raise RuntimeError(f"the floor writes {floor_rows} reminders, the sweep {reminders}")
        _, swept_rows = _once(large_db, sweep)
        _, fair_rows = _once(large_db, lambda database: fair_floor(_now(database)))
        if swept_rows != fair_rows:
            raise RuntimeError(f"the fair floor writes {fair_rows}, the sweep {swept_rows}")

        scaling = Runs({"large": large_db, "small": small_db})
        large, small = alternate(
            ("large", lambda: sweep(large_db)),
            ("small", lambda: sweep(small_db)),
            repeats=repeats,
            warmup=1,
            before_each=scaling.before,
            after_each=scaling.after,
        )
        versus = Runs({"sweep": large_db, "raw SQL": large_db})
        swept, raw = alternate(
            ("sweep", lambda: sweep(large_db)),
            ("raw SQL", lambda: floor(large_db)),
            repeats=repeats,
            warmup=1,
            before_each=versus.before,
            after_each=versus.after,
        )
        fair = Runs({"sweep": large_db, "fair floor": large_db})
        swept_again, fair_raw = alternate(
            ("sweep", lambda: sweep(large_db)),
            ("fair floor", lambda: fair_floor(_now(large_db))),
            repeats=repeats,
            warmup=1,
            before_each=fair.before,
            after_each=fair.after,
        )
    per_reminder = {"sweep_ms_per_reminder": swept.median / reminders, "floor_ms_per_reminder": raw.median / reminders}
    return [
        Comparison("sweep_1m_vs_10k", large, small, goal="<= 1.5", note=f"{reminders} reminders per sweep, committed"),
        Comparison(
            "sweep_vs_floor",
            swept,
            raw,
            goal="none",
            note=f"per reminder ({reminders} each, both committed): {per_reminder['sweep_ms_per_reminder']:.3f} vs "
            f"{per_reminder['floor_ms_per_reminder']:.3f} ms",
            extra={key: round(value, 4) for key, value in per_reminder.items()},
        ),
        Comparison(
            "sweep_vs_fair_floor",
            swept_again,
            fair_raw,
            goal="<= 2",
            note=f"per reminder ({reminders} each): {swept_again.median / reminders:.3f} vs "
            f"{fair_raw.median / reminders:.3f} ms; rows written by each: "
            + ", ".join(f"{table.split('_', 1)[1]} {count}" for table, count in swept_rows.items()),
            extra={"rows_written": swept_rows},
        ),
    ]
