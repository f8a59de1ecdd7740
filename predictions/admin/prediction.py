"""The reviewers' prediction list and page.

The list costs a constant number of queries (status is an SQL annotation,
speaker and final resolution are joined). Saving goes through
``predictions.services``; the resolution flows live in ``resolution_flows``.
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.forms import ModelForm
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import URLPattern, reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString
from django.utils.translation import gettext_lazy as _

from predictions import services
from predictions.admin import resolution_flows
from predictions.admin.base import AuditedAdmin
from predictions.admin.forms import PredictionAdminForm
from predictions.display import countdown, status_badge
from predictions.errors import LedgerError
from predictions.models import Outcome, Prediction, ResolutionState, SourceTextError
from predictions.provenance import quote_in_context
from predictions.selectors.history import resolution_history
from predictions.selectors.status import STATUS_FILTER_CHOICES
from predictions.services import resolution_actions


class StatusFilter(admin.SimpleListFilter):
    title = _("status")
    parameter_name = "status"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, Any]]:
        return STATUS_FILTER_CHOICES

    def queryset(self, request: HttpRequest, queryset: QuerySet[Any]) -> QuerySet[Any]:
        value = self.value()
        if value in dict(STATUS_FILTER_CHOICES):
            return queryset.with_status_filter(value)  # type: ignore[attr-defined]
        return queryset


class OutcomeFilter(admin.SimpleListFilter):
    title = _("outcome")
    parameter_name = "outcome"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, Any]]:
        return list(Outcome.choices)

    def queryset(self, request: HttpRequest, queryset: QuerySet[Any]) -> QuerySet[Any]:
        if self.value() in Outcome.values:
            return queryset.filter(final_resolution__outcome=self.value())
        return queryset


@admin.register(Prediction)
class PredictionAdmin(AuditedAdmin):
    form = PredictionAdminForm
    list_display = ["claim_short", "speaker", "resolve_on", "status_badge", "days_column", "outcome_column"]
    list_display_links = ["claim_short"]
    list_filter = [StatusFilter, OutcomeFilter, "speaker", "topics", "is_public"]
    list_select_related = ["speaker", "final_resolution"]
    search_fields = ["claim", "quote", "translation"]
    date_hierarchy = "resolve_on"
    autocomplete_fields = ["speaker", "source"]
    filter_horizontal = ["topics", "reviewers"]
    readonly_fields = [
        "source_panel",
        "quote_start",
        "quote_end",
        "version",
        "status_badge",
        "resolution_history",
        "recorded_at",
        "recorded_late_column",
        "hedges_panel",
    ]
    change_form_template = "admin/predictions/prediction/change_form.html"
    change_list_template = "admin/predictions/prediction/change_list.html"

    class Media:
        # Badge colours and the quote's highlight: the CSP forbids inline styles.
        css = {"all": ["predictions/admin.css"]}

    fieldsets = [
        (None, {"fields": ["status_badge", "speaker", "source", "slug", "is_public"]}),
        (
            _("What was said"),
            {
                "fields": [
                    "quote",
                    "quote_language",
                    "quote_kind",
                    "spoken_language",
                    "source_panel",
                    "translation",
                    "hedges_panel",
                ]
            },
        ),
        (
            _("What would make it true"),
            {"fields": ["claim", "claim_zh", "resolution_criteria", "resolution_criteria_zh"]},
        ),
        (_("When"), {"fields": ["made_on", "horizon", "horizon_rule", "horizon_rule_zh", "resolve_on"]}),
        (_("Confidence"), {"fields": ["stated_confidence", "stated_confidence_zh", "implied_probability"]}),
        (
            _("Recorded"),
            {"fields": ["recorded_at", "recorded_late_column", "late_evidence_reason", "late_evidence_reason_zh"]},
        ),
        (_("Filing"), {"fields": ["topics", "reviewers", "quote_start", "quote_end", "version"]}),
        (_("Change"), {"fields": ["change_reason", "loaded_version"]}),
    ]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Prediction]:
        return super().get_queryset(request).with_status()

    def has_change_permission(self, request: HttpRequest, obj: Prediction | None = None) -> bool:
        # A judged prediction is read-only: its verdict is changed by superseding.
        if obj is not None and obj.final_resolution_id is not None:
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request: HttpRequest, obj: Prediction | None = None) -> bool:
        if obj is not None and obj.resolutions.exists():
            return False  # the history of a judged prediction is kept
        return super().has_delete_permission(request, obj)

    # --- list columns -------------------------------------------------------
    @admin.display(description=_("claim"), ordering="claim")
    def claim_short(self, obj: Prediction) -> str:
        return obj.claim if len(obj.claim) <= 90 else obj.claim[:89] + "…"

    @admin.display(description=_("status"))
    def status_badge(self, obj: Prediction) -> SafeString | str:
        if obj.pk is None:
            return "—"  # the "add" page: nothing recorded, no dates yet
        return status_badge(obj)

    @admin.display(description=_("days"), ordering="resolve_on")
    def days_column(self, obj: Prediction) -> str:
        if obj.final_resolution_id is not None:
            return "—"
        return countdown(obj.resolve_on, timezone.localdate())

    @admin.display(description=_("outcome"))
    def outcome_column(self, obj: Prediction) -> str:
        return obj.final_resolution.get_outcome_display() if obj.final_resolution else "—"

    # --- change page panels -------------------------------------------------
    @admin.display(description=_("in the source"))
    def source_panel(self, obj: Prediction) -> SafeString | str:
        if not obj.pk:
            return "—"
        source = obj.source
        try:
            text = source.full_text
        except SourceTextError as error:
            return format_html('<p class="errornote">{}</p>', str(error))
        header = format_html(
            "<p><strong>{}</strong><br>{} · {} · {}</p>",
            source.title_original or source.title,
            source.outlet or _("outlet unknown"),
            source.event_name or _("no event"),
            source.url or _("url unknown"),
        )
        if obj.quote_start is None or obj.quote_end is None:
            return header + format_html("<p>{}</p>", _("The source keeps no text; the quote is not anchored."))
        context = quote_in_context(text, obj.quote_start, obj.quote_end)
        return header + format_html(
            '<blockquote lang="{}" dir="auto" class="quote-context">{}<mark>{}</mark>{}</blockquote>',
            source.language,
            context.before,
            context.quote,
            context.after,
        )

    @admin.display(description=_("recorded late"))
    def recorded_late_column(self, obj: Prediction) -> str:
        # The one rule (selectors.status.recorded_late_for); a recorded-late prediction is not scored.
        if obj.pk is None:
            return "—"
        return str(_("yes: not scored") if obj.recorded_late else _("no"))

    @admin.display(description=_("hedges"))
    def hedges_panel(self, obj: Prediction) -> SafeString | str:
        hedges = list(obj.hedges.all()) if obj.pk else []
        if not hedges:
            return "—"
        return format_html_join(
            "",
            '<p lang="{}" dir="auto">{} <small>({}–{})</small></p>',
            ((obj.quote_language, h.quote, h.quote_start, h.quote_end) for h in hedges),
        )

    @admin.display(description=_("resolution history"))
    def resolution_history(self, obj: Prediction) -> str:
        return "—"  # rendered by the change-form template, which needs the request

    # --- saving through the services ---------------------------------------
    def save_model(self, request: HttpRequest, obj: Prediction, form: ModelForm, change: bool) -> None:
        data = form.cleaned_data
        editable = [f.name for f in Prediction._meta.concrete_fields if f.editable and not f.primary_key]
        relations = {"topics": data.get("topics", []), "reviewers": data.get("reviewers", [])}
        if change:
            saved = services.prediction_update(
                prediction=obj,
                changes={name: data[name] for name in form.changed_data if name in editable},
                by=request.user,
                reason=data["change_reason"],
                expected_version=data.get("loaded_version"),
                **relations,
            )
        else:
            saved = services.prediction_record(
                by=request.user,
                reason=data.get("change_reason") or "Recorded in the admin",
                **{name: getattr(obj, name) for name in editable},
                **relations,
            )
        # The admin goes on with ``obj`` (messages, redirect): point it at the saved row.
        obj.pk = saved.pk
        obj._state.adding = False

    def save_related(self, request: HttpRequest, form: ModelForm, formsets: Any, change: bool) -> None:
        """Topics and reviewers were saved by the service in ``save_model``."""

    def changeform_view(
        self,
        request: HttpRequest,
        object_id: str | None = None,
        form_url: str = "",
        extra_context: dict[str, Any] | None = None,
    ) -> HttpResponse:
        extra_context = dict(extra_context or {})
        if object_id:
            prediction = self.get_object(request, object_id)
            if prediction is not None:
                extra_context["actions"] = resolution_actions(prediction, request.user)
                extra_context["history"] = resolution_history(prediction)
                extra_context["ResolutionState"] = ResolutionState
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except LedgerError as error:
            # Lost a race between the form check and the locked write.
            self.message_user(request, error.message, messages.ERROR)
            target = reverse("admin:predictions_prediction_change", args=[object_id]) if object_id else request.path
            return HttpResponseRedirect(target)

    def get_urls(self) -> list[URLPattern]:
        return resolution_flows.urls(self) + super().get_urls()
