"""The sweep on PostgreSQL: once per reviewer, grouped, in their language,
through temporary and permanent SMTP failures, and stale claims."""

from __future__ import annotations

import datetime

import pytest
import time_machine
from django.contrib.auth.models import User
from django.core import mail
from django.utils import timezone

from predictions.models import OutboxEvent, Prediction, Resolution, ResolutionState
from predictions.outbox import prediction_summary
from tests.factories import ReviewerFactory, UserFactory, final_resolution_for
from tests.tracker.helpers import (
    ScriptedBackend,
    due_prediction,
    refused_recipient,
    reminder_ids_in,
    temporary_error,
)
from tracker.models import Delivery, DeliveryState, Reminder, ReminderRound, ReminderState, ReviewerPreference
from tracker.services.people import reviewer_language_set
from tracker.services.reminders.sweep import reminders_sweep

pytestmark = pytest.mark.django_db


def test_call_it_twice_still_one_email_per_reviewer(frozen_now: datetime.datetime, reviewers: list[User]) -> None:
    prediction = due_prediction()

    first = reminders_sweep()
    second = reminders_sweep()

    assert [d.status for d in first.digests] == ["sent", "sent"]
    assert first.owed_by_stage == {"due": 1} and first.due_events == 1
    assert second.digests == [] and second.reminders_created == 0 and second.due_events == 0
    assert sorted(message.to[0] for message in mail.outbox) == ["ada@example.org", "bao@example.org"]
    rows = Reminder.objects.filter(prediction=prediction)
    assert sorted(rows.values_list("state", flat=True)) == ["sent", "sent"]
    assert Delivery.objects.filter(state=DeliveryState.SENT).count() == 2
    event = OutboxEvent.objects.get(event_type="prediction.due", prediction=prediction)
    # The sweep reads predictions as plain rows: its event says what any other event says of one.
    assert (
        event.payload["data"]["prediction"]
        == prediction_summary(prediction)
        == {
            "id": prediction.pk,
            "claim": prediction.claim,
            "speaker": prediction.speaker.slug,
            "made_on": prediction.made_on.isoformat(),
            "resolve_on": prediction.resolve_on.isoformat(),
            "status": "due",
            "is_public": True,
            "version": prediction.version,
        }
    )


def test_one_digest_per_reviewer_groups_their_predictions(frozen_now: datetime.datetime, reviewers: list[User]) -> None:
    ada, _bao = reviewers
    shared = [due_prediction(days_ago=n) for n in (0, 2, 4)]
    only_ada = due_prediction(days_ago=1)
    only_ada.reviewers.set([ada])

    report = reminders_sweep()

    assert len(mail.outbox) == 2
    by_address = {message.to[0]: message for message in mail.outbox}
    ada_ids = reminder_ids_in(by_address["ada@example.org"])
    bao_ids = reminder_ids_in(by_address["bao@example.org"])
    assert len(ada_ids) == 4 and len(bao_ids) == 3
    assert set(Reminder.objects.filter(pk__in=bao_ids).values_list("prediction_id", flat=True)) == {
        p.pk for p in shared
    }
    assert "4 predictions" in by_address["ada@example.org"].subject
    assert {d.username: len(d.items) for d in report.digests} == {"ada": 4, "bao": 3}


def test_each_reviewer_gets_their_language(frozen_now: datetime.datetime, reviewers: list[User]) -> None:
    _ada, bao = reviewers
    reviewer_language_set(user=bao, language="zh-hans")
    due_prediction(claim="Most cars sold in the EU are electric.", claim_zh="欧盟售出的汽车大多是电动车。")

    reminders_sweep()

    by_address = {message.to[0]: message for message in mail.outbox}
    chinese, english = by_address["bao@example.org"], by_address["ada@example.org"]
    assert chinese.subject == "Hindsight：1 条预测等待你的裁定"
    assert "欧盟售出的汽车大多是电动车。" in chinese.body and "已到期" in chinese.body
    html, mimetype = chinese.alternatives[0]  # type: ignore[attr-defined]
    assert mimetype == "text/html" and 'lang="zh-Hans"' in html and "欧盟售出的汽车" in html
    assert english.subject == "Hindsight: 1 prediction waiting for your judgement"
    assert "Most cars sold in the EU are electric." in english.body
    assert "/admin/predictions/prediction/" in english.body
    assert Reminder.objects.get(recipient=bao).language == "zh-hans"


