"""Notices to a proposer: their proposal was confirmed or rejected.

One row per (resolution, kind), written by the outbox relay in the transaction that
publishes the event, so the event is turned into a notice exactly once whatever relays
run; the row is then claimed (pending → sending) by one sender, sent, and logged.
"""

from __future__ import annotations

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from predictions.models import Resolution
from predictions.models.fields import instant_or_none, user_ref


class ProposalNoticeKind(models.TextChoices):
    CONFIRMED = "confirmed", _("Confirmed")
    REJECTED = "rejected", _("Rejected")


class ProposalNoticeState(models.TextChoices):
    PENDING = "pending", _("Pending")
    SENDING = "sending", _("Sending")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Failed")


class ProposalNotice(models.Model):
    resolution = models.ForeignKey(Resolution, on_delete=models.PROTECT, related_name="+", verbose_name=_("resolution"))
    kind = models.CharField(_("kind"), max_length=10, choices=ProposalNoticeKind.choices)
    recipient = user_ref(_("recipient"))
    state = models.CharField(
        _("state"), max_length=10, choices=ProposalNoticeState.choices, default=ProposalNoticeState.PENDING
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    error = models.TextField(_("error"), blank=True)
    created_at = models.DateTimeField(_("created at"))
    next_attempt_at = models.DateTimeField(
        _("next attempt at"), help_text=_("Not claimed before this instant (back-off).")
    )
    claimed_at = instant_or_none(_("claimed at"))
    sent_at = instant_or_none(_("sent at"))

    class Meta:
        verbose_name, verbose_name_plural = _("proposal notice"), _("proposal notices")
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(fields=["resolution", "kind"], name="proposal_notice_once"),
        ]
        indexes = [
            # Consumer: services.notices.notices_send, which reads the unsent ones oldest first.
            models.Index(fields=["id"], name="proposal_notice_unsent", condition=Q(state__in=["pending", "sending"])),
        ]

    def __str__(self) -> str:
        return gettext("%(kind)s notice for resolution %(resolution)s") % {
            "kind": self.get_kind_display(),
            "resolution": self.resolution_id,
        }
