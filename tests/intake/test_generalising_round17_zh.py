"""Rules of the seventeenth round, Chinese: kinds of sentences the batches ad_ … af_ showed missed, split or misdated,
kept to the forms any writer uses.

Each test is written in its own words, not copied from any corpus or held-out text (the last test checks it); each
form has several phrasings and the look-alikes its rule must leave alone.
"""

from __future__ import annotations

import datetime

from predictions.intake import find_forecasts
from tests.intake.helpers import Reader, copied_from_labelled_texts

SAID = datetime.date(2026, 4, 15)
READ = Reader("zh-Hans", SAID)


# --- 据预测 after a named speaker's verb of saying ----------------------------------------------------------------
def test_a_forecast_cited_by_a_named_speaker_is_the_speakers() -> None:
    for text, claim in (
        (
            "省气象局有关负责人昨天表示，据预测，5月中旬全省降雨仍将偏多，部分河段可能出现超警水位。",
            "5月中旬全省降雨仍将偏多",
        ),
        (
            "交通运输部新闻发言人介绍，据测算，五一假期跨区域人员流动量将超过14亿人次。",
            "五一假期跨区域人员流动量将超过14亿人次",
        ),
        ("电网公司负责人说，据预计，今夏最高用电负荷会比去年高出一成。", "今夏最高用电负荷会比去年高出一成"),
    ):
        found = READ.quotes(text)
        assert found and claim in found[0] and found[0].startswith(text[:6]), (text, found)


def test_a_forecast_cited_with_nobody_named_stays_unnamed() -> None:
    for text in (
        "据预测，5月中旬全省降雨仍将偏多。",
        "据测算，五一假期跨区域人员流动量将超过14亿人次。",
        "有业内人士称，据预计，今夏最高用电负荷会比去年高出一成。",
    ):
        assert READ.quotes(text) == [], text


# --- a present clause between the verb of saying and the claim -----------------------------------------------------
def test_the_claim_keeps_its_attribution_across_a_present_clause() -> None:
    for text in (
        "项目经理郑海涛介绍，目前隧道已掘进全长的八成，预计9月底贯通。",
        "南屿证券分析师陆菲说，国内光伏组件产能已经严重过剩，明年行业整合有望加速。",
        "市卫健委负责人表示，全市已有六成社区医院开设夜间门诊，年底前覆盖率将超过九成。",
    ):
        found = READ.quotes(text)
        assert found == [text.rstrip("。") + "。"] or found == [text.rstrip("。")], (text, found)


def test_a_present_clause_alone_after_the_verb_of_saying_is_no_forecast() -> None:
    for text in (
        "项目经理郑海涛介绍，目前隧道已掘进全长的八成。",
        "南屿证券分析师陆菲说，国内光伏组件产能已经严重过剩，价格战已经打了两年。",
    ):
        assert READ.quotes(text) == [], text


# --- a denial: 哪 of "any" and the rumour it rejects ---------------------------------------------------------------
def test_any_under_a_denial_is_no_question() -> None:
    for text in (
        "我并不认为三年内会有哪家造车新势力实现全年盈利。",
        "钟岚说，她不相信明年会有哪个一线城市的房价跌回五年前。",
        "在我看来，今年不会有哪款新游戏的销量超过这部续作。",
    ):
        assert READ.quotes(text) != [], text
    assert READ.dates("我并不认为三年内会有哪家造车新势力实现全年盈利。") == [datetime.date(2029, 4, 15)]


def test_a_real_question_with_which_stays_a_question() -> None:
    for text in (
        "三年内会有哪家造车新势力实现全年盈利？",
        "明年会有哪些城市放开限购，现在还不清楚。",
        "你不认为会有哪家公司先实现盈利吗？",
    ):
        assert READ.quotes(text) == [], text


def test_a_rumour_denied_by_a_named_speaker_is_a_forecast() -> None:
    for text in (
        "韦成说，他并不认为金价会像坊间传闻的那样“年底冲上五千美元”。",
        "她不相信电费会如网传所说明年翻一番。",
    ):
        assert READ.quotes(text) != [], text


def test_a_rumour_named_as_the_topic_leaves_the_named_answer() -> None:
    found = READ.quotes("对于市场上关于两家航司将合并的传闻，航司总裁顾明远回应说，这种可能性很小。")
    assert len(found) == 1 and "这种可能性很小" in found[0], found


def test_the_rumour_itself_stays_unnamed() -> None:
    for text in (
        "坊间传闻，金价年底会冲上五千美元。",
        "网上有传言，地铁三号线明年会停运。",
    ):
        assert READ.quotes(text) == [], text


