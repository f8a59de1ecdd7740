"""Judging over the API: the admin's rules, through the admin's services."""

from __future__ import annotations

import datetime
from collections.abc import Callable

import pytest
from django.contrib.auth.models import User
from django.test import Client

from predictions.models import OutboxEvent, Prediction, Resolution, ResolutionState
from tests.api.helpers import auth, post
from tests.factories import PredictionFactory, ResolutionFactory, final_resolution_for

pytestmark = pytest.mark.django_db

EVIDENCE = [{"url": "https://example.org/acea", "title": "ACEA 2030", "publisher": "ACEA", "accessed_on": "2025-12-31"}]


@pytest.fixture
def ada(reviewer: User, token_for: Callable[..., str]) -> str:
    return token_for(reviewer, "resolve")


@pytest.fixture
def bao(second_reviewer: User, token_for: Callable[..., str]) -> str:
    return token_for(second_reviewer, "resolve")


def judgement(**overrides: object) -> dict[str, object]:
    return {"outcome": "correct", "rationale": "Met.", "as_of": "2025-12-31", "evidence": EVIDENCE, **overrides}


def test_propose_then_confirm_by_another_reviewer_makes_it_final_and_public(
    anonymous: Client, ada: str, bao: str, reviewer: User, frozen_now
) -> None:
    prediction = PredictionFactory.create(resolve_on=datetime.date(2025, 6, 1))

    proposed = post(anonymous, f"/api/v1/predictions/{prediction.pk}/resolutions/", judgement(), ada)
    assert proposed.status_code == 201, proposed.json()
    proposal = proposed.json()
    assert proposal["state"] == "proposed" and proposal["proposed_by"] == "Ada"
    assert proposal["evidence"][0]["publisher"] == "ACEA"
    assert proposed["Location"] == proposal["url"]

    own = post(anonymous, f"/api/v1/resolutions/{proposal['id']}/confirm/", None, ada)
    assert own.status_code == 403 and own.json()["code"] == "not_allowed"

    confirmed = post(anonymous, f"/api/v1/resolutions/{proposal['id']}/confirm/", None, bao)
    assert confirmed.status_code == 200 and confirmed.json()["state"] == "final"

    detail = anonymous.get(f"/api/v1/predictions/{prediction.pk}/").json()
    assert detail["status"] == "resolved" and detail["outcome"] == "correct"
    assert detail["resolution"]["id"] == proposal["id"] and detail["version"] == 2
    history = anonymous.get(f"/api/v1/predictions/{prediction.pk}/resolutions/").json()["results"]
    assert [item["state"] for item in history] == ["final"]
    assert history[0]["confirmed_by"] == "Bao" and history[0]["resolved_at"].startswith("2026-01-01T09:00")
    assert set(OutboxEvent.objects.values_list("event_type", flat=True)) == {
        "resolution.proposed",
        "prediction.resolved",
    }


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"evidence": []}, "evidence"),
        ({"as_of": "2030-01-01"}, "as_of"),
        ({"rationale": "  "}, "rationale"),
        ({"outcome": "probably"}, "outcome"),
        ({"evidence": [{"url": "not a url", "title": "x", "accessed_on": "2025-01-01"}]}, "evidence"),
    ],
)
def test_proposals_follow_the_admins_rules(
    anonymous: Client, ada: str, frozen_now, overrides: dict[str, object], field: str
) -> None:
    prediction = PredictionFactory.create(resolve_on=datetime.date(2025, 6, 1))

    response = post(anonymous, f"/api/v1/predictions/{prediction.pk}/resolutions/", judgement(**overrides), ada)

    assert response.status_code == 400
    assert any(name.split(".")[0] == field for name in response.json()["errors"]), response.json()
    assert not Resolution.objects.exists()


def test_an_unresolvable_proposal_needs_no_evidence(anonymous: Client, ada: str, frozen_now) -> None:
    prediction = PredictionFactory.create(resolve_on=datetime.date(2025, 6, 1))

    response = post(
        anonymous,
        f"/api/v1/predictions/{prediction.pk}/resolutions/",
        judgement(outcome="unresolvable", evidence=[]),
        ada,
    )

    assert response.status_code == 201


def test_a_second_proposal_or_one_on_a_resolved_prediction_is_409(
    anonymous: Client, ada: str, second_reviewer: User, frozen_now
) -> None:
    pending = ResolutionFactory.create(
        prediction=PredictionFactory.create(resolve_on=datetime.date(2025, 6, 1)), proposed_by=second_reviewer
    )
    resolved = PredictionFactory.create(resolve_on=datetime.date(2025, 6, 1))
    final_resolution_for(resolved)

    for prediction_id in (pending.prediction_id, resolved.pk):
        response = post(anonymous, f"/api/v1/predictions/{prediction_id}/resolutions/", judgement(), ada)
        assert response.status_code == 409 and response.json()["code"] == "state_conflict"


