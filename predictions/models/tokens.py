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

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from predictions.text import single_line


class TokenScope(models.TextChoices):
    WRITE = "write", _("Write predictions")
    RESOLVE = "resolve", _("Propose, confirm, reject and supersede resolutions")
    WEBHOOKS = "webhooks", _("Manage webhook endpoints")


class ApiToken(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens", verbose_name=_("user")
    )
    name = models.CharField(
        _("name"),
        max_length=100,
        blank=True,
        help_text=_("What it is for, e.g. “newsroom importer”."),
        validators=[single_line],
    )
    prefix = models.CharField(_("prefix"), max_length=16, unique=True, editable=False)
    key_hash = models.CharField(_("key hash"), max_length=64, unique=True, editable=False)
    # Comma-separated TokenScope values; a handful of fixed names needs no table.
    scopes = models.CharField(_("scopes"), max_length=100, validators=[single_line])
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    expires_at = models.DateTimeField(_("expires at"), null=True, blank=True, help_text=_("Blank: never expires."))
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    last_used_at = models.DateTimeField(_("last used at"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name_plural = _("API tokens")
        ordering = ["-created_at", "-id"]
        verbose_name = _("API token")

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
