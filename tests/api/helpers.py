"""Small helpers for API tests: JSON calls with a bearer token."""

from __future__ import annotations

import json
from typing import Any

from django.test import Client


def auth(token: str | None) -> dict[str, Any]:
    return {"HTTP_AUTHORIZATION": f"Bearer {token}"} if token else {}


def post(client: Client, path: str, data: Any = None, token: str | None = None, **headers: Any) -> Any:
    body = json.dumps(data) if data is not None else ""
    return client.post(path, body, content_type="application/json", **auth(token), **headers)


def patch(client: Client, path: str, data: Any, token: str | None = None, **headers: Any) -> Any:
    return client.patch(path, json.dumps(data), content_type="application/json", **auth(token), **headers)
