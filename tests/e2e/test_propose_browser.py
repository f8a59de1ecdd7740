"""A reviewer proposes a verdict in Chromium, with a Chinese browser and with an English one.

With a Chinese browser the propose page used to write its dates as 2026/11/30, which the
date picker threw away; the blank second evidence row then differed from its prefilled date
and failed with 该字段是必填项 on URL, Title and Accessed on. Here Ada fills in one source,
leaves the second row as it came, and proposes without an error. On the way she checks that
the judging buttons of the prediction page sit clear of its long title, on a desktop and on
a phone.
"""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.utils import timezone

from predictions.models import Evidence, Prediction, Resolution, ResolutionState
from tests.e2e.browser import BrowserThread, admin_login, guarded_page, screenshot
from tests.factories import ReviewerFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PASSWORD = "correct horse battery staple"  # tests.factories.UserFactory's
LOCALES = {"en": "en-GB", "zh": "zh-CN"}
PROPOSED = {"en": "Resolution proposed.", "zh": "已提出裁定。"}
SOURCE_URL = "https://evaluations.metr.org/gpt-5-report/"

# The boxes of the object tools (Propose / History …) that overlap the page's title or its subtitle (the claim).
OVERLAPS = """() => {
  const headings = [...document.querySelectorAll("#content > h1, #content > h2")];
  const overlaps = [];
  for (const tool of document.querySelectorAll(".object-tools li")) {
    const a = tool.getBoundingClientRect();
    for (const heading of headings) {
      const b = heading.getBoundingClientRect();
      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) {
        overlaps.push(`${tool.innerText.trim()} over ${heading.tagName}`);
      }
    }
  }
  return {overlaps, tools: document.querySelectorAll(".object-tools li").length};
}"""


def propose(browser: Any, site: str, locale: str, prediction_id: int, tag: str) -> dict[str, Any]:
    seen: dict[str, Any] = {}
    change_page = f"{site}/admin/predictions/prediction/{prediction_id}/change/"
    with guarded_page(browser, site, locale=locale, viewport={"width": 1280, "height": 900}) as (page, _guard):
        admin_login(page, site, "ada", PASSWORD)
        for width in (1280, 390):
            page.set_viewport_size({"width": width, "height": 900})
            page.goto(change_page)
            seen[f"buttons at {width}"] = page.evaluate(OVERLAPS)
            screenshot(page, f"propose-{tag}-prediction-{width}")
        page.set_viewport_size({"width": 1280, "height": 900})
        page.goto(change_page.replace("/change/", "/propose/"))
        seen["language"] = page.get_attribute("html", "lang")
        seen["outcome before"] = page.input_value("#id_outcome")
        seen["dates"] = [
            page.input_value(selector)
            for selector in ("#id_as_of", "#id_evidence-0-accessed_on", "#id_evidence-1-accessed_on")
        ]
        page.select_option("#id_outcome", "correct")
        page.fill("#id_rationale", "METR measured GPT-5 at about 2 h 17 min, T ≈ 1.3: on the existing trend.")
        page.fill("#id_evidence-0-url", SOURCE_URL)
        page.fill("#id_evidence-0-title", "Details about METR's evaluation of OpenAI GPT-5")
        screenshot(page, f"propose-{tag}-form")
        with page.expect_navigation():
            page.click("input[type=submit].default")
        seen["errors"] = page.locator(".errorlist li, .errornote").all_inner_texts()
        seen["message"] = page.locator(".messagelist").inner_text() if page.locator(".messagelist").count() else ""
        seen["landed on"] = page.url
    return seen


@pytest.mark.parametrize("language", LOCALES)
def test_a_reviewer_proposes_with_one_source_in_either_language(
    chromium: BrowserThread, site: str, language: str
) -> None:
    ReviewerFactory.create(username="ada", first_name="Ada")
    inflection = Prediction.objects.get(slug="no-exponential-inflection-with-next-model")
    today = timezone.localdate().isoformat()

    seen = chromium.run(propose, site, LOCALES[language], inflection.pk, language)

    assert seen["language"] == ("en" if language == "en" else "zh-hans")
    for width in (1280, 390):
        assert seen[f"buttons at {width}"] == {"overlaps": [], "tools": 2}  # Propose, History
    assert seen["outcome before"] == ""  # nothing chosen for the reviewer
    assert seen["dates"] == [today, today, today]  # ISO, which the date picker keeps
    assert seen["errors"] == []
    assert PROPOSED[language] in seen["message"]
    assert seen["landed on"].endswith(f"/admin/predictions/prediction/{inflection.pk}/change/")
    proposal = Resolution.objects.get(prediction=inflection)
    assert (proposal.state, proposal.outcome, proposal.proposed_by.username) == (
        ResolutionState.PROPOSED,
        "correct",
        "ada",
    )
    assert list(Evidence.objects.filter(resolution=proposal).values_list("url", "accessed_on")) == [
        (SOURCE_URL, datetime.date.fromisoformat(today))
    ]
