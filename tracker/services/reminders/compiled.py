"""Two hot reads of the sweep, compiled to SQL once per process on PostgreSQL.

Compiling a queryset costs the sweep more than running it: the locking read of the digests
(``claims``) and the directory of reviewers (``recipients``) each took longer to compile than
PostgreSQL took to answer them (a small sweep: about 2 ms of Python each; docs/decisions.md,
issue 14). Their SQL depends only on settings, and the locking read's parameters on *now*:
so the ORM's queryset stays their one definition, compiled once per set of settings (``key``),
and each run reuses the SQL with the parameters of its own *now*.

Time parameters: the queryset is compiled at a fixed instant (``COMPILED_AT``), and on each run
every datetime parameter is moved by (now − ``COMPILED_AT``). That is exact for the queries here,
whose instants are all *now* or *now* minus a setting (a claim's timeout); a query with an
absolute instant in it must not come here.

Elsewhere (SQLite, whose driver returns dates and times as text that only the ORM's converters
turn into values) the queryset simply runs.
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Callable, Hashable, Sequence
from typing import Any

from django.db import connection
from django.db.models import QuerySet

COMPILED_AT = datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC)

Query = Callable[[], QuerySet[Any, Any]]
QueryAt = Callable[[datetime.datetime], QuerySet[Any, Any]]


@functools.lru_cache(maxsize=64)
def _compiled(query: Query, key: Hashable) -> tuple[str, tuple[Any, ...]]:
    return query().query.sql_with_params()


@functools.lru_cache(maxsize=64)
def _compiled_at(query_at: QueryAt, key: Hashable) -> tuple[str, tuple[Any, ...]]:
    return query_at(COMPILED_AT).query.sql_with_params()


def _fetch(sql: str, parameters: Sequence[Any]) -> list[tuple[Any, ...]]:
    with connection.cursor() as cursor:
        cursor.execute(sql, parameters)
        return cursor.fetchall()


def rows(query: Query, *, key: Hashable) -> list[tuple[Any, ...]]:
    """The rows of ``query()`` (a ``values_list`` queryset); ``key``: every setting its SQL depends on."""
    if connection.vendor != "postgresql":
        return list(query())
    return _fetch(*_compiled(query, key))


def rows_at(query_at: QueryAt, now: datetime.datetime, *, key: Hashable) -> list[tuple[Any, ...]]:
    """The rows of ``query_at(now)`` (a ``values_list`` queryset); ``key``: every setting its SQL depends on."""
    if connection.vendor != "postgresql":
        return list(query_at(now))
    sql, compiled_parameters = _compiled_at(query_at, key)
    shift = now - COMPILED_AT
    moved = [value + shift if isinstance(value, datetime.datetime) else value for value in compiled_parameters]
    return _fetch(sql, moved)
