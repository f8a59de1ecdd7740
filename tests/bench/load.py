"""Throughput under load: gunicorn with 2 workers pinned to core 0, the load
generator (``tests.bench.loadgen``) pinned to core 1, ``seconds`` per URL.

Reported, not a ratio: requests per second and p50/p99 latency for ``/`` and
the list endpoint. Skipped with a message where ``taskset`` is missing.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from typing import Any

from django.conf import settings

URLS = ["/", "/api/v1/predictions/?page_size=100"]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _database_url(database: str) -> str:
    options = settings.DATABASES["default"]
    password = f":{options['PASSWORD']}" if options["PASSWORD"] else ""
    return f"postgres://{options['USER']}{password}@{options['HOST']}:{options['PORT'] or 5432}/{database}"


def run(database: str, *, seconds: int, say: Callable[[str], None]) -> list[dict[str, Any]]:
    if shutil.which("taskset") is None or (os.cpu_count() or 1) < 2:
        say("  skipped: needs taskset and two cores")
        return []
    port = _free_port()
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.settings",
        "DATABASE_URL": _database_url(database),
        "PYTHONPATH": str(settings.BASE_DIR),
    }
    server = subprocess.Popen(
        ["taskset", "-c", "0", sys.executable, "-m", "gunicorn", "config.wsgi", "--workers", "2",
         "--bind", f"127.0.0.1:{port}", "--log-level", "warning"],
        env=environment,
        cwd=settings.BASE_DIR,
        start_new_session=True,
    )  # fmt: skip
    results = []
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2).read()
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise RuntimeError("gunicorn did not start") from None
                time.sleep(0.3)
        for path in URLS:
            url = f"http://127.0.0.1:{port}{path}"
            for _ in range(20):  # warm both workers (caches, connections)
                urllib.request.urlopen(url, timeout=10).read()
            output = subprocess.run(
                ["taskset", "-c", "1", sys.executable, "-m", "tests.bench.loadgen", url, "--seconds", str(seconds)],
                capture_output=True,
                text=True,
                check=True,
                cwd=settings.BASE_DIR,
            ).stdout
            result = json.loads(output.strip().splitlines()[-1])
            result["path"] = path
            say(f"  {path}: {result['rps']} req/s, p50 {result['p50_ms']} ms, p99 {result['p99_ms']} ms")
            results.append(result)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=20)
    return results


def table(results: list[dict[str, Any]]) -> str:
    lines = [f"{'load (gunicorn 2 workers)':<40} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7}"]
    for result in results:
        lines.append(
            f"{result['path']:<40} {result['rps']:>8} {result['p50_ms']:>8} {result['p99_ms']:>8} {result['errors']:>7}"
        )
    return "\n".join(lines)
