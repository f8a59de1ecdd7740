"""``manage.py send_due_reminders`` on the seed article."""

from __future__ import annotations

import datetime
from io import StringIO
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.core import mail
from django.core.management import CommandError, call_command

from predictions.models import Prediction
from tracker.models import Reminder
from tracker.services.people import reviewer_language_set

pytestmark = pytest.mark.django_db

EXPONENTIAL = "will not bring an exponential leap in capability"


def run(*args: str) -> str:
    out = StringIO()
    call_command("send_due_reminders", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def seeded(article: None, reviewer: User, second_reviewer: User) -> None:
    reviewer_language_set(user=second_reviewer, language="zh-hans")
    # As if the article had been recorded on 1 December 2025, before GPT-5's resolve-on date: these
    # tests run the clock on 2026-01-01. (Recorded after it, overdue would count from the recording:
    # tests/tracker/test_policy.py.)
    Prediction.objects.update(recorded_at=datetime.datetime(2025, 12, 1, tzinfo=datetime.UTC))


def test_dry_run_lists_the_exponential_inflection_forecast_for_each_reviewer(seeded: None) -> None:
    output = run("--dry-run", "--now", "2026-01-01T09:00:00Z")

    assert "Dry run — nothing was recorded or sent at 2026-01-01T09:00:00+00:00" in output
    assert "ada <ada@example.org> [en] 1 item(s), would-send" in output
    assert "bao <bao@example.org> [zh-hans] 1 item(s), would-send" in output
    assert EXPONENTIAL in output and "不会带来能力上的指数级飞跃" in output
    assert "resolve on 2025-12-31 (1 day ago)" in output
    assert "Reminder rounds would be owed: due 1; reminders: 2" in output
    assert not Reminder.objects.exists() and mail.outbox == []


def test_a_real_run_sends_one_digest_per_reviewer_and_a_rerun_none(seeded: None) -> None:
    output = run("--now", "2026-01-01T09:00:00Z")
    rerun = run("--now", "2026-01-01T10:00:00Z")

    assert "Totals: sent 2, would send 0, retrying 0, failed 0" in output
    assert sorted(message.to[0] for message in mail.outbox) == ["ada@example.org", "bao@example.org"]
    assert all(EXPONENTIAL in m.body or "指数级飞跃" in m.body for m in mail.outbox)
    assert "Digests: none (nothing is waiting to be sent)." in rerun
    assert Reminder.objects.filter(state="sent").count() == 2


def test_the_forecast_is_overdue_a_week_later(seeded: None) -> None:
    run("--now", "2026-01-01T09:00:00Z")
    output = run("--now", "2026-01-07T09:00:00Z")

    assert "[overdue #1]" in output and "(7 days ago)" in output


@pytest.mark.parametrize("value", ["tomorrow", "2026-13-01T00:00:00Z", "2026-01-01 25:00", ""])
def test_a_malformed_now_is_a_clear_error(value: str, seeded: None) -> None:
    with pytest.raises(CommandError, match=r"is not an ISO-8601 date-time\. Example: --now 2026-01-01T09:00:00Z"):
        run("--now", value)
    assert not Reminder.objects.exists()


def test_a_naive_now_is_read_in_the_site_time_zone(seeded: None, settings: object) -> None:
    output = run("--dry-run", "--now", "2026-01-01T09:00:00")
    assert "at 2026-01-01T09:00:00+00:00" in output


def test_nothing_owed_says_so(db: None) -> None:
    output = run("--now", datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC).isoformat())
    assert "Digests: none (nothing is waiting to be sent)." in output


def test_the_dry_run_lists_what_a_digest_would_and_counts_the_rest(
    reviewer: User, frozen_now: datetime.datetime, settings: Any
) -> None:
    from tests.tracker.helpers import due_prediction

    settings.HINDSIGHT_REMINDER_DIGEST_MAX_ITEMS = 2
    for days_ago in (9, 8, 2):
        due_prediction(days_ago=days_ago, claim=f"Claim {days_ago}")

    output = run("--dry-run")

    assert "ada <ada@example.org> [en] 2 item(s), would-send" in output
    assert output.index("Claim 9") < output.index("Claim 8") and "Claim 2" not in output
    assert "… and 1 more, still owed: the next sweeps send them, the most urgent first" in output
