"""The reviewers' intake in the admin: find forecasts, accept, dismiss, publish, drafts to finish, uploads."""

from __future__ import annotations

import hashlib
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from pytest_django.asserts import assertContains, assertNotContains

from predictions.models import DismissedCandidate, OutboxEvent, Prediction, Source
from predictions.selectors.drafts import source_candidates
from tests.drafts.support import FIRST_QUOTE, SAID_ON, SECOND_QUOTE, interview_source
from tests.factories import SpeakerFactory
from tests.predictions.test_admin_sources import ADD, source_form

pytestmark = pytest.mark.django_db


def _find(source: Source) -> str:
    return reverse("admin:predictions_source_forecasts", args=[source.pk])


def _key(source: Source, quote: str) -> str:
    return next(o.key for o in source_candidates(source, said_on=SAID_ON) if o.candidate.quote == quote)


def test_the_source_page_links_to_find_forecasts(reviewer_client: Client) -> None:
    source = interview_source()
    response = reviewer_client.get(reverse("admin:predictions_source_change", args=[source.pk]))
    assertContains(response, f'href="{_find(source)}"')


@pytest.mark.parametrize("method", ["get", "post"])
def test_find_forecasts_of_a_source_that_is_not_there_is_no_error(reviewer_client: Client, method: str) -> None:
    for path in ("/admin/predictions/source/abc/forecasts/", "/admin/predictions/source/999999/forecasts/"):
        response = getattr(reviewer_client, method)(path)
        assert response.status_code in (302, 404), path  # the admin's "does not exist" redirect, or not found


def test_find_forecasts_marks_the_candidates_in_the_escaped_text(reviewer_client: Client) -> None:
    hostile = '<script>alert("x")</script>\n\nShe expects prices to fall by the end of 2027.'
    source = interview_source(text=hostile)

    response = reviewer_client.get(_find(source))

    assertContains(response, '<mark id="candidate-1">She expects prices to fall by the end of 2027.</mark>')
    assertNotContains(response, "<script>alert")
    assertContains(response, "&lt;script&gt;alert(")
    assertContains(response, "2027-12-31")
    assertContains(response, 'name="accept"')
    assertContains(response, "csrfmiddlewaretoken")


def test_said_on_defaults_to_the_source_and_can_be_chosen(reviewer_client: Client) -> None:
    source = interview_source()
    assertContains(reviewer_client.get(_find(source)), "2031-01-01")  # within five years of 2026-01-01
    assertContains(reviewer_client.get(_find(source), {"said_on": "2025-03-01"}), "2030-03-01")
    assertContains(reviewer_client.get(_find(source), {"said_on": "2025-13-01"}), "There is no such day as 2025-13-01.")
    garbage = reviewer_client.get(_find(source), {"said_on": "garbage"})
    assertContains(garbage, "Enter a date as YYYY-MM-DD.")
    assertNotContains(garbage, "The source gives no date")  # it does: the reviewer's entry is what is wrong


def test_accept_makes_a_draft_and_opens_it(reviewer_client: Client) -> None:
    source = interview_source()
    speaker = SpeakerFactory.create()
    response = reviewer_client.post(
        _find(source), {"said_on": "2026-01-01", "speaker": speaker.pk, "accept": _key(source, FIRST_QUOTE)}
    )
    draft = Prediction.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:predictions_prediction_change", args=[draft.pk])
    assert (draft.is_draft, draft.is_public, draft.speaker, draft.quote) == (True, False, speaker, FIRST_QUOTE)
    page = reviewer_client.get(response["Location"])
    assertContains(page, 'name="_publish"')
    # A draft says it is one, and offers no verdict: it is judged once published.
    assertContains(page, '<span class="badge badge-draft">Draft</span>')
    assertNotContains(page, reverse("admin:predictions_prediction_propose", args=[draft.pk]))
    assert reviewer_client.get(reverse("admin:predictions_prediction_propose", args=[draft.pk])).status_code != 200
    # Accepted: shown as taken on the find page, with a link instead of buttons
    assertContains(reviewer_client.get(_find(source)), "Accepted: open its prediction")


def test_accept_without_a_speaker_says_so(reviewer_client: Client) -> None:
    source = interview_source()
    response = reviewer_client.post(
        _find(source), {"said_on": "2026-01-01", "speaker": "", "accept": _key(source, FIRST_QUOTE)}, follow=True
    )
    assertContains(response, "Choose who said it")
    assert not Prediction.objects.exists()


