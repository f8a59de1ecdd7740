"""The reviewers' admin in Chinese: no English of ours in its chrome.

A reviewer whose browser asks for Chinese walks the admin — its home, every list of the ledger's and the
tracker's models, a prediction's and a source's form — and reads none of the site titles, app names, model
names or field labels in English. The ledger's own content (claims, quotes, names, titles) is data, not
chrome, and is left out before looking.
"""

from __future__ import annotations

import datetime
import re
from html.parser import HTMLParser

import pytest
from django.contrib import admin
from django.contrib.auth.models import User
from django.db.models import Model
from django.test import Client
from django.urls import reverse

from predictions.models import Prediction, Resolution
from tests.factories import PredictionFactory, final_resolution_for
from tests.tracker.helpers import due_prediction
from tracker.models import Reminder, Snooze
from tracker.services.reminders.sweep import reminders_sweep

pytestmark = pytest.mark.django_db

ADMIN_APPS = ("predictions", "tracker")

# Our chrome as it reads in English: site titles, app names, model names (as in the sidebar and on the
# lists) and field labels Django used to derive from field names.
ENGLISH_CHROME = [
    "Hindsight reviewers",
    "Hindsight admin",
    "Ledger and reminders",
    "Prediction ledger",
    "Reminders and deliveries",
    "Predictions",
    "Resolutions",
    "Sources",
    "Speakers",
    "Topics",
    "API tokens",
    "Deliveries",
    "Due and overdue predictions",
    "Reminders",
    "Snoozes",
    "Proposal notices",
    "Webhook endpoints",
    "Webhook deliveries",
    "Reviewer preferences",
    "Quote start",
    "Quote end",
    "Quote language",
    "Spoken language",
    "Made on",
    "Recorded at",
    "Version",
    "Slug",
    "Published on",
    "Event name",
    "Event place",
    "Text file",
    "Provenance note",
    "Archived url",
    "Loaded version",
    "Stage",
    "Round",
    "Recipient",
    "Item count",
    "Started at",
    "Finished at",
    "Message id",
    "Escalation",
    "Last error",
    "Proposed at",
    "Confirmed at",
    "Rejection reason",
    "Reason",
    "Until",
    # Our rows' names in titles and breadcrumbs (``__str__``).
    "of prediction",
    "digest to",
]


class VisibleText(HTMLParser):
    """The text a reader sees: text nodes outside <script>, <style> and <template>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: object) -> None:
        self.hidden += tag in {"script", "style", "template"}

    def handle_endtag(self, tag: str) -> None:
        self.hidden -= tag in {"script", "style", "template"} and self.hidden > 0

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def ledger_content(prediction: Prediction, *more: Model) -> list[str]:
    """The rows' own words and names: data, shown as entered (or as sent) in whatever language."""
    rows = [prediction, prediction.source, prediction.speaker, *prediction.topics.all(), *more]
    values = [getattr(row, field.attname) for row in rows for field in row._meta.concrete_fields]
    return sorted({value for value in values if isinstance(value, str) and value.strip()}, key=len, reverse=True)


def visible_text(client: Client, url: str, data: list[str]) -> str:
    response = client.get(url, headers={"accept-language": "zh-hans"})
    assert response.status_code == 200, url
    parser = VisibleText()
    parser.feed(response.content.decode())
    text = " ".join(" ".join(parser.parts).split())
    for value in data:
        text = text.replace(" ".join(value.split()), " ")
    return text


def english_chrome_in(text: str) -> list[str]:
    return [words for words in ENGLISH_CHROME if re.search(rf"\b{re.escape(words)}\b", text)]


def admin_pages(reviewer: User, prediction: Prediction, resolution: Resolution, reminder: Reminder) -> list[str]:
    """The home, every list of both apps a reviewer may see, and the forms of a ledger's and a reminder's rows."""
    changelists = [
        reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
        for model in admin.site._registry
        if model._meta.app_label in ADMIN_APPS
        and reviewer.has_perm(f"{model._meta.app_label}.view_{model._meta.model_name}")
    ]
    return [
        reverse("admin:index"),
        *sorted(changelists),
        reverse("admin:predictions_prediction_change", args=[prediction.pk]),
        reverse("admin:predictions_source_change", args=[prediction.source.pk]),
        reverse("admin:predictions_speaker_change", args=[prediction.speaker.pk]),
        reverse("admin:predictions_resolution_change", args=[resolution.pk]),
        reverse("admin:tracker_reminder_change", args=[reminder.pk]),
        reverse("admin:tracker_delivery_change", args=[reminder.delivery_id]),
        reverse("admin:tracker_overdueprediction_change", args=[prediction.pk]),
    ]


def test_a_chinese_reviewer_meets_no_english_chrome_in_the_admin(
    frozen_now: datetime.datetime, reviewer_client: Client, reviewer: User
) -> None:
    # Rows in every list, so their column headers and filters show: a reminded overdue prediction, its
    # delivery, a snooze of another, and a verdict on a third.
    overdue = due_prediction(days_ago=30)
    reminders_sweep()
    reminder = Reminder.objects.get(prediction=overdue)
    assert reminder.delivery is not None  # the sweep sent it
    snooze = Snooze.objects.create(prediction=due_prediction(), until=frozen_now.date(), reason="On leave.")
    judged = PredictionFactory.create()
    resolution = final_resolution_for(judged)
    data = ledger_content(overdue, reminder, reminder.delivery, snooze, resolution) + ledger_content(judged)
    pages = admin_pages(reviewer, overdue, resolution, reminder)
    assert len(pages) > 15, pages

    english = {url: found for url in pages if (found := english_chrome_in(visible_text(reviewer_client, url, data)))}

    assert english == {}


def test_the_home_names_the_site_and_the_apps_in_chinese(reviewer_client: Client) -> None:
    text = visible_text(reviewer_client, reverse("admin:index"), [])
    for chinese in ("Hindsight 评审员", "预测记录与提醒", "预测记录", "提醒与投递", "发言者", "来源", "裁定"):
        assert chinese in text


def test_a_prediction_form_labels_its_fields_in_chinese(reviewer_client: Client) -> None:
    prediction = PredictionFactory.create()
    url = reverse("admin:predictions_prediction_change", args=[prediction.pk])
    text = visible_text(reviewer_client, url, ledger_content(prediction))
    for chinese in ("引语起点", "引语语言", "发言日期", "裁定标准"):
        assert chinese in text


def test_english_reviewers_read_the_same_english_as_before(reviewer_client: Client) -> None:
    """The detector sees English when there is English: the English admin keeps its words."""
    response = reviewer_client.get(reverse("admin:index"), headers={"accept-language": "en"})
    parser = VisibleText()
    parser.feed(response.content.decode())
    found = english_chrome_in(" ".join(" ".join(parser.parts).split()))
    assert {"Hindsight reviewers", "Prediction ledger", "Reminders and deliveries", "Predictions"} <= set(found)
