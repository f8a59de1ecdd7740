"""Rules of issue 12's tenth round for Chinese: kinds of forecasting language that the batches l_ and m_ (unseen
when they were written) showed missing or mistaken, kept only where the form recurs in other batches too — a date
grammar gap, a grammatical cue, a structural reading — and each held on sentences written for it (several
phrasings, and the look-alikes it must leave alone).

Each test is written in its own words, not copied from any corpus or held-out text.
"""

from __future__ import annotations

import datetime

from predictions.intake import Candidate, find_forecasts
from tests.intake.helpers import copied_from_labelled_texts, offered_in

SAID = datetime.date(2026, 3, 10)  # a Tuesday


def _found(text: str, said_on: datetime.date = SAID) -> list[Candidate]:
    return find_forecasts(text, language="zh-Hans", said_on=said_on)


def _offered(texts: tuple[str, ...]) -> list[str]:
    return offered_in(texts, language="zh-Hans", said_on=SAID)


def _dates(cases: dict[str, datetime.date | None], said_on: datetime.date = SAID) -> None:
    """Each text gives one candidate, judged on the date given."""
    assert {text: [c.resolve_on for c in _found(text, said_on)] for text in cases} == {
        text: [date] for text, date in cases.items()
    }


# --- dates ------------------------------------------------------------------------------------------------------


def test_not_until_a_month_at_the_earliest_is_judged_the_day_before_it() -> None:
    # 最早也要到M月 / 最快也要到M月份: not before that month begins (a month gone this year is next year's).
    _dates(
        {
            "孔维认为，新的补贴细则最早也要到6月才能落地。": datetime.date(2026, 5, 31),
            "孔维判断，这批订单最快也要到9月份才能交付完毕。": datetime.date(2026, 8, 31),
            "孔维预计，港口拥堵最早也要到2月才会缓解。": datetime.date(2027, 1, 31),
            # A year named keeps the rule it had: the day before that year's half begins.
            "孔维预计，房价最快也要到明年下半年才会企稳。": datetime.date(2027, 6, 30),
        }
    )


def test_a_range_of_months_ends_with_its_last_month() -> None:
    # 7月中下旬到8月上旬 and 2026年11月至2027年2月 run to the end of the last one named, its year included.
    _dates(
        {
            "程岚判断，6月中下旬到7月上旬，华北会有一轮明显降雨。": datetime.date(2026, 7, 10),
            "程岚表示，今冬明春（2026年11月至2027年2月）全国用电负荷预计增长6%左右。": datetime.date(2027, 2, 28),
            "程岚判断，5月上中旬到6月中旬，江南的雨水会偏多。": datetime.date(2026, 6, 20),
        }
    )


def test_this_weekend_is_its_sunday() -> None:
    # 本周末 / 这个周末: the Sunday of the said-on week (said on a Sunday, that very day).
    _dates(
        {
            "主办方预计，本周末两天的车展客流将超过六万人次。": datetime.date(2026, 3, 15),
            "景区估计，这个周末的游客量会比上周多三成。": datetime.date(2026, 3, 15),
        }
    )
    sunday = datetime.date(2026, 3, 15)
    _dates({"景区预计，这周末的客流会创今年新高。": sunday}, said_on=sunday)


def test_the_travel_rush_ends_twenty_four_days_after_the_spring_festival() -> None:
    # 春运 runs 40 days, from 15 days before the Spring Festival (6 Feb 2027) to 24 days after it (2 Mar 2027).
    said = datetime.date(2027, 1, 5)
    _dates(
        {
            "铁路部门预计，今年春运期间全国铁路发送旅客将超过5.5亿人次。": datetime.date(2027, 3, 2),
            "我判断，今年春运高速公路的拥堵会比去年轻一些。": datetime.date(2027, 3, 2),
            "民航局预计，春运40天民航旅客量将达到9800万人次。": datetime.date(2027, 3, 2),
        },
        said_on=said,
    )
    # Said after the 2026 rush is over, 春运 is the next year's.
    _dates({"他预计，春运期间自驾出行的比例还会上升。": datetime.date(2027, 3, 2)}, said_on=datetime.date(2026, 5, 1))
    # A rush named by a year already over is the past; a part of the rush (春运前半段, 春运首日) has no end of its own.
    assert _offered(("据统计，2025年春运期间全国公路客运量为三十多亿人次。",)) == []
    assert [c.resolve_on for c in _found("气象台预计，春运前半段南方会有两次雨雪过程。", said)] == [None]


