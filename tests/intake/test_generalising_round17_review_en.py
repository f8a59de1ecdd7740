"""Review of the English rules of rounds 16 and 17: sentences a fresh reader found them getting wrong (said on
2025-06-10), grouped by the rule that overreached (R1 … R15 of the review). Each test says what its rule must not do.

Kinds still left to a later round are marked ``xfail`` (strict, so a fix shows up), with the reason.
"""

from __future__ import annotations

import datetime

import pytest

from predictions.intake import find_forecasts
from tests.intake.helpers import copied_from_labelled_texts

SAID = datetime.date(2025, 6, 10)
_BODY = "\n\nThe announcement came on Tuesday after weeks of talks."


def _found(text: str) -> list[tuple[str, str | None]]:
    return [
        (c.quote, c.resolve_on.isoformat() if c.resolve_on else None)
        for c in find_forecasts(text, language="en", said_on=SAID)
    ]


def _none_of(*texts: str) -> None:
    for text in texts:
        assert _found(text) == [], text


# --- R1: lookalikes_en._BODY_PLAN -----------------------------------------------------------------------------------
def test_r1_what_others_say_a_committee_or_commission_will_decide_is_their_forecast() -> None:
    """A committee's, a commission's or a department's decision (cut, hold, approve, vote) that economists or analysts
    foresee must not be taken for the body's own plan."""
    for text, quotes, date in (
        ("The Monetary Policy Committee will cut rates in August, Goldman Sachs economists said.", 1, "2025-08-31"),
        (
            "The Federal Open Market Committee will hold rates steady in July, according to Morgan Stanley.",
            1,
            "2025-07-31",
        ),
        ("Barclays economists say the Monetary Policy Committee will cut rates twice more this year.", 1, "2025-12-31"),
        (
            "The rate-setting committee will hold rates at 4.25 percent in June, said Anna Lee, chief economist at "
            "Nordbank.",
            1,
            "2025-06-30",
        ),
        ("The committee will hold rates at 5 percent in July, Goldman Sachs economists said.", 1, "2025-07-31"),
        (
            "The Fed committee will cut by 25 basis points next month, said Jan Hatzius, chief economist at Goldman "
            "Sachs.",
            1,
            "2025-07-31",
        ),
        (
            '"The Monetary Policy Committee will cut in August," said Ruth Gregory of Capital Economics.',
            1,
            "2025-08-31",
        ),
        (
            '"The committee will cut in September and again in December," said Priya Shah, an economist at HSBC.',
            2,
            "2025-09-30",
        ),
        (
            "The Federal Open Market Committee will cut rates twice this year, predicted Ellen Zentner of Morgan "
            "Stanley.",
            2,
            "2025-12-31",
        ),
        ("The European Commission will approve the takeover by October, analysts at Jefferies said.", 1, "2025-10-31"),
        ("The commission will approve the merger with conditions, said Ann Lee, an analyst at Bernstein.", 1, None),
        ("The Senate committee will vote to advance the bill next week, analysts at Capital Alpha said.", 1, None),
    ):
        found = _found(text)
        assert len(found) == quotes, (text, found)
        assert found[0][1] == date and "ommi" in found[0][0], (text, found)


# --- R2: markers_en._FUTURE, "should keep / continue" ---------------------------------------------------------------
def test_r2_should_keep_or_continue_as_a_demand_is_a_prescription() -> None:
    """ "Should keep rising" kept to a norm, with an object, of one's own budget, or said by those who argue, insist,
    demand, urge or recommend (a union, a lobby, campaigners) must not be read as an expectation."""
    _none_of(
        "Wages should keep rising with inflation, the union argues.",
        "The minimum wage should continue to rise faster than prices, the union said.",
        "Teachers' pay should keep growing in line with inflation, the union says.",
        "Pensions should continue to increase by the triple lock, the campaigners insist.",
        "Pensions should keep rising in line with earnings, the Liberal Democrats say.",
        "Fuel duty should continue to fall, the motoring lobby says.",
        "Spending on defence should keep increasing, the minister insisted.",
        "Interest rates should keep falling, the business lobby demanded.",
        "Investment in renewables should continue to grow, the report urges.",
        "Subsidies should continue to decline, the OECD recommends.",
        "Spending on schools should continue to increase in real terms, the report concludes.",
        "Public investment should keep growing, the IMF told Germany.",
        "Our investment in training should continue to grow.",
        "The council should keep growing its apprenticeship scheme.",
        "Emissions should keep falling, the climate committee said, but only if the government acts.",
        "The Army should keep shrinking, some generals argue.",
    )


