"""Rules of the fourteenth round, dates, odds and kind (both languages): the fields of candidates that batches x_ to z_
and t_ to w_ showed wrong, kept to forms any writer uses.

Each test is written in its own words, not copied from any corpus or held-out text (the last test checks it); each
form has several phrasings and the look-alikes its rule must leave alone.
"""

from __future__ import annotations

import datetime

from predictions.intake import find_forecasts
from predictions.intake.probabilities import find_probability
from tests.intake.helpers import copied_from_labelled_texts

SAID = datetime.date(2026, 3, 10)


def _dates(text: str, language: str, said_on: datetime.date = SAID) -> list[datetime.date | None]:
    return [c.resolve_on for c in find_forecasts(text, language=language, said_on=said_on)]


def _kinds(text: str, language: str) -> list[str | None]:
    return [c.kind for c in find_forecasts(text, language=language, said_on=SAID)]


# --- English: "before the year is out" -------------------------------------------------------------------------------
def test_before_the_year_is_out_is_this_years_end() -> None:
    for text in (
        "Ortega said she expects the ferry fares to rise again before the year is out.",
        "I think the council will approve the bridge before this year ends.",
        "We reckon the mill reopens by the time the year is over.",
    ):
        assert _dates(text, "en") == [datetime.date(2026, 12, 31)], text
    # "Before next year is out" stays next year's end.
    assert _dates("Ortega said the tram would run before next year is out.", "en") == [datetime.date(2027, 12, 31)]


# --- English: "next May" said in May --------------------------------------------------------------------------------
def test_next_month_named_in_that_month_is_a_year_on() -> None:
    in_may = datetime.date(2026, 5, 12)
    for text in (
        "Ortega said the orchard would double its harvest by next May.",
        "I expect the depot to close next May.",
    ):
        assert _dates(text, "en", in_may) == [datetime.date(2027, 5, 31)], text
    # Another month: the next one of that name, as before; "in May" said in May is still this May.
    assert _dates("Ortega said the depot would close by next July.", "en", in_may) == [datetime.date(2026, 7, 31)]
    assert _dates("Ortega said the depot would close in May.", "en", in_may) == [datetime.date(2026, 5, 31)]


# --- Chinese: 不会早于 YEAR -------------------------------------------------------------------------------------------
def test_not_earlier_than_a_year_is_before_it() -> None:
    for text in (
        "我判断，跨江隧道通车不会早于2029年。",
        "院长估计，新药上市不早于2028年。",
    ):
        year = int(text[text.index("20") : text.index("20") + 4])
        assert _dates(text, "zh-Hans") == [datetime.date(year - 1, 12, 31)], text
    # 不会晚于 is "by" that year, as 于YEAR年 was.
    assert _dates("我判断，跨江隧道通车不会晚于2029年。", "zh-Hans") == [datetime.date(2029, 12, 31)]


# --- Chinese: 明年这个时候 -------------------------------------------------------------------------------------------
def test_this_time_next_year_is_a_year_from_the_day_said() -> None:
    for text in (
        "我估计明年这个时候，园区入驻企业能过千家。",
        "主任预计，到明年此时，地铁日均客流会突破两百万人次。",
    ):
        assert _dates(text, "zh-Hans") == [datetime.date(2027, 3, 10)], text
    # 明年 alone is still next year's end.
    assert _dates("我估计明年园区入驻企业能过千家。", "zh-Hans") == [datetime.date(2027, 12, 31)]


# --- Chinese: a span of years ---------------------------------------------------------------------------------------
def test_a_span_of_years_ends_at_its_last_year() -> None:
    for text, last in (
        ("研究员预测，2027年至2029年，本地乳制品消费年均增长将保持在6%左右。", 2029),
        ("我估计2026—2028年，郊县民宿数量会翻一番。", 2028),
    ):
        assert _dates(text, "zh-Hans") == [datetime.date(last, 12, 31)], text


# --- Chinese: baselines that are no time of the claim ---------------------------------------------------------------
def test_a_quarter_or_year_compared_with_dates_no_claim() -> None:
    # 比一季度: the full year is the claim's time, and the clause after inherits it.
    found = _dates("经理：全年利润增速会比一季度慢一点，我估计在一成左右。", "zh-Hans")
    assert found == [datetime.date(2026, 12, 31), datetime.date(2026, 12, 31)]
    # 和今年基本持平: the year it is measured against, not 明年.
    assert _dates("我估计明年秋招，岗位数量和今年差不多持平。", "zh-Hans") == [datetime.date(2027, 12, 31)]
    # A quarter not compared with still dates the claim.
    assert _dates("我估计三季度利润会回升。", "zh-Hans") == [datetime.date(2026, 9, 30)]


