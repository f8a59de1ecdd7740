"""Rules of issue 12's seventh round for Chinese: kinds of forecasting language the batch g_ showed missing or
mistaken, each held on sentences written for it (several phrasings, and the look-alikes it must leave alone).

Each test is written in its own words, not copied from any corpus or held-out text.
"""

from __future__ import annotations

import datetime

from predictions.intake import Candidate, find_forecasts
from tests.intake.helpers import copied_from_labelled_texts, horizons, offered_in

SAID = datetime.date(2026, 3, 10)  # a Tuesday
THIS_YEAR, NEXT_YEAR = datetime.date(2026, 12, 31), datetime.date(2027, 12, 31)


def _found(text: str) -> list[Candidate]:
    return find_forecasts(text, language="zh-Hans", said_on=SAID)


def _offered(texts: tuple[str, ...]) -> list[str]:
    return offered_in(texts, language="zh-Hans", said_on=SAID)


def test_odds_said_of_a_noun_or_with_no_verb_between() -> None:
    said = {
        "北京队出线的可能只有两成。": 0.2,
        "气象部门预计周六降雪概率四成左右。": 0.4,
        "他认为，对方翻盘的可能大约一成。": 0.1,
        "李华判断，年内降息的概率30%上下。": 0.3,
    }
    assert {text: [c.probability for c in _found(text)] for text in said} == {t: [p] for t, p in said.items()}
    # 可能 the modal before a share, and a share of firms, are no odds.
    shares = ("王磊预计，明年可能会有三成门店关闭。", "张明认为，三成的工厂今年会停产。")
    assert [c.probability for text in shares for c in _found(text)] == [None, None]


def test_odds_of_an_event_the_clause_names_is_a_claim_of_its_own() -> None:
    two = _found("我们预计今年粮价将小幅上涨，秋粮出现减产的概率在三成以上。")
    assert [(c.probability, c.resolve_on) for c in two] == [(None, THIS_YEAR), (0.3, THIS_YEAR)]
    # Bare odds after the claim, or odds said of "this", are the odds of that claim.
    for text in (
        "明年出口将回升，概率在六成左右。",
        "明年出口将回升，这种可能性有六成。",
        "明年出口将回升，出现这种情况的概率有六成。",
    ):
        assert [(c.probability, c.resolve_on) for c in _found(text)] == [(0.6, NEXT_YEAR)], text


def test_should_with_an_adverb_before_will_is_an_expectation() -> None:
    expected = ("下个月客流应该还会增加。", "新线应该也能在年底前完工。", "房租明年应该都不会涨。")
    assert _offered(expected) == list(expected)
    # 应该 of duty stays a prescription, adverb or not.
    assert _offered(("我们应该还要加大投入。", "企业应该也要承担责任。")) == []


def test_hard_to_before_a_verb_of_what_happens_is_unlikely() -> None:
    unlikely = ("他认为这项禁令短期内难以松动。", "这种增速难以为继。", "林涛说，票房明年难以回到高点。")
    assert _offered(unlikely) == list(unlikely)
    # Hard to believe, to estimate or to bear says nothing of what is to come, nor does a hardship of the present.
    present = ("这个结果令人难以置信。", "损失难以估算。", "高昂的房租让小店难以承受。", "小微企业难以获得贷款。")
    assert _offered(present) == []


def test_no_suspense_left_about_what_is_to_come() -> None:
    certain = ("她卫冕基本没有悬念。", "周涛说，主队晋级毫无悬念。", "年内降准没什么悬念。")
    assert _offered(certain) == list(certain)
    assert _offered(("上半场结束时比赛已经没有悬念了。",)) == []