def test_temporary_failure_backs_off_then_sends_once(frozen_now: datetime.datetime, reviewer: User) -> None:
    due_prediction()
    backend = ScriptedBackend(errors=[temporary_error()])

    failed = reminders_sweep(connection=backend)

    assert [(d.status, d.retry_in) for d in failed.digests] == [("retrying", 60)]
    row = Reminder.objects.get()
    assert (row.state, row.attempts) == (ReminderState.PENDING, 1)
    assert row.next_attempt_at == frozen_now + datetime.timedelta(seconds=60)
    assert "421" in row.last_error
    assert Delivery.objects.get().state == DeliveryState.RETRYING
    assert mail.outbox == []

    with time_machine.travel(frozen_now + datetime.timedelta(seconds=30), tick=False):
        assert reminders_sweep(connection=backend).digests == []  # still backing off
    with time_machine.travel(frozen_now + datetime.timedelta(seconds=61), tick=False):
        retried = reminders_sweep(connection=backend)
        again = reminders_sweep(connection=backend)

    assert [d.status for d in retried.digests] == ["sent"] and again.digests == []
    assert len(mail.outbox) == 1
    row.refresh_from_db()
    assert (row.state, row.attempts, row.last_error) == (ReminderState.SENT, 1, "")
    assert sorted(Delivery.objects.values_list("state", flat=True)) == ["retrying", "sent"]


def test_permanent_failure_is_recorded_and_switches_the_address_off(
    frozen_now: datetime.datetime, reviewer: User
) -> None:
    due_prediction()
    backend = ScriptedBackend(errors=[refused_recipient("ada@example.org")])

    report = reminders_sweep(connection=backend)

    assert [d.status for d in report.digests] == ["failed"]
    row = Reminder.objects.get()
    assert row.state == ReminderState.FAILED and "550" in row.last_error
    delivery = Delivery.objects.get()
    assert delivery.state == DeliveryState.FAILED and "No such user" in delivery.error
    assert ReviewerPreference.objects.get(user=reviewer).email_disabled_at == frozen_now
    # Nothing more goes to a refused address, not even the next stage.
    with time_machine.travel(frozen_now + datetime.timedelta(days=7), tick=False):
        later = reminders_sweep(connection=backend)
    assert later.digests == [] and mail.outbox == []


def test_5xx_other_than_a_refused_address_fails_without_switching_off(
    frozen_now: datetime.datetime, reviewer: User
) -> None:
    import smtplib

    due_prediction()
    backend = ScriptedBackend(errors=[smtplib.SMTPDataError(554, b"5.7.1 Message rejected")])

    report = reminders_sweep(connection=backend)

    assert [d.status for d in report.digests] == ["failed"]
    assert Reminder.objects.get().state == ReminderState.FAILED
    assert not ReviewerPreference.objects.filter(user=reviewer, email_disabled_at__isnull=False).exists()


def test_gives_up_after_repeated_temporary_failures(frozen_now: datetime.datetime, reviewer: User) -> None:
    due_prediction()
    assert not Reminder.objects.exists()  # nothing recorded before the first sweep
    reminders_sweep(connection=ScriptedBackend(errors=[temporary_error()]))
    Reminder.objects.update(attempts=7, next_attempt_at=frozen_now)

    report = reminders_sweep(connection=ScriptedBackend(errors=[temporary_error()]))

    assert [d.status for d in report.digests] == ["failed"]
    row = Reminder.objects.get()
    assert row.state == ReminderState.FAILED and row.last_error.startswith("Gave up after 8 temporary failures")


