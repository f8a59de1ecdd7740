"""Writes that judge predictions: propose, confirm, reject, supersede.

The rules, the same for the admin and the API because both call these:
- only reviewers (``predictions.propose_resolution``) propose; correct,
  incorrect and partly-correct proposals need at least one piece of evidence;
- a proposal becomes final when ``HINDSIGHT_RESOLUTION_QUORUM - 1`` *other*
  reviewers (``predictions.confirm_resolution``) confirm it; any other
  reviewer may reject it instead, with a reason;
- a final resolution is never edited: a new proposal ``supersedes`` it, with a
  reason, and replaces it only once confirmed in turn.

Concurrency: confirm and reject lock the proposal row (``SELECT … FOR
UPDATE``), so of two reviewers confirming at once one wins and the other sees
a ``StateConflict``. The partial unique constraints (one final, one open
proposal per prediction) back this up in the database.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Required, TypedDict, Unpack

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext

from predictions.audit import audited_save
from predictions.errors import LedgerError, StateConflict
from predictions.models import Evidence, Outcome, Prediction, Resolution, ResolutionConfirmation, ResolutionState
from predictions.outbox import outbox_emit
from predictions.public_cache import HOME, prediction_subject, speaker_subject, touch_on_commit
from predictions.services.resolution_actions import propose_refusal, review_refusal, supersede_refusal
from predictions.services.tallies import prediction_changed, prediction_snapshot

if TYPE_CHECKING:
    from django.contrib.auth.models import User


def _touch_pages_listing(prediction: Prediction) -> None:
    """A proposal changes no tally, but its page, its speaker's page and the home page's "awaiting
    reviewers" list show it ("proposed — awaiting a second reviewer"): refresh those three after commit."""
    if prediction.is_public:
        touch_on_commit(prediction_subject(prediction.pk), speaker_subject(prediction.speaker.slug), HOME)


def _refuse(refusal: LedgerError | None) -> None:
    if refusal is not None:
        raise refusal


def _has_open_proposal(prediction: Prediction) -> bool:
    return Resolution.objects.filter(prediction=prediction, state=ResolutionState.PROPOSED).exists()


@dataclass(frozen=True)
class EvidenceInput:
    url: str
    title: str
    accessed_on: datetime.date
    publisher: str = ""
    excerpt: str = ""
    archived_url: str = ""


class Judgement(TypedDict, total=False):
    """What a reviewer decides, as ``resolution_propose`` and ``resolution_supersede`` take it (keywords):
    the outcome, the rationale and the as-of date always; the evidence, the reason for judging before the
    resolve-on date and the rationale in Chinese when there are any."""

    outcome: Required[str]
    rationale: Required[str]
    as_of: Required[datetime.date]
    evidence: Sequence[EvidenceInput]
    early_reason: str
    rationale_zh: str


def is_early(prediction: Prediction, today: datetime.date | None = None) -> bool:
    """Judged before its resolve-on date: allowed only with a published reason (see the methodology page)."""
    return prediction.resolve_on > (today or timezone.localdate())


def _validate_judgement(prediction: Prediction, judgement: Judgement) -> None:
    outcome, rationale, as_of = judgement["outcome"], judgement["rationale"], judgement["as_of"]
    early_reason = judgement.get("early_reason", "")
    errors: dict[str, str] = {}
    if outcome not in Outcome.values:
        errors["outcome"] = f"Choose one of: {', '.join(Outcome.values)}."
    if not rationale.strip():
        errors["rationale"] = "Explain the judgement; the rationale is published."
    if as_of > timezone.localdate():
        errors["as_of"] = "The as-of date cannot be in the future."
    elif as_of < prediction.made_on:
        errors["as_of"] = "The as-of date cannot be before the prediction was made."
    if outcome in Outcome.needing_evidence() and not judgement.get("evidence"):
        errors["evidence"] = f"A “{Outcome(outcome).label}” resolution needs at least one piece of evidence."
    if is_early(prediction) and not early_reason.strip():
        errors["early_reason"] = gettext(
            "This prediction is not due until %(date)s. To judge it early, say why it is already decided "
            "(for example, the event happened or can no longer happen); the reason is published with the verdict."
        ) % {"date": prediction.resolve_on.isoformat()}
    elif early_reason.strip() and not is_early(prediction):
        errors["early_reason"] = gettext(
            "This prediction is already due; a reason for judging early applies only before %(date)s."
        ) % {"date": prediction.resolve_on.isoformat()}
    if errors:
        raise ValidationError(errors)


