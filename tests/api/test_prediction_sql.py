"""The hand-written SQL of the hot path returns exactly what the ORM form does."""

from __future__ import annotations

import datetime
import itertools
from typing import Any

import pytest
from django.test import Client, override_settings
from django.utils import timezone

from predictions.api import filters
from predictions.models import Prediction
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
    """Without the JSON columns only the SQL form has: every other value, timestamps and the
    status and recorded-late rules' results included, must be the same in both forms."""
    return [tuple(row[:-3]) for row in rows]


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
    sql, params = prediction_rows.statement(datetime.date(2026, 1, 1))
    assert sql.count("%s") == len(params)
    stored, rules, json_columns = len(prediction_rows.COLUMNS), len(prediction_rows.RULE_FIELDS), 3
    assert stored + rules + json_columns == len(prediction_rows.PredictionRow._fields)
    assert len(prediction_rows.ORM_PATHS) == stored + rules  # the JSON columns are SQL-only
    # The bench's floor fetches the stored columns and the JSON text, in the row's names.
    assert len(prediction_rows.SELECT_FIELDS) == stored + json_columns
    assert "%s" not in prediction_rows.SELECT


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
    )  # fmt: skip

    [body] = build_predictions([row], parsed=True)

    for key in ("slug", "version", "quote", "quote_language", "translation", "claim", "made_on", "horizon",
                "horizon_rule", "resolution_criteria", "stated_confidence", "implied_probability", "created_at",
                "updated_at", "outcome", "quote_kind", "spoken_language", "claim_zh", "horizon_rule_zh",
                "resolution_criteria_zh", "stated_confidence_zh", "late_evidence_reason",
                "late_evidence_reason_zh", "recorded_at", "recorded_late", "status", "is_overdue"):  # fmt: skip
        assert body[key] == key
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
    assert resolution["early_reason"] == "early_reason"
    assert (body["id"], body["resolve_on"]) == (7, datetime.date(2027, 5, 30))


@pytest.mark.parametrize("time_zone", ["UTC", "Asia/Shanghai", "America/Los_Angeles"])
@pytest.mark.parametrize("in_sql", [True, False])
def test_the_api_shows_the_rules_of_selectors_status(
    anonymous: Client, monkeypatch, frozen_now: datetime.datetime, time_zone: str, in_sql: bool
) -> None:
    """Status, overdue and recorded late come from the statement (or the ORM's annotations):
    on every page and detail they must be what the Python rule says of each prediction —
    recorded late at midnight in the site's time zone, overdue from the later of resolve-on
    and recording, resolved whatever the dates."""
    today = frozen_now.date()
    for resolve_days in (-40, -15, -1, 0, 1, 30):
        for recorded_days, hour in ((-60, 12), (-1, 20), (0, 3), (5, 12)):
            prediction = PredictionFactory.create(
                resolve_on=today + datetime.timedelta(days=resolve_days),
                recorded_at=datetime.datetime.combine(
                    today + datetime.timedelta(days=resolve_days + recorded_days), datetime.time(hour), datetime.UTC
                ),
                late_evidence_reason="Known already." if (resolve_days, recorded_days) == (30, -60) else "",
            )
            if resolve_days == -15 and recorded_days == -60:
                final_resolution_for(prediction)
    if not in_sql:
        monkeypatch.setattr(prediction_rows, "available", lambda: False)

    with override_settings(TIME_ZONE=time_zone):
        local_today = timezone.localdate()
        expected = {
            p.pk: (p.status_on(local_today).value, p.is_overdue_on(local_today), p.recorded_late)
            for p in Prediction.objects.all()
        }
        listed = anonymous.get("/api/v1/predictions/?page_size=100").json()["results"]
        detail = anonymous.get(f"/api/v1/predictions/{listed[0]['id']}/").json()

    shown = {item["id"]: (item["status"], item["is_overdue"], item["recorded_late"]) for item in listed}
    assert shown == expected
    assert (detail["status"], detail["is_overdue"], detail["recorded_late"]) == expected[detail["id"]]
    # The ledger covers every case the rules tell apart.
    assert {value for value in expected.values()} >= {
        ("open", False, False), ("open", False, True), ("due", False, False), ("due", True, False),
        ("due", False, True), ("resolved", False, False),
    }  # fmt: skip
