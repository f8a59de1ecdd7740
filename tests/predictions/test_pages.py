"""The public pages through Django's test client, in English and Chinese."""

from __future__ import annotations

import datetime
import re

import pytest
from django.test import Client

from predictions import services
from predictions.models import Outcome, Prediction, Speaker
from tests.factories import PredictionFactory, SpeakerFactory, final_resolution_for

pytestmark = pytest.mark.django_db

INFLECTION = "no-exponential-inflection-with-next-model"
INFLECTION_QUOTE = "我们并不认为我们正处于任何指数增长的临界点。"


def page_url(prediction: Prediction) -> str:
    return f"/predictions/{prediction.pk}/{prediction.slug}/"


def html_lang(response) -> str:
    match = re.search(rb'<html lang="([^"]+)">', response.content)
    assert match, "no <html lang>"
    return match.group(1).decode()


@pytest.fixture
def inflection(article: None) -> Prediction:
    return Prediction.objects.get(slug=INFLECTION)


# --- the scoreboard ---------------------------------------------------------------------
def test_the_scoreboard_shows_the_article_record_in_english(article, anonymous: Client, frozen_now) -> None:
    response = anonymous.get("/")

    assert response.status_code == 200
    assert html_lang(response) == "en"
    assert response["Content-Language"] == "en"
    content = response.content.decode()
    assert "Scoreboard" in content
    assert '<a href="/speakers/sam-altman/">Sam Altman</a>' in content
    tally = response.context["record"].tally
    assert (tally.total, tally.resolved, tally.due, tally.open) == (4, 0, 1, 3)
    # On 2026-01-01 the inflection forecast (due 2025-12-31) waits for reviewers.
    assert [p.slug for p in response.context["awaiting"]] == [INFLECTION]
    assert len(response.context["coming_due"]) == 3
    assert "Overdue — awaiting reviewers" in content
    assert 'class="calibration"' in content


def test_the_scoreboard_in_chinese_by_accept_language(article, anonymous: Client) -> None:
    response = anonymous.get("/", HTTP_ACCEPT_LANGUAGE="zh-CN,zh;q=0.9,en;q=0.5")

    assert html_lang(response) == "zh-Hans"
    content = response.content.decode()
    assert "<h1>计分板</h1>" in content
    assert "山姆·奥尔特曼（Sam Altman）" in content
    # Claims have Chinese versions in the fixture and are marked as such.
    assert 'lang="zh-Hans">到2027年5月30日,中国机构将拥有自己的大语言模型' in content
    assert "2027年5月30日" in content  # dates localized


def test_lang_query_parameter_switches_and_is_remembered(article, anonymous: Client) -> None:
    response = anonymous.get("/?lang=zh-hans")
    assert html_lang(response) == "zh-Hans"
    assert response.cookies["django_language"].value == "zh-hans"

    # The next page, without ?lang, stays Chinese (the cookie), even against Accept-Language.
    again = anonymous.get("/methodology/", HTTP_ACCEPT_LANGUAGE="en")
    assert html_lang(again) == "zh-Hans"
    assert "<h1>方法说明</h1>" in again.content.decode()

    back = anonymous.get("/?lang=en")
    assert html_lang(back) == "en"


def test_an_unknown_lang_parameter_is_ignored(article, anonymous: Client) -> None:
    response = anonymous.get("/?lang=xx-evil")
    assert response.status_code == 200
    assert html_lang(response) == "en"
    assert "django_language" not in response.cookies


def test_the_switcher_links_to_the_page_in_each_language_and_the_choice_is_remembered(
    article, anonymous: Client
) -> None:
    page = anonymous.get("/speakers/sam-altman/?group=resolved")
    content = page.content.decode()
    assert "csrfmiddlewaretoken" not in content  # nothing per visitor: the page can be cached for everyone
    link = '<a href="/speakers/sam-altman/?group=resolved&amp;lang={}" lang="{}" hreflang="{}"{}>{}</a>'
    assert link.format("zh-hans", "zh-Hans", "zh-Hans", "", "简体中文") in content
    assert link.format("en", "en", "en", ' aria-current="true"', "English") in content

    chinese = anonymous.get("/speakers/sam-altman/?group=resolved&lang=zh-hans")
    assert html_lang(chinese) == "zh-Hans"
    assert html_lang(anonymous.get("/speakers/sam-altman/")) == "zh-Hans"  # remembered by cookie

    anonymous.get("/speakers/sam-altman/?lang=en")  # choosing the default overrides the remembered choice
    assert html_lang(anonymous.get("/speakers/sam-altman/")) == "en"


