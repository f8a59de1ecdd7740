"""Rules of issue 12's eighth round for Chinese: kinds of forecasting language that the batches h_ and i_ (two
independent hands) showed missing or mistaken, kept only where the kind recurs or the rule is general in form; each
held on sentences written for it (several phrasings, and the look-alikes it must leave alone).

Each test is written in its own words, not copied from any corpus or held-out text.
"""

from __future__ import annotations

import datetime

from predictions.intake import Candidate, find_forecasts, markers_zh
from tests.intake.helpers import copied_from_labelled_texts, offered_in

SAID = datetime.date(2026, 3, 10)  # a Tuesday


def _found(text: str) -> list[Candidate]:
    return find_forecasts(text, language="zh-Hans", said_on=SAID)


def _offered(texts: tuple[str, ...]) -> list[str]:
    return offered_in(texts, language="zh-Hans", said_on=SAID)


def test_a_forecast_made_back_then_is_recalled_whatever_the_lead() -> None:
    recalled = (
        "2019年项目启动时，团队曾预计三年内用户将突破千万。",
        "十年前，这位院士就曾断言，光伏发电成本会低于煤电。",
        "五年前，我在年会上说过，线上销售三年内会超过门店。",
        "早在2018年，就有咨询机构预测网约车订单会在2021年前后见顶。",
    )
    assert _offered(recalled) == []
    # A surname 曾, a forecast judged "过于乐观" and a plain 说 are made now.
    made_now = (
        "曾志强预计，明年油价将回落。",
        "我认为这一预测过于乐观，明年销量会下滑。",
        "杨帆说，这家公司明年会扩张。",
    )
    assert _offered(made_now) == list(made_now)


def test_a_condition_after_its_subject_makes_a_hypothetical() -> None:
    hypothetical = (
        "他说，新药如果能进入集采，销量会大幅增长。",
        "李明说，政府若继续补贴，明年销量有望增长两成。",
        "王芳认为，油价一旦突破百元，需求会明显萎缩。",
        "赵磊指出，这项法案要是获得通过，进口量会下降三成。",
    )
    assert _offered(hypothetical) == []
    # A name with 若 in it, 主要是, and a status-quo condition are no hypotheticals.
    kept = (
        "沈若川预计，明年出货量将翻番。",
        "他说，明年利润主要是靠海外，海外收入会增长两成。",
        "张伟表示，如果趋势不变，明年销量会增长。",
    )
    assert _offered(kept) == list(kept)


def test_unnamed_estimators_and_prophets() -> None:
    unnamed = (
        "还有机构测算，明年房价将下跌5%。",
        "也有研究者预言，这项技术十年内会普及。",
        "就有券商测算，今年净利润会下降。",
    )
    assert _offered(unnamed) == []
    # A named firm's estimate is reported, as its 预测 would be.
    assert [c.kind for c in _found("中金公司测算，明年房价将下跌5%。")] == ["reported"]


def test_a_firms_own_prices_closures_size_and_works_are_its_plans() -> None:
    plans = (
        "我们明年不会涨会员费，这点可以保证。",
        "公司不会为了抢份额降价。",
        "我们自己今年也会关掉二十多家亏损的门店。",
        "我们不会收入场费。",
        "今年公司的客服团队将从200人扩充到350人。",
        "公司回应称，重组后不会进行大规模裁员。",
        "搬迁工作预计在年内全部完成。",
        "市水务局表示，汛期前将完成全部老旧管网的排查。",
    )
    assert _offered(plans) == []
    # Another party's prices, closures across a market and a target reached are outcomes.
    outcomes = (
        "陈伟预计，这家公司明年会涨价。",
        "他认为，这家企业明年不会降价。",
        "今年全国会有上千家门店关停。",
        "有望在年内完成全年目标。",
    )
    assert _offered(outcomes) == list(outcomes)


def test_still_to_fall_further_is_a_forecast_and_still_to_invest_a_duty() -> None:
    further = ("今年利润还要再降一成。", "销量恐怕仍要继续下滑。", "房租明年还要涨。")
    assert _offered(further) == list(further)
    assert _offered(("我们还要加大投入。", "企业仍要继续做好服务。")) == []


def test_a_share_will_change_and_a_regular_meeting_is_no_will() -> None:
    assert _offered(("女性员工的比例会明显提高。", "线上订单的比例会进一步上升。")) == [
        "女性员工的比例会明显提高。",
        "线上订单的比例会进一步上升。",
    ]
    assert _offered(("公司每月的例会会在周一召开。",)) == []


