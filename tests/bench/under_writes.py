"""``detail_under_writes_vs_quiet``: prediction pages read while another process writes ÷ the same reads in quiet.

The reads are what readers send: prediction pages over ``PAGES`` public
predictions, most reads going to a few popular ones (a Zipf-like draw, the
same sequence every run), served the way the site serves them — through the
page cache (``HINDSIGHT_PAGE_CACHE`` on), in process, full Django stack.

The writes come from another process (``tests.bench.writer``) recording,
editing and resolving *other* predictions through the services, several
times a second, each ending as a reviewer's action does (outbox event,
invalidation after commit). Quiet and writing alternate in blocks — the
writer is paused (SIGSTOP) and resumed (SIGCONT) — so a burst of load from
elsewhere on the machine hits both sides. Before each quiet block every page
is read once, untimed: with no writes, a site's cache is warm. The ratio is
of the medians of single reads.

The writer writes into a copy of the ledger (``CREATE DATABASE … TEMPLATE``),
dropped afterwards: the kept benchmark databases stay as generated.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time

from django.core.cache import cache
from django.db import connection
from django.test.utils import override_settings

from predictions.models import Prediction
from tests.bench import databases
from tests.bench.harness import Comparison, InProcessServer, Sample, use_database

PAGES = 200  # predictions read
SETTLE = 0.3  # seconds after resuming the writer before reads are timed: writes are landing


def read_mix(seed: int = 7, reads: int = 2_000) -> tuple[list[str], set[int]]:
    """The reads' paths (popular pages most often) and the ids they cover."""
    rng = random.Random(seed)
    rows = list(Prediction.objects.filter(is_public=True).order_by("id").values_list("id", "slug"))
    chosen = rng.sample(rows, min(PAGES, len(rows)))
    weights = [1 / rank for rank in range(1, len(chosen) + 1)]  # Zipf, s = 1
    paths = [f"/predictions/{pk}/{slug}/" for pk, slug in rng.choices(chosen, weights=weights, k=reads)]
    return paths, {pk for pk, _slug in chosen}


def _copy(name: str) -> str:
    copy = f"{name}_writes"
    connection.close()
    with databases._maintenance() as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{copy}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{copy}" TEMPLATE "{name}"')
    return copy


def _drop(copy: str) -> None:
    connection.close()
    with databases._maintenance() as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{copy}" WITH (FORCE)')


def comparison(server: InProcessServer, database: str, *, blocks: int, reads_per_block: int) -> Comparison:
    copy = _copy(database)
    previous_prefix = cache.key_prefix
    writer: subprocess.Popen[str] | None = None
    try:
        use_database(copy)
        prefix = cache.key_prefix = f"bench-{copy}-{os.getpid()}"
        paths, excluded = read_mix()
        writer = subprocess.Popen(
            [sys.executable, "-m", "tests.bench.writer", copy, prefix, ",".join(map(str, sorted(excluded)))],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert writer.stdout is not None
        if writer.stdout.readline().strip() != "ready":
            raise RuntimeError("the writer process did not start")
        os.kill(writer.pid, signal.SIGSTOP)
        samples = {"under writes": Sample("under writes"), "quiet": Sample("quiet")}
        writing_seconds = 0.0
        position = 0
        with override_settings(HINDSIGHT_PAGE_CACHE=True):
            distinct = list(dict.fromkeys(paths))
            for block in range(2 * blocks):
                side = "under writes" if (block % 4) in (1, 2) else "quiet"  # ABBA: neither side always first
                if side == "quiet":
                    for path in distinct:  # warm, as a site with no writes is
                        server.get(path)
                if side == "under writes":
                    os.kill(writer.pid, signal.SIGCONT)
                    time.sleep(SETTLE)
                    writing_seconds += SETTLE
                started = time.perf_counter()
                for _ in range(reads_per_block):
                    path = paths[position % len(paths)]
                    position += 1
                    started_read = time.perf_counter()
                    _ok(server.get(path), path)
                    samples[side].times_ms.append((time.perf_counter() - started_read) * 1000)
                if side == "under writes":
                    writing_seconds += time.perf_counter() - started
                    os.kill(writer.pid, signal.SIGSTOP)
        if writer.poll() is not None:
            raise RuntimeError(f"the writer process stopped early (exit code {writer.returncode})")
        os.kill(writer.pid, signal.SIGCONT)
        writer.terminate()
        output, _ = writer.communicate(timeout=60)
        calls = json.loads(output.strip().splitlines()[-1])
        writer = None
    finally:
        if writer is not None and writer.poll() is None:
            os.kill(writer.pid, signal.SIGCONT)
            writer.kill()
            writer.wait()
        cache.key_prefix = previous_prefix
        use_database(database)
        _drop(copy)
    writes = calls["recorded"] + calls["edited"] + calls["proposed"] + calls["confirmed"]
    rate = writes / writing_seconds if writing_seconds else 0.0
    return Comparison(
        "detail_under_writes_vs_quiet",
        samples["under writes"],
        samples["quiet"],
        goal="<= 1.5",
        note=f"{len(samples['quiet'].times_ms)} reads each over {PAGES} pages (Zipf); "
        f"{writes} service calls ({rate:.1f}/s while writing, {calls['refused']} refused)",
        extra={"writer_calls": calls, "writes_per_second": round(rate, 2)},
    )


def _ok(answer: tuple[int, bytes], path: str) -> None:
    status, body = answer
    if status != 200:
        raise RuntimeError(f"{path} answered {status}: {body[:200]!r}")
