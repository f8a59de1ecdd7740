"""``make bench``: every ratio of issues 6 and 14, measured side by side, in one run.

    BENCH_SCALE=small make bench     # a quick check (1k and 10k predictions)
    make bench                       # the real thing (1k, 10k, 100k and 1M predictions)

Prints a table, writes it to tests/bench/results.json, and ends with one line
per ratio: ``RATIO <name> <value>``. Databases are kept between runs
(``tests.bench.databases``); the first full run spends most of its time
building the million-prediction ledger.
"""

from __future__ import annotations

import json
import os
import platform
import sys
import time
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")

import django

django.setup()

from django.conf import settings  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.test.utils import override_settings  # noqa: E402

from tests.bench import api, databases, load, scoreboard, sweeps, under_writes  # noqa: E402
from tests.bench.databases import Ledger  # noqa: E402
from tests.bench.harness import Comparison, InProcessServer, as_json, table, use_database  # noqa: E402

RESULTS = Path(__file__).with_name("results.json")


@dataclass(frozen=True)
class Scale:
    scoreboard: tuple[Ledger, Ledger]  # small, large
    sweep: tuple[Ledger, Ledger]  # small, large (the same number due)
    api: Ledger
    repeats: int
    load_seconds: int
    write_blocks: int  # per side, detail_under_writes_vs_quiet


SCALES = {
    "small": Scale(
        scoreboard=(Ledger(1_000, due=100), Ledger(10_000, due=100)),
        sweep=(Ledger(1_000, due=100), Ledger(10_000, due=100)),
        api=Ledger(10_000, due=100),
        repeats=30,
        load_seconds=5,
        write_blocks=4,
    ),
    "full": Scale(
        scoreboard=(Ledger(1_000, due=100), Ledger(100_000, due=100)),
        sweep=(Ledger(10_000, due=1_000), Ledger(1_000_000, due=1_000)),
        api=Ledger(100_000, due=100),
        repeats=60,
        load_seconds=30,
        write_blocks=8,
    ),
}


def say(message: str) -> None:
    print(message, flush=True)


def main() -> int:
    scale_name = os.environ.get("BENCH_SCALE", "full")
    if scale_name not in SCALES:
        say(f"BENCH_SCALE must be one of {', '.join(SCALES)}, not {scale_name!r}")
        return 2
    scale = SCALES[scale_name]
    repeats = scale.repeats
    started = time.perf_counter()
    say(
        f"Hindsight benchmarks, scale {scale_name}: {platform.node()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}"
    )

    ledgers = [*scale.scoreboard, *scale.sweep, scale.api]
    names = {ledger: databases.ensure(ledger, say) for ledger in dict.fromkeys(ledgers)}

    comparisons: list[Comparison] = []
    with override_settings(ROOT_URLCONF="tests.bench.naive_drf", DEBUG=False):
        server = InProcessServer()
        use_database(names[scale.api])
        # Its own cache namespace per database: cached numbers never cross over.
        cache.key_prefix = f"bench-{names[scale.api]}"
        say("\n[api] list endpoint vs floor and vs naive DRF; detail page vs floor")
        comparisons += api.api_comparisons(server, repeats=repeats)
        comparisons += api.detail_comparisons(server, repeats=repeats)

        say("\n[writes] prediction pages read while another process writes, vs quiet")
        comparisons.append(
            under_writes.comparison(server, names[scale.api], blocks=scale.write_blocks, reads_per_block=50)
        )
        cache.key_prefix = f"bench-{names[scale.api]}"

        small, large = scale.scoreboard
        say(f"\n[scoreboard] / with {large.predictions:,} vs {small.predictions:,} predictions")
        comparisons += scoreboard.comparisons(server, names[large], names[small], repeats=repeats)

        small, large = scale.sweep
        say(f"\n[sweep] {large.due:,} owing among {large.predictions:,} vs among {small.predictions:,}; vs raw SQL")
        # At least 15 runs a side: a small sweep takes tens of milliseconds, and with 5 one busy moment
        # of the machine moved the median (and the ratio) by a tenth.
        comparisons += sweeps.comparisons(names[large], names[small], repeats=max(15, repeats // 4))

    say("\n[load] gunicorn, 2 workers, on core 0; wrk on core 1")
    load_results = load.run(names[scale.api], seconds=scale.load_seconds, say=say)

    say("")
    say(table(comparisons))
    if load_results:
        say("")
        say(load.table(load_results))
    elapsed = time.perf_counter() - started
    report = as_json(
        comparisons,
        scale=scale_name,
        machine={"node": platform.node(), "cores": os.cpu_count(), "python": platform.python_version()},
        ledgers={ledger.label + f"_due{ledger.due}": names[ledger] for ledger in names},
        load=load_results,
        seconds=round(elapsed),
        database=settings.DATABASES["default"]["ENGINE"],
    )
    RESULTS.write_text(json.dumps(report, indent=2, default=str) + "\n")
    say(f"\nwritten to {RESULTS} in {elapsed:.0f} s")
    for comparison in comparisons:
        say(f"RATIO {comparison.name} {comparison.ratio:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
