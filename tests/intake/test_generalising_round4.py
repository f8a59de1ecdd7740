"""Rules of issue 12's fourth round: kinds of forecasting language the held-out batches c_ and d_ showed missing.

Each test is written in its own words, not copied from the held-out texts.
"""

from __future__ import annotations

import datetime

from predictions.intake import find_forecasts
from predictions.intake.probabilities import find_probability
from tests.intake.helpers import one_date

SAID = datetime.date(2025, 9, 15)


def _offered(texts: tuple[str, ...], language: str) -> list[str]:
    """The texts among ``texts`` the extractor offers a candidate in."""
    return [text for text in texts if find_forecasts(text, language=language, said_on=SAID)]


def test_the_middle_of_this_or_next_year_is_its_thirtieth_of_june() -> None:
    assert one_date("Inflation will be back at target by the middle of next year.", "en", SAID) == datetime.date(
        2026, 6, 30
    )
    assert one_date("We expect the plant to open mid-next year.", "en", SAID) == datetime.date(2026, 6, 30)
    said_in_winter = datetime.date(2025, 2, 3)
    assert one_date("Sales will pick up around the middle of this year.", "en", said_in_winter) == datetime.date(
        2025, 6, 30
    )


def test_at_the_end_of_a_month_is_its_last_day() -> None:
    assert one_date("Reservoirs will still be half full at the end of October.", "en", SAID) == datetime.date(
        2025, 10, 31
    )
    # A month already past is next year's.
    assert one_date("Stocks will be low at the end of April.", "en", SAID) == datetime.date(2026, 4, 30)


def test_odds_stated_as_one_in_n_a_few_words_after_the_chance_word() -> None:
    stated = {
        "The odds of the bill passing this session are no better than one in five.": 0.2,
        "There is a slim chance, perhaps one in twenty, that the merger is blocked.": 0.05,
        "I'd put the risk of a default next year at well under 1 in 50.": 0.02,
        "The chance of a rate cut in December is about one in four.": 0.25,
    }
    for text, probability in stated.items():
        assert find_probability(text, language="en") == probability, text
    # A share of people or things is a quantity, not a chance.
    assert find_probability("The risk is that one in ten households will miss a payment.", language="en") is None
    assert find_probability("The survey found one in five firms expect to cut staff.", language="en") is None


def test_what_cannot_be_avoided_is_forecast_in_chinese() -> None:
    for text in ("明年电价上涨在所难免。", "这一轮行业洗牌不可避免。", "短期内出现震荡是难免的。"):
        assert len(find_forecasts(text, language="zh-Hans", said_on=SAID)) == 1, text
    # The manner adverb of a past event is no forecast.
    assert find_forecasts("受台风影响，上周航班不可避免地出现了延误。", language="zh-Hans", said_on=SAID) == []


def test_a_confidence_stated_first_frames_the_claim_after_it() -> None:
    candidates = find_forecasts(
        "谈到市场前景，她说：“我有八成把握，明年公司的海外收入会超过国内收入。”",
        language="zh-Hans",
        said_on=SAID,
    )
    assert [(c.quote, c.resolve_on, c.probability) for c in candidates] == [
        ("我有八成把握，明年公司的海外收入会超过国内收入。", datetime.date(2026, 12, 31), 0.8)
    ]


def test_of_which_breaks_down_the_forecast_before_it_unless_it_hedges_its_own() -> None:
    one = find_forecasts(
        "他预计，明年全省新增装机将达到800万千瓦，其中海上风电占比会超过三成。", language="zh-Hans", said_on=SAID
    )
    assert [c.quote for c in one] == ["他预计，明年全省新增装机将达到800万千瓦，其中海上风电占比会超过三成。"]
    two = find_forecasts("她预计，今年将有5到7场寒潮，其中可能有一场影响华南。", language="zh-Hans", said_on=SAID)
    assert len(two) == 2


def test_a_headline_part_that_gives_the_forecast_to_institutions_in_general_is_not_offered() -> None:
    for headline in ("三季度出口增速放缓 多家机构预计全年增速在4%左右", "锂价持续下探 业内预计明年仍将承压"):
        assert find_forecasts(headline, language="zh-Hans", said_on=SAID) == [], headline
    named = find_forecasts("三季度出口增速放缓 中金预计全年增速在4%左右", language="zh-Hans", said_on=SAID)
    assert len(named) == 1


def test_put_the_chance_that_a_and_b_at_n_is_one_claim_with_its_odds() -> None:
    candidates = find_forecasts(
        "The analyst put the chance that Spain and Portugal join the scheme by the end of 2026 at one in four.",
        language="en",
        said_on=SAID,
    )
    assert [(c.resolve_on, c.probability) for c in candidates] == [(datetime.date(2026, 12, 31), 0.25)]
    assert candidates[0].quote.startswith("The analyst put the chance")


def test_declining_to_anticipate_and_handing_the_floor_on_are_not_forecasts() -> None:
    assert (
        _offered(
            (
                "I'm not going to second-guess the rate-setting committee.",
                "I'm not going to pre-empt what the inquiry will find.",
                "We won't give investment advice from this podium.",
                "With that, I'll turn it over to our chief operating officer.",
                "And now we'll hand back to the moderator for questions.",
            ),
            "en",
        )
        == []
    )
    # Only those verbs: a forecast after "I'm not going to pretend otherwise" is still found.
    found = find_forecasts(
        "I'm not going to pretend otherwise: prices will rise next year.", language="en", said_on=SAID
    )
    assert "prices will rise next year." in [c.quote for c in found]


