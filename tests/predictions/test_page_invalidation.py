"""A write refreshes exactly the public pages that show what it changed, and never leaves a stale verdict."""

from __future__ import annotations

import datetime

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from predictions import services
from predictions.models import Outcome, Prediction, Speaker
from tests.factories import PredictionFactory, SourceFactory, SpeakerFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(frozen_now: datetime.datetime) -> dict[str, str]:
    """Two speakers' pages, their three public predictions' pages and the home page, every one cached."""
    ada, bo = SpeakerFactory.create(slug="ada"), SpeakerFactory.create(slug="bo")
    made = {
        "due": PredictionFactory.create(speaker=ada, slug="due", resolve_on=datetime.date(2025, 6, 1)),
        "ada-open": PredictionFactory.create(speaker=ada, slug="ada-open", source=SourceFactory.create()),
        "bo-open": PredictionFactory.create(speaker=bo, slug="bo-open"),
    }
    PredictionFactory.create(speaker=bo, slug="private", is_public=False)
    addresses = {name: f"/predictions/{item.pk}/{item.slug}/" for name, item in made.items()}
    addresses.update({"home": "/", "ada": "/speakers/ada/", "bo": "/speakers/bo/"})
    client = Client()
    for address in addresses.values():
        assert client.get(address).status_code == 200
    return addresses


def refreshed(pages: dict[str, str], client: Client) -> set[str]:
    """The pages computed afresh on this read (a cached page costs no query); all cached afterwards."""
    fresh = set()
    for name, address in pages.items():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(address).status_code == 200, address
        if queries:
            fresh.add(name)
    return fresh


def _prediction(slug: str) -> Prediction:
    return Prediction.objects.get(slug=slug)


def test_a_verdict_refreshes_its_page_its_speakers_and_the_home_page_only(
    pages: dict[str, str], reviewer: User, second_reviewer: User, django_capture_on_commit_callbacks
) -> None:
    client = Client()
    assert refreshed(pages, client) == set()  # all cached

    with django_capture_on_commit_callbacks(execute=True):
        proposal = services.resolution_propose(
            prediction=_prediction("due"),
            outcome=Outcome.CORRECT,
            rationale="The share passed half.",
            as_of=datetime.date(2025, 12, 1),
            evidence=[
                services.EvidenceInput(url="https://example.org", title="ACEA", accessed_on=datetime.date.today())
            ],
            by=reviewer,
        )
    assert refreshed(pages, client) == {"due", "ada", "home"}  # its page, and the lists' "proposed" badge

    with django_capture_on_commit_callbacks(execute=True):
        services.resolution_confirm(resolution=proposal, by=second_reviewer)
    assert refreshed(pages, client) == {"due", "ada", "home"}

    # Never a stale verdict: the first reads after the commit show it.
    assert "ClaimReview" in client.get(pages["due"]).content.decode()
    assert "The share passed half." in client.get(pages["due"]).content.decode()
    ada = client.get(pages["ada"]).content.decode()
    assert "100%" in ada or "100.0%" in ada  # one correct of one scored


def test_an_edit_refreshes_the_pages_of_that_prediction_only(
    pages: dict[str, str], django_capture_on_commit_callbacks
) -> None:
    client = Client()
    with django_capture_on_commit_callbacks(execute=True):
        services.prediction_update(
            prediction=_prediction("bo-open"), by=None, reason="Typo", changes={"claim": "Most new EU cars are EVs."}
        )
    assert refreshed(pages, client) == {"bo-open", "bo", "home"}
    assert "Most new EU cars are EVs." in client.get(pages["bo-open"]).content.decode()


def test_moving_a_prediction_to_another_speaker_refreshes_both_speakers(
    pages: dict[str, str], django_capture_on_commit_callbacks
) -> None:
    client = Client()
    with django_capture_on_commit_callbacks(execute=True):
        services.prediction_update(
            prediction=_prediction("ada-open"), by=None, reason="Misattributed",
            changes={"speaker": Speaker.objects.get(slug="bo")},
        )  # fmt: skip
    assert refreshed(pages, client) == {"ada-open", "ada", "bo", "home"}


def test_a_private_prediction_changes_no_public_page(pages: dict[str, str], django_capture_on_commit_callbacks) -> None:
    client = Client()
    with django_capture_on_commit_callbacks(execute=True):
        services.prediction_update(
            prediction=_prediction("private"), by=None, reason="Draft", changes={"claim": "Still a draft."}
        )
    assert refreshed(pages, client) == set()


def test_unpublishing_refreshes_the_pages_that_showed_it(
    pages: dict[str, str], django_capture_on_commit_callbacks
) -> None:
    client = Client()
    with django_capture_on_commit_callbacks(execute=True):
        services.prediction_update(
            prediction=_prediction("ada-open"), by=None, reason="Withdrawn", changes={"is_public": False}
        )
    assert client.get(pages["ada-open"]).status_code == 404
    del pages["ada-open"]
    assert refreshed(pages, client) == {"ada", "home"}


def test_a_speakers_name_refreshes_every_page(pages: dict[str, str], django_capture_on_commit_callbacks) -> None:
    """References show anywhere: a new generation, as before."""
    client = Client()
    speaker = Speaker.objects.get(slug="ada")
    speaker.name = "Ada King"
    with django_capture_on_commit_callbacks(execute=True):
        services.reference_save(instance=speaker, by=None, reason="Her married name")
    assert refreshed(pages, client) == set(pages)
