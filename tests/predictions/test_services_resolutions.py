"""Judging through the services: evidence rules, dates, the quorum, and the
outbox events and audit entries each step leaves."""

from __future__ import annotations

import datetime
import re

import pytest
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import transaction
from django.test import override_settings

from predictions import services
from predictions.errors import NotAllowed, StateConflict
from predictions.models import OutboxEvent, Prediction, Resolution, ResolutionConfirmation, ResolutionState
from tests.factories import PredictionFactory, ReviewerFactory

pytestmark = pytest.mark.django_db

AS_OF = datetime.date(2025, 12, 31)
EVIDENCE = [
    services.EvidenceInput(
        url="https://example.org/acea-2025", title="ACEA registrations 2025", accessed_on=datetime.date(2026, 1, 1)
    )
]


@pytest.fixture
def due(frozen_now: datetime.datetime) -> Prediction:
    """Fell due on 2025-12-01; the clock says 2026-01-01."""
    return PredictionFactory.create(resolve_on=datetime.date(2025, 12, 1))


def events(prediction: Prediction) -> list[str]:
    return list(OutboxEvent.objects.filter(prediction=prediction).order_by("id").values_list("event_type", flat=True))


@pytest.mark.parametrize("outcome", ["correct", "incorrect", "partly_correct"])
def test_a_verdict_on_the_merits_needs_evidence(due: Prediction, reviewer: User, outcome: str) -> None:
    with pytest.raises(ValidationError) as raised:
        services.resolution_propose(prediction=due, outcome=outcome, rationale="Met.", as_of=AS_OF, by=reviewer)

    assert raised.value.message_dict["evidence"][0].endswith("resolution needs at least one piece of evidence.")
    assert not Resolution.objects.exists()
    assert events(due) == []


@pytest.mark.parametrize("outcome", ["correct", "incorrect", "partly_correct"])
def test_with_evidence_it_is_proposed_audited_and_announced(due: Prediction, reviewer: User, outcome: str) -> None:
    proposal = services.resolution_propose(
        prediction=due, outcome=outcome, rationale="Met.", as_of=AS_OF, evidence=EVIDENCE, by=reviewer
    )

    stored = Resolution.objects.get()
    assert stored == proposal
    assert (stored.state, stored.outcome, stored.proposed_by) == (ResolutionState.PROPOSED, outcome, reviewer)
    assert list(stored.evidence.values_list("title", flat=True)) == ["ACEA registrations 2025"]
    assert [(h.history_user, h.history_change_reason) for h in stored.history.all()] == [(reviewer, "Proposed")]
    assert events(due) == ["resolution.proposed"]
    payload = OutboxEvent.objects.get().payload["data"]
    # The event says a proposal waits, not what it proposes (issue 9, finding 5).
    assert payload["resolution"] == {"id": proposal.pk, "state": "proposed", "supersedes": None}
    assert payload["prediction"]["status"] == "due"


@pytest.mark.parametrize("outcome", ["unresolvable", "annulled"])
def test_unresolvable_and_annulled_need_no_evidence(due: Prediction, reviewer: User, outcome: str) -> None:
    proposal = services.resolution_propose(
        prediction=due, outcome=outcome, rationale="The statistics office closed.", as_of=AS_OF, by=reviewer
    )

    assert Resolution.objects.get().outcome == outcome
    assert proposal.evidence.count() == 0


@pytest.mark.parametrize(
    ("as_of", "message"),
    [
        (datetime.date(2026, 1, 2), "The as-of date cannot be in the future."),
        (datetime.date(2024, 5, 29), "The as-of date cannot be before the prediction was made."),
    ],
)
def test_the_as_of_date_lies_between_the_prediction_and_today(
    due: Prediction, reviewer: User, as_of: datetime.date, message: str
) -> None:
    with pytest.raises(ValidationError) as raised:
        services.resolution_propose(
            prediction=due, outcome="correct", rationale="Met.", as_of=as_of, evidence=EVIDENCE, by=reviewer
        )

    assert raised.value.message_dict == {"as_of": [message]}
    assert not Resolution.objects.exists()


