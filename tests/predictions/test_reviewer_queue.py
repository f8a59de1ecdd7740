"""The admin home's "Waiting for you": what each reviewer must do, oldest first, in both
languages; and the "proposed — awaiting a second reviewer" state wherever a status is shown."""

from __future__ import annotations

import datetime

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from predictions import services
from predictions.models import Prediction
from predictions.selectors.queue import reviewer_queue
from tests.factories import PredictionFactory, ReviewerFactory

pytestmark = pytest.mark.django_db

CHINESE = {"Accept-Language": "zh-CN,zh;q=0.9"}
AS_OF = datetime.date(2025, 12, 31)


def propose(prediction: Prediction, by: User) -> int:
    return services.resolution_propose(
        prediction=prediction, outcome="annulled", rationale="Withdrawn.", as_of=AS_OF, by=by
    ).pk


def test_each_reviewer_sees_what_waits_for_them_oldest_first(
    frozen_now: datetime.datetime, reviewer: User, second_reviewer: User
) -> None:
    PredictionFactory.create(claim="Older", resolve_on=datetime.date(2025, 10, 1))
    PredictionFactory.create(claim="Newer", resolve_on=datetime.date(2025, 12, 1))
    theirs = PredictionFactory.create(claim="Assigned to Bao", resolve_on=datetime.date(2025, 11, 1))
    theirs.reviewers.add(second_reviewer)
    PredictionFactory.create(claim="Not due", resolve_on=datetime.date(2027, 1, 1))
    draft = PredictionFactory.create(
        claim="A draft", is_draft=True, is_public=False, recorded_at=None, resolve_on=datetime.date(2027, 1, 1)
    )
    proposed = PredictionFactory.create(claim="Proposed by Ada", resolve_on=datetime.date(2025, 9, 1))
    proposal = propose(proposed, reviewer)

    ada, bao = reviewer_queue(reviewer), reviewer_queue(second_reviewer)

    # Ada may not confirm her own proposal; Bao may. A prediction with a proposal is not "to judge".
    assert ada.to_review.count == 0
    assert [item.pk for item in bao.to_review.items] == [proposal]
    assert [item.claim for item in ada.to_judge.items] == ["Older", "Newer"]
    assert [item.claim for item in bao.to_judge.items] == ["Older", "Assigned to Bao", "Newer"]
    assert [item.pk for item in ada.drafts.items] == [draft.pk] and ada.count == 3


def test_the_lists_show_a_few_and_count_them_all(frozen_now: datetime.datetime, reviewer: User) -> None:
    for day in range(1, 6):
        PredictionFactory.create(resolve_on=datetime.date(2025, 12, day))

    queue = reviewer_queue(reviewer, limit=2)

    assert (len(queue.to_judge.items), queue.to_judge.count, queue.to_judge.more) == (2, 5, 3)


def test_someone_who_may_not_judge_is_offered_nothing(frozen_now: datetime.datetime, staff_outsider: User) -> None:
    PredictionFactory.create(resolve_on=datetime.date(2025, 12, 1))
    propose(PredictionFactory.create(resolve_on=datetime.date(2025, 12, 1)), ReviewerFactory.create())

    assert reviewer_queue(staff_outsider).is_empty


@pytest.mark.parametrize(
    ("headers", "heading", "to_review"),
    [({}, "Waiting for you", "1 proposal to confirm or reject"), (CHINESE, "待你处理", "1 项提议待你确认或驳回")],
    ids=["english", "chinese"],
)
def test_the_admin_home_links_to_the_review_page_of_each_proposal(
    frozen_now: datetime.datetime,
    reviewer: User,
    second_reviewer_client: Client,
    headers: dict[str, str],
    heading: str,
    to_review: str,
) -> None:
    prediction = PredictionFactory.create(claim="Fusion <power> by 2025", resolve_on=datetime.date(2025, 6, 1))
    proposal = propose(prediction, reviewer)

    content = second_reviewer_client.get(reverse("admin:index"), headers=headers).content.decode()

    assert heading in content and to_review in content
    review = reverse("admin:predictions_prediction_review", args=[prediction.pk, proposal])
    assert f'href="{review}"' in content
    assert "Fusion &lt;power&gt; by 2025" in content


@pytest.mark.parametrize(
    ("headers", "empty"),
    [({}, "Nothing waits for you"), (CHINESE, "目前没有待你处理的事项")],
    ids=["english", "chinese"],
)
def test_the_admin_home_says_when_nothing_waits(
    frozen_now: datetime.datetime, reviewer_client: Client, headers: dict[str, str], empty: str
) -> None:
    content = reviewer_client.get(reverse("admin:index"), headers=headers).content.decode()

    assert empty in content


@pytest.mark.parametrize(
    ("headers", "label"),
    [({}, "Proposed — awaiting a second reviewer"), (CHINESE, "已提议，待第二位评审员确认")],
    ids=["english", "chinese"],
)
def test_a_proposed_prediction_reads_as_awaiting_a_second_reviewer_not_overdue(
    frozen_now: datetime.datetime,
    reviewer: User,
    second_reviewer_client: Client,
    anonymous: Client,
    headers: dict[str, str],
    label: str,
) -> None:
    prediction = PredictionFactory.create(resolve_on=datetime.date(2025, 6, 1))  # long overdue
    propose(prediction, reviewer)
    badge = f'<span class="badge badge-proposed">{label}</span>'

    changelist = second_reviewer_client.get(reverse("admin:predictions_prediction_changelist"), headers=headers)
    page = second_reviewer_client.get(
        reverse("admin:predictions_prediction_change", args=[prediction.pk]), headers=headers
    )
    public = anonymous.get(reverse("predictions:prediction", args=[prediction.pk, prediction.slug]), headers=headers)

    for response in (changelist, page, public):
        content = response.content.decode()
        assert badge in content
        assert "badge-overdue" not in content


def test_the_admin_list_filters_the_proposed_ones(
    frozen_now: datetime.datetime, reviewer: User, second_reviewer_client: Client
) -> None:
    proposed = PredictionFactory.create(claim="Proposed one", resolve_on=datetime.date(2025, 6, 1))
    PredictionFactory.create(claim="Still due", resolve_on=datetime.date(2025, 6, 1))
    propose(proposed, reviewer)

    content = second_reviewer_client.get(
        reverse("admin:predictions_prediction_changelist") + "?status=proposed"
    ).content.decode()

    assert "Proposed one" in content and "Still due" not in content


def test_a_due_draft_is_a_draft_to_finish_not_a_prediction_to_judge(
    frozen_now: datetime.datetime, reviewer: User
) -> None:
    draft = PredictionFactory.create(
        is_draft=True, is_public=False, recorded_at=None, resolve_on=datetime.date(2025, 6, 1)
    )

    queue = reviewer_queue(reviewer)

    assert queue.to_judge.count == 0 and [item.pk for item in queue.drafts.items] == [draft.pk]
