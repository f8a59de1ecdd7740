"""The reviewers' flow through the admin, as two reviewers walk it with a browser:
Ada proposes with evidence, cannot confirm her own proposal, Bao confirms, the
prediction is resolved and read-only, and the history keeps both of them."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
import time_machine
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse
from pytest_django.asserts import assertContains, assertNotContains

from predictions import services
from predictions.models import Evidence, OutboxEvent, Prediction, Resolution, ResolutionState
from tests.conftest import FIXED_UTC
from tests.factories import PredictionFactory

CONFIRMED_AT = datetime.datetime(2026, 1, 2, 14, 30, tzinfo=datetime.UTC)
DUE_SLUG = "no-exponential-inflection-with-next-model"  # fell due on 2025-12-31


def change_url(prediction: Prediction) -> str:
    return reverse("admin:predictions_prediction_change", args=[prediction.pk])


def propose_url(prediction: Prediction) -> str:
    return reverse("admin:predictions_prediction_propose", args=[prediction.pk])


def review_url(resolution: Resolution) -> str:
    return reverse("admin:predictions_prediction_review", args=[resolution.prediction_id, resolution.pk])


def supersede_url(resolution: Resolution) -> str:
    return reverse("admin:predictions_prediction_supersede", args=[resolution.prediction_id, resolution.pk])


def judgement_form(*, evidence: list[dict[str, str]], today: str = "2026-01-01", **fields: str) -> dict[str, Any]:
    """The POST body of the propose/supersede page: the form, the filled evidence
    rows and one blank extra row as the browser sends it (date prefilled)."""
    data: dict[str, Any] = {
        "outcome": "correct",
        "rationale": "No model released in 2025 was described by OpenAI as an exponential leap.",
        "as_of": "2025-12-31",
        **fields,
        "evidence-TOTAL_FORMS": str(len(evidence) + 1),
        "evidence-INITIAL_FORMS": "0",
        "evidence-MIN_NUM_FORMS": "0",
        "evidence-MAX_NUM_FORMS": "20",
    }
    blank = {"url": "", "title": "", "publisher": "", "accessed_on": today, "archived_url": "", "excerpt": ""}
    for index, row in enumerate([*evidence, blank]):
        for name, value in {**blank, **row}.items():
            data[f"evidence-{index}-{name}"] = value
    return data


EVIDENCE = {
    "url": "https://openai.com/index/introducing-gpt-5/",
    "title": "Introducing GPT-5",
    "publisher": "OpenAI",
    "accessed_on": "2026-01-01",
    "excerpt": "a significant leap",
}


@pytest.fixture
def due_prediction(article: None) -> Prediction:
    return Prediction.objects.get(slug=DUE_SLUG)


@pytest.mark.django_db
def test_ada_proposes_bao_confirms_and_the_prediction_is_resolved(
    frozen_now: datetime.datetime,
    due_prediction: Prediction,
    reviewer: User,
    second_reviewer: User,
    reviewer_client: Client,
    second_reviewer_client: Client,
) -> None:
    # --- Ada opens the due prediction and proposes, with evidence ---------------
    page = reviewer_client.get(change_url(due_prediction))
    assertContains(page, "Propose resolution")
    assertContains(page, "Not judged yet.")
    assertContains(page, "<mark>我们并不认为我们正处于任何指数增长的临界点。</mark>")
    assert reviewer_client.get(propose_url(due_prediction)).status_code == 200

    response = reviewer_client.post(propose_url(due_prediction), judgement_form(evidence=[EVIDENCE]), follow=True)

    assert response.redirect_chain == [(change_url(due_prediction), 302)]
    assertContains(response, "Resolution proposed. Another reviewer must confirm it before it is final.")
    proposal = Resolution.objects.get(prediction=due_prediction)
    assert (proposal.state, proposal.outcome, proposal.proposed_by, proposal.proposed_at) == (
        ResolutionState.PROPOSED,
        "correct",
        reviewer,
        FIXED_UTC,
    )
    assert proposal.as_of == datetime.date(2025, 12, 31)
    assert list(proposal.evidence.values_list("url", "title", "publisher", "accessed_on")) == [
        (EVIDENCE["url"], "Introducing GPT-5", "OpenAI", datetime.date(2026, 1, 1))
    ]  # the blank extra row was skipped

    # --- Ada cannot confirm her own proposal -------------------------------------
    page = reviewer_client.get(change_url(due_prediction))
    assertNotContains(page, review_url(proposal))
    assertNotContains(page, "Confirm / Reject proposal")
    assertContains(page, "You proposed this resolution; another reviewer must confirm or reject it.")

    own_review_page = reviewer_client.get(review_url(proposal))
    assertContains(own_review_page, "You proposed this resolution; another reviewer must confirm or reject it.")
    assertNotContains(own_review_page, "Confirm this resolution")

    response = reviewer_client.post(review_url(proposal), {"action": "confirm"}, follow=True)

    assertContains(response, "You proposed this resolution; another reviewer must confirm or reject it.")
    proposal.refresh_from_db()
    due_prediction.refresh_from_db()
    assert proposal.state == ResolutionState.PROPOSED
    assert proposal.confirmations.count() == 0
    assert due_prediction.final_resolution_id is None

    # --- Bao sees the Confirm link and confirms, a day later ---------------------
    with time_machine.travel(CONFIRMED_AT, tick=False):
        page = second_reviewer_client.get(change_url(due_prediction))
        assertContains(page, f'href="{review_url(proposal)}"')
        assertContains(second_reviewer_client.get(review_url(proposal)), "Introducing GPT-5")

        response = second_reviewer_client.post(review_url(proposal), {"action": "confirm"}, follow=True)

    assertContains(response, "Confirmed. The resolution is final and published.")
    proposal.refresh_from_db()
    due_prediction.refresh_from_db()
    assert (proposal.state, proposal.confirmed_by, proposal.confirmed_at) == (
        ResolutionState.FINAL,
        second_reviewer,
        CONFIRMED_AT,
    )
    assert due_prediction.final_resolution == proposal
    assert Prediction.objects.with_status().get(pk=due_prediction.pk).status == "resolved"

    # --- The prediction shows resolved, read-only, with both reviewers in the history
    page = second_reviewer_client.get(change_url(due_prediction))
    assert page.status_code == 200
    assert page.context["has_change_permission"] is False
    assertNotContains(page, 'name="_save"')
    assertNotContains(page, "Propose resolution")
    assertContains(page, "Supersede resolution")
    assertContains(page, 'class="badge badge-resolved"')
    history = page.content.decode()
    assert "ada<br>2026-01-01 09:00" in history
    assert "confirmed by bao<br>2026-01-02 14:30" in history
    assert '<tr class="resolution-final">' in history

    changelist = second_reviewer_client.get(reverse("admin:predictions_prediction_changelist"))
    assertContains(changelist, "Correct")
    assertContains(changelist, 'class="badge badge-resolved"')

    assert second_reviewer_client.post(change_url(due_prediction), {"claim": "Edited"}).status_code == 403
    assert Prediction.objects.get(pk=due_prediction.pk).claim == due_prediction.claim

    # --- The audit trail says who did what and why ------------------------------
    audit = [(h.history_type, h.history_user, h.history_change_reason, h.state) for h in proposal.history.all()]
    assert sorted(audit, key=lambda row: row[3] == "final") == [
        ("+", reviewer, "Proposed", "proposed"),
        ("~", second_reviewer, "Confirmed", "final"),
    ]
    evidence = Evidence.objects.get(resolution=proposal)
    assert [(h.history_user, h.history_change_reason) for h in evidence.history.all()] == [
        (reviewer, "Evidence for a proposal")
    ]
    assert list(
        OutboxEvent.objects.filter(prediction=due_prediction).order_by("id").values_list("event_type", flat=True)
    ) == [
        "prediction.created",
        *["prediction.updated"] * 2,  # the seed's two corrections of this forecast
        "resolution.proposed",
        "prediction.resolved",
    ]


@pytest.mark.django_db
def test_a_proposal_without_evidence_is_refused_with_a_message_next_to_the_form(
    frozen_now: datetime.datetime, due_prediction: Prediction, reviewer_client: Client
) -> None:
    response = reviewer_client.post(propose_url(due_prediction), judgement_form(evidence=[]))

    assert response.status_code == 200
    assertContains(response, "A “Correct” resolution needs at least one piece of evidence.")
    assert not Resolution.objects.exists()


@pytest.mark.django_db
def test_an_unresolvable_proposal_needs_no_evidence_in_the_admin(
    frozen_now: datetime.datetime, due_prediction: Prediction, reviewer_client: Client, reviewer: User
) -> None:
    response = reviewer_client.post(
        propose_url(due_prediction), judgement_form(evidence=[], outcome="unresolvable"), follow=True
    )

    assertContains(response, "Resolution proposed.")
    proposal = Resolution.objects.get(prediction=due_prediction)
    assert (proposal.outcome, proposal.proposed_by, proposal.evidence.count()) == ("unresolvable", reviewer, 0)


@pytest.mark.django_db
def test_a_staff_member_who_is_not_a_reviewer_gets_403(
    frozen_now: datetime.datetime, due_prediction: Prediction, staff_outsider: User, reviewer: User
) -> None:
    proposal = services.resolution_propose(
        prediction=due_prediction,
        outcome="unresolvable",
        rationale="The sources disagree.",
        as_of=datetime.date(2025, 12, 31),
        by=reviewer,
    )
    client = Client()
    client.force_login(staff_outsider)

    assert client.get(change_url(due_prediction)).status_code == 403
    assert client.get(propose_url(due_prediction)).status_code == 403
    assert client.post(propose_url(due_prediction), judgement_form(evidence=[EVIDENCE])).status_code == 403
    assert client.get(review_url(proposal)).status_code == 403
    assert client.post(review_url(proposal), {"action": "confirm"}).status_code == 403
    assert client.get(supersede_url(proposal)).status_code == 403
    assert client.get(reverse("admin:predictions_prediction_changelist")).status_code == 403

    proposal.refresh_from_db()
    assert proposal.state == ResolutionState.PROPOSED
    assert Resolution.objects.count() == 1


@pytest.mark.django_db
def test_an_anonymous_visitor_is_sent_to_the_login_page(anonymous: Client, due_prediction: Prediction) -> None:
    response = anonymous.get(propose_url(due_prediction))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


@pytest.mark.django_db
def test_bao_rejects_with_a_reason_and_the_prediction_can_be_proposed_again(
    frozen_now: datetime.datetime,
    due_prediction: Prediction,
    reviewer: User,
    second_reviewer: User,
    reviewer_client: Client,
    second_reviewer_client: Client,
) -> None:
    reviewer_client.post(propose_url(due_prediction), judgement_form(evidence=[EVIDENCE]))
    proposal = Resolution.objects.get(prediction=due_prediction)

    without_reason = second_reviewer_client.post(review_url(proposal), {"action": "reject", "reason": "  "})

    assert without_reason.status_code == 200
    assertContains(without_reason, "This field is required.")
    proposal.refresh_from_db()
    assert proposal.state == ResolutionState.PROPOSED

    response = second_reviewer_client.post(
        review_url(proposal), {"action": "reject", "reason": "The as-of date is before the release."}, follow=True
    )

    assertContains(response, "Proposal rejected. The prediction can be proposed again.")
    assertContains(response, "rejected by bao: The as-of date is before the release.")
    assertContains(response, "Propose resolution")
    proposal.refresh_from_db()
    due_prediction.refresh_from_db()
    assert (proposal.state, proposal.rejected_by, proposal.rejection_reason, proposal.rejected_at) == (
        ResolutionState.REJECTED,
        second_reviewer,
        "The as-of date is before the release.",
        FIXED_UTC,
    )
    assert due_prediction.final_resolution_id is None
    assert [(h.history_user, h.history_change_reason) for h in proposal.history.order_by("history_id")] == [
        (reviewer, "Proposed"),
        (second_reviewer, "Rejected: The as-of date is before the release."),
    ]

    # A rejected proposal is history, not an obstacle: Ada proposes again.
    again = reviewer_client.post(propose_url(due_prediction), judgement_form(evidence=[EVIDENCE]), follow=True)
    assertContains(again, "Resolution proposed.")
    assert list(Resolution.objects.order_by("id").values_list("state", flat=True)) == ["rejected", "proposed"]


@pytest.mark.django_db
def test_supersede_needs_a_reason_and_replaces_the_verdict_only_once_confirmed(
    frozen_now: datetime.datetime,
    due_prediction: Prediction,
    reviewer: User,
    second_reviewer: User,
    reviewer_client: Client,
    second_reviewer_client: Client,
) -> None:
    first = services.resolution_propose(
        prediction=due_prediction,
        outcome="correct",
        rationale="No leap.",
        as_of=datetime.date(2025, 12, 31),
        evidence=[
            services.EvidenceInput(url="https://example.org/a", title="A", accessed_on=datetime.date(2026, 1, 1))
        ],
        by=reviewer,
    )
    services.resolution_confirm(resolution=first, by=second_reviewer)
    assertContains(reviewer_client.get(change_url(due_prediction)), f'href="{supersede_url(first)}"')

    without_reason = reviewer_client.post(
        supersede_url(first), judgement_form(evidence=[EVIDENCE], outcome="partly_correct", reason="")
    )

    assert without_reason.status_code == 200
    assertContains(without_reason, "This field is required.")
    assert Resolution.objects.count() == 1

    reason = "GPT-5 was later described by OpenAI itself as a step change."
    response = reviewer_client.post(
        supersede_url(first),
        judgement_form(evidence=[EVIDENCE], outcome="partly_correct", reason=reason),
        follow=True,
    )

    assertContains(response, "Re-resolution proposed. The current verdict stands until another reviewer confirms it.")
    second = Resolution.objects.exclude(pk=first.pk).get()
    first.refresh_from_db()
    due_prediction.refresh_from_db()
    assert (second.state, second.supersedes, second.supersede_reason) == (ResolutionState.PROPOSED, first, reason)
    assert first.state == ResolutionState.FINAL
    assert due_prediction.final_resolution == first  # the old verdict stands meanwhile

    response = second_reviewer_client.post(review_url(second), {"action": "confirm"}, follow=True)

    assertContains(response, "Confirmed. The resolution is final and published.")
    first.refresh_from_db()
    second.refresh_from_db()
    due_prediction.refresh_from_db()
    assert (first.state, second.state) == (ResolutionState.SUPERSEDED, ResolutionState.FINAL)
    assert due_prediction.final_resolution == second
    assertContains(response, '<tr class="resolution-superseded">')
    assertContains(response, '<tr class="resolution-final">')
    assertContains(response, reason)
    assert first.history.latest().history_change_reason == f"Superseded: {reason}"
    assert first.history.latest().history_user == second_reviewer
    assert list(
        OutboxEvent.objects.filter(prediction=due_prediction).values_list("event_type", flat=True).order_by("id")
    )[-2:] == ["resolution.superseded", "prediction.resolved"]


@pytest.mark.django_db
def test_the_list_and_page_offer_helpful_empty_states(reviewer_client: Client) -> None:
    response = reviewer_client.get(reverse("admin:predictions_prediction_changelist"))
    assertContains(response, "The ledger is empty.")

    prediction = PredictionFactory.create()
    filtered = reviewer_client.get(reverse("admin:predictions_prediction_changelist") + "?status=resolved")
    assertContains(filtered, "No prediction matches these filters.")
    assertContains(reviewer_client.get(change_url(prediction)), "Not judged yet.")


@pytest.mark.django_db
def test_an_as_of_date_in_the_future_is_explained_next_to_the_field(
    frozen_now: datetime.datetime, due_prediction: Prediction, reviewer_client: Client
) -> None:
    response = reviewer_client.post(
        propose_url(due_prediction), judgement_form(evidence=[EVIDENCE], as_of="2026-01-02")
    )

    assert response.status_code == 200
    assert response.context["form"].errors == {"as_of": ["The as-of date cannot be in the future."]}
    assert not Resolution.objects.exists()
