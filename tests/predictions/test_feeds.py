"""The Atom feeds of verdicts parse as Atom and carry what a reader needs."""

from __future__ import annotations

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.test import Client

from predictions import services
from predictions.models import Outcome, Prediction
from tests.factories import PredictionFactory, final_resolution_for

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def link_of(entry: ET.Element) -> str:
    link = entry.find(f"{ATOM}link")
    assert link is not None, "an entry without a link"
    return link.get("href", "")


def parse_atom(response) -> ET.Element:
    assert response.status_code == 200
    assert response["Content-Type"] == "application/atom+xml; charset=utf-8"
    root = ET.fromstring(response.content)  # noqa: S314 - our own server's feed
    assert root.tag == f"{ATOM}feed"
    # RFC 4287: a feed has an id, a title and an updated date; so does each entry, plus a link.
    for element in (root, *root.findall(f"{ATOM}entry")):
        for required in ("id", "title", "updated"):
            assert (element.findtext(f"{ATOM}{required}") or "").strip(), f"missing atom:{required}"
    for entry in root.findall(f"{ATOM}entry"):
        assert link_of(entry).startswith("http://127.0.0.1:8000/predictions/")
    return root


@pytest.fixture
def resolved(article: None) -> Prediction:
    prediction = Prediction.objects.get(slug="no-exponential-inflection-with-next-model")
    final_resolution_for(prediction, Outcome.CORRECT, rationale="On trend.")
    return prediction


def test_the_site_feed_lists_verdicts(resolved: Prediction, anonymous: Client) -> None:
    root = parse_atom(anonymous.get("/feeds/resolutions/"))

    [entry] = root.findall(f"{ATOM}entry")
    assert entry.findtext(f"{ATOM}title", "").startswith("Correct: OpenAI's next-generation model")
    assert entry.findtext(f"{ATOM}id", "").startswith("tag:127.0.0.1,2024:hindsight/resolution/")
    assert "On trend." in entry.findtext(f"{ATOM}summary", "")
    assert link_of(entry) == f"http://127.0.0.1:8000/predictions/{resolved.pk}/{resolved.slug}/"
    assert root.findtext(f"{ATOM}author/{ATOM}name") == "Hindsight"


def test_the_feed_in_chinese(resolved: Prediction, anonymous: Client) -> None:
    root = parse_atom(anonymous.get("/feeds/resolutions/?lang=zh-hans"))
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "zh-hans"
    assert root.findtext(f"{ATOM}title") == "Hindsight — 已裁定的预测"
    assert root.findtext(f"{ATOM}entry/{ATOM}title", "").startswith("正确：OpenAI继GPT-4o")


def test_an_empty_feed_is_still_valid_atom(anonymous: Client) -> None:
    assert parse_atom(anonymous.get("/feeds/resolutions/")).findall(f"{ATOM}entry") == []


def test_the_speaker_feed_has_only_that_speaker(resolved: Prediction, anonymous: Client) -> None:
    other = PredictionFactory.create(resolve_on=datetime.date(2025, 1, 1))
    final_resolution_for(other, Outcome.INCORRECT)

    assert len(parse_atom(anonymous.get("/feeds/resolutions/")).findall(f"{ATOM}entry")) == 2
    mine = parse_atom(anonymous.get("/speakers/sam-altman/feed/"))
    assert len(mine.findall(f"{ATOM}entry")) == 1
    assert "Sam Altman" in mine.findtext(f"{ATOM}title", "")
    assert anonymous.get("/speakers/nobody/feed/").status_code == 404


def test_non_public_predictions_stay_out_of_the_feeds(resolved: Prediction, anonymous: Client) -> None:
    Prediction.objects.filter(pk=resolved.pk).update(is_public=False)
    assert parse_atom(anonymous.get("/feeds/resolutions/")).findall(f"{ATOM}entry") == []
    assert parse_atom(anonymous.get("/speakers/sam-altman/feed/")).findall(f"{ATOM}entry") == []


def test_a_superseded_verdict_leaves_a_new_entry(
    resolved: Prediction, reviewer, second_reviewer, anonymous: Client
) -> None:
    current = resolved.final_resolution
    assert current is not None
    proposal = services.resolution_supersede(
        resolution=current,
        outcome=Outcome.PARTLY_CORRECT,
        rationale="METR revised the report: T = 2.4.",
        as_of=datetime.date(2026, 1, 15),
        evidence=[
            services.EvidenceInput(url="https://example.org/v2", title="v2", accessed_on=datetime.date(2026, 1, 16))
        ],
        reason="The report was revised.",
        by=reviewer,
    )
    services.resolution_confirm(resolution=proposal, by=second_reviewer)

    entries = parse_atom(anonymous.get("/feeds/resolutions/")).findall(f"{ATOM}entry")
    assert [entry.findtext(f"{ATOM}title", "").split(":")[0] for entry in entries] == ["Partly correct"]
    assert entries[0].findtext(f"{ATOM}id", "").endswith(f"/resolution/{proposal.pk}")
