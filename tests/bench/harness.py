"""Measuring side by side: warm up, alternate A and B, report medians and spread.

Shared machines are noisy, so no benchmark asserts an absolute time. Each
comparison runs A and B in the same process, interleaved (A, B, A, B, …), so
a burst of load from elsewhere hits both, and reports the ratio of medians.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from io import BytesIO
from typing import Any

from django.core.handlers.wsgi import WSGIHandler
from django.db import connection


@dataclass
class Sample:
    """Timings of one side of a comparison, in milliseconds."""

    name: str
    times_ms: list[float] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.times_ms)

    @property
    def spread(self) -> tuple[float, float]:
        """The 10th and 90th percentiles: where most runs fell."""
        ordered = sorted(self.times_ms)
        low = ordered[int(0.1 * (len(ordered) - 1))]
        high = ordered[int(0.9 * (len(ordered) - 1))]
        return low, high


@dataclass
class Comparison:
    name: str
    a: Sample
    b: Sample
    goal: str
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def ratio(self) -> float:
        return self.a.median / self.b.median

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "ratio": round(self.ratio, 3),
            "goal": self.goal,
            "note": self.note,
            "a": {"name": self.a.name, "median_ms": round(self.a.median, 3), "p10_p90_ms": self.a.spread},
            "b": {"name": self.b.name, "median_ms": round(self.b.median, 3), "p10_p90_ms": self.b.spread},
            "runs": len(self.a.times_ms),
            **self.extra,
        }


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def alternate(
    a: tuple[str, Callable[[], object]],
    b: tuple[str, Callable[[], object]],
    *,
    repeats: int,
    warmup: int = 3,
    before_each: Callable[[str], None] | None = None,
    after_each: Callable[[str], None] | None = None,
) -> tuple[Sample, Sample]:
    """Run A and B alternately ``repeats`` times each after ``warmup`` rounds.

    ``before_each(side)`` and ``after_each(side)`` run outside the timing
    (switching databases, clearing a cache, undoing what a run wrote).
    """
    samples = {a[0]: Sample(a[0]), b[0]: Sample(b[0])}
    for round_number in range(warmup + repeats):
        order = (a, b) if round_number % 2 == 0 else (b, a)
        for name, action in order:
            if before_each:
                before_each(name)
            elapsed = timed(action)
            if after_each:
                after_each(name)
            if round_number >= warmup:
                samples[name].times_ms.append(elapsed)
    return samples[a[0]], samples[b[0]]


class InProcessServer:
    """Django's full request stack (middleware, URL routing, views, rendering)
    called the way a WSGI server calls it, minus the socket."""

    def __init__(self) -> None:
        self.handler = WSGIHandler()

    def get(self, path: str, query: str = "", headers: dict[str, str] | None = None) -> tuple[int, bytes]:
        environ = {
            "REQUEST_METHOD": "GET",
            "PATH_INFO": path,
            "QUERY_STRING": query,
            "SERVER_NAME": "127.0.0.1",
            "SERVER_PORT": "80",
            "HTTP_HOST": "127.0.0.1",
            "SERVER_PROTOCOL": "HTTP/1.1",
            "wsgi.input": BytesIO(b""),
            "wsgi.errors": sys.stderr,
            "wsgi.url_scheme": "http",
            "wsgi.version": (1, 0),
            "wsgi.multithread": False,
            "wsgi.multiprocess": True,
            "wsgi.run_once": False,
            **{f"HTTP_{key.upper().replace('-', '_')}": value for key, value in (headers or {}).items()},
        }
        status_holder: list[str] = []

        def start_response(status: str, response_headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            status_holder.append(status)
            return lambda data: None

        body = b"".join(self.handler(environ, start_response))
        return int(status_holder[0].split()[0]), body


def use_database(name: str) -> None:
    """Point the default connection at another database of the same server.

    The next query reconnects; nothing else in Django caches the name.
    """
    if connection.settings_dict["NAME"] != name:
        connection.close()
        connection.settings_dict["NAME"] = name


def table(comparisons: list[Comparison]) -> str:
    lines = [
        f"{'benchmark':<24} {'A median ms':>12} {'B median ms':>12} {'ratio':>7}  {'goal':<8} A / B (p10–p90)",
    ]
    for comparison in comparisons:
        a_low, a_high = comparison.a.spread
        b_low, b_high = comparison.b.spread
        lines.append(
            f"{comparison.name:<24} {comparison.a.median:>12.3f} {comparison.b.median:>12.3f} "
            f"{comparison.ratio:>7.2f}  {comparison.goal:<8} "
            f"{a_low:.2f}–{a_high:.2f} / {b_low:.2f}–{b_high:.2f}"
        )
    lines += ["", "notes:"] + [f"  {item.name}: {item.note}" for item in comparisons if item.note]
    return "\n".join(lines)


def as_json(comparisons: list[Comparison], **context: Any) -> dict[str, Any]:
    return {**context, "comparisons": [comparison.as_dict() for comparison in comparisons]}


__all__ = ["Comparison", "InProcessServer", "Sample", "alternate", "as_json", "asdict", "table", "use_database"]
