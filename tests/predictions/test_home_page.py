"""The temporary public page: the public predictions, never the private ones,
and the way into the reviewers' admin."""

from __future__ import annotations

import datetime

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from pytest_django.asserts import assertContains, assertNotContains

from tests.factories import PredictionFactory, final_resolution_for

pytestmark = pytest.mark.django_db


def test_the_home_page_lists_public_predictions_only(frozen_now: datetime.datetime, anonymous: Client) -> None:
    public = PredictionFactory.create(claim="Public: most new cars are electric by 2030.")
    judged = PredictionFactory.create(claim="Public and judged.", resolve_on=datetime.date(2025, 6, 1))
    final_resolution_for(judged, outcome="incorrect")
    PredictionFactory.create(claim="Private: still being drafted.", is_public=False)

    response = anonymous.get("/")

    assert response.status_code == 200
    assertContains(response, public.claim)
    assertContains(response, public.speaker.name)
    assertContains(response, '<time datetime="2030-12-31">2030-12-31</time>', html=True)
    assertContains(response, "resolved — Incorrect")
    assertNotContains(response, "Private: still being drafted.")
    assertContains(response, '<a href="/admin/">', html=False)
    assert [p.pk for p in response.context["predictions"]] == [judged.pk, public.pk]


def test_the_home_page_says_so_when_nothing_is_public(anonymous: Client) -> None:
    PredictionFactory.create(is_public=False)

    response = anonymous.get("/")

    assertContains(response, "No public predictions yet.")
    assertContains(response, '<a href="/admin/">', html=False)


def test_the_home_page_shows_the_article_and_costs_few_queries(article: None, anonymous: Client) -> None:
    with CaptureQueriesContext(connection) as captured:
        response = anonymous.get("/")

    assertContains(response, "Sam Altman", count=4)
    assert len(captured) <= 2, [query["sql"] for query in captured.captured_queries]
