"""Rules of issue 12's sixth round: kinds of forecasting language the batch f_ (and c_, d_, e_) showed missing.

Each test is written in its own words, not copied from any corpus or held-out text.
"""

from __future__ import annotations

import datetime

from predictions.intake import find_forecasts
from tests.intake.helpers import copied_from_labelled_texts

SAID = datetime.date(2026, 3, 10)  # a Tuesday


def _dates(text: str, language: str, said_on: datetime.date = SAID) -> list[datetime.date | None]:
    return [c.resolve_on for c in find_forecasts(text, language=language, said_on=said_on)]


def test_before_a_quarter_is_the_end_of_the_quarter_before_it() -> None:
    text = "Freight bookings won't turn up, we think, before the 3rd quarter."
    assert _dates(text, "en") == [datetime.date(2026, 6, 30)]
    assert _dates("Bookings won't firm before the 1st quarter of 2027.", "en") == [datetime.date(2026, 12, 31)]
    # "In" and "by the end of" a quarter keep its own last day.
    assert _dates("Bookings will firm in the 3rd quarter.", "en") == [datetime.date(2026, 9, 30)]
    assert _dates("Bookings will firm by end of the 3rd quarter.", "en") == [datetime.date(2026, 9, 30)]


def test_a_range_of_years_or_of_months_ends_at_its_end() -> None:
    assert _dates("The ferry link will probably open in 2028 or 2029.", "en") == [datetime.date(2029, 12, 31)]
    took = "Analysts think it will take 9 to 15 months to refill the reservoirs."
    assert _dates(took, "en") == [datetime.date(2027, 6, 10)]
    # What took time in the past is no horizon.
    assert find_forecasts("It took 15 months to refill the reservoirs.", language="en", said_on=SAID) == []


def test_this_month_and_a_weekday_that_disruption_runs_into() -> None:
    assert _dates("I'd put a truce this month at 20 percent.", "en") == [datetime.date(2026, 3, 31)]
    assert _dates("Queues at the border will run into Sunday, the port said.", "en") == [datetime.date(2026, 3, 15)]


def test_a_weekday_naming_what_happens_on_it() -> None:
    assert _dates("Ferry strike will hit Sunday sailings too, operator says", "en") == [datetime.date(2026, 3, 15)]
    assert _dates("The walkout will hit Sunday's sailings as well, the union said.", "en") == [
        datetime.date(2026, 3, 15)
    ]


def test_odds_given_in_words_and_even_odds_on_whether() -> None:
    given = '"Can anyone catch her?" "I give the Dutchman maybe 25 percent."'
    assert [c.probability for c in find_forecasts(given, language="en", said_on=SAID)] == [0.25]
    merger = "We'd give the merger one in five."
    assert [c.probability for c in find_forecasts(merger, language="en", said_on=SAID)] == [0.2]
    # A raise or a discount given is no chance.
    assert find_forecasts("We will give nurses a 4 percent raise.", language="en", said_on=SAID) == []
    even = find_forecasts("To Lund it is “fifty-fifty” whether the mine reopens.", language="en", said_on=SAID)
    assert [c.probability for c in even] == [0.5]
    # "Whether" without odds is still a question nobody answers.
    assert find_forecasts("Nobody knows whether the mine reopens this year.", language="en", said_on=SAID) == []


def test_chinese_odds_after_the_claim_and_confidence_before_it_are_one_forecast() -> None:
    after = find_forecasts("明年出口有可能翻倍，我给三成可能。", language="zh-Hans", said_on=SAID)
    assert [(c.quote, c.probability) for c in after] == [("明年出口有可能翻倍，我给三成可能。", 0.3)]
    before = find_forecasts("李明：我有七成把握，明年能盈利。", language="zh-Hans", said_on=SAID)
    assert [(c.quote, c.probability, c.resolve_on) for c in before] == [
        ("我有七成把握，明年能盈利。", 0.7, datetime.date(2027, 12, 31))
    ]


