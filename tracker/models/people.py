"""Per-reviewer settings for reminders, and snoozes of predictions.

Both live in ``tracker`` because only reminders use them: the ledger
(``predictions``) knows nothing of the tracker.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from predictions.models import Prediction
from predictions.text import multi_line
from tracker.models.reminders import Language


class ReviewerPreference(models.Model):
    """A reviewer's e-mail language, and whether e-mail to them is switched off.

    A reviewer without a row gets English. A permanent delivery failure (the
    server refused the address) switches the channel off with the reason;
    staff switch it on again with "send again".
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reminder_preference", verbose_name=_("user")
    )
    language = models.CharField(_("language"), max_length=10, choices=Language.choices, default=Language.ENGLISH)
    email_disabled_at = models.DateTimeField(_("email disabled at"), null=True, blank=True)
    email_disabled_reason = models.TextField(_("email disabled reason"), blank=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name, verbose_name_plural = _("reviewer preference"), _("reviewer preferences")

    def __str__(self) -> str:
        return gettext("reminder preferences of user %(user)s") % {"user": self.user_id}


class Snooze(models.Model):
    """No reminders for a prediction before ``until`` (a local date); audited."""

    prediction = models.OneToOneField(
        Prediction, on_delete=models.CASCADE, related_name="reminder_snooze", verbose_name=_("prediction")
    )
    until = models.DateField(_("until"), help_text=_("Reminders resume on this date."))
    reason = models.TextField(_("reason"), validators=[multi_line])
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("created by")
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name, verbose_name_plural = _("snooze"), _("snoozes")
        ordering = ["until"]

    def __str__(self) -> str:
        return gettext("prediction %(prediction)s snoozed until %(date)s") % {
            "prediction": self.prediction_id,
            "date": self.until,
        }


class OverduePrediction(Prediction):
    """The reviewers' admin view of predictions past their resolve-on date."""

    class Meta:
        proxy = True
        verbose_name, verbose_name_plural = _("due or overdue prediction"), _("due and overdue predictions")
