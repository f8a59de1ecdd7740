"""Rules of the twelfth round, dates and probabilities: the resolve-on dates and stated odds of candidates already
found, in both languages, where the batches p_ to s_ showed them missing or misread.

Each test is written in its own words, not copied from any corpus or held-out text (the last test checks it); each
form has several phrasings and the look-alikes its rule must leave alone. None of these rules changes which clauses
are candidates: only their dates and probabilities.
"""

from __future__ import annotations

import datetime

from predictions.intake import find_forecasts
from predictions.intake.probabilities import find_probability
from tests.intake.helpers import copied_from_labelled_texts

SAID = datetime.date(2026, 5, 13)  # a Wednesday


def _dates(text: str, said_on: datetime.date = SAID, language: str = "en") -> list[datetime.date | None]:
    return [c.resolve_on for c in find_forecasts(text, language=language, said_on=said_on)]


def _zh(text: str, said_on: datetime.date = SAID) -> list[datetime.date | None]:
    return _dates(text, said_on, "zh-Hans")


def _quotes(text: str, said_on: datetime.date = SAID, language: str = "en") -> list[str]:
    return [c.quote for c in find_forecasts(text, language=language, said_on=said_on)]


# --- English: a month named alone ----------------------------------------------------------------------------------
def test_a_month_named_alone_dates_the_forecast_it_is_the_subject_or_a_modifier_of() -> None:
    assert _dates("The weather bureau said October would probably be dry across the plains.") == [
        datetime.date(2026, 10, 31)
    ]
    assert _dates("Economists at Harbourline Bank put the odds of a September hike at 35 percent.") == [
        datetime.date(2026, 9, 30)
    ]
    assert _dates("We would expect the January tariff to land roughly 3 percent higher, she told the panel.") == [
        datetime.date(2027, 1, 31)
    ]
    assert _dates("Analysts think the incumbent will lose November's runoff in the capital.") == [
        datetime.date(2026, 11, 30)
    ]
    # Its part, as the grammar reads it: "mid-" is the 20th, "early" the 10th.
    assert _dates("The ministry thinks a mid-July heatwave is likely to strain the grid.") == [
        datetime.date(2026, 7, 20)
    ]


def test_a_month_named_alone_gives_way_to_the_clauses_own_time_and_to_names() -> None:
    # A time the grammar reads wins: "by 2028" is the claim's, "June" only describes the plan.
    assert _dates("The June plan will cut emissions by a fifth by 2028, the minister said.") == [
        datetime.date(2028, 12, 31)
    ]
    # People, not months.
    assert _dates("Theresa May will not return to the front bench, her allies said.") == [None]
    assert _dates("Our analyst April Okafor expects prices to keep rising.") == [None]
    # A month gone by is no date for the claim.
    assert _dates("Since March the pound has weakened, and it will weaken further, the bank said.") == [None]
    # And a month alone never makes a sentence a forecast.
    assert _quotes("The August figures showed a rise in rents.") == []


# --- English: a weekday after a verb of expecting ------------------------------------------------------------------
def test_a_weekday_after_expect_or_would_is_the_next_such_day() -> None:
    assert _dates("The forecaster expects the storm to reach the coast on Saturday.") == [datetime.date(2026, 5, 16)]
    assert _dates("We expect about half the flights to leave on Friday, the airline said.") == [
        datetime.date(2026, 5, 15)
    ]
    assert _dates("The operator said a skeleton service would run on Monday.") == [datetime.date(2026, 5, 18)]
    # The day something was said stays the day it was said.
    assert _dates("The agency said on Tuesday that it expects demand to cool.") == [None]


# --- English: a decade named ---------------------------------------------------------------------------------------
def test_a_decade_named_is_judged_at_its_end() -> None:
    assert _dates("Droughts will be more frequent in the 2040s, the panel warned.") == [datetime.date(2049, 12, 31)]
    assert _dates("Electric trucks will be the norm by the 2030s, she predicted.") == [datetime.date(2039, 12, 31)]
    assert _dates("Coal will be gone before the 2040s, he said.") == [datetime.date(2039, 12, 31)]
    # Its early, middle or late part names no date the rules give, nor does the decade alone.
    assert _dates("Demand will peak in the late 2030s, the group said.") == [None]
    assert _dates("The 2050s will be warmer still, the modellers said.") == [None]


# --- English: a record counted back --------------------------------------------------------------------------------
def test_a_record_in_at_least_n_years_looks_back_whatever_the_tense() -> None:
    assert _dates("The wheat crop will be the smallest in at least fifteen years, the farmers' union said.") == [None]
    assert _dates("Turnout is likely to be the lowest in at least two decades, the pollster said.") == [None]
    # Without a record it is still a horizon, even after a sentence that had one.
    assert _dates("Output will be the lowest in at least a decade. The mill will close in at least two years.") == [
        None,
        datetime.date(2028, 5, 13),
    ]


