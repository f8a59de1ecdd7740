"""ETag / If-None-Match (304) on reads; If-Match on writes (428 missing, 412 stale)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import time_machine
from django.contrib.auth.models import User
from django.test import Client

from predictions import services
from tests.api.helpers import patch
from tests.conftest import FIXED_UTC
from tests.factories import PredictionFactory, final_resolution_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def write_token(integrator: User, token_for: Callable[..., str]) -> str:
    return token_for(integrator, "write")


def test_detail_answers_304_while_unchanged_and_200_after_a_change(anonymous: Client, frozen_now) -> None:
    prediction = PredictionFactory.create()
    path = f"/api/v1/predictions/{prediction.pk}/"
    etag = anonymous.get(path)["ETag"]

    unchanged = anonymous.get(path, HTTP_IF_NONE_MATCH=etag)
    services.prediction_update(prediction=prediction, by=None, reason="Fix", changes={"claim": "Changed."})
    changed = anonymous.get(path, HTTP_IF_NONE_MATCH=etag)

    assert unchanged.status_code == 304 and unchanged["ETag"] == etag and unchanged.content == b""
    assert changed.status_code == 200 and changed["ETag"] != etag


def test_list_answers_304_and_changes_when_a_row_is_resolved(anonymous: Client, frozen_now) -> None:
    prediction = PredictionFactory.create()
    PredictionFactory.create()
    etag = anonymous.get("/api/v1/predictions/")["ETag"]
    assert etag.startswith('W/"')

    assert anonymous.get("/api/v1/predictions/", HTTP_IF_NONE_MATCH=etag).status_code == 304
    assert anonymous.get("/api/v1/predictions/?page_size=1", HTTP_IF_NONE_MATCH=etag).status_code == 200
    final_resolution_for(prediction)
    prediction.__class__.objects.filter(pk=prediction.pk).update(version=2)  # as resolution_confirm does
    assert anonymous.get("/api/v1/predictions/", HTTP_IF_NONE_MATCH=etag).status_code == 200


def test_the_etag_moves_on_at_midnight_because_status_does(anonymous: Client) -> None:
    prediction = PredictionFactory.create()
    path = f"/api/v1/predictions/{prediction.pk}/"
    with time_machine.travel(FIXED_UTC, tick=False):
        etag = anonymous.get(path)["ETag"]
    with time_machine.travel(FIXED_UTC.replace(day=2), tick=False):
        assert anonymous.get(path, HTTP_IF_NONE_MATCH=etag).status_code == 200


def test_patch_without_if_match_is_428(anonymous: Client, write_token: str) -> None:
    prediction = PredictionFactory.create()

    response = patch(anonymous, f"/api/v1/predictions/{prediction.pk}/", {"claim": "x", "reason": "y"}, write_token)

    assert response.status_code == 428
    assert response.json()["code"] == "precondition_required"
    prediction.refresh_from_db()
    assert prediction.claim != "x" and prediction.version == 1


@pytest.mark.parametrize("if_match", ['"v1"', '"v1-0123abcd"', "garbage", 'W/"v2"', "*"])
def test_patch_with_a_stale_or_unreadable_if_match_is_412(anonymous: Client, write_token: str, if_match: str) -> None:
    prediction = PredictionFactory.create()
    services.prediction_update(prediction=prediction, by=None, reason="Someone else", changes={"claim": "Theirs."})

    response = patch(
        anonymous,
        f"/api/v1/predictions/{prediction.pk}/",
        {"claim": "Mine.", "reason": "Mine"},
        write_token,
        HTTP_IF_MATCH=if_match,
    )

    assert response.status_code == 412
    assert response.json()["code"] == "stale_version"
    prediction.refresh_from_db()
    assert prediction.claim == "Theirs." and prediction.version == 2
