"""Many rows in one ``INSERT``, from plain tuples: for the writes that come in sets (a sweep's rounds,
reminders and outbox events), where ``bulk_create`` would build and prepare a model instance per row.

On PostgreSQL the rows travel as one JSON document, read back by ``json_populate_recordset`` into
the table's own row type: one parameter, encoded in C by orjson and decoded in C by PostgreSQL.
Arrays per column (``unnest``) cost more: Django's psycopg cursor binds parameters on the client,
and psycopg quotes an array element by element in Python (200 reminder rows: 6.6 ms against
1.7 ms, measured). Elsewhere (SQLite) the rows go as multi-row VALUES, a batch per statement.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import orjson
from django.db import connection
from django.db.models import Model

INSERT_BATCH = 500  # rows per statement where JSON is not used (SQLite's parameter limit)


def insert_rows(
    model: type[Model],
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
    *,
    skip_conflicts: bool,
    returning_ids: bool = False,
) -> list[int]:
    """``INSERT`` of ``rows`` (values in the order of ``columns``, adapted for the database; JSON
    columns as Python values); with ``skip_conflicts``, ``ON CONFLICT DO NOTHING``. The new rows'
    ids with ``returning_ids`` (PostgreSQL only), in no particular order. The SQL text holds only
    names from our models."""
    if not rows:
        return []
    table = model._meta.db_table
    names = ", ".join(columns)
    on_conflict = " ON CONFLICT DO NOTHING" if skip_conflicts else ""
    returning = " RETURNING id" if returning_ids else ""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            document = orjson.dumps([dict(zip(columns, row, strict=True)) for row in rows]).decode()
            cursor.execute(
                f"INSERT INTO {table} ({names}) SELECT {names} FROM json_populate_recordset(NULL::{table}, %s::json) "  # noqa: S608
                f"{on_conflict}{returning}",
                [document],
            )
            return [row[0] for row in cursor.fetchall()] if returning_ids else []
        if returning_ids:
            raise NotImplementedError("returning_ids needs PostgreSQL")
        row_placeholder = "(" + ", ".join(["%s"] * len(columns)) + ")"
        for start in range(0, len(rows), INSERT_BATCH):
            batch = rows[start : start + INSERT_BATCH]
            cursor.execute(
                f"INSERT INTO {table} ({names}) VALUES {', '.join([row_placeholder] * len(batch))}{on_conflict}",  # noqa: S608
                [value for row in batch for value in row],
            )
    return []
