"""The API's hot path: public predictions as named rows, one query a page.

``PredictionRow`` is the one column list: each field carries its ORM path and
its SQL expression, and both forms are generated from it — the hand-written
statement on PostgreSQL (prediction, speaker, source and final resolution
joined; topics and evidence aggregated to JSON text by the database) and the
ORM's ``values_list`` elsewhere (SQLite, the embedded default; topics and
evidence then come from two more queries). A parity test runs both over a
matrix of filters, orderings and cursors.

Why not the ORM on PostgreSQL: on the API's hottest path, compiling the ORM
query (four tables, two JSON sub-selects) cost about as much as running it.
Values always travel as parameters, never in the SQL text.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Iterable, Sequence
from contextlib import nullcontext
from dataclasses import dataclass
from typing import Annotated, Any, NamedTuple, get_type_hints

import psycopg
from django.conf import settings
from django.db import connection
from django.db.models import Q, QuerySet

from predictions.models import Evidence, Hedge, Prediction, Resolution, Source, Speaker, Topic
from predictions.selectors.keyset import Cursor, Ordering, keyset_rows
from predictions.selectors.status import status_sql

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
HEDGE_FIELDS = ("quote", "quote_start", "quote_end", "translation")


@dataclass(frozen=True)
class Col:
    """Where a field of ``PredictionRow`` comes from: its ORM path and its SQL expression."""

    orm: str
    sql: str


class PredictionRow(NamedTuple):
    """A public prediction as the API reads it. Timestamps are RFC 3339 text from
    the SQL form and datetimes from the ORM form (``representations.rfc3339``)."""

    id: Annotated[int, Col("id", "p.id")]
    version: Annotated[int, Col("version", "p.version")]
    resolve_on: Annotated[datetime.date, Col("resolve_on", "p.resolve_on")]
    made_on: Annotated[datetime.date, Col("made_on", "p.made_on")]
    final_resolution_id: Annotated[int | None, Col("final_resolution_id", "p.final_resolution_id")]
    slug: Annotated[str, Col("slug", "p.slug")]
    quote: Annotated[str, Col("quote", "p.quote")]
    quote_language: Annotated[str, Col("quote_language", "p.quote_language")]
    translation: Annotated[str, Col("translation", "p.translation")]
    claim: Annotated[str, Col("claim", "p.claim")]
    horizon: Annotated[str, Col("horizon", "p.horizon")]
    horizon_rule: Annotated[str, Col("horizon_rule", "p.horizon_rule")]
    resolution_criteria: Annotated[str, Col("resolution_criteria", "p.resolution_criteria")]
    stated_confidence: Annotated[str, Col("stated_confidence", "p.stated_confidence")]
    implied_probability: Annotated[float | None, Col("implied_probability", "p.implied_probability")]
    created_at: Annotated[Any, Col("created_at", ts("p.created_at"))]
    updated_at: Annotated[Any, Col("updated_at", ts("p.updated_at"))]
    speaker_name: Annotated[str, Col("speaker__name", "s.name")]
    speaker_name_original: Annotated[str, Col("speaker__name_original", "s.name_original")]
    speaker_slug: Annotated[str, Col("speaker__slug", "s.slug")]
    speaker_updated_at: Annotated[Any, Col("speaker__updated_at", ts("s.updated_at"))]
    source_id: Annotated[int, Col("source_id", "p.source_id")]
    source_title: Annotated[str, Col("source__title", "src.title")]
    source_title_original: Annotated[str, Col("source__title_original", "src.title_original")]
    source_outlet: Annotated[str, Col("source__outlet", "src.outlet")]
    source_url: Annotated[str, Col("source__url", "src.url")]
    source_archived_url: Annotated[str, Col("source__archived_url", "src.archived_url")]
    source_language: Annotated[str, Col("source__language", "src.language")]
    source_published_on: Annotated[datetime.date | None, Col("source__published_on", "src.published_on")]
    source_event_name: Annotated[str, Col("source__event_name", "src.event_name")]
    source_event_place: Annotated[str, Col("source__event_place", "src.event_place")]
    source_event_date: Annotated[datetime.date | None, Col("source__event_date", "src.event_date")]
    source_updated_at: Annotated[Any, Col("source__updated_at", ts("src.updated_at"))]
    outcome: Annotated[str | None, Col("final_resolution__outcome", "r.outcome")]
    rationale: Annotated[str | None, Col("final_resolution__rationale", "r.rationale")]
    as_of: Annotated[datetime.date | None, Col("final_resolution__as_of", "r.as_of")]
    resolved_at: Annotated[Any, Col("final_resolution__confirmed_at", ts("r.confirmed_at"))]
    # Issue 11: when it was recorded, what kind of quote, and the Chinese versions.
    recorded_at: Annotated[Any, Col("recorded_at", ts("p.recorded_at"))]
    late_evidence_reason: Annotated[str, Col("late_evidence_reason", "p.late_evidence_reason")]
    late_evidence_reason_zh: Annotated[str, Col("late_evidence_reason_zh", "p.late_evidence_reason_zh")]
    quote_kind: Annotated[str, Col("quote_kind", "p.quote_kind")]
    spoken_language: Annotated[str, Col("spoken_language", "p.spoken_language")]
    claim_zh: Annotated[str, Col("claim_zh", "p.claim_zh")]
    horizon_rule_zh: Annotated[str, Col("horizon_rule_zh", "p.horizon_rule_zh")]
    resolution_criteria_zh: Annotated[str, Col("resolution_criteria_zh", "p.resolution_criteria_zh")]
    stated_confidence_zh: Annotated[str, Col("stated_confidence_zh", "p.stated_confidence_zh")]
    rationale_zh: Annotated[str | None, Col("final_resolution__rationale_zh", "r.rationale_zh")]
    # JSON text built by PostgreSQL, spliced into the response unparsed; None from the ORM form.
    topics_json: Annotated[str | None, Col("", TOPICS_JSON)] = None
    evidence_json: Annotated[str | None, Col("", EVIDENCE_JSON)] = None
    hedges_json: Annotated[str | None, Col("", HEDGES_JSON)] = None


COLUMNS: tuple[Col, ...] = tuple(
    hint.__metadata__[0] for hint in get_type_hints(PredictionRow, include_extras=True).values()
)
ORM_PATHS = tuple(column.orm for column in COLUMNS if column.orm)
# Where the keys of the API's orderings sit in a row (id: ordered by id alone).
KEY_INDEX = {name: PredictionRow._fields.index(name) for name in ("resolve_on", "made_on")} | {"id": None}

# Table names come from model metadata; values are always parameters.
SELECT = (
    f"SELECT {', '.join(column.sql for column in COLUMNS)}"  # noqa: S608
    f"\n  FROM {P} p"
    f"\n  JOIN {SPEAKER} s ON s.id = p.speaker_id"
    f"\n  JOIN {SOURCE} src ON src.id = p.source_id"
    f"\n  LEFT JOIN {RESOLUTION} r ON r.id = p.final_resolution_id"
    "\n WHERE p.is_public"
)


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


def detail_row(pk: int) -> PredictionRow | None:
    """One public prediction's row, or None."""
    if available():
        rows = _fetch(f"{SELECT} AND p.id = %s", [pk])
    else:
        rows = _orm_rows(Prediction.objects.filter(pk=pk, is_public=True).values_list(*ORM_PATHS))
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


