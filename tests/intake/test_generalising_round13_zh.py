"""Rules of the thirteenth round, Chinese: which clauses are candidates — forms the batches t_ to w_ showed missed or
offered wrongly, kept to the kinds several hands wrote or that any writer uses.

Each test is written in its own words, not copied from any corpus or held-out text (the last test checks it); each
form has several phrasings and the look-alikes its rule must leave alone.
"""

from __future__ import annotations

import datetime

from predictions.intake import find_forecasts
from tests.intake.helpers import copied_from_labelled_texts

SAID = datetime.date(2026, 3, 10)


def _found(text: str, said_on: datetime.date = SAID) -> list[str]:
    return [c.quote for c in find_forecasts(text, language="zh-Hans", said_on=said_on)]


def _odds(text: str) -> list[tuple[str, float | None]]:
    return [(c.quote, c.probability) for c in find_forecasts(text, language="zh-Hans", said_on=SAID)]


# --- odds said after the claim, in a clause of their own ---------------------------------------------------------
def test_odds_with_the_chance_word_first_belong_to_the_claim_before() -> None:
    # 我认为概率在六成左右 / 可能性我估计在三成上下: the number of the claim just made, not a claim of its own.
    for text, probability in (
        ("我预计，今年三季度出口增速将回到两位数，我认为概率在六成左右。", 0.6),
        ("明年夏天的用电高峰会提前到来，这个可能性我估计在三成上下。", 0.3),
        ("钢价下半年会反弹，概率大概有七成。", 0.7),
    ):
        assert _odds(text) == [(text, probability)], text


def test_a_number_after_the_chance_it_measures_is_that_chance() -> None:
    # ……的可能性，我估计在百分之四十左右: the clause before names the chance, the number follows.
    for text, probability in (
        ("后年出现极端寒潮的可能性，我估计大约在百分之三十五上下。", 0.35),
        ("明年房价整体止跌的可能性，我判断在三成左右。", 0.3),
    ):
        assert _odds(text) == [(text, probability)], text
    # A number under a belief with no chance before it is a level, its own claim's.
    found = _found("明年的客流会继续回升，增速我估计在百分之五左右。")
    assert found and "会继续回升" in found[0]


def test_odds_on_an_embedded_question_before_a_semicolon() -> None:
    # 能否……，我看有六成把握；……: the semicolon closes the odds, it does not make them a claim of their own.
    text = "今年的招商目标能否完成，我看有六成把握；明年的进出口总额将明显回升。"
    assert _odds(text) == [
        ("今年的招商目标能否完成，我看有六成把握", 0.6),
        ("明年的进出口总额将明显回升。", None),
    ]


def test_quoted_odds_make_the_reported_claim_before_them_a_forecast() -> None:
    # 他说，今年销量能翻倍，“我有七成把握”: the claim has no marker of its own; the odds put on it make it one.
    for text in (
        "她说，今年门店数量能翻一番，“这一点我有七成把握”。",
        "他表示，年底前客流能恢复到疫情前，“我有八成把握”。",
    ):
        found = _odds(text)
        assert len(found) == 1 and found[0][0].startswith(text[:3]) and found[0][1] is not None, text
    # A plan before the odds is no claim to put them on.
    assert not any("计划" in quote for quote in _found("他说，公司计划明年在杭州开店，“我有七成把握”。"))


def test_the_chance_of_achieving_it_refers_back() -> None:
    # 达成的可能性 is the chance of the target just named, not an event of its own.
    text = "我不认为他们能在后年卖到十万辆，达成的概率我看只有两成。"
    assert _odds(text) == [(text, 0.2)]


# --- 能 under a denied belief, a certainty, "no problem" and "not without a chance" -------------------------------
def test_what_someone_does_not_believe_can_happen_is_a_negated_forecast() -> None:
    for text in (
        "我不认为明年能彻底解决停车难的问题。",
        "我并不认为他们今年能拿到联赛冠军。",
        "不过，他并不认为今年的出口能回到前年的水平。",
        "她从来不相信这种新材料五年内能大规模替代钢材。",
    ):
        assert _found(text) == [text.removeprefix("不过，")], text
    # 能力 / 能源 are nouns, and what the speaker does not believe of the present is no forecast.
    for text in ("我不认为能力是最大的问题。", "我不认为能源价格是现在的主要矛盾。"):
        assert _found(text) == [], text


def test_a_result_said_to_be_certain_is_a_forecast() -> None:
    for text in ("开业那天入驻率一定能做到九成以上。", "明年的销量肯定能超过十万辆。", "今年的产量绝对能突破五万吨。"):
        assert _found(text) == [text], text
    # A vow of one's own is an intention.
    assert _found("我们一定能以更好的成绩回报家乡的球迷。") == []


def test_confidence_in_a_result_with_its_number_is_a_forecast() -> None:
    for text in ("我们对今年净利率保持在15%以上很有信心。", "他对明年客流突破800万人次充满信心。"):
        assert _found(text) != [], text
    # Confidence with no result named is a stance.
    for text in ("我们对这个行业的未来很有信心。", "我对团队充满信心。"):
        assert _found(text) == [], text


