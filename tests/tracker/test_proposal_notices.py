"""The proposer hears back: one e-mail, in their language, when their proposal is confirmed or
rejected (with the reason), through the outbox and the tracker's relay; never twice."""

from __future__ import annotations

import datetime

import pytest
from django.contrib.auth.models import User
from django.core import mail

from predictions import services
from predictions.models import OutboxEvent, Prediction, Resolution
from tests.factories import PredictionFactory
from tests.tracker.helpers import ScriptedBackend, temporary_error
from tracker.models import ProposalNotice, ProposalNoticeState, ReviewerPreference
from tracker.services.notices import notices_send
from tracker.services.outbox_relay import outbox_relay
from tracker.tasks.webhooks import relay_outbox

pytestmark = pytest.mark.django_db

AS_OF = datetime.date(2025, 12, 31)


@pytest.fixture
def due(frozen_now: datetime.datetime) -> Prediction:
    return PredictionFactory.create(
        claim="Fusion <power> on the grid", claim_zh="核聚变<发电>并网", resolve_on=datetime.date(2025, 12, 1)
    )


def propose(prediction: Prediction, by: User) -> Resolution:
    return services.resolution_propose(
        prediction=prediction, outcome="annulled", rationale="The plant was cancelled.", as_of=AS_OF, by=by
    )


def test_a_rejected_proposer_is_told_why_once_however_often_the_event_is_relayed(
    due: Prediction, reviewer: User, second_reviewer: User
) -> None:
    proposal = propose(due, reviewer)
    services.resolution_reject(resolution=proposal, by=second_reviewer, reason="The plant was <only> delayed.")
    relay_outbox()
    # The same event relayed again (a relay that crashed after publishing, a replay): still one e-mail.
    OutboxEvent.objects.update(published_at=None)
    relay_outbox()
    relay_outbox()

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [reviewer.email]
    assert message.subject == "Hindsight: your proposed verdict was rejected"
    assert "Reason given: The plant was <only> delayed." in message.body  # plain text: as written
    html = message.alternatives[0].content  # type: ignore[attr-defined]
    assert "The plant was &lt;only&gt; delayed." in html and "Fusion &lt;power&gt; on the grid" in html
    assert f"/admin/predictions/prediction/{due.pk}/change/" in message.body
    assert ProposalNotice.objects.get().state == ProposalNoticeState.SENT


def test_a_confirmed_proposer_is_told_in_chinese_when_that_is_their_language(
    due: Prediction, reviewer: User, second_reviewer: User
) -> None:
    ReviewerPreference.objects.create(user=reviewer, language="zh-hans")
    proposal = propose(due, reviewer)
    services.resolution_confirm(resolution=proposal, by=second_reviewer)

    relay_outbox()
    relay_outbox()

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.subject == "Hindsight：你提议的裁定已获确认——已撤销"
    assert "预测：核聚变<发电>并网" in message.body and "确认了你提议的裁定" in message.body
    assert "2025年12月31日" in message.body
    assert "核聚变&lt;发电&gt;并网" in message.alternatives[0].content  # type: ignore[attr-defined]


def test_only_the_proposer_hears_and_the_rejection_is_no_webhook_event(
    due: Prediction, reviewer: User, second_reviewer: User
) -> None:
    proposal = propose(due, reviewer)
    services.resolution_reject(resolution=proposal, by=second_reviewer, reason="No.")

    result = outbox_relay()

    assert result.notices == 1 and result.delivery_ids == []
    assert list(ProposalNotice.objects.values_list("recipient_id", "kind")) == [(reviewer.pk, "rejected")]


def test_a_temporary_failure_is_retried_after_a_back_off_and_sent_once(
    due: Prediction, reviewer: User, second_reviewer: User
) -> None:
    proposal = propose(due, reviewer)
    services.resolution_reject(resolution=proposal, by=second_reviewer, reason="No.")
    outbox_relay()

    assert notices_send(connection=ScriptedBackend(errors=[temporary_error()])) == 0
    notice = ProposalNotice.objects.get()
    assert (notice.state, notice.attempts) == (ProposalNoticeState.PENDING, 1)
    assert notices_send() == 0  # backing off: not yet
    ProposalNotice.objects.update(next_attempt_at=notice.created_at)
    assert notices_send() == 1 and notices_send() == 0
    assert len(mail.outbox) == 1


def test_staff_read_the_notices_in_the_admin_and_cannot_change_them(
    due: Prediction, reviewer: User, second_reviewer: User, admin_client
) -> None:
    proposal = propose(due, reviewer)
    services.resolution_reject(resolution=proposal, by=second_reviewer, reason="No.")
    relay_outbox()
    notice = ProposalNotice.objects.get()

    listing = admin_client.get("/admin/tracker/proposalnotice/")
    page = admin_client.get(f"/admin/tracker/proposalnotice/{notice.pk}/change/")

    assert listing.status_code == 200 and reviewer.username in listing.content.decode()
    assert page.status_code == 200 and 'name="_save"' not in page.content.decode()
