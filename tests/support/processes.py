"""Real processes for the end-to-end tests: Celery workers and beats on the test
database, and private redis-servers (never the shared one), each on a free
loopback port, each in its own process group, always stopped in teardown
(the ``processes`` fixture of ``tests/conftest.py``)."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import connection

from config.celery import app as celery_app

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_for(condition: Callable[[], Any], *, timeout: float, what: str, interval: float = 0.05) -> Any:
    """Poll ``condition`` until it is truthy; fail with ``what`` after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(interval)


def test_database_url() -> str:
    """The URL of the database pytest-django created (test_<name>), for subprocesses."""
    db = connection.settings_dict
    user = db.get("USER") or "postgres"
    password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
    return f"postgres://{user}{password}@{db.get('HOST') or '127.0.0.1'}:{db.get('PORT') or 5432}/{db['NAME']}"


class Processes:
    """Starts subprocesses in their own process groups; ``stop_all`` kills every group."""

    def __init__(self, log_dir: Path) -> None:
        self.log_dir = log_dir
        self.started: list[subprocess.Popen[bytes]] = []

    def start(self, name: str, command: list[str], env: dict[str, str]) -> tuple[subprocess.Popen[bytes], Path]:
        log = self.log_dir / f"{name}.log"
        with log.open("wb") as handle:
            process = subprocess.Popen(
                command, cwd=ROOT, env=env, stdout=handle, stderr=subprocess.STDOUT, start_new_session=True
            )
        self.started.append(process)
        return process, log

    def environment(
        self, *, broker_url: str, smtp_port: int, extra_env: dict[str, str] | None = None
    ) -> dict[str, str]:
        return {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "tests.settings",
            "DATABASE_URL": test_database_url(),
            "REDIS_URL": broker_url,
            "CELERY_BROKER_URL": broker_url,
            "EMAIL_HOST": "127.0.0.1",
            "EMAIL_PORT": str(smtp_port),
            "EMAIL_USE_TLS": "false",
            "EMAIL_TIMEOUT": "10",
            "SITE_URL": settings.SITE_URL,
            **(extra_env or {}),
        }

    def beat(self, name: str, *, broker_url: str) -> tuple[subprocess.Popen[bytes], Path]:
        """A ``celery beat`` with the DatabaseScheduler, on the test database."""
        command = [sys.executable, "-m", "celery", "--app", "config", "beat", "--loglevel", "INFO"]
        return self.start(name, command, self.environment(broker_url=broker_url, smtp_port=1))

    def worker(
        self,
        name: str,
        *,
        queue: str,
        broker_url: str,
        smtp_port: int,
        concurrency: int = 1,
        extra_env: dict[str, str] | None = None,
    ) -> tuple[subprocess.Popen[bytes], Path]:
        env = self.environment(broker_url=broker_url, smtp_port=smtp_port, extra_env=extra_env)
        command = [
            sys.executable, "-m", "celery", "--app", "config", "worker", "--loglevel", "INFO",
            "--queues", queue, "--hostname", f"{name}@%h", "--concurrency", str(concurrency),
            "--without-gossip", "--without-mingle", "--without-heartbeat",
        ]  # fmt: skip
        process, log = self.start(name, command, env)
        wait_for(lambda: b" ready." in log.read_bytes(), timeout=60, what=f"worker {name} to be ready")
        return process, log

    def redis(self, port: int) -> subprocess.Popen[bytes]:
        """A private redis-server on ``port`` (start it again on the same port after a kill: clients reconnect)."""
        command = ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
        process, _log = self.start(f"redis-{port}", command, dict(os.environ))
        wait_for(lambda: _answers(port), timeout=20, what=f"redis-server on port {port}")
        return process

    @staticmethod
    def kill(process: subprocess.Popen[bytes]) -> None:
        """SIGKILL the process and everything in its group (a prefork worker's children too)."""
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=20)

    def stop_all(self) -> None:
        for process in self.started:
            self.kill(process)


def _answers(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
    except OSError:
        return False


def closed(port: int) -> bool:
    return not _answers(port)


def use_broker(url: str) -> None:
    """Point this process's Celery app (the web side) at ``url``, dropping pooled connections."""
    app: Any = celery_app  # private attributes: Celery has no public "switch broker" call
    if app._pool is not None:
        app._pool.force_close_all()
        app._pool = None
    app.amqp._producer_pool = None
    app.conf.broker_url = url


@contextlib.contextmanager
def web_side_broker(url: str) -> Iterator[None]:
    """``use_broker(url)`` for the block, then back to the broker the settings name."""
    original = celery_app.conf.broker_url
    use_broker(url)
    try:
        yield
    finally:
        use_broker(original)
