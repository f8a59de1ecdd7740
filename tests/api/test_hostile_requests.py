"""Requests an attacker sends: every answer is a JSON 4xx, never a 500 or an HTML page (issue 9).

Deeply nested JSON (finding 6), methods a resource does not have (finding 10)
and a bug deep in a view (finding 12: every API error is JSON).
"""

from __future__ import annotations

import datetime
from collections.abc import Callable

import pytest
from django.contrib.auth.models import User
from django.test import Client

from predictions.models import Prediction
from tests.api.helpers import auth
from tests.factories import PredictionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def every_scope(reviewer: User, token_for: Callable[..., str]) -> str:
    return token_for(reviewer, "write,resolve,webhooks")


def write_paths(client: Client) -> list[tuple[str, str, dict[str, str]]]:
    prediction = PredictionFactory.create(resolve_on=datetime.date(2025, 6, 1))
    etag = client.get(f"/api/v1/predictions/{prediction.pk}/")["ETag"]
    return [
        ("post", "/api/v1/predictions/", {}),
        ("patch", f"/api/v1/predictions/{prediction.pk}/", {"HTTP_IF_MATCH": etag}),
        ("post", f"/api/v1/predictions/{prediction.pk}/resolutions/", {}),
        ("post", "/api/v1/webhooks/", {}),
    ]


@pytest.mark.parametrize("depth", [1_000, 5_000, 100_000])
@pytest.mark.parametrize("opener", ["[", '{"a":'])
def test_deeply_nested_json_is_a_json_400_on_every_write(
    anonymous: Client, every_scope: str, depth: int, opener: str
) -> None:
    closer = "]" if opener == "[" else "}"
    body = opener * depth + "1" + closer * depth

    for method, path, headers in write_paths(anonymous):
        response = getattr(anonymous, method)(
            path, body, content_type="application/json", **headers, **auth(every_scope)
        )

        assert response.status_code == 400, (method, path, response.status_code)
        assert response["Content-Type"] == "application/json"
        assert response.json()["code"] == "parse_error"
        assert "nested" in response.json()["message"]


def test_json_nested_within_reason_still_reaches_validation(anonymous: Client, every_scope: str) -> None:
    body = '{"claim": ' + "[" * 20 + "]" * 20 + "}"

    response = anonymous.post("/api/v1/predictions/", body, content_type="application/json", **auth(every_scope))

    assert response.status_code == 400 and "claim" in response.json()["errors"]


@pytest.mark.parametrize("method", ["put", "delete"])
@pytest.mark.parametrize("token", [None, "every_scope"])
def test_a_method_the_resource_lacks_is_405_not_a_scope_error(
    anonymous: Client, method: str, token: str | None, request: pytest.FixtureRequest
) -> None:
    prediction = PredictionFactory.create()
    headers = auth(request.getfixturevalue(token)) if token else {}

    response = getattr(anonymous, method)(
        f"/api/v1/predictions/{prediction.pk}/", "{}", content_type="application/json", **headers
    )

    assert response.status_code == 405, response.content
    assert response.json()["code"] == "method_not_allowed"
    assert set(response["Allow"].replace(" ", "").split(",")) >= {"GET", "PATCH"}
    assert Prediction.objects.filter(pk=prediction.pk).exists()


def test_an_unexpected_error_in_a_view_is_a_json_500_and_logged(
    anonymous: Client, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from predictions.api.views import reference

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(reference.scoreboard, "scoreboard", broken)
    anonymous.raise_request_exception = False

    response = anonymous.get("/api/v1/scoreboard/")

    assert response.status_code == 500
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"code": "server_error", "message": "Something went wrong on our side; it was logged."}
    assert any(record.exc_info and "a bug" in str(record.exc_info[1]) for record in caplog.records)


def test_an_error_outside_the_api_views_is_json_under_api_too(
    anonymous: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failure past DRF's handler: here in the plain Django view that answers unknown /api/ URLs."""
    from predictions.api.urls import api_fallback

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("a bug outside DRF")

    monkeypatch.setattr(api_fallback[0], "callback", broken)
    anonymous.raise_request_exception = False

    response = anonymous.get("/api/v1/no-such-thing/")
    page = anonymous.get("/no-such-page-either/")

    assert response.status_code == 500 and response["Content-Type"] == "application/json"
    assert response.json()["code"] == "server_error"
    assert page.status_code == 404 and page["Content-Type"].startswith("text/html")


def test_a_bad_host_header_is_a_json_400_under_api(anonymous: Client) -> None:
    response = anonymous.get("/api/v1/scoreboard/", HTTP_HOST="evil.example")

    assert response.status_code == 400 and response.json()["code"] == "bad_request"


@pytest.mark.parametrize(("path", "content_type"), [("/api/v1/predictions/", "application/json"), ("/", "text/plain")])
def test_a_chunked_body_without_a_length_is_411(
    anonymous: Client, every_scope: str, path: str, content_type: str
) -> None:
    """As gunicorn hands it over: Transfer-Encoding: chunked and no CONTENT_LENGTH (tests/e2e/test_web_server.py
    sends one to a real gunicorn)."""
    response = anonymous.generic(
        "POST", path, b"", content_type="application/json", HTTP_TRANSFER_ENCODING="chunked", CONTENT_LENGTH=""
    )

    assert response.status_code == 411 and response["Content-Type"].startswith(content_type)
