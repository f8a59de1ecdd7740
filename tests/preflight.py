"""Fail fast, before any test runs, when PostgreSQL or Redis is not answering.

Run by ``make test``. Names the server and the variable that points at it.
"""

from __future__ import annotations

import os
import sys
from urllib.parse import urlsplit

DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/hindsight"
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/0"


def postgres_problem(url: str) -> str | None:
    import psycopg

    parts = urlsplit(url)
    try:
        # The server's own maintenance database: the test database does not exist yet.
        psycopg.connect(
            host=parts.hostname,
            port=parts.port or 5432,
            user=parts.username or "postgres",
            password=parts.password,
            dbname="postgres",
            connect_timeout=3,
        ).close()
    except psycopg.Error as error:
        first_line = str(error).strip().splitlines()[0] if str(error).strip() else error.__class__.__name__
        return (
            f"PostgreSQL is not reachable at {parts.hostname}:{parts.port or 5432} ({first_line}).\n"
            f"  Start it, or point DATABASE_URL at a server (now: {url})."
        )
    return None


def redis_problem(url: str) -> str | None:
    import redis

    try:
        redis.Redis.from_url(url, socket_connect_timeout=3, socket_timeout=3).ping()
    except redis.RedisError as error:
        return f"Redis is not reachable ({error}).\n  Start it, or point REDIS_URL at a server (now: {url})."
    return None


def main() -> int:
    database_url = os.environ.get("DATABASE_URL") or DEFAULT_DATABASE_URL
    redis_url = os.environ.get("REDIS_URL") or DEFAULT_REDIS_URL
    if not database_url.startswith(("postgres://", "postgresql://")):
        print(f"The test suite runs on PostgreSQL; DATABASE_URL is {database_url}.", file=sys.stderr)
        return 2
    problems = [problem for problem in (postgres_problem(database_url), redis_problem(redis_url)) if problem]
    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems:
        print(f"PostgreSQL and Redis answer ({urlsplit(database_url).hostname}, {urlsplit(redis_url).hostname}).")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
