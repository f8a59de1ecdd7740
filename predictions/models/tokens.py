"""API tokens for integrators: hashed at rest, scoped, expiring, revocable.

A token is shown once, when it is created (``services.api_token_create``).
Only its SHA-256 is stored: a token has 256 bits of randomness, so a plain
hash is enough (no salt or slow hash needed, unlike a password) and lets a
request find its token with one indexed lookup. ``prefix`` — the first
characters of the token — is kept in the clear so people can tell their
tokens apart in the admin without the secret.
"""

from __future__ import annotations

import datetime

from django.db import models
from django.utils.translation import gettext_lazy as _

from predictions.models.fields import instant_or_none, text_line, user_ref


class TokenScope(models.TextChoices):
    WRITE = "write", _("Write predictions")
    RESOLVE = "resolve", _("Propose, confirm, reject and supersede resolutions")
    WEBHOOKS = "webhooks", _("Manage webhook endpoints")


class ApiToken(models.Model):
    user = user_ref(_("user"), on_delete=models.CASCADE, related_name="api_tokens")
    name = text_line(_("name"), 100, blank=True, help_text=_("What it is for, e.g. “newsroom importer”."))
    prefix = models.CharField(_("prefix"), max_length=16, unique=True, editable=False)
    key_hash = models.CharField(_("key hash"), max_length=64, unique=True, editable=False)
    # Comma-separated TokenScope values; a handful of fixed names needs no table.
    scopes = text_line(_("scopes"), 100)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    expires_at = instant_or_none(_("expires at"), help_text=_("Blank: never expires."))
    revoked_at = instant_or_none(_("revoked at"))
    last_used_at = instant_or_none(_("last used at"), editable=False)

    class Meta:
        verbose_name, verbose_name_plural = _("API token"), _("API tokens")
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.prefix}… ({self.user})"

    @property
    def scope_set(self) -> frozenset[str]:
        return frozenset(scope for scope in self.scopes.split(",") if scope)

    def is_usable_at(self, now: datetime.datetime) -> bool:
        """Not revoked and not expired at ``now``."""
        if self.revoked_at is not None:
            return False
        return self.expires_at is None or self.expires_at > now