def test_a_stale_claim_is_taken_over_a_fresh_one_is_not(
    frozen_now: datetime.datetime, reviewer: User, settings: object
) -> None:
    due_prediction()
    reminders_sweep(connection=ScriptedBackend(errors=[temporary_error()]))
    stuck = Delivery.objects.create(
        recipient=reviewer, email=reviewer.email, language="en", started_at=frozen_now, state=DeliveryState.SENDING
    )
    # As a worker killed after claiming leaves it.
    Reminder.objects.update(state=ReminderState.SENDING, claimed_at=frozen_now, delivery=stuck)

    with time_machine.travel(frozen_now + datetime.timedelta(seconds=899), tick=False):
        assert reminders_sweep().digests == []
    with time_machine.travel(frozen_now + datetime.timedelta(seconds=901), tick=False):
        report = reminders_sweep()

    assert [d.status for d in report.digests] == ["sent"] and len(mail.outbox) == 1
    stuck.refresh_from_db()
    assert stuck.state == DeliveryState.INTERRUPTED
    assert Reminder.objects.get().state == ReminderState.SENT


def test_dry_run_changes_nothing(frozen_now: datetime.datetime, reviewers: list[User]) -> None:
    due_prediction()

    report = reminders_sweep(dry_run=True)

    assert [(d.username, d.status, len(d.items)) for d in report.digests] == [
        ("ada", "would-send", 1),
        ("bao", "would-send", 1),
    ]
    assert report.due_events == 1 and report.owed_by_stage == {"due": 1}
    assert not Reminder.objects.exists() and not ReminderRound.objects.exists()
    assert not OutboxEvent.objects.filter(event_type="prediction.due").exists() and mail.outbox == []


def test_assigned_reviewers_only_else_the_whole_group(frozen_now: datetime.datetime, reviewers: list[User]) -> None:
    _ada, bao = reviewers
    assigned = due_prediction()
    assigned.reviewers.set([bao])
    unassigned = due_prediction(days_ago=2)
    inactive = ReviewerFactory.create(username="carl", is_active=False)
    UserFactory.create(username="outsider")  # not a reviewer

    reminders_sweep()

    assert set(Reminder.objects.filter(prediction=assigned).values_list("recipient__username", flat=True)) == {"bao"}
    assert set(Reminder.objects.filter(prediction=unassigned).values_list("recipient__username", flat=True)) == {
        "ada",
        "bao",
    }
    assert not Reminder.objects.filter(recipient=inactive).exists()


def test_overdue_round_3_escalates_to_superusers(frozen_now: datetime.datetime, reviewer: User) -> None:
    boss = UserFactory.create(username="boss", is_superuser=True, is_staff=True)
    prediction = due_prediction(days_ago=21)

    reminders_sweep()

    rows = {row.recipient.username: row for row in Reminder.objects.filter(prediction=prediction)}
    assert set(rows) == {"ada", "boss"}
    assert rows["boss"].escalation and not rows["ada"].escalation
    assert (rows["ada"].stage, rows["ada"].round) == ("overdue", 3)
    assert "Escalated to you" in next(m for m in mail.outbox if m.to == [boss.email]).body


def test_resolved_and_private_predictions_owe_nothing(frozen_now: datetime.datetime, reviewer: User) -> None:
    resolved = due_prediction()
    final_resolution_for(resolved)
    due_prediction(is_public=False)

    report = reminders_sweep()

    assert report.digests == [] and mail.outbox == []
    # A private prediction still becomes due for the outside world (one event), unannounced by e-mail.
    assert OutboxEvent.objects.filter(event_type="prediction.due").count() == 1


def waiting_proposal(prediction: Prediction, by: User, hours: int) -> Resolution:
    """A proposal of ``prediction`` by ``by``, waiting for a second reviewer for ``hours`` hours."""
    from tests.factories import ResolutionFactory

    proposed_at = timezone.now() - datetime.timedelta(hours=hours)
    return ResolutionFactory.create(prediction=prediction, proposed_by=by, proposed_at=proposed_at)


def test_confirm_reminder_goes_to_the_other_reviewers(frozen_now: datetime.datetime, reviewers: list[User]) -> None:
    ada, bao = reviewers
    prediction = due_prediction(days_ago=3)
    proposal = waiting_proposal(prediction, ada, hours=25)

    reminders_sweep()

    rows = list(
        Reminder.objects.filter(prediction=prediction).values_list("stage", "round", "proposal", "recipient__username")
    )
    assert [row for row in rows if row[3] in {"ada", "bao"}] == [("confirm", 0, proposal.pk, "bao")]
    message = next(m for m in mail.outbox if m.to == [bao.email])
    assert f"/resolutions/{proposal.pk}/review/" in message.body


