"""The database itself refuses an inconsistent ledger (rows written around the
services), and the forms and services explain the same mistakes in words."""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from predictions import services
from predictions.admin.forms import PredictionAdminForm
from predictions.errors import NotAllowed, StateConflict
from predictions.models import Prediction, Resolution, ResolutionState
from tests.factories import PredictionFactory, ResolutionFactory, final_resolution_for

pytestmark = pytest.mark.django_db


def refused_by_database(write: Callable[[], Any], constraint: str) -> None:
    """``write`` fails in PostgreSQL, naming ``constraint``, and leaves nothing behind."""
    with pytest.raises(IntegrityError) as raised, transaction.atomic():
        write()
    assert constraint in str(raised.value)


# --- Predictions -------------------------------------------------------------


def test_resolve_on_before_made_on_is_refused_by_the_database() -> None:
    prediction = PredictionFactory.create()
    before = datetime.date(2024, 5, 29)

    refused_by_database(
        lambda: PredictionFactory.create(made_on=datetime.date(2024, 5, 30), resolve_on=before),
        "prediction_resolve_on_not_before_made_on",
    )
    refused_by_database(
        lambda: Prediction.objects.filter(pk=prediction.pk).update(resolve_on=before),
        "prediction_resolve_on_not_before_made_on",
    )
    assert Prediction.objects.get().resolve_on == datetime.date(2030, 12, 31)
    # The same day is allowed: "by the end of today".
    Prediction.objects.filter(pk=prediction.pk).update(resolve_on=datetime.date(2024, 5, 30))


@pytest.mark.parametrize("probability", [-0.01, 1.01, 2.0])
def test_an_implied_probability_outside_0_to_1_is_refused_by_the_database(probability: float) -> None:
    prediction = PredictionFactory.create()

    refused_by_database(
        lambda: Prediction.objects.filter(pk=prediction.pk).update(implied_probability=probability),
        "prediction_probability_between_0_and_1",
    )
    assert Prediction.objects.get().implied_probability == 0.8


@pytest.mark.parametrize("probability", [0.0, 1.0, None])
def test_the_bounds_and_no_probability_at_all_are_accepted(probability: float | None) -> None:
    prediction = PredictionFactory.create(implied_probability=probability)

    assert Prediction.objects.get(pk=prediction.pk).implied_probability == probability


@pytest.mark.parametrize(("start", "end"), [(40, 40), (40, 12), (None, 50), (12, None)])
def test_quote_offsets_must_be_ordered_and_set_together(start: int | None, end: int | None) -> None:
    prediction = PredictionFactory.create()

    refused_by_database(
        lambda: Prediction.objects.filter(pk=prediction.pk).update(quote_start=start, quote_end=end),
        "prediction_quote_offsets_ordered",
    )
    stored = Prediction.objects.get()
    assert (stored.quote_start, stored.quote_end) == (prediction.quote_start, prediction.quote_end)


# --- Resolutions -------------------------------------------------------------


def test_a_confirmer_cannot_be_the_proposer_in_the_database(reviewer: User) -> None:
    refused_by_database(
        lambda: ResolutionFactory.create(
            proposed_by=reviewer,
            confirmed_by=reviewer,
            confirmed_at=timezone.now(),
            state=ResolutionState.FINAL,
        ),
        "resolution_confirmer_differs_from_proposer",
    )
    assert not Resolution.objects.exists()


def test_a_prediction_has_at_most_one_final_resolution_in_the_database() -> None:
    prediction = PredictionFactory.create()
    final_resolution_for(prediction)
    second = ResolutionFactory.create(prediction=prediction)

    confirmer = prediction.final_resolution.confirmed_by  # type: ignore[union-attr]

    refused_by_database(
        lambda: Resolution.objects.filter(pk=second.pk).update(state=ResolutionState.FINAL),
        "resolution_final_is_confirmed",
    )
    refused_by_database(
        lambda: Resolution.objects.filter(pk=second.pk).update(
            state=ResolutionState.FINAL, confirmed_by=confirmer, confirmed_at=timezone.now()
        ),
        "resolution_one_final_per_prediction",
    )
    assert list(Resolution.objects.filter(prediction=prediction).values_list("state", flat=True).order_by("id")) == [
        "final",
        "proposed",
    ]


def test_two_predictions_cannot_point_at_the_same_final_resolution() -> None:
    judged = PredictionFactory.create()
    resolution = final_resolution_for(judged)
    other = PredictionFactory.create()

    refused_by_database(
        lambda: Prediction.objects.filter(pk=other.pk).update(final_resolution=resolution),
        "prediction_final_resolution_unique",
    )
    # Any number of predictions may have none.
    assert Prediction.objects.filter(final_resolution__isnull=True).count() == 1


def test_a_prediction_has_at_most_one_open_proposal_in_the_database() -> None:
    proposal = ResolutionFactory.create()

    refused_by_database(
        lambda: ResolutionFactory.create(prediction=proposal.prediction),
        "resolution_one_open_proposal_per_prediction",
    )
    # Rejected and superseded rows do not count: history may hold many.
    ResolutionFactory.create(prediction=proposal.prediction, state=ResolutionState.REJECTED)
    assert Resolution.objects.count() == 2