def test_dismiss_is_remembered(reviewer_client: Client) -> None:
    source = interview_source()
    reviewer_client.post(_find(source), {"said_on": "2026-01-01", "dismiss": _key(source, SECOND_QUOTE)})
    assert DismissedCandidate.objects.get().quote == SECOND_QUOTE
    response = reviewer_client.get(_find(source))
    assertNotContains(response, SECOND_QUOTE + "</mark>")
    assertContains(response, FIRST_QUOTE)


# A schedule of the council's own, which the extractor does not propose: the second look lists it.
SCHEDULE = "The council will close the harbour library in March."


def test_the_second_look_lists_what_was_not_proposed_collapsed_and_a_click_accepts_it(reviewer_client: Client) -> None:
    source = interview_source(text=f"{SECOND_QUOTE}\n\n{SCHEDULE}")
    speaker = SpeakerFactory.create()

    page = reviewer_client.get(_find(source))

    assertContains(page, "1 forecast found")
    assertContains(page, '<details class="intake-second-look">')  # collapsed: the candidates come first
    assertContains(page, "1 more sentence speaks of the future")
    assertContains(page, f'<mark id="candidate-2" class="second-look">{SCHEDULE}</mark>')
    key = next(o.key for o in source_candidates(source, said_on=SAID_ON, second_look=True) if o.second_look)
    response = reviewer_client.post(_find(source), {"said_on": "2026-01-01", "speaker": speaker.pk, "accept": key})
    draft = Prediction.objects.get()
    assert response["Location"] == reverse("admin:predictions_prediction_change", args=[draft.pk])
    assert (draft.is_draft, draft.quote, draft.resolve_on.isoformat()) == (True, SCHEDULE, "2026-03-31")


def test_a_second_look_sentence_dismissed_is_not_listed_again_and_alone_it_is_open(reviewer_client: Client) -> None:
    source = interview_source(text=f"Ferries ran late all week.\n\n{SCHEDULE}")
    page = reviewer_client.get(_find(source))
    assertContains(page, "No forecast is left to review in this text")
    assertContains(page, '<details class="intake-second-look" open>')
    (offered,) = source_candidates(source, said_on=SAID_ON, second_look=True)
    reviewer_client.post(_find(source), {"said_on": "2026-01-01", "dismiss": offered.key})
    assert DismissedCandidate.objects.get().quote == SCHEDULE
    assertContains(reviewer_client.get(_find(source)), "No forecasts to review in this text")


def test_the_buttons_need_csrf(reviewer: User) -> None:
    source = interview_source()
    client = Client(enforce_csrf_checks=True)
    client.force_login(reviewer)
    response = client.post(_find(source), {"said_on": "2026-01-01", "dismiss": _key(source, SECOND_QUOTE)})
    assert response.status_code == 403
    assert not DismissedCandidate.objects.exists()


def test_staff_who_are_not_reviewers_cannot_see_or_act(staff_outsider: User) -> None:
    source = interview_source()
    client = Client()
    client.force_login(staff_outsider)
    assert client.get(_find(source)).status_code == 403
    assert client.post(_find(source), {"said_on": "2026-01-01", "dismiss": "x"}).status_code == 403
    assert client.get(reverse("admin:predictions_prediction_drafts")).status_code == 403


def _write_and_publish(client: Client, draft: Prediction, **overrides: str) -> Any:
    form = {
        "speaker": draft.speaker_id,
        "source": draft.source_id,
        "slug": "evs-2031",
        "quote": draft.quote,
        "quote_language": "en",
        "quote_kind": draft.quote_kind,
        "spoken_language": draft.spoken_language,
        "translation": draft.translation,
        "claim": "Over half of new cars sold in the EU in 2030 are electric.",
        "claim_zh": "",
        "resolution_criteria": "Correct if ACEA reports a share above 50%.",
        "resolution_criteria_zh": "",
        "made_on": "2026-01-01",
        "horizon": draft.horizon,
        "horizon_rule": draft.horizon_rule,
        "resolve_on": "2031-01-01",
        "stated_confidence": draft.stated_confidence,
        "implied_probability": "0.7",
        "change_reason": "",
        "loaded_version": draft.version,
        "_publish": "Save and publish",
        **overrides,
    }
    return client.post(reverse("admin:predictions_prediction_change", args=[draft.pk]), form, follow=True)


