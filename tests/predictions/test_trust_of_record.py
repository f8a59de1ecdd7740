"""Issue 11, as a reader checks it on a fresh ``make run``: when each seed forecast was recorded,
what kind of quote it is, what hedged it, what the scores leave out, and Chinese that reads as Chinese."""

from __future__ import annotations

import datetime
import re

import pytest
from django.core.management import call_command
from django.test import Client

from predictions import services
from predictions.models import Hedge, Prediction
from tests.factories import ReviewerFactory

pytestmark = pytest.mark.django_db

GPT5 = "no-exponential-inflection-with-next-model"
CHINA = "china-will-have-its-own-distinct-llms"
THOUSANDS = "thousands-of-llms-will-be-developed"
TEN_TO_20 = "only-10-to-20-llms-will-get-heavy-use"
HEDGE = "因此在这一点上做出任何自信的预测都是非常困难的"


def api_predictions(client: Client, query: str = "") -> dict[str, dict]:
    body = client.get(f"/api/v1/predictions/?page_size=50{query}").json()
    return {item["slug"]: item for item in body["results"]}


def resolve_by_two_reviewers(slug: str) -> None:
    proposer, confirmer = ReviewerFactory.create(username="ada"), ReviewerFactory.create(username="bao")
    prediction = Prediction.objects.get(slug=slug)
    proposal = services.resolution_propose(
        prediction=prediction,
        outcome="correct",
        rationale="METR measured GPT-5 on trend.",
        rationale_zh="METR 测得 GPT-5 位于趋势之上。",
        as_of=datetime.date(2025, 12, 31),
        evidence=[
            services.EvidenceInput(
                url="https://evaluations.metr.org/gpt-5-report/",
                title="METR's GPT-5 evaluation",
                accessed_on=datetime.date(2026, 1, 5),
            )
        ],
        by=proposer,
    )
    services.resolution_confirm(resolution=proposal, by=confirmer)


def test_the_api_shows_when_each_seed_forecast_was_recorded_its_quote_and_its_hedges(
    article: None, anonymous: Client
) -> None:
    items = api_predictions(anonymous)

    assert {slug: item["recorded_late"] for slug, item in items.items()} == {
        GPT5: True,  # recorded after its resolve-on date, 2025-12-31
        CHINA: False,
        THOUSANDS: False,
        TEN_TO_20: False,
    }
    assert all(item["recorded_at"] for item in items.values())
    assert {slug: item["quote_kind"] for slug, item in items.items()} == {
        GPT5: "direct",
        CHINA: "reported",
        THOUSANDS: "direct",
        TEN_TO_20: "direct",
    }
    assert {item["spoken_language"] for item in items.values()} == {"en"}
    assert {item["quote_language"] for item in items.values()} == {"zh-Hans"}
    for slug in (THOUSANDS, TEN_TO_20):
        [hedge] = items[slug]["hedges"]
        assert (hedge["quote"], hedge["quote_start"], hedge["quote_end"]) == (HEDGE, 528, 551)
        assert items[slug]["implied_probability"] == 0.75  # was 0.9, "stated flatly"
        assert "without a hedge" not in items[slug]["stated_confidence"]
    assert [hedge["quote"] for hedge in items[GPT5]["hedges"]] == ["大模型仍然有很大的发展空间"]
    assert items[CHINA]["hedges"] == []
    # The Chinese fields integrators need, filled for the four seed forecasts.
    for item in items.values():
        assert item["claim_zh"] and item["resolution_criteria_zh"] and item["horizon_rule_zh"]
        assert item["stated_confidence_zh"]
    # GPT-5 was never neglected by reviewers: overdue counts from its recording, not its resolve-on date.
    assert items[GPT5]["status"] == "due" and items[GPT5]["is_overdue"] is False


def test_the_seed_corrections_are_in_the_public_history_with_reasons_and_applied_once(
    article: None, anonymous: Client
) -> None:
    gpt5 = Prediction.objects.get(slug=GPT5)
    assert "tipping point of exponential growth" in gpt5.translation
    assert "(GPT-5)" not in gpt5.claim and "o1" in gpt5.horizon_rule and "GPT-4.5" in gpt5.horizon_rule
    assert "o3" in gpt5.resolution_criteria and "months ahead of trend" in gpt5.resolution_criteria
    versions = dict(Prediction.objects.values_list("slug", "version"))

    call_command("seed_ledger", verbosity=0)  # make run, again

    assert dict(Prediction.objects.values_list("slug", "version")) == versions
    assert Hedge.objects.count() == 3
    page = anonymous.get(f"/predictions/{gpt5.pk}/{gpt5.slug}/").content.decode()
    assert "临界点 is translated as" in page  # the reason, in the history
    chinese = anonymous.get(f"/predictions/{gpt5.pk}/{gpt5.slug}/?lang=zh-hans").content.decode()
    assert "把“临界点”译为" in chinese and "临界点 is translated as" not in chinese


