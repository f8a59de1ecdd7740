"""A fresh reviewer's sentences against the Chinese rules of rounds 16 and 17: where those rules overreached.

One test for each finding of the review (Z1 … Z19), with every sentence the review gave and the said-on date it gave
(2025-06-10 unless it named another). Each docstring says what the rule must not do; the round's own tests keep what
the rule is for.
"""

from __future__ import annotations

import datetime

from predictions.intake import find_forecasts
from tests.intake.helpers import Reader, copied_from_labelled_texts

SAID = datetime.date(2025, 6, 10)
READ = Reader("zh-Hans", SAID)
EARLY_JUNE = datetime.date(2025, 6, 5)


def _none_of(*texts: str) -> None:
    for text in texts:
        assert READ.quotes(text) == [], (text, READ.quotes(text))


def test_z3_a_day_of_the_month_is_no_yield_measure_nor_an_events_day() -> None:
    """A day of this month with no lead must not date a claim when it is a yield's window (7日年化) or the day an
    event starts that the claim counts from (20日新规实施后, 自20日零时起, 20日……上市 then 首月); 之前 / 以前 after it
    is "before", the day before."""
    for text in (
        "余额宝7日年化收益率将跌破1.5%，分析师张伟说。",
        "张伟说，货币基金的7日年化收益率还会继续下降。",
        "张伟说，20日新规实施后，交易量可能会下降两成。",
        "他表示，这项政策6日正式实施，以后房价会更稳定。",
        "自20日零时起，国内汽油价格每吨上调200元，张伟预计下一轮还会上调。",
    ):
        assert READ.dates(text, EARLY_JUNE) == [None], (text, READ.dates(text, EARLY_JUNE))
    launch = "20日，新车将正式上市，公司预计首月销量会突破一万辆。"
    sales = find_forecasts(launch, language="zh-Hans", said_on=datetime.date(2025, 8, 12))
    assert [c.resolve_on for c in sales if "首月" in c.quote] == [None]
    assert READ.dates("张伟说，20日之前，台风会登陆福建。", EARLY_JUNE) == [datetime.date(2025, 6, 19)]
    assert READ.dates("张伟说，15日以前，水库水位还会继续上涨。", EARLY_JUNE) == [datetime.date(2025, 6, 14)]


def test_z4_a_day_to_come_after_jiezhi_is_by_that_day() -> None:
    """截至 with a day still to come and no hour must not lose its date: it is "by" that day (a count taken at an
    hour, 截至14日18时, or with 已, stays a count)."""
    assert READ.dates("截至30日，全年目标有望完成一半。", EARLY_JUNE) == [datetime.date(2025, 6, 30)]
    assert READ.dates("张伟说，截至25日，今年的降雨量会超过常年同期。", EARLY_JUNE) == [datetime.date(2025, 6, 25)]


def test_z10_a_demand_cited_is_no_forecast() -> None:
    """的要求 must not stop being a demand when it is cited (按照……的要求，……; ……的要求是……): only as the subject of
    会 / 将 is it a noun whose change is forecast."""
    _none_of(
        "他说，按照上级的要求，明年要完成100个项目。",
        "刘洋表示，监管部门的要求是年底前完成整改。",
        "按照国务院的要求，各地要在年底前完成排查。",
        "他说，根据证监会的要求，公司将于下月披露年报。",
        "孙涛说，我们的要求是，明年每个门店利润增长一成。",
        "根据集团的要求，公司明年将削减三成成本。",
    )
    assert READ.quotes("张伟说，医保对价格的要求会更严格。") != []


def test_z11_confidence_in_a_slogan_or_of_the_past_is_no_forecast() -> None:
    """有信心 + a verb must not make a forecast of a vow or a slogan (突破自我, 实现高质量发展, 守住安全底线,
    赢得……信任, 成为一家受人尊敬的企业) nor of confidence held in a year gone; a place, a title or a number after it
    still is (the review's own example of that is a labelled text's, so it is said here in other words)."""
    _none_of(
        "我们有信心突破自我，再创佳绩。",
        "我们有信心实现高质量发展。",
        "我们有信心守住安全底线。",
        "我们有信心赢得这场脱贫攻坚战。",
        "我们有信心赢得客户的信任。",
        "我们有信心成为一家受人尊敬的企业。",
        "去年我们有信心拿下冠军，结果输了。",
    )
    for text in ("我们有信心成为最后剩下的那几家之一。", "我有信心拿下冠军。"):
        assert READ.quotes(text) != [], text


def test_z5_a_change_certain_of_a_time_gone_or_known_already_is_no_forecast() -> None:
    """……是肯定的 / 确定的 / 必然的 must not make a forecast of a change of a time gone (去年, 过去十年) or of one the
    next clause says is known already (已经公告了, 大家都看到了, 这是已经发生的事实) or being made by the speaker."""
    _none_of(
        "去年的消费增长是确定的，统计数据已经证实。",
        "王磊表示，房价下跌是肯定的，大家都看到了。",
        "刘洋说，今年一季度利润下滑是肯定的，已经公告了。",
        "张华说，过去十年房价上涨是必然的，因为城镇化。",
        "他说，去年利润下滑是肯定的，这是市场环境决定的。",
        "专家表示，人口减少是确定的，这是已经发生的事实。",
        "孙涛说，人员减少是一定的，我们已经在做优化方案。",
    )


