"""Verify seeds/ against their sha256 and add the rows of the given fixtures that are missing
(matched by natural key), then apply each fixture's <name>_corrections.json through the services.
Existing rows are never overwritten, each correction is applied once; running it twice changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from predictions.provenance import seed_problems
from predictions.services.fixtures import fixture_apply_corrections, fixture_load_missing

T = TypeVar("T")

DEFAULT_FIXTURES = [settings.BASE_DIR / "fixtures" / "article_000.json"]


class Command(BaseCommand):
    help = " ".join((__doc__ or "").split())  # the module's docstring, on one line

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("fixtures", nargs="*", type=Path, help="Fixture files (default: the article's).")

    def handle(self, *args: Any, fixtures: list[Path], **options: Any) -> None:
        problems = seed_problems(settings.SEEDS_DIR)
        if problems:
            raise CommandError("Seed files do not match their metadata:\n  " + "\n  ".join(problems))
        for path in fixtures or DEFAULT_FIXTURES:
            if not path.exists():
                raise CommandError(f"No fixture at {path}.")
            rows = self._through_service("Loading", "loaded", fixture_load_missing, path)
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
        steps = self._through_service("Applying", "applied", fixture_apply_corrections, path)
        for step in steps:
            mark = "applied" if step.applied else step.note
            self.stdout.write(f"  {mark}: {step.label}")

    def _through_service(self, doing: str, done: str, service: Callable[..., list[T]], path: Path) -> list[T]:
        """One file through its service, all or nothing: a refusal stops the command and names the file."""
        self.stdout.write(f"{doing} {path.name} …")
        try:
            return service(path=path)
        except ValidationError as error:
            raise CommandError(f"{path.name} was not {done} (nothing was written): {error}") from None
