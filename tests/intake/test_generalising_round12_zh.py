"""Rules of the twelfth round, Chinese: which clauses are candidates — forms the batches p_ to s_ showed missed or
offered wrongly, kept to the kinds several hands wrote or that any writer uses.

Each test is written in its own words, not copied from any corpus or held-out text (the last test checks it); each
form has several phrasings and the look-alikes its rule must leave alone.
"""

from __future__ import annotations

import datetime

from predictions.intake import find_forecasts
from tests.intake.helpers import copied_from_labelled_texts

SAID = datetime.date(2026, 4, 15)


def _found(text: str, said_on: datetime.date = SAID) -> list[str]:
    return [c.quote for c in find_forecasts(text, language="zh-Hans", said_on=said_on)]


# --- a belief before another party's acts ---------------------------------------------------------------------
def test_what_the_speaker_believes_another_party_will_do_is_a_forecast() -> None:
    # 我认为 / 我并不觉得 + another subject + 会 + an act: the act is that party's, the speaker forecasts it.
    for text in (
        "我并不认为这家车企会进入欧洲市场。",
        "我觉得绿党会进入下一届内阁。",
        "我不相信那家航司会在年底前退出这条航线。",
    ):
        assert _found(text) == [text], text
    # The speaker's own acts stay plans.
    for text in ("我们明年会进入东南亚市场。", "我下个月会去杭州参加论坛。", "公司不会退出这项业务。"):
        assert _found(text) == [], text


def test_a_trade_union_is_no_will() -> None:
    # 工会举行 is what a union held, not a timetable: the rest of the headline is read.
    text = "多地工会举行集会 民调显示执政党或将在明年失去多数席位"
    assert _found(text) != []


# --- a headline's own claim before unnamed experts ---------------------------------------------------------------
def test_a_headline_keeps_its_own_claim_before_what_unnamed_experts_say() -> None:
    for text in (
        "牛肉价格有望三季度见顶 专家：羊肉价格将同步回落",
        "早稻有望再获丰收 机构：收购价格仍将承压",
        "冬季客流有望创新高 业内人士：机票价格会小幅上涨",
    ):
        found = _found(text)
        assert len(found) == 1 and text.startswith(found[0][:6]), text
    # What the experts say stays theirs: a headline that only gives them the claim is no candidate.
    for text in (
        "羊肉价格持续上涨 专家：年底前仍将高位运行",
        "多家菜企预计明年菜价继续承压 机构：核心产区价格有望企稳",
    ):
        assert _found(text) == [], text


# --- announcing forecasts -------------------------------------------------------------------------------------
def test_announcing_forecasts_is_not_making_one() -> None:
    for text in (
        "今天我想和各位谈谈对明年家电市场的三个判断。",
        "借这个机会，我给大家讲讲几点预测。",
        "最后，我也做几个判断，五年后大家可以回来检验。",
        "下面说说我对今后几年航运业的一些展望。",
    ):
        assert _found(text) == [], text
    # The judgement itself, and a frame that goes on to state it, are forecasts.
    for text in ("我的判断是，明年家电出口会下降一成。", "我判断，三年内县城影院会关掉一半。"):
        assert _found(text) == [text], text


# --- conditions -----------------------------------------------------------------------------------------------
def test_as_long_as_is_a_condition() -> None:
    for text in ("只要汛期不出现大的洪涝，晚稻增产没有悬念。", "只要新片质量过硬，观众就会回到影院。"):
        assert _found(text) == [], text
    # 只要 with a length of time is "it only takes": a forecast of the time.
    text = "他认为，只要两年，这家工厂就会扭亏。"
    assert _found(text) == [text]


def test_nothing_done_in_time_is_the_status_quo() -> None:
    for text in (
        "他说，如果不及早调整，三年后一些幼儿园会招不满学生。",
        "如果不尽快应对，明年的缺口会扩大到两成。",
    ):
        assert _found(text) != [], text
    # A change that may or may not be made is a condition.
    assert _found("如果及早调整，三年后幼儿园的空置会少很多。") == []


def test_then_after_a_question_on_a_condition_is_on_that_condition() -> None:
    for text in (
        "记者：要是明年出口大幅下滑呢？\n周宁：那整个园区的就业会受到冲击。",
        "问：如果油价涨到一百美元，会怎么样？\n答：那航空公司的利润也会被吃掉一大半。",
    ):
        assert _found(text) == [], text
    # A yes or a no given with 那 answers the question, and a named "that" one is no "then".
    text = "记者：明年出口会增长吗？\n周宁：那肯定会涨，明年的订单比今年多。"
    assert _found(text) == ["那肯定会涨，明年的订单比今年多。"]
    assert _found("那家银行明年会扩大小微贷款的规模，我认为这是大概率的事。") != []


