"""Recording and editing predictions through the services: quotes anchored,
concurrent edits detected, judged predictions locked, every write audited and
announced in the outbox within its own transaction."""

from __future__ import annotations

import datetime
import re
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import transaction

from predictions import services
from predictions.errors import NotAllowed, PredictionLocked, StaleVersion
from predictions.models import OutboxEvent, Prediction, Source, Speaker
from tests.factories import SOURCE_TEXT, PredictionFactory, SourceFactory, SpeakerFactory, final_resolution_for

pytestmark = pytest.mark.django_db

QUOTE = "batteries will keep getting cheaper every year"


def new_prediction_fields(source: Source, speaker: Speaker, **overrides: Any) -> dict[str, Any]:
    return {
        "speaker": speaker,
        "source": source,
        "slug": "batteries-cheaper",
        "quote": QUOTE,
        "quote_language": "en",
        "translation": "Batteries will keep getting cheaper every year.",
        "claim": "Average lithium-ion pack prices fall in every year from 2024 to 2028.",
        "made_on": datetime.date(2024, 5, 30),
        "resolve_on": datetime.date(2029, 1, 31),
        "resolution_criteria": "BNEF's annual battery price survey, volume-weighted average, nominal USD/kWh.",
        **overrides,
    }


@pytest.fixture
def source() -> Source:
    return SourceFactory.create()


@pytest.fixture
def speaker() -> Speaker:
    return SpeakerFactory.create()


def snapshot(prediction: Prediction) -> tuple[Any, ...]:
    """What a failed write must leave untouched."""
    row = Prediction.objects.get(pk=prediction.pk)
    return (row.claim, row.quote, row.quote_start, row.version, row.history.count(), OutboxEvent.objects.count())


# --- prediction_record ----------------------------------------------------------


def test_record_anchors_the_quote_audits_and_emits_an_event(
    frozen_now: datetime.datetime, source: Source, speaker: Speaker, reviewer: User
) -> None:
    prediction = services.prediction_record(
        by=reviewer, reason="From the panel recording", **new_prediction_fields(source, speaker)
    )

    stored = Prediction.objects.get(pk=prediction.pk)
    start = SOURCE_TEXT.index(QUOTE)
    assert (stored.quote_start, stored.quote_end) == (start, start + len(QUOTE))
    assert (stored.version, stored.final_resolution_id) == (1, None)
    history = stored.history.get()
    assert (history.history_type, history.history_user, history.history_change_reason) == (
        "+",
        reviewer,
        "From the panel recording",
    )
    event = OutboxEvent.objects.get()
    assert (event.event_type, event.prediction_id, event.published_at) == ("prediction.created", prediction.pk, None)
    assert event.payload["type"] == "prediction.created"
    assert event.payload["data"]["prediction"] == {
        "id": prediction.pk,
        "claim": stored.claim,
        "speaker": speaker.slug,
        "made_on": "2024-05-30",
        "resolve_on": "2029-01-31",
        "status": "open",
        "is_public": True,
        "version": 1,
    }


def test_record_refuses_a_quote_not_found_verbatim(source: Source, speaker: Speaker, reviewer: User) -> None:
    with pytest.raises(ValidationError) as raised:
        services.prediction_record(
            by=reviewer, **new_prediction_fields(source, speaker, quote="batteries will keep getting cheaper each year")
        )

    assert raised.value.message_dict == {
        "quote": ["Not found verbatim in the source: the quote is not found verbatim in the source text."]
    }
    assert not Prediction.objects.exists()
    assert not OutboxEvent.objects.exists()


def test_record_refuses_an_anchor_that_points_elsewhere(source: Source, speaker: Speaker, reviewer: User) -> None:
    with pytest.raises(ValidationError) as raised:
        services.prediction_record(by=reviewer, **new_prediction_fields(source, speaker, quote_start=0))

    assert "the source has “On a panel in 2024 the speaker said: by" in raised.value.message_dict["quote"][0]
    assert not Prediction.objects.exists()


def test_record_keeps_the_original_script(source: Source, speaker: Speaker) -> None:
    prediction = services.prediction_record(
        by=None, **new_prediction_fields(source, speaker, quote="电池每年都会更便宜", quote_language="zh-Hans")
    )

    assert SOURCE_TEXT[prediction.quote_start : prediction.quote_end] == "电池每年都会更便宜"


def test_only_reviewers_record_predictions(source: Source, speaker: Speaker, staff_outsider: User) -> None:
    with pytest.raises(NotAllowed, match=re.escape("You are not allowed to record predictions.")):
        services.prediction_record(by=staff_outsider, **new_prediction_fields(source, speaker))

    assert not Prediction.objects.exists()


def test_an_event_is_written_with_the_change_and_rolled_back_with_it(source: Source, speaker: Speaker) -> None:
    class Abandoned(Exception):
        pass

    with pytest.raises(Abandoned), transaction.atomic():
        services.prediction_record(by=None, **new_prediction_fields(source, speaker))
        assert OutboxEvent.objects.count() == 1  # inside the transaction: written together
        raise Abandoned

    assert not Prediction.objects.exists()
    assert not OutboxEvent.objects.exists()


