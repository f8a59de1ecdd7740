"""The reminder log: what the policy found owed, and every attempt to send it.

- ``ReminderRound``: one row per (prediction, stage, round) the sweep recorded —
  for the confirm stage, per (prediction, stage, proposal).
  Its uniqueness makes "record the stage" happen once, whatever runs at the
  same time; the (due, 0) row also marks the moment the ``prediction.due``
  outbox event was written.
- ``Reminder``: one row per (prediction, stage, round or proposal, recipient),
  unique in the database. It moves pending → sending (claimed) → sent, or failed.
- ``Delivery``: one digest e-mail to one reviewer, written "sending" before the
  SMTP call and "sent" / "retrying" / "failed" after it (the delivery log).
"""

from __future__ import annotations

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from predictions.models import Prediction, Resolution
from predictions.models.fields import instant_or_none, user_ref
from tracker.policy import Stage


class StageChoices(models.TextChoices):
    UPCOMING = Stage.UPCOMING.value, _("Upcoming")
    DUE = Stage.DUE.value, _("Due")
    OVERDUE = Stage.OVERDUE.value, _("Overdue")
    CONFIRM = Stage.CONFIRM.value, _("Awaiting confirmation")


class Language(models.TextChoices):
    ENGLISH = "en", "English"
    CHINESE = "zh-hans", "简体中文"


def _once_per_round_or_proposal(*fields: str, name: str) -> list[models.BaseConstraint]:
    """Unique per (prediction, stage, round, *fields) for the date-driven stages and per
    (prediction, stage, proposal, *fields) for the confirm stage (round 0 there)."""
    return [
        models.UniqueConstraint(
            fields=["prediction", "stage", "round", *fields], condition=Q(proposal__isnull=True), name=name
        ),
        models.UniqueConstraint(
            fields=["prediction", "stage", "proposal", *fields],
            condition=Q(proposal__isnull=False),
            name=f"{name}_per_proposal",
        ),
    ]


def _owed_for(related_name: str) -> models.ForeignKey[Prediction, Prediction]:
    """The prediction a round or a reminder is owed for (gone with it)."""
    return models.ForeignKey(
        Prediction, on_delete=models.CASCADE, related_name=related_name, verbose_name=_("prediction")
    )


def _awaiting_proposal() -> models.ForeignKey[Resolution | None, Resolution | None]:
    """Confirm stage only: the proposal awaiting a second reviewer (gone with it)."""
    return models.ForeignKey(
        Resolution, null=True, blank=True, on_delete=models.CASCADE, related_name="+", verbose_name=_("proposal")
    )


class ReminderRound(models.Model):
    prediction = _owed_for("reminder_rounds")
    stage = models.CharField(_("stage"), max_length=10, choices=StageChoices.choices)
    # Overdue: 1, 2, 3 …; upcoming, due and confirm: 0.
    round = models.PositiveIntegerField(_("round"), default=0)
    proposal = _awaiting_proposal()
    # False while the row only marks "seen due" (snoozed, awaiting a proposal…);
    # set, exactly once, by the sweep that wrote the round's reminders.
    reminded = models.BooleanField(_("reminded"), default=False)
    # Only on (due, 0): the prediction.due outbox event was written (once).
    announced = models.BooleanField(_("announced"), default=False)
    recorded_at = models.DateTimeField(_("recorded at"))

    class Meta:
        verbose_name, verbose_name_plural = _("reminder round"), _("reminder rounds")
        ordering = ["-recorded_at", "-id"]
        constraints = _once_per_round_or_proposal(name="reminder_round_once")

    def __str__(self) -> str:
        # The admin's titles and breadcrumbs name rows by this: in the reader's language (gettext, not
        # lazy — it runs when shown), like the other tracker rows' names.
        return gettext("%(stage)s #%(number)s of prediction %(prediction)s") % {
            "stage": self.get_stage_display(),
            "number": self.proposal_id or self.round,
            "prediction": self.prediction_id,
        }


class ReminderState(models.TextChoices):
    PENDING = "pending", _("Pending")
    SENDING = "sending", _("Sending (claimed)")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Failed")


class DeliveryState(models.TextChoices):
    SENDING = "sending", _("Sending")
    SENT = "sent", _("Sent")
    RETRYING = "retrying", _("Temporary failure, will retry")
    FAILED = "failed", _("Failed permanently")
    INTERRUPTED = "interrupted", _("Interrupted (sender stopped; reclaimed)")


class Delivery(models.Model):
    recipient = user_ref(_("recipient"), on_delete=models.CASCADE)
    email = models.EmailField(_("email"))
    language = models.CharField(_("language"), max_length=10, choices=Language.choices)
    subject = models.CharField(_("subject"), max_length=300, blank=True)
    message_id = models.CharField(_("message id"), max_length=300, blank=True)
    item_count = models.PositiveIntegerField(_("item count"), default=0)
    state = models.CharField(_("state"), max_length=12, choices=DeliveryState.choices, default=DeliveryState.SENDING)
    error = models.TextField(_("error"), blank=True)
    started_at = models.DateTimeField(_("started at"))
    finished_at = instant_or_none(_("finished at"))

    class Meta:
        verbose_name, verbose_name_plural = _("delivery"), _("deliveries")
        ordering = ["-started_at", "-id"]

    def __str__(self) -> str:
        return gettext("digest to %(email)s (%(state)s)") % {"email": self.email, "state": self.get_state_display()}


class Reminder(models.Model):
    prediction = _owed_for("reminders")
    stage = models.CharField(_("stage"), max_length=10, choices=StageChoices.choices)
    round = models.PositiveIntegerField(_("round"), default=0)
    proposal = _awaiting_proposal()
    recipient = user_ref(_("recipient"), on_delete=models.CASCADE, related_name="reminders")
    # Snapshots taken when the reminder was recorded: the log says where it went.
    email = models.EmailField(_("email"))
    language = models.CharField(_("language"), max_length=10, choices=Language.choices, default=Language.ENGLISH)
    escalation = models.BooleanField(
        _("escalation"), default=False, help_text=_("Sent to the recipient as an escalation.")
    )
    state = models.CharField(_("state"), max_length=10, choices=ReminderState.choices, default=ReminderState.PENDING)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(
        _("next attempt at"), help_text=_("Not claimed before this instant (back-off).")
    )
    claimed_at = instant_or_none(_("claimed at"))
    delivery = models.ForeignKey(
        Delivery, null=True, blank=True, on_delete=models.SET_NULL, related_name="reminders", verbose_name=_("delivery")
    )
    sent_at = instant_or_none(_("sent at"))
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created at"))

    class Meta:
        verbose_name, verbose_name_plural = _("reminder"), _("reminders")
        ordering = ["-created_at", "-id"]
        constraints = _once_per_round_or_proposal("recipient", name="reminder_once_per_recipient")
        indexes = [
            # Consumer: tracker.services.reminders.digests (which recipients have work, and
            # the claim itself). Only unfinished rows are in it; the sent ones —
            # nearly all, after a while — stay out.
            models.Index(
                fields=["recipient", "next_attempt_at"],
                name="reminder_unfinished",
                condition=Q(state__in=["pending", "sending"]),
            ),
        ]
        permissions = [("resend_reminder", "Can send a reminder again")]

    def __str__(self) -> str:
        return gettext("%(stage)s #%(number)s of prediction %(prediction)s to %(email)s") % {
            "stage": self.get_stage_display(),
            "number": self.proposal_id or self.round,
            "prediction": self.prediction_id,
            "email": self.email,
        }
