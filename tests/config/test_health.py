"""Health probes: /healthz while the process serves, /readyz while the database
and the broker answer — and a clear 503 when one of them does not."""

from __future__ import annotations

import socket
from typing import Any

import pytest
from django.db import OperationalError
from django.test import Client, override_settings

from config import health
from config.celery import app as celery_app

pytestmark = pytest.mark.django_db


def closed_port() -> int:
    """A local port nothing listens on (bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def test_healthz_answers_while_the_process_serves(anonymous: Client) -> None:
    response = anonymous.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_readyz_answers_ok_with_the_database_and_broker_up(anonymous: Client) -> None:
    response = anonymous.get("/readyz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_readyz_names_an_unreachable_broker_at_once(anonymous: Client, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(celery_app.conf, "broker_url", f"redis://127.0.0.1:{closed_port()}/0")

    def no_waiting(seconds: float) -> None:
        raise AssertionError("a readiness probe must answer, not wait to retry the broker")

    monkeypatch.setattr("kombu.utils.functional.sleep", no_waiting)

    response = anonymous.get("/readyz")

    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "problems": ["broker: OperationalError"]}


def test_readyz_names_an_unreachable_database(anonymous: Client, monkeypatch: pytest.MonkeyPatch) -> None:
    class Unreachable:
        def cursor(self) -> Any:
            raise OperationalError("connection refused")

    monkeypatch.setattr(health, "connection", Unreachable())

    response = anonymous.get("/readyz")

    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "problems": ["database: OperationalError"]}


def test_probes_answer_over_plain_http_when_everything_else_redirects_to_https() -> None:
    """Orchestrators probe the process directly over HTTP, without the proxy's
    X-Forwarded-Proto: a redirect there would hide the 503 behind a 301."""
    with override_settings(SECURE_SSL_REDIRECT=True):
        client = Client()  # builds its middleware with the setting in force
        home, healthz, readyz = client.get("/"), client.get("/healthz"), client.get("/readyz")

    assert (home.status_code, home["Location"]) == (301, "https://testserver/")
    assert healthz.status_code == 200
    assert readyz.status_code == 200
