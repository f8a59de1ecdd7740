"""Fill the database with a generated ledger for benchmarks (PostgreSQL).

The generating code is benchmark tooling and lives with the benchmarks
(``tests/bench/generator.py``), not in the apps: this command works from a
checkout of the repository, and says so when run from an installed package.
"""

from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser


def _share(value: str) -> float:
    share = float(value)
    if not 0.0 <= share <= 1.0:
        raise ValueError(value)
    return share


class Command(BaseCommand):
    help = (
        "Add S speakers and N predictions (a share R resolved, K due and owing reminders) with sources, "
        "resolutions, evidence and the resolved ones' reminder history, streamed with COPY (PostgreSQL). "
        "Deterministic for a given --seed."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--speakers", type=int, default=100)
        parser.add_argument("--predictions", type=int, default=10_000)
        parser.add_argument("--resolved-share", type=_share, default=0.5, help="0–1 (default 0.5).")
        parser.add_argument("--due", type=int, default=1_000, help="Predictions due now (default 1000).")
        parser.add_argument("--seed", type=int, default=1)

    def handle(self, *args: Any, **options: Any) -> None:
        if options["speakers"] < 1 or options["predictions"] < 1 or options["due"] < 0:
            raise CommandError("--speakers and --predictions must be at least 1, --due at least 0.")
        started = time.perf_counter()

        def progress(message: str) -> None:
            self.stdout.write(f"  [{time.perf_counter() - started:6.1f} s] {message}")

        try:
            from tests.bench.generator import generate_ledger_with_reminders
        except ImportError:
            raise CommandError(
                "generate_ledger needs a checkout of the Hindsight repository: the generator is "
                "tests/bench/generator.py, which the installed package does not ship."
            ) from None
        try:
            counts, reminders = generate_ledger_with_reminders(
                speakers=options["speakers"],
                predictions=options["predictions"],
                resolved_share=options["resolved_share"],
                due=options["due"],
                seed=options["seed"],
                progress=progress,
            )
        except (RuntimeError, ValueError) as error:
            raise CommandError(str(error)) from None
        self.stdout.write(
            self.style.SUCCESS(
                f"Generated {counts.predictions} predictions ({counts.resolved} resolved, {counts.due} due) "
                f"by {counts.speakers} speakers in {counts.sources} sources, {reminders} past reminders, "
                f"in {time.perf_counter() - started:.1f} s."
            )
        )
