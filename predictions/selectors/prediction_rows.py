"""The API's hot path: public predictions as named rows, one query a page.

``PredictionRow`` is the one column list: each field's ORM path and SQL
expression follow from its name (``_column``), and both forms are generated
from it — the hand-written statement on PostgreSQL (prediction, speaker, source
and final resolution joined; topics and evidence aggregated to JSON text by the
database) and the ORM's ``values_list`` elsewhere (SQLite, the embedded
default; topics and evidence then come from two more queries). Both forms also
carry the status and recorded-late rules' results (``selectors.status``:
``rule_columns_sql`` in the statement, annotations in the ORM), so the API
derives nothing row by row. A parity test runs both over a matrix of filters,
orderings and cursors.

Why not the ORM on PostgreSQL: on the API's hottest path, compiling the ORM
query (four tables, two JSON sub-selects) cost about as much as running it.
Values always travel as parameters, never in the SQL text.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from contextlib import nullcontext
from dataclasses import dataclass
from typing import Any, NamedTuple

import psycopg
from django.conf import settings
from django.db import connection
from django.db.models import Q, QuerySet

from predictions.models import Evidence, Hedge, Prediction, Resolution, Source, Speaker, Topic
from predictions.selectors.keyset import Cursor, Ordering, keyset_rows
from predictions.selectors.status import rule_columns_sql, status_sql

P = Prediction._meta.db_table
SPEAKER = Speaker._meta.db_table
SOURCE = Source._meta.db_table
RESOLUTION = Resolution._meta.db_table
EVIDENCE = Evidence._meta.db_table
TOPIC = Topic._meta.db_table
PREDICTION_TOPICS = Prediction.topics.through._meta.db_table
HEDGE = Hedge._meta.db_table


def ts(column: str) -> str:
    """A timestamp as RFC 3339 text in UTC, as the API shows it. Loading
    timestamptz values through Django's Python-level loader cost more than
    the rest of the row; text loads in C."""
    return f"""to_char({column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')"""


# A row's topics and its final resolution's evidence as JSON text built by
# PostgreSQL, spliced into the response unparsed (None from the ORM form).
_TOPICS = f"{PREDICTION_TOPICS} pt JOIN {TOPIC} t ON t.id = pt.topic_id WHERE pt.prediction_id = p.id"
_EVIDENCE = f"{EVIDENCE} e WHERE e.resolution_id = p.final_resolution_id"
TOPICS_JSON = (
    "(SELECT COALESCE(json_agg(json_build_object('slug', t.slug, 'name', t.name) ORDER BY t.name, t.id), '[]')::text"  # noqa: S608
    " FROM " + _TOPICS + ")"
)
EVIDENCE_JSON = (
    "(SELECT COALESCE(json_agg(json_build_object('url', e.url, 'title', e.title, 'publisher', e.publisher,"  # noqa: S608
    " 'accessed_on', e.accessed_on, 'archived_url', e.archived_url) ORDER BY e.id), '[]')::text"
    " FROM " + _EVIDENCE + ")"
)

HEDGES_JSON = (
    "(SELECT COALESCE(json_agg(json_build_object('quote', h.quote, 'quote_start', h.quote_start,"  # noqa: S608
    f" 'quote_end', h.quote_end, 'translation', h.translation) ORDER BY h.quote_start, h.id), '[]')::text"
    f" FROM {HEDGE} h WHERE h.prediction_id = p.id)"
)


@dataclass(frozen=True)
class Col:
    """Where a field of ``PredictionRow`` comes from: its ORM path and its SQL expression."""

    orm: str
    sql: str


class PredictionRow(NamedTuple):
    """A public prediction as the API reads it. Each field is named after the column it
    comes from (``_column``): the prediction's own, then the speaker's (``speaker_<column>``)
    and the source's (``source_<column>``), then the final resolution's. Timestamps
    (``*_at``) are RFC 3339 text in both forms. ``status``, ``is_overdue`` and
    ``recorded_late`` are the rules of ``selectors.status`` on the page's day."""

    id: int
    version: int
    resolve_on: datetime.date
    made_on: datetime.date
    final_resolution_id: int | None
    source_id: int  # the prediction's own foreign key, not a column of the source
    slug: str
    quote: str
    quote_language: str
    translation: str
    claim: str
    horizon: str
    horizon_rule: str
    resolution_criteria: str
    stated_confidence: str
    implied_probability: float | None
    created_at: str
    updated_at: str
    # Issue 11: when it was recorded, what kind of quote, and the Chinese versions.
    recorded_at: str | None
    late_evidence_reason: str
    late_evidence_reason_zh: str
    quote_kind: str
    spoken_language: str
    claim_zh: str
    horizon_rule_zh: str
    resolution_criteria_zh: str
    stated_confidence_zh: str
    speaker_name: str
    speaker_name_original: str
    speaker_slug: str
    speaker_updated_at: str
    source_title: str
    source_title_original: str
    source_outlet: str
    source_url: str
    source_archived_url: str
    source_language: str
    source_published_on: datetime.date | None
    source_event_name: str
    source_event_place: str
    source_event_date: datetime.date | None
    source_updated_at: str
    # The final resolution's, None without one.
    outcome: str | None
    rationale: str | None
    rationale_zh: str | None
    as_of: datetime.date | None
    resolved_at: str | None
    early_reason: str | None
    # Computed by the statement (``rule_columns_sql``) or annotated by the ORM, never in Python row by row.
    status: str
    is_overdue: bool
    recorded_late: bool
    # JSON text built by PostgreSQL, spliced into the response unparsed; None from the ORM form.
    topics_json: str | None = None
    evidence_json: str | None = None
    hedges_json: str | None = None


# The final resolution's fields and their columns (the API calls its confirmation time resolved_at).
_RESOLUTION_COLUMNS = {
    "outcome": "outcome",
    "rationale": "rationale",
    "rationale_zh": "rationale_zh",
    "as_of": "as_of",
    "resolved_at": "confirmed_at",
    "early_reason": "early_reason",
}
# A field's prefix, the ORM path of the joined row it names and that row's alias in the statement.
_JOINED = (("speaker_", "speaker__", "s"), ("source_", "source__", "src"))
RULE_FIELDS = ("status", "is_overdue", "recorded_late")
RULE_ORM_PATHS = ("status", "is_overdue", "is_recorded_late")  # with_status(), with_recorded_late()
JSON_FIELDS = ("topics_json", "evidence_json", "hedges_json")


def _column(name: str) -> Col:
    """Where the stored field ``name`` comes from, by the naming rule of ``PredictionRow``."""
    orm, sql = name, f"p.{name}"
    if name in _RESOLUTION_COLUMNS:
        orm, sql = f"final_resolution__{_RESOLUTION_COLUMNS[name]}", f"r.{_RESOLUTION_COLUMNS[name]}"
    for prefix, path, alias in _JOINED:
        column = name.removeprefix(prefix)
        if column != name and column != "id":
            orm, sql = path + column, f"{alias}.{column}"
    return Col(orm, ts(sql) if name.endswith("_at") else sql)


STORED_FIELDS = PredictionRow._fields[: PredictionRow._fields.index(RULE_FIELDS[0])]
COLUMNS: tuple[Col, ...] = tuple(_column(name) for name in STORED_FIELDS)
ORM_PATHS = (*(column.orm for column in COLUMNS), *RULE_ORM_PATHS)
INSTANT_INDEXES = tuple(index for index, name in enumerate(STORED_FIELDS) if name.endswith("_at"))
# Where the keys of the API's orderings sit in a row (id: ordered by id alone).
KEY_INDEX = {name: PredictionRow._fields.index(name) for name in ("resolve_on", "made_on")} | {"id": None}

# Table names come from model metadata; values are always parameters.
_STORED_SQL = ", ".join(column.sql for column in COLUMNS)
_JSON_SQL = f"{TOPICS_JSON}, {EVIDENCE_JSON}, {HEDGES_JSON}"
_FROM = (
    f"\n  FROM {P} p"
    f"\n  JOIN {SPEAKER} s ON s.id = p.speaker_id"
    f"\n  JOIN {SOURCE} src ON src.id = p.source_id"
    f"\n  LEFT JOIN {RESOLUTION} r ON r.id = p.final_resolution_id"
    "\n WHERE p.is_public"
)
# The statement without the rules' results, which need the day as parameters: the stored
# columns and the JSON text, what the benchmark's floor fetches (tests/bench/api.py), so the
# rules the endpoint's statement adds (``statement``) count against the endpoint.
SELECT = f"SELECT {_STORED_SQL}, {_JSON_SQL}{_FROM}"
SELECT_FIELDS = (*STORED_FIELDS, *JSON_FIELDS)


def statement(today: datetime.date) -> tuple[str, list[Any]]:
    """The endpoint's statement, every field of ``PredictionRow``, and its parameters (the rules')."""
    rules, params = rule_columns_sql(today)
    return f"SELECT {_STORED_SQL}, {', '.join(rules)}, {_JSON_SQL}{_FROM}", params


def rfc3339(value: datetime.datetime | None) -> str | None:
    """A timestamp of the ORM form as ``ts`` writes it in SQL."""
    return None if value is None else value.astimezone(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@dataclass(frozen=True)
class PredictionFilters:
    """The list filters of ``GET predictions/``, parsed and checked (``predictions.api.filters``)."""

    today: datetime.date
    status: str | None = None
    outcome: str | None = None
    made_on_after: datetime.date | None = None
    made_on_before: datetime.date | None = None
    resolve_on_after: datetime.date | None = None
    resolve_on_before: datetime.date | None = None
    speaker_id: int | None = None
    topic_id: int | None = None
    text: str = ""


def available() -> bool:
    """The hand-written statement needs PostgreSQL (json_agg, to_char, prepared statements)."""
    return connection.vendor == "postgresql"


def page_rows(
    *, filters: PredictionFilters, ordering: Ordering, cursor: Cursor | None, limit: int
) -> list[PredictionRow]:
    """Up to ``limit`` public rows in the direction of travel (backwards for a "previous" cursor)."""
    if available():
        return sql_page_rows(filters=filters, ordering=ordering, cursor=cursor, limit=limit)
    return orm_page_rows(filters=filters, ordering=ordering, cursor=cursor, limit=limit)


def detail_row(pk: int, today: datetime.date) -> PredictionRow | None:
    """One public prediction's row on ``today``, or None."""
    if available():
        sql, params = statement(today)
        rows = _fetch(f"{sql} AND p.id = %s", [*params, pk])
    else:
        rows = _orm_rows(_orm_values(Prediction.objects.filter(pk=pk, is_public=True), today))
    return rows[0] if rows else None


# --- the ORM form ----------------------------------------------------------------
def filtered(queryset: QuerySet[Any], filters: PredictionFilters) -> QuerySet[Any]:
    """The ORM form of the filters (``_where`` writes the same in SQL)."""
    if filters.status is not None:
        queryset = queryset.with_status_filter(filters.status, filters.today)  # type: ignore[attr-defined]
    if filters.outcome is not None:
        queryset = queryset.filter(final_resolution__outcome=filters.outcome)
    bounds = {
        "made_on__gte": filters.made_on_after,
        "made_on__lte": filters.made_on_before,
        "resolve_on__gte": filters.resolve_on_after,
        "resolve_on__lte": filters.resolve_on_before,
    }
    queryset = queryset.filter(**{lookup: value for lookup, value in bounds.items() if value is not None})
    if filters.speaker_id is not None:
        queryset = queryset.filter(speaker_id=filters.speaker_id)
    if filters.topic_id is not None:
        queryset = queryset.filter(topics__id=filters.topic_id)
    if filters.text:
        text = filters.text
        queryset = queryset.filter(Q(claim__icontains=text) | Q(quote__icontains=text) | Q(translation__icontains=text))
    return queryset


def _orm_values(queryset: QuerySet[Any], today: datetime.date) -> QuerySet[Any]:
    """The fields of ``PredictionRow`` but the JSON text, the rules' results annotated for ``today``."""
    return queryset.with_status(today).with_recorded_late().values_list(*ORM_PATHS)  # type: ignore[attr-defined]


def _orm_rows(values: Iterable[tuple[Any, ...]]) -> list[PredictionRow]:
    """Rows as the SQL form makes them: timestamps as RFC 3339 text, no JSON text."""
    rows = []
    for value in values:
        cells = list(value)
        for index in INSTANT_INDEXES:
            cells[index] = rfc3339(cells[index])
        rows.append(PredictionRow._make((*cells, None, None, None)))
    return rows


def orm_page_rows(
    *, filters: PredictionFilters, ordering: Ordering, cursor: Cursor | None, limit: int
) -> list[PredictionRow]:
    """``page_rows`` through the ORM: the form of databases other than PostgreSQL."""
    rows = _orm_values(filtered(Prediction.objects.filter(is_public=True), filters), filters.today)
    return _orm_rows(keyset_rows(rows, ordering=ordering, cursor=cursor, limit=limit))


# --- the SQL form ------------------------------------------------------------------
def _like(text: str) -> str:
    """An ILIKE pattern matching ``text`` anywhere, with its own wildcards escaped."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _where(filters: PredictionFilters) -> tuple[list[str], list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if filters.status is not None:
        clause, values = status_sql(filters.status, filters.today)
        clauses.append(clause)
        params.extend(values)
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


def sql_page_rows(
    *, filters: PredictionFilters, ordering: Ordering, cursor: Cursor | None, limit: int
) -> list[PredictionRow]:
    """``page_rows`` as one hand-written statement (PostgreSQL)."""
    select, params = statement(filters.today)
    clauses, where_params = _where(filters)
    params.extend(where_params)
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
    sql = f"{select}{where} ORDER BY {order} LIMIT {int(limit)}"
    return _fetch(sql, params)


def _fetch(sql: str, params: list[Any]) -> list[PredictionRow]:
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
    # Rows are made by the tuple type itself (``_make``): measured at a third of the cost of
    # psycopg's args_row, which calls ``PredictionRow(*values)`` through Python.
    with psycopg.Cursor(connection.connection, row_factory=lambda cursor: PredictionRow._make) as raw:
        logged = connection.make_debug_cursor(raw) if connection.queries_logged else None  # type: ignore[arg-type]
        with logged.debug_sql(sql, params) if logged else nullcontext(), connection.wrap_database_errors:
            raw.execute(sql, params, prepare=prepare or None)
            return raw.fetchall()
