"""Rules of issue 12's fifth round: kinds of forecasting language the batch e_ (and c_, d_) showed missing.

Each test is written in its own words, not copied from any corpus or held-out text.
"""

from __future__ import annotations

import datetime

from predictions.intake import find_forecasts

SAID = datetime.date(2025, 9, 15)


def _dates(text: str, language: str, said_on: datetime.date = SAID) -> list[datetime.date | None]:
    return [c.resolve_on for c in find_forecasts(text, language=language, said_on=said_on)]


def test_a_datelines_day_is_the_day_of_writing_not_a_horizon() -> None:
    said = datetime.date(2025, 3, 4)
    wire = "MADRID, March 4 (Iberia Wire) - Olive oil prices will drop by a quarter over 2025, its head said."
    assert _dates(wire, "en", said) == [datetime.date(2025, 12, 31)]
    without_agency = "PERTH, Mar 4 - Iron ore shipments will rise at the July 2026 quarter end, the port's chief said."
    assert _dates(without_agency, "en", said) == [datetime.date(2026, 7, 31)]
    # The same words elsewhere in a sentence stay a horizon.
    assert _dates("The port's chief said shipments would peak by March 20.", "en", said) == [datetime.date(2025, 3, 20)]


def test_a_month_and_its_year_is_not_read_as_a_month_and_a_day() -> None:
    said = datetime.date(2025, 3, 4)
    assert _dates("Fares will be cut at the September 2026 timetable change, the operator said.", "en", said) == [
        datetime.date(2026, 9, 30)
    ]


def test_a_named_period_is_dated_by_the_last_day_the_text_gave_it() -> None:
    said = datetime.date(2025, 12, 1)
    given = "今年元旦档从12月30日持续到1月1日，共3天。"
    assert _dates(given + "我认为今年元旦档票房会超过20亿元。", "zh-Hans", said) == [datetime.date(2026, 1, 1)]
    # The short name of a long one, and 档期 for a 档.
    holiday = "今年劳动节假期从5月1日至5日，共5天。"
    assert _dates(holiday + "他预计，假期期间景区客流将创新高。", "zh-Hans", said) == [datetime.date(2026, 5, 5)]
    assert _dates(holiday + "他预计，劳动期间景区客流将创新高。", "zh-Hans", said) == [datetime.date(2026, 5, 5)]
    assert _dates(given + "喜剧片大概率会拿下档期冠军。", "zh-Hans", said) == [datetime.date(2026, 1, 1)]
    # Opened on one day and closed at a month's end; the season's short name.
    window = "夏季转会窗口将于6月10日开启，8月底关闭。他认为，今年夏窗引援总数不会超过30人。"
    assert _dates(window, "zh-Hans", said) == [datetime.date(2026, 8, 31)]
    # A period the text never dates keeps 今年's year end.
    assert _dates("我认为今年元旦档票房会超过20亿元。", "zh-Hans", said) == [datetime.date(2025, 12, 31)]
    # The dates themselves are a fact of the calendar, not a forecast; a forecast over days stays one.
    assert find_forecasts(given, language="zh-Hans", said_on=said) == []
    assert len(find_forecasts("降温将从5日持续到8日。", language="zh-Hans", said_on=said)) == 1


def _offered(texts: tuple[str, ...], language: str) -> list[str]:
    return [text for text in texts if find_forecasts(text, language=language, said_on=SAID)]


def test_hedged_chinese_forecasts_with_or_no_problem_and_my_estimate() -> None:
    hedged = (
        "受厄尔尼诺影响，东北地区降水或偏少。",  # 或 + 偏多/偏少: "may"
        "明年猪价或出现一轮反弹。",
        "这支球队进入季后赛问题不大。",  # reaching a result is "not much of a problem"
        "我估计新馆开放后每天能接待两万名游客。",
    )
    assert _offered(hedged, "zh-Hans") == list(hedged)
    plain = (
        "目前设备质量问题不大。",  # a present judgement
        "我估计他已经离开了北京。",  # an estimate of the past
        "或者你也可以乘坐地铁。",
    )
    assert _offered(plain, "zh-Hans") == []


def test_a_headline_part_giving_the_forecast_to_unnamed_experts_is_not_offered() -> None:
    assert find_forecasts("电池价格战升级 专家称明年行业或迎洗牌", language="zh-Hans", said_on=SAID) == []
    named = find_forecasts("电池价格战升级 研究员王明称明年行业或迎洗牌", language="zh-Hans", said_on=SAID)
    assert len(named) == 1