def test_views_of_someone_a_firm_or_body_does_not_name_and_frames_of_warning_or_letting_slip() -> None:
    unnamed = (
        "某大型车企的一位高管称，明年电池价格将再降一成。",
        "某股份行研究员预计，年内房贷利率还会下调。",
        "也有分析人士提醒，下半年出口可能放缓。",
        "一位接近监管层的人士透露，新规今年将落地。",
    )
    assert _offered(unnamed) == []
    named = _found("李华提醒，下半年出口可能放缓。")
    assert [(c.quote, c.kind) for c in named] == [("李华提醒，下半年出口可能放缓。", "reported")]


def test_a_chance_to_reach_an_outcome_is_hedged_like_expected_to() -> None:
    chances = ("我觉得他们有机会进入四强。", "主队今年有机会冲击冠军。", "今年经济有机会实现5%增长。")
    assert _offered(chances) == list(chances)
    assert [c.resolve_on for c in _found("主队今年有机会冲击冠军。")] == [THIS_YEAR]
    # An opportunity given or taken is no chance of an outcome.
    assert _offered(("学生有机会参加夏令营。", "年轻人要抓住机会。", "他有机会参加了比赛。")) == []


def test_a_regularity_is_not_a_claim_about_this_case() -> None:
    rules = ("新药从立项到上市通常需要十年。", "这类项目一般要三年才能回本。", "赵刚说，地铁线路平均需要五年建成。")
    # (平均 of a quantity forecast is no regularity.)
    assert _offered(("王磊预计，全年房价平均要涨5%。",)) != []
    assert _offered(rules) == []
    # The same wait said of one project is a forecast of it.
    assert _offered(("这个项目需要三年才能回本。",)) == ["这个项目需要三年才能回本。"]


def test_a_proposal_still_under_study_is_a_present_fact() -> None:
    studied = ("协会表示，将票价上限提高一倍的方案仍在论证中。", "把起征点提到一万元的提议目前还在讨论。")
    assert _offered(studied) == []
    assert _offered(("他认为，将票价上限提高一倍的方案明年会获批。",)) != []


def test_a_race_or_seasons_start_and_a_plants_commissioning_are_schedules() -> None:
    schedules = (
        "11月3日，新赛季联赛将在广州开打。",
        "周日上午，半程马拉松会准时鸣枪。",
        "该电站今年将有两台机组投运。",
    )
    assert _offered(schedules) == []
    # Another party's commissioning hoped for is an outcome.
    assert _offered(("他预计这座电站有望在后年投入商运。",)) != []


def test_a_programme_led_by_any_part_of_the_year_is_a_plan() -> None:
    plans = ("下半年将新建30座充电站。", "三季度将加快推进老旧小区改造。", "年底前将开设两家分店。")
    assert _offered(plans) == []
    # What the period will bring is no programme.
    assert _offered(("下半年将迎来出口旺季。",)) == ["下半年将迎来出口旺季。"]


def test_a_firms_own_prices_and_size_said_without_a_subject() -> None:
    own = ("公司明年不会主动涨价。", "明年不会扩招。", "今年不会扩。", "暂时不降价。")
    assert _offered(own) == []
    assert _offered(("分析师王强认为，车企明年会降价。",)) != []


def test_answers_to_a_can_it_question_after_i_think() -> None:
    text = (
        "记者：这项纪录今年能被打破吗？\n张明：我觉得有希望。\n"
        "记者：您能介绍一下赛道吗？\n张明：我觉得有必要先说说背景。"
    )
    found = _found(text)
    assert [(c.quote, c.resolve_on) for c in found] == [("我觉得有希望。", THIS_YEAR)]


def test_a_targets_difficulty_judged_right_after_it() -> None:
    for judgement in ("坦白说，难度不小。", "问题不大。", "说实话，有一定难度。", "这并不容易。"):
        found = _found(f"我们的目标是两年内扭亏，{judgement}")
        assert [(c.quote, c.resolve_on) for c in found] == [(judgement, datetime.date(2028, 3, 10))], judgement
    # A difficulty with no target before it judges the present; a target alone is a plan.
    assert _offered(("卫冕的难度很大。", "我们的目标是两年内扭亏。", "今年的任务很重，难度不小。")) == []


