"""A prediction page's body is kept under its version: a write elsewhere leaves it; a change to what it shows
does not."""

from __future__ import annotations

import datetime
from unittest import mock

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from predictions import services
from predictions.models import Outcome, Prediction, Speaker
from predictions.site import fragments

pytestmark = pytest.mark.django_db

INFLECTION = "no-exponential-inflection-with-next-model"


def page_of(prediction: Prediction) -> str:
    return f"/predictions/{prediction.pk}/{prediction.slug}/"


def read(client: Client, prediction: Prediction) -> tuple[int, str]:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(page_of(prediction))
    assert response.status_code == 200
    return len(captured), response.content.decode()


@pytest.fixture
def no_page_cache(settings) -> None:
    """Every request renders (the page cache off): what is left is the fragment layer."""
    settings.HINDSIGHT_PAGE_CACHE = False


def test_a_write_elsewhere_leaves_the_body_of_a_page_kept(
    no_page_cache: None, article: None, anonymous: Client, django_capture_on_commit_callbacks
) -> None:
    page, other = Prediction.objects.exclude(slug=INFLECTION)[:2]
    first_count, first = read(anonymous, page)
    # Without the page cache (which, since issue 14, keeps this whole page too: test_page_invalidation.py),
    # every read renders the page: the body comes from the fragment kept under the unchanged stamp.
    with django_capture_on_commit_callbacks(execute=True):
        services.prediction_update(
            prediction=other, by=User.objects.create_superuser("editor"), reason="Typo.", changes={"horizon": "soon"}
        )

    count, again = read(anonymous, page)

    assert again == first
    assert count == 1 < first_count  # only the page's version was read


def test_a_verdict_shows_at_once_with_the_body_kept(
    no_page_cache: None, frozen_now: datetime.datetime, article: None, anonymous: Client, reviewer, second_reviewer
) -> None:
    prediction = Prediction.objects.get(slug=INFLECTION)
    _, before = read(anonymous, prediction)
    count, kept = read(anonymous, prediction)
    assert (count, kept) == (1, before)

    proposal = services.resolution_propose(
        prediction=prediction,
        outcome=Outcome.CORRECT,
        rationale="GPT-5 sat near METR's trend.",
        as_of=datetime.date(2025, 12, 31),
        evidence=[services.EvidenceInput(url="https://example.org/metr", title="METR", accessed_on=frozen_now.date())],
        by=reviewer,
    )
    _, pending = read(anonymous, prediction)
    assert "A reviewer has proposed a verdict" in pending and "ClaimReview" not in pending

    services.resolution_confirm(resolution=proposal, by=second_reviewer)
    _, judged = read(anonymous, prediction)
    assert "ClaimReview" in judged
    assert "A reviewer has proposed a verdict" not in judged
    assert "GPT-5 sat near METR&#x27;s trend." in judged


def test_an_edit_of_the_prediction_or_its_speaker_shows_at_once(
    no_page_cache: None, article: None, anonymous: Client
) -> None:
    editor = User.objects.create_superuser("editor")
    prediction = Prediction.objects.get(slug=INFLECTION)
    read(anonymous, prediction)

    services.prediction_update(
        prediction=prediction, by=editor, reason="Reworded.", changes={"stated_confidence": "very sure, she said"}
    )
    _, edited = read(anonymous, prediction)
    assert "very sure, she said" in edited

    speaker = Speaker.objects.get(pk=prediction.speaker_id)
    speaker.role = "Chief forecaster, Example Labs"
    services.reference_save(instance=speaker, by=editor, reason="New role.")
    _, renamed = read(anonymous, prediction)
    assert "Chief forecaster, Example Labs" in renamed


def test_each_language_has_its_own_body(no_page_cache: None, article: None, anonymous: Client) -> None:
    prediction = Prediction.objects.get(slug=INFLECTION)
    _, english = read(anonymous, prediction)
    response = anonymous.get(page_of(prediction) + "?lang=zh-hans")

    assert "What was said" in english
    assert "What was said" not in response.content.decode()


def test_a_cache_that_is_down_costs_speed_not_the_page(no_page_cache: None, article: None, anonymous: Client) -> None:
    prediction = Prediction.objects.get(slug=INFLECTION)
    broken = mock.Mock(side_effect=ConnectionError("cache down"))

    with mock.patch.object(fragments.cache, "get", broken), mock.patch.object(fragments.cache, "set", broken):
        _, page = read(anonymous, prediction)

    assert prediction.quote in page