def test_should_of_expectation_with_a_figure_and_a_guess_with_its_number() -> None:
    expected = find_forecasts("Bond yields should run at about 4 percent until 2028.", language="en", said_on=SAID)
    assert [c.resolve_on for c in expected] == [datetime.date(2028, 12, 31)]
    # "Should" of obligation stays a prescription.
    assert find_forecasts("Councils should run more buses until 2028.", language="en", said_on=SAID) == []
    guess = find_forecasts("First-week sales? I'd guess 300,000 copies.", language="en", said_on=SAID)
    assert len(guess) == 1 and "I'd guess" in guess[0].hedges
    assert find_forecasts("I'd guess most readers already know her name.", language="en", said_on=SAID) == []


def test_english_look_alikes_relayed_plans_recalled_forecasts_habits_and_unnamed_trades() -> None:
    not_forecasts = (
        "Norrvik Air will add four routes to Canada from June.",  # a carrier's own network
        "The minister said the council would extend the scheme to carers from next spring.",  # a body's programme
        "The Housing Bill will require landlords to register every tenancy by 2027.",  # what a law obliges
        "In 2019 Halloran predicted that the party would win 30 percent.",  # recalled, the year put first
        "The weather bureau in March forecast 14 named storms.",  # recalled, the month put first
        "Flu usually peaks in January.",  # what happens as a rule
        "Fishermen warn that the ban will empty the harbour towns.",  # an unnamed trade
    )
    assert _offered(not_forecasts, "en") == []
    # The same kinds with a named speaker and a claim about an outcome stay forecasts.
    forecasts = (
        "Fares on the new routes will fall by a fifth next year, the airline's chief said.",
        "Halloran predicted on Monday that the party would win 30 percent next year.",
        "Flu will peak in January, the health agency said.",
    )
    assert _offered(forecasts, "en") == list(forecasts)


def test_a_wire_sources_background_after_as_is_not_a_second_candidate() -> None:
    text = (
        "Olive oil exports will rise 8 percent next year, the growers' association forecast on Monday, "
        "as rain returns to Andalusia after two dry years."
    )
    found = find_forecasts(text, language="en", said_on=SAID)
    assert len(found) == 1 and found[0].resolve_on == datetime.date(2026, 12, 31)
    assert "rain returns" not in found[0].quote
    report = (
        "Cargo volumes will fall 4 percent next year, the port authority forecast in a note issued on Monday, "
        "as two new terminals open nearby."
    )
    assert len(find_forecasts(report, language="en", said_on=SAID)) == 1
    # A firm's own outcome said "on Monday" is still a forecast, not the frame of one.
    profit = "The retailer said on Monday it would return to profit in 2026."
    assert len(find_forecasts(profit, language="en", said_on=SAID)) == 1


def test_an_answer_on_a_condition_is_not_a_forecast() -> None:
    text = 'Asked about the outlook, he said: "Should the strike spread, the harvest would be lost."'
    assert find_forecasts(text, language="en", said_on=SAID) == []
    answered = 'Asked about the outlook, he said: "The harvest will be late this year."'
    assert len(find_forecasts(answered, language="en", said_on=SAID)) == 1


def test_chinese_schedules_own_trials_and_declared_plans_are_not_offered() -> None:
    not_forecasts = (
        "两部国产大片明年暑期陆续上映。",  # a release calendar
        "公司表示，根据厂商排期，今年新车交付量将超过5万辆。",  # relayed from a maker's timetable
        "下月我们将在两家门店试点无人收银。",  # an organisation's own trial
        "协会表示，新一轮谈判将在国庆后启动。",  # starting what is arranged
        "颁奖仪式会在闭幕后进行。",
        "明年最低工资标准将继续上调，这是省里的既定安排。",  # declared a plan by the clause after it
    )
    assert _offered(not_forecasts, "zh-Hans") == []
    forecasts = (
        "我认为五年内这项制度一定会全国推开。",  # 推开 is no schedule's 开
        "明年最低工资标准将继续上调，这一点我很有把握。",
        "他认为，今年新车交付量将超过5万辆。",
    )
    assert _offered(forecasts, "zh-Hans") == list(forecasts)


def test_odds_in_a_resumed_quotation_and_before_a_law_takes_effect() -> None:
    text = '"Wheat will average $6 a bushel this year," Moreno added, "and I see a one-in-four chance it tops $8."'
    found = find_forecasts(text, language="en", said_on=SAID)
    assert [c.probability for c in found] == [None, 0.25]
    timed = "My hunch: a one-in-three chance that ministers water down the levy before it takes effect."
    assert [c.probability for c in find_forecasts(timed, language="en", said_on=SAID)] == [0.333]
    # A law's own start is still a schedule.
    assert find_forecasts("The levy takes effect in April 2026.", language="en", said_on=SAID) == []


