"""Recorded late: one rule (``selectors.status``) in Python, the ORM and hand-written SQL.

A prediction recorded on or after its resolve-on date (the site's local date of
``recorded_at``), or marked by a reviewer, is recorded late and left out of the
scores; overdue counts from the later of resolve-on and recording.
"""

from __future__ import annotations

import datetime

import pytest
from django.db import connection
from django.test import override_settings
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from predictions import services
from predictions.models import Prediction
from predictions.selectors.status import recorded_late_for, recorded_late_sql
from tests.factories import PredictionFactory, final_resolution_for
from tests.predictions.rules_sql import rule_columns_by_pk

UTC = datetime.UTC
RESOLVE_ON = datetime.date(2025, 12, 31)


def at(day: datetime.date, hour: int = 12) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time(hour), tzinfo=UTC)


@pytest.mark.parametrize(
    ("recorded_at", "reason", "late"),
    [
        (at(datetime.date(2025, 12, 30)), "", False),  # the day before: on time
        (at(RESOLVE_ON), "", True),  # on the resolve-on date itself: late
        (at(datetime.date(2026, 11, 28)), "", True),  # the GPT-5 seed forecast's case
        (None, "", False),  # a draft never published is not (yet) on the record
        (at(datetime.date(2024, 6, 1)), "METR had already published its result.", True),  # a reviewer's mark
        (at(datetime.date(2024, 6, 1)), "   ", False),  # blank is not a mark
    ],
)
def test_recorded_late_rule(recorded_at: datetime.datetime | None, reason: str, late: bool) -> None:
    assert recorded_late_for(recorded_at, RESOLVE_ON, reason) is late
    prediction = Prediction(resolve_on=RESOLVE_ON, recorded_at=recorded_at, late_evidence_reason=reason)
    assert prediction.recorded_late is late


def test_the_recording_date_is_the_sites_local_date() -> None:
    # 20:00 UTC on 30 December is already 31 December in Shanghai.
    evening = datetime.datetime(2025, 12, 30, 20, 0, tzinfo=UTC)
    with override_settings(TIME_ZONE="UTC"):
        assert recorded_late_for(evening, RESOLVE_ON, "") is False
    with override_settings(TIME_ZONE="Asia/Shanghai"):
        assert recorded_late_for(evening, RESOLVE_ON, "") is True


def test_overdue_counts_from_the_later_of_resolve_on_and_recording() -> None:
    today = datetime.date(2026, 12, 1)
    recorded_late = Prediction(made_on=datetime.date(2024, 5, 30), resolve_on=RESOLVE_ON, recorded_at=at(today))
    recorded_on_time = Prediction(
        made_on=datetime.date(2024, 5, 30), resolve_on=RESOLVE_ON, recorded_at=at(datetime.date(2024, 6, 1))
    )

    assert recorded_late.is_overdue_on(today, grace_days=14) is False  # waiting since today, not 334 days
    assert recorded_on_time.is_overdue_on(today, grace_days=14) is True


@pytest.mark.django_db
def test_python_orm_and_sql_forms_agree() -> None:
    start = datetime.date(2025, 12, 1)
    for offset in range(0, 40, 4):
        for recorded_offset in (-30, -1, 0, 10):
            recorded_on = start + datetime.timedelta(offset + recorded_offset)
            recorded_at = None if offset == 8 and recorded_offset == 10 else at(recorded_on, hour=23)
            prediction = PredictionFactory.create(
                resolve_on=start + datetime.timedelta(days=offset),
                recorded_at=recorded_at,
                late_evidence_reason="Known already." if recorded_offset == -30 and offset % 8 == 0 else "",
            )
            if offset % 12 == 0:
                final_resolution_for(prediction)
    rows = list(Prediction.objects.all())

    @hypothesis_settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(
        today=st.dates(min_value=datetime.date(2025, 11, 20), max_value=datetime.date(2026, 2, 1)),
        time_zone=st.sampled_from(["UTC", "Asia/Shanghai", "America/Los_Angeles"]),
    )
    def agree(today: datetime.date, time_zone: str) -> None:
        with override_settings(TIME_ZONE=time_zone, HINDSIGHT_OVERDUE_GRACE_DAYS=3):
            late = {p.pk for p in rows if p.recorded_late}
            overdue = {p.pk for p in rows if p.is_overdue_on(today)}
            assert set(Prediction.objects.recorded_late().values_list("pk", flat=True)) == late
            assert set(Prediction.objects.scored().values_list("pk", flat=True)) == {p.pk for p in rows} - late
            assert Prediction.objects.scored(include_late=True).count() == len(rows)
            assert set(Prediction.objects.overdue(today).values_list("pk", flat=True)) == overdue
            clause, params = recorded_late_sql("p")
            with connection.cursor() as cursor:
                table = Prediction._meta.db_table
                cursor.execute(f"SELECT p.id FROM {table} p WHERE {clause}", params)  # noqa: S608 - our own SQL
                assert {row[0] for row in cursor.fetchall()} == late
            selected = rule_columns_by_pk(today)
            assert {pk for pk, (_status, _overdue, is_late) in selected.items() if is_late} == late
            assert {pk for pk, (_status, is_overdue, _late) in selected.items() if is_overdue} == overdue
            assert {pk: status for pk, (status, _overdue, _late) in selected.items()} == {
                p.pk: p.status_on(today).value for p in rows
            }

    agree()


@pytest.mark.django_db
def test_recorded_at_is_set_at_recording_and_cannot_be_changed_through_the_services() -> None:
    template = PredictionFactory.build()
    fields = {
        name: getattr(template, name)
        for name in ("slug", "quote", "quote_language", "translation", "claim", "made_on", "resolve_on")
    }
    fields["resolution_criteria"] = template.resolution_criteria
    template.speaker.save()
    template.source.save()
    prediction = services.prediction_record(by=None, speaker=template.speaker, source=template.source, **fields)

    assert prediction.recorded_at is not None
    with pytest.raises(TypeError, match="recorded_at"):
        services.prediction_update(
            prediction=prediction, by=None, reason="Backdate it", changes={"recorded_at": at(datetime.date(2024, 1, 1))}
        )


@pytest.mark.django_db
def test_a_reviewers_mark_needs_a_reason_and_makes_it_late() -> None:
    prediction = PredictionFactory.create(resolve_on=datetime.date(2030, 1, 1))
    assert not prediction.recorded_late

    with pytest.raises(Exception, match="reason"):
        services.prediction_mark_recorded_late(prediction=prediction, by=None, reason=" ")
    services.prediction_mark_recorded_late(
        prediction=prediction, by=None, reason="The result was published the week before it was recorded."
    )

    prediction.refresh_from_db()
    assert prediction.recorded_late
    assert prediction.history.first().history_change_reason.startswith("The result was published")
