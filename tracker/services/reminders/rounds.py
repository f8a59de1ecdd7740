"""Taking a round: of the ``ReminderRound`` rows a sweep's planning found owed, the ones this sweep
acts on, each locked (``FOR UPDATE SKIP LOCKED``) and marked in the same transaction (``planning``):

- ``rounds_announce``: the unannounced (due, 0) rows, marked ``announced`` (their prediction.due event);
- ``rounds_take``: the owed rounds not reminded yet, marked ``reminded`` (their reminders).

Rows another sweep holds are skipped and, once it commits, no longer match: each round is taken once.
On PostgreSQL the lock and the mark are one ``UPDATE … WHERE id IN (SELECT … FOR UPDATE SKIP
LOCKED) RETURNING``: no model instance per row, and no list of ids sent back to the server. SQLite
(the embedded default, where a write locks the whole database anyway) takes them through the ORM.
"""

from __future__ import annotations

import datetime
from collections.abc import Collection

import orjson
from django.db import connection

from tracker.models import ReminderRound
from tracker.policy import Stage

RoundKey = tuple[int, str, int, int | None]  # prediction, stage, round, proposal (``Owed.key`` after the prediction)

ANNOUNCE = """
UPDATE tracker_reminderround SET announced = true
WHERE id IN (
    SELECT id FROM tracker_reminderround
    WHERE prediction_id = ANY(%(predictions)s) AND stage = %(stage)s AND round = 0 AND NOT announced
    ORDER BY prediction_id
    FOR UPDATE SKIP LOCKED
)
RETURNING prediction_id
"""
# Driven by the owed keys, one index lookup each (LATERAL): joined the other way, PostgreSQL estimated one
# unreminded row, looped over the JSON once per row and took 0.3-0.4 s for 500 rounds (EXPLAIN ANALYZE, 10k ledger).
# SKIP LOCKED never waits, so the order rows are locked in cannot deadlock.
TAKE = """
UPDATE tracker_reminderround SET reminded = true, recorded_at = %(now)s
WHERE id IN (
    SELECT taken.id
    FROM json_to_recordset(%(keys)s::json) AS owed(prediction_id bigint, stage text, round integer, proposal_id bigint)
    CROSS JOIN LATERAL (
        SELECT round_row.id FROM tracker_reminderround round_row
        WHERE round_row.prediction_id = owed.prediction_id AND round_row.stage = owed.stage
          AND round_row.round = owed.round AND round_row.proposal_id IS NOT DISTINCT FROM owed.proposal_id
          AND NOT round_row.reminded
        FOR UPDATE SKIP LOCKED
    ) AS taken
)
RETURNING id, prediction_id, stage, round, proposal_id
"""


def rounds_announce(prediction_ids: Collection[int]) -> list[int]:
    """Take the unannounced (due, 0) rows of ``prediction_ids``; the predictions whose rows were taken, sorted."""
    if not prediction_ids:
        return []
    if connection.vendor != "postgresql":
        markers = list(
            ReminderRound.objects.select_for_update(skip_locked=True)
            .filter(prediction_id__in=prediction_ids, stage=Stage.DUE, round=0, announced=False)
            .order_by("prediction_id")
            .values_list("id", "prediction_id")
        )
        ReminderRound.objects.filter(pk__in=[marker_id for marker_id, _ in markers]).update(announced=True)
        return [prediction_id for _, prediction_id in markers]
    with connection.cursor() as cursor:
        cursor.execute(ANNOUNCE, {"predictions": sorted(prediction_ids), "stage": Stage.DUE.value})
        return sorted(prediction_id for (prediction_id,) in cursor.fetchall())


def rounds_take(keys: Collection[RoundKey], now: datetime.datetime) -> list[RoundKey]:
    """Take the rounds ``keys`` not reminded yet; the keys of those taken, in the rows' order."""
    if not keys:
        return []
    taken: list[tuple[int, int, str, int, int | None]]  # the row's id, then its key
    if connection.vendor != "postgresql":
        # One short query however many are owed: every unreminded round of these predictions in
        # these stages is locked and the owed ones kept; a round locked but not owed now is owed
        # by no concurrent sweep either.
        candidates = (
            ReminderRound.objects.select_for_update(skip_locked=True)
            .filter(prediction_id__in={key[0] for key in keys}, stage__in={key[1] for key in keys}, reminded=False)
            .order_by("id")
            .values_list("id", "prediction_id", "stage", "round", "proposal_id")
        )
        owed = set(keys)
        taken = [row for row in candidates if row[1:] in owed]
        ReminderRound.objects.filter(pk__in=[row[0] for row in taken]).update(reminded=True, recorded_at=now)
    else:
        document = orjson.dumps(
            [{"prediction_id": p, "stage": s, "round": r, "proposal_id": proposal} for p, s, r, proposal in keys]
        ).decode()
        with connection.cursor() as cursor:
            cursor.execute(TAKE, {"now": now, "keys": document})
            taken = sorted(cursor.fetchall())
    return [
        (prediction_id, stage, round_number, proposal_id)
        for _, prediction_id, stage, round_number, proposal_id in taken
    ]
