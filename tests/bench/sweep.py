"""Benchmark: how the reminder sweep scales with the size of the ledger.

Builds, with bulk_create, a ledger of ``--total`` predictions of which
``--due`` are due (resolve-on in the last 6 days, unresolved); of the rest,
half are resolved and half resolve in the future. Then times the sweep
(first run: records and e-mails everything; second run: nothing left) and
prints EXPLAIN ANALYZE of the due scan.

It runs in its own throw-away database (``<name>_bench``), never the one in
DATABASE_URL itself:

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/hindsight \\
    DJANGO_SETTINGS_MODULE=tests.settings .venv/bin/python -m tests.bench.sweep --total 100000 --due 1000
"""

from __future__ import annotations

import argparse
import datetime
import os
import time
from typing import Any

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")
django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth.models import Group, User  # noqa: E402
from django.db import connection  # noqa: E402
from django.test.utils import override_settings  # noqa: E402
from django.utils import timezone  # noqa: E402

from predictions.models import Prediction, Resolution, Source, Speaker  # noqa: E402
from tracker.services.planning import DUE_SCAN_PAGE, unresolved_until  # noqa: E402
from tracker.services.reminders import reminders_sweep  # noqa: E402

NOW = datetime.datetime(2026, 1, 1, 9, 0, tzinfo=datetime.UTC)
TODAY = NOW.date()


def build(total: int, due: int) -> None:
    speaker = Speaker.objects.create(name="Bench Speaker", slug="bench-speaker")
    source = Source.objects.create(slug="bench-source", title="Bench source", language="en", text="x")
    reviewers = User.objects.bulk_create(
        [User(username=u, email=f"{u}@example.org", is_staff=True) for u in ("ada", "bao")]
    )
    Group.objects.get(name=settings.HINDSIGHT_REVIEWERS_GROUP).user_set.add(*reviewers)
    common: dict[str, Any] = {
        "speaker": speaker,
        "source": source,
        "quote": "x",
        "quote_language": "en",
        "translation": "x",
        "claim": "A benchmark claim.",
        "made_on": datetime.date(2020, 1, 1),
        "resolution_criteria": "x",
    }
    rest = total - due
    rows = []
    for n in range(total):
        if n < due:
            resolve_on = TODAY - datetime.timedelta(days=n % 6)
        elif (n - due) < rest // 2:
            resolve_on = datetime.date(2021, 1, 1) + datetime.timedelta(days=n % 1500)  # resolved below
        else:
            resolve_on = TODAY + datetime.timedelta(days=30 + n % 2000)
        rows.append(Prediction(slug=f"p{n}", resolve_on=resolve_on, **common))
    predictions = Prediction.objects.bulk_create(rows, batch_size=5000)
    to_resolve = predictions[due : due + rest // 2]
    resolutions = Resolution.objects.bulk_create(
        [
            Resolution(
                prediction=p,
                outcome="correct",
                rationale="x",
                as_of=p.resolve_on,
                state="final",
                proposed_by=reviewers[0],
                proposed_at=NOW,
                confirmed_by=reviewers[1],
                confirmed_at=NOW,
            )
            for p in to_resolve
        ],
        batch_size=5000,
    )
    for prediction, resolution in zip(to_resolve, resolutions, strict=True):
        prediction.final_resolution = resolution
    Prediction.objects.bulk_update(to_resolve, ["final_resolution"], batch_size=5000)
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")  # what autovacuum does to a table after a bulk load


def explain_due_scan() -> str:
    """EXPLAIN ANALYZE of the first page of the sweep's due scan (planning.unresolved_until)."""
    horizon = TODAY + datetime.timedelta(days=settings.HINDSIGHT_REMINDER_UPCOMING_DAYS)
    query = (
        Prediction.objects.filter(final_resolution__isnull=True, resolve_on__lte=horizon)
        .order_by("resolve_on", "id")
        .values_list("resolve_on", "id")[:DUE_SCAN_PAGE]
    )
    return query.explain(analyze=True)


def run(total: int, due: int) -> None:
    build(total, due)
    print(f"\n=== {total} predictions, {due} due ===")
    print(explain_due_scan())
    started = time.perf_counter()
    found = len(unresolved_until(TODAY + datetime.timedelta(days=settings.HINDSIGHT_REMINDER_UPCOMING_DAYS)))
    print(f"due scan alone: {1000 * (time.perf_counter() - started):.1f} ms for {found} predictions")
    with override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"):
        started = time.perf_counter()
        first = reminders_sweep(now=NOW)
        first_s = time.perf_counter() - started
        started = time.perf_counter()
        second = reminders_sweep(now=NOW)
        second_s = time.perf_counter() - started
    print(
        f"first sweep: {first_s:.2f} s ({first.reminders_created} reminders, {first.due_events} due events, "
        f"{len(first.digests)} digests); second sweep (nothing owed): {second_s:.3f} s "
        f"({second.reminders_created} reminders)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--total", type=int, default=100_000)
    parser.add_argument("--due", type=int, default=1_000)
    parser.add_argument("--keep", action="store_true", help="Keep the <name>_bench database afterwards.")
    args = parser.parse_args()
    name = connection.settings_dict["NAME"]
    connection.settings_dict["TEST"] = {**connection.settings_dict.get("TEST", {}), "NAME": f"{name}_bench"}
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    try:
        timezone.activate(datetime.UTC)
        run(args.total, args.due)
    finally:
        if args.keep:
            print(f"kept database {connection.settings_dict['NAME']}")
        else:
            connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
