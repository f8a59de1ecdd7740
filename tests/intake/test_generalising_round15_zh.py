"""Rules of the fifteenth round, Chinese: forms a probe suite of single sentences showed missed or offered wrongly,
kept to the kinds any writer uses.

Each test is written in its own words, not copied from any corpus or held-out text (the last test checks it); each
form has several phrasings and the look-alikes its rule must leave alone.
"""

from __future__ import annotations

import datetime

from predictions.intake.markers_zh import read
from tests.intake.helpers import Reader, copied_from_labelled_texts

SAID = datetime.date(2026, 4, 15)
READ = Reader("zh-Hans", SAID)


# --- 料 "expects" after a firm or a person -----------------------------------------------------------------------
def test_liao_before_a_period_is_expects() -> None:
    for text in (
        "青禾乳业料全年销售额同比增长一成半。",
        "该行料下季度出口订单明显回落。",
        "远帆航运料明年运价较今年下降两成左右。",
        "董事长邵清远料2027年外销收入首次超过内销。",
    ):
        assert READ.quotes(text) != [], text
    assert READ.dates("青禾乳业料全年销售额同比增长一成半。") == [datetime.date(2026, 12, 31)]


def test_liao_as_a_noun_is_no_forecast() -> None:
    for text in (
        "今年一季度原料价格上涨了一成。",
        "不料今年春天连续阴雨，草莓减产严重。",
        "这家工厂的塑料颗粒库存今年年初已经见底。",
    ):
        assert READ.quotes(text) == [], text


# --- a trade named alone is nobody a ledger can name --------------------------------------------------------------
def test_a_trade_named_alone_before_its_verb_is_unnamed() -> None:
    for text in (
        "专家们认为，三年内本地养老床位将出现明显缺口。",
        "经济学家普遍预计，下半年出口增速会放缓。",
        "受关税影响，分析师们料明年芯片价格将走高。",
        "机构预计：二季度煤价有望止跌",
        "医学专家提醒，今冬流感高峰可能提前到来。",
    ):
        assert READ.quotes(text) == [], text


def test_a_trade_with_its_body_or_name_still_speaks() -> None:
    for text in (
        "分析师韩启明认为，三年内本地养老床位将出现明显缺口。",
        "南屿证券首席经济学家苏静预计，下半年出口增速会放缓。",
        "省气候中心专家预测，今冬气温将比常年偏高。",
    ):
        assert READ.quotes(text) != [], text


# --- 否则: what follows a demand if it is not met -----------------------------------------------------------------
def test_otherwise_after_a_demand_is_a_forecast() -> None:
    for text in (
        "丁若溪说，农场必须尽快改种耐旱品种，否则三年内产量会下降一半。",
        "老城区应当加快管网改造，不然明年汛期还会出现大面积内涝。",
        "董事会表示，门店必须压缩成本，要不然年底前亏损将继续扩大。",
    ):
        found = READ.quotes(text)
        assert len(found) == 1 and found[0].startswith(("否则", "不然", "要不然")), (text, found)
    # The demand alone is a prescription.
    assert READ.quotes("丁若溪说，农场必须尽快改种耐旱品种。") == []


# --- a verb of saying of its own after a forecast recalled --------------------------------------------------------
def test_what_is_said_now_after_a_forecast_recalled_is_a_forecast() -> None:
    found = READ.quotes("黎晓东去年曾预测铜价将大涨，他昨天表示仍维持这一看法，并认为年底前铜价会再涨一成。")
    assert len(found) == 1 and found[0].startswith("他昨天表示"), found
    found = READ.quotes("钟凯前年曾判断房价会见底，他本周称，今年二手房成交量将回升。")
    assert len(found) == 1 and found[0].startswith("他本周称"), found
    # The recalled forecast alone stays out.
    assert READ.quotes("黎晓东去年曾预测铜价将大涨。") == []


def test_a_time_gone_by_alone_before_a_verb_of_expecting_dates_it_then() -> None:
    for text in (
        "此前，青禾乳业预计全年销售额将增长两成，最终只增长了7%。",
        "去年，该院预测今年一季度客流会恢复到疫情前水平。",
        "早前，多位委员判断降息会在春节前落地。",
    ):
        assert READ.quotes(text) == [], text
    # A time ahead alone is no recall.
    assert READ.quotes("明年，青禾乳业预计销售额将增长两成。") != []


# --- a hedge on the past ------------------------------------------------------------------------------------------
def test_a_hedge_on_a_cause_or_a_deed_done_is_no_forecast() -> None:
    for text in (
        "韩启明说，上个月的客流下滑可能与连续降雨有关。",
        "这次的亏损恐怕远远超过了公司的估计。",
        "吴澜坦言，出口放缓或许和汇率波动有关系。",
    ):
        assert READ.quotes(text) == [], text
    # A hedge on what is to come stays a forecast, 了 of "about to" too.
    for text in (
        "韩启明说，下个月客流可能会回升。",
        "照这个势头，金价恐怕要涨了。",
    ):
        assert READ.quotes(text) != [], text


# --- an analyst's price target ------------------------------------------------------------------------------------
def test_a_price_target_with_its_price_is_a_forecast() -> None:
    for text in (
        "南屿证券首次覆盖青禾乳业，给予“增持”评级，目标价24.5元。",
        "东曜资本把远帆航运的目标价从12港元下调至9.8港元。",
        "投资建议方面，我们维持“买入”评级，给予公司目标价88元。",
    ):
        assert READ.quotes(text) != [], text
    # Twelve months on from said-on.
    assert READ.dates("南屿证券将青禾乳业12个月目标价上调至30元。") == [datetime.date(2027, 4, 15)]


def test_a_rating_or_a_target_without_a_price_is_no_forecast() -> None:
    for text in (
        "南屿证券维持青禾乳业“增持”评级。",
        "公司的销售目标是全年增长一成。",
        "投资建议：看好乳制品龙头。",
    ):
        assert READ.quotes(text) == [], text
    assert not read("目标价位的设定需要参考同行估值。").future


# --- 不会早于 a part of a year ---------------------------------------------------------------------------------------
def test_not_earlier_than_a_part_of_a_year_is_the_day_before_it() -> None:
    assert READ.dates("苏静认为，央行再次降准不会早于明年下半年。") == [datetime.date(2027, 6, 30)]
    assert READ.dates("苏静认为，新药获批不会早于2028年三季度。") == [datetime.date(2028, 6, 30)]
    assert READ.dates("苏静认为，行业出清不会早于2029年。") == [datetime.date(2028, 12, 31)]


def test_these_sentences_are_not_copied_from_the_corpus_or_the_batches() -> None:
    """No 12-character stretch of a Chinese sentence above appears in a corpus or batch text up to ac_."""
    assert [s for s in copied_from_labelled_texts(__file__, read_up_to="ac", english=40) if not s.isascii()] == []
