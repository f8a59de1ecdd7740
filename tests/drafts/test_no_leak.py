"""A draft is never public: not in pages, feeds, JSON-LD, the API, the export, counts or webhooks.

The draft carries a marker word ("Zanzibar") in its quote, claim and slug; every public surface is read
and must not hold it, and every count must be what it was before the draft existed. Then the draft is
published and the same surfaces show it — so the test would see a leak.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.test import Client

from predictions import services
from predictions.outbox import EVENT_TYPES
from predictions.public_cache import invalidate
from predictions.selectors.drafts import source_candidates
from tests.drafts.support import SAID_ON
from tests.factories import SourceFactory, SpeakerFactory
from tracker.models import WebhookDelivery, WebhookEndpoint
from tracker.services import webhook_http
from tracker.services.outbox_relay import outbox_relay

pytestmark = pytest.mark.django_db

MARKER = "Zanzibar"
TEXT = "Quentin Moss said the Zanzibar battery will be sold out by the end of 2027."


def _draft(reviewer: User) -> Any:
    source = SourceFactory.create(
        slug="moss", text=TEXT, text_sha256=hashlib.sha256(TEXT.encode()).hexdigest(), published_on=SAID_ON
    )
    (offered,) = source_candidates(source, said_on=SAID_ON)
    speaker = SpeakerFactory.create(slug="quentin", name="Quentin Moss")
    draft = services.candidate_accept(source=source, key=offered.key, speaker=speaker, said_on=SAID_ON, by=reviewer)
    # Written and saved, not published: its edit goes to the outbox as a private event.
    return services.prediction_update(
        prediction=draft,
        by=reviewer,
        reason="Written",
        changes={
            "slug": "zanzibar-sold-out",
            "claim": "The Zanzibar battery is sold out by the end of 2027.",
            "resolution_criteria": "Correct if the maker reports the Zanzibar battery sold out in 2027.",
            "translation": TEXT,
        },
    )


def _public_surfaces(draft: Any) -> dict[str, str]:
    client = Client()
    paths = [
        "/",
        "/?lang=zh-hans",
        f"/predictions/{draft.pk}/",
        f"/predictions/{draft.pk}/{draft.slug}/",
        "/speakers/quentin/",
        "/speakers/quentin/feed/",
        "/feeds/resolutions/",
        "/api/v1/predictions/",
        "/api/v1/predictions/?speaker=quentin",
        f"/api/v1/predictions/?source={draft.source_id}",
        f"/api/v1/predictions/{draft.pk}/",
        f"/api/v1/predictions/{draft.pk}/resolutions/",
        "/api/v1/predictions/export.csv",
        "/api/v1/scoreboard/",
        "/api/v1/speakers/",
        "/api/v1/speakers/quentin/",
        "/api/v1/sources/",
        f"/api/v1/sources/{draft.source_id}/",
    ]
    return {path: _body(client.get(path, follow=True)) for path in paths}


def _body(response: Any) -> str:
    if response.streaming:  # the CSV export
        return b"".join(response.streaming_content).decode()
    return str(response.content.decode())


def _webhook(owner: User) -> WebhookEndpoint:
    return WebhookEndpoint.objects.create(
        owner=owner, url="https://hooks.example.org/h", events=list(EVENT_TYPES), secret=webhook_http.new_secret()
    )


def test_a_draft_leaks_nowhere_until_it_is_published(article: None, reviewer: User, integrator: User) -> None:
    outbox_relay()  # the article's own events, before anyone listens
    endpoint = _webhook(integrator)
    before = _public_surfaces(type("NoDraft", (), {"pk": 999_999, "slug": "none", "source_id": 999_999}))
    draft = _draft(reviewer)
    outbox_relay()
    invalidate()  # read fresh pages, not the ones cached before the draft (on_commit does not run in a test)

    during = _public_surfaces(draft)
    for path, content in during.items():
        assert MARKER not in content, path
        if str(draft.pk) not in path:  # a 404 page links its own address in the other language
            assert f"/predictions/{draft.pk}/" not in content, path
    client = Client()
    for path in (f"/predictions/{draft.pk}/{draft.slug}/", f"/api/v1/predictions/{draft.pk}/"):
        assert client.get(path).status_code == 404, path
    assert during["/api/v1/scoreboard/"] == before["/api/v1/scoreboard/"]  # the counts did not move
    speakers = json.loads(during["/api/v1/speakers/"])["results"]
    assert [row for row in speakers if row["slug"] != "quentin"] == json.loads(before["/api/v1/speakers/"])["results"]
    assert json.loads(during["/api/v1/speakers/quentin/"])["track_record"]["predictions"] == 0
    assert json.loads(during[f"/api/v1/sources/{draft.source_id}/"])["predictions_count"] == 0
    assert not WebhookDelivery.objects.filter(endpoint=endpoint).exists()  # the draft's events stayed home

    services.prediction_publish(prediction=draft, by=reviewer)
    outbox_relay()
    invalidate()

    after = _public_surfaces(draft)
    for path in (
        "/",
        f"/predictions/{draft.pk}/{draft.slug}/",
        "/api/v1/predictions/",
        "/api/v1/predictions/export.csv",
    ):
        assert MARKER in after[path], path
    deliveries = WebhookDelivery.objects.filter(endpoint=endpoint)
    assert list(deliveries.values_list("event_type", flat=True)) == ["prediction.created"]
