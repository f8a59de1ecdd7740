"""The propose page as a reviewer's browser sees it, in English and Chinese: ISO dates in the
date pickers, no outcome chosen for them, blank evidence rows left alone, required fields
marked, and every input labelled and described by an element that exists.

The whole round trip in a real Chromium with a Chinese locale is in
tests/e2e/test_propose_browser.py."""

from __future__ import annotations

import datetime
import re
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse
from django.utils.html import escape

from predictions.models import Evidence, Prediction, Resolution

pytestmark = pytest.mark.django_db

DUE_SLUG = "no-exponential-inflection-with-next-model"
CHINESE = {"Accept-Language": "zh-CN,zh;q=0.9"}


@pytest.fixture
def propose_url(article: None) -> str:
    prediction = Prediction.objects.get(slug=DUE_SLUG)
    return reverse("admin:predictions_prediction_propose", args=[prediction.pk])


def posted(**rows: dict[str, str]) -> dict[str, Any]:
    """A propose POST with evidence rows ``row0``, ``row1``… as the browser sends them."""
    data: dict[str, Any] = {
        "outcome": "correct",
        "rationale": "METR measured GPT-5 on the existing trend.",
        "as_of": "2025-12-31",
        "evidence-TOTAL_FORMS": str(len(rows)),
        "evidence-INITIAL_FORMS": "0",
        "evidence-MIN_NUM_FORMS": "0",
        "evidence-MAX_NUM_FORMS": "20",
    }
    blank = {"url": "", "title": "", "publisher": "", "accessed_on": "2026-01-01", "archived_url": "", "excerpt": ""}
    for index, row in enumerate(rows.values()):
        for name, value in {**blank, **row}.items():
            data[f"evidence-{index}-{name}"] = value
    return data


SOURCE = {"url": "https://evaluations.metr.org/gpt-5-report/", "title": "METR's evaluation of GPT-5"}


@pytest.mark.parametrize("headers", [{}, CHINESE], ids=["english", "chinese"])
def test_date_pickers_hold_iso_dates_whatever_the_language(
    frozen_now: datetime.datetime, reviewer_client: Client, propose_url: str, headers: dict[str, str]
) -> None:
    content = reviewer_client.get(propose_url, headers=headers).content.decode()

    dates = re.findall(r'<input type="date" name="([^"]+)" value="([^"]*)"', content)
    assert ("as_of", "2026-01-01") in dates
    assert ("evidence-0-accessed_on", "2026-01-01") in dates
    assert all(value == "2026-01-01" for _name, value in dates), dates
    assert "2026/01/01" not in content


def test_a_chinese_reviewer_proposes_with_one_source_and_the_blank_row_left_as_it_came(
    frozen_now: datetime.datetime, reviewer_client: Client, propose_url: str
) -> None:
    response = reviewer_client.post(propose_url, posted(row0=SOURCE, row1={}), headers=CHINESE)

    assert response.status_code == 302
    resolution = Resolution.objects.get()
    assert [(item.url, item.accessed_on) for item in Evidence.objects.filter(resolution=resolution)] == [
        (SOURCE["url"], datetime.date(2026, 1, 1))
    ]


@pytest.mark.parametrize("date", ["", "2026-02-03"], ids=["date-cleared", "date-changed"])
def test_a_blank_row_stays_blank_when_only_its_date_was_touched(
    frozen_now: datetime.datetime, reviewer_client: Client, propose_url: str, date: str
) -> None:
    response = reviewer_client.post(propose_url, posted(row0=SOURCE, row1={"accessed_on": date}))

    assert response.status_code == 302, response.content.decode()[:2000]
    assert Evidence.objects.count() == 1


def test_no_outcome_is_chosen_for_the_reviewer(
    frozen_now: datetime.datetime, reviewer_client: Client, propose_url: str
) -> None:
    page = reviewer_client.get(propose_url).content.decode()
    select = re.search(r'<select name="outcome".*?</select>', page, flags=re.S)
    assert select is not None
    assert '<option value="" selected>---------</option>' in select.group(0)
    assert select.group(0).count(" selected") == 1

    response = reviewer_client.post(propose_url, {**posted(row0=SOURCE), "outcome": ""})
    assert response.status_code == 200
    assert "This field is required." in response.content.decode()
    assert not Resolution.objects.exists()


