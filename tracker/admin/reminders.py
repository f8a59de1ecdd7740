"""The reminder log and the delivery log: read-only for everyone, with a
"send again" action for staff who hold ``tracker.resend_reminder``."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import Any

from django.contrib import admin, messages
from django.db.models import Q, QuerySet
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext_lazy as _

from predictions.admin.base import ReadOnlyAdmin
from predictions.selectors.status import overdue_q, unresolved_q
from tracker.models import Delivery, Reminder
from tracker.services.reminders.claims import owed
from tracker.services.reminders.digests import urgency_order_by
from tracker.services.reminders.sending import reminders_resend
from tracker.tasks.reminders import queue_digests


class PredictionStatusFilter(admin.SimpleListFilter):
    """Rows by their prediction's status as ``selectors.status`` decides it; ``prefix``: the path to the prediction."""

    prefix = ""
    statuses: Mapping[str, tuple[Promise, Callable[[datetime.date, str], Q]]] = {}

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, Any]]:
        return [(value, label) for value, (label, _rule) in self.statuses.items()]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Any]) -> QuerySet[Any]:
        chosen = self.statuses.get(self.value() or "")
        return queryset.filter(chosen[1](timezone.localdate(), self.prefix)) if chosen else queryset


class PredictionLatenessFilter(PredictionStatusFilter):
    """The reviewers' "overdue" view of the reminder log."""

    title = _("prediction")
    parameter_name = "prediction_state"
    prefix = "prediction__"
    statuses = {
        "unresolved": (_("Still unresolved"), lambda today, prefix: unresolved_q(prefix)),
        "overdue": (_("Overdue (past the grace period)"), overdue_q),
    }


class OwedToMeFilter(admin.SimpleListFilter):
    """The reviewer's queue: what is still owed to whoever looks (the digests' "and N more" link)."""

    title = _("reminders owed to")
    parameter_name = "owed_to"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, Any]]:
        return [("me", _("me (not sent yet)"))]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Any]) -> QuerySet[Any]:
        if self.value() == "me":
            return queryset.filter(owed(), recipient_id=request.user.pk)
        return queryset


def prediction_link(prediction_id: int, text: str) -> SafeString:
    url = reverse("admin:predictions_prediction_change", args=[prediction_id])
    return format_html('<a href="{}">{}</a>', url, text[:90])


@admin.register(Reminder)
class ReminderAdmin(ReadOnlyAdmin):
    list_display = ["created_at", "prediction_column", "stage", "round", "email", "state", "attempts", "sent_at"]
    list_filter = [OwedToMeFilter, PredictionLatenessFilter, "stage", "state", "escalation", "language"]
    list_select_related = ["prediction"]
    search_fields = ["email", "prediction__claim"]
    date_hierarchy = "created_at"
    actions = ["send_again"]
    readonly_fields = [field.name for field in Reminder._meta.fields]

    def get_ordering(self, request: HttpRequest) -> list[Any]:
        # The queue in the order the digests take it: its first rows are the next digest.
        if request.GET.get(OwedToMeFilter.parameter_name) == "me":
            return urgency_order_by()
        return list(super().get_ordering(request))

    @admin.display(description=_("prediction"), ordering="prediction__resolve_on")
    def prediction_column(self, reminder: Reminder) -> SafeString:
        return prediction_link(reminder.prediction_id, reminder.prediction.claim)

    def has_resend_permission(self, request: HttpRequest) -> bool:
        return bool(request.user.is_staff and request.user.has_perm("tracker.resend_reminder"))

    @admin.action(description=_("Send the selected reminders again"), permissions=["resend"])
    def send_again(self, request: HttpRequest, queryset: QuerySet[Reminder]) -> None:
        ids = list(queryset.values_list("pk", flat=True))
        recipients = reminders_resend(reminder_ids=ids, by=request.user)
        queue_digests(recipients)
        self.message_user(
            request,
            _(
                "%(count)s reminder(s) queued again for %(people)s reviewer(s); "
                "reminders being sent right now were left alone."
            )
            % {"count": len(ids), "people": len(recipients)},
            messages.SUCCESS,
        )


@admin.register(Delivery)
class DeliveryAdmin(ReadOnlyAdmin):
    list_display = ["started_at", "email", "language", "item_count", "state", "error_short", "finished_at"]
    list_filter = ["state", "language"]
    search_fields = ["email", "subject", "error"]
    date_hierarchy = "started_at"
    readonly_fields = [field.name for field in Delivery._meta.fields]

    @admin.display(description=_("error"))
    def error_short(self, delivery: Delivery) -> str:
        return delivery.error[:120]
