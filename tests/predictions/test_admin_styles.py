"""The Content-Security-Policy allows styles from our own files only, so a
browser drops every style="" attribute: the reviewers' pages must not rely on
them (badge colours, the highlighted quote, criteria with their line breaks)."""

from __future__ import annotations

import datetime
import re

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from predictions import services
from predictions.models import Prediction

pytestmark = pytest.mark.django_db

INLINE_STYLE = re.compile(r"<[^>]*\sstyle=\"[^\"]*\"[^>]*>")


@pytest.fixture
def proposal_pages(frozen_now: datetime.datetime, article: None, reviewer: User) -> list[str]:
    prediction = Prediction.objects.get(slug="no-exponential-inflection-with-next-model")
    proposal = services.resolution_propose(
        prediction=prediction,
        outcome="annulled",
        rationale="Line one.\nLine two.",
        as_of=frozen_now.date(),
        by=reviewer,
    )
    unjudged = Prediction.objects.exclude(pk=prediction.pk).order_by("id")[0]
    return [
        reverse("admin:predictions_prediction_changelist"),
        reverse("admin:predictions_prediction_change", args=[prediction.pk]),
        reverse("admin:predictions_prediction_propose", args=[unjudged.pk]),
        reverse("admin:predictions_prediction_review", args=[prediction.pk, proposal.pk]),
    ]


def test_the_csp_forbids_inline_styles(reviewer_client: Client) -> None:
    policy = reviewer_client.get(reverse("admin:predictions_prediction_changelist"))["Content-Security-Policy"]

    assert "style-src 'self'" in policy
    assert "unsafe-inline" not in policy


def test_reviewer_pages_style_themselves_from_the_stylesheet(
    proposal_pages: list[str], second_reviewer_client: Client
) -> None:
    for url in proposal_pages:
        response = second_reviewer_client.get(url)
        html = response.content.decode()

        assert response.status_code == 200, url
        assert INLINE_STYLE.findall(html) == [], url
        assert "/static/predictions/admin.css" in html, url


def test_the_status_badge_and_the_quote_highlight_are_classes(article: None, reviewer_client: Client) -> None:
    prediction = Prediction.objects.get(slug="no-exponential-inflection-with-next-model")
    content = reviewer_client.get(f"/admin/predictions/prediction/{prediction.pk}/change/").content.decode()

    assert re.search(r'<span class="badge badge-(due|overdue)">', content)
    assert '<blockquote lang="zh-Hans" dir="auto" class="quote-context">' in content
    assert f"<mark>{prediction.quote}</mark>" in content