def test_the_scoreboard_empty_state(anonymous: Client) -> None:
    response = anonymous.get("/")

    assert response.status_code == 200
    content = response.content.decode()
    assert "No public predictions yet." in content
    assert "Nothing is waiting for its date." in content
    assert "No verdicts yet." in content
    assert "No scored prediction with an implied probability yet." in content


def test_the_scoreboard_empty_state_in_chinese(anonymous: Client) -> None:
    content = anonymous.get("/?lang=zh-hans").content.decode()
    assert "还没有公开的预测。" in content


def test_filters_by_topic_and_horizon(article, anonymous: Client) -> None:
    by_topic = anonymous.get("/?topic=ai-capabilities")
    assert by_topic.status_code == 200
    assert by_topic.context["record"].tally.total == 1  # only the inflection forecast

    by_horizon = anonymous.get("/?horizon=medium")  # 1.6 and 3 years
    assert by_horizon.context["record"].tally.total == 4
    assert anonymous.get("/?horizon=short").context["record"].tally.total == 0
    assert "No public prediction matches these filters." in anonymous.get("/?horizon=short").content.decode()


def test_unknown_filter_values_are_a_400_with_a_message_not_a_500(article, anonymous: Client) -> None:
    response = anonymous.get("/?topic=nonsense&horizon=forever")

    assert response.status_code == 400
    content = response.content.decode()
    assert "Some filters were not understood and are ignored" in content
    assert response.context["record"].tally.total == 4  # shown unfiltered


def test_resolved_predictions_appear_in_recently_resolved(article, anonymous: Client) -> None:
    inflection = Prediction.objects.get(slug=INFLECTION)
    final_resolution_for(inflection, Outcome.CORRECT)

    response = anonymous.get("/")
    assert [item.prediction.slug for item in response.context["recently_resolved"]] == [INFLECTION]
    assert response.context["awaiting"] == []
    assert "No backlog" in response.content.decode()


# --- a prediction -----------------------------------------------------------------------
def test_each_prediction_page_shows_its_quote_exactly_as_in_the_article(article, anonymous: Client) -> None:
    source_text = Prediction.objects.select_related("source").first().source.full_text
    for prediction in Prediction.objects.all():
        response = anonymous.get(page_url(prediction))
        assert response.status_code == 200
        content = response.content.decode()
        assert prediction.quote == source_text[prediction.quote_start : prediction.quote_end]
        if prediction.quote_kind == "reported":  # the source's paraphrase: no quotation marks, no blockquote
            assert f'<p lang="zh-Hans" dir="auto" class="reported-speech">{prediction.quote}</p>' in content
        else:
            assert (
                f'<blockquote lang="zh-Hans" dir="auto" class="original-quote">{prediction.quote}</blockquote>'
                in content
            )
        assert '<span lang="en" class="translation">' in content
        assert "Our English translation" in content


def test_the_prediction_page_has_the_facts(inflection: Prediction, anonymous: Client, frozen_now) -> None:
    # As if recorded on time, a year before its resolve-on date (the seed's own is after it: test_trust_of_record).
    Prediction.objects.filter(pk=inflection.pk).update(recorded_at=datetime.datetime(2024, 12, 31, tzinfo=datetime.UTC))
    content = anonymous.get(page_url(inflection)).content.decode()

    assert INFLECTION_QUOTE in content
    assert "AI for Good Global Summit 2024" in content
    assert "Geneva, Switzerland" in content
    assert "Outlet: unknown" in content
    assert "Link: unknown" in content
    assert "30 May 2024" in content  # said on
    assert "31 December 2025" in content  # resolve on
    assert "The next-generation model is read as OpenAI&#x27;s GPT-5" in content  # horizon rule
    assert "Recorded on" in content and "31 December 2024" in content
    assert "Primary measure: METR" in content  # criteria
    assert "Implied probability (our reading): 75%" in content
    assert "Due since 31 December 2025 (1 day): awaiting reviewers." in content
    assert '<span class="badge badge-due">Due</span>' in content
    assert "application/ld+json" not in content  # no verdict, no ClaimReview


def test_the_prediction_page_in_chinese_falls_back_to_english_criteria(
    inflection: Prediction, anonymous: Client
) -> None:
    Prediction.objects.filter(pk=inflection.pk).update(resolution_criteria_zh="")  # not translated (yet)
    content = anonymous.get(page_url(inflection) + "?lang=zh-hans").content.decode()

    assert '<h1 lang="zh-Hans">OpenAI继GPT-4o之后的下一代模型' in content
    assert '<div class="criteria" lang="en">Primary measure' in content
    assert "尚未翻译；以英文标准为准。" in content
    assert f'<blockquote lang="zh-Hans" dir="auto" class="original-quote">{INFLECTION_QUOTE}</blockquote>' in content


