"""A second process that writes through the services, several times a second (``detail_under_writes_vs_quiet``).

    python -m tests.bench.writer DATABASE CACHE_PREFIX EXCLUDED_IDS

It records a prediction (a copy of an existing one under a new slug: its quote
is in the source text), edits an open one, and resolves a due one (a proposal
by one reviewer, confirmed by another), over and over, one service call every
``PAUSE`` seconds, never touching the predictions in EXCLUDED_IDS (the pages
being read). Every call goes through ``predictions.services``: the same
transactions, audit rows, outbox events and cache invalidation as a reviewer's
action. The parent pauses and resumes it (SIGSTOP / SIGCONT) and ends it with
SIGTERM; it then prints one JSON line: the calls made and refused.

It writes into the database it is given: the benchmark hands it a throwaway
copy of a ledger (``tests.bench.under_writes``).
"""

from __future__ import annotations

import itertools
import json
import os
import signal
import sys
import time
from types import FrameType

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")

import django

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.core.exceptions import ValidationError  # noqa: E402
from django.db import connection  # noqa: E402
from django.utils import timezone  # noqa: E402

from predictions.errors import LedgerError  # noqa: E402
from predictions.models import Prediction  # noqa: E402
from predictions.services.ledger import prediction_record, prediction_update  # noqa: E402
from predictions.services.resolutions import EvidenceInput, resolution_confirm, resolution_propose  # noqa: E402

PAUSE = 0.1  # seconds between service calls: several writes a second
COPIED_FIELDS = (
    "speaker", "source", "quote", "quote_language", "translation", "claim", "made_on", "horizon",
    "horizon_rule", "resolve_on", "resolution_criteria", "stated_confidence", "implied_probability",
)  # fmt: skip


class Stop(Exception):
    pass


def _stop(signum: int, frame: FrameType | None) -> None:
    raise Stop


def main(database: str, cache_prefix: str, excluded: set[int]) -> None:
    connection.settings_dict["NAME"] = database
    cache.key_prefix = cache_prefix  # the readers' namespace: our invalidations reach their pages
    User = get_user_model()
    admin, _ = User.objects.get_or_create(username="bench-writer", defaults={"is_superuser": True, "is_staff": True})
    proposer = User.objects.get(username="bench-proposer")
    confirmer = User.objects.get(username="bench-confirmer")
    today = timezone.localdate()
    others = Prediction.objects.exclude(pk__in=excluded).filter(is_public=True)
    models = list(others.filter(final_resolution__isnull=False).select_related("speaker", "source").order_by("id")[:50])
    to_edit = list(others.filter(final_resolution__isnull=True, resolve_on__gt=today).order_by("id")[:200])
    to_resolve = iter(list(others.filter(final_resolution__isnull=True, resolve_on__lte=today).order_by("id")))
    counter = itertools.count(1)
    calls = {"recorded": 0, "edited": 0, "proposed": 0, "confirmed": 0, "refused": 0}

    def record() -> None:
        model = models[next(counter) % len(models)]
        fields = {name: getattr(model, name) for name in COPIED_FIELDS}
        prediction_record(by=admin, reason="bench write", slug=f"bench-{os.getpid()}-{next(counter)}", **fields)
        calls["recorded"] += 1

    def edit() -> None:
        prediction = to_edit[next(counter) % len(to_edit)]
        prediction.refresh_from_db()
        prediction_update(
            prediction=prediction,
            by=admin,
            reason="bench edit",
            changes={"stated_confidence": f"bench {next(counter)}"},
        )
        calls["edited"] += 1

    def resolve() -> None:
        prediction = next(to_resolve, None)
        if prediction is None:
            return
        proposal = resolution_propose(
            prediction=prediction,
            outcome="correct",
            rationale="Bench: the criteria were met.",
            as_of=today,
            evidence=[EvidenceInput(url="https://example.org/bench", title="Bench evidence", accessed_on=today)],
            by=proposer,
        )
        calls["proposed"] += 1
        time.sleep(PAUSE)
        resolution_confirm(resolution=proposal, by=confirmer)
        calls["confirmed"] += 1

    signal.signal(signal.SIGTERM, _stop)
    print("ready", flush=True)
    try:
        for action in itertools.cycle((record, edit, resolve)):
            try:
                action()
            except (LedgerError, ValidationError):
                calls["refused"] += 1
            time.sleep(PAUSE)
    except Stop:
        pass
    print(json.dumps(calls), flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], {int(value) for value in sys.argv[3].split(",") if value})
