"""What every audited admin of the ledger shares."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed
from simple_history.admin import SimpleHistoryAdmin

from predictions import services


class AuditedAdmin(SimpleHistoryAdmin):
    """Deletions go through the services (audited, and the public pages are told).

    History is for reading. simple-history's "Revert" would save the old row
    through the admin form, bypassing the change reason, the version check and
    the lock on judged predictions; a reviewer edits the current row instead."""

    def delete_model(self, request: HttpRequest, obj: Any) -> None:
        services.record_delete(instance=obj, by=request.user, reason="Deleted in the admin")

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[Any]) -> None:
        for obj in queryset:
            self.delete_model(request, obj)

    def revert_disabled(self, request: HttpRequest, obj: Any = None) -> bool:
        return True

    def history_form_view(
        self, request: HttpRequest, object_id: str, version_id: str, extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        if request.method == "POST":  # the button is hidden; refuse a hand-made POST too
            return HttpResponseNotAllowed(["GET"])
        return super().history_form_view(request, object_id, version_id, extra_context)


class ReadOnlyAdmin(admin.ModelAdmin):
    """Rows written by the services only (resolutions, logs): nobody adds, edits or deletes them here."""

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
