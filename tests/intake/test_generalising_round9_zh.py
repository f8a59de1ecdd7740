"""Rules of issue 12's ninth round for Chinese: kinds of forecasting language that the batches j_ and k_ (two
independent hands, unseen when they were written) showed missing or mistaken, kept only where the form is general —
a word read as the word it is, a grammatical cue, a structural reading — and each held on sentences written for it
(several phrasings, and the look-alikes it must leave alone).

Each test is written in its own words, not copied from any corpus or held-out text.
"""

from __future__ import annotations

import datetime

from predictions.intake import Candidate, find_forecasts
from tests.intake.helpers import copied_from_labelled_texts

SAID = datetime.date(2026, 3, 10)  # a Tuesday


def _found(text: str) -> list[Candidate]:
    return find_forecasts(text, language="zh-Hans", said_on=SAID)


def _offered(texts: tuple[str, ...]) -> list[str]:
    """The texts of ``texts`` in which the extractor offers any candidate."""
    return [text for text in texts if _found(text)]


def test_a_word_that_only_contains_a_plan_word_is_no_plan() -> None:
    # 拟 inside 虚拟 / 模拟, and 计划 as the figure planned (超过计划, 计划的两倍), announce nothing.
    forecasts = (
        "周文涛预计，三年内用虚拟身份开户的骗局会翻一番。",
        "她判断，模拟驾驶培训的报名人数今年会明显增加。",
        "我估计今年的订单会超过年初计划的一倍半。",
        "陈晓认为，明年的出口量将高于计划数。",
    )
    assert _offered(forecasts) == list(forecasts)
    plans = (
        "公司拟于下月发行可转债。",
        "该区计划在年底前新建两所小学。",
        "学校打算明年扩招三百人。",
    )
    assert _offered(plans) == []


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


def test_advice_a_stance_and_ones_own_handling_are_no_forecasts() -> None:
    none = (
        # An imperative is advice.
        "不要在年底前急着换车，新车型上市后价格会更低。",
        "大家千万别在高位追涨，后面很可能会回调。",
        # A stance on what comes: 将根据……情况……
        "航空公司表示，将根据客流变化适时增减航班。",
        "几家钢厂称，会视订单情况安排检修。",
        # What the speaker will do to a thing (把).
        "我们一定会把每一笔补贴都用在实处。",
        "下半年会把老仓库改造成直播基地。",
    )
    assert _offered(none) == []
    # A third party doing something to a thing is a forecast.
    forecasts = ("韦强认为，厂商明年会把涨价压力转给经销商。",)
    assert _offered(forecasts) == list(forecasts)


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


def test_an_unnamed_person_or_study_is_no_speaker() -> None:
    unnamed = (
        "一位在夜市摆了八年摊的摊主说，明年摊位费肯定会涨。",
        "一名跑了十年长途的货车司机表示，油价下半年还会上涨。",
        "某咨询公司去年的测算显示，该市场规模或达千亿元。",
    )
    assert _offered(unnamed) == []
    named = ("摊主王海说，明年摊位费肯定会涨。",)
    assert _offered(named) == list(named)


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


def test_an_estimate_of_a_year_already_over_is_no_forecast() -> None:
    # Said in March 2026: 2025 is over, its 预计 is an estimate of the past.
    assert _offered(("2025年，全县农业产值预计完成312亿元，增长3.4%。",)) == []
    # A year compared with, or one naming a noun, does not date the claim.
    forecasts = (
        "他预计，今年的客流将比2025年增长两成。",
        "她说，2021年那样的暴涨行情很难再出现。",
    )
    assert _offered(forecasts) == list(forecasts)


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


def test_a_body_or_a_province_doing_its_own_work_is_a_plan() -> None:
    plans = (
        "他同时表示，商会将继续推动会员企业抱团出海。",
        "到2028年，全省将新建、改扩建乡镇卫生院300所左右。",
        "我们下个月会派两名技术人员去山东学习。",
        "我校今年将新开两个人工智能专业。",
    )
    assert _offered(plans) == []
    # What is counted in the province, and another party's move, are outcomes.
    forecasts = (
        "他预计，全省新能源汽车销量今年将继续扩大。",
        "他认为，商会会员企业明年的出口额会明显回升。",
    )
    assert _offered(forecasts) == list(forecasts)


def test_views_nobody_names_and_a_view_named_as_the_topic_are_no_forecasts() -> None:
    none = (
        # Someone's view named as the topic.
        "对于“无人驾驶会让网约车司机失业”的担心，",
        "针对外界关于银行明年会大面积降薪的猜测，",
        # The trade in general, where they are, or platforms not named.
        "业内人士分析，今后一段时间冻品价格将维持低位。",
        "网上有声音认为，明年房租会全面下跌。",
        "几家外卖平台预测“夜宵经济”将迎来新一轮增长。",
    )
    assert _offered(none) == []
    named = ("美团研究院分析师何亮预测，夜宵订单今年将增长两成。",)
    assert _offered(named) == list(named)


def test_not_being_able_to_predict_precisely_is_no_forecast() -> None:
    none = (
        "这也说明，深海探测的进度很难精确预测。",
        "说实话，明年的行情很难准确判断。",
    )
    assert _offered(none) == []
    # Hard to happen is a forecast.
    assert _offered(("包立新认为，明年海运价格很难回到高位。",)) == ["包立新认为，明年海运价格很难回到高位。"]


def test_a_programme_a_vow_planning_and_a_fixture_are_no_forecasts() -> None:
    none = (
        # A programme announced for "by then".
        "届时将新增停车位两千个。",
        # A vow of how one will act.
        "我们一定会以更实的作风，把民生实事办好！",
        "我们必将继续坚持稳中求进。",
        # Planning itself.
        "全会研究部署明年经济工作。",
        # A fixture.
        "下周六，青岛西海岸将在主场迎战成都蓉城。",
    )
    assert _offered(none) == []
    # A pace a plan is carried out at is an outcome (部署 as a noun).
    forecasts = ("彭飞认为，明年卫星组网的部署速度会明显加快。",)
    assert _offered(forecasts) == list(forecasts)


def test_a_body_or_a_session_named_with_hui_is_no_will() -> None:
    # 联席会 is a body and 两会 a session, not 会 "will".
    assert _offered(("汽车流通协会联席会秘书长任刚在接受采访时则更为谨慎。", "两会专访｜全国政协委员杜娟")) == []


def test_a_stretch_up_to_now_is_the_past() -> None:
    past = (
        "新规实施两个多月来，各地电动车上牌量明显回升。",
        "这一数字为今年入夏以来最高。",
    )
    assert _offered(past) == []
    # … but as the reason given for a claim it goes with it.
    text = "孔令华表示，由于去年以来玉米种植面积持续扩大，今年秋粮产量将同比增加3%左右。"
    assert [c.quote for c in _found(text)] == [text]


def test_these_sentences_are_not_copied_from_the_corpus_or_the_batches() -> None:
    """No 12-character stretch of a Chinese sentence above appears in a corpus or batch text."""
    assert [s for s in copied_from_labelled_texts(__file__) if not s.isascii()] == []
