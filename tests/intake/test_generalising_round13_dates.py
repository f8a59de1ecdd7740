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


def test_nothing_here_is_copied_from_a_labelled_text() -> None:
    assert [s for s in copied_from_labelled_texts(__file__, read_up_to="w", english=40) if True] == []