def test_after_two_reviewers_resolve_gpt5_nothing_is_scored_until_a_reader_includes_it(
    article: None, anonymous: Client
) -> None:
    resolve_by_two_reviewers(GPT5)
    altman = "/speakers/sam-altman/"

    for address in ("/", altman):
        page = anonymous.get(address).content.decode()
        assert "nothing scored yet" in page
        assert "1 verdict was left out of these scores: its prediction was recorded late" in page
    board = anonymous.get("/api/v1/scoreboard/").json()
    assert (board["totals"]["correct"], board["totals"]["hit_rate"], board["totals"]["brier_score"]) == (0, None, None)
    assert board["totals"]["late_left_out"] == 1 and board["totals"]["resolved"] == 1
    speaker = anonymous.get("/api/v1/speakers/sam-altman/").json()
    assert speaker["track_record"]["late_left_out"] == 1 and speaker["track_record"]["hit_rate"] is None

    # Until the reader asks to include it.
    for address in ("/?include_late=1", f"{altman}?include_late=1"):
        page = anonymous.get(address).content.decode()
        assert "1 scored: small sample" in page
        assert "These scores include predictions recorded late" in page
    included = anonymous.get("/api/v1/scoreboard/?include_late=1").json()
    assert included["totals"]["hit_rate"] == 1.0 and included["totals"]["late_left_out"] == 0
    assert anonymous.get("/api/v1/scoreboard/?include_late=maybe").status_code == 400

    # The prediction page says why.
    gpt5 = Prediction.objects.get(slug=GPT5)
    page = anonymous.get(f"/predictions/{gpt5.pk}/{gpt5.slug}/").content.decode()
    assert "Recorded late — not scored." in page
    assert "the criteria were written knowing the outcome" in page
    chinese = anonymous.get(f"/predictions/{gpt5.pk}/{gpt5.slug}/?lang=zh-hans").content.decode()
    assert "收录过晚——不计分。" in chinese
    assert "METR 测得 GPT-5 位于趋势之上。" in chinese  # the rationale in Chinese


def visible_text(html: str) -> str:
    return re.sub(r"<script.*?</script>|<style.*?</style>|<[^>]+>", " ", html, flags=re.S)


@pytest.mark.parametrize("slug", [GPT5, CHINA, THOUSANDS, TEN_TO_20])
def test_each_prediction_page_in_chinese_reads_as_chinese(article: None, anonymous: Client, slug: str) -> None:
    prediction = Prediction.objects.get(slug=slug)
    page = anonymous.get(f"/predictions/{prediction.pk}/{slug}/?lang=zh-hans").content.decode()
    text = visible_text(page)

    assert "尚未翻译" not in page
    assert prediction.resolution_criteria_zh.splitlines()[0][:40] in page
    assert prediction.horizon_rule_zh[:30] in page and prediction.stated_confidence_zh[:10] in page
    assert "OpenAI 首席执行官" in page and "CEO, OpenAI" not in text
    han, latin = len(re.findall(r"[\u4e00-\u9fff]", text)), len(re.findall(r"[A-Za-z]", text))
    assert han > latin, (han, latin)


def test_the_quote_caption_says_what_is_true_about_the_quote(article: None, anonymous: Client) -> None:
    china, thousands = Prediction.objects.get(slug=CHINA), Prediction.objects.get(slug=THOUSANDS)

    reported = anonymous.get(f"/predictions/{china.pk}/{CHINA}/").content.decode()
    direct = anonymous.get(f"/predictions/{thousands.pk}/{THOUSANDS}/").content.decode()

    assert "the source&#x27;s paraphrase in Chinese, not a quotation; the speaker spoke English" in reported
    assert f'class="reported-speech">{china.quote}</p>' in reported and "<blockquote" not in reported
    assert "as quoted in the source&#x27;s Chinese translation; the speaker spoke English" in direct
    assert "quoted in the original language" not in direct + reported
    assert HEDGE in direct  # shown with the quote
    chinese = anonymous.get(f"/predictions/{thousands.pk}/{THOUSANDS}/?lang=zh-hans").content.decode()
    assert "引自来源的中文译文；发言者讲的是英语" in chinese
