"""Recording owed rounds once: the ``ReminderRound`` rows, who acts on them, and their reminders.

``rounds_record`` writes, in the caller's transaction, the rounds a sweep's planning found owed
(``remind``) and the (due, 0) marker of each prediction first seen due (``announce``), and for each
round this sweep acts on, its ``Reminder`` rows. A sweep acts on a round when it inserts its row, or
when it locks the existing row (``FOR UPDATE SKIP LOCKED``) while it is not yet reminded (or
announced): rows another sweep holds are skipped and, once it commits, no longer match. So two
sweeps at once record each round, and announce each prediction, once.

On PostgreSQL all of it is one statement (data-modifying ``WITH``): a new row is written reminded
and announced as it is inserted, not inserted and then updated, and no list of keys travels back
and forth. SQLite (the embedded default, where a write locks the whole database anyway) has no
data-modifying ``WITH``: there the same steps go through the ORM.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import orjson
from django.db import connection

from predictions.bulk import insert_rows
from tracker.models import Reminder, ReminderRound, ReminderState

RoundKey = tuple[int, str, int, int | None]  # prediction, stage, round, proposal (``Owed.key`` after the prediction)

# A reminder row as ``rounds_record`` takes it: its round's key first, then these. The rest is the
# same for every new reminder (pending, due now, no attempt yet): written by the statement itself.
REMINDER_COLUMNS = ("recipient_id", "email", "language", "escalation")
ROUND_KEY_COLUMNS = ("prediction_id", "stage", "round", "proposal_id")


@dataclass(frozen=True)
class WantedRound:
    key: RoundKey
    remind: bool  # owed now: write its reminders
    announce: bool  # the (due, 0) marker of a prediction first seen due: write its prediction.due event


@dataclass(frozen=True)
class Acted:
    """A round this sweep acted on: whether it reminded it, and whether it announced its prediction."""

    key: RoundKey
    reminded: bool
    announced: bool


# Driven by the wanted keys, one index lookup each (LATERAL): joined the other way, PostgreSQL estimated one
# unreminded row, looped over the JSON once per row and took 0.3-0.4 s for 500 rounds (EXPLAIN ANALYZE, 10k
# ledger). SKIP LOCKED never waits, so the order rows are locked in cannot deadlock; the INSERT waits for a
# concurrent sweep's uncommitted row with the same key and then skips it (that sweep acted on it).
# ``existing`` sees the rows committed before this statement began: never the ones it inserts itself.
RECORD = """
WITH wanted AS (
    SELECT * FROM json_to_recordset(%(rounds)s::json)
        AS wanted(prediction_id bigint, stage text, round integer, proposal_id bigint, remind boolean, announce boolean)
), inserted AS (
    INSERT INTO tracker_reminderround (prediction_id, stage, round, proposal_id, reminded, announced, recorded_at)
    SELECT prediction_id, stage, round, proposal_id, remind, announce, %(now)s FROM wanted
    ON CONFLICT DO NOTHING
    RETURNING prediction_id, stage, round, proposal_id, reminded, announced
), existing AS (
    SELECT row_found.id, wanted.remind AND NOT row_found.reminded AS remind,
           wanted.announce AND NOT row_found.announced AS announce
    FROM wanted CROSS JOIN LATERAL (
        SELECT round_row.id, round_row.reminded, round_row.announced FROM tracker_reminderround round_row
        WHERE round_row.prediction_id = wanted.prediction_id AND round_row.stage = wanted.stage
          AND round_row.round = wanted.round AND round_row.proposal_id IS NOT DISTINCT FROM wanted.proposal_id
          AND ((wanted.remind AND NOT round_row.reminded) OR (wanted.announce AND NOT round_row.announced))
        FOR UPDATE SKIP LOCKED
    ) AS row_found
), updated AS (
    UPDATE tracker_reminderround round_row
    SET reminded = round_row.reminded OR existing.remind, announced = round_row.announced OR existing.announce,
        recorded_at = CASE WHEN existing.remind THEN %(now)s ELSE round_row.recorded_at END
    FROM existing WHERE round_row.id = existing.id
    RETURNING round_row.prediction_id, round_row.stage, round_row.round, round_row.proposal_id,
              existing.remind AS reminded, existing.announce AS announced
), acted AS (
    SELECT * FROM inserted UNION ALL SELECT * FROM updated
), reminders AS (
    -- The unique key (prediction, stage, round or proposal, recipient) is the last word.
    INSERT INTO tracker_reminder (prediction_id, stage, round, proposal_id, {columns},
                                  state, attempts, next_attempt_at, last_error, created_at)
    SELECT owed.prediction_id, owed.stage, owed.round, owed.proposal_id, {owed_columns},
           %(pending)s, 0, %(now)s, '', %(now)s
    FROM json_to_recordset(%(reminders)s::json) AS owed(prediction_id bigint, stage text, round integer,
                                                        proposal_id bigint, recipient_id integer, email text,
                                                        language text, escalation boolean)
    JOIN acted ON acted.reminded AND acted.prediction_id = owed.prediction_id AND acted.stage = owed.stage
              AND acted.round = owed.round AND acted.proposal_id IS NOT DISTINCT FROM owed.proposal_id
    ON CONFLICT DO NOTHING
)
SELECT prediction_id, stage, round, proposal_id, reminded, announced FROM acted WHERE reminded OR announced
""".format(  # noqa: S608 - the column names are ours
    columns=", ".join(REMINDER_COLUMNS), owed_columns=", ".join(f"owed.{c}" for c in REMINDER_COLUMNS)
)


def rounds_record(
    wanted: Sequence[WantedRound], reminders: Sequence[Sequence[Any]], now: datetime.datetime
) -> list[Acted]:
    """Record ``wanted`` and, for each round this sweep reminds, its rows of ``reminders`` (a round's
    key, then ``REMINDER_COLUMNS``): pending, due ``now``. Call it inside a transaction; what
    this sweep acted on, in the order of ``wanted``."""
    if not wanted:
        return []
    if connection.vendor != "postgresql":
        return _record_through_the_orm(wanted, reminders, now)
    rounds = orjson.dumps(
        [dict(zip(ROUND_KEY_COLUMNS, w.key, strict=True), remind=w.remind, announce=w.announce) for w in wanted]
    ).decode()
    columns = (*ROUND_KEY_COLUMNS, *REMINDER_COLUMNS)
    rows = orjson.dumps([dict(zip(columns, row, strict=True)) for row in reminders]).decode()
    with connection.cursor() as cursor:
        cursor.execute(
            RECORD, {"rounds": rounds, "reminders": rows, "now": now, "pending": ReminderState.PENDING.value}
        )
        found = {
            (prediction_id, stage, round_number, proposal_id): (reminded, announced)
            for prediction_id, stage, round_number, proposal_id, reminded, announced in cursor.fetchall()
        }
    return [Acted(w.key, *found[w.key]) for w in wanted if w.key in found]


def _record_through_the_orm(
    wanted: Sequence[WantedRound], reminders: Sequence[Sequence[Any]], now: datetime.datetime
) -> list[Acted]:
    """``rounds_record`` in steps: insert what is missing, then lock and mark the rows not yet
    reminded or announced, then insert the reminders of the rounds marked here."""
    db_now = connection.ops.adapt_datetimefield_value(now)
    insert_rows(
        ReminderRound,
        [*ROUND_KEY_COLUMNS, "reminded", "announced", "recorded_at"],
        [(*w.key, False, False, db_now) for w in wanted],
        skip_conflicts=True,
    )
    by_key = {w.key: w for w in wanted}
    # One short query however many are wanted: every round of these predictions and stages not yet
    # reminded or announced is locked and the wanted ones kept.
    candidates = (
        ReminderRound.objects.select_for_update(skip_locked=True)
        .filter(prediction_id__in={key[0] for key in by_key}, stage__in={key[1] for key in by_key})
        .exclude(reminded=True, announced=True)
        .order_by("id")
        .values_list("id", *ROUND_KEY_COLUMNS, "reminded", "announced")
    )
    marked: dict[int, Acted] = {}  # by the round row's id
    for row_id, *key_values, was_reminded, was_announced in candidates:
        want = by_key.get(tuple(key_values))
        if want is not None and ((want.remind and not was_reminded) or (want.announce and not was_announced)):
            marked[row_id] = Acted(want.key, want.remind and not was_reminded, want.announce and not was_announced)
    ReminderRound.objects.filter(pk__in=[i for i, done in marked.items() if done.reminded]).update(
        reminded=True, recorded_at=now
    )
    ReminderRound.objects.filter(pk__in=[i for i, done in marked.items() if done.announced]).update(announced=True)
    acted = {done.key: done for done in marked.values()}
    insert_rows(
        Reminder,
        [*ROUND_KEY_COLUMNS, *REMINDER_COLUMNS, "state", "attempts", "next_attempt_at", "last_error", "created_at"],
        [
            (*row, ReminderState.PENDING.value, 0, db_now, "", db_now)
            for row in reminders
            if (key := tuple(row[:4])) in acted and acted[key].reminded
        ],
        skip_conflicts=True,
    )
    return [acted[w.key] for w in wanted if w.key in acted]