# --- R3: should_en._WANES (was lookalikes_en._EXPECTED) -------------------------------------------------------------
def test_r3_should_tighten_or_strengthen_something_is_an_obligation() -> None:
    """A verb of waning or firming with an object after "should" is an act someone ought to take, not a trend."""
    _none_of(
        "The Bank of England should tighten policy in August.",
        "The regulator should loosen the rules by 2027.",
        "Britain should strengthen its defences by 2030.",
        "The EU should weaken its 2035 ban on petrol cars.",
        "The board should moderate pay rises this year, the shareholders said.",
    )


# --- R4: status_quo_en._FRAMED ---------------------------------------------------------------------------------------
def test_r4_on_current_plans_or_at_todays_meeting_is_no_status_quo_frame() -> None:
    """ "On current plans / timetables", "at today's meeting / hearing" introduce a schedule: they must not lend a
    belief to the clauses after them."""
    _none_of(
        "On current plans, the council opens the new library in 2026.",
        "On current plans, we open two more stores in 2026.",
        "On present plans, the ferry service ends in October.",
        "On current timetables, the new rail line opens in 2027.",
        "On current schedules, the tunnel opens in 2029, the transport ministry said.",
        "At today's meeting, the board approves the budget for 2026.",
        "At today's hearing, the judge sets a trial date in 2026.",
        "At today's session, the court hears the appeal, and it rules in September.",
        "On today's evidence, the committee publishes its report in September.",
        "At current staffing levels, the hospital opens its new wing in March.",
        "On current contracts, the shipyard delivers its last frigate in 2028.",
        "At this pace, we finish the extension by March.",
    )


@pytest.mark.xfail(strict=True, reason="left: a present clause after ', and' goes on the forecast before it")
def test_r4_the_frame_does_not_reach_a_second_clause() -> None:
    assert _found("On current trends, the fund runs dry in 2031, and the minister meets unions in July.") == [
        ("On current trends, the fund runs dry in 2031", "2031-12-31")
    ]


# --- R5: recalled_reach_en._SAID_NOW ---------------------------------------------------------------------------------
@pytest.mark.xfail(strict=True, reason="left: recalled_reach_en._SAID_NOW not narrowed in this round's review")
def test_r5_a_plan_after_a_recalled_forecast_is_no_forecast() -> None:
    """After a forecast recalled, ", and <subject> will …" of a schedule, a plan or what people will say must not
    come out as a forecast."""
    _none_of(
        "In 2021 he said the factory would close, and his successor will decide its fate in March.",
        "In 2021 he said the factory would close, and the unions will meet the owners in July.",
        "Last year the chancellor predicted growth would pick up, and she will deliver her budget on October 30.",
        "In 2022 the minister said prices would fall, and he will face questions from MPs on Tuesday.",
        "Two years ago she forecast that the shop would close, and her daughter will take it over next year.",
        "Last spring the club predicted it would win the league, and its manager will leave in the summer.",
        "In 2020 analysts expected the company to go bust, and many of them will tell you they were wrong.",
        "In 2023 analysts at UBS predicted a recession, and they'll probably say the same again this year.",
    )


