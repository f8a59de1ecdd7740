"""Rules added when the first held-out set joined the corpus (issue 12, third round), one per test, both languages.

Each rule is a general form of speech — a semicolon that ends a plan's reach, a verbless tail, relayed schedules,
an official speaking on condition of anonymity, 或 as "may", a named period's dates — checked on sentences written
for these tests, not taken from the corpus.
"""

from __future__ import annotations

import datetime

import pytest

from predictions.intake import Candidate, find_forecasts
from tests.intake import helpers

SAID = datetime.date(2025, 6, 12)


def quotes(text: str, language: str = "en") -> list[str]:
    return [c.quote for c in find_forecasts(text, language=language, said_on=SAID)]


def only(text: str, language: str = "en") -> Candidate:
    return helpers.only(text, language, SAID)


# English


def test_a_semicolon_ends_the_reach_of_a_plan_or_a_wish_before_it() -> None:
    assert quotes("Our goal is 5,000 members by 2027; I think we will get there a good deal sooner.") == [
        "I think we will get there a good deal sooner."
    ]
    assert quotes("We should cut fees; I am convinced deposits will double within four years.") == [
        "I am convinced deposits will double within four years."
    ]
    # Without the semicolon the plan still governs the clause that restates it.
    assert quotes("Our target is 5,000 members by 2027, and 6,000 by 2029.") == []


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ('"Fares will rise, but not by much," she said.', "Fares will rise, but not by much"),
        ("Demand is going to slow, and probably sooner than the market thinks.", None),
    ],
)
def test_a_tail_without_a_verb_finishes_the_claim_before_it(text: str, quote: str | None) -> None:
    candidate = only(text)
    assert candidate.quote == (quote or text)


@pytest.mark.parametrize(
    "text",
    [
        "The port authority has told our association that it will finish dredging by September.",
        "The shipyard has told us to expect the second vessel in November.",
        "A new chair will be chosen by the end of the year.",
        "The toll will rise next year under a decision taken by the county in March.",
        "The grant scheme will open for applications on 3 July.",
        "The inquiry will resume after the summer recess.",
        "The new licensing rules come in next January.",
        "Nintendo says its next handheld will run older cartridges.",
    ],
)
def test_relayed_schedules_and_decisions_are_not_forecasts(text: str) -> None:
    assert quotes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "A Treasury official, speaking on condition of anonymity, said borrowing would overshoot by 2026.",
        "The consensus among dealers is that prices recover in 2026.",
        "Growers in the valley tell me that half of them will have sold up within five years.",
        "Everyone at the club says they will go down this season.",
    ],
)
def test_views_nobody_names_are_not_forecasts(text: str) -> None:
    assert quotes(text) == []


def test_a_hypothetical_scenario_is_not_the_forecast_of_this_world() -> None:
    assert quotes("In a worst-case scenario, output could fall by a third by 2030.") == []
    assert only("On our central projection, output will fall by a third by 2030.").resolve_on == datetime.date(
        2030, 12, 31
    )


@pytest.mark.parametrize(
    "text",
    [
        "The council's target is 40 per cent recycling by 2027.",
        "Our commitment is unchanged: zero landfill by 2030.",
    ],
)
def test_targets_and_commitments_of_a_party_are_plans(text: str) -> None:
    assert quotes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "I genuinely believe we'll go to Melbourne and win.",
        "We will meet the 2026 emissions target, I have no doubt.",
        "We'll open above $80 million at the box office this weekend.",
        "If rents stay where they are, I doubt there will be a single bookshop left on this street by 2030.",
        "He does not expect tankers to return to the Suez route before 2026.",
        "Borrowing costs should drift lower by October.",
        "I think unemployment stays high until the spring.",
    ],
)
def test_outcomes_said_like_plans_or_prescriptions_are_forecasts(text: str) -> None:
    assert len(quotes(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "I will not pretend that the year ahead is simple.",
        "Let me be clear: I can tell you what I think happens next.",
        "I'm certain we'll open twenty shops next year.",
        "Welcome to shareholders from the chair",
        "The regulator will issue its annual market assessment next week.",
    ],
)
def test_the_speakers_own_acts_and_announcements_are_not_forecasts(text: str) -> None:
    assert quotes(text) == []


