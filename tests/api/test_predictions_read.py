"""GET predictions/ and predictions/{id}/: the contract integrators rely on."""

from __future__ import annotations

import datetime
from urllib.parse import parse_qs, urlsplit

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from predictions.models import Prediction
from tests.factories import PredictionFactory, SpeakerFactory, TopicFactory, final_resolution_for, ledger_batch

pytestmark = pytest.mark.django_db

IDENTITY = {"id", "url", "history_url", "created_at", "updated_at"}
WHAT_WAS_SAID = {"speaker", "source", "quote", "quote_language", "translation", "claim"}
WHEN_AND_HOW_SURE = {"made_on", "horizon", "resolve_on", "resolution_criteria", "stated_confidence"}
VERDICT = {"implied_probability", "topics", "status", "outcome", "resolution"}
PREDICTION_FIELDS = IDENTITY | WHAT_WAS_SAID | WHEN_AND_HOW_SURE | VERDICT
SPEAKER_FIELDS = {"name", "name_original", "slug", "url"}
SOURCE_FIELDS = {"title", "title_original", "outlet", "url", "archived_url", "language", "published_on", "event"}
RESOLUTION_FIELDS = {"outcome", "rationale", "as_of", "resolved_at", "early_reason", "evidence"}
EVIDENCE_FIELDS = {"url", "title", "publisher", "accessed_on", "archived_url"}


def test_the_article_forecasts_are_listed_with_every_contract_field(
    anonymous: Client, article: None, frozen_now
) -> None:
    response = anonymous.get("/api/v1/predictions/")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    body = response.json()
    assert body["next"] is None and body["previous"] is None
    results = body["results"]
    assert len(results) == Prediction.objects.count() == 4
    for item in results:
        assert set(item) >= PREDICTION_FIELDS
        assert set(item["speaker"]) >= SPEAKER_FIELDS
        assert set(item["source"]) >= SOURCE_FIELDS
    first = results[0]  # ordered by resolve_on: the "exponential inflection" forecast, due 2025-12-31
    assert first["slug"] == "no-exponential-inflection-with-next-model"
    assert first["status"] == "due" and first["outcome"] is None and first["resolution"] is None
    assert first["speaker"] == {
        "name": "Sam Altman",
        "name_original": "山姆·奥尔特曼",
        "slug": "sam-altman",
        "url": "http://127.0.0.1:8000/api/v1/speakers/sam-altman/",
    }
    assert first["source"]["language"] == "zh-Hans"
    assert first["source"]["event"] == {
        "name": "AI for Good Global Summit 2024",
        "place": "Geneva, Switzerland",
        "date": "2024-05-30",
    }
    stored = Prediction.objects.get(slug="no-exponential-inflection-with-next-model")
    assert first["quote"] == stored.quote and first["quote_language"] == "zh-Hans"
    assert first["made_on"] == "2024-05-30" and first["resolve_on"] == stored.resolve_on.isoformat()
    assert first["url"] == f"http://127.0.0.1:8000/api/v1/predictions/{stored.pk}/"
    assert first["history_url"] == f"http://127.0.0.1:8000/api/v1/predictions/{stored.pk}/resolutions/"
    assert first["created_at"].endswith("Z")
    assert first["topics"] == [  # by name
        {"slug": "ai-capabilities", "name": "AI capabilities"},
        {"slug": "artificial-intelligence", "name": "Artificial intelligence"},
        {"slug": "large-language-models", "name": "Large language models"},
    ]
    for item in results:
        stored = Prediction.objects.get(slug=item["slug"]).topics.order_by("name")
        assert [topic["slug"] for topic in item["topics"]] == list(stored.values_list("slug", flat=True))
        assert len(item["topics"]) == 3


