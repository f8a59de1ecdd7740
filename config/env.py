"""Strict readers for configuration from the environment (12-factor).

Every reader names the variable in its error, so a typo such as
``DJANGO_DEBUG=ture`` stops start-up with a message a person can act on
instead of silently meaning "false".
"""

from __future__ import annotations

import os
from typing import Any
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


def _raw(name: str) -> str | None:
    value = os.environ.get(name)
    if value is None:
        return None
    value = value.strip()
    return value or None


def env_str(name: str, default: str) -> str:
    return _raw(name) or default


def env_optional_str(name: str) -> str | None:
    return _raw(name)


def env_bool(name: str, default: bool) -> bool:
    value = _raw(name)
    if value is None:
        return default
    lowered = value.lower()
    if lowered in _TRUE:
        return True
    if lowered in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name}={value!r} is not a boolean; use one of: true, false, 1, 0, yes, no, on, off.")


def env_int(name: str, default: int, *, minimum: int | None = None) -> int:
    value = _raw(name)
    if value is None:
        return default
    try:
        number = int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name}={value!r} is not a whole number.") from None
    if minimum is not None and number < minimum:
        raise ImproperlyConfigured(f"{name}={number} must be at least {minimum}.")
    return number


def env_list(name: str, default: list[str]) -> list[str]:
    value = _raw(name)
    if value is None:
        return list(default)
    return [item.strip() for item in value.split(",") if item.strip()]


def env_url(name: str, default: str, *, schemes: set[str]) -> str:
    """A URL whose scheme is one of ``schemes`` and which has a host where one is needed."""
    value = _raw(name) or default
    parts = urlsplit(value)
    if parts.scheme not in schemes:
        allowed = ", ".join(sorted(schemes))
        raise ImproperlyConfigured(f"{name}={value!r} has scheme {parts.scheme!r}; expected one of: {allowed}.")
    needs_host = parts.scheme not in {"sqlite", "filesystem", "memory"}
    if needs_host and not parts.hostname:
        raise ImproperlyConfigured(f"{name}={value!r} has no host name.")
    try:
        parts.port  # noqa: B018 - accessing .port validates it
    except ValueError:
        raise ImproperlyConfigured(f"{name}={value!r} has an invalid port.") from None
    return value


def database_from_url(name: str, default: str) -> dict[str, Any]:
    """Django DATABASES entry from a ``postgres://`` or ``sqlite:///`` URL."""
    import dj_database_url

    url = env_url(name, default, schemes={"postgres", "postgresql", "pgsql", "sqlite"})
    try:
        config: dict[str, Any] = dict(dj_database_url.parse(url, conn_max_age=60, conn_health_checks=True))
    except ValueError as error:
        raise ImproperlyConfigured(f"{name}={url!r} could not be parsed: {error}") from None
    return config


def env_email(name: str, default: str) -> str:
    """An e-mail address (``name@example.org``; ``localhost`` is accepted as a domain)."""
    from django.core.exceptions import ValidationError
    from django.core.validators import validate_email

    value = _raw(name) or default
    try:
        validate_email(value)
    except ValidationError:
        raise ImproperlyConfigured(f"{name}={value!r} is not an e-mail address.") from None
    return value
