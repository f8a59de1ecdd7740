"""Bearer-token authentication for the API (``Authorization: Bearer hsk_…``).

No session authentication: a reviewer logged in to the admin has no write
access through the API without a token, so a forged cross-site request can
never write (and the API needs no CSRF tokens).
"""

from __future__ import annotations

from typing import Any

from rest_framework import authentication, exceptions
from rest_framework.request import Request

from predictions.services.tokens import api_token_find


class ApiTokenAuthentication(authentication.BaseAuthentication):
    keyword = "Bearer"

    def authenticate(self, request: Request) -> tuple[Any, Any] | None:
        header = request.META.get("HTTP_AUTHORIZATION", "")
        if not header:
            return None
        scheme, _, raw = header.partition(" ")
        if scheme.lower() != "bearer" or not raw.strip():
            raise exceptions.AuthenticationFailed("Send the token as “Authorization: Bearer <token>”.")
        raw = raw.strip()
        if "\x00" in raw or not raw.isascii():
            raise exceptions.AuthenticationFailed("The token is malformed.")
        token = api_token_find(raw=raw)
        if token is None:
            raise exceptions.AuthenticationFailed("The token is unknown, expired or revoked.")
        return token.user, token

    def authenticate_header(self, request: Request) -> str:
        return 'Bearer realm="api"'
