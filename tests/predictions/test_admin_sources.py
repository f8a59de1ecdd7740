"""Sources in the admin: a mistake about the stored text is explained next to
the field (never a server error), and the text never comes from outside seeds/."""

from __future__ import annotations

import hashlib
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse
from pytest_django.asserts import assertContains

from predictions.models import Source, SourceTextError, Speaker
from tests.factories import PredictionFactory

pytestmark = pytest.mark.django_db

ADD = reverse("admin:predictions_source_add")


def source_form(**overrides: str) -> dict[str, Any]:
    return {
        "slug": "panel-2024",
        "title": "Panel on batteries",
        "title_original": "",
        "language": "en",
        "outlet": "",
        "url": "",
        "archived_url": "",
        "published_on": "",
        "event_name": "",
        "event_place": "",
        "event_date": "",
        "text_file": "",
        "text": "",
        "provenance_note": "",
        **overrides,
    }


def test_a_source_with_pasted_text_gets_its_sha256(reviewer_client: Client, reviewer: User) -> None:
    text = "She said batteries will keep getting cheaper."

    response = reviewer_client.post(ADD, source_form(text=text), follow=True)

    assertContains(response, "was added successfully")
    source = Source.objects.get()
    assert source.text_sha256 == hashlib.sha256(text.encode()).hexdigest()
    assert (source.history.get().history_user, source.history.get().history_change_reason) == (
        reviewer,
        "Added in the admin",
    )


def test_a_new_source_cannot_point_at_a_seeds_file_from_the_admin(reviewer_client: Client) -> None:
    response = reviewer_client.post(ADD, source_form(text_file="000_f95e91212e92d585.txt"))

    assert response.status_code == 200
    assertContains(response, "paste its text into the text field instead")
    assert not Source.objects.exists()


def test_editing_the_articles_source_keeps_its_text_verified(article: None, reviewer_client: Client) -> None:
    source = Source.objects.get()
    url = reverse("admin:predictions_source_change", args=[source.pk])
    current = {
        field: str(getattr(source, field) or "")
        for field in source_form()
        if field not in {"published_on", "event_date"}
    }

    outside = reviewer_client.post(url, {**current, "event_date": "2024-05-30", "text_file": "../config/settings.py"})
    renamed = reviewer_client.post(url, {**current, "event_date": "2024-05-30", "title": "Altman in Geneva"})

    assert outside.status_code == 200
    assertContains(outside, "is not a file name under seeds/")
    assert renamed.status_code == 302
    stored = Source.objects.get()
    assert (stored.title, stored.text_file) == ("Altman in Geneva", "000_f95e91212e92d585.txt")


def test_the_text_is_only_ever_read_from_seeds() -> None:
    escaping = Source(slug="escape", text_file="../pyproject.toml", text_sha256="0" * 64)

    with pytest.raises(SourceTextError, match="is not a file name under seeds/"):
        escaping.full_text  # noqa: B018


def test_a_link_typed_without_a_scheme_is_taken_as_https(reviewer_client: Client) -> None:
    assert reviewer_client.get(reverse("admin:predictions_speaker_add")).status_code == 200
    assert reviewer_client.get(ADD).status_code == 200

    response = reviewer_client.post(
        reverse("admin:predictions_speaker_add"),
        {
            "name": "Sam Altman",
            "name_original": "",
            "slug": "sam-altman",
            "role": "",
            "link": "en.wikipedia.org/wiki/Sam_Altman",
        },
    )

    assert response.status_code == 302
    assert Speaker.objects.get().link == "https://en.wikipedia.org/wiki/Sam_Altman"


def test_an_edit_that_would_lose_a_quote_is_explained_by_the_field(reviewer_client: Client) -> None:
    prediction = PredictionFactory.create()
    source = prediction.source
    url = reverse("admin:predictions_source_change", args=[source.pk])
    current = {field: str(getattr(source, field) or "") for field in source_form()}
    cut = source.text.replace("will be electric", "might be electric")

    response = reviewer_client.post(url, {**current, "text": cut})

    assert response.status_code == 200  # the form again, not a server error
    assertContains(response, f"no longer holds the quotes of prediction(s) {prediction.pk}")
    source.refresh_from_db()
    assert "will be electric" in source.text
