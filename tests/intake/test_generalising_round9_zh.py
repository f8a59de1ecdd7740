"""Rules of issue 12's ninth round for Chinese: kinds of forecasting language that the batches j_ and k_ (two
independent hands, unseen when they were written) showed missing or mistaken, kept only where the form is general —
a word read as the word it is, a grammatical cue, a structural reading — and each held on sentences written for it
(several phrasings, and the look-alikes it must leave alone).

Each test is written in its own words, not copied from any corpus or held-out text.
"""

from __future__ import annotations

import datetime

from predictions.intake import Candidate, find_forecasts
from tests.intake.helpers import copied_from_labelled_texts, offered_in

SAID = datetime.date(2026, 3, 10)  # a Tuesday


def _found(text: str) -> list[Candidate]:
    return find_forecasts(text, language="zh-Hans", said_on=SAID)


def _offered(texts: tuple[str, ...]) -> list[str]:
    return offered_in(texts, language="zh-Hans", said_on=SAID)


def test_an_indefinite_question_word_asks_nothing() -> None:
    # 什么都不 / 哪儿都不 / 怎么也 are "nothing", "nowhere", "in no way", not a question.
    forecasts = (
        "吴峰说，大平台不会什么都自己做。",
        "他认为，这批库存明年哪儿都卖不掉。",
        "李楠表示，这个价格怎么也不会跌破成本线。",
    )
    assert _offered(forecasts) == list(forecasts)
    questions = (
        "明年到底会发生什么？",
        "他们明年会去哪里开店，目前还不得而知。",
        "明年什么时候降息，市场分歧很大。",
    )
    assert _offered(questions) == []


def test_the_present_plan_followed_as_it_is_keeps_the_forecast() -> None:
    # 按照目前的……计划 is the status quo going on; a plan named at the head still governs its sentence.
    forecasts = (
        "按照目前的偿还计划，这家县城投的负债率将在2028年降到六成以下。",
        "按现行的排产计划，今年全厂的产量会比去年多出一成。",
    )
    assert _offered(forecasts) == list(forecasts)
    found = _found(forecasts[0])
    assert [c.resolve_on for c in found] == [datetime.date(2028, 12, 31)]
    plans = (
        "根据规划，新区将在明年建成三座污水处理厂。",
        "按照部署，全市今年将完成两千台老旧电梯的更新。",
    )
    assert _offered(plans) == []


def test_a_party_counted_out_makes_an_outcome_not_a_timetable() -> None:
    # 会有两三个省份推出……: what some parties (not the speaker) will do.
    forecasts = (
        "他判断，明年至少会有两三个城市出台类似的补贴办法。",
        "孙蕾认为，年内会有更多学校开设人工智能课程。",
        "我看今年会有五六家医院推出夜间门诊。",
    )
    assert _offered(forecasts) == list(forecasts)
    plans = (
        "市卫健委表示，今年将在五家医院推出夜间门诊。",
        "我们会在三个城市推出会员日。",
    )
    assert _offered(plans) == []


def test_a_negated_potential_complement_is_a_forecast() -> None:
    # 回不到 / 达不到 / 涨不上去 / 撑不住: "will not be able to".
    forecasts = (
        "她说，今年的客单价回不到疫情前的水平。",
        "我看明年利润率达不到两位数。",
        "赵刚认为，棉价短期内涨不上去。",
        "这样下去，小作坊年底前就撑不住了。",
    )
    assert _offered(forecasts) == list(forecasts)
    found = _found(forecasts[0])
    assert [c.resolve_on for c in found] == [datetime.date(2026, 12, 31)]
    # What could not be done back then is a fact.
    assert _offered(("当时回不去老家，只好留在工地过年。",)) == []


def test_what_can_be_hoped_for_at_best_is_a_forecast() -> None:
    # 能……就不错了 / 就算好的了: the speaker's ceiling on what will happen.
    forecasts = (
        "刘佳说，今年旺季的入住率能回到七成就不错了。",
        "我看明年出口能守住今年的规模就算不错了。",
        "五年后这些小镇能留下一半的民宿就很好了。",
    )
    assert _offered(forecasts) == list(forecasts)
    # A present judgement of what already is.
    assert _offered(("这家店能开到现在已经很了不起。",)) == []