def test_detail_shows_the_final_resolution_with_its_evidence(anonymous: Client, frozen_now) -> None:
    prediction = PredictionFactory.create(resolve_on=datetime.date(2025, 6, 1))
    prediction.topics.add(TopicFactory.create(slug="energy", name="Energy"))
    resolution = final_resolution_for(prediction, outcome="incorrect", rationale="Share was 30%.")

    body = anonymous.get(f"/api/v1/predictions/{prediction.pk}/").json()

    assert set(body) >= PREDICTION_FIELDS
    assert body["status"] == "resolved" and body["outcome"] == "incorrect"
    assert set(body["resolution"]) >= RESOLUTION_FIELDS
    assert body["resolution"]["rationale"] == "Share was 30%."
    assert body["resolution"]["resolved_at"].startswith("2026-01-01T09:00:00")
    assert body["resolution"]["as_of"] == resolution.as_of.isoformat()
    [evidence] = body["resolution"]["evidence"]
    assert set(evidence) == EVIDENCE_FIELDS and evidence["url"] == "https://example.org/report"
    assert body["topics"] == [{"slug": "energy", "name": "Energy"}]
    assert body["implied_probability"] == 0.8


def test_non_public_and_unknown_predictions_are_404_json(anonymous: Client) -> None:
    hidden = PredictionFactory.create(is_public=False)

    for path in (f"/api/v1/predictions/{hidden.pk}/", "/api/v1/predictions/999999/", "/api/v1/nowhere/"):
        response = anonymous.get(path)
        assert response.status_code == 404, path
        assert response.json()["code"] == "not_found"
    assert hidden.pk not in [item["id"] for item in anonymous.get("/api/v1/predictions/").json()["results"]]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("status=open", {"future"}),
        ("status=due", {"due-recently", "due-long-ago"}),
        ("status=overdue", {"due-long-ago"}),
        ("status=resolved", {"resolved"}),
        ("outcome=correct", {"resolved"}),
        ("speaker=someone-else", {"future"}),
        ("topic=energy", {"due-recently"}),
        ("made_on_after=2024-01-01&made_on_before=2024-12-31", {"future", "due-recently", "due-long-ago"}),
        ("resolve_on_after=2025-12-25&resolve_on_before=2026-12-31", {"due-recently"}),
        ("q=BATTERIES", {"resolved"}),
    ],
)
def test_filters(anonymous: Client, frozen_now, query: str, expected: set[str]) -> None:
    other = SpeakerFactory.create(slug="someone-else")
    PredictionFactory.create(slug="future", speaker=other, resolve_on=datetime.date(2030, 1, 1))
    recent = PredictionFactory.create(slug="due-recently", resolve_on=datetime.date(2025, 12, 30))
    recent.topics.add(TopicFactory.create(slug="energy"))
    PredictionFactory.create(slug="due-long-ago", resolve_on=datetime.date(2025, 6, 1))
    resolved = PredictionFactory.create(
        slug="resolved",
        made_on=datetime.date(2023, 1, 1),
        resolve_on=datetime.date(2025, 1, 1),
        quote="batteries will keep getting cheaper every year",
    )
    final_resolution_for(resolved, outcome="correct")

    response = anonymous.get(f"/api/v1/predictions/?{query}")

    assert response.status_code == 200, response.json()
    assert {item["slug"] for item in response.json()["results"]} == expected


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("status=later", "status"),
        ("outcome=maybe", "outcome"),
        ("speaker=nobody", "speaker"),
        ("topic=nothing", "topic"),
        ("made_on_after=2024-13-01", "made_on_after"),
        ("resolve_on_before=yesterday", "resolve_on_before"),
        ("ordering=claim", "ordering"),
        ("page_size=0", "page_size"),
        ("page_size=201", "page_size"),
        ("page_size=99999999999999999999999", "page_size"),
        ("page_size=-1", "page_size"),
        ("cursor=not-a-cursor", "cursor"),
        ("q=%00", "q"),
        ("speaker=a%00b", "speaker"),
        ("status=open&status=due", "status"),
    ],
)
def test_bad_query_parameters_are_400_naming_the_field(anonymous: Client, query: str, field: str) -> None:
    response = anonymous.get(f"/api/v1/predictions/?{query}")

    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "invalid" and field in body["errors"] and body["message"]


def test_unknown_parameter_is_refused_not_ignored(anonymous: Client) -> None:
    response = anonymous.get("/api/v1/predictions/?stauts=due")

    assert response.status_code == 400
    assert response.json()["code"] == "unknown_parameter"
    assert "stauts" in response.json()["message"]


@pytest.mark.parametrize("path", ["/api/v1/predictions/99999999999999999999999/", "/api/v1/predictions/%00/"])
def test_huge_ids_and_nul_bytes_in_the_path_are_404(anonymous: Client, path: str) -> None:
    response = anonymous.get(path)

    assert response.status_code == 404
    assert response.json()["code"] == "not_found"


