"""Strict configuration: a bad value stops start-up with a message naming the
variable, instead of silently meaning something else."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from config.env import database_from_url, env_bool, env_int, env_list, env_url

REDIS_SCHEMES = {"redis", "rediss"}


@pytest.mark.parametrize(("raw", "value"), [("true", True), ("ON", True), ("1", True), ("no", False), ("0", False)])
def test_booleans_accept_the_usual_spellings(monkeypatch: pytest.MonkeyPatch, raw: str, value: bool) -> None:
    monkeypatch.setenv("HINDSIGHT_FLAG", raw)

    assert env_bool("HINDSIGHT_FLAG", not value) is value


@pytest.mark.parametrize("raw", ["ture", "y", "2", "enabled"])
def test_a_misspelt_boolean_is_refused_naming_the_variable(monkeypatch: pytest.MonkeyPatch, raw: str) -> None:
    monkeypatch.setenv("DJANGO_DEBUG", raw)

    with pytest.raises(ImproperlyConfigured, match=rf"^DJANGO_DEBUG='{raw}' is not a boolean; use one of: true"):
        env_bool("DJANGO_DEBUG", False)


def test_unset_or_blank_means_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HINDSIGHT_FLAG", raising=False)
    assert env_bool("HINDSIGHT_FLAG", True) is True
    monkeypatch.setenv("HINDSIGHT_FLAG", "  ")
    assert env_bool("HINDSIGHT_FLAG", False) is False
    assert env_int("HINDSIGHT_FLAG", 7) == 7


def test_integers_are_whole_numbers_above_their_minimum(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HINDSIGHT_RESOLUTION_QUORUM", "3")
    assert env_int("HINDSIGHT_RESOLUTION_QUORUM", 2, minimum=2) == 3

    monkeypatch.setenv("HINDSIGHT_RESOLUTION_QUORUM", "two")
    with pytest.raises(ImproperlyConfigured, match=r"^HINDSIGHT_RESOLUTION_QUORUM='two' is not a whole number\.$"):
        env_int("HINDSIGHT_RESOLUTION_QUORUM", 2, minimum=2)

    monkeypatch.setenv("HINDSIGHT_RESOLUTION_QUORUM", "1")
    with pytest.raises(ImproperlyConfigured, match=r"^HINDSIGHT_RESOLUTION_QUORUM=1 must be at least 2\.$"):
        env_int("HINDSIGHT_RESOLUTION_QUORUM", 2, minimum=2)


def test_lists_are_comma_separated_and_trimmed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DJANGO_ALLOWED_HOSTS", " hindsight.example.org, ,www.hindsight.example.org ")

    assert env_list("DJANGO_ALLOWED_HOSTS", []) == ["hindsight.example.org", "www.hindsight.example.org"]


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("http://127.0.0.1:6379/0", r"^REDIS_URL='http://127.0.0.1:6379/0' has scheme 'http'; expected one of: redis"),
        ("127.0.0.1:6379", r"^REDIS_URL='127.0.0.1:6379' has scheme ''; expected one of: redis, rediss\.$"),
        ("redis:///0", r"^REDIS_URL='redis:///0' has no host name\.$"),
        ("redis://127.0.0.1:99999/0", r"^REDIS_URL='redis://127.0.0.1:99999/0' has an invalid port\.$"),
    ],
)
def test_a_bad_url_is_refused_naming_the_variable(monkeypatch: pytest.MonkeyPatch, url: str, message: str) -> None:
    monkeypatch.setenv("REDIS_URL", url)

    with pytest.raises(ImproperlyConfigured, match=message):
        env_url("REDIS_URL", "redis://127.0.0.1:6379/0", schemes=REDIS_SCHEMES)


def test_database_urls_become_health_checked_postgres_connections(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", "postgres://hindsight:secret@db.internal:5433/ledger")

    config = database_from_url("DATABASE_URL", "sqlite:///unused.sqlite3")

    assert config["ENGINE"] == "django.db.backends.postgresql"
    assert (config["HOST"], config["PORT"], config["NAME"], config["USER"]) == (
        "db.internal",
        5433,
        "ledger",
        "hindsight",
    )
    assert (config["CONN_MAX_AGE"], config["CONN_HEALTH_CHECKS"]) == (60, True)

    monkeypatch.setenv("DATABASE_URL", "mysql://db.internal/ledger")
    with pytest.raises(ImproperlyConfigured, match=r"^DATABASE_URL='mysql://db.internal/ledger' has scheme 'mysql'"):
        database_from_url("DATABASE_URL", "sqlite:///unused.sqlite3")


# --- Starting Django for real, in a fresh process ---------------------------------


def django_process(tmp_path: Path, *command: str, **environment: str) -> subprocess.CompletedProcess[str]:
    """Run ``command`` with only the given variables (no test defaults leak in)."""
    env = {
        "PATH": os.environ["PATH"],
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "HINDSIGHT_VAR_DIR": str(tmp_path / "var"),
        **environment,
    }
    return subprocess.run(
        [sys.executable, *command], cwd=settings.BASE_DIR, env=env, capture_output=True, text=True, timeout=120
    )


def production_environment() -> dict[str, str]:
    return {
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(60),
        "DJANGO_ALLOWED_HOSTS": "hindsight.example.org",
        "SITE_URL": "https://hindsight.example.org",
        "DATABASE_URL": os.environ["DATABASE_URL"],
        "REDIS_URL": os.environ["REDIS_URL"],
    }


def test_django_does_not_start_with_a_misspelt_debug_flag(tmp_path: Path) -> None:
    result = django_process(tmp_path, "-c", "import django; django.setup()", DJANGO_DEBUG="ture")

    assert result.returncode != 0
    assert result.stderr.strip().splitlines()[-1] == (
        "django.core.exceptions.ImproperlyConfigured: DJANGO_DEBUG='ture' is not a boolean; "
        "use one of: true, false, 1, 0, yes, no, on, off."
    )


def test_production_refuses_to_start_without_a_secret_key(tmp_path: Path) -> None:
    environment = production_environment()
    del environment["DJANGO_SECRET_KEY"]

    result = django_process(tmp_path, "-c", "import django; django.setup()", **environment)

    assert result.returncode != 0
    assert "ImproperlyConfigured: DJANGO_SECRET_KEY is not set." in result.stderr


def test_production_refuses_to_start_without_its_public_address(tmp_path: Path) -> None:
    environment = production_environment()
    del environment["SITE_URL"]

    result = django_process(tmp_path, "-c", "import django; django.setup()", **environment)

    assert result.returncode != 0
    assert "ImproperlyConfigured: SITE_URL is not set." in result.stderr


def test_production_settings_pass_the_deployment_checks_without_a_warning(tmp_path: Path) -> None:
    result = django_process(
        tmp_path, "manage.py", "check", "--deploy", "--fail-level", "WARNING", **production_environment()
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "System check identified no issues (0 silenced)."
    assert not (tmp_path / "var").exists(), "production must not need local files"


def test_in_production_the_language_cookie_is_secure_and_same_site(tmp_path: Path) -> None:
    """Issue 9, finding 10: the session and CSRF cookies were Secure, the language cookie was not."""
    script = (
        "import django; django.setup()\n"
        "from django.test import Client\n"
        "response = Client().get('/healthz?lang=zh-hans', secure=True, HTTP_HOST='hindsight.example.org')\n"
        "print(response.status_code, response.cookies['django_language'].output())\n"
    )

    result = django_process(tmp_path, "-c", script, **production_environment())

    assert result.returncode == 0, result.stderr
    status, cookie = result.stdout.strip().split(" ", 1)
    assert status == "200" and cookie.startswith("Set-Cookie: django_language=zh-hans;")
    assert {"Secure", "HttpOnly", "SameSite=Lax"} <= {part.strip() for part in cookie.split(";")}
