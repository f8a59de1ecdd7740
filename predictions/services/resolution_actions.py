"""What a user may do with a prediction's resolutions now, and why not: the rules, decided once.

The write services (``services.resolutions``) raise the refusals these guards
return; ``resolution_actions`` turns the same answers into what the admin's
buttons and views, the API and a reviewer's queue show. A refusal is a
``LedgerError`` whose message is a translated sentence: ``NotAllowed`` (the
user lacks the permission, or it is their own proposal) or ``StateConflict``
(the prediction's state does not allow it now).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.utils.translation import gettext

from predictions.errors import LedgerError, NotAllowed, StateConflict
from predictions.models import Prediction, Resolution, ResolutionConfirmation, ResolutionState

if TYPE_CHECKING:
    from predictions.audit import Actor

PROPOSE = "predictions.propose_resolution"
CONFIRM = "predictions.confirm_resolution"


class MissingPermission(NotAllowed):
    """Refused because the user lacks the permission (not because of the prediction's state)."""


# --- the guards --------------------------------------------------------------------
def _lacks(user: Actor, permission: str) -> bool:
    """System actions (``user=None``: fixtures) hold every permission."""
    return user is not None and not (user.is_active and user.has_perm(permission))


def propose_refusal(
    user: Actor, *, final_resolution_id: int | None, open_proposal: bool, is_draft: bool = False
) -> LedgerError | None:
    if _lacks(user, PROPOSE):
        return MissingPermission(gettext("You are not allowed to propose resolutions."))
    if is_draft:
        # A draft's claim and criteria are not written yet: there is nothing a verdict could be checked against,
        # and a verdict before publication would let the outcome in before the forecast is on the record.
        return StateConflict(gettext("A draft cannot be resolved: write its claim and criteria and publish it first."))
    if final_resolution_id is not None:
        return StateConflict(
            gettext("This prediction already has a final resolution; supersede it with a reason instead.")
        )
    if open_proposal:
        return StateConflict(
            gettext(
                "A proposed resolution is already awaiting confirmation; confirm or reject it before proposing another."
            )
        )
    return None


def supersede_refusal(
    user: Actor, *, final_resolution_id: int | None, resolution_id: int | None, open_proposal: bool
) -> LedgerError | None:
    """``resolution_id``: the resolution to supersede (None: whichever is final)."""
    if _lacks(user, PROPOSE):
        return MissingPermission(gettext("You are not allowed to supersede resolutions."))
    if final_resolution_id is None or resolution_id not in (None, final_resolution_id):
        return StateConflict(gettext("Only the current final resolution can be superseded."))
    if open_proposal:
        return StateConflict(
            gettext(
                "A proposed resolution is already awaiting confirmation; confirm or reject it before proposing another."
            )
        )
    return None


def review_refusal(
    user: Actor, proposal: Resolution | None, *, confirming: bool, already_confirmed: bool = False
) -> LedgerError | None:
    """May ``user`` confirm (``confirming``) or reject ``proposal``?"""
    if _lacks(user, CONFIRM):
        if confirming:
            return MissingPermission(gettext("You are not allowed to confirm resolutions."))
        return MissingPermission(gettext("You are not allowed to reject resolutions."))
    if proposal is None:
        return StateConflict(gettext("No proposed resolution awaits confirmation."))
    if proposal.state != ResolutionState.PROPOSED:
        state = ResolutionState(proposal.state).label.lower()
        return StateConflict(gettext("This resolution is already %(state)s; nothing to do.") % {"state": state})
    if user is not None and proposal.proposed_by_id == user.pk:
        return NotAllowed(gettext("You proposed this resolution; another reviewer must confirm or reject it."))
    if confirming and already_confirmed:
        return StateConflict(gettext("You have already confirmed this resolution."))
    return None


# --- what the user may do now ---------------------------------------------------------
@dataclass(frozen=True)
class Action:
    """One action: allowed, or refused with the reason."""

    refusal: LedgerError | None = None

    @property
    def allowed(self) -> bool:
        return self.refusal is None

    @property
    def reason(self) -> str:
        return self.refusal.message if self.refusal is not None else ""

    @property
    def forbidden(self) -> bool:
        """Refused for want of a permission (a 403), not because of the prediction's state."""
        return isinstance(self.refusal, MissingPermission)


@dataclass(frozen=True)
class ResolutionActions:
    """What a user may do with one prediction now. ``proposal`` is the open one that
    ``confirm`` and ``reject`` are about (None when nothing awaits confirmation)."""

    propose: Action
    confirm: Action
    reject: Action
    supersede: Action
    proposal: Resolution | None


def resolution_actions_for(predictions: Sequence[Prediction], user: Actor) -> dict[int, ResolutionActions]:
    """``resolution_actions`` for a whole list, by prediction id: two queries whatever its length."""
    ids = [prediction.pk for prediction in predictions]
    proposals = {
        proposal.prediction_id: proposal
        for proposal in Resolution.objects.filter(prediction_id__in=ids, state=ResolutionState.PROPOSED).select_related(
            "proposed_by"
        )
    }
    confirmed: set[int] = set()
    if proposals and user is not None and user.pk is not None:
        confirmed = set(
            ResolutionConfirmation.objects.filter(
                resolution_id__in=[proposal.pk for proposal in proposals.values()], reviewer_id=user.pk
            ).values_list("resolution_id", flat=True)
        )
    result = {}
    for prediction in predictions:
        proposal = proposals.get(prediction.pk)
        final_id, pending = prediction.final_resolution_id, proposal is not None
        already = proposal is not None and proposal.pk in confirmed
        result[prediction.pk] = ResolutionActions(
            propose=Action(
                propose_refusal(user, final_resolution_id=final_id, open_proposal=pending, is_draft=prediction.is_draft)
            ),
            confirm=Action(review_refusal(user, proposal, confirming=True, already_confirmed=already)),
            reject=Action(review_refusal(user, proposal, confirming=False)),
            supersede=Action(
                supersede_refusal(user, final_resolution_id=final_id, resolution_id=None, open_proposal=pending)
            ),
            proposal=proposal,
        )
    return result


def resolution_actions(prediction: Prediction, user: Actor) -> ResolutionActions:
    """What ``user`` may do with ``prediction``'s resolutions now, and why not."""
    return resolution_actions_for([prediction], user)[prediction.pk]
