"""The public scoreboard (``/``) on a big ledger ÷ on a small one.

- ``scoreboard_100k_vs_1k``: the page **rendered** (the whole-page cache off)
  with its aggregates cached: aggregates precomputed, the page's own queries
  indexed and constant. Beside it, in the table and JSON: the page as served
  (from the page cache).
- ``scoreboard_fresh_100k_vs_1k``: everything cold — no cached page and no
  cached aggregate (a new ledger generation before each request): the first
  reader after a reviewer's action. 100,000 predictions against 1,000
  (10,000 against 1,000 at ``BENCH_SCALE=small``).
"""

from __future__ import annotations

from django.core.cache import cache
from django.test.utils import override_settings

from predictions import public_cache
from tests.bench.harness import Comparison, InProcessServer, Sample, alternate, use_database


def comparisons(server: InProcessServer, large_db: str, small_db: str, *, repeats: int) -> list[Comparison]:
    def switch_to(side: str, *, cold: bool) -> None:
        database = large_db if side == "large" else small_db
        use_database(database)
        # Each database gets its own cache namespace, so numbers never cross over.
        cache.key_prefix = f"bench-{database}"
        if cold:
            public_cache.invalidate()  # a new generation: the next request computes afresh

    def request() -> None:
        status, body = server.get("/")
        if status != 200:
            raise RuntimeError(f"/ answered {status}: {body[:200]!r}")

    def measure(*, page_cache: bool, cold: bool) -> tuple[Sample, Sample]:
        with override_settings(HINDSIGHT_PAGE_CACHE=page_cache):
            return alternate(
                ("large", request),
                ("small", request),
                repeats=repeats,
                before_each=lambda side: switch_to(side, cold=cold),
            )

    rendered_large, rendered_small = measure(page_cache=False, cold=False)
    served_large, served_small = measure(page_cache=True, cold=False)
    cold_large, cold_small = measure(page_cache=False, cold=True)
    served = served_large.median / served_small.median
    return [
        Comparison(
            "scoreboard_100k_vs_1k",
            rendered_large,
            rendered_small,
            goal="<= 1.5",
            note=f"page rendered, aggregates cached; as served {served:.2f}",
            extra={
                "served_ratio": round(served, 3),
                "served_large_median_ms": round(served_large.median, 3),
            },
        ),
        Comparison(
            "scoreboard_fresh_100k_vs_1k",
            cold_large,
            cold_small,
            goal="<= 1.5",
            note="no cached page, no cached aggregate (a new generation before each request)",
        ),
    ]