def _draft(reviewer_client: Client) -> Prediction:
    source = interview_source()
    reviewer_client.post(
        _find(source),
        {"said_on": "2026-01-01", "speaker": SpeakerFactory.create().pk, "accept": _key(source, FIRST_QUOTE)},
    )
    return Prediction.objects.get()


def test_save_and_publish_makes_the_draft_public(reviewer_client: Client) -> None:
    draft = _draft(reviewer_client)
    response = _write_and_publish(reviewer_client, draft)
    assertContains(response, "Published.")
    published = Prediction.objects.get()
    assert (published.is_draft, published.is_public, published.slug) == (False, True, "evs-2031")
    assert OutboxEvent.objects.filter(event_type="prediction.created").count() == 1
    assertContains(Client().get(f"/predictions/{published.pk}/", follow=True), "Over half of new cars")


def test_a_reviewer_without_the_publish_permission_sees_no_button_and_cannot_publish(
    reviewer_client: Client, reviewer: User
) -> None:
    draft = _draft(reviewer_client)
    group = reviewer.groups.get()
    group.permissions.remove(*group.permissions.filter(codename="publish_prediction"))
    reviewer = User.objects.get(pk=reviewer.pk)  # drop the cached permissions
    reviewer_client.force_login(reviewer)
    assertNotContains(reviewer_client.get(reverse("admin:predictions_prediction_change", args=[draft.pk])), "_publish")
    response = _write_and_publish(reviewer_client, draft)
    assertContains(response, "You are not allowed to publish predictions.")
    assert Prediction.objects.get().is_draft


def test_drafts_to_finish_lists_them_and_says_so_when_empty(reviewer_client: Client) -> None:
    drafts = reverse("admin:predictions_prediction_drafts")
    assertContains(reviewer_client.get(drafts), "No drafts to finish.")
    draft = _draft(reviewer_client)
    response = reviewer_client.get(drafts)
    assertContains(response, reverse("admin:predictions_prediction_change", args=[draft.pk]))
    assertContains(reviewer_client.get(reverse("admin:predictions_prediction_changelist")), f'href="{drafts}"')


def test_the_pages_speak_chinese(reviewer_client: Client) -> None:
    source = interview_source()
    reviewer_client.cookies["django_language"] = "zh-hans"
    response = reviewer_client.get(_find(source), headers={"accept-language": "zh-hans"})
    assertContains(response, "接受")
    assertContains(response, "查找预测")
    assertContains(response, "发言日期")  # said on, as the glossary has it
    assertContains(response, "忽略")
    # The horizon rule too: the extractor states it in English, the Chinese page shows it in Chinese.
    assertContains(response, "发言日期加5年")
    assertNotContains(response, "said-on + 5 years")
    second = reviewer_client.get(_find(interview_source(text=SCHEDULE)), headers={"accept-language": "zh-hans"})
    assertContains(second, "另有 1 句谈及未来")
    assertContains(second, "这段文本中没有待审阅的候选预测")


def test_why_a_source_cannot_be_read_is_said_in_the_reviewers_language(reviewer_client: Client) -> None:
    source = interview_source()
    Source.objects.filter(pk=source.pk).update(language="fr")
    reviewer_client.cookies["django_language"] = "zh-hans"
    response = reviewer_client.get(_find(source), headers={"accept-language": "zh-hans"})
    assertContains(response, "只能在英文和简体中文文本中查找预测；这个来源的语言是“fr”。")
    assertNotContains(response, "Forecasts are found in English")
    reviewer_client.cookies["django_language"] = "en"
    assertContains(reviewer_client.get(_find(source)), "this source is in “fr”.")


def test_a_text_too_long_to_search_at_once_is_explained_not_timed_out(reviewer_client: Client) -> None:
    # A 900 KB upload made the page run past the web server's 30 s and answer 500.
    source = interview_source(text="She expects prices to fall by the end of 2027. " * 2200)  # 103,400 characters
    response = reviewer_client.get(_find(source))
    assert response.status_code == 200
    assertContains(response, "too long to search for forecasts at once: 103,400 characters, and the limit is 100,000")
    assertNotContains(response, 'name="accept"')
    chinese = reviewer_client.get(_find(source), headers={"accept-language": "zh-hans"})
    assertContains(chinese, "共 103,400 个字符，上限为 100,000")


