"""From a pasted source to a published prediction, in Chromium, without typing a quote or an offset.

Ada pastes an interview into a new source, saves it, opens "Find forecasts", picks the speaker (or, for the
Chinese interview, adds him in the pop-up that "Add a speaker" opens, without leaving the candidates),
accepts a forecast found (its quote, offsets, dates, rule, hedges and probability come with it),
writes the claim and the criteria on the draft (and, for a Chinese quote, its English translation),
presses "Save and publish", and follows the link to the public page, where the prediction now stands.
Once with an English browser and an English interview, once with a Chinese browser and a Chinese one. Each text
also holds a schedule the extractor does not propose: it waits under the candidates, in the collapsed second look,
which opens with a click and keeps the page within its width.
"""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from predictions.models import Prediction
from tests.drafts.support import FIRST_QUOTE, INTERVIEW
from tests.e2e.browser import BrowserThread, admin_login, axe_violations, guarded_page, screenshot
from tests.factories import ReviewerFactory, SpeakerFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PASSWORD = "correct horse battery staple"  # tests.factories.UserFactory's
CLAIM = "More than half of new cars sold in the EU in 2030 are battery-electric."
CRITERIA = "Correct if ACEA reports a battery-electric share above 50% of new EU car sales for 2030."
ZH_TEXT = "陈立明说，明年经济将增长百分之五。“三年内新能源汽车销量将超过燃油车，”他表示。该公司去年交付了十万辆车。"
CASES: dict[str, dict[str, Any]] = {
    "en": {
        "locale": "en-GB",
        "language": "en",
        "text": INTERVIEW + "\n\nThe firm will open its second plant in Leipzig in March.",
        "second look": "The firm will open its second plant in Leipzig in March.",
        "said on": "2026-01-01",
        "quote": FIRST_QUOTE,
        "offer": 1,
        "resolve on": "2031-01-01",
        "published": "Published.",
        "speaker": "ada-park",
    },
    "zh": {
        "locale": "zh-CN",
        "language": "zh-Hans",
        "text": ZH_TEXT + "\n\n该公司将于九月在合肥开设第二家工厂。",
        "second look": "该公司将于九月在合肥开设第二家工厂。",
        "said on": "2026-03-05",
        "quote": "三年内新能源汽车销量将超过燃油车",
        "offer": 2,
        "resolve on": "2029-03-05",
        "published": "已发布。",
        "speaker": "chen-liming",
        "new speaker": {"#id_name": "Chen Liming", "#id_name_original": "陈立明"},
    },
}


