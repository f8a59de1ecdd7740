"""The reviewers' admin pages carry no inline styles (the CSP forbids them) and load admin.css instead."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from predictions.models import Prediction

pytestmark = pytest.mark.django_db


def our_inline_styles(content: str) -> list[str]:
    # Django's own admin templates are checked in the browser (tests/e2e); here, what this project renders.
    return re.findall(r'<[^>]*(?:status-badge|quote-context|evidence-row|preformatted-text)[^>]*style="[^"]*"', content)


def test_the_prediction_pages_of_the_admin_use_the_stylesheet(article, reviewer_client: Client) -> None:
    prediction = Prediction.objects.get(slug="no-exponential-inflection-with-next-model")
    pages = [
        "/admin/predictions/prediction/",
        "/admin/predictions/prediction/add/",
        f"/admin/predictions/prediction/{prediction.pk}/change/",
        f"/admin/predictions/prediction/{prediction.pk}/propose/",
    ]
    for page in pages:
        response = reviewer_client.get(page)
        assert response.status_code == 200, page
        content = response.content.decode()
        assert '<link rel="stylesheet" href="/static/predictions/admin.css">' in content, page
        assert our_inline_styles(content) == [], page
        assert " style=" not in content.split("<body", 1)[1].split('id="content"', 1)[1], page


def test_the_status_badge_and_the_quote_highlight_are_classes(article, reviewer_client: Client) -> None:
    prediction = Prediction.objects.get(slug="no-exponential-inflection-with-next-model")
    content = reviewer_client.get(f"/admin/predictions/prediction/{prediction.pk}/change/").content.decode()

    assert re.search(r'<strong class="status-badge status-(due|overdue)">', content)
    assert '<blockquote lang="zh-Hans" class="quote-context">' in content
    assert f"<mark>{prediction.quote}</mark>" in content
