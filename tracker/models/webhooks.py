"""Webhook endpoints that integrators register, and the log of deliveries.

A delivery is one event for one endpoint, with one ``webhook_id`` for all its
attempts (Standard Webhooks: receivers deduplicate on it). It is written
before the first attempt and moves pending → sending → succeeded, or back to
pending with a later ``next_attempt_at`` after a failure, until it succeeds or
its retries run out (failed). Each attempt is a ``WebhookAttempt`` row. While
its endpoint is disabled a delivery waits; re-enabling sends what was missed
in the last ``WEBHOOKS_REDELIVER_MISSED_DAYS`` and cancels what is older.
"""

from __future__ import annotations

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from predictions.models import OutboxEvent
from predictions.models.fields import instant_or_none, stamps, text_line, url_field, user_ref


class WebhookEndpoint(models.Model):
    owner = user_ref(_("owner"), on_delete=models.CASCADE, related_name="webhook_endpoints")
    url = url_field(_("url"))
    description = text_line(_("description"), 200, blank=True)
    # Event type names (see predictions.outbox.EVENT_TYPES); a short list, read whole.
    events = models.JSONField(_("events"), default=list)
    # Needed in the clear to sign each delivery; shown to the owner once, at
    # registration, and never again (not in the API, not in the admin).
    secret = models.CharField(_("secret"), max_length=100, editable=False)
    is_active = models.BooleanField(_("is active"), default=True)
    disabled_at = instant_or_none(_("disabled at"))
    disabled_reason = models.CharField(_("disabled reason"), max_length=300, blank=True)
    consecutive_failures = models.PositiveIntegerField(_("consecutive failures"), default=0)
    # When the current run of failed attempts began (None after a success). The
    # endpoint is disabled once it has lasted WEBHOOKS_DISABLE_AFTER_HOURS: a time
    # span, not a count, so a burst of events during a short outage cannot do it.
    failing_since = instant_or_none(_("failing since"))
    created_at, updated_at = stamps()

    class Meta:
        verbose_name, verbose_name_plural = _("webhook endpoint"), _("webhook endpoints")
        ordering = ["id"]

    def __str__(self) -> str:
        return self.url

    def wants(self, event_type: str) -> bool:
        return event_type in self.events


class WebhookDeliveryState(models.TextChoices):
    PENDING = "pending", _("Pending")
    SENDING = "sending", _("Sending")
    SUCCEEDED = "succeeded", _("Succeeded")
    FAILED = "failed", _("Failed (retries exhausted)")
    CANCELLED = "cancelled", _("Cancelled (missed while the endpoint was disabled, and too old to send)")


class WebhookDelivery(models.Model):
    endpoint = models.ForeignKey(
        WebhookEndpoint, on_delete=models.CASCADE, related_name="deliveries", verbose_name=_("endpoint")
    )
    event = models.ForeignKey(
        OutboxEvent, null=True, blank=True, on_delete=models.PROTECT, related_name="+", verbose_name=_("event")
    )
    webhook_id = models.CharField(_("webhook id"), max_length=64, unique=True)
    event_type = models.CharField(_("event type"), max_length=60)
    body = models.TextField(_("body"), help_text=_("The JSON sent, byte for byte the same on every attempt."))
    state = models.CharField(
        _("state"), max_length=12, choices=WebhookDeliveryState.choices, default=WebhookDeliveryState.PENDING
    )
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    # Attempts made before its endpoint was re-enabled: the retry schedule starts
    # again from here for a delivery it missed while disabled.
    attempts_before_redelivery = models.PositiveIntegerField(_("attempts before redelivery"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt at"))
    claimed_at = instant_or_none(_("claimed at"))
    last_status_code = models.PositiveIntegerField(_("last status code"), null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)
    delivered_at = instant_or_none(_("delivered at"))
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name, verbose_name_plural = _("webhook delivery"), _("webhook deliveries")
        ordering = ["-id"]
        constraints = [
            # The relay may run twice on one event (a crash after fan-out, two
            # workers); an event still reaches an endpoint once.
            models.UniqueConstraint(
                fields=["endpoint", "event"], condition=Q(event__isnull=False), name="webhook_delivery_once_per_event"
            ),
        ]
        indexes = [
            # Consumer: tracker.services.webhooks.webhook_deliveries_due, the
            # retry sweep; finished deliveries (nearly all) stay out of it.
            models.Index(
                fields=["next_attempt_at"],
                name="webhook_delivery_due",
                condition=Q(state__in=["pending", "sending"]),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.event_type} → {self.endpoint_id} ({self.get_state_display()})"


class WebhookAttempt(models.Model):
    delivery = models.ForeignKey(
        WebhookDelivery, on_delete=models.CASCADE, related_name="attempt_log", verbose_name=_("delivery")
    )
    number = models.PositiveIntegerField(_("number"))
    started_at = models.DateTimeField(_("started at"))
    finished_at = instant_or_none(_("finished at"))
    status_code = models.PositiveIntegerField(_("status code"), null=True, blank=True)
    error = models.TextField(_("error"), blank=True)
    succeeded = models.BooleanField(_("succeeded"), default=False)

    class Meta:
        verbose_name, verbose_name_plural = _("webhook attempt"), _("webhook attempts")
        ordering = ["delivery_id", "number"]
        constraints = [models.UniqueConstraint(fields=["delivery", "number"], name="webhook_attempt_number_unique")]

    def __str__(self) -> str:
        return gettext("attempt %(number)s of delivery %(delivery)s") % {
            "number": self.number,
            "delivery": self.delivery_id,
        }
