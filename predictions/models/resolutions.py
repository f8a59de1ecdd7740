"""Judgements of predictions: resolutions, their confirmations and evidence.

A resolution is append-only: proposed, confirmed by other reviewers until it
is final (``Prediction.final_resolution`` points at it), rejected, or
superseded by a later one. Writes go through ``predictions.services``.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from predictions.models.fields import (
    instant_or_none,
    optional_ref,
    passage,
    reviewer_or_none,
    text_line,
    url_field,
    user_ref,
)
from predictions.models.ledger import Prediction


class Outcome(models.TextChoices):
    CORRECT = "correct", _("Correct")
    INCORRECT = "incorrect", _("Incorrect")
    PARTLY_CORRECT = "partly_correct", _("Partly correct")
    UNRESOLVABLE = "unresolvable", _("Unresolvable")
    ANNULLED = "annulled", _("Annulled")

    @classmethod
    def needing_evidence(cls) -> frozenset[str]:
        return frozenset({cls.CORRECT, cls.INCORRECT, cls.PARTLY_CORRECT})


class ResolutionState(models.TextChoices):
    PROPOSED = "proposed", _("Proposed")
    FINAL = "final", _("Final")
    REJECTED = "rejected", _("Rejected")
    SUPERSEDED = "superseded", _("Superseded")


# The states of a verdict: the one that stands and those it replaced. Both were confirmed
# (a constraint below) and both are published (``selectors.history``).
VERDICT_STATES = (ResolutionState.FINAL, ResolutionState.SUPERSEDED)


class Resolution(models.Model):
    """One judgement of a prediction. Append-only: never edited in place.

    A proposal becomes final when enough other reviewers confirm it
    (``HINDSIGHT_RESOLUTION_QUORUM``). A later re-resolution ``supersedes`` a
    final one, with a reason; both stay in the history.
    """

    prediction = models.ForeignKey(
        Prediction, on_delete=models.PROTECT, related_name="resolutions", verbose_name=_("prediction")
    )
    outcome = models.CharField(_("outcome"), max_length=20, choices=Outcome.choices)
    rationale = passage(_("rationale"))
    rationale_zh = passage(_("rationale (Chinese)"), blank=True)
    as_of = models.DateField(_("as of"), help_text=_("The date the evidence describes."))
    state = models.CharField(
        _("state"), max_length=12, choices=ResolutionState.choices, default=ResolutionState.PROPOSED
    )
    proposed_by = user_ref(_("proposed by"))
    proposed_at = models.DateTimeField(_("proposed at"))
    confirmed_by = reviewer_or_none(_("confirmed by"))
    confirmed_at = instant_or_none(_("confirmed at"))
    rejected_by = reviewer_or_none(_("rejected by"))
    rejected_at = instant_or_none(_("rejected at"))
    rejection_reason = passage(_("rejection reason"), blank=True)
    # Not a OneToOneField: a rejected re-resolution keeps pointing at the verdict it
    # failed to replace, and the next attempt must be able to point at it too. The
    # constraint below allows one live (proposed, final or superseded) row per target.
    supersedes: models.ForeignKey[Resolution | None, Resolution | None] = optional_ref(
        "self", _("supersedes"), related_name="superseded_by"
    )
    supersede_reason = passage(_("supersede reason"), blank=True)
    # Why it was judged before its resolve-on date (required then, by the service); published.
    early_reason = passage(_("early reason"), blank=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name, verbose_name_plural = _("resolution"), _("resolutions")
        ordering = ["prediction_id", "proposed_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["prediction"],
                condition=Q(state="final"),
                name="resolution_one_final_per_prediction",
                violation_error_message=_("This prediction already has a final resolution."),
            ),
            models.UniqueConstraint(
                fields=["prediction"],
                condition=Q(state="proposed"),
                name="resolution_one_open_proposal_per_prediction",
                violation_error_message=_("This prediction already has a proposal awaiting confirmation."),
            ),
            models.CheckConstraint(
                condition=Q(confirmed_by__isnull=True) | ~Q(confirmed_by=models.F("proposed_by")),
                name="resolution_confirmer_differs_from_proposer",
                violation_error_message=_("A resolution must be confirmed by a reviewer other than its proposer."),
            ),
            models.CheckConstraint(
                condition=~Q(state__in=list(VERDICT_STATES))
                | Q(confirmed_by__isnull=False, confirmed_at__isnull=False),
                name="resolution_final_is_confirmed",
            ),
            models.UniqueConstraint(
                fields=["supersedes"],
                condition=~Q(state="rejected"),
                name="resolution_superseded_once_unless_rejected",
                violation_error_message=_("This resolution is already being superseded."),
            ),
            models.CheckConstraint(
                condition=Q(supersedes__isnull=True) | ~Q(supersede_reason=""),
                name="resolution_supersede_has_reason",
                violation_error_message=_("Say why the earlier resolution is superseded."),
            ),
        ]
        indexes = [
            # Consumers: selectors.recently_resolved — the scoreboard's "Recently
            # resolved" and the Atom feeds read the newest verdicts first and stop
            # after a few, walking this index instead of sorting every verdict.
            models.Index(
                F("confirmed_at").desc(),
                F("id").desc(),
                name="resolution_final_by_confirmed",
                condition=Q(state="final"),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_outcome_display()} ({self.get_state_display()})"


class ResolutionConfirmation(models.Model):
    """A reviewer's confirmation of a proposal; the quorum counts these."""

    resolution = models.ForeignKey(Resolution, on_delete=models.PROTECT, related_name="confirmations")
    reviewer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    confirmed_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["resolution", "reviewer"], name="confirmation_once_per_reviewer"),
        ]

    def __str__(self) -> str:
        return f"confirmation of resolution {self.resolution_id} by user {self.reviewer_id}"


class Evidence(models.Model):
    resolution = models.ForeignKey(
        Resolution, on_delete=models.PROTECT, related_name="evidence", verbose_name=_("resolution")
    )
    url = url_field(_("url"))
    title = text_line(_("title"), 500)
    publisher = text_line(_("publisher"), 200, blank=True)
    accessed_on = models.DateField(_("accessed on"))
    excerpt = passage(_("excerpt"), blank=True)
    archived_url = url_field(_("archived url"), blank=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name, verbose_name_plural = _("evidence"), _("evidence")
        ordering = ["id"]

    def __str__(self) -> str:
        return self.title
