"""Admin lock-out: django-axes with a second limit per client address (issue 9, finding 9).

Axes counts failed logins per (username, client address) and per client
address (``AXES_LOCKOUT_PARAMETERS``), but compares the larger count with a
single limit. Password spraying — one guess for each of many usernames — needs
its own, higher limit per address: ``AXES_FAILURE_LIMIT`` failures lock a
username out for that client, ``HINDSIGHT_ADMIN_IP_FAILURE_LIMIT`` failures
lock the client out whatever the username. The client address comes from
``predictions.client_ip`` (``AXES_CLIENT_IP_CALLABLE``), so behind a proxy
one guesser does not lock everyone out.
"""

from __future__ import annotations

from typing import Any

from axes.handlers.database import AxesDatabaseHandler
from django.conf import settings
from django.db.models import Sum
from django.http import HttpRequest


class PerClientLockoutHandler(AxesDatabaseHandler):
    def get_failures(self, request: HttpRequest, credentials: dict[str, Any] | None = None) -> int:
        # In the order of AXES_LOCKOUT_PARAMETERS: (username, address), then address.
        by_username_and_address, by_address = (
            attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0
            for attempts in self.get_user_attempts(request, credentials)
        )
        # Axes compares what we return with AXES_FAILURE_LIMIT (lower than the
        # per-address limit): the address's count only counts once it is over its own limit.
        if by_address >= settings.HINDSIGHT_ADMIN_IP_FAILURE_LIMIT:
            return max(by_address, settings.AXES_FAILURE_LIMIT)
        return int(by_username_and_address)
