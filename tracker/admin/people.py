"""Snoozes, reviewers' reminder language, and the overdue view for reviewers."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.db.models import Max, QuerySet
from django.forms import ModelForm
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from predictions.admin.base import ReadOnlyAdmin
from predictions.selectors.status import due_q, overdue_q, waiting_since
from tracker.admin.reminders import PredictionStatusFilter, prediction_link
from tracker.models import OverduePrediction, ReviewerPreference, Snooze
from tracker.services.people import reviewer_language_set, snooze_lift, snooze_set


@admin.register(Snooze)
class SnoozeAdmin(SimpleHistoryAdmin):
    list_display = ["prediction", "until", "reason", "created_by", "updated_at"]
    search_fields = ["prediction__claim", "reason"]
    autocomplete_fields = ["prediction"]
    fields = ["prediction", "until", "reason"]

    def save_model(self, request: HttpRequest, obj: Snooze, form: ModelForm[Snooze], change: bool) -> None:
        saved = snooze_set(prediction=obj.prediction, until=obj.until, reason=obj.reason, by=request.user)
        obj.pk = saved.pk

    def delete_model(self, request: HttpRequest, obj: Snooze) -> None:
        snooze_lift(prediction=obj.prediction, reason="Deleted in the admin", by=request.user)


@admin.register(ReviewerPreference)
class ReviewerPreferenceAdmin(SimpleHistoryAdmin):
    list_display = ["user", "language", "email_disabled_at"]
    list_filter = ["language"]
    search_fields = ["user__username", "user__email"]
    fields = ["user", "language", "email_disabled_at", "email_disabled_reason"]
    readonly_fields = ["email_disabled_at", "email_disabled_reason"]
    autocomplete_fields = ["user"]

    def save_model(
        self, request: HttpRequest, obj: ReviewerPreference, form: ModelForm[ReviewerPreference], change: bool
    ) -> None:
        saved = reviewer_language_set(user=obj.user, language=obj.language, by=request.user)
        obj.pk = saved.pk


class LatenessFilter(PredictionStatusFilter):
    title = _("lateness")
    parameter_name = "lateness"
    statuses = {
        "overdue": (_("Overdue (past the grace period)"), overdue_q),
        "due": (_("Due, within the grace period"), lambda today, prefix: due_q(today) & ~overdue_q(today)),
    }


@admin.register(OverduePrediction)
class OverduePredictionAdmin(ReadOnlyAdmin):
    """Unresolved predictions past resolve-on, with when reviewers last heard."""

    list_display = ["claim_column", "speaker", "resolve_on", "days_late", "last_reminded", "snoozed_until"]
    list_filter = [LatenessFilter, "speaker", "reviewers", "is_public"]
    list_select_related = ["speaker", "reminder_snooze"]
    search_fields = ["claim", "claim_zh"]
    ordering = ["resolve_on", "id"]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Any]:
        unresolved_past_due: Any = super().get_queryset(request)
        # Drafts are not awaiting a verdict: an undated one keeps its said-on date until the reviewer sets one.
        return unresolved_past_due.due().filter(is_draft=False).annotate(last_reminded_at=Max("reminders__sent_at"))

    @admin.display(description=_("prediction"))
    def claim_column(self, prediction: OverduePrediction) -> Any:
        return prediction_link(prediction.pk, prediction.claim)

    @admin.display(description=_("days late"))
    def days_late(self, prediction: OverduePrediction) -> int:
        # From the later of resolve-on and recording: a forecast recorded late was not neglected.
        return (timezone.localdate() - waiting_since(prediction.resolve_on, prediction.recorded_on)).days

    @admin.display(description=_("last reminder sent"), ordering="last_reminded_at")
    def last_reminded(self, prediction: OverduePrediction) -> Any:
        return getattr(prediction, "last_reminded_at", None) or "—"

    @admin.display(description=_("snoozed until"))
    def snoozed_until(self, prediction: OverduePrediction) -> Any:
        snooze = getattr(prediction, "reminder_snooze", None)
        return snooze.until if snooze else "—"