# Chinese


@pytest.mark.parametrize(
    ("text", "resolve_on"),
    [
        ("航运咨询公司总经理王涛表示，今年下半年运价或回升两成。", "2025-12-31"),
        ("他指出，明年钢材出口的降幅或许比市场预期小。", "2026-12-31"),
    ],
)
def test_huo_before_a_verb_of_change_is_may(text: str, resolve_on: str) -> None:
    assert only(text, "zh-Hans").resolve_on == datetime.date.fromisoformat(resolve_on)


def test_huo_between_two_verbs_or_nouns_is_or() -> None:
    assert quotes("价格上涨或下跌都在情理之中。", "zh-Hans") == []


def test_huijian_is_a_meeting_but_hui_jian_ding_is_will_peak() -> None:
    assert quotes("市长明天会见外国代表团。", "zh-Hans") == []
    assert only("李华认为，全国快递业务量最迟2027年就会见顶。", "zh-Hans").resolve_on == datetime.date(2027, 12, 31)


@pytest.mark.parametrize(
    ("text", "resolve_on"),
    [
        ("刘军认为，不出三年，国产大飞机的订单就会超过一千架。", "2028-06-12"),
        ("她表示，用不了两年，县城就会普及快充站。", "2027-06-12"),
        ("陈刚说：“这一轮行情至少还会持续两到三年。”", "2028-06-12"),
        ("赵敏预测，8月20日的决赛将在两支欧洲球队之间进行。", "2025-08-20"),
        ("他预计，到3月1日活动结束时，销售额有望突破十亿元。", "2026-03-01"),
    ],
)
def test_horizons_of_less_than_n_years_of_lasting_and_of_a_day_without_a_year(text: str, resolve_on: str) -> None:
    assert only(text, "zh-Hans").resolve_on == datetime.date.fromisoformat(resolve_on)


def test_a_named_period_is_judged_on_the_last_day_its_dates_were_given() -> None:
    text = "今年汛期从6月1日开始，到9月30日结束。水利部有关负责人表示，汛期期间长江流域降雨量预计将偏多两成。"
    assert only(text, "zh-Hans").resolve_on == datetime.date(2025, 9, 30)


def test_a_new_subject_with_its_own_date_is_a_claim_of_its_own() -> None:
    text = "孙立说：“今年行业销量有望增长一成，这个势头至少还会持续三年。”"
    assert [c.resolve_on for c in find_forecasts(text, language="zh-Hans", said_on=SAID)] == [
        datetime.date(2025, 12, 31),
        datetime.date(2028, 6, 12),
    ]


def test_a_chance_put_as_hope_is_a_probability_and_a_quoted_claim_keeps_its_own_words() -> None:
    assert only("我个人觉得有七成的希望。", "zh-Hans").probability == 0.7
    candidates = find_forecasts(
        "他坦言，新车的表现可能会超出预期，“我们有六成把握拿下年度销量冠军”。", language="zh-Hans", said_on=SAID
    )
    assert [c.probability for c in candidates] == [None, 0.6]


@pytest.mark.parametrize(
    "text",
    [
        "快递公司负责人表示，公司将从下月起为所有网点配备新能源车。",
        "另外，假期期间公交会延长运营到晚上十一点。",
        "今年汛期从6月1日开始，到9月30日结束。",
        "夏粮收购进展顺利 业内：今年小麦价格有望企稳",
    ],
)
def test_arrangements_timetables_and_unnamed_trade_views_are_not_forecasts(text: str) -> None:
    assert quotes(text, "zh-Hans") == []


def test_wire_style_attribution_with_a_bare_weekday_is_not_a_candidate_of_its_own() -> None:
    text = (
        "Water bills in the region will rise by at least 12% over the next two years, the chair of the largest "
        "association of regional water suppliers predicted Tuesday."
    )
    candidate = only(text)
    assert candidate.kind == "reported"
    assert candidate.resolve_on == datetime.date(2027, 6, 12)


