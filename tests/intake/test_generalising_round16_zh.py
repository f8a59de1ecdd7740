"""Rules of the sixteenth round, Chinese: kinds of sentences the batches aa_ … ac_ showed missed or dated wrongly,
kept to the forms any writer uses.

Each test is written in its own words, not copied from any corpus or held-out text (the last test checks it); each
form has several phrasings and the look-alikes its rule must leave alone.
"""

from __future__ import annotations

import datetime

from predictions.intake import find_forecasts
from predictions.intake.markers_zh import read
from tests.intake.helpers import Reader, copied_from_labelled_texts

SAID = datetime.date(2026, 4, 15)
READ = Reader("zh-Hans", SAID)


# --- 会 after a noun that ends in 体 ---------------------------------------------------------------------------------
def test_hui_after_a_noun_ending_in_ti_is_will() -> None:
    for text in (
        "周岚表示，智能体会逐步接管客服中心的大部分工作。",
        "周岚认为，明年行业整体会有所回暖。",
        "周岚说，这件事媒体会持续关注。",
        "周岚预计，经济体会在下半年重新加息。",
    ):
        assert READ.quotes(text) != [], text


def test_tihui_the_verb_is_no_forecast() -> None:
    for text in (
        "周岚说，这次下乡调研让她深有体会。",
        "周岚表示，团队成员都体会到了转型的艰难。",
        "周岚说，这些年的变化，她体会得最深。",
    ):
        assert READ.quotes(text) == [], text


# --- 料 "expects" before 于 / 在 and the day or level expected ---------------------------------------------------
def test_liao_before_yu_or_zai_is_expects() -> None:
    assert READ.dates("省气象台：强冷空气料于20日抵达北部山区") == [datetime.date(2026, 4, 20)]
    assert READ.dates("吴涛表示，今年粮食进口量料在1.5亿吨左右。") == [datetime.date(2026, 12, 31)]
    assert READ.quotes("吴涛表示，二季度钢价料在每吨3500元上下徘徊。") != []


def test_liao_as_a_noun_before_yu_is_no_forecast() -> None:
    for text in (
        "吴涛表示，这批木料于上周运抵码头。",
        "吴涛说，首批原料于3月运进新厂。",
        "吴涛介绍，相关资料在5日已经报送主管部门。",
    ):
        assert READ.quotes(text) == [], text


# --- odds of an outcome named in the odds' own clause ---------------------------------------------------------------
def test_odds_the_speaker_gives_an_outcome_it_names_are_a_claim_of_their_own() -> None:
    text = "我的判断：青岩队会以两分优势保级，我给他们保级的把握是六成；白沙队出线的机会在两成左右。"
    found = find_forecasts(text, language="zh-Hans", said_on=SAID)
    assert [(c.quote, c.probability) for c in found] == [
        ("青岩队会以两分优势保级", None),
        ("我给他们保级的把握是六成", 0.6),
        ("白沙队出线的机会在两成左右。", 0.2),
    ]


def test_chance_after_the_outcome_it_measures_has_its_number() -> None:
    for text, odds in (
        ("解说员马立认为，东港队夺冠的机会只有三成。", 0.3),
        ("马立说，这位老将卫冕机会大约在四成。", 0.4),
        ("马立判断，现任市长连任的机会为百分之六十。", 0.6),
    ):
        assert [c.probability for c in find_forecasts(text, language="zh-Hans", said_on=SAID)] == [odds], text


def test_openings_are_not_chances() -> None:
    for text in (
        "马立说，今年本地就业机会增加了两成。",
        "马立表示，新区的投资机会有三成来自外资。",
    ):
        assert [c.probability for c in find_forecasts(text, language="zh-Hans", said_on=SAID)] in ([], [None]), text


# --- a day of the said-on month still to come, without a lead ---------------------------------------------------
def test_a_day_ahead_in_the_month_is_its_date() -> None:
    assert READ.dates("气象台首席预报员林峰说，冷空气预计18日夜间影响本市。") == [datetime.date(2026, 4, 18)]
    assert READ.dates("林峰说：“22日河道水位将回落到警戒线以下。”") == [datetime.date(2026, 4, 22)]
    assert READ.dates("林峰表示，25日前江面大风天气仍可能持续。") == [datetime.date(2026, 4, 25)]


def test_a_day_gone_or_a_count_of_days_is_no_date() -> None:
    assert READ.dates("林峰12日表示，沿江城市的降水可能偏多。") == [None]
    assert READ.dates("林峰28日对记者说，沿江城市的降水可能偏多。") == [None]  # the day of saying, whatever said-on
    assert READ.dates("林峰表示，30日内江面大风天气仍可能持续。") != [datetime.date(2026, 4, 30)]
    assert READ.dates("林峰说，17日夜间至19日，全市将有一次明显降雨。") == [datetime.date(2026, 4, 19)]
    # 截至 is "as of": a count taken then, not a time ahead.
    assert READ.quotes("截至20日18时，全市已有300艘渔船回港。") == []


# --- 能 "can" with a date still to come ---------------------------------------------------------------------------
def test_neng_with_a_date_ahead_is_a_claim() -> None:
    for text in (
        "物流公司副总裁韩松表示，运力“最晚明年二季度就能补齐”。",
        "韩松说，2028年能看到第一批固态电池装车。",
        "韩松认为，这条航线年内能实现满载。",
    ):
        assert READ.quotes(text) != [], text
    assert READ.dates("韩松说，2028年能看到第一批固态电池装车。") == [datetime.date(2028, 12, 31)]