def _create_proposal(
    *, prediction: Prediction, judgement: Judgement, by: User, supersedes: Resolution | None = None, reason: str = ""
) -> Resolution:
    _validate_judgement(prediction, judgement)
    resolution = Resolution(
        prediction=prediction,
        outcome=judgement["outcome"],
        rationale=judgement["rationale"],
        rationale_zh=judgement.get("rationale_zh", "").strip(),
        as_of=judgement["as_of"],
        proposed_by=by,
        proposed_at=timezone.now(),
        supersedes=supersedes,
        supersede_reason=reason,
        early_reason=judgement.get("early_reason", ""),
    )
    audited_save(resolution, by=by, reason=f"Superseding: {reason}" if supersedes else "Proposed")
    for index, item in enumerate(judgement.get("evidence", ())):
        try:
            audited_save(Evidence(resolution=resolution, **item.__dict__), by=by, reason="Evidence for a proposal")
        except ValidationError as error:  # name the row: "evidence.1.title"
            raise ValidationError(
                {f"evidence.{index}.{field}": messages for field, messages in error.message_dict.items()}
            ) from None
    outbox_emit(event_type="resolution.proposed", prediction=prediction, resolution=resolution)
    _touch_pages_listing(prediction)  # they announce the pending proposal; no tally moves
    return resolution


@transaction.atomic
def resolution_propose(*, prediction: Prediction, by: User, **judgement: Unpack[Judgement]) -> Resolution:
    """Propose how a prediction turned out (``judgement``: ``Judgement``'s keywords). Steps:

    1. only a reviewer; lock the prediction so proposals for it queue up;
    2. refuse a draft, and when a resolution is already final (supersede it instead)
       or a proposal already waits (``resolution_actions.propose_refusal``);
    3. validate outcome, rationale, as-of date and evidence, and before the
       resolve-on date require ``early_reason`` (published with the verdict);
    4. save the proposal and its evidence, audited; emit ``resolution.proposed``.
    """
    _refuse(propose_refusal(by, final_resolution_id=None, open_proposal=False))
    prediction = Prediction.objects.select_for_update().select_related("speaker").get(pk=prediction.pk)
    pending = _has_open_proposal(prediction)
    _refuse(
        propose_refusal(
            by, final_resolution_id=prediction.final_resolution_id, open_proposal=pending, is_draft=prediction.is_draft
        )
    )
    return _create_proposal(prediction=prediction, judgement=judgement, by=by)


@transaction.atomic
def resolution_supersede(
    *, resolution: Resolution, reason: str, by: User, **judgement: Unpack[Judgement]
) -> Resolution:
    """Propose a re-resolution of a final one. It replaces the final one only
    when confirmed, like any proposal; until then the old verdict stands."""
    _refuse(supersede_refusal(by, final_resolution_id=resolution.pk, resolution_id=None, open_proposal=False))
    if not reason.strip():
        raise ValidationError({"reason": "Say why the final resolution is superseded; the reason is published."})
    prediction = Prediction.objects.select_for_update().select_related("speaker").get(pk=resolution.prediction_id)
    _refuse(
        supersede_refusal(
            by,
            final_resolution_id=prediction.final_resolution_id,
            resolution_id=resolution.pk,
            open_proposal=_has_open_proposal(prediction),
        )
    )
    return _create_proposal(prediction=prediction, judgement=judgement, by=by, supersedes=resolution, reason=reason)