def test_a_hedge_on_what_has_already_happened_is_no_forecast() -> None:
    for text in (
        "我认为这轮猪周期很可能已经在去年见底。",
        "他说，全市的房价恐怕早就过了高点。",
        "客流或许已经恢复到疫情前的九成。",
    ):
        assert _found(text) == [], text
    # A hedge on what is still to come is a forecast.
    assert _found("我认为这轮猪周期很可能在明年见底。") != []


# --- plans and arrangements, in more words -------------------------------------------------------------------
def test_more_of_ones_own_acts_and_arrangements_are_plans() -> None:
    for text in (
        "明年我可能会把店里一半的货架换成冷柜。",  # what the speaker will do to a thing, hedged
        "我们下半年还会新招三十名骑手。",  # taking on staff of its own
        "今年冬季学期将在两个街道试点延时托管。",  # trying out a service
        "我们8月会在青岛办一届啤酒音乐节。",  # holding an event of its own
        "我们自己的第二代折叠屏手机下个月就会上市。",  # launching its own product
        "收费标准将由市发改委统一核定。",  # who decides
        "周日下午，两支升级球队将在主场上演保级大战。",  # a match's timetable
    ):
        assert _found(text) == [], text
    # Other parties' outcomes stay forecasts.
    for text in (
        "我估计明年会有更多骑手转去跑同城快递。",
        "我判断我们的销量明年会增长两成。",
        "他认为，那家车企的新车型明年恐怕上不了市。",
    ):
        assert _found(text) != [], text


def test_a_plan_named_as_the_current_one_is_still_a_plan() -> None:
    for text in ("按照现行规划，到2030年全省城际铁路里程将达到两千公里。", "按照目前的规划，新城区将在后年建成。"):
        assert _found(text) == [], text
    # The present pace followed on is the status quo: a forecast.
    text = "按照目前的建设速度，到2030年全省城际铁路里程将达到两千公里。"
    assert _found(text) == [text]


def test_a_peak_that_comes_on_a_date_is_no_timetable() -> None:
    for text in (
        "省疾控中心预计，诺如病毒感染将于11月下旬达到高峰。",
        "气象部门预计，今年的用电负荷将于7月底迎来高峰。",
    ):
        assert _found(text) == [text], text
    # An event held on a date is one.
    assert _found("全省防汛工作会议将于5月下旬召开。") == []


def test_seeing_soberly_is_no_prescription() -> None:
    text = "我们必须清醒地看到，冰雪项目的群众基础还很薄弱，三年内很难赶上传统强省。"
    assert _found(text) != []
    # What must be done is.
    assert _found("我们必须加快冰雪项目的人才培养，三年内赶上传统强省。") == []


def test_unnamed_people_of_a_trade_are_unnamed() -> None:
    for text in (
        "有的超市老板说明年鸡蛋还会涨价。",
        "一些学校校长认为，三年后小学会出现空置。",
    ):
        assert _found(text) == [], text
    assert _found("超市老板王立说，明年鸡蛋还会涨价。") != []


def test_short_answers_that_say_cannot_or_hope_are_claims() -> None:
    text = "记者：今年能进前三吗？\n林峰：今年进不了，后年有希望。"
    assert _found(text) == ["今年进不了", "后年有希望。"]
    # What could not be done, said of the past, is none.
    assert _found("去年那批货我们就没进成。") == []


def test_being_able_to_reach_it_is_already_good_enough() -> None:
    for text in ("“明年能守住三成的份额已经算不错了。”", "他说，后年销量能回到前年的水平就算不错了。"):
        assert _found(text) != [], text


# --- short answers ---------------------------------------------------------------------------------------------
def test_a_short_claim_answering_a_question_about_the_future_is_a_forecast() -> None:
    for question, answer in (
        ("记者：明年的汽车消费会不会大幅反弹？", "陈曦：反弹没那么快。"),
        ("主持人：新规会不会冲击小商户？", "陈曦：冲击有限。"),
        ("问：这轮降价潮会持续多久？", "答：还远没到底。"),
    ):
        text = f"{question}\n{answer}"
        assert _found(text) == [answer.split("：", 1)[1]], text
    # The speaker's own stance, a reason, a greeting or a guess declined answers nothing.
    for answer in (
        "陈曦：我不同意。",
        "陈曦：因为成本太高。",
        "陈曦：这个真不好预测。",
        "陈曦：谁也不敢打包票。",
        "陈曦：您好。",
        "陈曦笑着说。",
    ):
        text = f"记者：明年的汽车消费会不会大幅反弹？\n{answer}"
        assert _found(text) == [], text
    # After a question about the present, a short claim is about the present.
    assert _found("记者：现在的压力大吗？\n陈曦：压力不小。") == []


def test_these_sentences_are_not_copied_from_the_corpus_or_the_batches() -> None:
    """No 12-character stretch of a Chinese sentence above appears in a corpus or batch text up to s_."""
    assert [s for s in copied_from_labelled_texts(__file__, read_up_to="s", english=40) if not s.isascii()] == []