def test_a_resolved_page_shows_verdict_evidence_and_confirmation(inflection: Prediction, anonymous: Client) -> None:
    resolution = final_resolution_for(inflection, Outcome.CORRECT, rationale="T = 1.3: on trend.")

    content = anonymous.get(page_url(inflection)).content.decode()
    assert '<span class="badge badge-correct">Correct</span>' in content
    assert "T = 1.3: on trend." in content
    assert '<a href="https://example.org/report" rel="noopener noreferrer">Annual report</a>' in content
    assert f"confirmed by a second reviewer, {resolution.confirmed_by.get_username()}" in content  # type: ignore[union-attr]


def test_a_short_or_stale_address_redirects_to_the_canonical_one(inflection: Prediction, anonymous: Client) -> None:
    for address in (f"/predictions/{inflection.pk}/", f"/predictions/{inflection.pk}/old-slug/?lang=zh-hans"):
        response = anonymous.get(address)
        assert response.status_code == 301
        assert response["Location"].startswith(page_url(inflection))
    assert anonymous.get(f"/predictions/{inflection.pk}/old/?lang=zh-hans")["Location"].endswith("?lang=zh-hans")


def test_unknown_and_non_public_predictions_are_404(inflection: Prediction, anonymous: Client) -> None:
    assert anonymous.get("/predictions/999999/whatever/").status_code == 404
    Prediction.objects.filter(pk=inflection.pk).update(is_public=False)

    response = anonymous.get(page_url(inflection))
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()
    assert anonymous.get(f"/predictions/{inflection.pk}/").status_code == 404


def test_the_public_history_shows_criteria_edits_with_before_and_after(article, anonymous: Client) -> None:
    prediction = Prediction.objects.get(slug="thousands-of-llms-will-be-developed")
    services.prediction_update(
        prediction=prediction,
        by=None,
        reason="Clarified the parameter threshold",
        changes={"resolution_criteria": "Count models of at least 1B parameters."},
    )

    content = anonymous.get(page_url(prediction)).content.decode()
    assert "Loaded from fixtures/article_000.json" in content  # recorded
    assert "changed: Resolution criteria" in content
    assert "Clarified the parameter threshold" in content
    assert "<pre>Count models of at least 1B parameters.</pre>" in content
    assert "<pre>What counts as a developed LLM" in content  # the text before


# --- a speaker --------------------------------------------------------------------------
def test_the_speaker_page_groups_predictions_by_status(article, anonymous: Client, frozen_now) -> None:
    response = anonymous.get("/speakers/sam-altman/")

    assert response.status_code == 200
    groups = {name: [p.slug for p in predictions] for name, predictions, _count in response.context["groups"]}
    assert groups["due"] == [INFLECTION]
    assert len(groups["open"]) == 3
    assert groups["resolved"] == []
    content = response.content.decode()
    assert "Track record" in content
    assert 'class="calibration"' in content
    assert '<link rel="alternate" type="application/atom+xml"' in content
    assert 'href="/speakers/sam-altman/feed/"' in content


def test_the_speaker_page_in_chinese(article, anonymous: Client) -> None:
    content = anonymous.get("/speakers/sam-altman/?lang=zh-hans").content.decode()
    assert "<h1>山姆·奥尔特曼（Sam Altman）</h1>" in content
    assert "预测记录" in content
    assert "校准图" in content


def test_a_speaker_group_is_paginated(anonymous: Client) -> None:
    speaker = SpeakerFactory.create(slug="prolific")
    PredictionFactory.create_batch(55, speaker=speaker, resolve_on=datetime.date(2031, 1, 1))

    first = anonymous.get("/speakers/prolific/")
    assert [count for _name, _items, count in first.context["groups"]] == [0, 55, 0]
    assert len(first.context["groups"][1][1]) == 20
    assert 'href="?group=open">All 55</a>' in first.content.decode()

    second = anonymous.get("/speakers/prolific/?group=open&page=2")
    assert second.status_code == 200
    assert len(second.context["page"].object_list) == 5
    assert "Page 2 of 2" in second.content.decode()
    assert anonymous.get("/speakers/prolific/?group=open&page=banana").status_code == 200  # first page


def test_an_unknown_speaker_group_is_a_400_with_a_message(article, anonymous: Client) -> None:
    response = anonymous.get("/speakers/sam-altman/?group=everything")
    assert response.status_code == 400
    assert "There is no group “everything”" in response.content.decode()


