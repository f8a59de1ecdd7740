"""What waits for one reviewer: the "Waiting for you" block at the top of the admin home.

Three lists, each oldest first, with its full count:
- proposals by others that the reviewer may confirm (or reject), oldest proposal first;
- due and overdue public predictions assigned to them, or to nobody (then every reviewer is
  asked), that nobody has proposed a verdict for yet, longest waiting first — the predictions
  the reminders ask them about (``tracker.policy``: non-public ones owe no reminder);
- drafts to finish (``selectors.drafts``), oldest first.

Who may do what is decided by ``services.resolution_actions``, here as on the prediction
page; this module only chooses the candidates and orders them. Each list costs a constant
number of queries.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from django.db.models import Exists, OuterRef, Q
from django.utils import timezone

from predictions.models import Prediction, Resolution, ResolutionState
from predictions.selectors.drafts import drafts_to_finish
from predictions.selectors.predictions import with_pending_proposal
from predictions.services.resolution_actions import propose_refusal, resolution_actions_for

if TYPE_CHECKING:
    from predictions.audit import Actor

QUEUE_LIMIT = 10  # items shown per list; the heading gives the full count


@dataclass(frozen=True)
class WaitingList:
    items: list[Any] = field(default_factory=list)
    count: int = 0

    @property
    def more(self) -> int:
        return self.count - len(self.items)


@dataclass(frozen=True)
class ReviewerQueue:
    to_review: WaitingList  # of Resolution (proposals), each with its prediction
    to_judge: WaitingList  # of Prediction, annotated with status (the badge)
    drafts: WaitingList  # of Prediction

    @property
    def count(self) -> int:
        return self.to_review.count + self.to_judge.count + self.drafts.count

    @property
    def is_empty(self) -> bool:
        return self.count == 0


def proposals_to_review(user: Actor, limit: int = QUEUE_LIMIT) -> WaitingList:
    """Open proposals ``user`` may confirm, oldest first (not their own, not one they already confirmed)."""
    proposals = list(
        Resolution.objects.filter(state=ResolutionState.PROPOSED)
        .select_related("prediction__speaker", "proposed_by")
        .order_by("proposed_at", "id")
    )
    actions = resolution_actions_for([proposal.prediction for proposal in proposals], user)
    waiting = [proposal for proposal in proposals if actions[proposal.prediction_id].confirm.allowed]
    return WaitingList(items=waiting[:limit], count=len(waiting))


def predictions_to_judge(user: Actor, today: datetime.date | None = None, limit: int = QUEUE_LIMIT) -> WaitingList:
    """Due and overdue predictions ``user`` is asked to judge (assigned to them or to nobody) with no
    proposal yet, longest waiting first. Empty for a user who may not propose."""
    if (
        user is None
        or user.pk is None
        or propose_refusal(user, final_resolution_id=None, open_proposal=False) is not None
    ):
        return WaitingList()
    today = today or timezone.localdate()
    assignments = Prediction.reviewers.through.objects.filter(prediction_id=OuterRef("pk"))
    assigned_to_them_or_nobody = Q(Exists(assignments.filter(user_id=user.pk))) | ~Q(Exists(assignments))
    due = (
        with_pending_proposal(Prediction.objects.public().due(today).with_status(today))
        .filter(assigned_to_them_or_nobody, pending_proposal=False)
        .select_related("speaker")
        .order_by("resolve_on", "id")
    )
    return WaitingList(items=list(due[:limit]), count=due.count())


def reviewer_queue(user: Actor, today: datetime.date | None = None, limit: int = QUEUE_LIMIT) -> ReviewerQueue:
    drafts: WaitingList = WaitingList()
    if user is not None and user.has_perm("predictions.change_prediction"):
        found = drafts_to_finish()
        drafts = WaitingList(items=list(found[:limit]), count=found.count())
    return ReviewerQueue(
        to_review=proposals_to_review(user, limit),
        to_judge=predictions_to_judge(user, today, limit),
        drafts=drafts,
    )
