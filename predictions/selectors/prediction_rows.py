"""The prediction list and detail as one hand-written SQL statement (PostgreSQL).

Why not the ORM here: on the API's hottest path, compiling the ORM query
(four tables, two JSON sub-selects) cost about as much as running it. This
module writes the same statement directly — the same columns, in the order of
``representations.COLUMNS``, the same filters as ``filters.apply_to_queryset``
— and a parity test runs both over a matrix of filters and orderings and
compares the rows. Other databases (SQLite, the embedded default) use the ORM.

Values always travel as parameters, never in the SQL text.
"""

from __future__ import annotations

from contextlib import nullcontext
from typing import Any

import psycopg
from django.conf import settings
from django.db import connection

from predictions.api.base.pagination import Cursor, Ordering
from predictions.api.filters import PredictionFilters
from predictions.models import Evidence, Prediction, Resolution, Source, Speaker, Topic

P = Prediction._meta.db_table
SPEAKER = Speaker._meta.db_table
SOURCE = Source._meta.db_table
RESOLUTION = Resolution._meta.db_table
EVIDENCE = Evidence._meta.db_table
TOPIC = Topic._meta.db_table
PREDICTION_TOPICS = Prediction.topics.through._meta.db_table


def ts(column: str) -> str:
    """A timestamp as RFC 3339 text in UTC, as the API shows it. Loading
    timestamptz values through Django's Python-level loader cost more than
    the rest of the row; text loads in C."""
    return f"""to_char({column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')"""


# Table names come from model metadata; values are always parameters.
SELECT = f"""
SELECT p.id, p.version, p.resolve_on, p.made_on, p.final_resolution_id, p.slug, p.quote, p.quote_language,
       p.translation, p.claim, p.horizon, p.horizon_rule, p.resolution_criteria, p.stated_confidence,
       p.implied_probability, {ts("p.created_at")}, {ts("p.updated_at")},
       s.name, s.name_original, s.slug,
       p.source_id, src.title, src.title_original, src.outlet, src.url, src.archived_url, src.language,
       src.published_on, src.event_name, src.event_place, src.event_date,
       r.outcome, r.rationale, r.as_of, {ts("r.confirmed_at")},
       {ts("s.updated_at")}, {ts("src.updated_at")},
       (SELECT COALESCE(json_agg(json_build_object('slug', t.slug, 'name', t.name) ORDER BY t.name, t.id), '[]')::text
          FROM {PREDICTION_TOPICS} pt JOIN {TOPIC} t ON t.id = pt.topic_id WHERE pt.prediction_id = p.id),
       (SELECT COALESCE(json_agg(json_build_object('url', e.url, 'title', e.title, 'publisher', e.publisher,
                'accessed_on', e.accessed_on, 'archived_url', e.archived_url) ORDER BY e.id), '[]')::text
          FROM {EVIDENCE} e WHERE e.resolution_id = p.final_resolution_id)
  FROM {P} p
  JOIN {SPEAKER} s ON s.id = p.speaker_id
  JOIN {SOURCE} src ON src.id = p.source_id
  LEFT JOIN {RESOLUTION} r ON r.id = p.final_resolution_id
 WHERE p.is_public"""  # noqa: S608


def available() -> bool:
    return connection.vendor == "postgresql"


def _like(text: str) -> str:
    """An ILIKE pattern matching ``text`` anywhere, with its own wildcards escaped."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _where(filters: PredictionFilters) -> tuple[list[str], list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if filters.status == "open":
        clauses.append("p.final_resolution_id IS NULL AND p.resolve_on > %s")
        params.append(filters.today)
    elif filters.status == "due":
        clauses.append("p.final_resolution_id IS NULL AND p.resolve_on <= %s")
        params.append(filters.today)
    elif filters.status == "overdue":
        clauses.append("p.final_resolution_id IS NULL AND p.resolve_on <= %s")
        params.append(filters.overdue_cutoff)
    elif filters.status == "resolved":
        clauses.append("p.final_resolution_id IS NOT NULL")
    if filters.outcome is not None:
        clauses.append("r.outcome = %s")
        params.append(filters.outcome)
    for column, operator, value in (
        ("made_on", ">=", filters.made_on_after),
        ("made_on", "<=", filters.made_on_before),
        ("resolve_on", ">=", filters.resolve_on_after),
        ("resolve_on", "<=", filters.resolve_on_before),
    ):
        if value is not None:
            clauses.append(f"p.{column} {operator} %s")
            params.append(value)
    if filters.speaker_id is not None:
        clauses.append("p.speaker_id = %s")
        params.append(filters.speaker_id)
    if filters.topic_id is not None:
        clauses.append(f"EXISTS (SELECT 1 FROM {PREDICTION_TOPICS} x WHERE x.prediction_id = p.id AND x.topic_id = %s)")  # noqa: S608
        params.append(filters.topic_id)
    if filters.text:
        clauses.append("(p.claim ILIKE %s OR p.quote ILIKE %s OR p.translation ILIKE %s)")
        params.extend([_like(filters.text)] * 3)
    return clauses, params


def page_rows(
    *, filters: PredictionFilters, ordering: Ordering, cursor: Cursor | None, limit: int
) -> list[tuple[Any, ...]]:
    """Up to ``limit`` rows in the direction of travel (backwards for a "previous" cursor)."""
    clauses, params = _where(filters)
    backwards = cursor.backwards if cursor else False
    descending = ordering.descending != backwards
    if cursor is not None:
        operator = "<" if descending else ">"
        if ordering.field is None:
            clauses.append(f"p.id {operator} %s")
            params.append(cursor.id)
        else:
            clauses.append(f"(p.{ordering.field}, p.id) {operator} (%s, %s)")
            params.extend([cursor.key, cursor.id])
    direction = "DESC" if descending else "ASC"
    order = f"p.{ordering.field} {direction}, p.id {direction}" if ordering.field else f"p.id {direction}"
    where = "".join(f" AND {clause}" for clause in clauses)
    # LIMIT is written in, not a parameter: a prepared statement's generic plan
    # for an unknown LIMIT may sort everything instead of walking the index.
    sql = f"{SELECT}{where} ORDER BY {order} LIMIT {int(limit)}"
    return _fetch(sql, params)


def detail_row(pk: int) -> tuple[Any, ...] | None:
    rows = _fetch(f"{SELECT} AND p.id = %s", [pk])
    return rows[0] if rows else None


def _fetch(sql: str, params: list[Any]) -> list[tuple[Any, ...]]:
    """Run on Django's own connection (same transaction, same query log) with
    server-side parameters and, unless HINDSIGHT_DB_PREPARED_STATEMENTS is
    off, as a prepared statement: the hot queries then skip parsing and
    planning, which for this statement was about a third of its cost. (Django
    keeps prepared statements off by default for transaction-mode poolers.)"""
    connection.ensure_connection()
    prepare = bool(settings.HINDSIGHT_DB_PREPARED_STATEMENTS)
    if prepare and connection.connection.prepare_threshold is None:
        # Django sets None (never prepare). A threshold no query reaches keeps
        # automatic preparation off for every other query while letting this
        # one ask for it explicitly.
        connection.connection.prepare_threshold = 2**31 - 1
    with psycopg.Cursor(connection.connection) as raw:
        logged = connection.make_debug_cursor(raw) if connection.queries_logged else None  # type: ignore[arg-type]
        with logged.debug_sql(sql, params) if logged else nullcontext(), connection.wrap_database_errors:
            raw.execute(sql, params, prepare=prepare or None)
            return raw.fetchall()