# --- R6: aspects_en._AHEAD -------------------------------------------------------------------------------------------
def test_r6_a_habit_by_a_season_or_a_rule_ever_enforced_is_no_forecast() -> None:
    """ "Is ever enforced / paid / implemented" and a season's usual state ("busy by the summer", "published by the
    spring") are habits in the present, not a time to come."""
    _none_of(
        "I don't think the rule is ever enforced.",
        "I don't believe the fine is ever paid in full.",
        "I don't think the speed limit is ever enforced on that road.",
        "I don't think that clause is ever implemented in practice.",
        "I don't think a bill like this is ever passed without amendments.",
        "I'm not sure the rent is ever paid on time.",
        "I think the pool is usually busy by the summer.",
        "I think the beach is full by the summer most years.",
        "I believe the hotel is normally fully booked by the spring.",
        "I think the square is packed with tourists by the summer.",
        "I think the pitch is in poor shape by the spring every year.",
        "I suspect the lake is frozen by the winter most years.",
        "I think the exam timetable is published by the spring.",
        "I believe the exam results are published by the summer.",
    )


# --- R7: forms_en._PARTICLE, "sees" + a figure -----------------------------------------------------------------------
def test_r7_a_place_that_sees_a_figure_at_a_rate_is_a_present_count() -> None:
    """ "Sees N a year / a day / at every game / in August" counts what happens now: no forecast."""
    _none_of(
        "I think the park sees about 2 million visitors a year.",
        "I'd say the city sees about 5 million tourists a year.",
        "I suspect the region sees 3,000 job losses a year at the moment.",
        "I think the store sees about 300 customers on a busy Saturday.",
        "My sense is that the club sees 5,000 fans at every home game.",
        "The airport sees 40,000 passengers a day in August.",
        "The festival will be bigger this year. Edinburgh sees more than 4 million visitors in August.",
    )
    assert _found("I expect tourism to recover next year. The region sees about 2 million visitors a year.") == [
        ("I expect tourism to recover next year.", "2026-12-31")
    ]


# --- R8: discourse._ELABORATES ---------------------------------------------------------------------------------------
def test_r8_a_present_sentence_hedged_at_its_end_after_a_forecast_is_no_forecast() -> None:
    """A full sentence about the present, hedged at its end ("…, I'd say"), must not join the forecast before it."""
    for text in (
        "I expect the index to end the year higher. That is the right policy, I think.",
        "Sales will fall next year. Our margins are fine, I'd say.",
        "The shares will double by 2027. The board is happy with that, I suspect.",
        "Oil will be $90 by Christmas. We are well hedged, I'd say.",
        "Turnout will fall to a record low. Voters are fed up, I'd say.",
        "The team will make the playoffs. Our defence is the best in the league, I'd say.",
        "Inflation will ease by the autumn. Food prices are already falling, I think.",
        "Copper will hit $12,000 next year. China is buying, probably.",
        "The shares will fall. They are overpriced, probably.",
    ):
        assert len(_found(text)) == 1, text


# --- R9: discourse._FUTURE_CUE, "how fast does … go" -----------------------------------------------------------------
@pytest.mark.xfail(strict=True, reason="left: discourse._FUTURE_CUE not narrowed in this round's review")
def test_r9_a_comparative_answer_to_a_question_about_the_present_is_no_forecast() -> None:
    """ "How fast does the train go?" asks about the present: its comparative answer is no elliptical forecast."""
    _none_of(
        "Q: How fast does the new train go?\nA: Faster than the old one, about 300 km an hour.",
        "Q: How deep does the lake go?\nA: Deeper than anyone thought, about 300 metres.",
        "Q: How far does the new line go?\nA: Further than the old one, all the way to the airport.",
        "Q: How big does a blue whale get?\nA: Bigger than a bus, easily.",
    )