def test_a_firm_saying_it_will_be_profitable_forecasts_an_outcome_not_a_plan() -> None:
    for text in (
        "The airline says it will be profitable again in 2027.",
        "The start-up said it would break even next year.",
        "The retailer said on Monday it would return to profit in 2026.",
    ):
        candidates = find_forecasts(text, language="en", said_on=SAID)
        assert len(candidates) == 1, text
        assert candidates[0].kind == "reported", text
    # Its own acts stay plans.
    assert find_forecasts("The company said it would cut 300 jobs next year.", language="en", said_on=SAID) == []


def test_a_pundit_tipping_a_side_to_win_is_a_reported_forecast() -> None:
    candidates = find_forecasts(
        "The former coach tipped the visitors to win the series next year.", language="en", said_on=SAID
    )
    assert [(c.resolve_on, c.kind) for c in candidates] == [(datetime.date(2026, 12, 31), "reported")]


def test_an_organisations_own_additions_and_rearrangements_are_plans_in_chinese() -> None:
    assert (
        _offered(
            (
                "明年我们将在西南地区新设两个研发中心。",
                "公司今年不会新增产能。",
                "我们基金不会再投资消费电子公司。",
                "铁路集团将在国庆期间安排加开夜间列车。",
            ),
            "zh-Hans",
        )
        == []
    )
    # A forecast about the market keeps its subject's verbs: 调整 of prices by the market is an outcome.
    assert len(find_forecasts("他预计，明年房价会继续调整。", language="zh-Hans", said_on=SAID)) == 1


def test_a_statement_recalled_from_before_is_not_made_on_the_said_on_date() -> None:
    assert (
        _offered(
            (
                "前年我在一次论坛上说，国内储能装机会在2026年翻番。",
                "几家车企此前均表示，明年不会降价。",
            ),
            "zh-Hans",
        )
        == []
    )


def test_cannot_as_a_verbs_complement_and_not_until_are_forecasts_in_chinese() -> None:
    for text in ("我判断，这波反弹维持不了多久。", "她认为，行业复苏要等到后年。"):
        assert len(find_forecasts(text, language="zh-Hans", said_on=SAID)) == 1, text
    # A verb's complement about the past is no forecast.
    assert find_forecasts("去年那场比赛他坚持不了就退赛了。", language="zh-Hans", said_on=SAID) == []


def test_an_interviewers_turn_with_the_outlet_in_brackets_is_a_question_not_a_forecast() -> None:
    transcript = (
        "GOVERNOR LANE: We are comfortable with where policy is.\n\n"
        "REPORTER (Financial Daily): People say the Treasury will rewrite your remit next year.\n\n"
        "GOVERNOR LANE: I expect inflation to be back at 2 percent by the end of 2026.\n"
    )
    candidates = find_forecasts(transcript, language="en", said_on=SAID)
    assert [c.quote for c in candidates] == ["I expect inflation to be back at 2 percent by the end of 2026."]


def test_the_date_a_firm_reports_its_quarters_results_is_a_schedule() -> None:
    assert (
        _offered(
            (
                "The chipmaker will report third-quarter results on October 29.",
                "Northwind is due to report full-year figures in March.",
            ),
            "en",
        )
        == []
    )


def test_and_before_a_second_noun_and_the_date_does_not_cut_the_date_off_its_claim() -> None:
    said = datetime.date(2024, 6, 1)
    candidates = find_forecasts("Exports will fall in Chile and Peru this year.", language="en", said_on=said)
    assert [(c.quote, c.resolve_on) for c in candidates] == [
        ("Exports will fall in Chile and Peru this year.", datetime.date(2024, 12, 31))
    ]
    # A claim with a date of its own before "and" keeps the second date apart: two forecasts.
    two = find_forecasts("Growth will slow to 1.5% in 2025 and 1.2% in 2026.", language="en", said_on=said)
    assert [c.resolve_on for c in two] == [datetime.date(2025, 12, 31), datetime.date(2026, 12, 31)]


def test_before_the_first_middle_or_last_ten_days_of_a_month_is_the_day_before_they_begin() -> None:
    said = datetime.date(2024, 11, 25)
    assert one_date("气象部门预计，12月上旬之前气温难以回升。", "zh-Hans", said) == datetime.date(2024, 11, 30)
    # (Round 13) 前 after a period is "by" its end (README: 三季度前 → 09-30); 之前 is "before" it.
    assert one_date("新线有望在明年3月中旬前开通。", "zh-Hans", said) == datetime.date(2025, 3, 20)
    assert one_date("新线有望在明年3月中旬之前开通。", "zh-Hans", said) == datetime.date(2025, 3, 10)
    assert one_date("预计6月下旬以前还会有两轮降雨。", "zh-Hans", said) == datetime.date(2025, 6, 20)
    # By the end of the ten days stays as it was: 上旬 → the 10th.
    assert one_date("订单预计在1月上旬交付。", "zh-Hans", said) == datetime.date(2025, 1, 10)


def test_it_will_take_a_range_of_years_is_judged_at_the_ranges_end() -> None:
    said = datetime.date(2024, 11, 25)
    assert one_date("要普及到每个县，恐怕还需要两到三年。", "zh-Hans", said) == datetime.date(2027, 11, 25)


def test_a_chance_judged_in_words_is_a_forecast_and_a_number_after_the_word_is_its_probability() -> None:
    for text in ("Frankly, the chance of a rate cut in March is close to zero.", "The odds of a recount are slim."):
        candidates = find_forecasts(text, language="en", said_on=SAID)
        assert len(candidates) == 1, text
        assert candidates[0].probability is None, text
    text = "The odds of a second outage this winter are low, under 10 percent by our estimate."
    assert find_probability(text, language="en") == 0.1
    # A risk described as it is now is no chance word here: "risk" stays out of the verbal rule.
    assert (
        find_forecasts("The risk to the bank is high because its loans are concentrated.", language="en", said_on=SAID)
        == []
    )
