"""Two reviewers in Chromium: Ada, whose browser speaks Chinese, proposes a verdict on the seed's due
forecast with one evidence row; Bao's admin home then says what waits for him and links to the review
page of that proposal, on a desktop and on a phone, in English and in Chinese."""

from __future__ import annotations

from typing import Any

import pytest

from predictions.models import Prediction, Resolution, ResolutionState
from tests.e2e.browser import BrowserThread, admin_login, axe_violations, guarded_page, screenshot
from tests.factories import ReviewerFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PASSWORD = "correct horse battery staple"  # tests.factories.UserFactory's
DUE_SLUG = "no-exponential-inflection-with-next-model"

# Anything in the "Waiting for you" block wider than the block, or the page wider than the window.
OVERFLOW = """() => {
  const block = document.querySelector(".waiting-for-you");
  const box = block.getBoundingClientRect();
  const wider = [...block.querySelectorAll("*")].filter(el => el.getBoundingClientRect().right > box.right + 1)
    .map(el => el.tagName + " " + el.innerText.slice(0, 40));
  return {wider, page: document.documentElement.scrollWidth > window.innerWidth};
}"""


def ada_proposes(browser: Any, site: str, prediction_id: int) -> dict[str, Any]:
    with guarded_page(browser, site, locale="zh-CN", viewport={"width": 1280, "height": 900}) as (page, _guard):
        admin_login(page, site, "ada", PASSWORD)
        page.goto(f"{site}/admin/predictions/prediction/{prediction_id}/propose/")
        page.select_option("#id_outcome", "incorrect")
        page.fill("#id_rationale", "METR 测得 GPT-5 约 2 小时 17 分钟，仍在原有趋势上。")
        page.fill("#id_evidence-0-url", "https://evaluations.metr.org/gpt-5-report/")
        page.fill("#id_evidence-0-title", "Details about METR's evaluation of OpenAI GPT-5")
        with page.expect_navigation():
            page.click("input[type=submit].default")
        return {
            "errors": page.locator(".errorlist li, .errornote").all_inner_texts(),
            "message": page.locator(".messagelist").inner_text() if page.locator(".messagelist").count() else "",
        }


def bao_opens_his_queue(browser: Any, site: str, locale: str, tag: str) -> dict[str, Any]:
    seen: dict[str, Any] = {}
    with guarded_page(browser, site, locale=locale, viewport={"width": 1280, "height": 900}) as (page, _guard):
        admin_login(page, site, "bao", PASSWORD)
        for width in (1280, 390):
            page.set_viewport_size({"width": width, "height": 900})
            page.goto(f"{site}/admin/")
            seen[f"overflow at {width}"] = page.evaluate(OVERFLOW)
            seen[f"axe at {width}"] = axe_violations(page)
            screenshot(page, f"queue-{tag}-admin-home-{width}")
        seen["heading"] = page.locator("#waiting-heading").inner_text()
        seen["to review"] = page.locator("#waiting-review").inner_text()
        links = page.locator("ol[aria-labelledby=waiting-review] a")
        seen["links"] = [links.nth(index).get_attribute("href") for index in range(links.count())]
        with page.expect_navigation():
            links.first.click()
        seen["landed on"] = page.url
        seen["can confirm"] = page.locator("input[type=submit][value]").count() >= 1
    return seen


@pytest.mark.parametrize(
    ("locale", "heading", "to_review"),
    [("en-GB", "Waiting for you", "1 proposal to confirm or reject"), ("zh-CN", "待你处理", "1 项提议待你确认或驳回")],
    ids=["english", "chinese"],
)
def test_a_chinese_proposal_reaches_the_other_reviewers_admin_home(
    chromium: BrowserThread, site: str, locale: str, heading: str, to_review: str
) -> None:
    ReviewerFactory.create(username="ada", first_name="Ada")
    ReviewerFactory.create(username="bao", first_name="Bao")
    due = Prediction.objects.get(slug=DUE_SLUG)

    proposed = chromium.run(ada_proposes, site, due.pk)

    assert proposed["errors"] == [] and "已提出裁定。" in proposed["message"]
    proposal = Resolution.objects.get(prediction=due, state=ResolutionState.PROPOSED)
    assert proposal.evidence.count() == 1

    seen = chromium.run(bao_opens_his_queue, site, locale, locale.lower())

    review = f"/admin/predictions/prediction/{due.pk}/resolutions/{proposal.pk}/review/"
    assert seen["heading"].startswith(heading) and seen["to review"] == to_review
    assert seen["links"] == [review]
    assert seen["landed on"].endswith(review) and seen["can confirm"]
    for width in (1280, 390):
        assert seen[f"overflow at {width}"] == {"wider": [], "page": False}, width
        assert seen[f"axe at {width}"] == [], width
