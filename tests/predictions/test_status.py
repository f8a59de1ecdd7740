"""Status: open → due → resolved, and overdue after the grace period.

``Prediction.status_on`` (pure Python, one row), ``with_status()`` /
``with_status_filter()`` (SQL, whole lists) and ``rule_columns_sql`` (the API's
hand-written statement) must always agree.
"""

from __future__ import annotations

import datetime

import pytest
import time_machine
from django.test import override_settings
from django.utils import timezone
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from predictions.models import Prediction, Status
from predictions.selectors.status import STATUS_FILTER_CHOICES
from tests.factories import PredictionFactory, final_resolution_for
from tests.predictions.rules_sql import rule_columns_by_pk

TODAY = datetime.date(2026, 1, 1)  # FIXED_UTC's date


def unsaved(resolve_on: datetime.date, *, resolved: bool = False) -> Prediction:
    recorded_at = datetime.datetime(2024, 5, 30, 12, tzinfo=datetime.UTC)
    prediction = Prediction(made_on=datetime.date(2024, 5, 30), resolve_on=resolve_on, recorded_at=recorded_at)
    if resolved:
        prediction.final_resolution_id = 1
    return prediction


# --- The pure rule, without a database -----------------------------------------


@pytest.mark.parametrize(
    ("resolve_on", "expected"),
    [
        (TODAY + datetime.timedelta(days=1), Status.OPEN),
        (TODAY, Status.DUE),  # due on the day itself
        (TODAY - datetime.timedelta(days=400), Status.DUE),
    ],
)
def test_status_on_follows_the_resolve_on_date(resolve_on: datetime.date, expected: Status) -> None:
    assert unsaved(resolve_on).status_on(TODAY) == expected


@pytest.mark.parametrize(
    "resolve_on", [TODAY + datetime.timedelta(days=30), TODAY, TODAY - datetime.timedelta(days=30)]
)
def test_a_final_resolution_makes_it_resolved_whatever_the_date(resolve_on: datetime.date) -> None:
    prediction = unsaved(resolve_on, resolved=True)

    assert prediction.status_on(TODAY) == Status.RESOLVED
    assert prediction.is_overdue_on(TODAY, grace_days=0) is False


@pytest.mark.parametrize(
    ("days_due", "grace_days", "overdue"),
    [(-1, 14, False), (0, 14, False), (14, 14, False), (15, 14, True), (0, 0, False), (1, 0, True)],
)
def test_overdue_means_due_for_longer_than_the_grace_period(days_due: int, grace_days: int, overdue: bool) -> None:
    prediction = unsaved(TODAY - datetime.timedelta(days=days_due))

    assert prediction.is_overdue_on(TODAY, grace_days) is overdue


# --- The SQL annotation, with the clock frozen -----------------------------------


def statuses() -> dict[str, tuple[str, bool]]:
    return {p.slug: (p.status, p.is_overdue) for p in Prediction.objects.with_status()}


