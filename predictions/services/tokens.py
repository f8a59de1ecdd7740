"""Issuing, finding and revoking integrators' API tokens.

Token format: ``hsk_<prefix>_<secret>`` — ``hsk_`` says what it is (secret
scanners and people recognise it), the 8-character prefix is stored in the
clear for display, and the whole string's SHA-256 is what the database keeps.
"""

from __future__ import annotations

import datetime
import hashlib
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from predictions.models import ApiToken, TokenScope

TOKEN_PREFIX = "hsk_"  # noqa: S105 - a marker, not a secret
# last_used_at is written at most this often per token, so a busy integrator
# costs one UPDATE a minute, not one per request.
LAST_USED_RESOLUTION = datetime.timedelta(minutes=1)


@dataclass(frozen=True)
class IssuedToken:
    token: ApiToken
    raw: str  # shown once, never stored


def token_hash(raw: str) -> str:
    return hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()


def parse_scopes(value: str | Iterable[str]) -> list[str]:
    """Scope names from ``"write,resolve"`` or a list; unknown names are a ValidationError."""
    names = value.split(",") if isinstance(value, str) else list(value)
    cleaned = sorted({name.strip() for name in names if name.strip()})
    unknown = [name for name in cleaned if name not in TokenScope.values]
    if unknown:
        raise ValidationError(
            {"scopes": f"Unknown scope(s): {', '.join(unknown)}. Choose from: {', '.join(TokenScope.values)}."}
        )
    if not cleaned:
        raise ValidationError({"scopes": f"Give at least one scope: {', '.join(TokenScope.values)}."})
    return cleaned


@transaction.atomic
def api_token_create(
    *, user: Any, scopes: str | Iterable[str], name: str = "", expires_in_days: int | None = None
) -> IssuedToken:
    """Issue a token for ``user``. Steps:

    1. check the scopes and the expiry;
    2. draw 32 random bytes (plus an 8-character display prefix);
    3. store the prefix and the SHA-256 only; return the raw token once.
    """
    scope_names = parse_scopes(scopes)
    if expires_in_days is not None and not 1 <= expires_in_days <= 3650:
        raise ValidationError({"expires_in_days": "Give a number of days between 1 and 3650."})
    if not user.is_active:
        raise ValidationError({"user": f"User {user.get_username()!r} is inactive."})
    prefix = secrets.token_hex(4)
    raw = f"{TOKEN_PREFIX}{prefix}_{secrets.token_urlsafe(32)}"
    expires_at = timezone.now() + datetime.timedelta(days=expires_in_days) if expires_in_days else None
    token = ApiToken(
        user=user,
        name=name,
        prefix=prefix,
        key_hash=token_hash(raw),
        scopes=",".join(scope_names),
        expires_at=expires_at,
    )
    token.full_clean()
    token.save()
    return IssuedToken(token=token, raw=raw)


def api_token_revoke(*, token: ApiToken) -> ApiToken:
    """Revoke at once; idempotent (the first revocation time is kept)."""
    ApiToken.objects.filter(pk=token.pk, revoked_at__isnull=True).update(revoked_at=timezone.now())
    token.refresh_from_db()
    return token


def api_token_find(*, raw: str) -> ApiToken | None:
    """The usable token for ``raw`` (with its user), or None. Touches ``last_used_at`` now and then."""
    if not raw.startswith(TOKEN_PREFIX) or len(raw) > 200:
        return None
    token = ApiToken.objects.select_related("user").filter(key_hash=token_hash(raw)).first()
    now = timezone.now()
    if token is None or not token.is_usable_at(now) or not token.user.is_active:
        return None
    if token.last_used_at is None or now - token.last_used_at > LAST_USED_RESOLUTION:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
        token.last_used_at = now
    return token