def test_believing_a_thing_can_be_done_is_a_forecast_of_it() -> None:
    believed = find_forecasts("我认为这条新线后年能够如期通车。", language="zh-Hans", said_on=SAID)
    assert [c.resolve_on for c in believed] == [datetime.date(2028, 12, 31)]
    # The short contrast after it qualifies it and stays in the quote.
    hedged = find_forecasts("我觉得能做到，但挑战很大。", language="zh-Hans", said_on=SAID)
    assert [c.quote for c in hedged] == ["我觉得能做到，但挑战很大。"]
    not_forecasts = ("我觉得能源价格很高。", "我认为他能力很强。", "新线将如期通车。")
    assert [t for t in not_forecasts if find_forecasts(t, language="zh-Hans", said_on=SAID)] == []


def _quotes(text: str, language: str = "en") -> list[str]:
    return [c.quote for c in find_forecasts(text, language=language, said_on=SAID)]


def test_a_question_asked_outright_is_no_candidate_and_its_answer_is() -> None:
    transcript = (
        "HOST: Will we see a run on the smaller banks, the nightmare case?\n\n"
        "GUEST: Not this decade, I'd guess, but the pressure is building.\n"
    )
    assert _quotes(transcript) == ["Not this decade, I'd guess, but the pressure is building."]
    # "Where does it go from here?" asks about what comes; the elliptical answer is the forecast.
    market = "HOST: Rents hit a record in May. Where do they go from here?\n\nGUEST: Higher, but not fast.\n"
    assert _quotes(market) == ["Higher, but not fast."]
    # A question about one's own plan stays unanswered as a forecast.
    plan = "HOST: Will you open a second shop?\n\nGUEST: Not this year.\n"
    assert _quotes(plan) == []


def test_odds_on_a_timetable_and_a_reason_given_for_the_claim() -> None:
    odds = "Internally we see a 60% chance that the levy begins on schedule in 2028."
    assert [(c.probability, c.resolve_on) for c in find_forecasts(odds, language="en", said_on=SAID)] == [
        (0.6, datetime.date(2028, 12, 31))
    ]
    assert find_forecasts("The new levy begins on schedule in 2028.", language="en", said_on=SAID) == []
    reason = "But I'd bet our members stay, because loyalty is what they value."
    assert _quotes(reason) == ["I'd bet our members stay, because loyalty is what they value."]


def test_a_verbless_sentence_dating_the_forecast_just_made() -> None:
    text = 'Hale shrugs. "Sara will win gold eventually. Maybe not in 2027, but by 2030."'
    assert [(c.quote, c.resolve_on) for c in find_forecasts(text, language="en", said_on=SAID)] == [
        ("Sara will win gold eventually.", None),
        ("Maybe not in 2027, but by 2030.", datetime.date(2030, 12, 31)),
    ]
    upbeat = 'She was upbeat. "Sales will recover. Probably in 2027."'
    assert _dates(upbeat, "en") == [datetime.date(2027, 12, 31)]  # no contrast: one claim, dated
    # After no forecast, or about the past, it dates nothing.
    assert find_forecasts("Sales rose. Not in 2027.", language="en", said_on=SAID) == []


def _offered(texts: tuple[str, ...], language: str) -> list[str]:
    return [text for text in texts if find_forecasts(text, language=language, said_on=SAID)]


def test_chinese_own_plans_targets_put_forward_and_unnamed_voices_are_not_offered() -> None:
    not_forecasts = (
        "另外，集团明年将在匈牙利设立研发中心。",  # setting up what it runs
        "陈总说，公司“两年内不会考虑融资”。",  # weighing its own move
        "我们不会把涨价转嫁给用户。",
        "我们的计划是，后年再开500家社区店，2028年前覆盖所有省会城市；",  # "our plan is" governs
        "农业农村部提出，到2027年，在主产区基本实现机收全覆盖。",  # an authority's target put forward
        "一位参与本轮融资的机构人士告诉记者，赛道明年会有一轮整合。",  # one person nobody names
        "有司机担心，新规实施后收入会下降。",
        "该公司董秘表示，今年将维持40%的分红比例。",  # a firm's payout policy
        "铁路部门明年将开行冰雪旅游专列200列。",
        "秋季将至，景区人流渐少。",
    )
    assert _offered(not_forecasts, "zh-Hans") == []
    forecasts = (
        "他认为央行下个月会考虑降息。",  # a body's decision foretold
        "他认为企业会把成本转嫁给消费者。",
        "研究员李明认为，赛道明年会有一轮整合。",  # the same claim, named
        "我认为明年行业集中度会明显提升。",
        "他预计，今年门店客流会增长两成。",
    )
    assert _offered(forecasts, "zh-Hans") == list(forecasts)


