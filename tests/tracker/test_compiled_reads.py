"""The sweep's two hot reads, compiled once per process (``tracker.services.reminders.compiled``), return
exactly what their querysets return, whatever the sweep's *now* and the settings; and a query whose SQL
does not simply move with *now* is refused rather than run with stale values."""

from __future__ import annotations

import datetime

import pytest
from django.conf import settings
from django.contrib.auth.models import Group, User
from django.db import connection, transaction
from django.db.models import QuerySet
from django.db.transaction import TransactionManagementError
from django.test import override_settings

from tests.factories import UserFactory, final_resolution_for
from tests.tracker.helpers import due_prediction
from tracker.models import Reminder, ReminderState
from tracker.services.reminders import claims, compiled, recipients
from tracker.services.reminders.planning import reminders_find, reminders_record

pytestmark = [
    pytest.mark.django_db,
    # Elsewhere the querysets simply run: comparing them with themselves would prove nothing.
    pytest.mark.skipif(connection.vendor != "postgresql", reason="compiled once on PostgreSQL only"),
]


@pytest.fixture
def reminders_in_every_state(frozen_now: datetime.datetime, reviewers: list[User]) -> list[Reminder]:
    """Reminders pending now, pending after a back-off, sending for a minute, sending for 20 minutes
    (a dead sender's, past a 15-minute claim timeout), and two about a prediction since resolved."""
    predictions = [due_prediction(days_ago=days) for days in (1, 2, 3, 4, 5)]
    reminders_record(plan=reminders_find(now=frozen_now))
    rows = list(Reminder.objects.order_by("-prediction__resolve_on", "recipient_id"))  # the resolved one's last
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
        once = compiled.rows_at(claims._owed_rows_locked, now)
        fresh = list(claims._owed_rows_locked(now))

    assert once == fresh
    assert {row[2] for row in once if row[1]} == _expected_claimable(now)
    assert len(once) == 8  # the resolved prediction's two reminders are owed no more


def test_a_sweep_claims_by_the_claim_timeout_in_force(
    frozen_now: datetime.datetime, reminders_in_every_state: list[Reminder]
) -> None:
    """Through the sweep's own call: a statement compiled under one timeout is not reused under another."""
    sending_for_a_minute = reminders_in_every_state[1].pk

    for timeout, claimable in ((900, False), (30, True), (900, False)):
        with override_settings(HINDSIGHT_REMINDER_CLAIM_TIMEOUT=timeout), transaction.atomic():
            by_recipient, _ = claims._lock_first(frozen_now, None)
            listed = {row.reminder_id for rows in by_recipient.values() for row in rows}
            assert (sending_for_a_minute in listed) is claimable


def test_the_directory_follows_the_escalation_setting_in_force(reviewers: list[User]) -> None:
    root = UserFactory.create(username="root", email="root@example.org", is_superuser=True)
    editor = UserFactory.create(username="ed", email="ed@example.org")
    editor.groups.add(Group.objects.get_or_create(name="Editors")[0])

    for escalation_group, escalation in (("", root), ("Editors", editor), ("", root)):
        with override_settings(HINDSIGHT_ESCALATION_GROUP=escalation_group):
            once = compiled.rows(recipients._reviewers_and_escalation)
            assert once == list(recipients._reviewers_and_escalation())
            directory = recipients.RecipientDirectory()
        # A group when one is named, else the active superusers.
        assert [(is_reviewer, is_escalation, pk) for is_reviewer, is_escalation, pk, *_ in once] == [
            (True, False, reviewers[0].pk),
            (True, False, reviewers[1].pk),
            (False, True, escalation.pk),
        ]
        assert [person.pk for person in directory.reviewers] == [user.pk for user in reviewers]
        assert [person.pk for person in directory.escalation] == [escalation.pk]


def _created_after_a_fixed_instant(now: datetime.datetime) -> QuerySet[Reminder]:
    return Reminder.objects.filter(created_at__gte=datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC), id__gt=0)


def _due_by_today(now: datetime.datetime) -> QuerySet[Reminder, tuple[int]]:
    return Reminder.objects.filter(prediction__resolve_on__lte=now.date()).values_list("id")


@pytest.mark.parametrize("query_at", [_created_after_a_fixed_instant, _due_by_today])
def test_a_query_whose_parameters_do_not_move_with_now_is_refused(query_at: compiled.QueryAt) -> None:
    """An absolute instant, or today's date, would be run with the values of the first compile."""
    with pytest.raises(ValueError, match="do not all move with now"):
        compiled.rows_at(query_at, datetime.datetime(2026, 3, 1, tzinfo=datetime.UTC))


@pytest.mark.django_db(transaction=True)
def test_the_compiled_locking_read_is_refused_outside_a_transaction(frozen_now: datetime.datetime) -> None:
    """As the queryset is: a lock that ends with its statement would let two sweeps claim the same rows."""
    with transaction.atomic():
        compiled.rows_at(claims._owed_rows_locked, frozen_now)  # compiled, and cached

    with pytest.raises(TransactionManagementError):
        list(claims._owed_rows_locked(frozen_now))
    with pytest.raises(TransactionManagementError):
        compiled.rows_at(claims._owed_rows_locked, frozen_now)
