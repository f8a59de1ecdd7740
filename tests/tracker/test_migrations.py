"""Migration 0006 moves a confirm round's proposal out of ``round`` into its own column, losing nothing."""

from __future__ import annotations

import datetime
from collections.abc import Iterator

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from tests.factories import PredictionFactory, ResolutionFactory, ReviewerFactory
from tracker.models import Reminder, ReminderRound

BEFORE = [("tracker", "0005_webhook_schedule")]
AFTER = [("tracker", "0006_confirm_names_its_proposal")]


@pytest.fixture
def latest_schema_afterwards() -> Iterator[None]:
    """Migrate to the newest migrations again when the test ends: AFTER is not the last
    one, and the tests that follow need every column (before the flush restores rows)."""
    yield
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())


@pytest.mark.django_db(transaction=True)
def test_confirm_rows_name_their_proposal_and_keep_round_zero(latest_schema_afterwards: None) -> None:
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    old = executor.loader.project_state(BEFORE).apps
    ada, bao = ReviewerFactory.create(username="ada"), ReviewerFactory.create(username="bao")
    prediction = PredictionFactory.create(resolve_on=datetime.date(2025, 6, 1))
    first = ResolutionFactory.create(prediction=prediction, proposed_by=ada, state="rejected")
    second = ResolutionFactory.create(prediction=prediction, proposed_by=ada)
    now = timezone.now()
    OldRound, OldReminder = old.get_model("tracker", "ReminderRound"), old.get_model("tracker", "Reminder")
    for stage, number in (("due", 0), ("overdue", 2), ("confirm", first.pk), ("confirm", second.pk)):
        OldRound.objects.create(
            prediction_id=prediction.pk, stage=stage, round=number, reminded=True, resolve_on=prediction.resolve_on,
            recorded_at=now,
        )  # fmt: skip
        OldReminder.objects.create(
            prediction_id=prediction.pk, stage=stage, round=number, recipient_id=bao.pk, email=bao.email,
            next_attempt_at=now, created_at=now,
        )  # fmt: skip

    executor = MigrationExecutor(connection)
    executor.migrate(AFTER)

    expected = [("confirm", 0, first.pk), ("confirm", 0, second.pk), ("due", 0, None), ("overdue", 2, None)]
    assert sorted(ReminderRound.objects.values_list("stage", "round", "proposal"), key=str) == sorted(expected, key=str)
    assert sorted(Reminder.objects.values_list("stage", "round", "proposal"), key=str) == sorted(expected, key=str)