def test_reject_needs_a_reason_and_leaves_the_prediction_due(
    anonymous: Client, ada: str, second_reviewer: User, frozen_now
) -> None:
    proposal = ResolutionFactory.create(
        prediction=PredictionFactory.create(resolve_on=datetime.date(2025, 6, 1)), proposed_by=second_reviewer
    )

    no_reason = post(anonymous, f"/api/v1/resolutions/{proposal.pk}/reject/", {"reason": " "}, ada)
    rejected = post(anonymous, f"/api/v1/resolutions/{proposal.pk}/reject/", {"reason": "Wrong year."}, ada)
    again = post(anonymous, f"/api/v1/resolutions/{proposal.pk}/confirm/", None, ada)

    assert no_reason.status_code == 400 and "reason" in no_reason.json()["errors"]
    assert rejected.status_code == 200 and rejected.json()["rejection_reason"] == "Wrong year."
    assert again.status_code == 409
    proposal.refresh_from_db()
    assert proposal.state == ResolutionState.REJECTED
    assert Prediction.objects.get(pk=proposal.prediction_id).final_resolution_id is None


def test_supersede_needs_a_reason_and_replaces_the_verdict_once_confirmed(
    anonymous: Client, ada: str, bao: str, frozen_now
) -> None:
    prediction = PredictionFactory.create(resolve_on=datetime.date(2025, 6, 1))
    final = final_resolution_for(prediction, outcome="correct")
    path = f"/api/v1/predictions/{prediction.pk}/resolutions/{final.pk}/supersede/"

    assert post(anonymous, path, judgement(outcome="incorrect"), ada).status_code == 400  # no reason
    proposed = post(anonymous, path, judgement(outcome="incorrect", reason="Revised statistics."), ada)
    assert proposed.status_code == 201 and proposed.json()["supersedes"] == final.pk
    assert (
        anonymous.get(f"/api/v1/predictions/{prediction.pk}/").json()["outcome"] == "correct"
    )  # stands until confirmed

    post(anonymous, f"/api/v1/resolutions/{proposed.json()['id']}/confirm/", None, bao)

    detail = anonymous.get(f"/api/v1/predictions/{prediction.pk}/").json()
    assert detail["outcome"] == "incorrect"
    states = [
        item["state"]
        for item in anonymous.get(detail["history_url"].removeprefix("http://127.0.0.1:8000")).json()["results"]
    ]
    assert states == ["superseded", "final"]


def test_supersede_of_a_resolution_of_another_prediction_is_404(anonymous: Client, ada: str, frozen_now) -> None:
    one, other = PredictionFactory.create_batch(2, resolve_on=datetime.date(2025, 6, 1))
    final = final_resolution_for(other)

    response = post(
        anonymous,
        f"/api/v1/predictions/{one.pk}/resolutions/{final.pk}/supersede/",
        judgement(reason="x"),
        ada,
    )

    assert response.status_code == 404


@pytest.fixture
def judged_four_ways(second_reviewer: User, frozen_now) -> tuple[Prediction, dict[str, Resolution]]:
    """One prediction with a superseded verdict, its final replacement, a rejected and a pending proposal."""
    prediction = PredictionFactory.create(resolve_on=datetime.date(2025, 6, 1))
    superseded = final_resolution_for(prediction, outcome="incorrect", rationale="First look.")
    Resolution.objects.filter(pk=superseded.pk).update(state=ResolutionState.SUPERSEDED)
    final = final_resolution_for(
        prediction, outcome="correct", rationale="Revised data.", supersedes=superseded, supersede_reason="New data."
    )
    superseded.refresh_from_db()
    rejected = ResolutionFactory.create(
        prediction=prediction,
        proposed_by=second_reviewer,
        outcome="annulled",
        rationale="SECRET rejected rationale",
        state=ResolutionState.REJECTED,
        rejection_reason="SECRET rejection reason",
    )
    pending = ResolutionFactory.create(
        prediction=prediction,
        proposed_by=second_reviewer,
        outcome="unresolvable",
        rationale="SECRET pending rationale",
        supersedes=final,
        supersede_reason="SECRET why now",
    )
    states = {"superseded": superseded, "final": final, "rejected": rejected, "pending": pending}
    assert [item.state for item in states.values()] == ["superseded", "final", "rejected", "proposed"]
    return prediction, states


