"""The proposers' notices (confirmed / rejected), read-only: the log of what was told to whom."""

from __future__ import annotations

from django.contrib import admin

from predictions.admin.base import ReadOnlyAdmin
from tracker.models import ProposalNotice


@admin.register(ProposalNotice)
class ProposalNoticeAdmin(ReadOnlyAdmin):
    list_display = ["resolution", "kind", "recipient", "state", "attempts", "created_at", "sent_at"]
    list_filter = ["state", "kind"]
    list_select_related = ["resolution", "recipient"]
    search_fields = ["recipient__username", "error"]
    readonly_fields = [
        "resolution",
        "kind",
        "recipient",
        "state",
        "attempts",
        "error",
        "created_at",
        "next_attempt_at",
        "claimed_at",
        "sent_at",
    ]
