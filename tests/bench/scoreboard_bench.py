"""Benchmark: the cost of the public pages with 1,000 and 100,000 predictions.

Not part of ``make test`` (the file name does not match ``test_*.py``); run it by hand:

    DATABASE_URL=... REDIS_URL=... .venv/bin/pytest tests/bench/scoreboard_bench.py -s -p no:randomly

The ledger is filled with ``bulk_create`` (not the services: speed), about half
of it resolved. For each size it prints the fastest and the median time of ``/``
and of a speaker page with warm aggregates (the usual case: the cache lives 5
minutes) and cold (recomputed on every request), and the ratio 100k / 1k that
issue 5 bounds at 1.5 for ``/``. The bound is checked on the fastest run: on a
shared machine the median moves with the neighbours' load, the minimum with
the work the page does.
"""

from __future__ import annotations

import datetime
import statistics
import time

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.test import Client
from django.utils import timezone

from predictions.models import Prediction, Resolution, Source, Speaker
from predictions.scoreboard import aggregates_invalidate

pytestmark = pytest.mark.django_db(transaction=True)
OUTCOMES = ["correct", "incorrect", "partly_correct", "unresolvable", "correct", "incorrect"]


def fill(total: int) -> Speaker:
    """Grow the ledger to ``total`` predictions over 500 speakers; return the busiest speaker."""
    have = Prediction.objects.count()
    speakers = list(Speaker.objects.all()) or Speaker.objects.bulk_create(
        [Speaker(name=f"Speaker {n}", slug=f"speaker-{n}") for n in range(500)]
    )
    source = Source.objects.first() or Source.objects.create(slug="bench", title="Bench", language="en", text="x")
    reviewer, _ = User.objects.get_or_create(username="bench-reviewer")
    confirmer, _ = User.objects.get_or_create(username="bench-confirmer")
    made_on = datetime.date(2020, 1, 1)
    batch = [
        Prediction(
            speaker=speakers[n % len(speakers)],
            source=source,
            slug=f"p-{n}",
            quote="x",
            quote_language="en",
            translation="x",
            claim=f"Claim {n}",
            made_on=made_on,
            # Scattered over 2020–2033 at every size, so both ledgers have past and future dates.
            resolve_on=made_on + datetime.timedelta(days=(n * 7919) % 5000),
            resolution_criteria="x",
            implied_probability=(0.6, 0.75, 0.9, None)[n % 4],
        )
        for n in range(have, total)
    ]
    created = Prediction.objects.bulk_create(batch, batch_size=5000)
    now = timezone.now()
    resolutions = Resolution.objects.bulk_create(
        [
            Resolution(
                prediction=prediction,
                outcome=OUTCOMES[index % len(OUTCOMES)],
                rationale="x",
                as_of=prediction.resolve_on,
                state="final",
                proposed_by=reviewer,
                proposed_at=now,
                confirmed_by=confirmer,
                confirmed_at=now - datetime.timedelta(minutes=index),
            )
            for index, prediction in enumerate(created)
            if index % 5 < 3 and prediction.resolve_on < timezone.localdate()
        ],
        batch_size=5000,
    )
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE predictions_prediction p SET final_resolution_id = r.id FROM predictions_resolution r "
            "WHERE r.prediction_id = p.id AND r.state = 'final' AND p.final_resolution_id IS NULL"
        )
        cursor.execute("ANALYZE")
    assert len(resolutions) > 0
    return speakers[0]


def timings_ms(client: Client, path: str, *, cold: bool, runs: int = 21) -> tuple[float, float]:
    """(fastest, median) of ``runs`` requests, in milliseconds."""
    timings = []
    client.get(path)  # warm up the process (templates, connections)
    for _ in range(runs):
        if cold:
            aggregates_invalidate()
        start = time.perf_counter()
        response = client.get(path)
        timings.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200
    return min(timings), statistics.median(timings)


def test_page_time_with_1k_and_100k_predictions() -> None:
    client = Client()
    results: dict[int, dict[str, tuple[float, float]]] = {}
    for size in (1_000, 100_000):
        speaker = fill(size)
        results[size] = {
            "/ warm": timings_ms(client, "/", cold=False),
            "/ cold": timings_ms(client, "/", cold=True, runs=7),
            "speaker warm": timings_ms(client, f"/speakers/{speaker.slug}/", cold=False),
            "speaker cold": timings_ms(client, f"/speakers/{speaker.slug}/", cold=True, runs=7),
            "feed": timings_ms(client, "/feeds/resolutions/", cold=False),
        }
    print("page            1k min / median      100k min / median    ratio of min / median")
    for name in results[1_000]:
        (small, small_median), (large, large_median) = results[1_000][name], results[100_000][name]
        print(
            f"{name:14} {small:7.1f} / {small_median:6.1f} ms  {large:7.1f} / {large_median:6.1f} ms"
            f"   {large / small:4.2f} / {large_median / small_median:4.2f}"
        )
    assert results[100_000]["/ warm"][0] <= 1.5 * results[1_000]["/ warm"][0]
