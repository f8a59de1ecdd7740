"""Add the article's forecasts (and any other fixture) to the ledger, without duplicates."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from predictions.provenance import seed_problems
from predictions.services.fixtures import fixture_apply_corrections, fixture_load_missing

DEFAULT_FIXTURES = [settings.BASE_DIR / "fixtures" / "article_000.json"]


class Command(BaseCommand):
    help = (
        "Verify seeds/ against their sha256 and add the rows of the given fixtures that are missing "
        "(matched by natural key), then apply each fixture's <name>_corrections.json through the services. "
        "Existing rows are never overwritten, each correction is applied once; running it twice changes nothing."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("fixtures", nargs="*", type=Path, help="Fixture files (default: the article's).")

    def handle(self, *args: Any, fixtures: list[Path], **options: Any) -> None:
        problems = seed_problems(settings.SEEDS_DIR)
        if problems:
            raise CommandError("Seed files do not match their metadata:\n  " + "\n  ".join(problems))
        for path in fixtures or DEFAULT_FIXTURES:
            if not path.exists():
                raise CommandError(f"No fixture at {path}.")
            self.stdout.write(f"Loading {path.name} …")
            try:
                rows = fixture_load_missing(path=path)
            except ValidationError as error:
                raise CommandError(f"{path.name} was not loaded (nothing was written): {error}") from None
            for row in rows:
                mark = "added" if row.created else "present"
                self.stdout.write(f"  {mark:<8} {row.model} {'/'.join(row.natural_key)}")
            added = sum(row.created for row in rows)
            self.stdout.write(self.style.SUCCESS(f"{path.name}: {added} added, {len(rows) - added} already present."))
            self._apply_corrections(path.with_name(f"{path.stem}_corrections.json"))

    def _apply_corrections(self, path: Path) -> None:
        """``<fixture>_corrections.json``: later corrections, through the services, each once."""
        if not path.exists():
            return
        self.stdout.write(f"Applying {path.name} …")
        try:
            steps = fixture_apply_corrections(path=path)
        except ValidationError as error:
            raise CommandError(f"{path.name} was not applied (nothing was written): {error}") from None
        for step in steps:
            mark = "applied" if step.applied else step.note
            self.stdout.write(f"  {mark}: {step.label}")