def test_within_this_century_is_the_centurys_last_day() -> None:
    _dates(
        {
            "我相信在本世纪内人类会在火星上建立基地。": datetime.date(2099, 12, 31),
            "他预计，本世纪末全球海平面会上升半米左右。": datetime.date(2099, 12, 31),
        }
    )


def test_a_season_has_no_date_and_a_forecasters_verb_makes_it_a_forecast() -> None:
    # 今冬 / 今年夏天 / 今年冬季 name a season, not a date (as e_, f_, h_, j_ and l_ label them); a named forecaster
    # that 预测 / 预计 a season's weather makes a forecast without a marker of its own.
    _dates(
        {
            "她表示，今年冬天的滑雪客流会比去年多两成。": None,
            "马涛认为，今年夏季南方的用电负荷会再创新高。": None,
            "市气象台预测，今冬全市平均气温比常年同期略高。": None,
            "省气候中心预计，今年夏天全省降水总体偏多。": None,
        }
    )
    # A season reported, without a forecaster's verb, is the past or the present.
    assert _offered(("他介绍，今年春季全省平均降水量比常年同期少一成。",)) == []


# --- answers ----------------------------------------------------------------------------------------------------


def test_a_yes_answers_a_question_about_the_future() -> None:
    # 对。 / 是的， / 没错。 answer "会不会……？", "是不是就要……了？" as 会。 does, and take the question's date.
    text = "主持人：今年是不是就要迎来用电高峰了？\n\n韩磊：对。今年的负荷峰值会比去年高出一成。"
    assert [c.quote for c in _found(text)][:1] == ["对。"]
    assert _found(text)[0].resolve_on == datetime.date(2026, 12, 31)
    text = "记者：明年的票价会不会上调？\n\n韩磊：是的，幅度不会太大。"
    assert [c.resolve_on for c in _found(text)] == [datetime.date(2027, 12, 31)]
    # A long question asking whether something can happen: 您觉得……能……吗？
    text = "记者：您认为咱们有生之年能看到可控核聚变发电并网吗？\n\n韩磊：能。"
    assert [c.quote for c in _found(text)] == ["能。"]
    # A yes to a question about the present, or to a statement, is no forecast.
    for text in (
        "记者：您现在是在深圳工作吗？\n\n韩磊：对。",
        "记者：你们去年亏了两个亿。\n\n韩磊：没错。",
        "记者：听说您年轻时当过兵？\n\n韩磊：是的，当了五年。",
    ):
        assert _found(text) == [], text


def test_even_odds_in_a_word_answer_the_embedded_question_before_them() -> None:
    # ……能不能……，我觉得是五五开 / 我看一半一半: the odds of the question just put, one claim with it.
    for text, date in (
        ("明年能不能拿到亚冠资格，我觉得是五五开。", datetime.date(2027, 12, 31)),
        ("年内会不会再降准，我看一半一半。", datetime.date(2026, 12, 31)),
    ):
        found = _found(text)
        assert [(c.quote, c.resolve_on, c.probability) for c in found] == [(text, date, 0.5)]
    # After a claim of its own, the odds go with that claim.
    text = "这支球队明年会进四强，我觉得是五五开。"
    assert [(c.quote, c.probability) for c in _found(text)] == [(text, 0.5)]


def test_impossible_as_a_predicate_is_a_forecast() -> None:
    # 是不可能的 / 是不太可能的 / 是很可能的 end a clause; 可能的 before a noun is a modifier.
    forecasts = (
        "但今年就扭亏为盈是不可能的。",
        "他认为，明年油价回到一百美元是不太可能的。",
        "我觉得，两家银行年内合并是很可能的。",
    )
    assert _offered(forecasts) == list(forecasts)
    modifiers = (
        "我们要提前防范可能的风险。",
        "会上讨论了各种可能的方案。",
    )
    assert _offered(modifiers) == []


