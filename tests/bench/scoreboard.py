"""``scoreboard_100k_vs_1k``: the public scoreboard on a big ledger ÷ on a small one.

The aggregates behind ``/`` are cached and invalidated when a verdict becomes
final, so a reader nearly always gets the cached numbers: that is the ratio
reported. The same comparison with the cache emptied before every request (the
first reader after a verdict) is reported beside it, in the table and JSON.
"""

from __future__ import annotations

from functools import partial

from django.core.cache import cache

from predictions import public_cache
from tests.bench.harness import Comparison, InProcessServer, Sample, alternate, use_database


def comparisons(server: InProcessServer, large_db: str, small_db: str, *, repeats: int) -> list[Comparison]:
    def switch_to(database: str, *, cold: bool) -> None:
        use_database(database)
        # Each database gets its own cache namespace, so numbers never cross over.
        cache.key_prefix = f"bench-{database}"
        if cold:
            public_cache.invalidate()  # a new generation: the next request computes afresh

    def request(database: str) -> None:
        status, body = server.get("/")
        if status != 200:
            raise RuntimeError(f"/ on {database} answered {status}: {body[:200]!r}")

    def switch_side(side: str, *, cold: bool) -> None:
        switch_to(large_db if side == "large" else small_db, cold=cold)

    samples: dict[bool, tuple[Sample, Sample]] = {}
    for cold in (False, True):
        samples[cold] = alternate(
            ("large", lambda: request(large_db)),
            ("small", lambda: request(small_db)),
            repeats=repeats,
            before_each=partial(switch_side, cold=cold),
        )
    warm_large, warm_small = samples[False]
    cold_large, cold_small = samples[True]
    uncached = cold_large.median / cold_small.median
    return [
        Comparison(
            "scoreboard_100k_vs_1k",
            warm_large,
            warm_small,
            goal="<= 1.5",
            note=f"cached aggregates; with the cache emptied before each request: {uncached:.2f}",
            extra={
                "uncached_ratio": round(uncached, 3),
                "uncached_large_median_ms": round(cold_large.median, 3),
                "uncached_small_median_ms": round(cold_small.median, 3),
            },
        )
    ]
