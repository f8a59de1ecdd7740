"""English forms of forecasts beyond "will": one rule per test, on sentences written for these tests.

Each rule comes from how forecasts are said in news, interviews and speeches (the predictive present, belief
frames, speech-act conditionals, pseudo-clefts, relative clauses, quotations of several sentences), not from
any one text of the corpus.
"""

from __future__ import annotations

import datetime

import pytest

from predictions.intake import Candidate, find_forecasts

SAID = datetime.date(2025, 3, 10)


def quotes(text: str, said_on: datetime.date = SAID) -> list[str]:
    return [c.quote for c in find_forecasts(text, language="en", said_on=said_on)]


def only(text: str) -> Candidate:
    candidates = find_forecasts(text, language="en", said_on=SAID)
    assert len(candidates) == 1, [c.quote for c in candidates]
    return candidates[0]


@pytest.mark.parametrize(
    "text",
    [
        "That will change within a decade.",
        "The data will show a slowdown.",
        "The bill will pass the Senate.",
        "The units will cost more than planned.",
        "He has predicted that the index reaches 6,000.",
    ],
)
def test_will_after_a_word_ending_like_a_determiner_is_still_will(text: str) -> None:
    # "That", "data", "bill", "units", "has" end in "at", "a", "ill", "its", "as": never read as "at will" & co.
    assert quotes(text) == [text]


def test_a_relative_clause_about_the_past_stays_inside_the_forecast_and_does_not_date_it() -> None:
    text = "Lopez said the bridge, which opened in 2019, would carry 50,000 cars a day."
    candidate = only(text)
    assert candidate.quote == text
    assert candidate.resolve_on is None


def test_each_sentence_of_a_long_quotation_is_read_on_its_own() -> None:
    text = '"Demand is soft. We think prices fall next year. Costs keep rising," she told reporters.'
    candidate = only(text)
    assert (candidate.quote, candidate.kind) == ("We think prices fall next year.", "direct")
    assert candidate.resolve_on == datetime.date(2026, 12, 31)


def test_unless_a_rule_changes_is_the_world_as_it_is_but_unless_it_rains_is_a_condition() -> None:
    status_quo = "Unless the rules change, we believe rents will rise 5 percent by 2027."
    assert quotes(status_quo) == [status_quo]
    assert quotes("Unless it rains within a month, the harvest will fail.") == []


def test_a_pseudo_cleft_introduces_a_forecast_and_asks_nothing() -> None:
    assert quotes("What I will say is that the virus will keep spreading in wild birds.") == [
        "What I will say is that the virus will keep spreading in wild birds."
    ]
    assert quotes("What I can tell you is how we see the economy.") == []


def test_predicted_that_makes_a_forecast_of_what_reads_like_a_schedule() -> None:
    text = "She predicted that the city would host the Olympics before 2040."
    assert only(text).resolve_on == datetime.date(2039, 12, 31)
    assert quotes("The city will host the Olympics in 2036, the committee announced.") == []


def test_report_is_a_schedule_only_for_results_and_dates() -> None:
    assert quotes("Most schools will report calmer corridors.") == ["Most schools will report calmer corridors."]
    assert quotes("We will report first-quarter results on April 23.") == []


@pytest.mark.parametrize(
    "text",
    [
        "I think Arsenal win the league.",
        "We believe the deficit widens to 3 percent this year.",
        "If I had to bet, the bill fails.",
        "Growth slows to 1 percent a year through 2027.",
        "I don't think prices get back to normal.",
    ],
)
def test_the_predictive_present_is_a_forecast_when_a_belief_or_a_date_frames_it(text: str) -> None:
    assert len(quotes(text)) == 1


def test_a_verdict_names_each_outcome_as_its_own_forecast() -> None:
    text = "Our verdict: Kim wins in straight sets, Ortiz reaches the final and Lee takes the doubles."
    assert quotes(text) == ["Kim wins in straight sets", "Ortiz reaches the final", "Lee takes the doubles."]


@pytest.mark.parametrize(
    "text",
    [
        "Gold rises when rates fall.",
        "The festival finishes in Paris on August 3.",
        "The new rules take effect on July 1.",
        "Under league rules, a playoff is held in May if two teams finish level.",
    ],
)
def test_the_present_of_habit_and_of_an_events_calendar_is_no_forecast(text: str) -> None:
    assert quotes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "I'd be surprised if the merger closes this year.",
        "I would not be surprised to see oil at $100 by March.",
        "Our base case is that the yield ends the year near 4 percent.",
        "For 2026 as a whole, we guide for revenue of $2.1 billion.",
        "I've got Boston winning it all.",
        "Cash is on its way out.",
        "Mortgage rates are not going back to 3 percent.",
    ],
)
def test_whole_phrases_that_state_a_forecast(text: str) -> None:
    assert len(quotes(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "I won't speculate on that.",
        "I'm not going to comment on what the board will decide.",
        "We'll see.",
        "It's too early to say whether sales will recover.",
        "Twenty would be a remarkable result.",
    ],
)
def test_declining_to_forecast_and_judging_are_not_forecasts(text: str) -> None:
    assert quotes(text) == []


def test_the_answer_to_a_reported_question_can_be_as_short_as_probably_not() -> None:
    text = 'Asked whether he could keep his title, he said: "Honestly? Probably not."'
    assert quotes(text) == ["Probably not."]


def test_a_reported_forecast_the_speaker_rejects_is_not_a_candidate_and_the_rejection_keeps_its_date() -> None:
    text = "The ministry says its programme will build 50,000 homes by 2028. It will not. Sites have not broken ground."
    assert [(c.quote, str(c.resolve_on)) for c in find_forecasts(text, language="en", said_on=SAID)] == [
        ("It will not.", "2028-12-31")
    ]


def test_a_pledge_before_a_rejection_dates_it_even_when_the_pledge_is_no_candidate() -> None:
    text = "Ministers have promised that spills will halve by 2030. They won't, not on this timetable."
    assert [(c.quote, str(c.resolve_on)) for c in find_forecasts(text, language="en", said_on=SAID)] == [
        ("They won't, not on this timetable.", "2030-12-31")
    ]


def test_a_short_answer_takes_the_horizon_of_its_question() -> None:
    transcript = "HOST: Will cinemas still exist in ten years?\n\nCHEN: Yes, and they will be busier.\n\nHOST: Thanks."
    assert [(c.quote, str(c.resolve_on), c.kind) for c in find_forecasts(transcript, language="en", said_on=SAID)] == [
        ("Yes, and they will be busier.", "2035-03-10", "direct")
    ]


def test_an_answer_about_the_listeners_own_plans_is_no_forecast() -> None:
    transcript = "HOST: Will you run again?\n\nCHEN: No.\n\nHOST: Will rates fall?\n\nCHEN: No."
    assert [c.start for c in find_forecasts(transcript, language="en", said_on=SAID)] == [transcript.rindex("No.")]