# --- plans and calendars ----------------------------------------------------------------------------------------


def test_building_or_opening_a_site_is_the_builders_plan() -> None:
    # 将在……新建/兴建/扩建, 将启用: whoever names the builder, its own works are a plan, not an outcome.
    plans = (
        "远航物流明年将在华中地区新建四座分拣中心，总投资约30亿元。",
        "据介绍，该集团今年将在越南和泰国各兴建一座工厂。",
        "市图书馆今年秋季将启用新的少儿阅览区。",
        "本院下半年将扩建两栋住院楼。",
        "邵峰同时透露，公司今年不会再扩产。",
    )
    assert _offered(plans) == []
    # A completion hoped for, or what the new sites will bring, is an outcome.
    outcomes = (
        "他认为，这座跨海大桥有望在2029年前建成通车。",
        "他预计，明年新建的充电站会有一半在县城。",
    )
    assert _offered(outcomes) == list(outcomes)


def test_where_an_event_is_held_or_how_far_it_has_gone_is_its_calendar() -> None:
    # 在……开场/开幕/闭幕: an event's venue and time; 会接近尾声 / 会落下帷幕 is said of a noun in 会 (订货会, 运动会).
    calendar = (
        "10:30 秋季订货会在市会展中心开场。",
        "下午四点，校运动会接近尾声。",
        "本届交易会将在滨江国际会展中心开幕。",
        "晚上八点，读书会落下帷幕。",
    )
    assert _offered(calendar) == []
    assert _offered(("我判断，这轮降温会在周末结束。",)) == ["我判断，这轮降温会在周末结束。"]


def test_what_a_meeting_or_a_policy_document_sets_out_is_a_plan() -> None:
    # 会议提出，……要……; 工作报告强调，……; 规划明确，…… govern the sentence after them.
    plans = (
        "会议提出，今年要着力扩大有效投资和居民消费。",
        "省政府工作报告强调，要加快推进城中村改造。",
        "常务会议部署，下半年要抓好秋粮收购。",
    )
    assert _offered(plans) == []
    # A named economist's view of the same policy is a forecast.
    forecasts = ("孙立认为，今年财政政策会更加积极，赤字率可能提高到4%。",)
    assert _offered(forecasts) == list(forecasts)


def test_xin_before_a_launch_verb_makes_a_modifier_not_a_timetable() -> None:
    # 新上线的 / 新开业的 / 新投产的 name things; 将于……上线 and 重新上线 are timetables.
    forecasts = (
        "我判断，三年内新上线的网剧里会有一半是竖屏短剧。",
        "他预计，明年新开业的酒店会比今年少两成。",
    )
    assert _offered(forecasts) == list(forecasts)
    timetables = (
        "这款应用将于下月重新上线。",
        "新版系统将于4月上线。",
    )
    assert _offered(timetables) == []


def test_a_forecast_said_years_ago_is_recalled_not_made() -> None:
    # 两年前，我在……上说，…… / 三年前我在年会上说，…… / 我曾在……表示，……: said then, not on the said-on date.
    recalled = (
        "三年前，我在这个峰会上说，无人配送会像外卖一样普及。",
        "五年前我在股东大会上说，光伏组件的价格会降到一块钱以下。",
        "我曾在行业年会上表示，县城影院会在三年内关掉一半。",
    )
    assert _offered(recalled) == []
    # A time ahead before the speaker, and the surname 曾, are not.
    forecasts = (
        "两年后，我认为县城的二手房价格会回升。",
        "曾文涛表示，明年县城影院会关掉一成。",
    )
    assert _offered(forecasts) == list(forecasts)


def test_a_stance_or_an_answer_put_off_is_no_forecast() -> None:
    # 对……谨慎/乐观/悲观 is an attitude; 等……再谈 puts the question off; 说不好 declines. A claim after them stays.
    stances = (
        "我们对今年下半年的消费比较谨慎。",
        "不过，多数酒企对中秋旺季依然乐观。",
        "转会的事等联赛结束以后再谈。",
        "能不能进决赛，我说不好。",
    )
    assert _offered(stances) == []
    text = "他对明年的二手房价格比较悲观，预计还会下跌一成。"
    assert [c.quote for c in _found(text)] == ["预计还会下跌一成。"]