def _lock_open_proposal(resolution: Resolution, by: User, *, confirming: bool) -> Resolution:
    locked = Resolution.objects.select_for_update().get(pk=resolution.pk)
    already = confirming and locked.confirmations.filter(reviewer_id=by.pk).exists()
    _refuse(review_refusal(by, locked, confirming=confirming, already_confirmed=already))
    return locked


@transaction.atomic
def resolution_confirm(*, resolution: Resolution, by: User) -> Resolution:
    """Confirm another reviewer's proposal. Steps:

    1. only a reviewer other than the proposer; lock the proposal, which must
       still be proposed (the loser of a race stops here);
    2. record the confirmation (once per reviewer);
    3. with the quorum reached: the superseded resolution (if any) steps down,
       this one becomes final, the prediction points at it and its version
       moves on; emit ``prediction.resolved`` (and ``resolution.superseded``);
       move the kept tallies; after commit, refresh the pages that show it.
    """
    _refuse(review_refusal(by, resolution, confirming=True))
    locked = _lock_open_proposal(resolution, by, confirming=True)
    now = timezone.now()
    try:
        with transaction.atomic():
            ResolutionConfirmation.objects.create(resolution=locked, reviewer=by, confirmed_at=now)
    except IntegrityError:
        # Two requests of one reviewer at once: the unique constraint is the last word.
        raise StateConflict(gettext("You have already confirmed this resolution.")) from None
    if locked.confirmations.count() < settings.HINDSIGHT_RESOLUTION_QUORUM - 1:
        return locked

    # Lock order everywhere: proposal, then prediction, then the superseded row.
    prediction = Prediction.objects.select_for_update().select_related("speaker").get(pk=locked.prediction_id)
    before = prediction_snapshot(prediction)
    if locked.supersedes_id is not None:
        # Step down first: the database allows only one final row per prediction.
        previous = Resolution.objects.select_for_update().get(pk=locked.supersedes_id)
        previous.state = ResolutionState.SUPERSEDED
        audited_save(previous, by=by, reason=f"Superseded: {locked.supersede_reason}")
    locked.state = ResolutionState.FINAL
    locked.confirmed_by = by
    locked.confirmed_at = now
    audited_save(locked, by=by, reason="Confirmed")
    Prediction.objects.filter(pk=prediction.pk).update(final_resolution=locked, version=F("version") + 1)
    prediction.refresh_from_db()
    if locked.supersedes_id is not None:
        outbox_emit(event_type="resolution.superseded", prediction=prediction, resolution=locked)
    outbox_emit(event_type="prediction.resolved", prediction=prediction, resolution=locked)
    # The verdict moves the speaker's tally in this transaction; the pages that
    # show it are refreshed after the commit, so that a process recomputing them
    # at once reads the verdict, not the old state.
    prediction_changed(before=before, after=prediction_snapshot(prediction))
    return locked


@transaction.atomic
def resolution_reject(*, resolution: Resolution, by: User, reason: str) -> Resolution:
    """Turn down another reviewer's proposal, with a reason; the prediction
    stays as it was (due, or resolved by the earlier final resolution). The
    ``resolution.rejected`` outbox event lets the tracker tell the proposer."""
    _refuse(review_refusal(by, resolution, confirming=False))
    if not reason.strip():
        raise ValidationError({"reason": "Say why the proposal is rejected; the proposer will read it."})
    locked = _lock_open_proposal(resolution, by, confirming=False)
    locked.state = ResolutionState.REJECTED
    locked.rejected_by = by
    locked.rejected_at = timezone.now()
    locked.rejection_reason = reason
    audited_save(locked, by=by, reason=f"Rejected: {reason}")
    # For the tracker, which tells the proposer (not a webhook event: see outbox.INTERNAL_EVENT_TYPES).
    outbox_emit(event_type="resolution.rejected", prediction=locked.prediction, resolution=locked)
    _touch_pages_listing(locked.prediction)  # the pending-proposal notice and badge go away
    return locked