def test_english_arrangements_relayed_with_will_and_rules_in_force_are_not_offered() -> None:
    not_forecasts = (
        "The port authority will award the dredging contract on 9 May.",
        "Resurfacing work will start in June, the council said.",
        "The operator will end its weekend closures of the tunnel by 31 July, a spokesman said.",
        "The ministry said it would lift its ban on poultry fairs only after 21 days without a case.",
        "The organisers have confirmed that the purse will rise to $2 million next year.",
        'Per the Treasury, ministers "won\'t intervene in pay talks at a private firm".',
        "Just one in four buses will run on Monday when drivers strike, the company said.",
        "We will restock our shelves in October.",
        "The agency already requires airlines to file a plan within 90 days.",
    )
    assert _offered(not_forecasts, "en") == []
    forecasts = (
        "OPEC+ will extend its output cuts into 2027, the analyst predicted.",
        # A forecaster's count of starts, and outcomes said of the same subjects.
        "Work will start on fewer than 9,000 homes this year, the consultancy forecast.",
        "The port authority will struggle to fill the contract, the analyst said.",
        "We will lose our best staff to rivals next year, she warned.",
    )
    assert _offered(forecasts, "en") == list(forecasts)


def test_should_of_a_quantity_a_headlines_set_for_an_estimate_put_and_a_price_target_raised() -> None:
    forecasts = (
        "ANNA: Peru should produce around 3 million tonnes next season, up from 2.6.",
        "Norway's Greens set for a third win in a row, says pollster",
        "Ms Berg put the turnout at no more than 70 percent, a record low.",
        "All the same, we are lifting our price target for Orkla to $52.",
    )
    assert _offered(forecasts, "en") == list(forecasts)
    not_forecasts = (
        "The hearing is set for March 3.",
        "Farmers should produce more pulses, the minister said.",  # should of advice, no figure
        "Insurers put the storm damage at about $2 billion.",  # an estimate of what is
    )
    assert _offered(not_forecasts, "en") == []


def test_the_wait_before_something_is_its_horizon() -> None:
    assert _dates('"It might be a year before the herd counts as clear," she said.', "en") == [
        datetime.date(2027, 3, 10)
    ]
    assert _dates("It may be two years before prices recover, he said.", "en") == [datetime.date(2028, 3, 10)]
    assert find_forecasts("It was two years before prices recovered.", language="en", said_on=SAID) == []


def test_chinese_change_by_an_amount_no_problem_and_a_confidence_before_its_dated_claim() -> None:
    transcript = "记者：对今年的订单怎么看？\n王林：今年订单增长三成问题不大。我有七成把握，明年上半年能盈利。\n"
    found = find_forecasts(transcript, language="zh-Hans", said_on=SAID)
    assert [(c.quote, c.probability) for c in found] == [
        ("今年订单增长三成问题不大。", None),
        ("我有七成把握，明年上半年能盈利。", 0.7),
    ]
    # A present state with a number is no forecast.
    assert find_forecasts("目前库存增加两成，质量问题不大。", language="zh-Hans", said_on=SAID) == []