def test_the_likelier_outcome_named_is_hedged() -> None:
    forecasts = (
        "邓超认为，更可能的是几家城商行先合并后上市。",
        "孟琳说，最可能的情况是油价在区间里来回震荡。",
    )
    assert _offered(forecasts) == list(forecasts)
    # 可能的 as an adjective of a noun in a present fact.
    assert _offered(("专家组已经排查了所有可能的风险点。",)) == []


def test_it_will_take_time_yet_to_reach_a_stated_point() -> None:
    forecasts = (
        "韩梅说，要恢复到疫情前的客流还需要时间。",
        "高远认为，想把成本降到同行的水平尚需时日。",
    )
    assert _offered(forecasts) == list(forecasts)
    # A plain 仍需时间 of the present, with no point to reach, is a judgement of now.
    assert _offered(("我们认为，产能消化仍需时间。",)) == []


def test_a_short_denial_is_a_claim_of_its_own() -> None:
    # 短期内不会变 says as much as a long claim, beside another claim in its sentence.
    found = _found("邵峰：短期内不会变，地方财政的出资比例还会继续提高。")
    assert [c.quote for c in found] == ["短期内不会变", "地方财政的出资比例还会继续提高。"]


def test_the_size_of_a_change_goes_with_the_change() -> None:
    # ……会下降，降幅可能在一成左右: one claim, not two.
    found = _found("蒋涛预计，今年二手车的成交价还会下降，降幅可能在一成左右。")
    assert len(found) == 1 and found[0].resolve_on == datetime.date(2026, 12, 31)
    found = _found("宋宁说，春节后钢价会小幅回落，跌幅大概在5%以内。")
    assert len(found) == 1
    # A level with its own scope or verb is a claim of its own.
    found = _found("邹敏说，明年金价会继续上涨，全年涨幅大概在一成左右。")
    assert len(found) == 2


def test_a_trend_from_a_date_on_is_an_outcome() -> None:
    # 从明年开始会慢慢下降: the time a change begins, not an arrangement that starts.
    forecasts = (
        "卢杰判断，从明年开始，县城的新生儿数量会逐步减少。",
        "她说，景区游客量自下个月起将明显回升。",
    )
    assert _offered(forecasts) == list(forecasts)
    arrangements = (
        "从明年1月起，全市公交将实施新的票价。",
        "公司将从下月起为外卖骑手缴纳社保。",
    )
    assert _offered(arrangements) == []


def test_a_condition_that_nothing_changes_keeps_the_forecast() -> None:
    # 如果……得不到解决 / 若……不改善: the status quo goes on.
    forecasts = (
        "他提醒，如果拖欠工资的问题得不到解决，今年的返岗率会明显下降。",
        "俞洁认为，若消费信心不改善，下半年零售额可能继续走弱。",
    )
    assert _offered(forecasts) == list(forecasts)
    # A condition on a change makes a hypothetical.
    hypothetical = (
        "他说，如果补贴政策能落到实处，今年的销量会增长。",
        "俞洁认为，若明年再次出现大范围干旱，粮价可能大涨。",
    )
    assert _offered(hypothetical) == []


def test_a_reported_view_of_a_time_ahead_needs_no_marker() -> None:
    # 他认为，短期内……影响不大: a view of a time ahead, with no date a ledger can check.
    forecasts = (
        "吕航认为，关税调整短期内对国内油价影响不大。",
        "石琳表示，今后几年县域商业的增速仍然高于城市。",
    )
    assert _offered(forecasts) == list(forecasts)
    # 未来 the noun, and a view of now.
    none = (
        "今天我想跟大家聊聊未来。",
        "协会不对未来的价格走势发表看法。",
        "吕航认为，目前关税调整对国内油价影响不大。",
    )
    assert _offered(none) == []


def test_this_round_names_a_subject_of_its_own() -> None:
    found = _found("孔亮：我判断，靠低价揽客的小店撑不过明年，这一轮可能有三成的小店转让。")
    assert len(found) == 2


def test_doubt_on_another_partys_arrangement_makes_a_guess() -> None:
    forecasts = (
        "他判断，周边几个市很可能会跟进举办类似的龙舟赛。",
        "葛宇认为，其他车企恐怕也会陆续发布同类车型。",
    )
    assert _offered(forecasts) == list(forecasts)
    plans = (
        "我们可能会在五月举办一场用户大会。",
        "龙舟赛将于端午节当天在滨江举行。",
    )
    assert _offered(plans) == []