def test_unknown_speakers_and_speakers_without_public_predictions_are_404(anonymous: Client) -> None:
    assert anonymous.get("/speakers/nobody/").status_code == 404
    hidden = PredictionFactory.create(is_public=False)
    assert anonymous.get(f"/speakers/{hidden.speaker.slug}/").status_code == 404
    assert Speaker.objects.filter(slug=hidden.speaker.slug).exists()


# --- methodology ------------------------------------------------------------------------
def test_the_methodology_page_in_both_languages(anonymous: Client) -> None:
    english = anonymous.get("/methodology/").content.decode()
    assert "selection bias" in english.lower() or "not a random sample" in english
    assert "Wilson" in english
    assert "we do not think" in english
    assert "90%" in english and "75%" in english
    assert "Brier" in english
    assert "fewer than <strong>10</strong>" in english
    assert "mailto:hindsight@localhost" in english

    chinese = anonymous.get("/methodology/?lang=zh-hans").content.decode()
    assert "威尔逊" in chinese
    assert "并不认为" in chinese
    assert "Brier 分数" in chinese and "布莱尔" not in chinese  # the glossary: Brier keeps its name
    # Pre-registration, recording dates, late recording and hedges, in both languages (issue 11).
    assert 'id="recorded-late"' in english and 'id="recorded-late"' in chinese
    assert (
        "recorded late" in english
        and "hedge" in english
        and "Recorded on" in english.replace("recorded on", "Recorded on")
    )
    assert "收录过晚" in chinese and "限定语" in chinese and "收录日期" in chinese and "预先登记" in chinese


# --- on every page --------------------------------------------------------------------------
PAGES = ["/", "/speakers/sam-altman/", "/methodology/", "/predictions/{pk}/{slug}/"]


def expand(path: str, prediction: Prediction) -> str:
    return path.format(pk=prediction.pk, slug=prediction.slug)


@pytest.mark.parametrize("path", PAGES)
def test_every_page_has_open_graph_canonical_and_security_headers(
    inflection: Prediction, anonymous: Client, path: str
) -> None:
    url = expand(path, inflection)
    response = anonymous.get(url)
    content = response.content.decode()

    assert f'<link rel="canonical" href="http://127.0.0.1:8000{url}">' in content
    assert f'<meta property="og:url" content="http://127.0.0.1:8000{url}">' in content
    for prop in ("og:title", "og:description", "og:type", "og:site_name", "og:locale"):
        assert f'<meta property="{prop}" content="' in content
    assert '<link rel="alternate" hreflang="zh-Hans" href="http://127.0.0.1:8000' in content
    assert '<link rel="alternate" type="application/atom+xml"' in content

    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    csp = response["Content-Security-Policy"]
    assert "default-src 'self'" in csp
    assert "script-src 'self'" in csp
    assert "style-src 'self'" in csp
    assert "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp
    # Nothing inline that the policy would block, nothing from another host.
    assert " style=" not in content
    assert not re.search(r"<script(?![^>]*application/ld\+json)", content)
    assert not re.search(r'(src|href)="(https?:)?//(?!127\.0\.0\.1:8000)[^"]*\.(css|js|woff2?)', content)


def test_the_chinese_canonical_names_its_language(inflection: Prediction, anonymous: Client) -> None:
    content = anonymous.get("/?lang=zh-hans").content.decode()
    assert '<link rel="canonical" href="http://127.0.0.1:8000/?lang=zh-hans">' in content
    assert '<meta property="og:locale" content="zh_CN">' in content


def test_the_favicon_address_redirects_to_the_static_icon(anonymous: Client) -> None:
    response = anonymous.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"] == "/static/predictions/favicon.svg"


def test_the_speaker_row_says_when_nothing_is_scored_and_when_the_sample_is_small(article, anonymous: Client) -> None:
    assert '<small class="small-sample">nothing scored yet</small>' in anonymous.get("/").content.decode()

    final_resolution_for(Prediction.objects.get(slug=INFLECTION), Outcome.CORRECT)
    # The GPT-5 forecast was recorded after its resolve-on date: its verdict is left out, and the page says so.
    content = anonymous.get("/").content.decode()
    assert '<small class="small-sample">nothing scored yet</small>' in content
    assert "1 verdict was left out of these scores: its prediction was recorded late" in content
    # Until the reader asks to include it.
    content = anonymous.get("/?include_late=1").content.decode()
    assert '<small class="small-sample">1 scored: small sample</small>' in content
    assert "100%<small>21%–100%</small>" in content  # the hit rate over its 95% interval
