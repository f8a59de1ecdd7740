"""``make run`` stops cleanly on Ctrl-C, and its broker does not warn on every start.

honcho answers Ctrl-C by sending SIGTERM to the process group of web, worker
and beat, and SIGKILL to whatever is still running 5 s later. The test runs the
Procfile under honcho exactly as ``make run`` does, on the embedded default
(SQLite and the filesystem broker in a temporary directory: no shared server is
touched), waits until all three serve and a beat task has run on the worker,
then presses Ctrl-C.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from config import broker
from tests.support.processes import free_port, wait_for

BASE_DIR = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
pytestmark = pytest.mark.e2e
# The three processes each import Django on start; on a busy machine that takes a while.
STARTUP_SECONDS = 120


def embedded_default_env(var_dir: Path, port: int) -> dict[str, str]:
    """The environment of ``make run``: no database, cache or broker servers configured."""
    env = {
        name: value
        for name, value in os.environ.items()
        if name not in {"DATABASE_URL", "REDIS_URL", "CELERY_BROKER_URL", "DJANGO_SETTINGS_MODULE"}
    }
    return {
        **env,
        "PATH": f"{BIN}{os.pathsep}{env.get('PATH', '')}",
        "DJANGO_DEBUG": "true",
        "HINDSIGHT_VAR_DIR": str(var_dir),
        "SITE_URL": f"http://127.0.0.1:{port}",
        "WEB_CONCURRENCY": "1",  # one gunicorn worker: /healthz answering means it has booted
    }


def answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 - our own test server
            return bool(response.status == 200)
    except OSError:
        return False


@pytest.fixture
def honcho(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[bytes], Path, int]]:
    port = free_port()
    env = embedded_default_env(tmp_path / "var", port)
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput", "-v", "0"], cwd=BASE_DIR, env=env, check=True, timeout=300
    )
    log = tmp_path / "honcho.log"
    with log.open("wb") as output:
        process = subprocess.Popen(
            [str(BIN / "honcho"), "start", "--procfile", "Procfile", "--port", str(port)],
            cwd=BASE_DIR,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        yield process, log, port
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)


def test_ctrl_c_stops_web_worker_and_beat_before_honcho_resorts_to_sigkill(
    honcho: tuple[subprocess.Popen[bytes], Path, int],
) -> None:
    process, log, port = honcho

    def output() -> str:
        return log.read_text(errors="replace")

    wait_for(lambda: "celery@" in output() and " ready." in output(), timeout=STARTUP_SECONDS, what="the worker")
    wait_for(lambda: "beat: Starting" in output(), timeout=STARTUP_SECONDS, what="beat")
    # Beat queues the outbox relay straight away and every 5 s: the worker consumes from the broker.
    wait_for(
        lambda: "tracker.relay_outbox" in output() and "succeeded" in output(),
        timeout=STARTUP_SECONDS,
        what="a beat task run by the worker",
    )
    wait_for(lambda: answers(f"http://127.0.0.1:{port}/healthz"), timeout=STARTUP_SECONDS, what="gunicorn")

    process.send_signal(signal.SIGINT)  # Ctrl-C reaches honcho
    process.wait(timeout=30)

    shown = output()
    assert "SIGINT received" in shown
    assert "sending SIGKILL" not in shown, shown[-3000:]
    for name in ("web", "worker", "beat"):
        assert f"{name}.1 stopped (rc=0)" in shown, shown[-3000:]
    assert "Warm shutdown" in shown
    assert "No hostname was supplied" not in shown


def test_draining_the_filesystem_broker_stops_waiting_once_the_worker_is_stopping(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Celery's worker waits in drain_events(timeout=2.0) and runs one more cycle after a
    shutdown signal; the transport must not make it wait out either."""
    from kombu import Connection

    folders = {name: str(tmp_path / name) for name in ("queue", "control", "processed")}
    for folder in folders.values():
        Path(folder).mkdir()
    options = {
        "data_folder_in": folders["queue"],
        "data_folder_out": folders["queue"],
        "control_folder": folders["control"],
        "processed_folder": folders["processed"],
    }
    with Connection("filesystem://", transport=broker.FilesystemTransport, transport_options=options) as connection:
        received: list[object] = []
        queue = connection.SimpleQueue("probe")
        queue.put({"n": 1})
        assert queue.get(timeout=5).payload == {"n": 1}  # an ordinary wait still delivers
        consumer = queue.consumer
        consumer.register_callback(lambda body, message: received.append(body))

        monkeypatch.setattr(broker.worker_state, "should_stop", 0)  # what Celery's SIGTERM handler sets
        started = time.monotonic()
        with pytest.raises(socket.timeout):
            connection.drain_events(timeout=60)
        waited = time.monotonic() - started
        queue.close()

    assert received == []
    assert waited < 30, f"waited {waited:.1f} s of a 60 s timeout although the worker was stopping"


def test_a_message_appears_in_the_filesystem_broker_only_once_it_is_complete(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The stock transport created ``….msg`` empty and wrote it afterwards; a worker polling every 0.1 s took the
    empty file and died (JSONDecodeError), taking ``make run`` down with it."""
    from kombu import Connection

    folders = {name: tmp_path / name for name in ("queue", "control", "processed")}
    for folder in folders.values():
        folder.mkdir()
    options = {f"data_folder_{d}": str(folders["queue"]) for d in ("in", "out")} | {
        "control_folder": str(folders["control"]),
        "processed_folder": str(folders["processed"]),
    }
    seen_while_writing: list[list[str]] = []
    real_replace = os.replace

    def replace_after_looking(source: str, target: str) -> None:
        # What a polling worker would see just before the message is moved into place.
        seen_while_writing.append(sorted(p.name for p in folders["queue"].iterdir() if p.name.endswith(".msg")))
        assert Path(source).read_bytes()  # written in full under its temporary name
        real_replace(source, target)

    monkeypatch.setattr(broker.os, "replace", replace_after_looking)
    with Connection("filesystem://", transport=broker.FilesystemTransport, transport_options=options) as connection:
        # A queue name of its own: kombu remembers declared queues per transport class, across connections.
        queue = connection.SimpleQueue("whole-messages")
        queue.put({"n": 1})
        assert queue.get(timeout=5).payload == {"n": 1}
        queue.close()

    assert seen_while_writing and all(names == [] for names in seen_while_writing)
