"""Real processes for end-to-end tests: a private redis-server on a free port
(never the shared one) and Celery worker / beat subprocesses pointed at the
test database. Each is stopped by its own process group in teardown."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import redis
from django.db import connection

from config.celery import app as celery_app

BASE_DIR = Path(__file__).resolve().parents[2]
CELERY = str(Path(sys.executable).with_name("celery"))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def stop(process: subprocess.Popen[bytes]) -> None:
    """Terminate the process group we started; kill it if it lingers."""
    if process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)


class PrivateRedis:
    def __init__(self, port: int) -> None:
        self.port = port
        self.url = f"redis://127.0.0.1:{port}/0"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        client = redis.Redis(port=self.port, socket_connect_timeout=0.5)
        deadline = time.monotonic() + 15
        while True:
            try:
                client.ping()
                return
            except redis.ConnectionError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def stop(self) -> None:
        if self.process is not None:
            stop(self.process)
            self.process = None


@contextmanager
def private_redis() -> Iterator[PrivateRedis]:
    server = PrivateRedis(free_port())
    server.start()
    try:
        yield server
    finally:
        server.stop()


def celery_env(broker_url: str, **extra: str) -> dict[str, str]:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.settings",
        # The database the test is using (test_<name>), so the processes see its rows.
        "DATABASE_URL": (
            f"postgres://{connection.settings_dict['USER']}@{connection.settings_dict['HOST']}:"
            f"{connection.settings_dict['PORT'] or 5432}/{connection.settings_dict['NAME']}"
        ),
        "CELERY_BROKER_URL": broker_url,
        **extra,
    }


@contextmanager
def celery_processes(env: dict[str, str], log_dir: Path) -> Iterator[list[subprocess.Popen[bytes]]]:
    commands = [
        [CELERY, "--app", "config", "worker", "--pool", "solo", "--without-gossip", "--without-mingle", "-l", "INFO"],
        [CELERY, "--app", "config", "beat", "-l", "INFO", "-S", "django_celery_beat.schedulers:DatabaseScheduler"],
    ]
    processes: list[subprocess.Popen[bytes]] = []
    try:
        for name, command in zip(("worker", "beat"), commands, strict=True):
            log = (log_dir / f"{name}.log").open("wb")
            processes.append(
                subprocess.Popen(
                    command, cwd=BASE_DIR, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
                )
            )
        yield processes
    finally:
        for process in processes:
            stop(process)


def use_broker(url: str) -> None:
    """Point this process's Celery app (the web side) at ``url``, dropping pooled connections."""
    app: Any = celery_app  # private attributes: Celery has no public "switch broker" call
    if app._pool is not None:
        app._pool.force_close_all()
        app._pool = None
    app.amqp._producer_pool = None
    app.conf.broker_url = url


@contextmanager
def web_side_broker(url: str) -> Iterator[None]:
    """``use_broker(url)`` for the block, then back to the broker the settings name."""
    original = celery_app.conf.broker_url
    use_broker(url)
    try:
        yield
    finally:
        use_broker(original)