def test_z1_hui_after_a_body_of_a_general_truth_or_a_noun_is_no_will() -> None:
    """会 after a noun ending in 体 must not be read as "will" in a noun (会客厅, 会操) or after the bodies of general
    truths and habits (气体, 液体, 身体, 群体, 团体)."""
    _none_of(
        "媒体会客厅栏目昨晚播出了对他的专访。",
        "气体会在高温下膨胀，这是基本的物理规律。",
        "专家介绍，液体会随温度升高而膨胀。",
        "张伟表示，身体会发出信号，要注意休息。",
        "据悉，该群体会在每年春节前返乡。",
        "王磊说，团体会操比赛已经结束。",
    )


def test_z2_a_material_ending_in_liao_expects_nothing() -> None:
    """料 before 于 / 在 must not be read as "expects" after a material (熟料, 硅料, 骨料, 水产料, 钢料, 主料,
    胶料), nor give a forecast to a source nobody names (市场人士)."""
    _none_of(
        "据统计，熟料在今年一季度的产量同比下降8%。",
        "行业协会数据显示，硅料在每吨4万元左右企稳。",
        "砂石骨料在今年上半年价格上涨了一成。",
        "公司表示，水产料在今年的销量增长了5%。",
        "记者了解到，这批钢料于明日运抵工地。",
        "张伟介绍，主料在每年3月采购。",
        "该厂的胶料在今年全部实现国产化。",
        "市场人士料在高位运行一段时间。",
    )


def test_z16_still_has_to_of_ones_own_or_of_a_need_is_no_forecast() -> None:
    """还得 + a change must not make a forecast of the speaker's own plan or necessity (我们还得降本, 我们的团队还得
    扩大一倍) nor of a rise the speaker needs (……还得涨一点，我们才有利润)."""
    _none_of(
        "他说，我们还得降本，不然活不下去。",
        "陈静说，我们的团队还得扩大一倍。",
        "赵刚说，这个价格还得涨一点，我们才有利润。",
    )
    # (The speaker's own guess of a fall is still one: 我估计 frames the claim, it is no subject.)
    assert READ.quotes("张伟说，下个月我估计猪价还得跌，跌到每斤5元才会见底。") != []


def test_z17_unavoidable_of_the_past_or_in_general_is_no_forecast() -> None:
    """难以避免 must not make a forecast of a mishap of a time gone (去年的那场危机) nor of a general truth
    (交通事故难以避免，但可以减少)."""
    _none_of(
        "他说，去年的那场危机难以避免。",
        "据调查，去年的这起事故本来难以避免。",
        "他说，交通事故难以避免，但可以减少。",
    )


def test_z18_still_needs_time_and_at_best_of_the_past_or_a_wish_is_no_forecast() -> None:
    """ "Return to a level still needs time" and 能……就很不错了 must not make a forecast of a time gone (去年……), and
    能……就挺好了 of a person's achievement is a wish."""
    _none_of(
        "他说，去年客流恢复到疫情前水平还需要时间，今年已经完全恢复了。",
        "王磊说，去年能保持盈亏平衡就很不错了。",
        "他说，孩子能考上大学就挺好了。",
    )


def test_z13_what_lasted_then_or_a_yearly_allowance_is_no_forecast() -> None:
    """还能撑 / 只能用 N units must not make a forecast of what lasted then (去年那次停电，……; 当时……) nor of an
    allowance had each year or a noun's term (每年只能用5天年假, 只能用三年的租约)."""
    _none_of(
        "他说，去年那次停电，医院的备用电源还能撑三天。",
        "陈静说，当时库存还能撑一周。",
        "李明表示，每位员工每年只能用5天年假。",
        "这家门店只能用三年的租约已于去年到期。",
    )


def test_z6_shi_you_ba_jiu_of_a_share_a_fact_or_the_past_is_no_forecast() -> None:
    """十有八九 "ten to one" is a hedge on a claim to come, not a marker of one: a share of people, what someone is,
    or what already happened states nothing ahead."""
    _none_of(
        "他说，去年的项目十有八九都失败了。",
        "调查显示，十有八九的受访者对服务表示满意。",
        "据统计，来这里的游客十有八九是外地人。",
        "王磊说，这种病人十有八九是吃坏了东西。",
        "刘洋说，我猜十有八九是他干的。",
    )
    (candidate,) = find_forecasts("张伟说，这场比赛十有八九要输。", language="zh-Hans", said_on=SAID)
    assert candidate.hedges == ("十有八九",)


def test_z12_women_yuce_as_a_noun_or_of_a_year_gone_is_no_forecast() -> None:
    """我们预测 as the first word of a noun (预测团队, 预测准确率) or about a year gone forecasts nothing."""
    _none_of("我们预测团队由十位分析师组成。", "我们预测准确率在业内排名第一。", "我们预测去年GDP增长5%，实际是5.2%。")
    assert READ.quotes("我们预测明年净利润增长15%。") == ["我们预测明年净利润增长15%。"]


def test_a_stated_confidence_is_kept_as_the_drafts_confidence_words() -> None:
    """我们有信心 fills a draft's stated confidence, as "we're confident" does."""
    (candidate,) = find_forecasts("王总说，我们有信心明年实现盈利。", language="zh-Hans", said_on=SAID)
    assert "我们有信心" in candidate.hedges


def test_no_sentence_is_copied_from_a_labelled_text() -> None:
    assert [s for s in copied_from_labelled_texts(__file__, read_up_to="af", english=40) if not s.isascii()] == []