def test_may_of_what_is_possible_is_a_hedged_forecast_without_a_date() -> None:
    found = find_forecasts("Cocoa may get cheaper, but sugar keeps rising.", language="en", said_on=SAID)
    assert len(found) == 1 and "may" in found[0].hedges
    not_forecasts = (
        "You may apply online or at any branch.",  # a permission
        "Prices may have peaked in March.",  # of the past
        "Rates could fall.",  # could/might without a date stay hypotheticals
    )
    assert _offered(not_forecasts, "en") == []


def test_a_month_naming_its_event_and_a_year_over_which_a_claim_holds() -> None:
    said = datetime.date(2025, 6, 3)
    headline = "Cargo insurers to cut rates at March reviews, says Lloyd Hart"
    renewals = find_forecasts(headline, language="en", said_on=said)
    assert [c.resolve_on for c in renewals] == [datetime.date(2026, 3, 31)]
    meeting = find_forecasts("The bank will cut rates at its July meeting, she said.", language="en", said_on=said)
    assert [c.resolve_on for c in meeting] == [datetime.date(2025, 7, 31)]
    for words in ("over 2026", "across 2026", "for the rest of 2026", "over the course of 2026"):
        found = find_forecasts(f"Freight rates will slide {words}, the carrier said.", language="en", said_on=said)
        assert [(c.horizon, c.resolve_on) for c in found] == [(words, datetime.date(2026, 12, 31))], words


def test_a_plants_start_of_output_is_its_schedule_the_claim_after_but_keeps_its_own_date() -> None:
    said = datetime.date(2025, 11, 12)
    text = (
        "BOISE, Idaho, Nov 12 - The new battery plant will start making cells in mid-2026, but it will not turn a "
        "profit before 2029, the company's finance chief said on Wednesday."
    )
    found = find_forecasts(text, language="en", said_on=said)
    assert [(c.quote.startswith("it will not"), c.resolve_on) for c in found] == [(True, datetime.date(2028, 12, 31))]
    money = find_forecasts("The plant will start making money in 2027, he said.", language="en", said_on=said)
    assert [c.resolve_on for c in money] == [datetime.date(2027, 12, 31)]


def test_wondering_and_travelling_foretold_are_forecasts() -> None:
    forecasts = (
        "I believe commuters will wonder how they ever managed without the tram.",
        "She said she did not believe tankers would return to the Strait of Hormuz route this year.",
    )
    assert _offered(forecasts, "en") == list(forecasts)
    # Asking now, and a person's own journey, are not.
    asked_or_own = ("I wonder whether rents will fall.", "The minister will return to Brussels on Monday.")
    assert _offered(asked_or_own, "en") == []


def test_a_horizon_counted_from_an_event_has_no_date() -> None:
    counted = (
        "Fares will halve within three years of the launch.",
        "Within 18 months of start-up, output will double.",
    )
    for text in counted:
        found = find_forecasts(text, language="en", said_on=SAID)
        assert [c.resolve_on for c in found] == [None], text
    assert _dates("Fares will halve within two years.", "en") == [datetime.date(2027, 9, 15)]


def test_a_period_dated_in_brackets_and_a_month_range_into_next_year() -> None:
    said = datetime.date(2025, 4, 20)
    assert _dates("预计今年主汛期（7月至8月）华北降水将偏多。", "zh-Hans", said) == [datetime.date(2025, 8, 31)]
    # Later mentions of the bracketed period take the same day.
    watch = "今年观测季（11月1日至3月15日）即将开始。专家认为，观测季期间极光活动会明显增多。"
    assert _dates(watch, "zh-Hans", said) == [datetime.date(2026, 3, 15)]
    winter = datetime.date(2025, 11, 20)
    assert _dates("预计12月至明年2月南方气温将偏高。", "zh-Hans", winter) == [datetime.date(2026, 2, 28)]
    assert _dates("预计11月至次年3月北方降水将偏少。", "zh-Hans", winter) == [datetime.date(2026, 3, 31)]
    # A range within one year is unchanged.
    assert _dates("预计7月至8月降水将偏多。", "zh-Hans", said) == [datetime.date(2025, 8, 31)]


