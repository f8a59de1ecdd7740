"""schema.org ClaimReview JSON-LD on resolved prediction pages: it parses and has the required fields."""

from __future__ import annotations

import json
import re

import pytest
from django.test import Client

from predictions.models import Outcome, Prediction
from predictions.site.jsonld import json_ld_script
from tests.factories import final_resolution_for

pytestmark = pytest.mark.django_db


def json_ld_blocks(content: str) -> list[dict]:
    return [
        json.loads(block) for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', content, re.S)
    ]


@pytest.fixture
def inflection(article: None) -> Prediction:
    return Prediction.objects.get(slug="no-exponential-inflection-with-next-model")


def page(prediction: Prediction) -> str:
    return f"/predictions/{prediction.pk}/{prediction.slug}/"


@pytest.mark.parametrize(
    ("outcome", "rating"), [(Outcome.CORRECT, 5), (Outcome.PARTLY_CORRECT, 3), (Outcome.INCORRECT, 1)]
)
def test_a_resolved_page_carries_a_claim_review(inflection: Prediction, anonymous: Client, outcome, rating) -> None:
    resolution = final_resolution_for(inflection, outcome)

    [review] = json_ld_blocks(anonymous.get(page(inflection)).content.decode())
    assert review["@context"] == "https://schema.org"
    assert review["@type"] == "ClaimReview"
    assert review["url"] == f"http://127.0.0.1:8000{page(inflection)}"
    assert review["datePublished"] == resolution.confirmed_at.date().isoformat()  # type: ignore[union-attr]
    assert review["claimReviewed"] == inflection.claim
    item = review["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["author"] == {
        "@type": "Person",
        "name": "Sam Altman",
        "jobTitle": "CEO, OpenAI",
        "sameAs": "https://en.wikipedia.org/wiki/Sam_Altman",
    }
    assert item["datePublished"] == "2024-05-30"
    assert item["text"] == "我们并不认为我们正处于任何指数增长的临界点。"
    assert item["appearance"]["inLanguage"] == "zh-Hans"
    assert review["reviewRating"] == {
        "@type": "Rating",
        "alternateName": outcome.label,
        "ratingValue": rating,
        "bestRating": 5,
        "worstRating": 1,
    }
    assert review["author"] == {"@type": "Organization", "name": "Hindsight", "url": "http://127.0.0.1:8000/"}


def test_the_claim_review_follows_the_page_language(inflection: Prediction, anonymous: Client) -> None:
    final_resolution_for(inflection, Outcome.CORRECT)

    [review] = json_ld_blocks(anonymous.get(page(inflection) + "?lang=zh-hans").content.decode())
    assert review["inLanguage"] == "zh-Hans"
    assert review["claimReviewed"] == inflection.claim_zh
    assert review["reviewRating"]["alternateName"] == "正确"


def test_unresolvable_has_a_name_but_no_number(inflection: Prediction, anonymous: Client) -> None:
    final_resolution_for(inflection, Outcome.UNRESOLVABLE)

    [review] = json_ld_blocks(anonymous.get(page(inflection)).content.decode())
    assert review["reviewRating"] == {"@type": "Rating", "alternateName": "Unresolvable"}


def test_no_claim_review_before_a_verdict_or_for_an_annulled_prediction(
    inflection: Prediction, anonymous: Client
) -> None:
    assert json_ld_blocks(anonymous.get(page(inflection)).content.decode()) == []
    final_resolution_for(inflection, Outcome.ANNULLED)
    assert json_ld_blocks(anonymous.get(page(inflection)).content.decode()) == []


def test_the_json_cannot_close_its_script_element() -> None:
    html = json_ld_script({"claimReviewed": "</script><script>alert(1)</script> & <!--"})

    assert html.count("</script>") == 1
    assert "<!--" not in html
    assert json.loads(html.removeprefix('<script type="application/ld+json">').removesuffix("</script>")) == {
        "claimReviewed": "</script><script>alert(1)</script> & <!--"
    }