def test_odds_on_another_partys_timetable() -> None:
    found = _found("我有六成把握，监管部门会在年内公布细则。")
    assert [(c.probability, c.resolve_on) for c in found] == [(0.6, THIS_YEAR)]
    # The speaker's own release stays a plan, however confident.
    assert _offered(("我们有信心，公司会在年内发布新品。", "我们有七成把握，我们会在年内宣布扩产。")) == []


def test_by_then_frames_the_claim_that_follows_it() -> None:
    found = _found("他说，五年内电池成本将减半，“到那时，燃油车也会失去价格优势”。")
    assert [c.resolve_on for c in found] == [datetime.date(2031, 3, 10)] * 2
    assert found[1].quote.startswith("到那时")


def test_a_condition_keeps_the_contrast_after_it() -> None:
    assert _offered(("如果原油继续上涨，航空公司会提高票价，但客流可能下降。",)) == []
    # A view of the speaker's own after the contrast is not on the condition.
    own = _found("如果原油继续上涨，航空公司会提高票价，但我认为客流不会下降。")
    assert [c.quote for c in own] == ["我认为客流不会下降。"]


def test_the_day_of_the_event_reported_is_no_horizon() -> None:
    ten = datetime.date(2026, 3, 10)
    assert [h.rule for h in horizons("在10日举行的说明会上", "zh-Hans", ten)] == ["the past"]
    assert [h.resolve_on for h in horizons("在20日举行的决赛中", "zh-Hans", ten)] == [datetime.date(2026, 3, 20)]


def test_no_problem_with_the_speakers_belief_right_before_it() -> None:
    found = _found("客流会减少，但营收我觉得问题不大。")
    assert [c.quote for c in found] == ["客流会减少", "营收我觉得问题不大。"]
    assert _offered(("质量问题不大。", "他的伤势问题不大。")) == []


def test_a_vow_of_steadiness_is_an_intention() -> None:
    assert _offered(("我们不会被一两场失利打乱阵脚。", "我绝不会被舆论左右。")) == []
    assert _offered(("人工翻译不会被机器完全取代。",)) == ["人工翻译不会被机器完全取代。"]


def test_amounts_allotted_over_years_are_an_arrangement() -> None:
    allotted = ("这笔资金分五年下达，2025年至2029年每年200亿元。", "债券额度分三批发行。")
    assert _offered(allotted) == []


def test_years_after_an_event_are_counted_from_it() -> None:
    after_event = _found("新规实施三年后，行业集中度会明显提高。")
    assert [c.resolve_on for c in after_event] == [None]
    from_now = _found("三年后，行业集中度会明显提高。")
    assert [c.resolve_on for c in from_now] == [datetime.date(2029, 3, 10)]
    assert _offered(("门店开业两年后，客流才稳定下来了。",)) == []


def test_a_named_bodys_forecast_passed_on_in_a_turn_is_reported() -> None:
    text = "主持人：周末天气如何？\n王磊：市气象台预计周六有小雨。\n主持人：客流呢？\n王磊：我估计客流会比上周多。"
    assert [c.kind for c in _found(text)] == ["reported", "direct"]


def test_will_after_a_competitions_name_and_a_purpose_inside_the_forecast() -> None:
    assert _offered(("这轮系列赛会打满七场。", "今后会有更多家庭为了孩子上学搬进县城。")) == [
        "这轮系列赛会打满七场。",
        "今后会有更多家庭为了孩子上学搬进县城。",
    ]
    assert _offered(("赛会纪录是2小时5分。", "为了稳住客流，我们将下调票价。", "社会各界为了救灾，将捐款捐物。")) == []


def test_these_sentences_are_not_copied_from_the_corpus_or_the_batches() -> None:
    """No 12-character stretch of a Chinese sentence above appears in a corpus or batch text."""
    assert [s for s in copied_from_labelled_texts(__file__, read_up_to="g") if not s.isascii()] == []