@pytest.mark.parametrize(
    "text",
    [
        "Cocoa prices are expected to fall further in the coming months as West African harvests recover, traders "
        "and analysts said on Monday.",
        "Copper will top $12,000 by December, people familiar with the matter said.",
    ],
)
def test_a_forecast_given_to_a_bare_plural_of_people_is_unnamed(text: str) -> None:
    assert quotes(text) == []


def test_an_answer_about_what_has_already_happened_is_no_forecast() -> None:
    text = "Will the big carriers cut capacity this year?\n\nThey already have."
    assert quotes(text) == []


def test_a_day_without_a_month_is_in_the_said_on_month_only_with_a_lead_or_around() -> None:
    assert only("气象台预计，冷空气可能于20日前后抵达华北。", "zh-Hans").resolve_on == datetime.date(2025, 6, 20)
    # "26日表示" dates the saying, not the forecast.
    candidate = only("队长李娜26日表示，球队一定会进入八强。", "zh-Hans")
    assert candidate.resolve_on is None


def test_a_forecast_recalled_from_the_past_is_not_made_on_the_said_on_date() -> None:
    assert quotes("王明此前曾预言，国产手机将在五年内占据全球一半的市场。", "zh-Hans") == []


@pytest.mark.parametrize(
    "text",
    [
        "机构：明年黄金价格有望再创新高",
        "不过，也有市场人士担心，明年外需可能走弱，出口增速或将明显回落。",
    ],
)
def test_views_of_a_trade_or_a_crowd_are_unnamed_in_headlines_and_with_ye(text: str) -> None:
    assert quotes(text, "zh-Hans") == []


def test_a_hyphenated_quarter_and_traders_putting_odds() -> None:
    assert only("The company said it expects fourth-quarter sales of about $65 billion.").resolve_on == (
        datetime.date(2025, 12, 31)
    )
    assert quotes("Traders put the chance of a rate cut in July at about 70%.") == []


def test_about_to_is_a_future_and_a_numbers_bound_or_quotation_mark_keeps_the_probability() -> None:
    text = "Demand for copper is about to outstrip supply."
    assert only(text).quote == text
    assert only("I'd put the chance that the bridge opens on time at no better than 40 percent.").probability == 0.4
    assert only('She put the odds of a record summer at "roughly 25 percent."').probability == 0.25


def test_commissioning_is_a_schedule() -> None:
    assert quotes("Our second turbine hall will come online in 2029.") == []


def test_a_policy_makers_own_decision_at_an_opportune_time_is_a_plan() -> None:
    assert quotes("央行行长表示，今年将择机降准，保持流动性合理充裕。", "zh-Hans") == []


def test_a_passive_expectation_with_no_one_expecting_is_the_reporters_framing_in_news() -> None:
    assert quotes("United are expected to be without their goalkeeper, who has a knee injury.") == []
    # With a speaker named, or in someone's own words, it is a forecast.
    assert len(quotes("Inflation is expected to ease to 2% next year, the central bank said.")) == 1
    assert len(quotes('"Inflation is expected to ease to 2% next year," the governor said.')) == 1


def test_wanting_and_the_present_of_a_relative_clause_are_no_forecasts() -> None:
    assert quotes('The coach, whose contract runs until 2027, has said he wants to stay for "many years".') == []


def test_a_verb_of_expectation_frames_the_dated_clause_after_it() -> None:
    candidate = only("国家气候中心预计，明年夏季我国南方降水总体偏多。", "zh-Hans")
    assert candidate.resolve_on == datetime.date(2026, 12, 31)
    # 认为 alone judges the present: no date, no marker, no forecast.
    assert quotes("他认为，今年的就业形势总体稳定。", "zh-Hans") == []


def test_there_is_no_way_frames_a_forecast_and_a_forecast_made_earlier_is_recalled() -> None:
    assert len(quotes("There's no way the coalition survives until the budget.")) == 1
    assert quotes("She predicted in 2021 that tablets would replace laptops by 2025.") == []
    assert quotes("He said last year that the league would expand to 20 teams.") == []