def test_outcome_and_rationale_are_checked(due: Prediction, reviewer: User) -> None:
    with pytest.raises(ValidationError) as raised:
        services.resolution_propose(prediction=due, outcome="maybe", rationale=" ", as_of=AS_OF, by=reviewer)

    assert set(raised.value.message_dict) == {"outcome", "rationale"}
    assert not Resolution.objects.exists()


def test_only_reviewers_propose(due: Prediction, staff_outsider: User) -> None:
    with pytest.raises(NotAllowed, match=re.escape("You are not allowed to propose resolutions.")):
        services.resolution_propose(prediction=due, outcome="annulled", rationale="x", as_of=AS_OF, by=staff_outsider)

    assert not Resolution.objects.exists()


def test_confirmation_makes_it_final_moves_the_version_and_announces_it(
    due: Prediction, reviewer: User, second_reviewer: User
) -> None:
    proposal = services.resolution_propose(
        prediction=due, outcome="correct", rationale="Met.", as_of=AS_OF, evidence=EVIDENCE, by=reviewer
    )

    final = services.resolution_confirm(resolution=proposal, by=second_reviewer)

    assert final.state == ResolutionState.FINAL
    stored = Prediction.objects.get(pk=due.pk)
    assert (stored.final_resolution_id, stored.version) == (proposal.pk, 2)
    assert events(due) == ["resolution.proposed", "prediction.resolved"]
    resolved = OutboxEvent.objects.get(event_type="prediction.resolved").payload["data"]
    assert resolved["prediction"]["status"] == "resolved"
    assert resolved["resolution"] == {
        "id": proposal.pk,
        "outcome": "correct",
        "state": "final",
        "as_of": "2025-12-31",
        "rationale": "Met.",
        "supersedes": None,
    }
    assert [
        (h.history_user, h.history_change_reason) for h in Resolution.objects.get().history.order_by("history_id")
    ] == [
        (reviewer, "Proposed"),
        (second_reviewer, "Confirmed"),
    ]


def test_a_rolled_back_confirmation_leaves_no_event_and_no_verdict(
    due: Prediction, reviewer: User, second_reviewer: User
) -> None:
    proposal = services.resolution_propose(prediction=due, outcome="annulled", rationale="x", as_of=AS_OF, by=reviewer)

    with pytest.raises(RuntimeError), transaction.atomic():
        services.resolution_confirm(resolution=proposal, by=second_reviewer)
        raise RuntimeError("the request failed after the service returned")

    assert events(due) == ["resolution.proposed"]
    assert Resolution.objects.get().state == ResolutionState.PROPOSED
    assert Prediction.objects.get(pk=due.pk).final_resolution_id is None


@override_settings(HINDSIGHT_RESOLUTION_QUORUM=3)
def test_a_quorum_of_three_needs_two_confirmations_by_different_reviewers(
    due: Prediction, reviewer: User, second_reviewer: User
) -> None:
    third_reviewer = ReviewerFactory.create(username="chen")
    proposal = services.resolution_propose(prediction=due, outcome="annulled", rationale="x", as_of=AS_OF, by=reviewer)

    after_one = services.resolution_confirm(resolution=proposal, by=second_reviewer)

    assert after_one.state == ResolutionState.PROPOSED
    assert Resolution.objects.get().state == ResolutionState.PROPOSED
    assert Prediction.objects.get(pk=due.pk).final_resolution_id is None
    assert events(due) == ["resolution.proposed"]

    with pytest.raises(StateConflict, match=re.escape("You have already confirmed this resolution.")):
        services.resolution_confirm(resolution=proposal, by=second_reviewer)
    with pytest.raises(NotAllowed):
        services.resolution_confirm(resolution=proposal, by=reviewer)
    assert ResolutionConfirmation.objects.count() == 1

    after_two = services.resolution_confirm(resolution=proposal, by=third_reviewer)

    assert after_two.state == ResolutionState.FINAL
    stored = Resolution.objects.get()
    assert (stored.state, stored.confirmed_by) == (ResolutionState.FINAL, third_reviewer)
    assert set(stored.confirmations.values_list("reviewer__username", flat=True)) == {"bao", "chen"}
    assert Prediction.objects.get(pk=due.pk).final_resolution_id == proposal.pk
    assert events(due) == ["resolution.proposed", "prediction.resolved"]


