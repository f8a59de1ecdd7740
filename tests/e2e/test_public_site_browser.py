"""The public site and the reviewers' admin in a real browser, against a live server.

One Chromium for the module (in its own thread: tests/e2e/browser.py), a
fresh context (cookies) per visitor. Every page fails the test on a console
error (the strict CSP reports violations there) or a request to another host.
Screenshots go to tests/artifacts/. Database work happens in the test's
thread, before and after the browser steps; the browser steps never touch it.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from typing import Any

import pytest

from predictions.models import Prediction
from tests.e2e.browser import BrowserThread, admin_login, guarded_page, screenshot
from tests.factories import ReviewerFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

INFLECTION = "no-exponential-inflection-with-next-model"
PASSWORD = "correct horse battery staple"  # tests.factories.UserFactory's
ATOM = "{http://www.w3.org/2005/Atom}"


# --- a reader ------------------------------------------------------------------------
def read_in_chinese(browser: Any, site: str, prediction_path: str) -> str:
    """Scoreboard → switch to Chinese → a prediction → its speaker → the feed. Returns the quote shown."""
    with guarded_page(browser, site, locale="en-GB", viewport={"width": 1280, "height": 900}) as (page, _guard):
        page.goto(site + "/")
        assert page.get_attribute("html", "lang") == "en"
        assert page.locator("h1").inner_text() == "Scoreboard"
        assert page.locator("table.record-table th[scope=row] a").inner_text() == "Sam Altman"
        # Today (after 2025-12-31, unresolved): the inflection forecast waits for reviewers.
        awaiting = page.locator("section[aria-labelledby=awaiting-title]")
        assert awaiting.locator(f'a[href="{prediction_path}"]').count() == 1
        assert awaiting.locator(".badge").first.inner_text() in {"Due", "Overdue"}
        assert page.locator("figure.calibration svg[role=img]").count() == 1
        screenshot(page, "e2e-01-scoreboard-en")

        # The switcher: plain links, the choice remembered by cookie.
        with page.expect_navigation():
            page.get_by_role("link", name="简体中文").click()
        assert page.get_attribute("html", "lang") == "zh-Hans"
        assert page.locator("h1").inner_text() == "计分板"
        screenshot(page, "e2e-02-scoreboard-zh")

        with page.expect_navigation():
            page.locator(f'section[aria-labelledby=awaiting-title] a[href="{prediction_path}"]').click()
        assert page.get_attribute("html", "lang") == "zh-Hans"
        assert page.locator("h1").get_attribute("lang") == "zh-Hans"
        quote = page.locator("blockquote.original-quote")
        assert quote.get_attribute("lang") == "zh-Hans"
        shown = quote.text_content() or ""
        screenshot(page, "e2e-03-prediction-zh")

        with page.expect_navigation():
            page.locator("nav.breadcrumbs a[href='/speakers/sam-altman/']").click()
        assert page.locator("figure.calibration svg[role=img] line.diagonal").count() == 1
        assert page.locator("table.calibration-table").count() == 1
        feed_href = page.locator('head link[rel=alternate][type="application/atom+xml"]').last.get_attribute("href")
        assert feed_href == "/speakers/sam-altman/feed/"
        feed = page.request.get(site + feed_href)
        assert feed.status == 200
        assert feed.headers["content-type"].startswith("application/atom+xml")
        assert ET.fromstring(feed.body()).tag == f"{ATOM}feed"  # noqa: S314 - our own server's feed
        screenshot(page, "e2e-04-speaker-zh")

        page.set_viewport_size({"width": 390, "height": 844})
        page.goto(site + "/methodology/")
        assert page.locator("h1").inner_text() == "方法说明"
        page.goto(site + "/?lang=en")
        assert page.get_attribute("html", "lang") == "en"
        screenshot(page, "e2e-05-scoreboard-en-phone")
    return shown


def test_a_reader_switches_to_chinese_and_reads_a_prediction(chromium: BrowserThread, site: str) -> None:
    inflection = Prediction.objects.get(slug=INFLECTION)
    path = f"/predictions/{inflection.pk}/{inflection.slug}/"

    shown = chromium.run(read_in_chinese, site, path)

    assert shown == inflection.quote == "我们并不认为我们正处于任何指数增长的临界点。"


# --- the guard itself ------------------------------------------------------------------
def provoke_the_guard(browser: Any, site: str) -> tuple[list[str], list[str]]:
    with guarded_page(browser, site) as (page, guard):
        page.goto(site + "/methodology/")
        # Blocked by the Content Security Policy, which Chromium reports on the console.
        page.evaluate(
            "() => { const img = new Image(); img.src = 'https://example.org/probe.png'; document.body.append(img); }"
        )
        page.wait_for_function("() => document.images.length > 0 && document.images[0].complete")
        # Not subject to the page's CSP (a navigation): stopped by the guard's route instead.
        with pytest.raises(Exception, match="ERR_FAILED"):
            page.goto("https://example.org/")
        caught = (list(guard.console_errors), list(guard.foreign_requests))
        guard.console_errors.clear()
        guard.foreign_requests.clear()
    return caught


def test_the_guard_catches_csp_violations_and_foreign_requests(chromium: BrowserThread, site: str) -> None:
    """The checks the other tests rely on are not vacuous."""
    console_errors, foreign_requests = chromium.run(provoke_the_guard, site)

    assert any("Content Security Policy" in error for error in console_errors), console_errors
    assert foreign_requests == ["https://example.org/"]


# --- two reviewers, then the public ------------------------------------------------------------
def login(page: Any, site: str, username: str) -> None:
    admin_login(page, site, username, PASSWORD)


def propose_as_ada(browser: Any, site: str, prediction_id: int, quote: str) -> None:
    change_page = f"{site}/admin/predictions/prediction/{prediction_id}/change/"
    with guarded_page(browser, site) as (page, _guard):
        login(page, site, "ada")
        # Django's own admin pages and widgets (filter_horizontal, date inputs) under the strict CSP.
        page.goto(site + "/admin/predictions/prediction/add/")
        assert page.locator("#id_topics_from").count() == 1
        page.goto(site + "/admin/predictions/prediction/")
        assert page.locator(".badge.badge-overdue, .badge.badge-due").count() == 1
        screenshot(page, "e2e-06-admin-list")
        page.goto(change_page)
        assert page.locator("blockquote.quote-context mark").inner_text() == quote
        screenshot(page, "e2e-07-admin-prediction")
        with page.expect_navigation():
            page.get_by_role("link", name="Propose resolution").click()
        page.select_option("#id_outcome", "correct")
        page.fill("#id_rationale", "METR measured GPT-5 at about 2 h 17 min, T ≈ 1.3: on the existing trend.")
        page.fill("#id_as_of", "2025-12-31")
        page.fill("[name=evidence-0-url]", "https://evaluations.metr.org/gpt-5-report/")
        page.fill("[name=evidence-0-title]", "Details about METR's evaluation of OpenAI GPT-5")
        screenshot(page, "e2e-08-admin-propose")
        with page.expect_navigation():
            page.click("input[type=submit].default")
        assert "Resolution proposed" in page.locator(".messagelist").inner_text()


def confirm_as_bao(browser: Any, site: str, prediction_id: int) -> None:
    with guarded_page(browser, site) as (page, _guard):
        login(page, site, "bao")
        page.goto(f"{site}/admin/predictions/prediction/{prediction_id}/change/")
        with page.expect_navigation():
            page.get_by_role("link", name="Confirm / Reject proposal").click()
        screenshot(page, "e2e-09-admin-review")
        with page.expect_navigation():
            page.get_by_role("button", name="Confirm this resolution").click()
        assert "The resolution is final and published" in page.locator(".messagelist").inner_text()


def read_before_the_verdict(browser: Any, site: str, prediction_path: str) -> None:
    with guarded_page(browser, site, locale="en-GB") as (page, _guard):
        page.goto(site + prediction_path)
        assert page.locator('script[type="application/ld+json"]').count() == 0
        page.goto(site + "/")
        assert "0 resolved" in page.locator("table.record-table td").first.inner_text()


def read_the_verdict(browser: Any, site: str, prediction_path: str) -> dict[str, Any]:
    with guarded_page(browser, site, locale="en-GB") as (page, _guard):
        page.goto(site + prediction_path)
        assert page.locator("p.status .badge").inner_text() == "Correct"
        assert "confirmed by a second reviewer, Bao" in page.locator("p.confirmation").inner_text()
        review: dict[str, Any] = json.loads(page.locator('script[type="application/ld+json"]').text_content() or "")
        screenshot(page, "e2e-10-prediction-resolved")
        # Both pages were cached before the verdict; its commit started a new generation.
        page.goto(site + "/")
        assert "1 resolved" in page.locator("table.record-table td").first.inner_text()
        # GPT-5 was recorded after its resolve-on date: judged and shown, not scored until the reader asks.
        assert page.locator("figure.calibration circle.dot").count() == 0
        assert "1 verdict was left out of these scores" in page.locator("p.late-note").inner_text()
        with page.expect_navigation():
            page.locator("p.late-note").get_by_role("link", name="Include them").click()
        assert page.locator("figure.calibration circle.dot").count() == 1
    return review


def test_two_reviewers_resolve_in_the_admin_and_the_public_sees_the_verdict(chromium: BrowserThread, site: str) -> None:
    ReviewerFactory.create(username="ada", first_name="Ada")
    ReviewerFactory.create(username="bao", first_name="Bao")
    inflection = Prediction.objects.get(slug=INFLECTION)

    # Readers see the page before the verdict (so it is cached): the verdict must still show after.
    chromium.run(read_before_the_verdict, site, f"/predictions/{inflection.pk}/{inflection.slug}/")
    chromium.run(propose_as_ada, site, inflection.pk, inflection.quote)
    chromium.run(confirm_as_bao, site, inflection.pk)
    review = chromium.run(read_the_verdict, site, f"/predictions/{inflection.pk}/{inflection.slug}/")

    inflection.refresh_from_db()
    assert inflection.final_resolution is not None
    assert inflection.final_resolution.outcome == "correct"
    assert inflection.final_resolution.proposed_by.username == "ada"
    assert review["@type"] == "ClaimReview"
    assert review["reviewRating"]["alternateName"] == "Correct"