# --- stated odds after a contrast, before the claim ------------------------------------------------------------------
def test_odds_after_a_contrast_frame_the_claim_after_them() -> None:
    for text, odds in (
        ("但我们有六成把握，2028年底前，全省一半的煤电机组会完成改造。", 0.6),
        ("不过我们有八成把握，明年上半年，出口订单会回到三年前的水平。", 0.8),
    ):
        found = find_forecasts(text, language="zh-Hans", said_on=SAID)
        assert len(found) == 1 and found[0].probability == odds, (text, [c.quote for c in found])


def test_confidence_in_an_own_plan_after_a_contrast_is_still_no_forecast() -> None:
    assert READ.quotes("但我们有信心，公司会在年底前发布第二代产品。") == []


# --- 我们预测 with the claim in the same clause --------------------------------------------------------------------
def test_we_forecast_with_the_claim_in_its_clause() -> None:
    for text in (
        "我们预测板块内八家公司2027年营收合计增长12%，2028年增长11%。",
        "我预测下季度全市新房成交面积同比下降两成。",
    ):
        assert len(READ.quotes(text)) >= 1, text
    assert READ.dates("我们预测板块内八家公司2027年营收合计增长12%，2028年增长11%。") == [
        datetime.date(2027, 12, 31),
        datetime.date(2028, 12, 31),
    ]


def test_our_forecasts_named_as_a_noun_are_no_forecast() -> None:
    for text in (
        "这些年我们预测的数字大多偏高。",
        "我们预测过很多次，结果都不准。",
    ):
        assert READ.quotes(text) == [], text


# --- 预计 with a subject and a marker of its own after a plan -------------------------------------------------------
def test_the_outcome_expected_after_a_plan_is_a_forecast() -> None:
    for text in (
        "汇川农机总经理程达表示，公司今年将新建两条装配线，预计全年收割机销量将突破三万台。",
        "航运公司负责人说，公司下半年将增开三条航线，预计集装箱运量有望增长两成。",
    ):
        found = READ.quotes(text)
        assert len(found) == 1 and found[0].startswith("预计"), (text, found)


def test_the_plan_going_on_after_expects_stays_a_plan() -> None:
    for text in (
        "主办方介绍，灯会将于2月10日至20日在湖滨公园举行，预计吸引游客超过30万人次。",
        "公司今年将新建两条装配线，预计投资8亿元。",
    ):
        assert READ.quotes(text) == [], text


# --- bound to happen, still to rise --------------------------------------------------------------------------------
def test_cannot_be_avoided_is_bound_to_happen() -> None:
    for text in (
        "省农业农村厅副厅长孙敏指出，今年部分县的晚稻减产已难以避免。",
        "钱宁认为，行业裁员潮难以避免。",
    ):
        assert READ.quotes(text) != [], text
    assert READ.quotes("这次停电难以避免地影响了工厂的生产。") == []


def test_still_has_to_rise_is_a_forecast() -> None:
    for text in (
        "“春节前鸡蛋肯定还得涨，每斤再涨一块钱没问题。”摊主说。",
        "这轮调整还没完，房价还得跌。",
    ):
        assert READ.quotes(text) != [], text
    assert READ.quotes("他还得继续加班到凌晨。") == []


# --- a claim whose ground comes first: 随着……, and a return that still needs time ------------------------------------
def test_a_ground_with_a_plan_in_it_leads_the_claim() -> None:
    text = "不难看出，随着各区更新方案陆续落地，老旧小区的停车难问题将逐步缓解。"
    assert READ.quotes(text) == [text], READ.quotes(text)
    found = READ.quotes("随着两条新线的建设计划逐步推进，沿线房价有望继续上涨。")
    assert len(found) == 1 and found[0].startswith("随着"), found


def test_a_ground_alone_is_no_forecast() -> None:
    assert READ.quotes("随着各区更新方案陆续落地，老旧小区的停车条件正在改善。") == []


def test_a_return_to_a_named_level_that_still_needs_time_is_a_forecast() -> None:
    for text in (
        "航空公司负责人表示，国际客运量回到2019年的水平还需要时间。",
        "在她看来，房价回升到前期高点尚需时日。",
        "老周说，客流恢复到疫情前那样仍需要一段时间。",
    ):
        assert READ.quotes(text) != [], text
    assert READ.quotes("这些不良资产的出清仍需时间。") == []


