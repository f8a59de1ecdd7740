"""Recording and editing a prediction in the admin: the form explains mistakes
next to the field, saves go through the services (anchored, audited, versioned),
and a concurrent edit is refused instead of overwritten."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse
from pytest_django.asserts import assertContains

from predictions import services
from predictions.models import OutboxEvent, Prediction, Source, Speaker
from tests.factories import SOURCE_TEXT, PredictionFactory, SourceFactory, SpeakerFactory, TopicFactory

pytestmark = pytest.mark.django_db

ADD = reverse("admin:predictions_prediction_add")
QUOTE = "batteries will keep getting cheaper every year"


def form_data(speaker: Speaker, source: Source, **overrides: Any) -> dict[str, Any]:
    return {
        "speaker": speaker.pk,
        "source": source.pk,
        "slug": "batteries-cheaper",
        "is_public": "on",
        "quote": QUOTE,
        "quote_language": "en",
        "quote_kind": "direct",  # the select's preselected default, as a browser sends it
        "spoken_language": "en",
        "translation": "Batteries will keep getting cheaper every year.",
        "claim": "Average lithium-ion pack prices fall in every year from 2024 to 2028.",
        "claim_zh": "",
        "resolution_criteria": "BNEF's annual battery price survey.",
        "resolution_criteria_zh": "",
        "made_on": "2024-05-30",
        "horizon": "every year",
        "horizon_rule": "The 2028 survey is published in December 2028.",
        "resolve_on": "2029-01-31",
        "stated_confidence": "",
        "implied_probability": "",
        "change_reason": "",
        "loaded_version": "",
        **overrides,
    }


def change_url(prediction: Prediction) -> str:
    return reverse("admin:predictions_prediction_change", args=[prediction.pk])


def edit_data(prediction: Prediction, **overrides: Any) -> dict[str, Any]:
    current = {
        "slug": prediction.slug,
        "quote": prediction.quote,
        "claim": prediction.claim,
        "made_on": prediction.made_on.isoformat(),
        "resolve_on": prediction.resolve_on.isoformat(),
        "implied_probability": prediction.implied_probability,
        "loaded_version": str(prediction.version),
    }
    return form_data(prediction.speaker, prediction.source, **{**current, **overrides})


def test_a_reviewer_records_a_prediction_in_the_admin(reviewer_client: Client, reviewer: User) -> None:
    speaker, source, topic = SpeakerFactory.create(), SourceFactory.create(), TopicFactory.create()

    response = reviewer_client.post(
        ADD, form_data(speaker, source, topics=[topic.pk], change_reason="From the panel video"), follow=True
    )

    assert response.status_code == 200
    prediction = Prediction.objects.get()
    assertContains(response, "was added successfully")
    assert SOURCE_TEXT[prediction.quote_start : prediction.quote_end] == QUOTE
    assert list(prediction.topics.all()) == [topic]
    history = prediction.history.get()
    assert (history.history_user, history.history_change_reason) == (reviewer, "From the panel video")
    assert list(OutboxEvent.objects.values_list("event_type", flat=True)) == ["prediction.created"]


def test_the_add_form_explains_a_quote_that_is_not_in_the_source(reviewer_client: Client) -> None:
    speaker, source = SpeakerFactory.create(), SourceFactory.create()

    response = reviewer_client.post(ADD, form_data(speaker, source, quote="batteries will get cheaper"))

    assert response.status_code == 200
    assertContains(response, "Not found verbatim in the source")
    assert not Prediction.objects.exists()


def test_a_reviewer_edits_with_a_reason_and_the_version_moves_on(reviewer_client: Client, reviewer: User) -> None:
    prediction = PredictionFactory.create()

    without_reason = reviewer_client.post(change_url(prediction), edit_data(prediction, claim="Sharper."))
    assertContains(without_reason, "Say why you are changing this prediction.")

    response = reviewer_client.post(
        change_url(prediction), edit_data(prediction, claim="Sharper.", change_reason="Clearer claim"), follow=True
    )

    assertContains(response, "was changed successfully")
    stored = Prediction.objects.get()
    assert (stored.claim, stored.version) == ("Sharper.", 2)
    latest = stored.history.latest()
    assert (latest.history_user, latest.history_change_reason) == (reviewer, "Clearer claim")


def test_an_edit_from_a_stale_page_is_refused_not_overwritten(
    reviewer_client: Client, second_reviewer: User, frozen_now: datetime.datetime
) -> None:
    prediction = PredictionFactory.create()
    stale_page = edit_data(prediction, claim="Ada's wording.", change_reason="Ada's edit")
    services.prediction_update(
        prediction=prediction, by=second_reviewer, reason="Bao's edit", changes={"claim": "Bao's wording."}
    )

    response = reviewer_client.post(change_url(prediction), stale_page, follow=True)

    assertContains(response, "The prediction was changed by someone else (version 2, you had 1).")
    stored = Prediction.objects.get()
    assert (stored.claim, stored.version) == ("Bao's wording.", 2)


def test_the_history_page_says_who_changed_what_and_why(reviewer_client: Client, reviewer: User) -> None:
    prediction = PredictionFactory.create()
    services.prediction_update(
        prediction=prediction, by=reviewer, reason="Clearer claim", changes={"claim": "Sharper."}
    )

    response = reviewer_client.get(reverse("admin:predictions_prediction_history", args=[prediction.pk]))

    assertContains(response, "Clearer claim")
    assertContains(response, "ada")


def test_history_is_for_reading_a_revert_is_refused(reviewer_client: Client, reviewer: User) -> None:
    prediction = PredictionFactory.create(claim="First wording.")
    services.prediction_update(prediction=prediction, by=reviewer, reason="Clearer", changes={"claim": "Second."})
    first = prediction.history.order_by("history_id").first()
    assert first is not None
    url = reverse("admin:predictions_prediction_simple_history", args=[prediction.pk, first.history_id])

    page = reviewer_client.get(url)
    revert = reviewer_client.post(url, edit_data(prediction, claim="First wording.", change_reason="Revert"))

    assert page.status_code == 200
    assert 'name="_save"' not in page.content.decode()  # no Revert button
    assert revert.status_code == 405
    prediction.refresh_from_db()
    assert (prediction.claim, prediction.version) == ("Second.", 2)


def test_saving_without_a_change_records_nothing(reviewer: User) -> None:
    prediction = PredictionFactory.create()
    events = OutboxEvent.objects.count()

    services.prediction_update(
        prediction=prediction, by=reviewer, reason="Looked again", changes={"claim": prediction.claim}
    )

    prediction.refresh_from_db()
    assert prediction.version == 1
    assert prediction.history.count() == 1
    assert OutboxEvent.objects.count() == events


def test_a_superuser_deletes_an_unjudged_prediction_and_its_public_page_goes(
    admin_client: Client, django_capture_on_commit_callbacks: Any
) -> None:
    prediction = PredictionFactory.create()
    page = f"/predictions/{prediction.pk}/{prediction.slug}/"
    assert Client().get(page).status_code == 200  # now cached

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("admin:predictions_prediction_delete", args=[prediction.pk]), {"post": "yes"}
        )

    assert response.status_code == 302
    assert not Prediction.objects.filter(pk=prediction.pk).exists()
    assert Client().get(page).status_code == 404
    assert prediction.history.filter(history_type="-").exists()  # the audit keeps the deleted row