def paste_find_accept_publish(browser: Any, site: str, case: dict[str, Any], tag: str) -> dict[str, Any]:
    seen: dict[str, Any] = {}
    with guarded_page(browser, site, locale=case["locale"], viewport={"width": 1280, "height": 900}) as (page, _):
        admin_login(page, site, "ada", PASSWORD)
        page.goto(f"{site}/admin/predictions/source/add/")
        page.fill("#id_slug", f"interview-{tag}")
        page.fill("#id_title", "An interview on cars")
        page.fill("#id_language", case["language"])
        page.fill("#id_published_on", case["said on"])
        page.fill("#id_text", case["text"])  # pasted
        with page.expect_navigation():
            page.click("input[name=_continue]")
        with page.expect_navigation():
            page.click(".object-tools a[href$='/forecasts/']")  # "Find forecasts" / "查找预测"
        seen["page language"] = page.get_attribute("html", "lang")
        seen["marked"] = page.locator(".intake-text mark").all_inner_texts()
        seen["axe"] = axe_violations(page)
        screenshot(page, f"intake-{tag}-find-forecasts")
        seen["second look shown"] = page.locator(".intake-second-look .intake-candidate").first.is_visible()
        page.click(".intake-second-look summary")
        seen["second look"] = page.locator(".intake-second-look .intake-candidate blockquote").all_inner_texts()
        seen["axe, second look open"] = axe_violations(page)
        screenshot(page, f"intake-{tag}-second-look-desktop")
        page.set_viewport_size({"width": 390, "height": 844})
        seen["overflow at 390 px"] = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        screenshot(page, f"intake-{tag}-second-look-phone")
        page.set_viewport_size({"width": 1280, "height": 900})
        if "new speaker" in case:
            with page.expect_popup() as opened:
                page.click("#add_id_speaker")
            popup = opened.value
            popup.wait_for_load_state()
            for field, value in case["new speaker"].items():
                popup.fill(field, value)
            with popup.expect_event("close"):
                popup.click("input[name=_save]")
            seen["find forecasts kept"] = page.url.endswith("/forecasts/") or "/forecasts/?" in page.url
            seen["speaker chosen"] = page.locator("#id_speaker option:checked").inner_text()
        else:
            page.select_option("#id_speaker", label="Ada Park")
        with page.expect_navigation():
            page.click(f"#offer-{case['offer']} button[name=accept]")
        seen["draft page"] = page.url
        seen["quote"] = page.input_value("#id_quote")
        seen["resolve on"] = page.input_value("#id_resolve_on")
        page.goto(f"{site}/admin/predictions/prediction/drafts/")  # "Drafts to finish", on a phone
        page.set_viewport_size({"width": 390, "height": 844})
        seen["drafts listed"] = page.locator("#drafts tbody tr").count()
        seen["drafts overflow at 390 px"] = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        seen["axe, drafts"] = axe_violations(page)
        screenshot(page, f"intake-{tag}-drafts-phone")
        page.set_viewport_size({"width": 1280, "height": 900})
        page.goto(seen["draft page"])
        page.fill("#id_claim", CLAIM)
        page.fill("#id_resolution_criteria", CRITERIA)
        if not page.input_value("#id_translation"):
            page.fill("#id_translation", "Within three years, new-energy vehicles will outsell petrol cars.")
        screenshot(page, f"intake-{tag}-draft")
        with page.expect_navigation():
            page.click("input[name=_publish]")
        seen["errors"] = page.locator(".errorlist li, .errornote").all_inner_texts()
        seen["message"] = page.locator(".messagelist").inner_text() if page.locator(".messagelist").count() else ""
        with page.expect_navigation():
            page.click(".messagelist a")  # "See it on the public page"
        seen["public page"] = page.locator("main").inner_text()
        screenshot(page, f"intake-{tag}-public-page")
    return seen


@pytest.mark.parametrize("tag", CASES)
def test_a_reviewer_goes_from_a_pasted_source_to_a_published_prediction(
    chromium: BrowserThread, site: str, tag: str
) -> None:
    case = CASES[tag]
    ReviewerFactory.create(username="ada", first_name="Ada")
    SpeakerFactory.create(name="Ada Park", slug="ada-park")

    seen = chromium.run(paste_find_accept_publish, site, case, tag)

    assert seen["page language"] == ("en" if tag == "en" else "zh-hans")
    if "new speaker" in case:  # added in the pop-up, chosen, and the candidates still on screen
        assert seen["find forecasts kept"] is True
        assert seen["speaker chosen"] == "陈立明（Chen Liming）"
    assert case["quote"] in seen["marked"]
    assert seen["axe"] == []
    assert seen["second look shown"] is False  # collapsed under the candidates
    assert [text.split("] ", 1)[1] for text in seen["second look"]] == [case["second look"]]
    assert seen["axe, second look open"] == []
    assert seen["overflow at 390 px"] <= 0
    assert seen["quote"] == case["quote"]  # came with the candidate, not typed
    assert seen["drafts listed"] == 1 and seen["axe, drafts"] == []
    assert seen["drafts overflow at 390 px"] <= 0
    assert seen["resolve on"].replace("/", "-") == case["resolve on"]  # the admin writes 2029/03/05 in Chinese
    assert seen["errors"] == []
    assert case["published"] in seen["message"]
    assert case["quote"] in seen["public page"]
    published = Prediction.objects.get(source__slug=f"interview-{tag}")
    assert (published.is_draft, published.is_public, published.speaker.slug) == (False, True, case["speaker"])
    assert published.recorded_at is not None
    assert published.resolve_on == datetime.date.fromisoformat(case["resolve on"])
    start = case["text"].index(case["quote"])
    assert (published.quote_start, published.quote_end) == (start, start + len(case["quote"]))
    assert seen["draft page"].endswith(f"/admin/predictions/prediction/{published.pk}/change/")
