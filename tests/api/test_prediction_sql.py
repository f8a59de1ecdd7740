"""The hand-written SQL of the hot path returns exactly what the ORM form does."""

from __future__ import annotations

import datetime
import itertools

import pytest
from django.test import Client

from predictions.api import filters
from predictions.api.base.pagination import Cursor, Ordering, paginate
from predictions.api.representations import KEY_INDEX, prediction_rows, rfc3339
from predictions.models import Prediction
from predictions.selectors import prediction_rows as prediction_sql
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
    """Timestamps as the SQL writes them (RFC 3339 text); everything else as loaded."""
    return [tuple(rfc3339(v) if isinstance(v, datetime.datetime) else v for v in row) for row in rows]


@pytest.mark.parametrize(("query", "ordering_name"), list(itertools.product(FILTERS, ["resolve_on", "-made_on", "id"])))
def test_sql_and_orm_pages_agree(world: None, query: dict[str, str], ordering_name: str) -> None:
    parsed = filters.parse_prediction_filters(query)
    ordering = Ordering.parse(ordering_name)
    key_index = KEY_INDEX[ordering.field or "id"]
    orm = prediction_rows(filters.apply_to_queryset(Prediction.objects.filter(is_public=True), parsed))
    first = same_form(paginate(orm, ordering=ordering, cursor=None, page_size=50, key_index=key_index).rows)
    assert prediction_sql.page_rows(filters=parsed, ordering=ordering, cursor=None, limit=51) == first
    if len(first) > 2:  # and from a cursor, both ways
        middle = first[1]
        for backwards in (False, True):
            cursor = Cursor(key=middle[key_index] if key_index is not None else None, id=middle[0], backwards=backwards)
            orm_page = same_form(
                paginate(orm, ordering=ordering, cursor=cursor, page_size=50, key_index=key_index).rows
            )
            sql_rows = prediction_sql.page_rows(filters=parsed, ordering=ordering, cursor=cursor, limit=51)
            assert (list(reversed(sql_rows)) if backwards else sql_rows) == orm_page


def test_the_view_answers_the_same_without_the_sql_path(world: None, anonymous: Client, monkeypatch) -> None:
    fast = anonymous.get("/api/v1/predictions/?page_size=5&ordering=-resolve_on").json()
    monkeypatch.setattr(prediction_sql, "available", lambda: False)

    slow = anonymous.get("/api/v1/predictions/?page_size=5&ordering=-resolve_on").json()

    assert fast == slow and len(fast["results"]) == 5


def test_the_three_query_form_of_other_databases_answers_the_same(world: None, anonymous: Client, monkeypatch) -> None:
    """SQLite (the embedded default) reads topics and evidence in two more queries."""
    from predictions.api import representations

    fast = anonymous.get("/api/v1/predictions/?page_size=20").json()
    monkeypatch.setattr(prediction_sql, "available", lambda: False)
    monkeypatch.setattr(representations, "_aggregates_in_sql", lambda: False)

    slow = anonymous.get("/api/v1/predictions/?page_size=20").json()

    assert fast == slow
    assert any(item["resolution"] and item["resolution"]["evidence"] for item in slow["results"])
    assert any(item["topics"] for item in slow["results"])