def test_neng_without_a_date_ahead_or_as_a_noun_or_a_rule_is_no_claim() -> None:
    for text in (
        "韩松说，只要坚持下去，就能看到效果。",
        "韩松介绍，明年的新能源车型将由合作方负责销售。",
        "按照新规，10月1日起旧款充电器不能再出厂。",
        "韩松说，公司去年就能生产这种芯片。",
    ):
        assert READ.quotes(text) == [], text


# --- a change said to be certain ----------------------------------------------------------------------------------
def test_a_change_said_to_be_certain_is_a_forecast() -> None:
    for text in (
        "航运分析师陆遥表示，运价回落是肯定的，只是时间问题。",
        "陆遥认为，出口订单回暖的大方向是确定的。",
        "陆遥说：“入境游复苏是必然的，但今年恢复不到疫情前。”",
    ):
        assert READ.quotes(text) != [], text


def test_a_change_made_or_a_point_affirmed_is_no_forecast() -> None:
    for text in (
        "陆遥说，运价已经回落了，这是肯定的。",
        "陆遥表示，团队这些年的付出是肯定的。",
        "陆遥说，这一点是确定的。",
    ):
        assert READ.quotes(text) == [], text


# --- a time in the words around a claim that dates nothing ahead -------------------------------------------------
def test_a_claim_takes_the_date_of_the_claim_before_over_a_time_gone_by() -> None:
    text = "陆遥表示，港口3月起已对进口纸浆加收费用，预计今年纸浆进口量将减少一成，国产纸浆的份额会明显上升。"
    assert READ.dates(text, datetime.date(2026, 5, 20)) == [datetime.date(2026, 12, 31), datetime.date(2026, 12, 31)]


# --- 预计出现在 + a date is a claim, not a frame ------------------------------------------------------------------
def test_expected_to_come_at_a_date_is_a_claim_of_its_own() -> None:
    text = "站长邵宁说，游客高峰预计出现在5月1日至3日，返程高峰将持续到5月上旬。"
    assert READ.dates(text) == [datetime.date(2026, 5, 3), datetime.date(2026, 5, 10)]
    text = "邵宁表示，用电负荷峰值预计出现在7月下旬，迎峰度夏压力会延续到8月中旬。"
    assert READ.dates(text) == [datetime.date(2026, 7, 31), datetime.date(2026, 8, 20)]


def test_who_expects_and_when_still_frames_the_claim_after_it() -> None:
    assert len(READ.quotes("邵宁说，我们预计5月1日至5日假期期间，景区客流会比去年多两成。")) == 1


# --- the span a view looks across: 五到十年看， ----------------------------------------------------------------------
def test_a_span_looked_across_dates_the_claim_at_its_end() -> None:
    assert READ.dates("院长杜衡说：“三到五年看，县城的门诊量会明显下降。”") == [datetime.date(2031, 4, 15)]
    assert READ.dates("杜衡认为，十年看，本地的出生人口还会继续减少。") == [datetime.date(2036, 4, 15)]


def test_the_years_gone_looked_across_date_nothing() -> None:
    assert READ.dates("杜衡说：“从近三年来看，县城的门诊量会明显下降。”") == [None]
    assert READ.dates("杜衡说：“三年来看，门诊量一直在下降，明年会更低。”") == [datetime.date(2027, 12, 31)]


# --- "this is unlikely:" before its reason, said of a claim just reported -----------------------------------------
def test_unlikely_before_its_reason_rejects_the_claim_before_with_its_date() -> None:
    text = "有网友担心，明年本市房租会大涨。研究员秦川表示，这种可能性很小：新增的保租房明年集中入市。"
    found = find_forecasts(text, language="zh-Hans", said_on=SAID)
    assert found[0].quote.startswith("研究员秦川表示，这种可能性很小")
    assert found[0].resolve_on == datetime.date(2027, 12, 31)
    text = "有人担心年内会再次停电。秦川说，这种可能性不大：“电网已经完成了改造。”"
    assert READ.dates(text) == [datetime.date(2026, 12, 31)]
    assert READ.dates("有人担心年内会再次停电。秦川说，这种情况不会出现。") == [datetime.date(2026, 12, 31)]


def test_a_speaker_label_or_a_question_frame_before_a_colon_is_no_claim() -> None:
    assert READ.quotes("同学们可能会问：明年的就业形势怎么样？") == []
    assert read("秦川：").attribution


# --- 十有八九 "nine times out of ten" and 难以转正 "unlikely to turn positive" ----------------------------------
def test_nine_in_ten_is_a_hedged_forecast() -> None:
    assert READ.quotes("评论员方舟认为，十有八九还是老牌强队拿走总冠军。") != []
    assert READ.quotes("方舟说：“这场雨十有八九要下到周末。”") != []


def test_unlikely_to_turn_positive_is_a_claim_of_its_own() -> None:
    text = "经济学家方舟认为，今年下半年出口会有所改善，但民间投资难以转正。"
    assert READ.dates(text) == [datetime.date(2026, 12, 31), datetime.date(2026, 12, 31)]
    assert READ.quotes("方舟说，不少实习生难以转正。") == []


def test_these_sentences_are_not_copied_from_the_corpus_or_the_batches() -> None:
    """No 12-character stretch of a Chinese sentence above appears in a corpus or batch text up to ac_."""
    assert [s for s in copied_from_labelled_texts(__file__, read_up_to="ac", english=40) if not s.isascii()] == []