def test_an_english_period_is_dated_by_the_last_day_the_text_gave_it() -> None:
    said = datetime.date(2026, 6, 1)
    window = (
        "The summer transfer window opens on June 16 and closes on September 1. "
        "I think someone will pay 30 million for a striker this window."
    )
    assert _dates(window, "en", said) == [datetime.date(2026, 9, 1)]
    holiday = (
        "The Christmas holiday runs from December 23 to January 2. "
        "Retail sales will rise 4 percent over the holiday, the association said."
    )
    assert _dates(holiday, "en", said) == [datetime.date(2027, 1, 2)]
    festival = "The festival (July 4-13) opens next month. Its director expects 200,000 visitors during the festival."
    assert _dates(festival, "en", said) == [datetime.date(2026, 7, 13)]
    # Never dated in the text: no date.
    assert _dates("I think someone will pay 30 million for a striker this window.", "en", said) == [None]


def test_doubting_a_schedule_expecting_ones_own_results_and_would_add_to_profit() -> None:
    forecasts = (
        "The historian doubted that the referendum would be held before the end of 2029.",
        "Frankly, we should have a bumper harvest year in 2027.",
        "Moreau was sure the merger would add €8 million a year to earnings from 2027, he told analysts.",
    )
    assert _offered(forecasts, "en") == list(forecasts)
    not_forecasts = (
        "The referendum will be held in May 2026.",  # the schedule itself
        "We should hire more nurses in 2026.",  # should of what one ought to do
        "Should the talks fail, prices would soar.",  # a condition at the head of the sentence
    )
    assert _offered(not_forecasts, "en") == []


def test_chinese_estimates_named_projects_and_even_odds_in_words() -> None:
    said = datetime.date(2025, 10, 10)
    estimate = find_forecasts("我们估计，今年新疫苗的保护效果在六成左右。", language="zh-Hans", said_on=said)
    assert [c.resolve_on for c in estimate] == [datetime.date(2025, 12, 31)]
    project = "他表示，国际空间站（ISS）计划有四成的可能推迟退役。"
    assert [c.probability for c in find_forecasts(project, language="zh-Hans", said_on=said)] == [0.4]
    even = find_forecasts("我觉得五年内实现量产，可能性大概是一半一半。", language="zh-Hans", said_on=said)
    assert [c.probability for c in even] == [0.5]
    # A company's own plan stays a plan; half the staff is a share.
    assert _offered(("公司计划明年推出新车。", "一半的员工计划明年跳槽。"), "zh-Hans") == []


def test_another_years_period_a_periods_own_calendar_and_a_finer_date_after_the_year() -> None:
    said = datetime.date(2025, 1, 10)
    calendar = "今年暑期档自6月1日开始，至8月31日结束，共92天。"
    assert find_forecasts(calendar, language="zh-Hans", said_on=said) == []
    last_year = calendar + "据统计，去年暑期档期间，全国票房为116亿元。"
    assert find_forecasts(last_year, language="zh-Hans", said_on=said) == []
    this_year = calendar + "他预计，今年暑期档期间全国票房将超过120亿元。"
    assert _dates(this_year, "zh-Hans", said) == [datetime.date(2025, 8, 31)]
    autumn = datetime.date(2024, 10, 20)
    assert _dates("预计今年供暖季将从11月中下旬开始。", "zh-Hans", autumn) == [datetime.date(2024, 11, 30)]
    assert _dates("预计11月上中旬将迎来首场寒潮。", "zh-Hans", autumn) == [datetime.date(2024, 11, 20)]
    # The day of speaking is no finer horizon of the year named after it.
    spoken = "他10月20日表示，预计2024年全年出口将超过600万辆。"
    assert _dates(spoken, "zh-Hans", autumn) == [datetime.date(2024, 12, 31)]


def test_a_firms_forecast_of_a_regulators_approval_is_an_outcome() -> None:
    said = datetime.date(2025, 11, 5)
    approval = "董事长王宁表示，公司的流感新药预计将于明年上半年获批上市。"
    assert _dates(approval, "zh-Hans", said) == [datetime.date(2026, 6, 30)]
    # Its own launch and an event's calendar stay schedules.
    assert _offered(("公司新品将于明年3月上市销售。", "年度峰会将于9月在杭州召开。"), "zh-Hans") == []


def test_a_rise_under_a_rule_a_raters_own_revision_and_a_speakers_intention_are_not_forecasts() -> None:
    not_forecasts = (
        "Child benefit will climb 3.1 percent in October under the uprating formula.",
        "The agency said it was likely to downgrade its rating on the bank within six months.",
        "I will be brief this morning.",
    )
    assert _offered(not_forecasts, "en") == []
    forecasts = (
        "Under the new formula, I think bills will fall 5 percent next year.",
        "Fitch expects the sector to be downgraded by 2026.",
    )
    assert _offered(forecasts, "en") == list(forecasts)
