"""The hand-written SQL of the hot path returns exactly what the ORM form does."""

from __future__ import annotations

import datetime
import itertools
from typing import Any

import pytest
from django.test import Client

from predictions.api import filters
from predictions.api.representations import rfc3339
from predictions.selectors import prediction_rows
from predictions.selectors.keyset import Cursor, Ordering
from tests.factories import PredictionFactory, SpeakerFactory, TopicFactory, final_resolution_for

pytestmark = pytest.mark.django_db

FILTERS = [
    {},
    {"status": "open"},
    {"status": "due"},
    {"status": "overdue"},
    {"status": "resolved"},
    {"outcome": "incorrect"},
    {"speaker": "other"},
    {"topic": "energy"},
    {"made_on_after": "2024-01-01", "resolve_on_before": "2027-01-01"},
    {"q": "cheaper"},
    {"q": "100%_sure\\"},
]


@pytest.fixture
def world(frozen_now) -> None:
    other = SpeakerFactory.create(slug="other")
    main = SpeakerFactory.create(slug="main")
    energy = TopicFactory.create(slug="energy")
    for index in range(12):
        prediction = PredictionFactory.create(
            speaker=other if index % 3 == 0 else main,
            made_on=datetime.date(2023 + index % 2, 1, 1 + index),
            resolve_on=datetime.date(2025 + index % 3, 6, 1),
            quote="batteries will keep getting cheaper every year" if index % 4 == 0 else "most cars sold in Europe",
            is_public=index != 11,
        )
        if index % 2:
            prediction.topics.add(energy)
        if index % 5 == 0:
            final_resolution_for(prediction, outcome="incorrect" if index else "correct")


def same_form(rows: list) -> list[tuple]:
    """Timestamps as the SQL writes them (RFC 3339 text), without the JSON columns
    only the SQL form has; everything else as loaded."""
    return [tuple(rfc3339(v) if isinstance(v, datetime.datetime) else v for v in row[:-3]) for row in rows]


@pytest.mark.parametrize(("query", "ordering_name"), list(itertools.product(FILTERS, ["resolve_on", "-made_on", "id"])))
def test_sql_and_orm_pages_agree(world: None, query: dict[str, str], ordering_name: str) -> None:
    parsed = filters.parse_prediction_filters(query)
    ordering = Ordering.parse(ordering_name)
    key_index = prediction_rows.KEY_INDEX[ordering.field or "id"]

    def both(cursor: Cursor | None) -> tuple[list[tuple], list[tuple]]:
        page: dict[str, Any] = {"filters": parsed, "ordering": ordering, "cursor": cursor, "limit": 51}
        return same_form(prediction_rows.sql_page_rows(**page)), same_form(prediction_rows.orm_page_rows(**page))

    sql_first, orm_first = both(None)
    assert sql_first == orm_first
    assert len(sql_first) == len(set(sql_first))
    if len(sql_first) > 2:  # and from a cursor, both ways
        middle = sql_first[1]
        for backwards in (False, True):
            key = middle[key_index] if key_index is not None else None
            sql_rows, orm_rows = both(Cursor(key=key, id=middle[0], backwards=backwards))
            assert sql_rows == orm_rows and sql_rows


def test_the_named_rows_carry_every_column_of_the_sql() -> None:
    assert len(prediction_rows.COLUMNS) == len(prediction_rows.PredictionRow._fields)
    assert len(prediction_rows.ORM_PATHS) == len(prediction_rows.COLUMNS) - 3  # the JSON columns are SQL-only


@pytest.mark.parametrize(("query", "count"), [("page_size=5&ordering=-resolve_on", 5), ("page_size=20", 11)])
def test_the_three_query_form_of_other_databases_answers_the_same(
    world: None, anonymous: Client, monkeypatch, query: str, count: int
) -> None:
    """SQLite (the embedded default) reads the rows through the ORM and topics and evidence in two more queries."""
    fast = anonymous.get(f"/api/v1/predictions/?{query}").json()
    monkeypatch.setattr(prediction_rows, "available", lambda: False)

    slow = anonymous.get(f"/api/v1/predictions/?{query}").json()

    assert fast == slow and len(fast["results"]) == count  # 11 public predictions in all
    assert any(item["resolution"] and item["resolution"]["evidence"] for item in slow["results"])
    assert any(item["topics"] for item in slow["results"])


def test_every_field_of_a_row_lands_where_its_name_says(frozen_now) -> None:
    """build_predictions unpacks a row by position for speed: each field, given its own
    name as value, must come out under the JSON key that names it."""
    from predictions.api.representations import build_predictions

    marked = prediction_rows.PredictionRow._make(prediction_rows.PredictionRow._fields)
    row = marked._replace(
        id=7, final_resolution_id=9, source_id=3, resolve_on=datetime.date(2027, 5, 30), topics_json="[]",
        evidence_json="[]", source_event_name="source_event_name", hedges_json="[]",
        recorded_at="2026-11-28T00:00:00.000000Z",
    )  # fmt: skip

    [body] = build_predictions([row], datetime.date(2026, 1, 1), parsed=True)

    for key in ("slug", "version", "quote", "quote_language", "translation", "claim", "made_on", "horizon",
                "horizon_rule", "resolution_criteria", "stated_confidence", "implied_probability", "created_at",
                "updated_at", "outcome", "quote_kind", "spoken_language", "claim_zh", "horizon_rule_zh",
                "resolution_criteria_zh", "stated_confidence_zh", "late_evidence_reason",
                "late_evidence_reason_zh"):  # fmt: skip
        assert body[key] == key
    assert body["recorded_at"] == "2026-11-28T00:00:00.000000Z"
    assert body["recorded_late"] is True  # a reviewer's reason (here the field's name) marks it
    assert body["resolution"]["rationale_zh"] == "rationale_zh"
    assert body["speaker"] == {
        "name": "speaker_name",
        "name_original": "speaker_name_original",
        "slug": "speaker_slug",
        "url": "http://127.0.0.1:8000/api/v1/speakers/speaker_slug/",
    }
    source = body["source"]
    assert {key: source[key] for key in ("title", "title_original", "outlet", "url", "archived_url")} == {
        key: f"source_{key}" for key in ("title", "title_original", "outlet", "url", "archived_url")
    }
    assert (source["id"], source["language"], source["published_on"]) == (3, "source_language", "source_published_on")
    assert source["event"] == {"name": "source_event_name", "place": "source_event_place", "date": "source_event_date"}
    resolution = body["resolution"]
    assert (resolution["id"], resolution["rationale"], resolution["as_of"]) == (9, "rationale", "as_of")
    assert resolution["resolved_at"] == "resolved_at"
    assert (body["id"], body["resolve_on"], body["status"]) == (7, datetime.date(2027, 5, 30), "resolved")
