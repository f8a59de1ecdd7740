"""Admin for what predictions refer to (speakers, sources, topics) and the
read-only resolution record. Saves go through ``services.reference_save``."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.db.models import Field, QuerySet, URLField
from django.forms import ModelForm
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from predictions import services
from predictions.admin.base import AuditedAdmin, ReadOnlyAdmin
from predictions.admin.forms import SourceAdminForm
from predictions.models import Evidence, Resolution, Source, Speaker, Topic


class ServiceSavingAdmin(AuditedAdmin):
    def formfield_for_dbfield(self, db_field: Field[Any, Any], request: HttpRequest, **kwargs: Any) -> Any:
        # Django 6 assumes https for a URL typed without a scheme; say so now
        # (otherwise every page with a URL field raises RemovedInDjango60Warning).
        if isinstance(db_field, URLField):
            kwargs.setdefault("assume_scheme", "https")
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def save_model(self, request: HttpRequest, obj: Any, form: ModelForm, change: bool) -> None:
        services.reference_save(
            instance=obj, by=request.user, reason="Changed in the admin" if change else "Added in the admin"
        )


@admin.register(Speaker)
class SpeakerAdmin(ServiceSavingAdmin):
    list_display = ["name", "name_original", "role", "slug"]
    search_fields = ["name", "name_original", "slug"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Source)
class SourceAdmin(ServiceSavingAdmin):
    form = SourceAdminForm
    list_display = ["title", "outlet_or_unknown", "language", "published_on", "event_name"]
    search_fields = ["title", "title_original", "outlet", "slug"]
    list_filter = ["language"]
    readonly_fields = ["text_sha256"]
    fieldsets = [
        (None, {"fields": ["slug", "title", "title_original", "title_zh", "language"]}),
        (_("Where it was published"), {"fields": ["outlet", "url", "archived_url", "published_on"]}),
        (_("The event"), {"fields": ["event_name", "event_place", "event_date"]}),
        (
            _("The text we quote from"),
            {"fields": ["text_file", "text", "text_sha256", "provenance_note", "provenance_note_zh"]},
        ),
    ]

    @admin.display(description=_("outlet"), ordering="outlet")
    def outlet_or_unknown(self, obj: Source) -> str:
        return obj.outlet or str(_("(unknown)"))


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):  # topics keep no history of their own
    list_display = ["name", "name_zh", "slug"]
    search_fields = ["name", "name_zh", "slug"]
    prepopulated_fields = {"slug": ["name"]}

    def save_model(self, request: HttpRequest, obj: Topic, form: ModelForm, change: bool) -> None:
        services.reference_save(instance=obj, by=request.user, reason="Saved in the admin")

    def delete_model(self, request: HttpRequest, obj: Topic) -> None:
        services.record_delete(instance=obj, by=request.user, reason="Deleted in the admin")

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[Topic]) -> None:
        for topic in queryset:
            self.delete_model(request, topic)


class EvidenceInline(admin.TabularInline):
    model = Evidence
    fields = ["title", "url", "publisher", "accessed_on", "archived_url", "excerpt"]
    readonly_fields = ["title", "url", "publisher", "accessed_on", "archived_url", "excerpt"]
    extra = 0
    can_delete = False

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Resolution)
class ResolutionAdmin(ReadOnlyAdmin):
    """The record of judgements. Append-only: nobody edits or deletes here;
    proposals, confirmations and re-resolutions happen on the prediction page."""

    list_display = ["prediction", "outcome", "state", "as_of", "proposed_by", "confirmed_by", "confirmed_at"]
    list_filter = ["state", "outcome"]
    list_select_related = ["prediction", "proposed_by", "confirmed_by"]
    search_fields = ["prediction__claim", "rationale"]
    inlines = [EvidenceInline]

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> list[str]:
        return [field.name for field in Resolution._meta.fields]