def test_a_question_word_inside_a_quoted_term_asks_nothing() -> None:
    terms = ("今后的竞争会从“卖什么”转向“怎么卖”。", "未来几年，家长的关注点会从“上哪所学校”变成“学什么”。")
    assert _offered(terms) == list(terms)
    assert _offered(("“未来会怎样？”他反问。", "明年会有多少家企业上市？")) == []


def test_what_some_party_will_launch_is_an_outcome_not_a_timetable() -> None:
    outcomes = ("两年内，会有车企专门推出低价车型。", "我猜三年内会有更多品牌推出折叠屏手机。")
    assert _offered(outcomes) == list(outcomes)
    assert _offered(("我们明年会推出两款新车。", "公司将于下月发布新款手表。")) == []


def test_the_onset_of_a_season_or_a_storm_is_no_timetable() -> None:
    onsets = ("市气象台预计今年将于6月20日前后出梅。", "省气象台表示，预计今年将于6月10日前后入汛，较常年偏早。")
    assert [[c.resolve_on for c in _found(text)] for text in onsets] == [
        [datetime.date(2026, 6, 20)],
        [datetime.date(2026, 6, 10)],
    ]
    # What is done before it, and an event's own opening, are timetables.
    assert _offered(("市防汛办将于入汛前开展一次应急演练。", "博览会将于6月10日开幕。")) == []


def test_odds_with_their_own_share_and_a_stated_zero() -> None:
    said = {
        "我有七成把握它会超过30%。": 0.7,
        "我有八成的把握明年销量会超过百分之十五。": 0.8,
        "执政党赢下多数席位的可能性几乎为零。": 0.0,
        "明年降息的概率是零。": 0.0,
        # A number of the event before the chance word is the event's; a share after "达成" is the chance's.
        "他认为，油价跌破60美元的概率仅为5%。": 0.05,
        "她判断，失业率超过6%的几率只有一成。": 0.1,
        "我认为项目按期达成的可能性只有三成。": 0.3,
    }
    assert {text: [c.probability for c in _found(text)] for text in said} == {t: [p] for t, p in said.items()}
    assert [c.probability for c in _found("他认为明年利润为零增长。")] == [None]


def test_a_long_official_frame_and_a_committee_are_no_timetable() -> None:
    framed = "省交通运输厅有关负责人3月9日在媒体通气会上介绍，到2028年，全省高速公路里程将突破一万公里。"
    assert [(c.quote, c.kind) for c in _found(framed)] == [(framed, "reported")]
    # A frame longer than twenty characters stays one frame with its claim (held in c_ by the longer attribution).
    long_frame = "一家名叫新桥咨询的独立研究公司在上个月底发布的行业年报中预测，明年全球芯片销售额将增长一成。"
    assert [c.quote for c in _found(long_frame)] == [long_frame]
    # The frame itself, 28 characters before its verb, is read as one (it was not under a 20-character limit).
    frame = markers_zh.read("一家名叫新桥咨询的独立研究公司在上个月底发布的行业年报中预测，")
    assert frame.attribution and frame.belief
    # 会 of 委员会 is no "will", so a press conference named after it is no timetable.
    committee = "市发展和改革委员会主任在新闻发布会上说，明年全市用电量将增长一成。"
    assert [c.kind for c in _found(committee)] == ["reported"]
    assert _offered(("省体育局将于下月举行新闻发布会。",)) == []


def test_hard_to_guess_or_to_forecast_ahead_says_nothing_of_what_comes() -> None:
    assert _offered(("老实讲，很难猜。", "台风路径很难提前一周预报。", "谁能夺冠很难估计。")) == []
    assert _offered(("明年油价很难回到高点。",)) == ["明年油价很难回到高点。"]


def test_advice_a_topic_an_open_question_and_ones_own_target_are_no_forecasts() -> None:
    none = (
        "对于明年的行情，李强表示“不宜过度乐观”。",
        "王磊提醒，不宜对这轮反弹抱太高期望。",
        "明年油价会否突破百元，市场高度关注。",
        "明年我们要把门店做到300家，这是目标。",
        "公司今年要把成本控制在十亿元以内。",
    )
    assert _offered(none) == []
    # The topic's date still dates the claim said of it.
    found = _found("对于明年的经济走势，他认为将增长5%左右。")
    assert [(c.resolve_on, c.kind) for c in found] == [(datetime.date(2027, 12, 31), "reported")]
    assert _offered(("他认为，明年油价会突破百元。",)) == ["他认为，明年油价会突破百元。"]


def test_these_sentences_are_not_copied_from_the_corpus_or_the_batches() -> None:
    """No 12-character stretch of a Chinese sentence above appears in a corpus or batch text."""
    assert [s for s in copied_from_labelled_texts(__file__, read_up_to="i") if not s.isascii()] == []