def test_a_length_brought_down_to_is_a_value_not_a_horizon() -> None:
    assert _dates("院长坦言，今年平均办案周期恐怕很难缩短到60天以内。", "zh-Hans") == [datetime.date(2026, 12, 31)]
    assert _dates("我判断，今年排队时间能压缩至两周内。", "zh-Hans") == [datetime.date(2026, 12, 31)]
    # A deadline in 天以内 still is one.
    assert _dates("我判断，90天以内新规就会落地。", "zh-Hans") == [datetime.date(2026, 6, 8)]
    # A length in years brought down is no 年内 ("this year") either (a review found 缩短至一年内 dated this year).
    assert _dates("我判断，新药审批周期会缩短至一年内。", "zh-Hans") == [None]
    assert _dates("他预计，明年工期将压缩到三年内完成。", "zh-Hans") == [datetime.date(2027, 12, 31)]


def test_starting_pay_is_no_open_start() -> None:
    # 明年起薪 (next year's starting pay) is dated by 明年; 明年起 (from next year) opens a period.
    assert _dates("我不认为明年起薪会有明显上调。", "zh-Hans") == [datetime.date(2027, 12, 31)]
    assert _dates("我不认为明年起价格会有明显上调。", "zh-Hans") == [None]


# --- Chinese odds: 我给百分之N, 最多两成 ------------------------------------------------------------------------------
def test_odds_given_as_a_percentage_or_bounded() -> None:
    assert find_probability("我给百分之六十，应该会好转", language="zh-Hans") == 0.6
    assert find_probability("我给40%。", language="zh-Hans") == 0.4
    assert find_probability("明年放开落户的可能性，我看最多三成", language="zh-Hans") == 0.3
    assert find_probability("这件事的概率顶多一成", language="zh-Hans") == 0.1
    # Not a raise given to staff, nor a bound on a change.
    assert find_probability("我们给员工加薪百分之五，", language="zh-Hans") is None
    assert find_probability("房租最多涨两成", language="zh-Hans") is None


# --- Kind: the speaker's own voice ----------------------------------------------------------------------------------
def test_a_lectures_quoted_title_does_not_make_it_a_report() -> None:
    # (Before round 14 the quoted title made these claims of no kind: the text read as a report.)
    text = (
        '"Where the rivers are taking us." Delivered by Dr Pell Anand at the Harbour Institute\n\n'
        "Thank you all for coming tonight. I have spent twenty years measuring these rivers and their floods.\n\n"
        "The wet season will arrive later every decade from here, and the dry spells will lengthen in the valley.\n\n"
        "We have measured the estuary for a long time, and I can tell you what our gauges say about it.\n"
    )
    assert _kinds(text, "en") == ["direct", "direct"]
    # A quotation in the body still makes a news text a report in parts.
    text = 'Anand said the wet season would arrive later. "The dry spells will lengthen," she said.\n'
    assert "reported" in _kinds(text, "en")


def test_a_sentence_opening_with_the_authors_own_frame_is_direct() -> None:
    text = (
        "安澜研究院｜港口月报\n\n二、后市判断\n我们预计，二季度集装箱吞吐量将同比增长5%左右。\n"
        "“运价已经见底，”研究员周桐说。\n我们认为，下半年运价会温和回升。\n"
    )
    assert _kinds(text, "zh-Hans") == ["direct", "direct"]
    # After a named speaker the first person is his, reported.
    text = "“运价已经见底，”研究员周桐说。\n港务局局长表示，我们预计二季度吞吐量将增长5%左右。\n"
    assert _kinds(text, "zh-Hans")[-1] == "reported"
    # English: unquoted "We expect" in a text that quotes others is the author's; quoted words then reported are not.
    text = 'Demand is "soft", a broker told us.\n\nWe expect rents in the docks to fall 3 per cent this year.\n'
    assert _kinds(text, "en")[-1] == "direct"
    text = '"I don\'t think prices move much," said Pell, who expects rents to hold this year.\n'
    assert _kinds(text, "en")[-1] != "direct"


def test_a_chinese_turn_labelled_with_a_post_before_the_name() -> None:
    text = (
        "发布会实录\n\n主持人：请提问。\n\n晨报记者：夏季用电会紧张吗？\n\n"
        "省能源局电力处副处长韩松：我们预计，今年夏季最高负荷会比去年增长6%左右。\n\n"
        "晚报记者：电价呢？\n\n韩松：电价明年不会上调。\n"
    )
    assert _kinds(text, "zh-Hans") == ["direct", "direct"]


def test_a_post_followed_by_a_verb_of_saying_is_a_paraphrase_not_a_turn() -> None:
    text = (
        "发布会实录\n\n主持人：请提问。\n\n晨报记者：夏季用电会紧张吗？\n\n"
        "省能源局新闻发言人表示：今年夏季最高负荷会比去年增长6%左右。\n"
    )
    assert _kinds(text, "zh-Hans") == ["reported"]


def test_nothing_here_is_copied_from_a_labelled_text() -> None:
    assert copied_from_labelled_texts(__file__, read_up_to="z", english=40) == []
