"""Every write, for every persona: who gets in and who is turned away, and how.

Personas: an anonymous visitor; a reviewer logged in to the admin but sending
no token; an integrator (Integrators group) with a token of each scope; a
reviewer with a ``resolve`` token; a staff member (not a reviewer) with a
token of every scope. A scope narrows a token; it never gives its user a
permission the user lacks — so the staff token is refused ledger writes.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.test import Client

from predictions.models import Prediction, Resolution, ResolutionState
from tests.api.helpers import auth
from tests.factories import (
    SOURCE_TEXT,
    PredictionFactory,
    ResolutionFactory,
    SourceFactory,
    SpeakerFactory,
    final_resolution_for,
)
from tracker.models import WebhookEndpoint

pytestmark = pytest.mark.django_db


@dataclass
class Call:
    method: str
    path: str
    body: dict[str, Any] | None = None
    headers: dict[str, str] | None = None


def _judgement() -> dict[str, Any]:
    return {
        "outcome": "correct",
        "rationale": "The report says so.",
        "as_of": "2025-12-31",
        "evidence": [{"url": "https://example.org/r", "title": "Report", "accessed_on": "2025-12-31"}],
    }


def _due_prediction() -> Prediction:
    return PredictionFactory.create(resolve_on=datetime.date(2025, 6, 1))


def _proposal(proposer: User) -> Resolution:
    return ResolutionFactory.create(prediction=_due_prediction(), proposed_by=proposer)


def _endpoint(owner: User | None) -> WebhookEndpoint:
    return WebhookEndpoint.objects.create(
        owner=owner or User.objects.create(username="someone"),
        url="https://hooks.example.org/h",
        events=["prediction.resolved"],
        secret="whsec_" + "A" * 32,
    )


def record_prediction(user: User | None, other: User) -> Call:
    SpeakerFactory.create(slug="grace")
    source = SourceFactory.create()
    start = SOURCE_TEXT.index("batteries")
    body = {
        "speaker": "grace",
        "source": source.pk,
        "slug": "b",
        "quote": SOURCE_TEXT[start : start + 20],
        "quote_language": "en",
        "translation": "t",
        "claim": "c",
        "made_on": "2024-01-01",
        "resolve_on": "2030-01-01",
        "resolution_criteria": "r",
    }
    return Call("post", "/api/v1/predictions/", body)


def edit_prediction(user: User | None, other: User) -> Call:
    prediction = PredictionFactory.create()
    return Call(
        "patch", f"/api/v1/predictions/{prediction.pk}/", {"claim": "New.", "reason": "Why."}, {"HTTP_IF_MATCH": '"v1"'}
    )


def propose(user: User | None, other: User) -> Call:
    return Call("post", f"/api/v1/predictions/{_due_prediction().pk}/resolutions/", _judgement())


def confirm(user: User | None, other: User) -> Call:
    return Call("post", f"/api/v1/resolutions/{_proposal(other).pk}/confirm/")


def reject(user: User | None, other: User) -> Call:
    return Call("post", f"/api/v1/resolutions/{_proposal(other).pk}/reject/", {"reason": "The evidence is weak."})


def supersede(user: User | None, other: User) -> Call:
    prediction = _due_prediction()
    final = final_resolution_for(prediction)
    return Call(
        "post",
        f"/api/v1/predictions/{prediction.pk}/resolutions/{final.pk}/supersede/",
        {**_judgement(), "outcome": "incorrect", "reason": "Newer data."},
    )


def register_webhook(user: User | None, other: User) -> Call:
    return Call("post", "/api/v1/webhooks/", {"url": "https://hooks.example.org/x", "events": ["prediction.due"]})


def list_webhooks(user: User | None, other: User) -> Call:
    return Call("get", "/api/v1/webhooks/")


def change_webhook(user: User | None, other: User) -> Call:
    return Call("patch", f"/api/v1/webhooks/{_endpoint(user).pk}/", {"description": "Newsroom"})


def delete_webhook(user: User | None, other: User) -> Call:
    return Call("delete", f"/api/v1/webhooks/{_endpoint(user).pk}/")


def ping_webhook(user: User | None, other: User) -> Call:
    return Call("post", f"/api/v1/webhooks/{_endpoint(user).pk}/ping/")


WRITES: dict[str, tuple[Callable[[User | None, User], Call], int, str]] = {
    # name: (build the call, success status, scope it needs)
    "record prediction": (record_prediction, 201, "write"),
    "edit prediction": (edit_prediction, 200, "write"),
    "propose": (propose, 201, "resolve"),
    "confirm": (confirm, 200, "resolve"),
    "reject": (reject, 200, "resolve"),
    "supersede": (supersede, 201, "resolve"),
    "register webhook": (register_webhook, 201, "webhooks"),
    "list webhooks": (list_webhooks, 200, "webhooks"),
    "change webhook": (change_webhook, 200, "webhooks"),
    "delete webhook": (delete_webhook, 204, "webhooks"),
    "ping webhook": (ping_webhook, 202, "webhooks"),
}
PERSONAS = [
    "anonymous",
    "reviewer without token",
    "integrator write",
    "integrator resolve",
    "integrator webhooks",
    "reviewer resolve",
    "staff all scopes",
]


def expected_status(persona: str, scope: str, success: int) -> int:
    if persona in ("anonymous", "reviewer without token"):
        return 401
    token_scopes = {"staff all scopes": {"write", "resolve", "webhooks"}}.get(persona, {persona.split()[-1]})
    if scope not in token_scopes:
        return 403  # the token lacks the scope
    if scope == "write":
        return success if persona.startswith("integrator") else 403  # staff lacks the model permission
    if scope == "resolve":
        return success if persona.startswith("reviewer") else 403  # only reviewers judge
    return success  # webhooks: any user may manage their own endpoints


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("write", list(WRITES))
def test_permission_matrix(
    persona: str,
    write: str,
    reviewer: User,
    second_reviewer: User,
    integrator: User,
    staff_outsider: User,
    token_for: Callable[..., str],
    frozen_now: datetime.datetime,
) -> None:
    build, success, scope = WRITES[write]
    client = Client()
    user: User | None = None
    token = None
    if persona == "reviewer without token":
        user = reviewer
        client.force_login(reviewer)
    elif persona.startswith("integrator"):
        user, token = integrator, token_for(integrator, persona.split()[-1])
    elif persona == "reviewer resolve":
        user, token = reviewer, token_for(reviewer, "resolve")
    elif persona == "staff all scopes":
        user, token = staff_outsider, token_for(staff_outsider, "write,resolve,webhooks")
    call = build(user, second_reviewer)
    kwargs: dict[str, Any] = {**auth(token), **(call.headers or {})}
    if call.body is not None:
        import json

        kwargs.update(data=json.dumps(call.body), content_type="application/json")

    response = getattr(client, call.method)(call.path, **kwargs)

    expected = expected_status(persona, scope, success)
    assert response.status_code == expected, (response.status_code, response.content[:300])
    if expected >= 400:
        body = response.json()
        assert body["code"] in {"not_authenticated", "permission_denied", "not_allowed"} and body["message"]
    if expected == 401:
        assert response["WWW-Authenticate"].startswith("Bearer")


def test_a_proposal_confirmed_over_the_api_is_final(
    reviewer: User, second_reviewer: User, token_for: Callable[..., str], frozen_now: datetime.datetime
) -> None:
    proposal = _proposal(second_reviewer)

    response = Client().post(f"/api/v1/resolutions/{proposal.pk}/confirm/", **auth(token_for(reviewer, "resolve")))

    assert response.status_code == 200 and response.json()["state"] == "final"
    proposal.refresh_from_db()
    assert proposal.state == ResolutionState.FINAL and proposal.confirmed_by == reviewer
    assert Prediction.objects.get(pk=proposal.prediction_id).final_resolution_id == proposal.pk