def test_no_problem_reaching_a_result_and_a_chance_not_denied() -> None:
    for text in (
        "照现在的节奏，这个月的成交破一万套问题不大。",
        "我觉得以他们的阵容，进季后赛没有问题。",
        "夺冠也不是没有机会。",
        "这支队伍甚至有机会争一争总冠军。",
    ):
        assert _found(text) != [], text
    # A problem of the present is not a result to come; an opportunity given is no chance of an outcome.
    for text in ("这批货的质量没有问题。", "学生也不是没有机会参加夏令营吗？", "跌了这么多，问题不大。"):
        assert _found(text) == [], text


def test_something_being_possible_is_hedged_like_possibly() -> None:
    for text in ("我个人认为这个目标偏保守，五千亿是有可能的。", "两年内翻一番是有可能的。"):
        assert _found(text) != [], text
    assert _found("可能的风险在于原材料价格。") == []


# --- a clause with no subject of its own goes on with the claim -------------------------------------------------------
def test_a_hedged_or_compared_clause_without_a_subject_goes_on_with_the_claim() -> None:
    # ……，有可能刷新纪录 / ……，与去年相比不会有明显变化 / ……，比今年高出两成: the same quantity, one claim.
    for text in (
        "研究员预计，明年全市入境游客将达到三百万人次，有可能刷新纪录。",
        "我估计今年的粮食产量会在六亿吨上下，与去年相比不会有明显变化。",
    ):
        assert len(_found(text)) == 1, text
    # A clause with a subject of its own is a claim of its own.
    assert len(_found("明年出口会明显放缓，进口有可能小幅回升。")) == 2


# --- words that look like 会 / 将 ------------------------------------------------------------------------------------
def test_nouns_ending_or_starting_with_hui_or_jiang_are_no_will() -> None:
    for text in (
        "开幕那天会场里座无虚席，许多参会者一直站到最后。",
        "主帅赛后特别表扬了门将刘波。",
        "我相信冬奥会之后，",
        "亚冬会之后，",
        "新建的体育馆要为将来的改造留出空间。",
    ):
        assert _found(text) == [], text
    # … but an event's 赛事会, a department's 部门将 and 将来自 ("will come from") are the modal.
    assert _found("明年的马拉松赛事会从拼规模转向拼体验。") != []
    assert _found("财政部门将面临更大的收支压力。") != []
    assert _found("其中六成的新增需求将来自中西部城市。") != []
    assert _found("我不认为今冬会出现大面积的用气紧张。") != []


def test_at_least_n_machines_is_a_guess_at_a_count() -> None:
    assert _found("明年全国至少会有三台新的大型望远镜建成投用。") != []
    # Its own units going into service are its plan.
    assert _found("集团今年将有3台新机组投入商运。") == []


def test_building_a_factory_and_a_trend_from_a_date_are_no_timetable() -> None:
    assert _found("种地会越来越像开工厂。") != []
    for text in ("流感病例将从下月起逐步增多。", "降雨将从周末起明显减弱。"):
        assert _found(text) != [], text
    # An arrangement from a date stays one.
    assert _found("全市图书馆将从下月起延长开放时间。") == []


# --- not forecasts --------------------------------------------------------------------------------------------------
def test_an_organisations_next_step_is_its_plan() -> None:
    for text in (
        "下一步还要继续扩大试点范围。",
        "下一步，我们将指导各区加快老旧小区改造。",
        "下阶段，我们要督促企业落实安全责任。",
    ):
        assert _found(text) == [], text
    # A forecast about what comes next is one.
    assert _found("下一步房价还会继续下跌。") != []


def test_no_answer_to_give_is_declining_to_forecast() -> None:
    for text in (
        "这件事目前很难给出准确答案。",
        "三四线城市的回暖则很难给出时间表。",
        "有人说他两年内就能进国家队，这个我不好判断。",
        "具体的拐点，我们现在给不出。",
    ):
        assert _found(text) == [], text
    # 很难 of an outcome is a hedge, a forecast.
    assert _found("今年房价很难出现明显反弹。") != []


def test_inviting_the_audience_to_check_later_is_no_forecast() -> None:
    for text in (
        "说错了，欢迎大家明年再来这里找我。",
        "明年这个时候我们再来对答案。",
        "这几条预测，等赛季结束后我会逐条对账。",
    ):
        assert _found(text) == [], text


def test_a_forecast_told_long_ago_is_recalled() -> None:
    for text in (
        "二十年前我在这个礼堂讲过，北方的沙尘天气会越来越少。",
        "十多年前，曾有学者预测这座城市的人口会在2020年前后见顶，他说。",
    ):
        assert _found(text) == [], text


def test_views_nobody_names() -> None:
    for text in (
        "也有民办园举办者担心，孩子变少以后部分园所可能被迫关门。",
        "有球探说他三年内就能去欧洲踢球。",
        "还有一个说法，短视频会把观众从电影院里抢走。",
        "七成受访者表示今年会减少外出就餐。",
    ):
        assert _found(text) == [], text
    # A named speaker is a speaker; 有望 is no "someone has".
    assert _found("钱立表示，今年客流有望创新高。") != []


def test_these_sentences_are_not_copied_from_the_corpus_or_the_batches() -> None:
    """No 12-character stretch of a Chinese sentence above appears in a corpus or batch text up to w_."""
    assert [s for s in copied_from_labelled_texts(__file__, read_up_to="w", english=40) if not s.isascii()] == []