@pytest.mark.django_db
def test_with_status_reads_todays_date_from_the_frozen_clock(frozen_now: datetime.datetime) -> None:
    PredictionFactory.create(slug="tomorrow", resolve_on=datetime.date(2026, 1, 2))
    PredictionFactory.create(slug="today", resolve_on=datetime.date(2026, 1, 1))
    PredictionFactory.create(slug="grace-ends-today", resolve_on=datetime.date(2025, 12, 18))  # 14 days ago
    PredictionFactory.create(slug="past-grace", resolve_on=datetime.date(2025, 12, 17))  # 15 days ago
    final_resolution_for(PredictionFactory.create(slug="judged", resolve_on=datetime.date(2025, 1, 1)))

    assert statuses() == {
        "tomorrow": ("open", False),
        "today": ("due", False),
        "grace-ends-today": ("due", False),
        "past-grace": ("due", True),
        "judged": ("resolved", False),
    }

    with override_settings(HINDSIGHT_OVERDUE_GRACE_DAYS=0):
        assert {slug for slug, (_, overdue) in statuses().items() if overdue} == {"grace-ends-today", "past-grace"}


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("utc_instant", "time_zone", "status"),
    [
        # 17:00 UTC on 1 January is already 01:00 on 2 January in Shanghai …
        (datetime.datetime(2026, 1, 1, 17, 0, tzinfo=datetime.UTC), "UTC", "open"),
        (datetime.datetime(2026, 1, 1, 17, 0, tzinfo=datetime.UTC), "Asia/Shanghai", "due"),
        (datetime.datetime(2026, 1, 1, 15, 59, 59, tzinfo=datetime.UTC), "Asia/Shanghai", "open"),
        (datetime.datetime(2026, 1, 1, 16, 0, tzinfo=datetime.UTC), "Asia/Shanghai", "due"),
        # … and 07:00 UTC on 2 January is still 1 January in Los Angeles.
        (datetime.datetime(2026, 1, 2, 7, 0, tzinfo=datetime.UTC), "UTC", "due"),
        (datetime.datetime(2026, 1, 2, 7, 0, tzinfo=datetime.UTC), "America/Los_Angeles", "open"),
    ],
)
def test_a_prediction_falls_due_at_midnight_in_the_sites_time_zone(
    utc_instant: datetime.datetime, time_zone: str, status: str
) -> None:
    prediction = PredictionFactory.create(resolve_on=datetime.date(2026, 1, 2))

    with override_settings(TIME_ZONE=time_zone), time_machine.travel(utc_instant, tick=False):
        annotated = Prediction.objects.with_status().get()
        in_python = prediction.status_on(timezone.localdate())
        due_ids = list(Prediction.objects.with_status_filter("due").values_list("id", flat=True))

    assert annotated.status == status
    assert in_python.value == status
    assert due_ids == ([prediction.pk] if status == "due" else [])


# --- SQL and Python agree on any day, any grace period --------------------------


@pytest.mark.django_db
def test_status_on_agrees_with_the_sql_annotation_and_filters() -> None:
    # A fixed ledger around the dates drawn below: one row every 3 days, some judged.
    start = datetime.date(2025, 12, 1)
    for offset in range(0, 60, 3):
        prediction = PredictionFactory.create(resolve_on=start + datetime.timedelta(days=offset))
        if offset % 12 == 0:
            final_resolution_for(prediction)
    rows = list(Prediction.objects.all())

    @hypothesis_settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(
        today=st.dates(min_value=datetime.date(2025, 11, 1), max_value=datetime.date(2026, 3, 1)),
        grace_days=st.integers(min_value=0, max_value=40),
    )
    def agree(today: datetime.date, grace_days: int) -> None:
        expected = {p.pk: (p.status_on(today).value, p.is_overdue_on(today, grace_days)) for p in rows}
        with override_settings(HINDSIGHT_OVERDUE_GRACE_DAYS=grace_days):
            annotated = {p.pk: (p.status, p.is_overdue) for p in Prediction.objects.with_status(today)}
            filtered = {
                name: set(Prediction.objects.with_status_filter(name, today).values_list("pk", flat=True))
                for name, _label in STATUS_FILTER_CHOICES
            }
        assert annotated == expected
        with override_settings(HINDSIGHT_OVERDUE_GRACE_DAYS=grace_days):
            selected = rule_columns_by_pk(today)
        assert {pk: (status, overdue) for pk, (status, overdue, _late) in selected.items()} == expected
        assert filtered == {
            "open": {pk for pk, (status, _) in expected.items() if status == "open"},
            "due": {pk for pk, (status, _) in expected.items() if status == "due"},
            "overdue": {pk for pk, (_, overdue) in expected.items() if overdue},
            "resolved": {pk for pk, (status, _) in expected.items() if status == "resolved"},
        }

    agree()