def test_a_quoted_fragment_about_a_topic_keeps_its_reported_frame() -> None:
    candidate = only("他同时认为，要追上国际先进水平，“恐怕至少还需要十年”。", "zh-Hans")
    assert candidate.quote.startswith("他同时认为，要追上国际先进水平")
    assert candidate.resolve_on == datetime.date(2035, 6, 12)
    # A frame with a claim of its own keeps the quotation apart.
    candidate = only("吕斌认为，空域管理是最大瓶颈，“大规模载客运营要到2030年以后”。", "zh-Hans")
    assert candidate.quote == "大规模载客运营要到2030年以后"


def test_an_organisation_confirming_is_an_announcement() -> None:
    assert quotes("UEFA will confirm the kick-off times in March.") == []


def test_a_speakers_turn_may_name_a_role_in_brackets() -> None:
    text = (
        "MODERATOR (Kim Lee): Will fares keep rising?\n\n"
        "TOM ARCHER (chief executive, Northline Rail): They will rise again next year, by about 4 percent.\n\n"
        "王磊（经济学家）：我不这么看。"
    )
    candidate = only(text)
    assert (candidate.kind, candidate.resolve_on) == ("direct", datetime.date(2026, 12, 31))


def test_a_headline_with_a_verb_of_saying_reports() -> None:
    text = "Coffee prices will stay high into next year, roasters warn\n\nLONDON, June 12 - Prices rose again."
    assert only(text).kind == "reported"


@pytest.mark.parametrize(
    ("text", "resolve_on"),
    [
        ("The Treasury forecasts growth of 1.1% in 2026.", "2026-12-31"),
        ("Citi raised its year-end target for the Nikkei to 42,000.", "2025-12-31"),
    ],
)
def test_forecasts_with_a_noun_and_an_analysts_price_target(text: str, resolve_on: str) -> None:
    assert only(text).resolve_on == datetime.date.fromisoformat(resolve_on)


def test_sees_and_signalled_report_and_a_firms_own_target_is_no_price_target() -> None:
    assert only("UBS sees gold at $3,500 by the end of the year.").kind == "reported"
    assert only("The Fed signalled it would cut rates twice more this year.").kind == "reported"
    assert quotes("The carmaker raised its sales target to 2 million vehicles.") == []
    assert quotes("Prices are forecast to rise by 3% next year.") == []


def test_a_passive_expectation_keeps_a_speaker_named_earlier_in_its_paragraph() -> None:
    text = "The Bank of England published its projections on Thursday. Prices are forecast to rise by 3% next year."
    assert len(quotes(text)) == 1


@pytest.mark.parametrize(
    ("text", "resolve_on"),
    [
        ("他预计，房价将在两三年内企稳。", "2028-06-12"),
        ("她认为，一两年内行业就会出现整合。", "2027-06-12"),
        ("专家预测，三五年内固态电池有望量产。", "2030-06-12"),
        ("他判断，今明两年房价还会下跌。", "2026-12-31"),
        ("她预计，明后两年出口增速将明显放缓。", "2027-12-31"),
    ],
)
def test_two_neighbouring_numerals_are_a_range_and_two_years_named_together(text: str, resolve_on: str) -> None:
    assert only(text, "zh-Hans").resolve_on == datetime.date.fromisoformat(resolve_on)


@pytest.mark.parametrize(
    ("text", "language", "probability"),
    [
        ("我认为明年降息的可能性超过五成。", "zh-Hans", 0.5),
        ("她表示，有九成以上的把握年内完成交付。", "zh-Hans", 0.9),
        ("我估计明年油价上涨的概率大约40%。", "zh-Hans", 0.4),
        ("我觉得明年出线有一半以上的可能。", "zh-Hans", 0.5),
        ("I'd say it's 70-30 that the bill passes this year.", "en", 0.7),
        ("The odds are maybe 60-40 in favour of a deal by Friday.", "en", 0.6),
        ("I put it at two in three that rates fall this year.", "en", 0.667),
        ("There's a better-than-even chance of a cut in July.", "en", None),
    ],
)
def test_probabilities_said_with_bounds_splits_and_words(text: str, language: str, probability: float | None) -> None:
    assert only(text, language).probability == probability


def test_a_score_is_no_probability_and_a_share_of_firms_is_none() -> None:
    assert only("The team will win 3-1 on Saturday.").probability is None
    assert only("明年有一半的企业会亏损。", "zh-Hans").probability is None
