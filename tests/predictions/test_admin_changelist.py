"""The reviewers' prediction list: a constant number of queries however long
the ledger, and the filters, search and date drill-down reviewers work with."""

from __future__ import annotations

import datetime

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from pytest_django.asserts import assertContains

from predictions.models import Prediction
from tests.factories import (
    PredictionFactory,
    SourceFactory,
    SpeakerFactory,
    TopicFactory,
    final_resolution_for,
)

CHANGELIST = reverse("admin:predictions_prediction_changelist")

pytestmark = pytest.mark.django_db


def add_predictions(count: int) -> None:
    """Varied rows: their own speakers and sources, topics, every status."""
    topic = TopicFactory.create(slug="energy")
    for number in range(count):
        prediction = PredictionFactory.create(
            speaker=SpeakerFactory.create(),
            source=SourceFactory.create(),
            resolve_on=datetime.date(2025, 6, 1) + datetime.timedelta(days=30 * number),
        )
        prediction.topics.add(topic, TopicFactory.create())
        if number % 3 == 0:
            final_resolution_for(prediction, outcome="partly_correct")


def queries_for_the_list(client: Client) -> list[str]:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(CHANGELIST)
    assert response.status_code == 200
    return [query["sql"] for query in captured.captured_queries]


def test_the_list_costs_as_many_queries_for_50_predictions_as_for_5(
    frozen_now: datetime.datetime, reviewer_client: Client
) -> None:
    add_predictions(5)
    with_5 = queries_for_the_list(reviewer_client)
    add_predictions(45)

    with_50 = queries_for_the_list(reviewer_client)

    assert Prediction.objects.count() == 50
    assert len(with_50) == len(with_5), "\n".join(with_50)


def shown(client: Client, query: str) -> list[str]:
    response = client.get(f"{CHANGELIST}?{query}")
    assert response.status_code == 200
    return sorted(prediction.slug for prediction in response.context["cl"].result_list)


@pytest.fixture
def ledger(frozen_now: datetime.datetime) -> dict[str, Prediction]:
    """Four predictions, one per status, on 2026-01-01."""
    ada, bao = SpeakerFactory.create(name="Ada Lovelace"), SpeakerFactory.create(name="Bao Ninh")
    energy, china = TopicFactory.create(slug="energy"), TopicFactory.create(slug="china")
    rows = {
        "open": PredictionFactory.create(
            slug="open", speaker=ada, resolve_on=datetime.date(2027, 5, 30), claim="Solid-state batteries ship."
        ),
        "due": PredictionFactory.create(
            slug="due", speaker=ada, resolve_on=datetime.date(2025, 12, 31), translation="Heat pumps will win."
        ),
        "overdue": PredictionFactory.create(slug="overdue", speaker=bao, resolve_on=datetime.date(2025, 5, 30)),
        "resolved": PredictionFactory.create(slug="resolved", speaker=bao, resolve_on=datetime.date(2025, 5, 1)),
    }
    final_resolution_for(rows["resolved"], outcome="incorrect")
    Prediction.objects.filter(slug="overdue").update(quote="batteries will keep getting cheaper every year")
    rows["open"].topics.add(energy)
    rows["due"].topics.add(energy, china)
    rows["resolved"].topics.add(china)
    return rows


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ["due", "open", "overdue", "resolved"]),
        ("status=open", ["open"]),
        ("status=due", ["due", "overdue"]),  # overdue is a kind of due
        ("status=overdue", ["overdue"]),
        ("status=resolved", ["resolved"]),
        ("outcome=incorrect", ["resolved"]),
        ("outcome=correct", []),
        ("q=Solid-state", ["open"]),  # the claim
        ("q=cheaper", ["overdue"]),  # the quote
        ("q=heat+pumps", ["due"]),  # the translation
        ("resolve_on__year=2025", ["due", "overdue", "resolved"]),
        ("resolve_on__year=2025&resolve_on__month=5", ["overdue", "resolved"]),
        ("resolve_on__year=2025&resolve_on__month=5&resolve_on__day=30", ["overdue"]),
    ],
)
def test_filters_search_and_date_hierarchy(
    ledger: dict[str, Prediction], reviewer_client: Client, query: str, expected: list[str]
) -> None:
    assert shown(reviewer_client, query) == expected


def test_filters_by_speaker_and_topic(ledger: dict[str, Prediction], reviewer_client: Client) -> None:
    ada = ledger["open"].speaker
    china = ledger["resolved"].topics.get()

    assert shown(reviewer_client, f"speaker__id__exact={ada.pk}") == ["due", "open"]
    assert shown(reviewer_client, f"topics__id__exact={china.pk}") == ["due", "resolved"]
    assert shown(reviewer_client, f"topics__id__exact={china.pk}&status=due") == ["due"]


def test_the_list_shows_badges_days_and_outcomes(ledger: dict[str, Prediction], reviewer_client: Client) -> None:
    response = reviewer_client.get(CHANGELIST)

    for badge in ("open", "due", "overdue", "resolved"):
        assertContains(response, f'class="badge badge-{badge}"', count=1)
    assertContains(response, "in 514 days")  # 2027-05-30
    assertContains(response, "1 day ago")  # 2025-12-31
    assertContains(response, "216 days ago")  # 2025-05-30
    assertContains(response, "Incorrect")
