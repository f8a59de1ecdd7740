"""Rules of the thirteenth round, dates and probabilities: the resolve-on dates and stated odds of candidates already
found, in both languages, where the batches t_ to w_ showed them missing or misread.

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


def _found(
    text: str, said_on: datetime.date = SAID, language: str = "en"
) -> list[tuple[datetime.date | None, float | None]]:
    return [(c.resolve_on, c.probability) for c in find_forecasts(text, language=language, said_on=said_on)]


def _dates(text: str, said_on: datetime.date = SAID, language: str = "en") -> list[datetime.date | None]:
    return [c.resolve_on for c in find_forecasts(text, language=language, said_on=said_on)]


def _zh(text: str, said_on: datetime.date = SAID) -> list[datetime.date | None]:
    return _dates(text, said_on, "zh-Hans")


def _en_odds(text: str) -> float | None:
    return find_probability(text, language="en")


def _zh_odds(text: str) -> float | None:
    return find_probability(text, language="zh-Hans")


# --- English: odds counted in chances, and odds given as a bound ---------------------------------------------------
def test_odds_counted_as_chances_in_a_number() -> None:
    assert _en_odds("I'd put it at three chances in four.") == 0.75
    assert _en_odds("We'd give the merger one chance in five.") == 0.2
    assert _en_odds("Honestly, I'd say one chance in ten.") == 0.1
    assert _en_odds("The odds are two chances in five, no better.") == 0.4
    # A count of people or things is no chance.
    assert _en_odds("One in five voters will stay at home.") is None
    assert _en_odds("They get two chances in the final round.") is None


def test_odds_given_as_better_or_worse_than_a_number_are_recorded_as_stated() -> None:
    assert _en_odds("I'd put our odds at better than one in three.") == 0.333
    assert _en_odds("She puts the chance of a deal at slightly better than 60 percent.") == 0.6
    assert _en_odds("I would put it at worse than one in ten.") == 0.1
    # "A better than even chance" is still a hedge, with no number of its own.
    assert _en_odds("There's a better than even chance the bill passes.") is None
    # A margin that is better than a figure is no chance.
    assert _en_odds("Margins will be better than 12 percent this year.") is None


# --- Chinese: the chance and its number with words or quotation marks between ---------------------------------------
def test_a_chance_judged_in_words_then_given_its_number() -> None:
    assert _zh_odds("下个月利率上调的可能性不大，我估计只有两成。") == 0.2
    assert _zh_odds("球队晋级的概率很低，我觉得大概在百分之十五左右。") == 0.15
    assert _zh_odds("这种可能性较小，我们判断是20%左右。") == 0.2
    # The speaker's guess at a quantity after the chance is judged is no probability.
    assert _zh_odds("可能性不大，我估计增速只有5%。") is None


def test_a_share_of_change_before_the_chance_word_is_not_its_number() -> None:
    assert _zh_odds("房价比高点下跌两成以上的可能性“不到三成”。") == 0.3
    assert _zh_odds("销量增长一成的概率超过七成。") == 0.7
    # The chance word's own number keeps its place: the later 20% is the event's.
    assert _zh_odds("我们有七成把握销量会超过15%。") == 0.7
    assert _zh_odds("有八成的可能会下降。") == 0.8


def test_the_odds_in_the_closing_clause_belong_to_the_claim_before_them() -> None:
    found = _found("分析师预计，央行下个月将再降息一次，“我认为概率在七成左右”。", language="zh-Hans")
    assert found[0][1] == 0.7
    found = _found("明年夏天打破高温纪录的几率，我个人判断在百分之三十左右。", language="zh-Hans")
    assert found[0] == (datetime.date(2027, 12, 31), 0.3)
    # A closing clause with a magnitude, not a chance, leaves the claim without odds.
    found = _found("他预计明年房价会上涨，我估计在一成左右。", language="zh-Hans")
    assert all(probability is None for _, probability in found)


# --- Both: the odds put on a goal across the question about it -----------------------------------------------------
def test_odds_after_a_question_take_the_date_of_the_goal_before_the_question() -> None:
    text = "Our aim is 500 stores open by 2029. Can we do it? I'd put it at three chances in four."
    assert _found(text)[-1] == (datetime.date(2029, 12, 31), 0.75)
    text = "我们的目标是2028年销量进入行业前五。能实现吗？我有六成把握。"
    assert _found(text, language="zh-Hans")[-1] == (datetime.date(2028, 12, 31), 0.6)
    # A question with a date of its own dates the odds itself.
    text = "Our aim is 500 stores open by 2029. Will we get to 400 by 2027? I'd put it at three chances in four."
    assert _found(text)[-1] == (datetime.date(2027, 12, 31), 0.75)


# --- English: dates said as speakers say them ------------------------------------------------------------------------
def test_a_day_said_as_an_ordinal_word_of_its_month() -> None:
    assert _dates("The warehouse will be full by the first of October, the manager said.") == [
        datetime.date(2026, 10, 1)
    ]
    assert _dates("I think the strike will end on the twenty-second of June.") == [datetime.date(2026, 6, 22)]
    assert _dates("She expects the index to peak by the thirtieth of September.") == [datetime.date(2026, 9, 30)]
    # Past the said-on day this year, it is next year's.
    assert _dates("The fund will close by the second of January, its manager said.") == [datetime.date(2027, 1, 2)]
    # An ordinal that counts something else is no day.
    assert _dates("The first of many strikes will hit the ports in July, the union said.") == [
        datetime.date(2026, 7, 31)
    ]


def test_a_span_of_months_written_as_one_hyphenated_word_ends_with_its_last_month() -> None:
    assert _dates("June-to-September rainfall will be well below average, the forecasters said.") == [
        datetime.date(2026, 9, 30)
    ]
    assert _dates("We expect October-through-December sales to beat last year's.") == [datetime.date(2026, 12, 31)]


def test_this_century_is_judged_at_its_end() -> None:
    assert _dates("I don't think the ice sheet disappears this century.") == [datetime.date(2099, 12, 31)]
    assert _dates("Sea levels will rise by a metre before the century is out, she warned.") == [
        datetime.date(2099, 12, 31)
    ]
    # A date still to come in the same clause is the claim's own.
    assert _dates("The reef will recover by 2040, the warmest stretch this century notwithstanding.")[0] == (
        datetime.date(2040, 12, 31)
    )


def test_at_least_another_n_units_is_judged_n_units_on() -> None:
    assert _dates("Mortgage costs will keep squeezing budgets for at least another nine months.") == [
        datetime.date(2027, 2, 13)
    ]
    assert _dates("The mine will stay shut for at least a further two years, the owners said.") == [
        datetime.date(2028, 5, 13)
    ]
    # Plain "another" was read already, and still is.
    assert _dates("Shortages will last for another three months, the distributor said.") == [datetime.date(2026, 8, 13)]


def test_in_n_years_after_a_present_perfect_counts_back() -> None:
    # The perfect's span gives way to the forecast's own date.
    assert _dates("Fees have tripled in six years, and I think they will triple again by 2034.") == [
        datetime.date(2034, 12, 31)
    ]
    assert _dates("Water bills have risen 50 percent in five years and will keep rising, the regulator said.") == [None]
    # The future perfect looks ahead.
    assert _dates("Prices will have halved in three years, the analysts expect.")[0] == datetime.date(2029, 5, 13)
    # So does a plain future after "have been told".
    assert _dates("Staff have been told that prices will rise in two years, she said.") == [datetime.date(2028, 5, 13)]


# --- Chinese: 前 after ten days of a month, and a year compared with 于 -------------------------------------------
def test_qian_after_ten_days_of_a_month_is_by_their_end() -> None:
    assert _zh("专家认为，6月中旬前猪价很难明显回升。") == [datetime.date(2026, 6, 20)]
    assert _zh("专家认为，7月上旬前雨季就会结束。") == [datetime.date(2026, 7, 10)]
    assert _zh("专家认为，8月下旬前台风会登陆。") == [datetime.date(2026, 8, 31)]
    # 之前 is "before": the day before the ten days begin.
    assert _zh("专家认为，6月中旬之前猪价很难明显回升。") == [datetime.date(2026, 6, 10)]
    # 前后 is "around" them.
    assert _zh("专家认为，6月中旬前后猪价会见底。") == [datetime.date(2026, 6, 20)]


def test_a_year_compared_with_after_yu_dates_no_claim() -> None:
    assert set(_zh("我们预计2027年出口增速为3%，波动会明显小于今年。")) == {datetime.date(2027, 12, 31)}
    assert _zh("他认为，明年房价涨幅将低于今年。") == [datetime.date(2027, 12, 31)]
    # 于今年 of a time, not a comparison, still dates the claim.
    assert _zh("他预计，客流会于今年10月超过老机场。") == [datetime.date(2026, 10, 31)]


# --- Both: a bare share in answer to a question about the odds -----------------------------------------------------
def test_a_bare_share_answering_a_question_about_the_odds_is_its_probability() -> None:
    text = "HOST: What are the odds the league expands next season?\nGUEST: Maybe 30 percent."
    assert _found(text)[-1][1] == 0.3
    text = "HOST: How likely is a rate cut in June?\nGUEST: I'd say one in five."
    assert _found(text)[-1][1] == 0.2
    text = "主持人：您觉得今年票房超过去年的可能性有多大？\n嘉宾：我看有六成。"
    assert _found(text, language="zh-Hans")[-1] == (datetime.date(2026, 12, 31), 0.6)
    # A share answering a question about a share is a quantity, not the odds.
    text = "主持人：您觉得今年会有多少家庭换新车？\n嘉宾：我看有六成。"
    assert all(probability is None for _, probability in _found(text, language="zh-Hans"))
    text = "HOST: How much will fares rise next year?\nGUEST: Maybe 30 percent."
    assert all(probability is None for _, probability in _found(text))


# --- English: the year lived through to its end --------------------------------------------------------------------
def test_surviving_or_lasting_the_year_is_judged_at_its_end() -> None:
    assert _dates("It's fifty-fifty whether the ferry service survives the year, the councillor said.") == [
        datetime.date(2026, 12, 31)
    ]
    assert _dates("I doubt the new coalition will last the year.") == [datetime.date(2026, 12, 31)]
    assert _dates("I don't think the coach sees out the year.") == [datetime.date(2026, 12, 31)]
    # The past tense is no horizon, nor is "the last year".
    assert _dates("I think the last year was the hardest, and prices will fall.") == [None]


# --- Chinese: the first year of a five-year plan -------------------------------------------------------------------
def test_the_first_year_of_a_five_year_plan_is_that_year() -> None:
    said = datetime.date(2025, 11, 20)
    assert _zh("“十五五”开局之年，投资增速有望回升到5%左右。", said) == [datetime.date(2026, 12, 31)]
    assert _zh("专家预计，十五五首年新能源装机会再创新高。", said) == [datetime.date(2026, 12, 31)]
    # Its period and its end are still the last year.
    assert _zh("专家预计，“十五五”期间新能源装机会翻一番。", said) == [datetime.date(2030, 12, 31)]


# --- Both: the date a claim refers back to, across a bare answer and in a flat rejection ----------------------------
def test_odds_after_a_bare_answer_take_the_date_of_the_question_answered() -> None:
    text = "Will the city ban petrol cars before 2032? I doubt it. We'd give it one in five."
    assert _found(text)[-1] == (datetime.date(2031, 12, 31), 0.2)
    text = "Can the team win the league next year? Honestly, no. I'd put it at one chance in ten."
    assert _found(text)[-1] == (datetime.date(2027, 12, 31), 0.1)
    # A longer sentence between with a date of its own dates the odds itself.
    text = "Will the city ban petrol cars before 2032? Not before 2035, I think. We'd give it one in five."
    assert _found(text)[-1][0] == datetime.date(2034, 12, 31)  # "not before 2035": by the end of 2034


def test_a_flat_chinese_rejection_takes_the_date_of_the_claim_it_rejects() -> None:
    text = "有网友说，明年演出票价会普遍翻倍。\n嘉宾：不会。票价已经很高了。"
    assert datetime.date(2027, 12, 31) in _zh(text)
    text = "有人说，三年内一半的书店会关门。\n嘉宾：不可能。"
    assert datetime.date(2029, 5, 13) in _zh(text)


def test_nothing_here_is_copied_from_a_labelled_text() -> None:
    assert [s for s in copied_from_labelled_texts(__file__, read_up_to="w", english=40) if True] == []