def _orm_rows(values: Iterable[tuple[Any, ...]]) -> list[PredictionRow]:
    return [PredictionRow._make((*row, None, None, None)) for row in values]


def orm_page_rows(
    *, filters: PredictionFilters, ordering: Ordering, cursor: Cursor | None, limit: int
) -> list[PredictionRow]:
    """``page_rows`` through the ORM: the form of databases other than PostgreSQL."""
    rows = filtered(Prediction.objects.filter(is_public=True), filters).values_list(*ORM_PATHS)
    return _orm_rows(keyset_rows(rows, ordering=ordering, cursor=cursor, limit=limit))


def topics_by_prediction(prediction_ids: Sequence[int]) -> dict[int, list[dict[str, str]]]:
    """The ORM form's topics of these predictions, by name: one query."""
    through = Prediction.topics.through
    topics: dict[int, list[dict[str, str]]] = defaultdict(list)
    rows = (
        through.objects.filter(prediction_id__in=prediction_ids)
        .order_by("topic__name", "topic_id")
        .values_list("prediction_id", "topic__slug", "topic__name")
    )
    for prediction_id, slug, name in rows:
        topics[prediction_id].append({"slug": slug, "name": name})
    return topics


def hedges_by_prediction(prediction_ids: Sequence[int]) -> dict[int, list[dict[str, Any]]]:
    """The ORM form's hedges of these predictions, in source order: one query."""
    hedges: dict[int, list[dict[str, Any]]] = defaultdict(list)
    rows = Hedge.objects.filter(prediction_id__in=prediction_ids).order_by("quote_start", "id")
    for prediction_id, *values in rows.values_list("prediction_id", *HEDGE_FIELDS):
        hedges[prediction_id].append(dict(zip(HEDGE_FIELDS, values, strict=True)))
    return hedges


EVIDENCE_FIELDS = ("url", "title", "publisher", "accessed_on", "archived_url")


def evidence_by_resolution(resolution_ids: Iterable[int | None]) -> dict[int, list[dict[str, Any]]]:
    """The ORM form's evidence of these resolutions, in order: one query (none without ids)."""
    evidence: dict[int, list[dict[str, Any]]] = defaultdict(list)
    ids = [pk for pk in resolution_ids if pk is not None]
    if ids:
        rows = Evidence.objects.filter(resolution_id__in=ids).order_by("id")
        for resolution_id, *values in rows.values_list("resolution_id", *EVIDENCE_FIELDS):
            evidence[resolution_id].append(dict(zip(EVIDENCE_FIELDS, values, strict=True)))
    return evidence


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
