"""Benchmark databases: one PostgreSQL database per ledger size, kept between runs.

Each is ``<DATABASE_URL's name>_bench_<size>``, migrated and filled by
``generate_ledger`` (with the reminder history). The database's comment
records what it holds and which migrations it has; a run whose comment
matches reuses it (the million-prediction ledger takes minutes to build),
anything else is dropped and built again.
"""

from __future__ import annotations

import datetime
import time
from collections.abc import Callable
from dataclasses import dataclass

import psycopg
from django.conf import settings
from django.core.management import call_command, get_commands
from django.db import connection
from django.utils import timezone

from tests.bench.generator import generate_ledger_with_reminders
from tests.bench.harness import use_database

SEED = 7


@dataclass(frozen=True)
class Ledger:
    predictions: int
    due: int
    speakers: int = 200
    resolved_share: float = 0.5

    @property
    def label(self) -> str:
        return f"{self.predictions // 1_000_000}m" if self.predictions >= 1_000_000 else f"{self.predictions // 1000}k"

    def database(self) -> str:
        return f"{BASE_NAME}_bench_{self.label}_due{self.due}"

    def fingerprint(self) -> str:
        """What the database holds; the schema is brought up to date separately."""
        return (
            f"hindsight-bench predictions={self.predictions} due={self.due} speakers={self.speakers} "
            f"resolved={self.resolved_share} seed={SEED}"
        )


# Read once: the benchmarks switch the default connection between databases.
BASE_NAME = str(settings.DATABASES["default"]["NAME"])


def _maintenance() -> psycopg.Connection[tuple[object, ...]]:
    options = settings.DATABASES["default"]
    return psycopg.connect(
        host=options["HOST"],
        port=options["PORT"] or 5432,
        user=options["USER"],
        password=options["PASSWORD"] or None,
        dbname="postgres",
        autocommit=True,
    )


def _comment(name: str) -> str | None:
    with _maintenance() as admin:
        row = admin.execute(
            "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = %s", [name]
        ).fetchone()
    return None if row is None else str(row[0] or "")


def generated_on(name: str) -> datetime.date:
    """The day the ledger in ``name`` was generated: its dates are relative to it."""
    comment = _comment(name) or ""
    return datetime.date.fromisoformat(comment.split(" generated=")[1])


def _recount_tallies() -> None:
    """The generator writes with COPY, past the services that keep counts (issue 14, branch i14b's
    ``recount_tallies``); a migration may also have just added them to a kept ledger. Recount
    whenever the command exists."""
    if "recount_tallies" in get_commands():
        call_command("recount_tallies", verbosity=0)


def _pending_migrations() -> bool:
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    return bool(executor.migration_plan(executor.loader.graph.leaf_nodes()))


def ensure(ledger: Ledger, say: Callable[[str], None]) -> str:
    """The name of a database holding ``ledger``, built if needed."""
    name = ledger.database()
    comment = _comment(name) or ""
    if comment.split(" generated=")[0] == ledger.fingerprint():
        # Same data: new migrations (an index, say) are applied in place
        # instead of generating a million predictions again.
        use_database(name)
        if _pending_migrations():
            call_command("migrate", verbosity=0)
            # A ledger generated before issue 11 got recorded_at = its creation (the migration's backfill):
            # every prediction "recorded late". Record each on the day it was said, as the generator does now.
            with connection.cursor() as cursor:
                cursor.execute(
                    "UPDATE predictions_prediction SET recorded_at = made_on + time '12:00' AT TIME ZONE 'UTC'"
                    " WHERE recorded_at::date <> made_on"
                )
            _recount_tallies()
        connection.close()
        say(f"reusing {name} (migrated to the current schema)")
        return name
    started = time.perf_counter()
    say(f"building {name} ({ledger.predictions:,} predictions, {ledger.due:,} due) …")
    connection.close()
    with _maintenance() as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{name}"')
    use_database(name)
    call_command("migrate", verbosity=0)
    counts, reminders = generate_ledger_with_reminders(
        speakers=ledger.speakers,
        predictions=ledger.predictions,
        resolved_share=ledger.resolved_share,
        due=ledger.due,
        seed=SEED,
        progress=lambda message: say(f"  {message}"),
    )
    _recount_tallies()
    with connection.cursor() as cursor:
        # A steady-state database: statistics fresh, visibility map set (index-only scans work).
        cursor.execute("VACUUM ANALYZE")
    connection.close()
    with _maintenance() as admin:
        stamp = f"{ledger.fingerprint()} generated={timezone.localdate().isoformat()}"
        admin.execute(f"COMMENT ON DATABASE \"{name}\" IS '{stamp}'")
    say(
        f"built {name} in {time.perf_counter() - started:.0f} s ({counts.resolved:,} resolved, {reminders:,} reminders)"
    )
    return name
