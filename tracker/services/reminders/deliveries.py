"""A digest's two writes around SMTP, each one statement on PostgreSQL (``sending`` runs them):

- ``delivery_claim``: the ``Delivery`` row and the claimed reminders "sending" under it;
- ``delivery_sent``: the reminders and their delivery "sent".

A digest is two commits, and every statement inside them is a round trip to the server and,
through the ORM, a query compiled in Python: the ORM's four statements were most of a digest's
time in the sweep's profile. SQLite (the embedded default) has no data-modifying ``WITH``: there
the same writes go through the ORM.
"""

from __future__ import annotations

import datetime

from django.db import connection

from tracker.models import Delivery, DeliveryState, Reminder, ReminderState


def delivery_claim(delivery: Delivery, reminder_ids: list[int]) -> None:
    """Write ``delivery`` (its id set on it) and make the claimed reminders "sending" under it, in
    one statement: a digest is two commits, and each statement inside them is a round trip."""
    if connection.vendor != "postgresql":
        delivery.save()
        Reminder.objects.filter(pk__in=reminder_ids).update(
            state=ReminderState.SENDING, claimed_at=delivery.started_at, delivery=delivery
        )
        return
    columns = ["recipient_id", "email", "language", "subject", "message_id", "item_count", "state", "error",
               "started_at"]  # fmt: skip
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            WITH delivery AS (
                INSERT INTO tracker_delivery ({", ".join(columns)}) VALUES ({", ".join(["%s"] * len(columns))})
                RETURNING id
            ), claimed AS (
                UPDATE tracker_reminder SET state = %s, claimed_at = %s, delivery_id = (SELECT id FROM delivery)
                WHERE id = ANY(%s)
            )
            SELECT id FROM delivery
            """,  # noqa: S608 - the column names are ours
            [*(getattr(delivery, column) for column in columns), ReminderState.SENDING.value, delivery.started_at,
             reminder_ids],
        )  # fmt: skip
        delivery.pk = int(cursor.fetchone()[0])


def delivery_sent(delivery: Delivery, now: datetime.datetime) -> int:
    """Mark the reminders still "sending" under ``delivery`` and ``delivery`` itself "sent"; how many
    reminders. Call it inside a transaction."""
    if connection.vendor != "postgresql":
        updated = Reminder.objects.filter(delivery=delivery, state=ReminderState.SENDING).update(
            state=ReminderState.SENT, sent_at=now, last_error=""
        )
        Delivery.objects.filter(pk=delivery.pk).update(state=DeliveryState.SENT, finished_at=now)
        return updated
    with connection.cursor() as cursor:
        cursor.execute(
            """
            WITH sent AS (
                UPDATE tracker_reminder SET state = %(sent)s, sent_at = %(now)s, last_error = ''
                WHERE delivery_id = %(delivery)s AND state = %(sending)s
                RETURNING 1
            ), delivery AS (
                UPDATE tracker_delivery SET state = %(delivered)s, finished_at = %(now)s WHERE id = %(delivery)s
            )
            SELECT count(*) FROM sent
            """,
            {
                "sent": ReminderState.SENT.value,
                "sending": ReminderState.SENDING.value,
                "delivered": DeliveryState.SENT.value,
                "now": now,
                "delivery": delivery.pk,
            },
        )
        return int(cursor.fetchone()[0])
