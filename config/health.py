"""Liveness and readiness probes for load balancers and orchestrators.

``/healthz`` answers while the process can serve at all; ``/readyz`` also
checks that the database and the Celery broker answer, so a node that lost
either is taken out of rotation instead of failing requests.
"""

from __future__ import annotations

from django.db import DatabaseError, connection
from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from config.celery import app as celery_app


@never_cache
@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    return JsonResponse({"status": "ok"})


def _database_ok() -> str | None:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError as error:
        return f"database: {error.__class__.__name__}"
    return None


def _broker_ok() -> str | None:
    try:
        with celery_app.connection_for_write() as broker:
            # No retry: kombu waits 2 s before its first retry, longer than a
            # probe's usual timeout (Kubernetes: 1 s), so the 503 would never arrive.
            broker.ensure_connection(max_retries=0, timeout=2)
    except Exception as error:  # kombu raises transport-specific errors
        return f"broker: {error.__class__.__name__}"
    return None


@never_cache
@require_GET
def readyz(request: HttpRequest) -> JsonResponse:
    problems = [problem for problem in (_database_ok(), _broker_ok()) if problem]
    if problems:
        return JsonResponse({"status": "unavailable", "problems": problems}, status=503)
    return JsonResponse({"status": "ok"})
