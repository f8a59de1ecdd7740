"""``resolution_actions``: what a user may do with a prediction now, and why not —
the same answers the services act on, so the admin, the API and a reviewer's
queue never disagree with them."""

from __future__ import annotations

import datetime
import re

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from predictions import services
from predictions.errors import NotAllowed, StateConflict
from predictions.models import Prediction
from tests.factories import PredictionFactory

pytestmark = pytest.mark.django_db

AS_OF = datetime.date(2025, 12, 31)


@pytest.fixture
def due(frozen_now: datetime.datetime) -> Prediction:
    return PredictionFactory.create(resolve_on=datetime.date(2025, 12, 1))


def propose(prediction: Prediction, by: User) -> None:
    services.resolution_propose(prediction=prediction, outcome="unresolvable", rationale="No data.", as_of=AS_OF, by=by)


def test_a_reviewer_may_propose_an_outsider_may_do_nothing(due: Prediction, reviewer: User, staff_outsider: User):
    mine = services.resolution_actions(due, reviewer)
    theirs = services.resolution_actions(due, staff_outsider)

    assert mine.propose.allowed and not mine.supersede.allowed and mine.proposal is None
    assert mine.confirm.reason == "No proposed resolution awaits confirmation."
    assert not theirs.propose.allowed and theirs.propose.forbidden
    assert theirs.propose.reason == "You are not allowed to propose resolutions."


def test_after_a_proposal_only_another_reviewer_may_confirm_and_the_service_agrees(
    due: Prediction, reviewer: User, second_reviewer: User
) -> None:
    propose(due, reviewer)

    own, other = services.resolution_actions(due, reviewer), services.resolution_actions(due, second_reviewer)

    assert not own.confirm.allowed and not own.confirm.forbidden
    assert own.confirm.reason == "You proposed this resolution; another reviewer must confirm or reject it."
    assert not own.propose.allowed and "already awaiting confirmation" in own.propose.reason
    assert other.confirm.allowed and other.reject.allowed and other.proposal is not None
    with pytest.raises(NotAllowed, match=re.escape(own.confirm.reason)):
        services.resolution_confirm(resolution=own.proposal, by=reviewer)  # type: ignore[arg-type]
    with pytest.raises(StateConflict, match=own.propose.reason.split(";")[0]):
        propose(due, second_reviewer)


def test_once_final_it_may_be_superseded_not_proposed(due: Prediction, reviewer: User, second_reviewer: User):
    propose(due, reviewer)
    services.resolution_confirm(resolution=due.resolutions.get(), by=second_reviewer)
    due.refresh_from_db()

    actions = services.resolution_actions(due, reviewer)

    assert actions.supersede.allowed and not actions.propose.allowed
    assert actions.propose.reason.startswith("This prediction already has a final resolution")


def test_the_reasons_are_translated(due: Prediction, staff_outsider: User) -> None:
    with translation.override("zh-hans"):
        reason = services.resolution_actions(due, staff_outsider).propose.reason

    assert reason and reason != "You are not allowed to propose resolutions."


def test_a_whole_list_costs_what_one_prediction_costs(frozen_now, reviewer: User, second_reviewer: User) -> None:
    predictions = PredictionFactory.create_batch(6, resolve_on=datetime.date(2025, 12, 1))
    for prediction in predictions[:3]:
        propose(prediction, reviewer)

    fresh = [User.objects.get(pk=second_reviewer.pk) for _ in range(2)]  # no permissions cached yet
    with CaptureQueriesContext(connection) as one:
        services.resolution_actions_for(predictions[:1], fresh[0])
    with CaptureQueriesContext(connection) as queries:
        actions = services.resolution_actions_for(predictions, fresh[1])

    # The proposals, the user's confirmations of them, and the user's permissions (once per user).
    assert len(queries) == len(one) == 4
    assert [actions[p.pk].confirm.allowed for p in predictions] == [True, True, True, False, False, False]
    assert [actions[p.pk].propose.allowed for p in predictions] == [False, False, False, True, True, True]
