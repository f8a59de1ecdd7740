"""The reminder sweep: how it scales with the ledger, and how close to raw SQL it runs.

- ``sweep_1m_vs_10k``: one sweep with the same number of predictions owing
  reminders among a million ÷ among ten thousand;
- ``sweep_vs_floor``: the sweep's cost per reminder ÷ that of a raw SQL floor
  (one INSERT … SELECT of the owed rows plus one UPDATE that claims them).

Every run happens in a transaction that is rolled back, so each one finds the
same work; e-mail goes to Django's locmem backend. "Now" is 09:00 UTC on the
day the ledger was generated, so exactly the generated due predictions owe.
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.contrib.auth.models import Group
from django.core import mail
from django.db import connection, transaction
from django.test.utils import override_settings

from tests.bench.databases import generated_on
from tests.bench.harness import Comparison, alternate, use_database
from tracker.services.reminders import reminders_sweep

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


def _now(database: str) -> datetime.datetime:
    return datetime.datetime.combine(generated_on(database), datetime.time(9), tzinfo=datetime.UTC)


def sweep_in_rollback(database: str) -> int:
    use_database(database)
    mail.outbox = []
    with transaction.atomic():
        report = reminders_sweep(now=_now(database), connection=mail.get_connection())
        transaction.set_rollback(True)
    return report.reminders_created


def floor_in_rollback(database: str) -> int:
    use_database(database)
    now = _now(database)
    group = Group.objects.get(name=settings.HINDSIGHT_REVIEWERS_GROUP).pk
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(FLOOR_INSERT, {"now": now, "today": now.date(), "group": group})
        inserted = cursor.rowcount
        cursor.execute(FLOOR_CLAIM, {"now": now})
        transaction.set_rollback(True)
    return inserted


@override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend")
def comparisons(large_db: str, small_db: str, *, repeats: int) -> list[Comparison]:
    created = {database: sweep_in_rollback(database) for database in (large_db, small_db)}
    if created[large_db] != created[small_db] or created[large_db] == 0:
        raise RuntimeError(f"the two ledgers owe different work: {created}")
    reminders = created[large_db]
    floor_rows = floor_in_rollback(large_db)
    if floor_rows != reminders:
        raise RuntimeError(f"the floor writes {floor_rows} reminders, the sweep {reminders}")

    large, small = alternate(
        ("large", lambda: sweep_in_rollback(large_db)),
        ("small", lambda: sweep_in_rollback(small_db)),
        repeats=repeats,
        warmup=1,
    )
    sweep, floor = alternate(
        ("sweep", lambda: sweep_in_rollback(large_db)),
        ("raw SQL", lambda: floor_in_rollback(large_db)),
        repeats=repeats,
        warmup=1,
    )
    per_reminder = {
        "sweep_ms_per_reminder": sweep.median / reminders,
        "floor_ms_per_reminder": floor.median / reminders,
    }
    return [
        Comparison("sweep_1m_vs_10k", large, small, goal="<= 1.5", note=f"{reminders} reminders per sweep"),
        Comparison(
            "sweep_vs_floor",
            sweep,
            floor,
            goal="<= 3",
            note=f"per reminder ({reminders} each): {per_reminder['sweep_ms_per_reminder']:.3f} vs "
            f"{per_reminder['floor_ms_per_reminder']:.3f} ms",
            extra={key: round(value, 4) for key, value in per_reminder.items()},
        ),
    ]
