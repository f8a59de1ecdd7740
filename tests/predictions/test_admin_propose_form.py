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
