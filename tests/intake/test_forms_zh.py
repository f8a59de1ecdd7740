"""Chinese forms of forecasts and look-alikes: one rule per test, on sentences written for these tests.

The rules come from how Chinese news, interviews and speeches state a forecast (不排除, 很难, 才能, a clause
without a subject of its own, a frame that waits for its claim) or a plan (a government's programme, an event's
calendar, an unhedged completion date), not from any one text of the corpus.
"""

from __future__ import annotations

import datetime

import pytest

from predictions.intake import Candidate, find_forecasts

SAID = datetime.date(2025, 6, 20)


def found(text: str, said_on: datetime.date = SAID) -> list[Candidate]:
    return find_forecasts(text, language="zh-Hans", said_on=said_on)


def quotes(text: str) -> list[str]:
    return [c.quote for c in found(text)]


@pytest.mark.parametrize(
    "text",
    [
        "分析师认为，铜价短期不排除出现15%以上的回调。",
        "这支球队很难进入季后赛。",
        "他说，新工厂最快也要到明年下半年才能满产。",
        "王磊预计，年内房价难以见底。",
    ],
)
def test_hedged_and_negated_forms_are_forecasts(text: str) -> None:
    assert len(found(text)) == 1


def test_a_clause_without_its_own_subject_goes_on_with_the_claim() -> None:
    assert quotes("我认为，机器人会替代一些岗位，但也会创造新岗位。") == [
        "我认为，机器人会替代一些岗位，但也会创造新岗位。"
    ]
    assert quotes("他说：“我们会赢下系列赛，一场都不会输。”") == ["我们会赢下系列赛，一场都不会输。"]


def test_a_contrast_with_its_own_limit_is_a_second_claim() -> None:
    text = "我认为，明年油价会企稳，但不会大涨。"
    assert quotes(text) == ["我认为，明年油价会企稳", "不会大涨。"]  # the connector is left out of the quote


def test_an_alternative_date_keeps_the_claims_first_date() -> None:
    candidate = found("我觉得明年下半年有可能，但也不排除要等到2027年。")
    assert [(c.quote, str(c.resolve_on)) for c in candidate] == [
        ("我觉得明年下半年有可能，但也不排除要等到2027年。", "2026-12-31")
    ]


def test_a_frame_waits_for_its_claim() -> None:
    text = "我估计到2030年时，国内年销量超过百万辆的车企不会超过8家。"
    candidate = found(text)
    assert [(c.quote, str(c.resolve_on)) for c in candidate] == [(text, "2030-12-31")]


@pytest.mark.parametrize(
    "text",
    [
        "多家券商认为，下半年出口增速或将放缓。",
        "业内普遍认为，行业洗牌将进一步加剧。",
        "有外媒报道称，该公司将裁员一成。",
        "今年我们将重点抓好三项工作。",
        "这位负责人说，今年将推动快递进村全覆盖。",
        "本届运动会的比赛将持续到8月3日。",
        "示范线明年投产。",
        "现在我会更谨慎一点。",
        "这个问题现在还不好说。",
        "国庆假期即将到来。",
    ],
)
def test_unnamed_views_plans_schedules_and_declining_are_not_forecasts(text: str) -> None:
    assert quotes(text) == []


def test_a_hedged_completion_is_a_forecast_but_a_bare_one_is_a_plan() -> None:
    assert len(found("专家认为，科研站有望在2035年前建成。")) == 1
    assert quotes("科研站2035年前建成。") == []


def test_a_relative_clause_naming_a_meeting_is_no_schedule() -> None:
    text = "负责人在当天召开的工作会议上表示，预计2025年快递业务量将达到1950亿件。"
    assert [str(c.resolve_on) for c in found(text)] == ["2025-12-31"]


def test_the_answer_to_a_question_about_the_future() -> None:
    transcript = "记者：明年房价会不会继续下跌？\n\n王磊：不会。\n\n记者：泡沫大吗？\n\n王磊：泡沫肯定有。"
    assert [(c.quote, c.kind) for c in found(transcript)] == [("不会。", "direct")]
