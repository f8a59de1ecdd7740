"""Snoozes and reminder languages: validated, permission-checked, audited."""

from __future__ import annotations

import datetime

import pytest
import time_machine
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command

from predictions.errors import NotAllowed
from tests.tracker.helpers import due_prediction
from tracker.models import ReviewerPreference, Snooze
from tracker.services.people import reviewer_language_set, snooze_lift, snooze_set
from tracker.services.reminders.sweep import reminders_sweep

pytestmark = pytest.mark.django_db


def test_snooze_pauses_reminders_until_its_date(frozen_now: datetime.datetime, reviewer: User) -> None:
    prediction = due_prediction(days_ago=0)

    snooze = snooze_set(
        prediction=prediction, until=datetime.date(2026, 1, 10), reason="Data due on the 9th.", by=reviewer
    )

    assert reminders_sweep().digests == []
    with time_machine.travel(datetime.datetime(2026, 1, 10, 9, tzinfo=datetime.UTC), tick=False):
        resumed = reminders_sweep()
    assert [(item.stage, item.round) for item in resumed.digests[0].items] == [("overdue", 1)]
    assert snooze.history.count() == 1


@pytest.mark.parametrize(
    ("until", "reason", "field"),
    [(datetime.date(2026, 1, 1), "Today is not the future.", "until"), (datetime.date(2026, 2, 1), "  ", "reason")],
)
def test_snooze_needs_a_future_date_and_a_reason(
    frozen_now: datetime.datetime, reviewer: User, until: datetime.date, reason: str, field: str
) -> None:
    with pytest.raises(ValidationError) as error:
        snooze_set(prediction=due_prediction(), until=until, reason=reason, by=reviewer)
    assert field in error.value.message_dict
    assert not Snooze.objects.exists()


def test_only_reviewers_snooze(frozen_now: datetime.datetime, staff_outsider: User) -> None:
    with pytest.raises(NotAllowed):
        snooze_set(prediction=due_prediction(), until=datetime.date(2026, 2, 1), reason="No.", by=staff_outsider)


def test_lifting_a_snooze_is_kept_in_history(frozen_now: datetime.datetime, reviewer: User) -> None:
    prediction = due_prediction()
    snooze_set(prediction=prediction, until=datetime.date(2026, 2, 1), reason="Waiting.", by=reviewer)

    snooze_lift(prediction=prediction, reason="Report is out.", by=reviewer)

    assert not Snooze.objects.exists()
    reasons = list(Snooze.history.order_by("history_id").values_list("history_change_reason", flat=True))
    assert reasons == ["Snoozed until 2026-02-01: Waiting.", "Lifted: Report is out."]
    assert reminders_sweep().digests


def test_language_command_keeps_an_earlier_choice_with_if_unset(second_reviewer: User) -> None:
    call_command("reviewer_language", "bao", "zh-hans", "--if-unset", stdout=None)
    reviewer_language_set(user=second_reviewer, language="en")
    call_command("reviewer_language", "bao", "zh-hans", "--if-unset")

    assert ReviewerPreference.objects.get(user=second_reviewer).language == "en"
    with pytest.raises(CommandError, match="No user named 'nobody'"):
        call_command("reviewer_language", "nobody", "en")
    with pytest.raises(ValidationError):
        reviewer_language_set(user=second_reviewer, language="fr")