def test_a_completion_that_names_a_noun_is_no_timetable() -> None:
    forecasts = ("本省今年投产的几座风电场，至少会带来五千个运维岗位。",)
    assert _offered(forecasts) == list(forecasts)
    assert [c.quote for c in _found(forecasts[0])] == [forecasts[0]]
    assert _offered(("该项目明年投产。",)) == []


def test_before_next_year_is_the_end_of_this_year() -> None:
    # 明年之前 / 明年以前 is "before next year", as YEAR年之前 is "before YEAR"; 明年底之前 and 明年前 stay next year's.
    cases = {
        "柏松认为，明年之前航线运力难以恢复。": datetime.date(2026, 12, 31),
        "柏松认为，明年以前铜价不会跌回八千美元。": datetime.date(2026, 12, 31),
        "柏松认为，明年底之前新港区会满负荷运转。": datetime.date(2027, 12, 31),
        "柏松认为，明年前县里的快递网点会翻一番。": datetime.date(2027, 12, 31),
    }
    assert {text: [c.resolve_on for c in _found(text)] for text in cases} == {
        text: [date] for text, date in cases.items()
    }


def test_an_expectation_framed_after_a_plan_is_a_forecast_of_its_own() -> None:
    # ……计划三季度投产，预计到年底，……: who expects and when, then the claim — not more of the plan.
    text = "厂长汪洋表示，二号车间将于今年10月投产，预计到明年年底，外地订单将占全厂产量的一半以上。"
    found = _found(text)
    assert [(c.quote, c.resolve_on) for c in found] == [
        ("预计到明年年底，外地订单将占全厂产量的一半以上。", datetime.date(2027, 12, 31))
    ]
    # More of the plan stays the plan.
    assert _offered(("这家药企的股票将于周一开市起临时停牌，预计复牌不晚于下周五。",)) == []


def test_jiang_bi_is_will_be_more_than() -> None:
    # 将比 "will be …-er than"; 将比赛 / 将……比作 are no "will".
    forecasts = ("他表示，氢能重卡将比纯电重卡更晚实现盈亏平衡。", "倪红认为，今年的秋粮价格将比去年低一些。")
    assert _offered(forecasts) == list(forecasts)
    assert _offered(("组委会将比赛推迟到周日下午。", "作者将城市比作一台精密的机器。")) == []


def test_not_until_with_its_verb_between() -> None:
    # 要拖到 / 要留到 / 要推迟到 like 要到: "not until".
    forecasts = ("我判断，降雨要拖到下旬才会结束。", "我看悬念要留到最后两轮。")
    assert _offered(forecasts) == list(forecasts)


def test_these_few_name_a_subject_of_their_own() -> None:
    # ……，这几家/这几个…… is a new claim, not the one before going on; 这 alone refers back.
    found = _found("我认为两年内冲击最大的是收银和仓储，这几个工种的用工量可能会减少两成。")
    assert len(found) == 2
    found = _found("我认为明年保费会上涨一成，这一点我有七成把握。")
    assert len(found) == 1


def test_a_headlines_bare_analyst_stands_for_the_one_the_body_names() -> None:
    # 分析师预计 in a headline's second part is the analyst quoted below it; institutions in general stay unnamed.
    found = _found("集采结果本周公布 分析师预计骨科耗材降幅收窄\n\n本报讯 中信建投分析师罗宁预计，骨科耗材降幅将收窄。")
    assert found and found[0].quote == "集采结果本周公布 分析师预计骨科耗材降幅收窄"
    assert _offered(("集采结果本周公布 多家机构预计骨科耗材降幅收窄",)) == []


def test_a_rate_named_predetermined_is_no_timetable() -> None:
    # 预定利率 is a rate; 预定于 is a timetable.
    forecasts = ("他预计，年内寿险产品的预定利率还会再降一次。",)
    assert _offered(forecasts) == list(forecasts)
    assert _offered(("新航站楼预定于明年五月启用。",)) == []


def test_a_reason_said_last_goes_with_its_claim() -> None:
    # ……会比较难，需求已经被透支了。: what already happened, said last, is the claim's reason.
    text = "祁峰：但明年一季度的订单会很少，客户去年底已经集中备过货了。"
    assert [c.quote for c in _found(text)] == ["明年一季度的订单会很少，客户去年底已经集中备过货了。"]
    # A fact said first is no part of the claim after it.
    text = "祁峰：客户去年底已经集中备过货了，明年一季度的订单会很少。"
    assert [c.quote for c in _found(text)] == ["明年一季度的订单会很少。"]


