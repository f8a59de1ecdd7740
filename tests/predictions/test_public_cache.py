"""Public pages come from the cache until the ledger changes, and never lag behind a verdict."""

from __future__ import annotations

import datetime
from typing import Any
from unittest import mock

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from predictions import public_cache, services
from predictions.models import Outcome, Prediction

pytestmark = pytest.mark.django_db

INFLECTION = "no-exponential-inflection-with-next-model"


def page_of(prediction: Prediction) -> str:
    return f"/predictions/{prediction.pk}/{prediction.slug}/"


def queries_and_response(client: Client, path: str) -> tuple[int, Any]:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    return len(captured), response


def queries_for(client: Client, path: str) -> tuple[int, str]:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200, path
    return len(captured), response.content.decode()


def test_a_page_seen_once_is_served_from_the_cache_without_queries(article: None, anonymous: Client) -> None:
    prediction = Prediction.objects.get(slug=INFLECTION)

    first, first_html = queries_for(anonymous, page_of(prediction))
    again, again_html = queries_for(anonymous, page_of(prediction))

    assert first > 0
    assert again == 0
    assert again_html == first_html


def test_each_language_and_query_is_its_own_page(article: None, anonymous: Client) -> None:
    _, english = queries_for(anonymous, "/")
    _, chinese = queries_for(anonymous, "/?lang=zh-hans")
    _, english_again = queries_for(anonymous, "/?lang=en")
    _, filtered = queries_for(anonymous, "/?topic=china")

    assert '<html lang="en">' in english and '<html lang="zh-Hans">' in chinese
    assert english_again == english
    assert filtered != english


def test_a_verdict_shows_at_once_on_the_cached_page(
    frozen_now: datetime.datetime,
    article: None,
    anonymous: Client,
    reviewer: User,
    second_reviewer: User,
    django_capture_on_commit_callbacks,
) -> None:
    prediction = Prediction.objects.get(slug=INFLECTION)
    _, before = queries_for(anonymous, page_of(prediction))
    assert "ClaimReview" not in before

    with django_capture_on_commit_callbacks(execute=True):
        proposal = services.resolution_propose(
            prediction=prediction,
            outcome=Outcome.CORRECT,
            rationale="GPT-5 sat near METR's trend.",
            as_of=datetime.date(2025, 12, 31),
            evidence=[
                services.EvidenceInput(url="https://example.org/metr", title="METR", accessed_on=frozen_now.date())
            ],
            by=reviewer,
        )
    count, pending = queries_for(anonymous, page_of(prediction))
    assert count > 0  # the proposal started a new generation
    assert "A reviewer has proposed a verdict" in pending
    with django_capture_on_commit_callbacks(execute=True):
        services.resolution_confirm(resolution=proposal, by=second_reviewer)

    _, after = queries_for(anonymous, page_of(prediction))
    assert "ClaimReview" in after
    assert "GPT-5 sat near METR&#x27;s trend." in after or "GPT-5 sat near METR's trend." in after


def test_redirects_and_missing_pages_are_not_cached(article: None, anonymous: Client) -> None:
    prediction = Prediction.objects.get(slug=INFLECTION)

    canonical = f"/predictions/{prediction.pk}/{prediction.slug}/"
    for _ in range(2):  # a replayed response would lose its Location and cost no query
        count, redirect = queries_and_response(anonymous, f"/predictions/{prediction.pk}/old-slug/")
        assert (redirect.status_code, redirect["Location"], count > 0) == (301, canonical, True)
        count, missing = queries_and_response(anonymous, "/predictions/999999/nothing/")
        assert (missing.status_code, count > 0) == (404, True)


def test_tracking_parameters_share_the_cached_page(article: None, anonymous: Client) -> None:
    plain, _ = queries_for(anonymous, "/")
    tagged, tagged_html = queries_for(anonymous, "/?utm_source=newsletter&fbclid=abc")

    assert plain > 0
    assert tagged == 0  # the same page, served from the cache
    assert 'rel="canonical" href="http://127.0.0.1:8000/"' in tagged_html
    assert "utm_source" not in tagged_html


def test_a_cache_that_is_down_costs_speed_not_the_page(article: None, anonymous: Client) -> None:
    prediction = Prediction.objects.get(slug=INFLECTION)
    broken = mock.Mock(side_effect=ConnectionError("cache down"))

    with (
        mock.patch.object(public_cache.cache, "get", broken),
        mock.patch.object(public_cache.cache, "get_many", broken),
        mock.patch.object(public_cache.cache, "set", broken),
        mock.patch.object(public_cache.cache, "set_many", broken),
    ):
        response = anonymous.get(page_of(prediction))
        public_cache.invalidate()  # logged, not raised
        public_cache.touch(public_cache.prediction_subject(prediction.pk))  # logged, not raised

    assert response.status_code == 200
    assert prediction.quote in response.content.decode()