def test_a_date_that_is_not_iso_is_refused_with_the_format_named(
    frozen_now: datetime.datetime, reviewer_client: Client, propose_url: str
) -> None:
    """What an old browser without a date picker would send."""
    response = reviewer_client.post(propose_url, {**posted(row0=SOURCE), "as_of": "31/12/2025"})

    assert response.status_code == 200
    assert "Enter a date as YYYY-MM-DD." in response.content.decode()
    assert not Resolution.objects.exists()


@pytest.mark.parametrize("headers", [{}, CHINESE], ids=["english", "chinese"])
def test_required_fields_are_marked_and_every_input_is_labelled_and_described(
    frozen_now: datetime.datetime, reviewer: User, reviewer_client: Client, propose_url: str, headers: dict[str, str]
) -> None:
    page = reviewer_client.get(propose_url, headers=headers).content.decode()

    required_labels = set(re.findall(r'<label for="id_([a-z_]+)" class="required">', page))
    assert required_labels == {"outcome", "rationale", "as_of"}
    required_columns = re.findall(r'<th scope="col" class="column-([a-z_]+) required">', page)
    assert required_columns == ["url", "title", "accessed_on"]
    ids = set(re.findall(r' id="([^"]+)"', page))
    for described_by in re.findall(r'aria-describedby="([^"]+)"', page):
        assert described_by in ids, f"aria-describedby points at a missing {described_by}"
    inputs = re.findall(r'<(?:input(?! type="hidden")|select|textarea)[^>]* id="(id_[^"]+)"', page)
    assert len(inputs) == 4 + 2 * 6  # the judgement (rationale in Chinese too), two evidence rows
    labelled = set(re.findall(r'<label[^>]* for="([^"]+)"', page))
    assert [name for name in inputs if name not in labelled] == []
    if headers:
        assert "带 * 的字段为必填项。" in page
        assert "网址，来源 1" in page  # the label of the first row's URL


@pytest.mark.parametrize("headers", [{}, CHINESE], ids=["english", "chinese"])
def test_before_its_date_the_form_asks_why_it_is_decided_early(
    frozen_now: datetime.datetime, reviewer_client: Client, article: None, headers: dict[str, str]
) -> None:
    prediction = Prediction.objects.exclude(slug=DUE_SLUG).filter(resolve_on__gt=datetime.date(2026, 1, 1)).first()
    assert prediction is not None
    url = reverse("admin:predictions_prediction_propose", args=[prediction.pk])

    form = reviewer_client.get(url, headers=headers).content.decode()
    assert 'name="early_reason"' in form
    assert ("Decided early because" in form) == (headers == {})
    refused = reviewer_client.post(url, posted(row0=SOURCE), headers=headers)
    assert refused.status_code == 200 and not Resolution.objects.exists()
    assert "2027-05-30" in refused.content.decode()  # the error names the date it is due

    done = reviewer_client.post(url, {**posted(row0=SOURCE), "early_reason": "Settled already."}, headers=headers)
    assert done.status_code == 302
    assert Resolution.objects.get().early_reason == "Settled already."


def test_a_due_prediction_is_proposed_without_an_early_reason_field(
    frozen_now: datetime.datetime, reviewer_client: Client, propose_url: str
) -> None:
    assert 'name="early_reason"' not in reviewer_client.get(propose_url).content.decode()


def test_a_chinese_reviewer_judges_the_claim_and_criteria_in_chinese(
    frozen_now: datetime.datetime, reviewer_client: Client, propose_url: str
) -> None:
    """The page once printed the English claim and criteria in the Chinese admin, beside Chinese labels."""
    prediction = Prediction.objects.get(slug=DUE_SLUG)
    assert prediction.claim_zh and prediction.resolution_criteria_zh  # the seed article is translated

    chinese = reviewer_client.get(propose_url, headers=CHINESE).content.decode()
    english = reviewer_client.get(propose_url).content.decode()

    claim, criteria = escape(prediction.claim), escape(prediction.resolution_criteria)
    claim_zh, criteria_zh = escape(prediction.claim_zh), escape(prediction.resolution_criteria_zh)
    assert claim_zh in chinese and criteria_zh in chinese
    assert claim not in chinese and criteria not in chinese
    assert claim in english and criteria in english
    assert claim_zh not in english
