"""POST predictions/ and PATCH predictions/{id}/ — through the ledger's services."""

from __future__ import annotations

import datetime
from collections.abc import Callable

import pytest
from django.contrib.auth.models import User
from django.test import Client

from predictions.models import OutboxEvent, Prediction
from tests.api.helpers import patch, post
from tests.factories import (
    SOURCE_TEXT,
    PredictionFactory,
    SourceFactory,
    SpeakerFactory,
    TopicFactory,
    final_resolution_for,
)

pytestmark = pytest.mark.django_db


def new_prediction(source_id: int, **overrides: object) -> dict[str, object]:
    return {
        "speaker": "grace",
        "source": source_id,
        "slug": "batteries-cheaper",
        "quote": "batteries will keep getting cheaper every year",
        "quote_language": "en",
        "translation": "Batteries will keep getting cheaper every year.",
        "claim": "Battery pack prices fall every year until 2030.",
        "made_on": "2024-05-30",
        "resolve_on": "2030-12-31",
        "resolution_criteria": "Correct if BNEF's survey shows a lower price each year.",
        "implied_probability": 0.7,
        "topics": ["energy"],
        **overrides,
    }


@pytest.fixture
def write_token(integrator: User, token_for: Callable[..., str]) -> str:
    return token_for(integrator, "write")


@pytest.fixture
def world(db: None) -> int:
    SpeakerFactory.create(slug="grace", name="Grace")
    TopicFactory.create(slug="energy", name="Energy")
    return SourceFactory.create().pk


def test_create_records_through_the_service_and_answers_the_detail(
    anonymous: Client, write_token: str, world: int, integrator: User
) -> None:
    response = post(anonymous, "/api/v1/predictions/", new_prediction(world), write_token)

    assert response.status_code == 201, response.json()
    body = response.json()
    stored = Prediction.objects.get(pk=body["id"])
    assert body["claim"] == stored.claim and body["topics"] == [{"slug": "energy", "name": "Energy"}]
    assert response["Location"] == body["url"] and response["ETag"].startswith('"v1-')
    start = SOURCE_TEXT.index("batteries will keep")
    assert (stored.quote_start, stored.quote_end) == (start, start + len(stored.quote))  # anchored in the text
    assert stored.history.first().history_user == integrator
    assert OutboxEvent.objects.filter(event_type="prediction.created", prediction=stored).count() == 1


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"quote": "words nobody said"}, "quote"),
        ({"resolve_on": "2020-01-01"}, "__all__"),
        ({"implied_probability": 1.5}, "implied_probability"),
        ({"made_on": "30/05/2024"}, "made_on"),
        ({"speaker": "nobody"}, "speaker"),
        ({"speaker": "a\u0000b"}, "speaker"),
        ({"topics": ["energy", "x\u0000"]}, "topics"),
        ({"source": 10**30}, "source"),
        ({"topics": "energy"}, "topics"),
        ({"claim": "nul\u0000byte"}, "claim"),
        ({"claim": 42}, "claim"),
        ({"implied_probability": "0.5"}, "implied_probability"),
        ({"source": "1"}, "source"),
        ({"source": True}, "source"),
        ({"colour": "blue"}, "colour"),
    ],
)
def test_bad_bodies_are_400_with_field_details(
    anonymous: Client, write_token: str, world: int, overrides: dict[str, object], field: str
) -> None:
    response = post(anonymous, "/api/v1/predictions/", new_prediction(world, **overrides), write_token)

    assert response.status_code == 400, response.content
    body = response.json()
    assert body["code"] == "invalid" and field in body["errors"], body
    assert not Prediction.objects.exists()


def test_a_number_too_large_for_a_float_is_400(anonymous: Client, write_token: str, world: int) -> None:
    raw = b'{"implied_probability": 1e400}'

    response = anonymous.post(
        "/api/v1/predictions/", raw, content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {write_token}"
    )

    assert response.status_code == 400 and "implied_probability" in response.json()["errors"]


@pytest.mark.parametrize("raw", [b"{not json", b"[1, 2]", b"null", b'{"claim": NaN}'])
def test_malformed_json_is_400(anonymous: Client, write_token: str, raw: bytes) -> None:
    response = anonymous.post(
        "/api/v1/predictions/", raw, content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {write_token}"
    )

    assert response.status_code == 400
    assert response.json()["code"] in {"parse_error", "invalid"}


def test_a_body_over_the_limit_is_413(anonymous: Client, write_token: str, settings) -> None:
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 2048

    response = post(anonymous, "/api/v1/predictions/", {"claim": "x" * 5000}, write_token)

    assert response.status_code == 413
    assert response.json()["code"] == "request_too_large"


def test_patch_with_the_current_etag_changes_the_prediction(anonymous: Client, write_token: str) -> None:
    prediction = PredictionFactory.create()
    etag = anonymous.get(f"/api/v1/predictions/{prediction.pk}/")["ETag"]

    response = patch(
        anonymous,
        f"/api/v1/predictions/{prediction.pk}/",
        {"claim": "A sharper claim.", "reason": "Clarified the claim."},
        write_token,
        HTTP_IF_MATCH=etag,
    )

    assert response.status_code == 200, response.json()
    prediction.refresh_from_db()
    assert prediction.claim == "A sharper claim." and prediction.version == 2
    assert response.json()["version"] == 2 and response["ETag"].startswith('"v2-')
    assert prediction.history.first().history_change_reason == "Clarified the claim."
    event = OutboxEvent.objects.get(event_type="prediction.updated")
    assert event.payload["data"]["changed_fields"] == ["claim"]


def test_patch_needs_a_reason_and_a_change(anonymous: Client, write_token: str) -> None:
    prediction = PredictionFactory.create()
    path = f"/api/v1/predictions/{prediction.pk}/"

    without_reason = patch(anonymous, path, {"claim": "x"}, write_token, HTTP_IF_MATCH='"v1"')
    only_reason = patch(anonymous, path, {"reason": "because"}, write_token, HTTP_IF_MATCH='"v1"')

    assert without_reason.status_code == 400 and "reason" in without_reason.json()["errors"]
    assert only_reason.status_code == 400


def test_a_resolved_prediction_cannot_be_edited_and_the_409_says_how_to_supersede(
    anonymous: Client, write_token: str
) -> None:
    prediction = PredictionFactory.create(resolve_on=datetime.date(2025, 1, 1))
    resolution = final_resolution_for(prediction)

    response = patch(
        anonymous,
        f"/api/v1/predictions/{prediction.pk}/",
        {"claim": "Rewritten after the fact.", "reason": "Oops."},
        write_token,
        HTTP_IF_MATCH=f'"v{prediction.version}"',
    )

    assert response.status_code == 409
    body = response.json()
    assert body["code"] == "prediction_resolved"
    assert f"/predictions/{prediction.pk}/resolutions/{resolution.pk}/supersede/" in body["message"]
    prediction.refresh_from_db()
    assert prediction.claim != "Rewritten after the fact."
