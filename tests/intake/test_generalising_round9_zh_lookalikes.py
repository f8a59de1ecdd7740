"""The ninth round for Chinese, its look-alikes (``test_generalising_round9_zh`` has its forecasts and says how the
round worked): plans, vows, advice, views nobody names and the past, offered as forecasts by the rules before it, and
forecasts kept out; each kind held on sentences written for it, not copied from a labelled text."""

from __future__ import annotations

import datetime

from predictions.intake import Candidate, find_forecasts
from tests.intake.helpers import copied_from_labelled_texts, offered_in

SAID = datetime.date(2026, 3, 10)  # a Tuesday


def _found(text: str) -> list[Candidate]:
    return find_forecasts(text, language="zh-Hans", said_on=SAID)


def _offered(texts: tuple[str, ...]) -> list[str]:
    return offered_in(texts, language="zh-Hans", said_on=SAID)


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


def test_an_unnamed_person_or_study_is_no_speaker() -> None:
    unnamed = (
        "一位在夜市摆了八年摊的摊主说，明年摊位费肯定会涨。",
        "一名跑了十年长途的货车司机表示，油价下半年还会上涨。",
        "某咨询公司去年的测算显示，该市场规模或达千亿元。",
    )
    assert _offered(unnamed) == []
    named = ("摊主王海说，明年摊位费肯定会涨。",)
    assert _offered(named) == list(named)


def test_an_estimate_of_a_year_already_over_is_no_forecast() -> None:
    # Said in March 2026: 2025 is over, its 预计 is an estimate of the past.
    assert _offered(("2025年，全县农业产值预计完成312亿元，增长3.4%。",)) == []
    # A year compared with, or one naming a noun, does not date the claim.
    forecasts = (
        "他预计，今年的客流将比2025年增长两成。",
        "她说，2021年那样的暴涨行情很难再出现。",
    )
    assert _offered(forecasts) == list(forecasts)


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


def test_a_quotation_after_an_unnamed_speaker_is_still_theirs() -> None:
    # 一位摊主说，……。“……会涨……”: the quotation goes on in the words of someone nobody names.
    text = (
        "一位卖了二十年水果的摊主说，铺子年底会关。“进货价肯定会涨，小本生意撑不下去。”另一位批发商称，明年果价会回落。"
    )
    assert [c.quote for c in _found(text)] == []
    # … unless its own speaker, named, follows it; and a name ending in 东 is a name.
    text = "一位果农说，今年收成不好。“明年苹果价格会涨两成。”烟台果业协会会长薛立东对记者表示。"
    assert [c.quote for c in _found(text)] == ["明年苹果价格会涨两成。"]
    assert _offered(("一家连锁超市总经理胡卫东告诉记者，明年生鲜价格会趋稳。",)) != []


def test_these_sentences_are_not_copied_from_the_corpus_or_the_batches() -> None:
    """No 12-character stretch of a Chinese sentence above appears in a corpus or batch text."""
    assert [s for s in copied_from_labelled_texts(__file__, read_up_to="k") if not s.isascii()] == []
