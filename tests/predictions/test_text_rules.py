"""What text the ledger accepts (issue 9, finding 1), through every way in: the API, the admin, the services.

C0 and C1 control characters are refused everywhere (a multi-line field keeps
tab and line breaks); bidirectional formatting characters (U+202A–U+202E,
U+2066–U+2069) are refused too, except in the verbatim texts — a quote and its
source's text must stay as the source has them. Rows stored before the rule
cannot break what reads them (the Atom feeds: ``test_feeds.py``).
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable

import pytest
from django.apps import apps
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import models
from django.test import Client
from django.urls import reverse
from django.utils import translation

from predictions import services
from predictions.models import Prediction, Speaker
from predictions.text import PlainText
from tests.api.helpers import post
from tests.api.test_predictions_write import new_prediction
from tests.factories import PredictionFactory, SourceFactory, SpeakerFactory, TopicFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def write_token(integrator: User, token_for: Callable[..., str]) -> str:
    SpeakerFactory.create(slug="grace", name="Grace")
    TopicFactory.create(slug="energy", name="Energy")
    return token_for(integrator, "write")


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("claim", "CTRL \u000b \u001b[31m", "Remove the invisible control character U+000B at position 6."),
        ("claim", "bell\u0007", "Remove the invisible control character U+0007 at position 5."),
        ("claim", "C1 \u0085 next line", "Remove the invisible control character U+0085 at position 4."),
        ("claim", "delete \u007f", "Remove the invisible control character U+007F at position 8."),
        ("claim", "two\nlines", "Use one line: remove the line break or tab at position 4."),
        ("horizon", "\tthree years", "Use one line: remove the line break or tab at position 1."),
        ("translation", "escape \u001b[2J", "Remove the invisible control character U+001B at position 8."),
        (
            "claim",
            "evil \u202egnp.exe",
            "Remove the bidirectional formatting character U+202E at position 6: "
            "it can reorder how the text around it is displayed.",
        ),
        ("resolution_criteria", "\u2066isolated\u2069", "Remove the bidirectional formatting character U+2066"),
        ("claim", "half a pair \ud800", "Surrogate characters are not allowed: U+D800."),  # DRF's own check
    ],
)
def test_the_api_refuses_control_characters_naming_the_field(
    anonymous: Client, write_token: str, field: str, value: str, message: str
) -> None:
    source = SourceFactory.create()

    response = post(anonymous, "/api/v1/predictions/", new_prediction(source.pk, **{field: value}), write_token)

    assert response.status_code == 400, response.content
    assert response.json()["errors"][field][0].startswith(message)
    assert not Prediction.objects.exists()


def test_multi_line_fields_keep_tabs_and_line_breaks_and_quotes_stay_verbatim(
    anonymous: Client, write_token: str
) -> None:
    quote = "\u202bبطاريات أرخص\u202c"  # embedding marks as a real RTL source may carry them
    source = SourceFactory.create(text=f"She said: {quote} every year.", language="ar")
    translation = "Cheaper batteries.\r\nEvery year.\n\tShe said it twice."

    response = post(
        anonymous,
        "/api/v1/predictions/",
        new_prediction(source.pk, quote=quote, quote_language="ar", translation=translation),
        write_token,
    )

    assert response.status_code == 201, response.content
    stored = Prediction.objects.get()
    assert stored.quote == quote and stored.translation == translation


def test_the_admin_shows_the_problem_by_the_field(reviewer_client: Client) -> None:
    speaker = SpeakerFactory.create(name="Grace Hopper")

    response = reviewer_client.post(
        reverse("admin:predictions_speaker_change", args=[speaker.pk]),
        {"name": "Grace \u001b[31mHopper", "name_original": "", "slug": speaker.slug, "role": "", "link": ""},
    )

    assert response.status_code == 200  # the form again, not a redirect
    assert response.context["adminform"].form.errors["name"] == [
        "Remove the invisible control character U+001B at position 7."
    ]
    speaker.refresh_from_db()
    assert speaker.name == "Grace Hopper"


def test_the_services_refuse_it_too_and_the_reasons_for_the_history(reviewer: User) -> None:
    prediction = PredictionFactory.create()

    with pytest.raises(ValidationError) as in_a_field:
        services.prediction_update(prediction=prediction, by=reviewer, reason="Typo.", changes={"claim": "a\x1bb"})
    with pytest.raises(ValidationError) as in_the_reason:
        services.prediction_update(
            prediction=prediction, by=reviewer, reason="Typo \x1b[2J", changes={"claim": "A fixed claim."}
        )
    with pytest.raises(ValidationError):
        services.reference_save(instance=Speaker(name="X", slug="x", role="CEO\u202e"), by=reviewer, reason="New")

    assert list(in_a_field.value.message_dict) == ["claim"]
    assert list(in_the_reason.value.message_dict) == ["reason"]
    prediction.refresh_from_db()
    assert prediction.version == 1 and prediction.history.count() == 1


def test_evidence_errors_name_the_row_and_field(
    anonymous: Client, reviewer: User, token_for: Callable[..., str], frozen_now
) -> None:
    prediction = PredictionFactory.create(resolve_on=datetime.date(2025, 6, 1))
    evidence = [
        {"url": "https://example.org/a", "title": "Fine", "accessed_on": "2025-12-31"},
        {"url": "https://example.org/b\u001b", "title": "Report\u0007", "accessed_on": "2025-12-31"},
    ]
    body = {"outcome": "correct", "rationale": "Met.", "as_of": "2025-12-31", "evidence": evidence}

    response = post(
        anonymous, f"/api/v1/predictions/{prediction.pk}/resolutions/", body, token_for(reviewer, "resolve")
    )

    assert response.status_code == 400
    assert {"evidence.1.url", "evidence.1.title"} <= set(response.json()["errors"]), response.json()


def test_webhook_descriptions_too(anonymous: Client, integrator: User, token_for: Callable[..., str]) -> None:
    response = post(
        anonymous,
        "/api/v1/webhooks/",
        {"url": "https://hooks.example.org/h", "events": ["prediction.created"], "description": "ours\u009b31m"},
        token_for(integrator, "webhooks"),
    )

    assert response.status_code == 400 and "description" in response.json()["errors"]


# Fields the system writes (hashes, states, logs of what a server answered), never from a person's input.
WRITTEN_BY_THE_SYSTEM = {
    "predictions.Source.text_sha256",
    "predictions.OutboxEvent.event_type",
    "predictions.ApiToken.prefix",
    "predictions.ApiToken.key_hash",
    "predictions.ThrottleWindow.key",
    "predictions.KeptTally.horizon",
    "predictions.KeptCalibrationBin.horizon",
    "tracker.WebhookEndpoint.secret",
    "tracker.WebhookEndpoint.disabled_reason",
    "tracker.WebhookDelivery.webhook_id",
    "tracker.WebhookDelivery.event_type",
    "tracker.WebhookDelivery.body",
    "tracker.WebhookDelivery.last_error",
    "tracker.WebhookAttempt.error",
    "tracker.ReviewerPreference.email_disabled_reason",
    "tracker.Delivery.email",
    "tracker.Delivery.subject",
    "tracker.Delivery.message_id",
    "tracker.Delivery.error",
    "tracker.Reminder.email",
    "tracker.Reminder.last_error",
    "tracker.ProposalNotice.error",
}


def test_every_text_field_people_write_carries_the_rule() -> None:
    """A new text field without the rule fails here (choices are checked by their choices)."""
    missing = []
    for app in ("predictions", "tracker"):
        for model in apps.get_app_config(app).get_models():
            if model.__name__.startswith("Historical") or model._meta.proxy:
                continue
            for field in model._meta.concrete_fields:
                name = f"{app}.{model.__name__}.{field.name}"
                if not isinstance(field, models.CharField | models.TextField) or field.choices:
                    continue
                if isinstance(field, models.SlugField):  # letters, digits, - and _ only already
                    continue
                if name in WRITTEN_BY_THE_SYSTEM:
                    continue
                if not any(isinstance(validator, PlainText) for validator in field.validators):
                    missing.append(name)
    assert missing == []


def test_the_verbatim_rule_is_only_on_the_verbatim_texts() -> None:
    verbatim = {
        f"{model._meta.label}.{field.name}"
        for model in apps.get_models()
        for field in model._meta.concrete_fields
        if any(getattr(validator, "verbatim", False) for validator in field.validators)
        and not model.__name__.startswith("Historical")
        and not model._meta.proxy
    }

    assert verbatim == {
        "predictions.Prediction.quote",
        "predictions.Source.text",
        "predictions.Hedge.quote",  # a hedge's words, as the source has them (issue 11)
        "predictions.DismissedCandidate.quote",  # a found forecast's words, as the source has them (issue 12)
    }


def test_messages_in_chinese(anonymous: Client, write_token: str) -> None:
    source = SourceFactory.create()

    try:
        response = post(
            anonymous,
            "/api/v1/predictions/",
            new_prediction(source.pk, claim="a\x1bb"),
            write_token,
            HTTP_ACCEPT_LANGUAGE="zh-hans",
        )
    finally:
        translation.deactivate()  # the request left Chinese active in this thread; later tests expect English

    assert response.status_code == 400
    assert json.loads(response.content)["errors"]["claim"] == ["请删除第 2 个字符处的不可见控制字符 U+001B。"]
