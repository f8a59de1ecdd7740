"""The web process as the Procfile starts it: a real gunicorn on a free port (issue 9, finding 10).

- a chunked request body (no Content-Length) was read as empty; it is refused with 411;
- gunicorn's control socket went to a path shared by every instance of the user
  (``~/.gunicorn/gunicorn.ctl``); the Procfile turns it off.
"""

from __future__ import annotations

import http.client
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from django.contrib.auth.models import User

from tests.support import processes as real_processes
from tests.support.processes import ROOT, Processes, free_port, wait_for

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def procfile_command(name: str) -> str:
    for line in (ROOT / "Procfile").read_text().splitlines():
        if line.startswith(f"{name}:"):
            return line.split(":", 1)[1].strip()
    raise AssertionError(f"no {name} process in the Procfile")


@pytest.fixture
def web(tmp_path: Path, processes: Processes) -> tuple[int, Path]:
    """``web`` from the Procfile, as honcho runs it (a shell), with its own HOME."""
    port = free_port()
    home = tmp_path / "home"
    home.mkdir()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.settings",
        "DATABASE_URL": real_processes.test_database_url(),  # not imported by name: pytest would collect it
        "PORT": str(port),
        "HOST": "127.0.0.1",
        "WEB_CONCURRENCY": "1",
        "HOME": str(home),
        "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}",
    }
    process, log = processes.start("web", ["bash", "-c", procfile_command("web")], env)  # the line execs gunicorn

    def answers() -> bool:
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", "/healthz")
            return connection.getresponse().status == 200
        except OSError:
            return process.poll() is not None  # stop waiting if it died

    wait_for(answers, timeout=60, what="gunicorn to answer /healthz")
    assert process.poll() is None, log.read_text(errors="replace")
    return port, home


def test_a_chunked_body_is_refused_with_411_not_read_as_empty(
    web: tuple[int, Path], integrator: User, token_for: Callable[..., str]
) -> None:
    port, _ = web
    token = token_for(integrator, "write")
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)

    # An iterable body without Content-Length: http.client sends it chunked.
    connection.request(
        "POST",
        "/api/v1/predictions/",
        body=iter([b'{"claim": ', b'"Batteries get cheaper."}']),
        headers={"Content-Type": "application/json", "Authorization": f"Bearer {token}"},
    )
    response = connection.getresponse()

    assert response.status == 411
    assert json.loads(response.read())["code"] == "length_required"


def test_the_web_process_leaves_no_control_socket_in_a_shared_place(web: tuple[int, Path]) -> None:
    _, home = web

    assert list(home.rglob("*.ctl")) == []
    assert list(ROOT.glob("*.ctl")) == []
