"""Rate limits, kept in the shared cache (Redis in production) so they hold
across web processes and hosts. Rates come from settings at call time, so
tests and operators can change them without a restart of the class."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from rest_framework.request import Request
from rest_framework.throttling import SimpleRateThrottle

from predictions.models import ApiToken


class AnonymousRateThrottle(SimpleRateThrottle):
    scope = "anon"

    def get_rate(self) -> str:
        return str(settings.HINDSIGHT_API_ANON_RATE)

    def get_cache_key(self, request: Request, view: Any) -> str | None:
        if isinstance(request.auth, ApiToken):
            return None
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}


class TokenRateThrottle(SimpleRateThrottle):
    scope = "token"

    def get_rate(self) -> str:
        return str(settings.HINDSIGHT_API_TOKEN_RATE)

    def get_cache_key(self, request: Request, view: Any) -> str | None:
        if not isinstance(request.auth, ApiToken):
            return None
        return self.cache_format % {"scope": self.scope, "ident": request.auth.pk}