def test_chinese_own_openings_wants_and_a_firm_nobody_names() -> None:
    not_forecasts = (
        "明年春天我们会开一家亲子农场体验馆。",
        "暑假我想去青岛看海，就怕人太多。",
        "杭州一家茶企负责人称，今年龙井价格可能下跌。",
    )
    assert _offered(not_forecasts, "zh-Hans") == []
    assert _offered(("我想明年房价会企稳。",), "zh-Hans") == ["我想明年房价会企稳。"]
    named = "上海一家券商的首席分析师刘涛认为，今年龙井价格可能下跌。"
    assert _offered((named,), "zh-Hans") == [named]


def test_a_timetable_guessed_at_the_earliest_and_its_odds_in_the_next_sentence() -> None:
    found = find_forecasts("最快后年就会出台全国统一的标准。我个人有八成把握。", language="zh-Hans", said_on=SAID)
    assert [(c.quote, c.probability, c.resolve_on) for c in found] == [
        ("最快后年就会出台全国统一的标准。我个人有八成把握。", 0.8, datetime.date(2028, 12, 31))
    ]
    # Without "at the earliest" the body's own timetable stays a schedule.
    assert find_forecasts("后年将出台全国统一的标准。", language="zh-Hans", said_on=SAID) == []


def test_english_bodies_opening_stopping_and_reviewing_their_own_things() -> None:
    not_forecasts = (
        "The health board will open 25 pop-up clinics in libraries from Monday.",
        "The chain will also stop selling paraffin heaters next winter.",
        "In May, per the chairman, directors would review the payout.",
        "Postal votes will be sent out from 3 October.",
    )
    assert _offered(not_forecasts, "en") == []
    assert _offered(("Shares will open 10 percent higher, traders predicted.",), "en") != []


def test_odds_reported_after_adding_that_are_a_candidate_of_their_own() -> None:
    text = (
        "Timber sales look set to sag in 2026, said Tom Rowe of Nordskog, adding that she saw a 1-in-4 "
        "chance that they sink under 2 million cubic metres."
    )
    found = find_forecasts(text, language="en", said_on=SAID)
    assert [(c.quote.startswith("adding"), c.probability) for c in found] == [(False, None), (True, 0.25)]


def test_a_better_than_even_chance_is_a_hedge_answering_the_question_before_it() -> None:
    text = (
        "Prices rose again in March.\n\n"
        '"Can a carton get back under $4 by year-end? My answer: better-than-even odds," '
        "Ana Ruiz of Farm Policy Lab said."
    )
    found = find_forecasts(text, language="en", said_on=SAID)
    assert [(c.resolve_on, c.probability, c.hedges) for c in found] == [
        (datetime.date(2026, 12, 31), None, ("better-than-even odds",))
    ]


def test_chinese_odds_answering_an_embedded_question_and_a_confidence_framing_a_dated_claim() -> None:
    asked = find_forecasts("新药能否在2028年以前获批，我觉得有七成左右把握。", language="zh-Hans", said_on=SAID)
    assert [(c.probability, c.resolve_on) for c in asked] == [(0.7, datetime.date(2027, 12, 31))]
    framed = find_forecasts("我们有八成把握，到2029年，这条航线会实现盈利。", language="zh-Hans", said_on=SAID)
    assert [(c.quote, c.probability) for c in framed] == [("我们有八成把握，到2029年，这条航线会实现盈利。", 0.8)]
    # A question nobody answers with odds stays a question.
    assert find_forecasts("新药能否在2028年以前获批，还要看临床数据。", language="zh-Hans", said_on=SAID) == []
    farmer = "山东临沂一位种植户对记者说，她家的苹果将在10月中旬采摘完毕。"
    assert find_forecasts(farmer, language="zh-Hans", said_on=SAID) == []


def test_fixtures_own_projects_in_the_present_and_a_comparison_with_an_earlier_forecast() -> None:
    text = (
        "Milk will cost 12% more this year, the agency forecast on Monday, well above the 5% rise "
        "it predicted in January."
    )
    assert _quotes(text) == ["Milk will cost 12% more this year, the agency forecast on Monday"]
    not_forecasts = (
        "The winner will play the holder for the crown in October.",
        "Our new plant opens in Ohio next May.",
    )
    assert _offered(not_forecasts, "en") == []
    forecasts = ("Our revenue grows 5 percent next year, I think.", "Alcaraz will play the final on Sunday, I'm sure.")
    assert _offered(forecasts, "en") == list(forecasts)


