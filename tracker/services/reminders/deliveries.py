"""The writes of digests around SMTP (``claims`` and ``sending`` run them):

- ``deliveries_claim``: a sweep's ``Delivery`` rows and the claimed reminders "sending" under them
  (one statement on PostgreSQL);
- ``delivery_sent``: one digest's reminders and its delivery "sent" (one statement on PostgreSQL);
- ``deliveries_release``: digests claimed but never handed to SMTP (the sweep stopped first) back
  in the queue, their deliveries "interrupted".

Every statement is a round trip to the server and, through the ORM, a query compiled in Python:
the ORM's statements were most of a digest's time in the sweep's profile. SQLite (the embedded
default) has no data-modifying ``WITH``: there the same writes go through the ORM.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence

import orjson
from django.db import connection, transaction

from tracker.models import Delivery, DeliveryState, Reminder, ReminderState

DELIVERY_COLUMNS = ("recipient_id", "email", "language", "subject", "message_id", "item_count", "state", "error",
                    "started_at")  # fmt: skip

# Each delivery is found again by its recipient: a claim holds one digest per reviewer.
CLAIM = """
WITH delivery AS (
    INSERT INTO tracker_delivery ({columns})
    SELECT {columns} FROM json_populate_recordset(NULL::tracker_delivery, %(deliveries)s::json)
    RETURNING id, recipient_id
), claimed AS (
    UPDATE tracker_reminder SET state = %(sending)s, claimed_at = %(now)s, delivery_id = delivery.id
    FROM json_to_recordset(%(reminders)s::json) AS listed(id bigint, recipient_id bigint)
    JOIN delivery ON delivery.recipient_id = listed.recipient_id
    WHERE tracker_reminder.id = listed.id
)
SELECT id, recipient_id FROM delivery
""".format(columns=", ".join(DELIVERY_COLUMNS))  # noqa: S608 - the column names are ours


def deliveries_claim(claims: Sequence[tuple[Delivery, list[int]]]) -> None:
    """Write each delivery (its id set on it) and make its reminders "sending" under it: one
    statement for all, inside the caller's transaction. One delivery per recipient."""
    if not claims:
        return
    if connection.vendor != "postgresql":
        for delivery, reminder_ids in claims:
            delivery.save()
            Reminder.objects.filter(pk__in=reminder_ids).update(
                state=ReminderState.SENDING, claimed_at=delivery.started_at, delivery=delivery
            )
        return
    deliveries = orjson.dumps(
        [{column: getattr(delivery, column) for column in DELIVERY_COLUMNS} for delivery, _ in claims]
    ).decode()
    reminders = orjson.dumps(
        [{"id": reminder_id, "recipient_id": delivery.recipient_id} for delivery, ids in claims for reminder_id in ids]
    ).decode()
    by_recipient = {delivery.recipient_id: delivery for delivery, _ in claims}
    with connection.cursor() as cursor:
        cursor.execute(
            CLAIM,
            {
                "deliveries": deliveries,
                "reminders": reminders,
                "sending": ReminderState.SENDING.value,
                "now": claims[0][0].started_at,
            },
        )
        for delivery_id, recipient_id in cursor.fetchall():
            by_recipient[recipient_id].pk = delivery_id


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


# Why a claimed digest went back to the queue unsent (the delivery log's error).
SWEEP_STOPPED = "The sweep stopped before sending this digest; its reminders wait for the next sweep."
CLAIMED_TOO_LONG_AGO = "Claimed too long before its turn to send; its reminders were claimed again."


def deliveries_release(deliveries: Sequence[Delivery], now: datetime.datetime, *, why: str) -> None:
    """Put the reminders still "sending" under ``deliveries`` back in the queue (pending, due now,
    attempts unchanged: nothing was tried) and mark the deliveries interrupted, saying ``why``.
    Rare: through the ORM."""
    ids = [delivery.pk for delivery in deliveries]
    with transaction.atomic():
        Reminder.objects.filter(delivery_id__in=ids, state=ReminderState.SENDING).update(
            state=ReminderState.PENDING, claimed_at=None
        )
        Delivery.objects.filter(pk__in=ids, state=DeliveryState.SENDING).update(
            state=DeliveryState.INTERRUPTED, finished_at=now, error=why
        )
