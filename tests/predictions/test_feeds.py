"""The Atom feeds of verdicts parse as Atom and carry what a reader needs."""

from __future__ import annotations

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.test import Client

from predictions import services
from predictions.models import Outcome, Prediction
from tests.factories import PredictionFactory, SpeakerFactory, final_resolution_for

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


def test_a_row_stored_with_control_characters_does_not_break_the_feeds(anonymous: Client) -> None:
    """Issue 9, finding 1: such rows were accepted before the rule; XML 1.0 cannot carry them,
    so the feeds answered 500 for as long as one was among the last 50 verdicts."""
    speaker = SpeakerFactory.create(slug="ctrl", name="Ctrl \x1b[31mRed\x1b[0m")
    prediction = PredictionFactory.create(
        speaker=speaker, claim="CTRL \u000b \u001b[31m claim", resolve_on=datetime.date(2025, 1, 1)
    )
    final_resolution_for(prediction, rationale="Bell \x07 and \u202eevil\u202c.\nSecond line.")

    for path in ("/feeds/resolutions/", "/speakers/ctrl/feed/"):
        root = parse_atom(anonymous.get(path))
        [entry] = root.findall(f"{ATOM}entry")
        assert entry.findtext(f"{ATOM}title") == "Correct: CTRL  [31m claim"
        assert "Bell  and evil.\nSecond line." in entry.findtext(f"{ATOM}summary", "")
    assert "Ctrl [31mRed[0m" in parse_atom(anonymous.get("/speakers/ctrl/feed/")).findtext(f"{ATOM}title", "")


def test_user_text_in_the_html_summary_is_text_not_markup(anonymous: Client) -> None:
    """Issue 9, finding 3: <summary type="html"> is HTML once the XML is read, so user text must be
    escaped for HTML as well, or a reader renders a speaker's name as live markup."""
    speaker = SpeakerFactory.create(slug="mallory", name='<img src=x onerror="alert(1)">')
    prediction = PredictionFactory.create(speaker=speaker, resolve_on=datetime.date(2025, 1, 1))
    final_resolution_for(prediction, rationale="<script>alert('rationale')</script> & more")

    [entry] = parse_atom(anonymous.get("/feeds/resolutions/")).findall(f"{ATOM}entry")
    summary = entry.find(f"{ATOM}summary")

    assert summary is not None and summary.get("type") == "html"
    html = summary.text or ""  # what a feed reader renders
    assert "<script" not in html and "<img" not in html
    assert "&lt;script&gt;alert(&#x27;rationale&#x27;)&lt;/script&gt; &amp; more" in html
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in html


def test_each_entry_links_its_evidence_as_the_subtitle_promises(anonymous: Client) -> None:
    from tests.factories import EvidenceFactory

    prediction = PredictionFactory.create(resolve_on=datetime.date(2025, 1, 1))
    verdict = final_resolution_for(prediction)  # with one piece of evidence: "Annual report"
    EvidenceFactory.create(
        resolution=verdict,
        url="https://stats.example.org/q?a=1&b=<2>",
        title='Sales <b>"2025"</b> & more',
        publisher="Stats <Office>",
    )

    for address, language in (("/feeds/resolutions/", "en"), ("/feeds/resolutions/?lang=zh-hans", "zh-hans")):
        [entry] = parse_atom(anonymous.get(address)).findall(f"{ATOM}entry")

        related = [(link.get("href"), link.get("title")) for link in entry.findall(f"{ATOM}link[@rel='related']")]
        assert related == [
            ("https://example.org/report", "Annual report"),
            ("https://stats.example.org/q?a=1&b=<2>", 'Sales <b>"2025"</b> & more'),
        ]
        html = entry.findtext(f"{ATOM}summary", "")  # what a feed reader renders as HTML
        assert '<a href="https://stats.example.org/q?a=1&amp;b=&lt;2&gt;">' in html
        assert "Sales &lt;b&gt;&quot;2025&quot;&lt;/b&gt; &amp; more</a> — Stats &lt;Office&gt;" in html
        assert "<b>" not in html
        assert ("证据：" if language == "zh-hans" else "Evidence:") in html
