"""Webhook endpoints and their delivery log, read-only except for enabling.

The secret is never shown here: it was shown to the owner once.
"""

from __future__ import annotations

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from tracker.models import WebhookAttempt, WebhookDelivery, WebhookEndpoint
from tracker.services import webhooks as service


@admin.register(WebhookEndpoint)
class WebhookEndpointAdmin(admin.ModelAdmin[WebhookEndpoint]):
    list_display = ["url", "owner", "is_active", "consecutive_failures", "disabled_at", "created_at"]
    list_filter = ["is_active"]
    search_fields = ["url", "owner__username", "description"]
    readonly_fields = [
        "owner",
        "url",
        "events",
        "description",
        "is_active",
        "disabled_at",
        "disabled_reason",
        "consecutive_failures",
        "failing_since",
        "created_at",
        "updated_at",
    ]
    actions = ["enable", "disable"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # endpoints are registered through the API, which shows the secret once

    @admin.action(description=_("Enable (reset the failure count, send what it missed)"))
    def enable(self, request: HttpRequest, queryset: QuerySet[WebhookEndpoint]) -> None:
        for endpoint in queryset:
            service.webhook_endpoint_update(endpoint=endpoint, changes={"is_active": True})
        messages.success(request, _("Enabled."))

    @admin.action(description=_("Disable"))
    def disable(self, request: HttpRequest, queryset: QuerySet[WebhookEndpoint]) -> None:
        for endpoint in queryset:
            service.webhook_endpoint_update(endpoint=endpoint, changes={"is_active": False})
        messages.success(request, _("Disabled."))


class WebhookAttemptInline(admin.TabularInline[WebhookAttempt, WebhookDelivery]):
    model = WebhookAttempt
    extra = 0
    can_delete = False
    readonly_fields = ["number", "started_at", "finished_at", "status_code", "succeeded", "error"]

    def has_add_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False


@admin.register(WebhookDelivery)
class WebhookDeliveryAdmin(admin.ModelAdmin[WebhookDelivery]):
    list_display = ["webhook_id", "event_type", "endpoint", "state", "attempts", "next_attempt_at", "last_status_code"]
    list_filter = ["state", "event_type"]
    search_fields = ["webhook_id", "endpoint__url"]
    list_select_related = ["endpoint"]
    inlines = [WebhookAttemptInline]
    readonly_fields = [
        "endpoint",
        "event",
        "webhook_id",
        "event_type",
        "body",
        "state",
        "attempts",
        "next_attempt_at",
        "claimed_at",
        "last_status_code",
        "last_error",
        "delivered_at",
        "created_at",
    ]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: WebhookDelivery | None = None) -> bool:
        return False