def test_each_proposal_is_reminded_once_a_later_one_again(frozen_now: datetime.datetime, reviewers: list[User]) -> None:
    ada, bao = reviewers
    prediction = due_prediction(days_ago=3)
    first = waiting_proposal(prediction, ada, hours=25)
    reminders_sweep()
    reminders_sweep()  # the same proposal: nothing more
    first.state, first.rejected_by, first.rejection_reason = ResolutionState.REJECTED, bao, "No source."
    first.save()
    second = waiting_proposal(prediction, ada, hours=30)

    reminders_sweep()

    confirm = ReminderRound.objects.filter(prediction=prediction, stage="confirm")
    assert sorted(confirm.values_list("round", "proposal")) == [(0, first.pk), (0, second.pk)]
    to_bao = Reminder.objects.filter(prediction=prediction, stage="confirm", recipient=bao)
    assert sorted(to_bao.values_list("proposal", flat=True)) == [first.pk, second.pk]


def test_upcoming_reminder_a_week_ahead(frozen_now: datetime.datetime, reviewer: User) -> None:
    due_prediction(days_ago=-7)
    due_prediction(days_ago=-8)

    report = reminders_sweep()

    assert report.owed_by_stage == {"upcoming": 1}
    assert "Coming up" in mail.outbox[0].body


def test_sweep_uses_the_current_time_when_none_given(reviewer: User) -> None:
    due_prediction(days_ago=(datetime.date(2026, 1, 1) - timezone.localdate()).days)
    assert reminders_sweep().owed_by_stage == {"due": 1}


def test_the_due_scan_pages_through_ties_in_order(monkeypatch: pytest.MonkeyPatch, reviewers: list[User]) -> None:
    """Both forms of the due scan (one statement per page on PostgreSQL, the ORM's elsewhere) page
    through predictions sharing a resolve-on date, skip resolved and later ones, and add the later
    one that has a proposal awaiting confirmation."""
    from tracker.services.reminders import candidates

    monkeypatch.setattr(candidates, "DUE_SCAN_PAGE", 2)
    same_day = [due_prediction(days_ago=3) for _ in range(3)]
    later = [due_prediction(days_ago=1) for _ in range(2)]
    resolved = due_prediction(days_ago=2)
    final_resolution_for(resolved)
    due_prediction(days_ago=-30)  # beyond the horizon
    awaiting = due_prediction(days_ago=-40)  # beyond it too, but a proposal awaits a second reviewer
    proposal = waiting_proposal(awaiting, reviewers[0], hours=2)
    horizon = datetime.date(2026, 1, 1)

    ids = [prediction.id for prediction in candidates.unresolved_until(horizon)]
    in_one_statement = candidates.candidates_until(horizon)
    through_the_orm = candidates._through_the_orm(horizon)

    assert ids == [p.pk for p in same_day + later]
    for found in (in_one_statement, through_the_orm):
        assert [c.prediction.id for c in found] == [*ids, awaiting.pk]
        assert [c.proposal.id if c.proposal else None for c in found] == [None] * len(ids) + [proposal.pk]
        assert found[0].prediction.speaker_slug == same_day[0].speaker.slug
    assert in_one_statement == through_the_orm  # the same values, read either way


def test_an_unexpected_error_is_recorded_as_temporary_and_stops_the_sweep(
    frozen_now: datetime.datetime, reviewer: User
) -> None:
    due_prediction()

    with pytest.raises(RuntimeError, match="template exploded"):
        reminders_sweep(connection=ScriptedBackend(errors=[RuntimeError("template exploded")]))

    row = Reminder.objects.get()
    assert (row.state, row.attempts) == (ReminderState.PENDING, 1) and "template exploded" in row.last_error
    assert Delivery.objects.get().state == DeliveryState.RETRYING