# --- the text: pasted or uploaded ---------------------------------------------------------------
def test_an_uploaded_html_page_keeps_its_article_text_and_sha256(reviewer_client: Client) -> None:
    page = (
        "<html><head><title>Cars</title></head><body><nav>Home | News | Sport</nav><article><h1>Cars</h1>"
        "<p>Ada Park said on Tuesday that most new cars sold in Europe will be electric within five years.</p>"
        "<p>The company shipped its first battery in 2021 and employs 400 people in Berlin.</p></article>"
        "<footer>Copyright 2026</footer></body></html>"
    )
    upload = SimpleUploadedFile("cars.html", page.encode(), content_type="text/html")
    response = reviewer_client.post(ADD, {**source_form(), "text_upload": upload}, follow=True)
    assertContains(response, "was added successfully")
    source = Source.objects.get()
    assert "most new cars sold in Europe will be electric within five years." in source.text
    assert "Home | News" not in source.text and "<p>" not in source.text
    assert source.text_sha256 == hashlib.sha256(source.text.encode()).hexdigest()


def test_a_pasted_text_is_stored_as_pasted_not_as_the_browser_sends_it(reviewer_client: Client) -> None:
    # Browsers send a textarea's line breaks as CRLF; the file the reviewer copied had LF and a final newline.
    pasted = "Ports expect a record year.\n\nVolumes will exceed 16 million by 2026, the port said.\n"
    reviewer_client.post(ADD, source_form(text=pasted.replace("\n", "\r\n")))
    stored = Source.objects.get()
    assert stored.text == pasted
    assert stored.text_sha256 == hashlib.sha256(pasted.encode()).hexdigest()


def test_an_uploaded_text_file_is_kept_verbatim(reviewer_client: Client) -> None:
    text = "奥尔特曼表示，三年后将会有成千上万个大模型。\n"
    upload = SimpleUploadedFile("a.txt", text.encode(), content_type="text/plain")
    reviewer_client.post(ADD, {**source_form(language="zh-Hans"), "text_upload": upload})
    assert Source.objects.get().text == text


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("a.pdf", b"%PDF-1.4", "Upload a .txt or .html file"),
        ("a.txt", b"\xff\xfe\x00bad", "is not UTF-8 text"),
        ("a.txt", b"   \n", "holds no text"),
        (
            "a.html",
            b"<html><head><title>x</title></head><body><script>var a = 1;</script></body></html>",
            "No article text was found",
        ),
        (  # a page of menus: its leftovers ("Home") are not an article
            "menus.html",
            b"<html><body><nav>Home</nav><footer>Copyright 2026 Example Media</footer></body></html>",
            "No article text was found",
        ),
        ("a.txt", b"x" * (2 * 1024 * 1024 + 1), "the limit is 2048 KB"),
    ],
)
def test_a_bad_upload_is_explained_by_its_field(reviewer_client: Client, name: str, data: bytes, message: str) -> None:
    response = reviewer_client.post(ADD, {**source_form(), "text_upload": SimpleUploadedFile(name, data)})
    assert response.status_code == 200
    assertContains(response, message)
    assert not Source.objects.exists()


def test_pasting_and_uploading_at_once_is_refused(reviewer_client: Client) -> None:
    upload = SimpleUploadedFile("a.txt", b"Prices will fall.")
    response = reviewer_client.post(ADD, {**source_form(text="Prices will rise."), "text_upload": upload})
    assertContains(response, "Paste the text or upload it, not both.")
    assert not Source.objects.exists()


def test_the_seed_article_offers_its_forecasts(article: None, reviewer_client: Client) -> None:
    source = Source.objects.get(slug="zh-article-altman-ai-for-good-2024")
    response = reviewer_client.get(_find(source), {"said_on": "2024-05-30"})
    assert response.status_code == 200
    assert response.content.decode().count('<mark id="candidate-') >= 4


def test_an_undated_draft_is_not_listed_as_awaiting_a_verdict(reviewer_client: Client, reviewer: User) -> None:
    from predictions import services

    source = interview_source(text="Ada Park said the battery will change everything.")
    (offered,) = source_candidates(source, said_on=SAID_ON)
    draft = services.candidate_accept(
        source=source, key=offered.key, speaker=SpeakerFactory.create(), said_on=SAID_ON, by=reviewer
    )
    assert draft.resolve_on == SAID_ON  # in the past: "due" by date alone
    response = reviewer_client.get(reverse("admin:tracker_overdueprediction_changelist"))
    assert response.status_code == 200
    assertNotContains(response, reverse("admin:predictions_prediction_change", args=[draft.pk]))
