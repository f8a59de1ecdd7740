"""``python manage.py recount_tallies``: rebuild the scoreboard's kept tallies from the ledger.

The services keep the tallies as the ledger changes; run this after rows were
written around them (a restore, a bulk load with COPY) or to check them. It is
idempotent: a second run writes the same rows. The public pages are refreshed
once the new counts commit.
"""

from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand
from django.db import transaction

from predictions import public_cache
from predictions.services.tallies import tallies_recount


class Command(BaseCommand):
    help = "Recount the scoreboard's kept tallies from the ledger (idempotent)."

    def handle(self, *args: Any, **options: Any) -> None:
        started = time.perf_counter()
        with transaction.atomic():
            predictions, rows = tallies_recount(progress=lambda message: self.stdout.write(message))
            public_cache.invalidate_on_commit()
        elapsed = time.perf_counter() - started
        self.stdout.write(
            self.style.SUCCESS(f"Recounted {predictions} public predictions into {rows} rows in {elapsed:.1f} s.")
        )
