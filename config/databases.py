"""The ``DATABASES`` setting from the environment: the primary (``DATABASE_URL``) and optional read replicas.

``DATABASE_URL`` defaults to a SQLite file under ``var/`` (the embedded
default); ``DATABASE_REPLICA_URLS`` adds PostgreSQL streaming replicas of a
PostgreSQL primary, which ``predictions.replicas`` routes public reads to.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

from config.env import database_from_url, env_list


def databases(var_dir: Path) -> dict[str, dict[str, Any]]:
    primary = database_from_url("DATABASE_URL", f"sqlite:///{var_dir / 'hindsight.sqlite3'}")
    if primary["ENGINE"] == "django.db.backends.sqlite3":
        # The embedded default runs web, worker and beat as three processes on one
        # file: WAL lets readers and a writer work at once, IMMEDIATE transactions
        # take the write lock up front instead of failing with "database is locked"
        # half-way through, and the timeout waits for the lock instead of erroring.
        primary["CONN_MAX_AGE"] = 0
        primary["OPTIONS"] = {
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
        }
    return {"default": primary, **database_replicas_from_urls("DATABASE_REPLICA_URLS", primary)}


POSTGRES_SCHEMES = {"postgres", "postgresql", "pgsql"}


def database_replicas_from_urls(name: str, primary: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """``replica1``, ``replica2`` … DATABASES entries from a comma-separated list of ``postgres://`` URLs.

    Read replicas are PostgreSQL streaming replicas of the primary: a SQLite
    primary or replica is refused. In tests each mirrors the primary.
    """
    import dj_database_url

    urls = env_list(name, [])
    if urls and primary.get("ENGINE") != "django.db.backends.postgresql":
        raise ImproperlyConfigured(
            f"{name} is set, but DATABASE_URL is not PostgreSQL: replicas need a PostgreSQL primary."
        )
    replicas = {}
    for index, url in enumerate(urls, start=1):
        label = f"{name} (entry {index}: {url!r})"
        parts = urlsplit(url)
        if parts.scheme not in POSTGRES_SCHEMES:
            raise ImproperlyConfigured(f"{label} has scheme {parts.scheme!r}; a replica is a postgres:// URL.")
        if not parts.hostname:
            raise ImproperlyConfigured(f"{label} has no host name.")
        try:
            parts.port  # noqa: B018 - accessing .port validates it
            config: dict[str, Any] = dict(dj_database_url.parse(url, conn_max_age=60, conn_health_checks=True))
        except ValueError as error:
            raise ImproperlyConfigured(f"{label} could not be parsed: {error}") from None
        config["TEST"] = {"MIRROR": "default"}
        replicas[f"replica{index}"] = config
    return replicas