def test_superseding_without_a_reason_is_refused_by_the_database() -> None:
    prediction = PredictionFactory.create()
    final = final_resolution_for(prediction)

    refused_by_database(
        lambda: ResolutionFactory.create(prediction=prediction, supersedes=final, supersede_reason=""),
        "resolution_supersede_has_reason",
    )
    assert Resolution.objects.count() == 1


# --- The same mistakes, explained by forms and services ----------------------


def prediction_form_data(prediction: Prediction, **changes: Any) -> dict[str, Any]:
    data = {
        field: getattr(prediction, field)
        for field in PredictionAdminForm.base_fields
        if field not in {"topics", "reviewers", "change_reason", "loaded_version"}
    }
    data.update({"speaker": prediction.speaker_id, "source": prediction.source_id, "change_reason": "", **changes})
    return {key: "" if value is None else value for key, value in data.items()}


def test_the_admin_form_explains_a_resolve_on_before_made_on() -> None:
    existing = PredictionFactory.create()

    form = PredictionAdminForm(
        data=prediction_form_data(existing, slug="new-one", made_on="2024-05-30", resolve_on="2024-05-01"),
        instance=Prediction(),
    )

    assert not form.is_valid()
    assert form.errors["__all__"] == ["The resolve-on date cannot be before the date it was said."]
    assert Prediction.objects.count() == 1


def test_the_admin_form_explains_a_probability_above_one_and_a_quote_not_in_the_source() -> None:
    existing = PredictionFactory.create()

    form = PredictionAdminForm(
        data=prediction_form_data(
            existing, implied_probability="1.5", quote="by 2031 most cars", change_reason="Typo fixed"
        ),
        instance=existing,
    )

    assert not form.is_valid()
    assert form.errors["implied_probability"] == ["Ensure this value is less than or equal to 1.0."]
    assert str(form.errors["quote"][0]).startswith("Not found verbatim in the source")


def test_the_admin_form_requires_a_reason_for_an_edit() -> None:
    existing = PredictionFactory.create()

    form = PredictionAdminForm(data=prediction_form_data(existing, claim="Sharper claim."), instance=existing)

    assert not form.is_valid()
    assert form.errors["change_reason"] == ["Say why you are changing this prediction."]


def test_services_explain_dates_and_probability_in_words(reviewer: User) -> None:
    source = PredictionFactory.create().source

    with pytest.raises(ValidationError) as raised:
        services.prediction_record(
            by=reviewer,
            speaker=source.predictions.get().speaker,
            source=source,
            slug="backwards",
            quote="batteries will keep getting cheaper every year",
            quote_language="en",
            translation="-",
            claim="Battery prices fall every year.",
            made_on=datetime.date(2024, 5, 30),
            resolve_on=datetime.date(2024, 1, 1),
            resolution_criteria="BNEF price survey.",
            implied_probability=1.2,
        )

    messages = raised.value.message_dict
    assert messages["__all__"] == ["The resolve-on date cannot be before the date it was said."]
    assert messages["implied_probability"] == ["Ensure this value is less than or equal to 1.0."]
    assert not Prediction.objects.filter(slug="backwards").exists()


def test_services_explain_resolution_mistakes_in_words(
    frozen_now: datetime.datetime, reviewer: User, second_reviewer: User
) -> None:
    prediction = PredictionFactory.create(resolve_on=datetime.date(2025, 6, 1))
    proposal = services.resolution_propose(
        prediction=prediction, outcome="annulled", rationale="Misattributed.", as_of=frozen_now.date(), by=reviewer
    )

    with pytest.raises(
        NotAllowed, match=re.escape("You proposed this resolution; another reviewer must confirm or reject it.")
    ):
        services.resolution_confirm(resolution=proposal, by=reviewer)
    with pytest.raises(StateConflict, match=re.escape("A proposed resolution is already awaiting confirmation")):
        services.resolution_propose(
            prediction=prediction, outcome="annulled", rationale="Again.", as_of=frozen_now.date(), by=second_reviewer
        )
    services.resolution_confirm(resolution=proposal, by=second_reviewer)
    with pytest.raises(ValidationError) as raised:
        services.resolution_supersede(
            resolution=proposal,
            outcome="correct",
            rationale="Found the recording.",
            as_of=frozen_now.date(),
            reason="   ",
            by=reviewer,
        )
    assert raised.value.message_dict == {
        "reason": ["Say why the final resolution is superseded; the reason is published."]
    }
    with pytest.raises(
        StateConflict, match=re.escape("already has a final resolution; supersede it with a reason instead")
    ):
        services.resolution_propose(
            prediction=prediction, outcome="annulled", rationale="Again.", as_of=frozen_now.date(), by=reviewer
        )
    assert list(Resolution.objects.values_list("state", flat=True)) == ["final"]
