"""Real processes for the end-to-end tests: an SMTP sink, Celery workers and a
private Redis, each on a free loopback port and always stopped in teardown."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from email import message_from_bytes
from email.message import Message
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from django.conf import settings
from django.db import connection

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


class SinkHandler:
    """Accepts every message; optionally holds one mid-DATA (after ``hold_after``
    accepted ones) without answering, so a test can kill the sender right then.

    A held message is not counted: the sender never saw it accepted, and
    aiosmtpd cancels the handler when the connection drops.
    """

    def __init__(self, hold_after: int | None = None) -> None:
        self.raw: list[bytes] = []
        self.lock = threading.Lock()
        self.hold_after = hold_after
        self.holding = threading.Event()
        self.dropped = 0

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        with self.lock:
            hold = self.hold_after is not None and len(self.raw) >= self.hold_after and not self.holding.is_set()
            if hold:
                self.holding.set()
        if hold:
            try:
                await asyncio.sleep(3600)  # until the client vanishes (cancelled) or the sink stops
            except asyncio.CancelledError:
                with self.lock:
                    self.dropped += 1
                raise
            return "421 4.3.0 Held by the test"
        with self.lock:
            self.raw.append(envelope.original_content or envelope.content)
        return "250 OK"

    def messages(self) -> list[Message]:
        with self.lock:
            return [message_from_bytes(raw) for raw in self.raw]

    def count(self) -> int:
        with self.lock:
            return len(self.raw)


class SmtpSink:
    def __init__(self, hold_after: int | None = None) -> None:
        logging.getLogger("mail.log").setLevel(logging.WARNING)  # aiosmtpd logs every SMTP command
        self.port = free_port()
        self.handler = SinkHandler(hold_after)
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port)

    def __enter__(self) -> SmtpSink:
        self.controller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.controller.stop()


def reminder_ids(message: Message) -> list[int]:
    return [int(value) for value in str(message["X-Hindsight-Reminders"]).split(",")]


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
