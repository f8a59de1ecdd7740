"""PostgreSQL faults for the tests: end a server process as a restart or a failover would.

A backend ended with ``pg_terminate_backend`` is what a client sees when
PostgreSQL restarts: its next statement fails with ``OperationalError``
("terminating connection due to administrator command"), and only a new
connection works again.
"""

from __future__ import annotations

from collections.abc import Iterable

import psycopg
from django.db import connection


def backend_pid() -> int:
    """The server process behind Django's default connection in this thread."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        row = cursor.fetchone()
    assert row is not None
    return int(row[0])


def terminate(database_url: str, pids: Iterable[int]) -> list[int]:
    """End each backend and wait (up to 5 s each) until it is gone; returns those ended."""
    with psycopg.connect(database_url, autocommit=True) as admin:
        rows = admin.execute(
            "SELECT pid FROM unnest(%s::int[]) AS pid WHERE pg_terminate_backend(pid, 5000)", [list(pids)]
        ).fetchall()
    return [pid for (pid,) in rows]


def other_backends(database_url: str, *, besides: Iterable[int]) -> list[int]:
    """Backends connected to the database of ``database_url``, other than ``besides`` and this query's own."""
    with psycopg.connect(database_url, autocommit=True) as admin:
        rows = admin.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
            "AND pid <> pg_backend_pid() AND pid <> ALL(%s::int[])",
            [list(besides)],
        ).fetchall()
    return [pid for (pid,) in rows]
