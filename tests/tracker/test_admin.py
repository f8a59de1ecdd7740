"""The tracker's admin: read-only logs, the overdue view, snoozes, "send again"."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.test import Client

from tests.factories import UserFactory
from tests.tracker.helpers import due_prediction
from tracker.models import Reminder, ReminderState, ReviewerPreference, Snooze
from tracker.services.reminders.sweep import reminders_sweep

pytestmark = pytest.mark.django_db


@pytest.fixture
def superuser_client() -> Client:
    client = Client()
    client.force_login(UserFactory.create(username="root", is_staff=True, is_superuser=True))
    return client


def test_reviewers_read_the_logs_but_cannot_change_or_resend(
    frozen_now: datetime.datetime, reviewer_client: Client, reviewer: User
) -> None:
    prediction = due_prediction()
    reminders_sweep()
    reminder = Reminder.objects.get()

    listing = reviewer_client.get("/admin/tracker/reminder/")
    deliveries = reviewer_client.get("/admin/tracker/delivery/?state=sent")
    change = reviewer_client.post(f"/admin/tracker/reminder/{reminder.pk}/change/", {"state": "pending"})

    assert listing.status_code == 200 and prediction.claim[:40] in listing.text
    assert "send_again" not in listing.text
    assert deliveries.status_code == 200 and "ada@example.org" in deliveries.text
    assert change.status_code == 403
    assert Reminder.objects.get().state == ReminderState.SENT


def test_the_overdue_view_filters_by_lateness(frozen_now: datetime.datetime, reviewer_client: Client) -> None:
    late = due_prediction(days_ago=30, claim="Thirty days late.")
    fresh = due_prediction(days_ago=2, claim="Two days late.")
    due_prediction(days_ago=-5, claim="Not yet due.")

    everything = reviewer_client.get("/admin/tracker/overdueprediction/")
    overdue = reviewer_client.get("/admin/tracker/overdueprediction/?lateness=overdue")

    assert everything.status_code == 200
    assert late.claim in everything.text and fresh.claim in everything.text and "Not yet due." not in everything.text
    assert late.claim in overdue.text and fresh.claim not in overdue.text


def test_staff_send_again_requeues_and_switches_email_back_on(
    frozen_now: datetime.datetime,
    superuser_client: Client,
    reviewer: User,
    monkeypatch: pytest.MonkeyPatch,
    django_capture_on_commit_callbacks: Any,
) -> None:
    from tracker.tasks import reminders as reminder_tasks

    due_prediction()
    reminders_sweep()
    Reminder.objects.update(state=ReminderState.FAILED, last_error="550 No such user")
    ReviewerPreference.objects.create(user=reviewer, email_disabled_at=frozen_now, email_disabled_reason="550")
    queued: list[int] = []
    monkeypatch.setattr(reminder_tasks.send_reminder_digest, "delay", queued.append)

    with django_capture_on_commit_callbacks(execute=True):
        response = superuser_client.post(
            "/admin/tracker/reminder/",
            {"action": "send_again", "_selected_action": [Reminder.objects.get().pk]},
            follow=True,
        )

    assert response.status_code == 200 and "queued again" in response.text
    row = Reminder.objects.get()
    assert (row.state, row.attempts, row.last_error) == (ReminderState.PENDING, 0, "")
    assert ReviewerPreference.objects.get(user=reviewer).email_disabled_at is None
    assert queued == [reviewer.pk]


def test_a_reviewer_snoozes_a_prediction_with_a_reason(
    frozen_now: datetime.datetime, reviewer_client: Client, reviewer: User
) -> None:
    prediction = due_prediction()

    response = reviewer_client.post(
        "/admin/tracker/snooze/add/",
        {"prediction": prediction.pk, "until": "2026-02-01", "reason": "Waiting for the annual report."},
    )

    assert response.status_code == 302
    snooze = Snooze.objects.get(prediction=prediction)
    assert (snooze.until, snooze.created_by) == (datetime.date(2026, 2, 1), reviewer)
    assert snooze.history.get().history_change_reason.startswith("Snoozed until 2026-02-01")
    assert reminders_sweep().digests == []


def test_reviewers_open_a_reminder_a_delivery_and_an_overdue_prediction_read_only(
    frozen_now: datetime.datetime, reviewer_client: Client
) -> None:
    prediction = due_prediction()
    reminders_sweep()
    reminder = Reminder.objects.get()

    pages = [
        f"/admin/tracker/reminder/{reminder.pk}/change/",
        f"/admin/tracker/delivery/{reminder.delivery_id}/change/",
        f"/admin/tracker/overdueprediction/{prediction.pk}/change/",
        "/admin/tracker/reminder/?prediction_state=overdue",
        "/admin/tracker/reminder/?prediction_state=unresolved&stage=due",
    ]
    for page in pages:
        response = reviewer_client.get(page)
        assert response.status_code == 200, page
        assert 'name="_save"' not in response.text, page
