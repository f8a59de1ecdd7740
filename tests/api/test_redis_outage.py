"""The API keeps answering with its cache (Redis) down (issue 9, finding 12).

A private redis-server on a free port is the cache; the test stops it and
calls every read, and a write, as a client would. Throttling fails open with a
logged warning (counting requests is not worth refusing them), and nothing
answers a 500.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable

import pytest
from django.contrib.auth.models import User
from django.test import Client

from predictions.models import Prediction
from tests.api.helpers import auth, post
from tests.factories import PredictionFactory, SourceFactory, SpeakerFactory, final_resolution_for
from tests.support.processes import Processes, closed, free_port, wait_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def stopped_cache(settings, processes: Processes) -> None:
    """The cache on a private Redis, which is stopped before the test body runs."""
    port = free_port()
    server = processes.redis(port)
    settings.CACHES = {
        "default": {
            "BACKEND": "predictions.redis_cache.ReusedClientRedisCache",
            "LOCATION": f"redis://127.0.0.1:{port}/0",
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }
    processes.kill(server)
    wait_for(lambda: closed(port), timeout=10, what="redis to stop")


def test_every_read_answers_with_redis_down(
    stopped_cache: None,
    anonymous: Client,
    article: None,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("predictions.api.base.throttling._last_warning", 0.0)  # not silenced by an earlier test
    prediction = Prediction.objects.get(slug="no-exponential-inflection-with-next-model")
    resolution = final_resolution_for(prediction)
    paths = [
        "/api/v1/predictions/",
        f"/api/v1/predictions/{prediction.pk}/",
        f"/api/v1/predictions/{prediction.pk}/resolutions/",
        f"/api/v1/resolutions/{resolution.pk}/",
        "/api/v1/speakers/",
        f"/api/v1/speakers/{prediction.speaker.slug}/",
        "/api/v1/sources/",
        "/api/v1/scoreboard/",
        "/api/v1/predictions/export.csv?format=json",
        "/api/v1/schema/?format=json",
    ]

    answers = {path: anonymous.get(path) for path in paths}

    assert {path: response.status_code for path, response in answers.items()} == dict.fromkeys(paths, 200)
    assert all(response["Content-Type"].startswith("application/") for response in answers.values())
    assert any("rate limits are not enforced" in record.getMessage() for record in caplog.records)


def test_a_token_write_goes_through_with_redis_down(
    stopped_cache: None, anonymous: Client, integrator: User, token_for: Callable[..., str]
) -> None:
    SpeakerFactory.create(slug="grace")
    source = SourceFactory.create()
    body = {
        "speaker": "grace",
        "source": source.pk,
        "slug": "cheaper",
        "quote": "batteries will keep getting cheaper every year",
        "quote_language": "en",
        "translation": "Batteries will keep getting cheaper every year.",
        "claim": "Battery prices fall.",
        "made_on": "2024-05-30",
        "resolve_on": "2030-12-31",
        "resolution_criteria": "BNEF.",
    }

    response = post(anonymous, "/api/v1/predictions/", body, token_for(integrator, "write"))
    listed = anonymous.get("/api/v1/predictions/", **auth(token_for(integrator, "write")))

    assert response.status_code == 201, response.content
    assert listed.status_code == 200 and [row["slug"] for row in listed.json()["results"]] == ["cheaper"]


def test_the_public_pages_answer_too(stopped_cache: None, anonymous: Client, article: None) -> None:
    PredictionFactory.create(resolve_on=datetime.date(2025, 6, 1))

    assert anonymous.get("/").status_code == 200
    assert anonymous.get("/feeds/resolutions/").status_code == 200
