"""Two hot reads of the sweep, compiled to SQL once per process on PostgreSQL.

Compiling a queryset costs the sweep more than running it: the locking read of the digests
(``claims``) and the directory of reviewers (``recipients``) took the ORM about as long to compile
as PostgreSQL took to answer them (a small sweep: 1.6–1.7 ms to compile the locking read;
docs/decisions.md, issue 14). Their SQL depends only on settings, and the locking read's
parameters on *now*: so the ORM's queryset stays their one definition, compiled once, and each
run reuses the SQL with the parameters of its own *now*. A change of settings (only tests make
one, with ``override_settings``) forgets every compiled statement.

Time parameters: the queryset is compiled at a fixed instant (``COMPILED_AT``), and on each run
every datetime parameter is moved by (now − ``COMPILED_AT``). That is exact only for a query whose
instants are all *now* or *now* minus a fixed interval (a claim's timeout); so it is compiled a
second time a day and more later, and refused unless the SQL is the same and every datetime
parameter moved by exactly as much and nothing else changed (an absolute instant, or today's
date, would not).

Elsewhere (SQLite, whose driver returns dates and times as text that only the ORM's converters
turn into values) the queryset simply runs.
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Callable, Sequence
from typing import Any

from django.core.signals import setting_changed
from django.db import connection
from django.db.models import QuerySet
from django.db.transaction import TransactionManagementError

COMPILED_AT = datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC)
PROBE = datetime.timedelta(days=1, hours=1, seconds=1)

Query = Callable[[], QuerySet[Any, Any]]
QueryAt = Callable[[datetime.datetime], QuerySet[Any, Any]]
Compiled = tuple[str, tuple[Any, ...]]


@functools.cache
def _compiled(query: Query) -> Compiled:
    return query().query.sql_with_params()


@functools.cache
def _compiled_at(query_at: QueryAt) -> Compiled:
    sql, parameters = query_at(COMPILED_AT).query.sql_with_params()
    later_sql, later_parameters = query_at(COMPILED_AT + PROBE).query.sql_with_params()
    # A date derived from now changes across PROBE (more than a day) without being a datetime: refused too.
    moves_with_now = sql == later_sql and all(
        later == (value + PROBE if isinstance(value, datetime.datetime) else value)
        for value, later in zip(parameters, later_parameters, strict=True)
    )
    if not moves_with_now:
        raise ValueError(f"{query_at.__qualname__}: its SQL or parameters do not all move with now; run the queryset")
    return sql, parameters


def _forget(**kwargs: Any) -> None:
    _compiled.cache_clear()
    _compiled_at.cache_clear()


setting_changed.connect(_forget, dispatch_uid="tracker.reminders.compiled")


def _fetch(sql: str, parameters: Sequence[Any]) -> list[tuple[Any, ...]]:
    if " FOR UPDATE" in sql and connection.get_autocommit():
        # What the ORM checks when it compiles: outside a transaction the lock would end with the statement.
        raise TransactionManagementError("select_for_update cannot be used outside of a transaction.")
    with connection.cursor() as cursor:
        cursor.execute(sql, parameters)
        return cursor.fetchall()


def rows(query: Query) -> list[tuple[Any, ...]]:
    """The rows of ``query()`` (a ``values_list`` queryset whose SQL depends on settings only)."""
    if connection.vendor != "postgresql":
        return list(query())
    return _fetch(*_compiled(query))


def rows_at(query_at: QueryAt, now: datetime.datetime) -> list[tuple[Any, ...]]:
    """The rows of ``query_at(now)`` (a ``values_list`` queryset whose instants all move with ``now``)."""
    if connection.vendor != "postgresql":
        return list(query_at(now))
    sql, compiled_parameters = _compiled_at(query_at)
    shift = now - COMPILED_AT
    moved = [value + shift if isinstance(value, datetime.datetime) else value for value in compiled_parameters]
    return _fetch(sql, moved)