def test_a_rejected_or_final_proposal_cannot_be_confirmed_or_rejected_again(
    due: Prediction, reviewer: User, second_reviewer: User
) -> None:
    proposal = services.resolution_propose(prediction=due, outcome="annulled", rationale="x", as_of=AS_OF, by=reviewer)

    with pytest.raises(ValidationError):
        services.resolution_reject(resolution=proposal, by=second_reviewer, reason="")
    with pytest.raises(NotAllowed):
        services.resolution_reject(resolution=proposal, by=reviewer, reason="Changed my mind")
    services.resolution_reject(resolution=proposal, by=second_reviewer, reason="Not annullable.")

    with pytest.raises(StateConflict, match=re.escape("This resolution is already rejected; nothing to do.")):
        services.resolution_confirm(resolution=proposal, by=second_reviewer)
    stored = Resolution.objects.get()
    assert (stored.state, stored.rejected_by, stored.rejection_reason) == (
        ResolutionState.REJECTED,
        second_reviewer,
        "Not annullable.",
    )
    assert [(h.history_user, h.history_change_reason) for h in stored.history.order_by("history_id")] == [
        (reviewer, "Proposed"),
        (second_reviewer, "Rejected: Not annullable."),
    ]


def test_supersede_replaces_the_verdict_only_when_confirmed(
    due: Prediction, reviewer: User, second_reviewer: User
) -> None:
    first = services.resolution_propose(prediction=due, outcome="annulled", rationale="x", as_of=AS_OF, by=reviewer)
    services.resolution_confirm(resolution=first, by=second_reviewer)

    second = services.resolution_supersede(
        resolution=first,
        outcome="correct",
        rationale="The statistics were published after all.",
        as_of=AS_OF,
        evidence=EVIDENCE,
        reason="New data",
        by=second_reviewer,
    )

    assert Prediction.objects.get(pk=due.pk).final_resolution_id == first.pk
    assert Resolution.objects.get(pk=first.pk).state == ResolutionState.FINAL
    with pytest.raises(StateConflict, match=re.escape("Only the current final resolution can be superseded.")):
        services.resolution_supersede(
            resolution=second, outcome="correct", rationale="y", as_of=AS_OF, evidence=EVIDENCE, reason="z", by=reviewer
        )

    services.resolution_confirm(resolution=second, by=reviewer)

    assert dict(Resolution.objects.values_list("pk", "state")) == {first.pk: "superseded", second.pk: "final"}
    assert Prediction.objects.get(pk=due.pk).final_resolution_id == second.pk
    assert events(due)[-3:] == ["resolution.proposed", "resolution.superseded", "prediction.resolved"]


def test_a_rejected_supersede_proposal_does_not_block_the_next_one(
    due: Prediction, reviewer: User, second_reviewer: User
) -> None:
    """The rejected re-resolution still points at the final one; a second attempt must not collide with it."""
    first = services.resolution_propose(prediction=due, outcome="annulled", rationale="x", as_of=AS_OF, by=reviewer)
    services.resolution_confirm(resolution=first, by=second_reviewer)
    turned_down = services.resolution_supersede(
        resolution=first, outcome="correct", rationale="y", as_of=AS_OF, evidence=EVIDENCE, reason="z", by=reviewer
    )
    services.resolution_reject(resolution=turned_down, by=second_reviewer, reason="The data says otherwise.")

    again = services.resolution_supersede(
        resolution=first,
        outcome="incorrect",
        rationale="The final figures.",
        as_of=AS_OF,
        evidence=EVIDENCE,
        reason="Final figures published",
        by=reviewer,
    )
    services.resolution_confirm(resolution=again, by=second_reviewer)

    assert dict(Resolution.objects.values_list("pk", "state")) == {
        first.pk: "superseded",
        turned_down.pk: "rejected",
        again.pk: "final",
    }
    assert Resolution.objects.get(pk=again.pk).supersedes_id == first.pk
    assert Prediction.objects.get(pk=due.pk).final_resolution_id == again.pk