@pytest.mark.parametrize("reader", ["anonymous", "write token", "resolve token of a non-reviewer"])
def test_readers_without_the_resolve_scope_see_published_verdicts_and_only_that_a_proposal_waits(
    anonymous: Client,
    judged_four_ways: tuple[Prediction, dict[str, Resolution]],
    reader: str,
    integrator: User,
    staff_outsider: User,
    token_for: Callable[..., str],
) -> None:
    """Issue 9, finding 5: as docs/decisions.md says, proposals are not published until confirmed."""
    prediction, resolutions = judged_four_ways
    headers = {
        "anonymous": {},
        "write token": auth(token_for(integrator, "write,webhooks")),
        "resolve token of a non-reviewer": auth(token_for(staff_outsider, "resolve")),
    }[reader]

    listed = anonymous.get(f"/api/v1/predictions/{prediction.pk}/resolutions/", **headers)
    details = {name: anonymous.get(f"/api/v1/resolutions/{item.pk}/", **headers) for name, item in resolutions.items()}

    assert listed.status_code == 200
    body = listed.json()
    assert [item["state"] for item in body["results"]] == ["superseded", "final"]
    assert body["pending_proposal"] is True
    assert "SECRET" not in listed.content.decode()
    assert {name: response.status_code for name, response in details.items()} == {
        "superseded": 200,
        "final": 200,
        "rejected": 404,
        "pending": 404,
    }
    assert details["pending"].json()["code"] == "not_found"
    assert not any("SECRET" in response.content.decode() for response in details.values())


def test_reviewers_with_the_resolve_scope_see_every_proposal(
    anonymous: Client, judged_four_ways: tuple[Prediction, dict[str, Resolution]], ada: str
) -> None:
    prediction, resolutions = judged_four_ways

    listed = anonymous.get(f"/api/v1/predictions/{prediction.pk}/resolutions/", **auth(ada)).json()
    pending = anonymous.get(f"/api/v1/resolutions/{resolutions['pending'].pk}/", **auth(ada))
    rejected = anonymous.get(f"/api/v1/resolutions/{resolutions['rejected'].pk}/", **auth(ada))

    assert [item["state"] for item in listed["results"]] == ["superseded", "final", "rejected", "proposed"]
    assert listed["pending_proposal"] is True
    assert pending.status_code == 200 and pending.json()["rationale"] == "SECRET pending rationale"
    assert rejected.status_code == 200 and rejected.json()["rejection_reason"] == "SECRET rejection reason"


def test_without_a_pending_proposal_the_list_says_so(anonymous: Client, frozen_now) -> None:
    prediction = PredictionFactory.create(resolve_on=datetime.date(2025, 6, 1))
    final_resolution_for(prediction)

    body = anonymous.get(f"/api/v1/predictions/{prediction.pk}/resolutions/").json()

    assert body["pending_proposal"] is False and [item["state"] for item in body["results"]] == ["final"]


def test_the_proposed_event_tells_subscribers_a_proposal_waits_not_what_it_says(
    anonymous: Client, ada: str, frozen_now
) -> None:
    """Webhooks reach any integrator with a token: they get the same as the public API."""
    prediction = PredictionFactory.create(resolve_on=datetime.date(2025, 6, 1))

    post(anonymous, f"/api/v1/predictions/{prediction.pk}/resolutions/", judgement(rationale="SECRET met."), ada)

    event = OutboxEvent.objects.get(event_type="resolution.proposed")
    assert event.payload["data"]["resolution"] == {
        "id": Resolution.objects.get().pk,
        "state": "proposed",
        "supersedes": None,
    }
    assert "SECRET" not in str(event.payload)


def test_an_early_proposal_needs_a_reason_which_the_verdict_then_carries(
    anonymous: Client, ada: str, bao: str, frozen_now
) -> None:
    """Before the resolve-on date (2027-05-30 here; today is 2026-01-01) a verdict needs "decided early because"."""
    prediction = PredictionFactory.create(resolve_on=datetime.date(2027, 5, 30))
    url = f"/api/v1/predictions/{prediction.pk}/resolutions/"

    refused = post(anonymous, url, judgement(), ada)
    assert refused.status_code == 400
    assert "not due until 2027-05-30" in refused.json()["errors"]["early_reason"][0]
    assert not Resolution.objects.exists()

    proposed = post(anonymous, url, judgement(early_reason="The company closed in December 2025."), ada)
    assert proposed.status_code == 201, proposed.json()
    post(anonymous, f"/api/v1/resolutions/{proposed.json()['id']}/confirm/", None, bao)

    verdict = anonymous.get(url).json()["results"][0]
    assert (verdict["state"], verdict["early_reason"]) == ("final", "The company closed in December 2025.")
    embedded = anonymous.get(f"/api/v1/predictions/{prediction.pk}/").json()["resolution"]
    assert embedded["early_reason"] == "The company closed in December 2025."


def test_a_reason_for_judging_early_is_refused_once_the_prediction_is_due(
    anonymous: Client, ada: str, frozen_now
) -> None:
    prediction = PredictionFactory.create(resolve_on=datetime.date(2025, 6, 1))

    response = post(
        anonymous, f"/api/v1/predictions/{prediction.pk}/resolutions/", judgement(early_reason="Because."), ada
    )

    assert response.status_code == 400 and "early_reason" in response.json()["errors"]
    assert not Resolution.objects.exists()