# --- "at best": 能……就很不错了 ----------------------------------------------------------------------------------------
def test_at_best_with_very_is_a_forecast() -> None:
    for text in (
        "今年全市新房成交能守住去年的量就很不错了。",
        "这部片子最终能拿到五亿元票房就挺不错了。",
    ):
        assert READ.quotes(text) != [], text
    assert READ.quotes("他的英语说得很不错了。") == []


# --- a contrast carried on by 仍 --------------------------------------------------------------------------------------
def test_a_contrast_with_still_goes_on_with_the_claim() -> None:
    text = "对明年的出口，钟岩的判断是“增速会回落，但仍将保持正增长”。"
    found = READ.quotes(text)
    assert len(found) == 1 and found[0].endswith("但仍将保持正增长”。"), found


def test_a_contrast_without_still_stays_a_claim_of_its_own() -> None:
    assert len(READ.quotes("钟岩预计，明年出口增速会回落，但进口将大幅增长。")) == 2


# --- what is left lasts a stated time -------------------------------------------------------------------------------
def test_what_is_left_lasting_a_stated_time_is_dated_at_its_end() -> None:
    for text, date in (
        ("“照现在的用量，厂里的原料最多还能撑15天。”采购主管说。", datetime.date(2026, 4, 30)),
        ("养殖场场长说，按目前的存量，饲料只能维持两个月。", datetime.date(2026, 6, 15)),
        ("维修师傅说，这台老锅炉还能用三年。", datetime.date(2029, 4, 15)),
    ):
        assert READ.dates(text) == [date], (text, READ.quotes(text))


def test_a_time_spent_or_lasted_in_the_past_is_no_forecast() -> None:
    for text in (
        "厂里的原料当时还能撑三天。",
        "那批原料只撑了十天就用完了。",
        "这笔钱他只用了三个月。",
    ):
        assert READ.quotes(text) == [], text


# --- a day of a month of a year named by its distance ----------------------------------------------------------------
def test_a_day_of_next_year_is_that_day() -> None:
    for text, date in (
        ("我认为明年1月1日起执行的新价格会比现在低一成左右。", datetime.date(2027, 1, 1)),
        ("我估计今年12月20日前，这批订单会全部交付完毕。", datetime.date(2026, 12, 20)),
        ("明年3月1日之前，这条新线路有望开通。", datetime.date(2027, 2, 28)),
    ):
        assert READ.dates(text) == [date], text


# --- "not until … at the earliest" with a short subject is a claim of its own -
def test_not_until_at_the_earliest_after_another_claim_is_its_own() -> None:
    for text, date in (
        ("我的看法是，今年产量在五万吨上下，达产最早也要到2029年。", datetime.date(2028, 12, 31)),
        ("钱峰预计，二期明年动工，通车最快也要到2030年。", datetime.date(2029, 12, 31)),
    ):
        assert date in READ.dates(text), (text, READ.quotes(text))


# --- the speaker's own figure for the claim just made -
def test_the_speakers_figure_goes_with_the_claim_before_it() -> None:
    for text in (
        "“明年的新车销量能持平就很不错了，我的判断是2400万到2500万辆之间。”",
        "“全年客流会比去年少一些，我的估计是两成左右。”",
    ):
        assert len(READ.quotes(text)) == 1, (text, READ.quotes(text))


def test_a_judgement_with_a_subject_of_its_own_is_another_claim() -> None:
    assert len(READ.quotes("“明年的新车销量会持平，我的判断是油价明年会下跌。”")) == 2


# --- a yes, then that it has begun -
def test_a_yes_followed_by_it_has_begun_answers_the_question() -> None:
    for answer in ("会，而且已经开始了。", "一定会的，其实已经在发生了。"):
        text = f"记者：农村养老机构会迎来一轮整合吗？\n\n院长：{answer}"
        assert READ.quotes(text) == [answer], (text, READ.quotes(text))


def test_it_has_happened_alone_answers_nothing() -> None:
    for answer in ("已经开始了。", "早就整合过了。"):
        text = f"记者：农村养老机构会迎来一轮整合吗？\n\n院长：{answer}"
        assert READ.quotes(text) == [], (text, READ.quotes(text))


# --- 的要求, the demands someone makes, is a noun -------------------------------------------------------------------
def test_demands_as_a_noun_leave_the_forecast() -> None:
    for text in (
        "这位采购总监说：“客户对交货周期的要求会越来越高。”",
        "“集采对药品质量的要求今后只会更严。”",
    ):
        assert READ.quotes(text) != [], text