def _cursor_of(link: str) -> str:
    return parse_qs(urlsplit(link).query)["cursor"][0]


@pytest.mark.parametrize("ordering", ["resolve_on", "-resolve_on", "made_on", "-made_on", "id", "-id"])
def test_cursor_pages_walk_every_row_once_in_order_both_ways(anonymous: Client, ordering: str) -> None:
    for day in range(7):
        for _ in range(2):  # ties on the date: id breaks them
            PredictionFactory.create(
                made_on=datetime.date(2024, 1, 1 + day), resolve_on=datetime.date(2031, 1, 7 - day)
            )
    seen: list[int] = []
    pages = []
    query = f"ordering={ordering}&page_size=3"
    response = anonymous.get(f"/api/v1/predictions/?{query}").json()
    while True:
        pages.append(response)
        seen += [item["id"] for item in response["results"]]
        if not response["next"]:
            break
        response = anonymous.get(f"/api/v1/predictions/?{query}&cursor={_cursor_of(response['next'])}").json()

    field, reverse = ordering.lstrip("-"), ordering.startswith("-")
    rows = Prediction.objects.values_list("id", *([field] if field != "id" else []))
    expected = [row[0] for row in sorted(rows, key=lambda row: (row[-1], row[0]), reverse=reverse)]
    assert seen == expected and len(pages) == 5
    # Back from the last page: the previous link gives the page before it.
    back = anonymous.get(f"/api/v1/predictions/?{query}&cursor={_cursor_of(pages[-1]['previous'])}").json()
    assert [item["id"] for item in back["results"]] == [item["id"] for item in pages[-2]["results"]]


def test_rows_added_while_paging_do_not_shift_the_next_page(anonymous: Client) -> None:
    for day in range(4):
        PredictionFactory.create(resolve_on=datetime.date(2031, 1, 10 + day))
    first = anonymous.get("/api/v1/predictions/?page_size=2").json()
    PredictionFactory.create(resolve_on=datetime.date(2031, 1, 1))  # sorts before everything seen

    second = anonymous.get(f"/api/v1/predictions/?page_size=2&cursor={_cursor_of(first['next'])}").json()

    dates = [item["resolve_on"] for item in first["results"] + second["results"]]
    assert dates == ["2031-01-10", "2031-01-11", "2031-01-12", "2031-01-13"]


def test_cursor_of_another_ordering_is_refused(anonymous: Client) -> None:
    PredictionFactory.create_batch(3)
    link = anonymous.get("/api/v1/predictions/?page_size=1").json()["next"]

    response = anonymous.get(f"/api/v1/predictions/?page_size=1&ordering=id&cursor={_cursor_of(link)}")

    assert response.status_code == 400 and "cursor" in response.json()["errors"]


def _resolved_world(count: int) -> None:
    topics = [TopicFactory.create(), TopicFactory.create()]
    with ledger_batch():
        for index in range(count):
            prediction = PredictionFactory.create(resolve_on=datetime.date(2025, 1, 1))
            prediction.topics.set(topics)
            if index % 2:
                final_resolution_for(prediction)


@pytest.mark.parametrize("rows", [5, 150])
def test_list_costs_one_query_whatever_the_page_size(anonymous: Client, rows: int) -> None:
    _resolved_world(rows)

    with CaptureQueriesContext(connection) as queries:
        response = anonymous.get("/api/v1/predictions/?page_size=200")

    assert response.status_code == 200 and len(response.json()["results"]) == rows
    # PostgreSQL aggregates topics and evidence in the same query (three queries on SQLite).
    assert len(queries) == 1, [query["sql"] for query in queries]


@pytest.mark.parametrize("rows", [5, 150])
def test_detail_costs_one_query(anonymous: Client, rows: int) -> None:
    _resolved_world(rows)
    resolved = Prediction.objects.filter(final_resolution__isnull=False).first()
    assert resolved is not None

    with CaptureQueriesContext(connection) as queries:
        response = anonymous.get(f"/api/v1/predictions/{resolved.pk}/")

    assert response.status_code == 200 and response.json()["resolution"]["evidence"]
    assert len(queries) == 1
