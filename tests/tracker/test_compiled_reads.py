"""The sweep's two hot reads, compiled once per process (``tracker.services.reminders.compiled``), return
exactly what their querysets return, whatever the sweep's *now* and the settings their SQL depends on."""

from __future__ import annotations

import datetime

import pytest
from django.conf import settings
from django.contrib.auth.models import Group, User
from django.db import transaction
from django.test import override_settings

from tests.factories import UserFactory, final_resolution_for
from tests.tracker.helpers import due_prediction
from tracker.models import Reminder, ReminderState
from tracker.services.reminders import claims, compiled, recipients
from tracker.services.reminders.planning import reminders_find, reminders_record

pytestmark = pytest.mark.django_db


@pytest.fixture
def reminders_in_every_state(frozen_now: datetime.datetime, reviewers: list[User]) -> list[Reminder]:
    """Reminders pending now, pending after a back-off, sending for a minute, sending for 20 minutes
    (a dead sender's, past a 15-minute claim timeout), and one about a prediction since resolved."""
    predictions = [due_prediction(days_ago=days) for days in (1, 2, 3, 4, 5)]
    reminders_record(plan=reminders_find(now=frozen_now))
    rows = list(Reminder.objects.order_by("-prediction__resolve_on", "recipient_id"))  # the resolved one last
    minutes = datetime.timedelta(minutes=1)
    Reminder.objects.filter(pk=rows[0].pk).update(next_attempt_at=frozen_now + 10 * minutes, attempts=1)
    Reminder.objects.filter(pk=rows[1].pk).update(state=ReminderState.SENDING, claimed_at=frozen_now - minutes)
    Reminder.objects.filter(pk=rows[2].pk).update(state=ReminderState.SENDING, claimed_at=frozen_now - 20 * minutes)
    final_resolution_for(predictions[-1])
    return rows


def _expected_claimable(now: datetime.datetime) -> set[int]:
    stale_before = now - datetime.timedelta(seconds=settings.HINDSIGHT_REMINDER_CLAIM_TIMEOUT)
    return {
        r.pk
        for r in Reminder.objects.filter(prediction__final_resolution__isnull=True)
        if (r.state == ReminderState.PENDING and r.next_attempt_at <= now)
        or (r.state == ReminderState.SENDING and r.claimed_at is not None and r.claimed_at < stale_before)
    }


@pytest.mark.parametrize("minutes_later", [0, 5, 30, 60 * 24 * 400])
def test_the_locking_read_compiled_once_answers_like_the_queryset_at_any_now(
    frozen_now: datetime.datetime, reminders_in_every_state: list[Reminder], minutes_later: int
) -> None:
    now = frozen_now + datetime.timedelta(minutes=minutes_later)

    with transaction.atomic():  # the locking read needs one
        once = compiled.rows_at(claims._owed_rows_locked, now, key=settings.HINDSIGHT_REMINDER_CLAIM_TIMEOUT)
        fresh = list(claims._owed_rows_locked(now))

    assert once == fresh
    assert {row[2] for row in once if row[1]} == _expected_claimable(now)
    assert len(once) == 8  # the resolved prediction's two reminders are owed no more


def test_a_claim_timeout_setting_of_its_own_gets_its_own_statement(
    frozen_now: datetime.datetime, reminders_in_every_state: list[Reminder]
) -> None:
    sending_for_a_minute = reminders_in_every_state[1].pk

    for timeout, claimable in ((900, False), (30, True), (900, False)):
        with override_settings(HINDSIGHT_REMINDER_CLAIM_TIMEOUT=timeout), transaction.atomic():
            once = compiled.rows_at(claims._owed_rows_locked, frozen_now, key=timeout)
            assert once == list(claims._owed_rows_locked(frozen_now))
            assert {row[2]: row[1] for row in once}[sending_for_a_minute] is claimable


@pytest.mark.parametrize("escalation_group", ["", "Editors"])
def test_the_directory_compiled_once_answers_like_the_queryset(reviewers: list[User], escalation_group: str) -> None:
    root = UserFactory(username="root", email="root@example.org", is_superuser=True)
    editor = UserFactory(username="ed", email="ed@example.org")
    editor.groups.add(Group.objects.get_or_create(name="Editors")[0])
    escalation = editor if escalation_group else root  # a group when one is named, else the superusers

    with override_settings(HINDSIGHT_ESCALATION_GROUP=escalation_group):
        once = compiled.rows(recipients._reviewers_and_escalation, key=("Reviewers", escalation_group))
        fresh = list(recipients._reviewers_and_escalation())
        directory = recipients.RecipientDirectory()

    assert once == fresh
    assert [(is_reviewer, is_escalation, pk) for is_reviewer, is_escalation, pk, *_ in once] == [
        (True, False, reviewers[0].pk),
        (True, False, reviewers[1].pk),
        (False, True, escalation.pk),
    ]
    assert [person.pk for person in directory.reviewers] == [user.pk for user in reviewers]
    assert [person.pk for person in directory.escalation] == [escalation.pk]