def test_a_demand_made_is_still_no_forecast() -> None:
    for text in (
        "监管部门要求企业明年起公开碳排放数据。",
        "市政府要求各区年底前完成老旧管网排查。",
    ):
        assert READ.quotes(text) == [], text


# --- a checkable date after "soon" or "some day" is a second claim ---------------------------------------------------
def test_a_date_after_a_vague_horizon_states_a_second_claim() -> None:
    text = "“人才缺口短期内很难补上，三年内最多缩小三成。”"
    assert READ.quotes(text) == ["人才缺口短期内很难补上", "三年内最多缩小三成。"]
    assert READ.dates(text)[1] == datetime.date(2029, 4, 15)


def test_a_date_after_a_season_goes_on_with_it() -> None:
    text = "省气候中心主任表示，今冬暖冬格局基本确定，估计11月到次年1月全省降雪偏少。"
    assert len(READ.quotes(text)) == 1, READ.quotes(text)


# --- confidence in an outcome named right after it ------------------------------------------------------------------
def test_confidence_in_an_outcome_is_a_forecast() -> None:
    for text in (
        "我们有信心跻身行业前三。",
        "主教练说：“我有信心拿下这个赛季的联赛冠军。”",
        "洗牌之后能剩下几家不好说，但我们有信心成为活下来的那一家。",
    ):
        assert READ.quotes(text) != [], text


def test_confidence_in_ones_own_effort_is_no_forecast() -> None:
    for text in (
        "我们有信心做好今年的防汛工作。",
        "我们对未来充满信心。",
        "我们有信心克服眼前的困难。",
    ):
        assert READ.quotes(text) == [], text


# --- a trial's readout and one's own fitting-out are timetables ----------------------------------------------------
def test_a_trials_readout_date_is_a_schedule() -> None:
    for text in (
        "这项三期研究已完成全部入组，数据预计明年一季度读出。",
        "首席科学官说，关键研究的结果将于今年年底揭晓。",
    ):
        assert READ.quotes(text) == [], text


def test_what_the_trial_will_show_is_still_a_forecast() -> None:
    assert READ.quotes("首席科学官说，她认为这项研究达到主要终点的可能性很大。") != []


def test_fitting_out_ones_own_site_is_a_plan() -> None:
    for text in (
        "我们养老院下个月会安装新的呼叫系统，老人按一下就能叫到护理员。",
        "公司今年将安装两条全自动灌装线。",
    ):
        assert READ.quotes(text) == [], text
    assert READ.quotes("能源局负责人预计，今年全国将安装超过300万台家用充电桩。") != []


# --- the year a change starts from is no time of the claim ------------------------------------------------------------
def test_the_year_a_change_starts_from_dates_nothing() -> None:
    assert READ.dates("东岭证券预测，2028年本地储能装机将翻番，其中工商业储能占比有望从今年的两成提升至三成。") == [
        datetime.date(2028, 12, 31),
        datetime.date(2028, 12, 31),
    ]
    assert READ.dates("我判断渗透率会从今年的一成半提高到两成左右。") == [None]


def test_this_year_as_the_time_of_a_change_still_dates_it() -> None:
    assert READ.dates("我判断今年渗透率会从一成半提高到两成左右。") == [datetime.date(2026, 12, 31)]


# --- a headline that gives its forecast to a kind of firm ------------------------------------------------------------
def test_a_headline_giving_its_forecast_to_a_kind_of_firm_names_nobody() -> None:
    for headline in (
        "暑运开启 平台预计今年暑期机票均价同比下降一成",
        "锂价持续低迷 业内估算年内三成产能将停产",
        "芯片订单回暖 厂商预计下半年出货量环比增长两成",
    ):
        text = f"{headline}\n\n本报记者 王言\n\n7月1日，暑运正式开始。"
        assert READ.quotes(text) == [], headline


def test_a_headline_with_a_named_firm_or_analyst_is_still_labelled() -> None:
    for headline in (
        "锂价持续低迷 赣锋锂业预计年内三成产能将停产",
        "券商半年报出炉 分析师预计投行收入年内回升两成",
    ):
        text = f"{headline}\n\n本报记者 王言\n\n7月1日，暑运正式开始。"
        assert READ.quotes(text) != [], headline


def test_these_sentences_are_not_copied_from_the_corpus_or_the_batches() -> None:
    """No 12-character stretch of a Chinese sentence above appears in a corpus or batch text up to af_."""
    assert [s for s in copied_from_labelled_texts(__file__, read_up_to="af", english=40) if not s.isascii()] == []