# --- Chinese: 前后 approximates a third of a month ----------------------------------------------------------------
def test_the_middle_ten_days_and_about_is_not_before_them() -> None:
    # (Round 15: a named centre's expert — 气象专家 alone is nobody a ledger can name.)
    assert _zh("省气候中心专家预计，9月中旬前后南方大部才会明显转凉。") == [datetime.date(2026, 9, 20)]
    assert _zh("专家说，11月上旬前后华北可能迎来第一次寒潮。") == [datetime.date(2026, 11, 10)]
    # 之前 is "before" the ten days; (round 13) 前 alone is "by" their end, as the README reads 前 after a period.
    assert _zh("他预计，10月中旬之前新稻价格会小幅回落。") == [datetime.date(2026, 10, 10)]
    assert _zh("他预计，10月中旬前新稻价格会小幅回落。") == [datetime.date(2026, 10, 20)]


# --- Chinese: a range of two neighbouring numerals -----------------------------------------------------------------
def test_at_least_n_or_m_more_years_is_the_ranges_end() -> None:
    assert _zh("他认为，这种电池要真正普及至少还需要五六年。") == [datetime.date(2032, 5, 13)]
    assert _zh("院长估计，新院区全面达产还要两三年。") == [datetime.date(2029, 5, 13)]
    assert _zh("专家判断，至少还需要十二年才能回本。") == [datetime.date(2038, 5, 13)]


# --- Chinese: the year a claim is measured against -----------------------------------------------------------------
def test_a_year_compared_with_is_not_the_claims_time() -> None:
    # 全年 after 明年 is next year's, though 今年 stands between as the baseline.
    assert _zh("电价方面，明年长协价格较今年下降约5%，我们估计全年企业用电成本将下降3%以上。") == [
        datetime.date(2027, 12, 31),
        datetime.date(2027, 12, 31),
    ]
    assert _zh("我不认为竞争会比今年更加惨烈。") == [None]
    # A share of this year (占比) is this year's claim.
    assert _zh("分析师预计，新能源车销量占比今年将超过六成。") == [datetime.date(2026, 12, 31)]
    assert _zh("她预计，今年的客流会比去年多一成。") == [datetime.date(2026, 12, 31)]


# --- Chinese: a time that dates a noun -----------------------------------------------------------------------------
def test_a_time_before_an_event_verb_and_de_dates_the_noun_not_the_claim() -> None:
    text = "今年国庆档（10月1日至10月7日）竞争激烈。影评人周明说，9月下旬公映的悬疑片有望成为国庆档票房冠军。"
    assert _zh(text, datetime.date(2026, 9, 1)) == [datetime.date(2026, 10, 7)]
    # With nothing else to date it, the time still dates the claim.
    assert _zh("他预计，明年投产的新工厂将带来三千个岗位。") == [datetime.date(2027, 12, 31)]
    # A noun, not an event's verb: the claim's own time.
    assert _zh("她预计，明年秋招的岗位数量将与今年基本持平。") == [datetime.date(2027, 12, 31)]


# --- Chinese: this week's and next week's days ---------------------------------------------------------------------
def test_a_weekday_of_this_or_next_week_is_that_day() -> None:
    assert _zh("主办方预计，下周六的马拉松参赛人数将超过三万。") == [datetime.date(2026, 5, 23)]
    assert _zh("气象台预计，本周五南方将迎来强降雨。") == [datetime.date(2026, 5, 15)]
    assert _zh("专家预计，下星期一股市可能继续震荡。") == [datetime.date(2026, 5, 18)]
    # "Together next week" is no Monday.
    assert _zh("他表示，下周一起研究的方案会更稳妥。") == [None]


# --- Chinese: a named period whose dates are given with their years -------------------------------------------------
def test_a_season_dated_in_brackets_with_its_years_takes_their_end() -> None:
    text = "气候中心发布今夏（2026年6月至2026年8月）趋势预测。专家预计，今夏全国气温总体偏高。"
    assert _zh(text) == [datetime.date(2026, 8, 31)]
    # Without dates given, the season stays without one.
    assert _zh("专家预计，今夏全国气温总体偏高。") == [None]


# --- Chinese: odds given without a chance word ---------------------------------------------------------------------
def test_odds_given_as_a_share_closing_the_clause() -> None:
    assert find_probability("有这种可能，我给三成。", language="zh-Hans") == 0.3
    assert find_probability("能不能夺冠？我给他们七成吧。", language="zh-Hans") == 0.7
    assert find_probability("我们只给两成。", language="zh-Hans") == 0.2
    # A raise or a discount is no chance.
    assert find_probability("公司明年会给员工加薪一成。", language="zh-Hans") is None
    assert find_probability("我给一成的折扣，不能再多了。", language="zh-Hans") is None


def test_nothing_here_is_copied_from_a_labelled_text() -> None:
    assert [s for s in copied_from_labelled_texts(__file__, read_up_to="s", english=40) if True] == []