def test_a_peak_that_will_come_is_no_summit() -> None:
    # 高峰会出现 "the peak will come"; 峰会 alone is a summit.
    forecasts = ("我判断这波客流高峰会出现在清明假期。", "韦东认为，用电峰值会提前到来。")
    assert _offered(forecasts) == list(forecasts)
    assert _offered(("全球数字贸易峰会将于下月在宁波举行。",)) == []


def test_new_years_day_is_a_day() -> None:
    # 元旦前后 → the next 1 January (前后 approximates); 元旦前 → the day before; 元旦假期 is a holiday, no day.
    cases = {
        "我判断这轮降温会持续到元旦前后。": datetime.date(2027, 1, 1),
        "他预计，元旦前猪肉价格会小幅回落。": datetime.date(2026, 12, 31),
    }
    assert {text: [c.resolve_on for c in _found(text)] for text in cases} == {
        text: [date] for text, date in cases.items()
    }
    assert [c.resolve_on for c in _found("他预计，元旦假期的客流会增长两成。")] == [None]


def test_a_series_opened_by_an_expectation_shares_it() -> None:
    # 预计A将……，B……达到高峰，C与去年相当: the dated clauses after 预计 are its forecasts too; a year compared with
    # (与去年相当, 比去年同期) is not the claim's time.
    text = "汪涛：预计今年诺如病毒的流行将从10月下旬开始，12月中旬至明年1月中旬进入高发期，强度与去年相当。"
    found = _found(text)
    assert [c.resolve_on for c in found] == [datetime.date(2026, 10, 31), datetime.date(2027, 1, 20)]
    # Without the expectation, a dated fact stays a fact; a quarter without its year makes no claim alone.
    assert _offered(("二季度末全县生猪存栏52万头，比去年同期下降4%。",)) == []


def test_what_data_measured_is_no_forecast() -> None:
    assert _offered(("海关数据显示，三季度末全省外贸企业数量比去年同期增加一成。",)) == []
    forecasts = ("海关数据显示，出口订单回暖，预计四季度出口增速将回升到5%以上。",)
    assert _offered(forecasts) == list(forecasts)


def test_unlikely_said_of_the_odds_is_a_forecast() -> None:
    # 概率不大 / 可能性很小 / 希望不大: a hedged "will not", often a whole answer.
    forecasts = ("他认为，年内降息的概率不大。", "吕洁说，今年再出现暴雨的可能性很小。")
    assert _offered(forecasts) == list(forecasts)
    found = _found("记者：今年冬天会下雪吗？\n\n韩梅：概率不大。")
    assert [c.quote for c in found] == ["概率不大。"]


def test_some_of_them_goes_on_with_the_claim() -> None:
    # ……会和本科持平，有的专业还会更高: a part of what was just forecast, one claim.
    found = _found("我估计再过三年，技师的工资会追上白领，有的工种甚至会更高。")
    assert len(found) == 1 and found[0].resolve_on == datetime.date(2029, 3, 10)


def test_a_named_time_that_opens_a_period_has_no_end() -> None:
    # 明年起 / 从明年开始 / 2035年以后 / 明年之后 open a period: no date; 要等到2028年以后 runs up to that year's end.
    cases = {
        "崔明认为，明年起县城的快递网点会慢慢减少。": None,
        "崔明认为，从明年开始，县城的快递网点会慢慢减少。": None,
        "崔明认为，2032年以后适龄儿童会明显减少。": None,
        "崔明预计，要等到2029年以后运价才会回升。": datetime.date(2029, 12, 31),
        "崔明认为，明年县城的快递网点会减少。": datetime.date(2027, 12, 31),
    }
    assert {text: [c.resolve_on for c in _found(text)] for text in cases} == {
        text: [date] for text, date in cases.items()
    }


def test_these_sentences_are_not_copied_from_the_corpus_or_the_batches() -> None:
    """No 12-character stretch of a Chinese sentence above appears in a corpus or batch text."""
    assert [s for s in copied_from_labelled_texts(__file__, read_up_to="k") if not s.isascii()] == []
