"""More rules of issue 12's third round, found on probe articles written for this round (both languages)."""

from __future__ import annotations

import datetime

from predictions.intake import find_forecasts

SAID = datetime.date(2025, 11, 20)


def test_the_speakers_own_view_after_a_condition_is_a_forecast_of_its_own() -> None:
    text = (
        "If demand weakens sharply, fares could fall, warned Ann Lee, an economist at Tern Research, "
        "who nonetheless expects a 2% rise next year."
    )
    candidates = find_forecasts(text, language="en", said_on=SAID)
    assert [(c.quote, c.resolve_on) for c in candidates] == [
        ("who nonetheless expects a 2% rise next year.", datetime.date(2026, 12, 31))
    ]


def test_striving_a_trades_view_and_a_firms_new_plants_are_not_forecasts() -> None:
    texts = (
        "该公司力争明年实现扭亏为盈。",
        "业内预计，明年锂价或将继续探底。",
        "董事长表示，明年公司将在海外新建三座工厂。",
    )
    for text in texts:
        assert find_forecasts(text, language="zh-Hans", said_on=SAID) == [], text
    # 新建 as an adjective of what is forecast is no plan.
    assert len(find_forecasts("他预计，明年新建住宅销量将继续下滑。", language="zh-Hans", said_on=SAID)) == 1


def test_openings_closures_and_availability_a_body_sets_are_schedules() -> None:
    for text in (
        "The gallery will reopen in the autumn after a long refit.",
        "Schools will close for the summer on July 18.",
        "Customers will be able to order the tablet from Friday.",
    ):
        assert find_forecasts(text, language="en", said_on=SAID) == [], text
    predicted = "The border will reopen by 2027, the minister predicted."
    assert len(find_forecasts(predicted, language="en", said_on=SAID)) == 1


def test_unknowns_judgements_and_forecasts_nobody_made_are_not_forecasts_zh() -> None:
    for text in ("谁会接任主帅目前尚不清楚。", "现在降息将是一个错误。", "据预测，今年全国棉花产量将再创新高。"):
        assert find_forecasts(text, language="zh-Hans", said_on=SAID) == [], text


def test_a_relayed_schedule_is_about_works_and_deliveries_not_any_claim_told() -> None:
    told = "The chief executive told us that it will be a tough year for retailers."
    assert len(find_forecasts(told, language="en", said_on=SAID)) == 1
    relayed = "The contractor has told our council that it will finish the road by June."
    assert find_forecasts(relayed, language="en", said_on=SAID) == []


def test_a_base_case_scenario_and_tests_that_will_confirm_stay_forecasts() -> None:
    for text in (
        "In a base-case scenario, output will grow 2% next year.",
        "Tests will confirm that the vaccine works by next spring.",
    ):
        assert len(find_forecasts(text, language="en", said_on=SAID)) == 1, text


def test_whoever_is_a_concession_not_a_question() -> None:
    assert len(find_forecasts("他认为，无论谁当选，明年关税都会提高。", language="zh-Hans", said_on=SAID)) == 1


def test_a_list_of_months_ends_at_its_last_and_a_forecast_kept_is_a_forecast() -> None:
    said = datetime.date(2025, 9, 10)
    (listed,) = find_forecasts("花旗预计，美联储将在9月、10月和12月各降息25个基点。", language="zh-Hans", said_on=said)
    assert listed.resolve_on == datetime.date(2025, 12, 31)
    (kept,) = find_forecasts("世界银行维持今年全球经济增长2.3%的预测不变。", language="zh-Hans", said_on=said)
    assert kept.resolve_on == datetime.date(2025, 12, 31)


def test_picks_predictions_and_imperatives_of_expectation_are_forecasts() -> None:
    for text in (
        "My pick: the Bills beat the Jets by a touchdown.",
        "Prediction: Norris wins in Monza.",
        "Look for rates to stay higher for longer.",
        "Don't be surprised if copper tops $12,000 this winter.",
    ):
        assert len(find_forecasts(text, language="en", said_on=SAID)) == 1, text
    # A belief about the past is no forecast, and a pick is no speaker's turn.
    assert find_forecasts("I think they beat Spain last year.", language="en", said_on=SAID) == []


def test_a_research_notes_heading_is_no_prescription() -> None:
    text = "投资建议：预计2025-2027年公司归母净利润分别为12.3亿元、15.6亿元、18.9亿元，维持“买入”评级。"
    (forecast,) = find_forecasts(text, language="zh-Hans", said_on=datetime.date(2025, 9, 10))
    assert forecast.quote.startswith("预计2025-2027年") and forecast.resolve_on == datetime.date(2027, 12, 31)
    assert find_forecasts("我们建议投资者关注黄金板块。", language="zh-Hans", said_on=SAID) == []


def test_projected_with_its_object_is_a_forecast_but_not_as_an_adjective() -> None:
    assert len(find_forecasts("The IMF projected a deficit of 4% in 2026.", language="en", said_on=SAID)) == 1
    adjective = "The projected deficit of 4% in 2026 worries investors."
    assert find_forecasts(adjective, language="en", said_on=SAID) == []


def test_headlines_a_named_source_an_unnamed_one_and_a_question_with_its_rubric() -> None:
    def quotes(text: str) -> list[str]:
        return [c.quote for c in find_forecasts(text, language="en", said_on=SAID)]

    assert quotes("Citi: copper to average $11,000 next year\n\nBody.") == ["Citi: copper to average $11,000 next year"]
    assert quotes("ECB to cut rates twice in 2026, economists say\n\nBody.") == []
    assert quotes("Will robots take your job? Experts weigh in\n\nBody.") == []
    assert quotes("Open preview: Sinner the man to beat as play starts in Paris\n\nBody.") == []
