"""The public pages in Chromium, in English and Chinese, on desktops and a phone: every table
fits its box (nothing wider, nothing cut off) and axe-core finds no critical, serious or
moderate violation.

The ledger is the seed article, one of its forecasts judged, plus a speaker the pages have
not met before: a very long name in two scripts, a dozen predictions with every kind of
verdict and implied probabilities spread over several calibration bins.
"""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from predictions.models import Outcome, Prediction, Speaker
from tests.e2e.browser import BrowserThread, axe_violations, guarded_page, overflowing_tables, screenshot
from tests.factories import PredictionFactory, SpeakerFactory, final_resolution_for

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

LOCALES = {"en": "en-GB", "zh": "zh-CN"}  # the browser's language: Accept-Language and navigator.language
DESKTOPS = (1280, 1440, 1920)
PHONE = 390
# (outcome or None for pending, implied probability)
NEWCOMER_RECORD = [
    (Outcome.CORRECT, 0.9),
    (Outcome.CORRECT, 0.85),
    (Outcome.CORRECT, 0.65),
    (Outcome.CORRECT, 0.55),
    (Outcome.CORRECT, 0.3),
    (Outcome.PARTLY_CORRECT, 0.75),
    (Outcome.PARTLY_CORRECT, 0.6),
    (Outcome.INCORRECT, 0.95),
    (Outcome.INCORRECT, 0.7),
    (Outcome.INCORRECT, 0.15),
    (Outcome.UNRESOLVABLE, 0.5),
    (Outcome.ANNULLED, None),
    (None, 0.8),
]


@pytest.fixture
def pages(site: str) -> dict[str, str]:
    """The pages to check (path by name), on the seed article and a newcomer."""
    inflection = Prediction.objects.get(slug="no-exponential-inflection-with-next-model")
    final_resolution_for(inflection, Outcome.CORRECT, as_of=inflection.resolve_on)
    open_one = Prediction.objects.get(slug="thousands-of-llms-will-be-developed")
    newcomer = SpeakerFactory.create(
        slug="newcomer",
        name="Maximiliana Konstantinopoulou-Wolkenstein-Ravensworth-Abercrombie",
        name_original="马克西米利安娜·康斯坦丁诺普卢-沃尔肯施泰因",
        role="Chief scientist, Laboratorium für Langfristige Technologievorhersagen",
    )
    for index, (outcome, probability) in enumerate(NEWCOMER_RECORD):
        prediction = PredictionFactory.create(
            speaker=newcomer,
            implied_probability=probability,
            resolve_on=datetime.date(2025, 1, 1) + datetime.timedelta(days=index),
        )
        if outcome is not None:
            final_resolution_for(prediction, outcome)
    assert Speaker.objects.count() == 2
    return {
        "scoreboard": "/",
        "speaker": "/speakers/sam-altman/",
        "newcomer": "/speakers/newcomer/",
        "resolved prediction": f"/predictions/{inflection.pk}/{inflection.slug}/",
        "open prediction": f"/predictions/{open_one.pk}/{open_one.slug}/",
        "methodology": "/methodology/",
    }


def measure_at_every_width(browser: Any, site: str, locale: str, paths: dict[str, str]) -> list[str]:
    problems: list[str] = []
    with guarded_page(browser, site, locale=locale, viewport={"width": PHONE, "height": 900}) as (page, _guard):
        for width in (*DESKTOPS, PHONE):
            page.set_viewport_size({"width": width, "height": 900})
            # The main column stops growing at 72rem: past 1280 px only the track-record pages are measured again.
            names = paths if width in (1280, PHONE) else ("scoreboard", "speaker", "newcomer")
            for name in names:
                page.goto(site + paths[name])
                problems += [f"{name} at {width} px: {problem}" for problem in overflowing_tables(page)]
            if width in (1280, PHONE):
                page.goto(site + paths["scoreboard"])
                screenshot(page, f"fit-scoreboard-{locale}-{width}")
                page.goto(site + paths["newcomer"])
                screenshot(page, f"fit-newcomer-{locale}-{width}")
    return problems


@pytest.mark.parametrize("language", LOCALES)
def test_no_table_is_wider_than_its_box_on_a_desktop_or_cut_off_on_a_phone(
    chromium: BrowserThread, site: str, pages: dict[str, str], language: str
) -> None:
    problems = chromium.run(measure_at_every_width, site, LOCALES[language], pages)

    assert problems == []


def run_axe_everywhere(browser: Any, site: str, locale: str, paths: dict[str, str]) -> tuple[list[str], list[str]]:
    found: list[str] = []
    languages: list[str] = []
    with guarded_page(browser, site, locale=locale, viewport={"width": 1280, "height": 900}) as (page, _guard):
        for width in (1280, PHONE):
            page.set_viewport_size({"width": width, "height": 900})
            for name, path in paths.items():
                page.goto(site + path)
                languages.append(page.get_attribute("html", "lang"))
                found += [f"{name} at {width} px: {violation}" for violation in axe_violations(page)]
    return found, languages


@pytest.mark.parametrize("language", LOCALES)
def test_axe_finds_no_critical_serious_or_moderate_violation(
    chromium: BrowserThread, site: str, pages: dict[str, str], language: str
) -> None:
    violations, languages = chromium.run(run_axe_everywhere, site, LOCALES[language], pages)

    assert set(languages) == {"en" if language == "en" else "zh-Hans"}  # the pages really were in that language
    assert violations == []


def provoke_axe(browser: Any, site: str) -> tuple[list[str], list[str]]:
    """The checks above are not vacuous: a page with a scroll box like the old tables' and an image without text."""
    with guarded_page(browser, site, viewport={"width": PHONE, "height": 900}) as (page, _guard):
        page.goto(site + "/methodology/")
        page.evaluate(
            """() => {
              const box = document.createElement("div");
              box.className = "probe";
              box.innerHTML = '<table><tr><td>' + "x".repeat(400) + "</td></tr></table>";
              box.querySelector("td").style.overflowWrap = "normal";
              box.style.overflowX = "auto";
              document.querySelector("main").append(box);
              const image = document.createElement("img");
              image.src = "/static/predictions/favicon.svg";
              document.querySelector("main").append(image);
            }"""
        )
        return axe_violations(page), overflowing_tables(page)


def test_the_checks_catch_a_scroll_box_an_unlabelled_image_and_a_table_too_wide(
    chromium: BrowserThread, site: str
) -> None:
    violations, overflowing = chromium.run(provoke_axe, site)

    assert any(violation.startswith("image-alt (critical)") for violation in violations), violations
    assert any(violation.startswith("scrollable-region-focusable (serious)") for violation in violations), violations
    assert any("wider than its box" in problem or "cut off" in problem for problem in overflowing), overflowing
