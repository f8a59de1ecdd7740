"""From a pasted source to a published prediction, in Chromium, without typing a quote or an offset.

Ada pastes an interview into a new source, saves it, opens "Find forecasts", picks the speaker,
accepts the first forecast found (its quote, offsets, dates, rule, hedges and probability come with
it), writes the claim and the criteria on the draft, presses "Save and publish", and follows the link
to the public page, where the prediction now stands.
"""

from __future__ import annotations

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


def paste_find_accept_publish(browser: Any, site: str) -> dict[str, Any]:
    seen: dict[str, Any] = {}
    with guarded_page(browser, site, locale="en-GB", viewport={"width": 1280, "height": 900}) as (page, _guard):
        admin_login(page, site, "ada", PASSWORD)
        page.goto(f"{site}/admin/predictions/source/add/")
        page.fill("#id_slug", "voltline-berlin")
        page.fill("#id_title", "Voltline's chief executive in Berlin")
        page.fill("#id_language", "en")
        page.fill("#id_published_on", "2026-01-01")
        page.fill("#id_text", INTERVIEW)  # pasted
        with page.expect_navigation():
            page.click("input[name=_continue]")
        with page.expect_navigation():
            page.click("text=Find forecasts")
        seen["marked"] = page.locator(".intake-text mark").all_inner_texts()
        seen["axe"] = axe_violations(page)
        screenshot(page, "intake-find-forecasts")
        page.select_option("#id_speaker", label="Ada Park")
        with page.expect_navigation():
            page.click("#offer-1 button[name=accept]")
        seen["draft page"] = page.url
        seen["quote"] = page.input_value("#id_quote")
        seen["resolve on"] = page.input_value("#id_resolve_on")
        page.fill("#id_claim", CLAIM)
        page.fill("#id_resolution_criteria", CRITERIA)
        screenshot(page, "intake-draft")
        with page.expect_navigation():
            page.click("input[name=_publish]")
        seen["errors"] = page.locator(".errorlist li, .errornote").all_inner_texts()
        seen["message"] = page.locator(".messagelist").inner_text() if page.locator(".messagelist").count() else ""
        with page.expect_navigation():
            page.click("text=See it on the public page")
        seen["public page"] = page.locator("main").inner_text()
        screenshot(page, "intake-public-page")
    return seen


def test_a_reviewer_goes_from_a_pasted_source_to_a_published_prediction(chromium: BrowserThread, site: str) -> None:
    ReviewerFactory.create(username="ada", first_name="Ada")
    SpeakerFactory.create(name="Ada Park", slug="ada-park")

    seen = chromium.run(paste_find_accept_publish, site)

    assert seen["marked"][0] == FIRST_QUOTE
    assert seen["axe"] == []
    assert seen["quote"] == FIRST_QUOTE  # came with the candidate, not typed
    assert seen["resolve on"] == "2031-01-01"
    assert seen["errors"] == []
    assert "Published." in seen["message"]
    assert CLAIM in seen["public page"]
    published = Prediction.objects.get(source__slug="voltline-berlin")
    assert (published.is_draft, published.is_public, published.speaker.slug) == (False, True, "ada-park")
    assert published.recorded_at is not None
    assert (published.quote_start, published.quote_end, published.implied_probability) == (
        INTERVIEW.index(FIRST_QUOTE),
        INTERVIEW.index(FIRST_QUOTE) + len(FIRST_QUOTE),
        0.7,
    )
    assert seen["draft page"].endswith(f"/admin/predictions/prediction/{published.pk}/change/")