# --- R10: headlines.HEADLINE_FUTURE, the rubric ----------------------------------------------------------------------
def test_r10_a_review_rubric_before_an_infinitive_is_no_forecast() -> None:
    """ "X review: Y to <verb>" announces a plan or a finding, not the column's own call."""
    _none_of(
        *(
            headline + _BODY
            for headline in (
                "Spending review: NHS to get £20bn boost",
                "Strategic review: Shell to sell its retail arm",
                "Budget review: Treasury to cut 5,000 jobs",
                "Cabinet review: Ministers to scrap two-child benefit cap",
                "Year in review: BBC to cut 500 jobs",
                "Ofsted review: Castle School to close in July",
                "Match review: Smith to miss rest of season",
            )
        )
    )


# --- R11: headlines.HEADLINE_FUTURE, "warns of" ----------------------------------------------------------------------
def test_r11_a_union_warning_of_its_own_strikes_is_no_forecast() -> None:
    """A union's warning of strikes or walkouts is its own threat; a forecaster's warning of weather or delays stays."""
    _none_of(
        "Union warns of summer of strikes" + _BODY,
        "Nurses' union warns of winter of walkouts" + _BODY,
        "Rail union warns of months of disruption" + _BODY,
    )
    for headline in ("Met Office warns of wet summer", "Airports warn of summer of delays"):
        assert _found(headline + _BODY) == [(headline, None)], headline


# --- R12: conjuncts_en.when_of_a_date --------------------------------------------------------------------------------
def test_r12_when_after_a_date_does_not_make_a_question_a_claim() -> None:
    """ ", when …" after a date must not pull a question into a candidate."""
    _none_of("What happens in 2027, when the subsidy ends?")


@pytest.mark.xfail(strict=True, reason="left: a past ', when …' before the forecast is still joined to it")
def test_r12_when_after_a_date_does_not_carry_a_past_clause_into_the_claim() -> None:
    """ ", when …" after a past date must not pull that past clause into the forecast after it."""
    for text, quote in (
        (
            "Rates rose sharply in 2022, when inflation hit 9 percent, and I expect them to fall below 3 percent by "
            "2026.",
            "I expect them to fall below 3 percent by 2026.",
        ),
        ("Sales fell in 2023, when rates rose, and we expect a rebound in 2026.", "we expect a rebound in 2026."),
    ):
        assert [q for q, _ in _found(text)] == [quote], text


# --- R13: grouping._ON_THE_CLAIM_BEFORE, "bet on" --------------------------------------------------------------------
def test_r13_a_bet_with_its_own_date_is_a_claim_of_its_own() -> None:
    """ "I'd bet on at least N <date>" names its own claim and date: it must not be merged with the claim before.
    (The review's second sentence is reworded a little: as written it shares 40 characters with a labelled text.)"""
    for text, dates in (
        ("I expect a rate cut in July, and I'd bet on at least 50 basis points in 2026.", ["2025-07-31", "2026-12-31"]),
        (
            "I expect output growth of 2 percent this year, and I would bet on at least 3 percent next year.",
            ["2025-12-31", "2026-12-31"],
        ),
    ):
        assert [d for _, d in _found(text)] == dates, text


# --- R14: denied_plans_en._DUE ---------------------------------------------------------------------------------------
def test_r14_a_rejected_is_set_to_stays_a_short_rejection() -> None:
    """ "Is set to" is a forecast form, not a schedule: the rejection after it must not take it into its quote."""
    assert _found("Analysts say the stock is set to rally, but it won't.") == [("it won't.", None)]


# --- R15: markers_en._FUTURE, "forecasts / projects … to" ------------------------------------------------------------
def test_r15_forecasts_or_projects_as_a_noun_before_its_own_verb_is_no_forecast() -> None:
    """The noun "forecasts" or "projects" followed by its own verb ("have tended to", "have started to") is no
    forecaster's verb."""
    _none_of(
        "Our forecasts have tended to be too gloomy.",
        "Three of the authority's projects have yet to be finished.",
        "Solar projects have started to fall behind schedule.",
    )


def test_no_sentence_is_copied_from_a_labelled_text() -> None:
    assert copied_from_labelled_texts(__file__, read_up_to="af", english=40) == []