# --- prediction_update -----------------------------------------------------------


def test_update_with_the_current_version_changes_audits_and_emits(reviewer: User) -> None:
    prediction = PredictionFactory.create()

    updated = services.prediction_update(
        prediction=prediction,
        by=reviewer,
        reason="Sharper wording",
        changes={"claim": "Over 50% of new cars sold in the EU in 2030 are battery-electric."},
        expected_version=1,
    )

    stored = Prediction.objects.get(pk=prediction.pk)
    assert stored.claim == updated.claim == "Over 50% of new cars sold in the EU in 2030 are battery-electric."
    assert stored.version == updated.version == prediction.version == 2
    latest = stored.history.latest()
    assert (latest.history_type, latest.history_user, latest.history_change_reason) == (
        "~",
        reviewer,
        "Sharper wording",
    )
    event = OutboxEvent.objects.get()
    assert event.event_type == "prediction.updated"
    assert event.payload["data"]["changed_fields"] == ["claim"]
    assert event.payload["data"]["prediction"]["version"] == 2


def test_update_from_a_stale_version_is_refused_and_changes_nothing(reviewer: User) -> None:
    prediction = PredictionFactory.create()
    services.prediction_update(prediction=prediction, by=reviewer, reason="First edit", changes={"claim": "One."})
    before = snapshot(prediction)

    with pytest.raises(StaleVersion) as raised:
        services.prediction_update(
            prediction=prediction, by=reviewer, reason="Second edit", changes={"claim": "Two."}, expected_version=1
        )

    assert raised.value.http_status == 412
    assert "version 2, you had 1" in raised.value.message
    assert snapshot(prediction) == before
    assert Prediction.objects.get(pk=prediction.pk).claim == "One."


def test_a_judged_prediction_is_locked(reviewer: User) -> None:
    prediction = PredictionFactory.create()
    final_resolution_for(prediction)
    before = snapshot(prediction)

    with pytest.raises(PredictionLocked, match=re.escape("supersede the resolution with a reason")):
        services.prediction_update(prediction=prediction, by=reviewer, reason="Edit", changes={"claim": "Changed."})

    assert snapshot(prediction) == before


def test_a_new_quote_is_anchored_again_or_refused(reviewer: User) -> None:
    prediction = PredictionFactory.create()

    services.prediction_update(prediction=prediction, by=reviewer, reason="Longer quote", changes={"quote": QUOTE})

    stored = Prediction.objects.get(pk=prediction.pk)
    assert SOURCE_TEXT[stored.quote_start : stored.quote_end] == QUOTE
    before = snapshot(prediction)

    with pytest.raises(ValidationError) as raised:
        services.prediction_update(prediction=prediction, by=reviewer, reason="Typo", changes={"quote": "batteries!"})

    assert "quote" in raised.value.message_dict
    assert snapshot(prediction) == before


def test_an_edit_needs_a_reason(reviewer: User) -> None:
    prediction = PredictionFactory.create()
    before = snapshot(prediction)

    with pytest.raises(ValidationError) as raised:
        services.prediction_update(prediction=prediction, by=reviewer, reason=" ", changes={"claim": "Changed."})

    assert raised.value.message_dict == {
        "reason": ["Say why the prediction is changed; the reason is kept in its history."]
    }
    assert snapshot(prediction) == before


def test_only_reviewers_edit_predictions(staff_outsider: User) -> None:
    prediction = PredictionFactory.create()
    before = snapshot(prediction)

    with pytest.raises(NotAllowed):
        services.prediction_update(prediction=prediction, by=staff_outsider, reason="Mine", changes={"claim": "X."})

    assert snapshot(prediction) == before


@pytest.mark.django_db
def test_a_source_text_edit_that_loses_a_quote_is_refused_and_changes_nothing(reviewer: User) -> None:
    prediction = PredictionFactory.create()
    source = prediction.source
    original = source.text
    source.text = original.replace("most cars sold in Europe", "most cars sold in Asia")

    with pytest.raises(ValidationError) as raised:
        services.reference_save(instance=source, by=reviewer, reason="Typo")

    assert f"prediction(s) {prediction.pk}" in str(raised.value)
    source.refresh_from_db()
    assert source.text == original


@pytest.mark.django_db
def test_a_source_text_edit_that_keeps_every_quote_is_saved(reviewer: User) -> None:
    prediction = PredictionFactory.create()
    source = prediction.source
    source.text = source.text + " A later paragraph."

    services.reference_save(instance=source, by=reviewer, reason="Added the last paragraph")

    source.refresh_from_db()
    assert source.text.endswith("A later paragraph.")
    assert source.full_text[prediction.quote_start : prediction.quote_end] == prediction.quote