def test_a_months_end_without_its_year_and_without_a_marker_reports_the_past() -> None:
    # M月末/M月底 with no year and no marker of the future: the month just ended, like a bare quarter.
    said = datetime.date(2026, 12, 12)
    for text in (
        "11月末全国居民存款余额同比增长7.6%，增速比上月低0.2个百分点。",
        "10月底全市新能源汽车保有量为41万辆，比年初增加9万辆。",
    ):
        assert _found(text, said) == [], text
    # With a marker, or 到 before it, it is a time ahead.
    _dates(
        {
            "他预计，6月底生猪价格会回到每公斤16元。": datetime.date(2027, 6, 30),
            "到3月底，全市的充电桩数量预计超过八万个。": datetime.date(2027, 3, 31),
        },
        said_on=said,
    )


def test_the_year_to_date_is_the_past() -> None:
    # 年内累计 / 年内已 sum up the year so far; with a marker after it, 年内 is still the year's end.
    said = datetime.date(2026, 9, 18)
    for text in (
        "沪铜期货周四收涨2%，年内累计涨幅接近四成。",
        "年内已有五家城商行下调了存款利率。",
    ):
        assert _found(text, said) == [], text
    _dates({"他预计，年内累计涨幅会超过四成。": datetime.date(2026, 12, 31)}, said_on=said)


def test_jiang_before_a_level_someone_sets_is_ba_not_will() -> None:
    # 将 + its object + 提升至/下调至/预降至: someone sets the level (把), an act, not a forecast.
    acts = (
        "市应急管理局18日将防汛应急响应提升至Ⅲ级。",
        "水库管理处已提前将库区水位预降至汛限水位以下。",
        "这家银行昨天将一年期存款利率下调至1.2%。",
    )
    assert _offered(acts) == []
    # "Will rise from … to …", "will rise within two years to …" and a forecast revised are forecasts.
    forecasts = (
        "他认为，三年内县域快递的占比将从现在的三成提升到一半。",
        "他判断，返乡创业的比例将在两年内提高到两成。",
    )
    assert _offered(forecasts) == list(forecasts)


# --- what a candidate is made of ---------------------------------------------------------------------------------


def test_who_judges_and_when_with_nothing_judged_is_no_candidate() -> None:
    # 我的判断是，到2030年，（a plan）/ X表示，到2027年底，（a plan）: the frame and the date are left with no claim.
    for text in (
        "我的判断是，到2031年，全区的老旧小区会完成加装电梯的改造。",
        "市住建局表示，到2027年底，全市将新建保障性住房三万套。",
    ):
        assert [c.quote for c in _found(text)] == [], text
    # With a claim after them, they frame it.
    text = "我的判断是，到2031年，县城的房价会比现在低两成。"
    assert [c.quote for c in _found(text)] == [text]


def test_a_live_blog_time_stamp_is_no_part_of_the_entry() -> None:
    # 16:55 对于……，X坦言：“……” is a topic and a speaker; 09:30 ……会…… is read as the entry alone.
    text = "16:55 对于下半年的出口形势，韦林坦言：“压力不小，订单恐怕还会减少。”"
    assert [c.quote for c in _found(text)] == ["压力不小，订单恐怕还会减少。"]
    text = "09:30 韦林预计，明年的外贸订单会比今年少一成。"
    assert [c.resolve_on for c in _found(text)] == [datetime.date(2027, 12, 31)]
    # 16:20 stays one time, not two clauses.
    text = "14:20 会场里的人越来越多。"
    assert _found(text) == []


def test_these_sentences_are_not_copied_from_the_corpus_or_the_batches() -> None:
    """No 12-character stretch of a Chinese sentence above appears in a corpus or batch text."""
    assert copied_from_labelled_texts(__file__, read_up_to="m") == []