def test_these_sentences_are_not_copied_from_the_corpus_or_the_batches() -> None:
    """No 25-character stretch of a sentence above (12 in Chinese) appears in a corpus or batch text."""
    assert copied_from_labelled_texts(__file__, read_up_to="f") == []


def test_if_i_must_give_a_number_is_a_hedge_not_a_condition() -> None:
    guessed = "如果一定要给个数字的话，我觉得五年内出现能替代大部分客服的系统，可能性大概三成。"
    assert [c.probability for c in find_forecasts(guessed, language="zh-Hans", said_on=SAID)] == [0.3]
    assert find_forecasts("如果明年降息，房价会回升。", language="zh-Hans", said_on=SAID) == []


def test_a_firms_own_prices_and_capacity_and_a_bodys_agenda_and_recess() -> None:
    not_forecasts = (
        "Kordel would keep its fares flat through June, she said.",
        "On seats, we will grow our network by 2 to 4 percent in 2026.",
        "We take delivery of 11 new trains from Alstom in 2026.",
        "The board, which meets Friday, will discuss a fresh tariff then.",
        "The assembly will rise for its summer recess next week.",
    )
    assert _offered(not_forecasts, "en") == []
    forecasts = (
        "The central bank will keep its rates on hold until June, she predicted.",
        "We will grow our revenue by 10 percent in 2026.",
    )
    assert _offered(forecasts, "en") == list(forecasts)


def test_a_rule_that_applies_from_a_date_is_not_a_forecast() -> None:
    assert _offered(("Officials have said gas heating will not be permitted after 2029 in new flats.",), "en") == []
    forecast = "Gas boilers will not be sold in big numbers after 2029, the analyst predicted."
    assert _offered((forecast,), "en") == [forecast]


def test_chinese_own_studies_a_leagues_rounds_and_a_policy_carried_on() -> None:
    not_forecasts = (
        "我们课题组下半年会在云南选两个乡镇做入户调查。",
        "新赛季18支球队将进行34轮比赛。",
        "明年的家电以旧换新政策将延续",
    )
    assert _offered(not_forecasts, "zh-Hans") == []
    assert _offered(("我认为明年的家电销量将延续增长。",), "zh-Hans") == ["我认为明年的家电销量将延续增长。"]


def test_a_claim_after_what_its_subject_went_through_and_what_one_is_looking_at() -> None:
    text = (
        "Devon's Harwick Pier, closed since storms cracked its deck last winter, won't welcome walkers back "
        "before 2028, according to Tom Reed, the harbour master."
    )
    assert _dates(text, "en") == [datetime.date(2027, 12, 31)]
    looking = '"To be frank, we’re looking at a relaunch by autumn 2027," Ann Moss told councillors.'
    assert _dates(looking, "en") == [datetime.date(2027, 12, 31)]
    assert find_forecasts("We are looking at a map of the harbour.", language="en", said_on=SAID) == []


def test_a_figure_of_ones_own_and_odds_after_and_are_two_claims() -> None:
    text = "Our own figure is 12 million tonnes for the harvest, and I see perhaps a 1-in-4 chance it ends below 10."
    found = find_forecasts(text, language="en", said_on=SAID)
    assert [c.probability for c in found] == [None, 0.25]
    assert find_forecasts("My phone number is 555 1234.", language="en", said_on=SAID) == []


def test_a_second_subject_and_infinitive_after_expects_is_a_second_forecast() -> None:
    text = (
        "Farm economist Jo Lane expects national wheat output to fall 2 percent next year and flour prices to stay "
        "above $30 a sack until autumn."
    )
    assert [c.quote[:11] for c in find_forecasts(text, language="en", said_on=SAID)] == ["Farm econom", "flour price"]
    # One subject with two verbs stays one claim.
    assert len(find_forecasts("She expects prices to fall and then recover.", language="en", said_on=SAID)) == 1
