"""Read replicas (``DATABASE_REPLICA_URLS``): public reads may go to a replica; everything else to the primary.

The rule, in one place (``ReplicaRouter``):

- **writes** always go to the primary (``default``);
- **reads** go to a replica only inside ``public_reads()`` — which
  ``ReplicaReadsMiddleware`` opens for a GET or HEAD of the public site or
  API by a visitor without credentials (no session cookie, no
  ``Authorization``); reviewers, integrators, the admin, the reminder sweep
  and other Celery tasks, ``recount_tallies`` and every service read the
  primary, so they read their own writes;
- sessions, users, API tokens and throttle windows are always read on the
  primary (a revoked token must not live on in a lagging replica);
- **no stale verdict**: a write's cache version carries the primary's WAL
  position at its commit (``public_cache.touch``), and a page computed after
  it reads a replica only if that replica has replayed past the position
  (``pg_last_wal_replay_lsn()``), else the primary. A page is never cached
  from data older than the write that made it fresh.

Without replicas configured nothing changes: one database, no router.
"""

from __future__ import annotations

import contextlib
import logging
import random
from collections.abc import Iterator
from contextvars import ContextVar
from typing import Any

from django.conf import settings
from django.db import connections
from django.http import HttpRequest, HttpResponse

logger = logging.getLogger(__name__)

PRIMARY = "default"
# Read on the primary whatever the request: who is signed in, which token is valid, how many requests were made.
PRIMARY_ONLY = frozenset(
    {"sessions.session", "auth.user", "auth.group", "predictions.apitoken", "predictions.throttlewindow"}
)

_public: ContextVar[bool] = ContextVar("replica_public_reads", default=False)
_since: ContextVar[str | None] = ContextVar("replica_since", default=None)
_chosen: ContextVar[str | None] = ContextVar("replica_chosen", default=None)


def replica_aliases() -> list[str]:
    return list(getattr(settings, "DATABASE_REPLICAS", []))


@contextlib.contextmanager
def public_reads() -> Iterator[None]:
    """Reads inside may be served by a replica (a public request)."""
    token = _public.set(True)
    try:
        yield
    finally:
        _public.reset(token)


@contextlib.contextmanager
def fresh_since(position: str | None) -> Iterator[None]:
    """Reads inside must see the primary as of WAL ``position`` (None: any replica will do)."""
    since, chosen = _since.set(position), _chosen.set(None)
    try:
        yield
    finally:
        _since.reset(since)
        _chosen.reset(chosen)


def primary_position() -> str | None:
    """The primary's current WAL position (after a commit: one that covers it); None without replicas."""
    if not replica_aliases() or connections[PRIMARY].vendor != "postgresql":
        return None
    with connections[PRIMARY].cursor() as cursor:
        cursor.execute("SELECT pg_current_wal_lsn()::text")
        return str(cursor.fetchone()[0])


def has_replayed(alias: str, position: str) -> bool:
    """Has replica ``alias`` replayed the primary's WAL up to ``position``? Unknown (down, not a replica): no."""
    try:
        with connections[alias].cursor() as cursor:
            cursor.execute("SELECT COALESCE(pg_last_wal_replay_lsn() >= %s::pg_lsn, false)", [position])
            return bool(cursor.fetchone()[0])
    except Exception:  # a replica that does not answer costs the primary a read, never the page
        logger.warning("replica %s unavailable; reading the primary", alias, exc_info=True)
        return False


class ReplicaRouter:
    """Django database router: see the module's docstring."""

    def db_for_read(self, model: type[Any], **hints: Any) -> str:
        replicas = replica_aliases()
        if not replicas or not _public.get() or model._meta.label_lower in PRIMARY_ONLY:
            return PRIMARY
        chosen = _chosen.get()
        if chosen is None:
            candidate = random.choice(replicas)  # noqa: S311 - spreading load, not a secret
            position = _since.get()
            chosen = candidate if position is None or has_replayed(candidate, position) else PRIMARY
            _chosen.set(chosen)  # one choice per page: all its reads see one snapshot's worth of history
        return chosen

    def db_for_write(self, model: type[Any], **hints: Any) -> str:
        return PRIMARY

    def allow_relation(self, obj1: Any, obj2: Any, **hints: Any) -> bool:
        return True  # replicas are copies of the primary: the same rows

    def allow_migrate(self, db: str, app_label: str, **hints: Any) -> bool:
        return db == PRIMARY


def is_public_read(request: HttpRequest) -> bool:
    """A GET or HEAD of the public site or API by a visitor who brings no credentials."""
    if request.method not in ("GET", "HEAD") or request.path.startswith("/admin/"):
        return False
    return settings.SESSION_COOKIE_NAME not in request.COOKIES and "HTTP_AUTHORIZATION" not in request.META


class ReplicaReadsMiddleware:
    """Opens ``public_reads()`` for public requests when replicas are configured."""

    def __init__(self, get_response: Any) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not replica_aliases() or not is_public_read(request):
            return self.get_response(request)
        with public_reads():
            response: HttpResponse = self.get_response(request)
            return response
