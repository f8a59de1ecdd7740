"""Every rule of the corpus README's "Labelling rules", in English, in the variants a journalist uses.

Each row is (text, said_on, the quotes a labeller would write). A quote is found when one candidate covers at least
half of it (the evaluation's match), and nothing else may be offered. The rows come in both directions: each look-alike
a rule refuses sits beside a real forecast in the same form that must still be found (a plan beside an outcome of it,
a forecast recalled beside today's restatement, an unnamed source beside a named one). All sentences were written for
this module, in news copy, transcripts with speaker labels in several layouts ("Q:/A:", "NAME:", "NAME (OUTLET):"),
earnings calls and speeches.
"""

from __future__ import annotations

import datetime

import pytest

from predictions.intake import find_forecasts

MARCH = datetime.date(2026, 3, 10)
SEPTEMBER = datetime.date(2025, 9, 22)
JANUARY = datetime.date(2027, 1, 14)

Row = tuple[str, datetime.date, list[str]]


def _found(text: str, said_on: datetime.date, expected: list[str]) -> None:
    candidates = find_forecasts(text, language="en", said_on=said_on)
    spans = [(c.start, c.end) for c in candidates]
    unmatched = list(spans)
    for quote in expected:
        start = text.index(quote)
        end = start + len(quote)
        match = next((s for s in unmatched if min(end, s[1]) - max(start, s[0]) >= 0.5 * len(quote)), None)
        assert match is not None, f"missed {quote!r}; offered {[c.quote for c in candidates]}"
        unmatched.remove(match)
    assert not unmatched, f"offered but not a forecast: {[text[s:e] for s, e in unmatched]}"


# "A sentence or clause is a forecast when it makes a claim about the future, in direct or reported speech, including
# negated forecasts … and forecasts with no horizon. Not forecasts: statements about the past or the present, wishes
# and prescriptions (should, must …), questions …, and schedules or plans that are not the speaker's forecast."
OPENING: list[Row] = [
    (
        "Unemployment will rise to 5 percent next year, said Dana Piet, chief economist at Marlow Securities.",
        MARCH,
        ["Unemployment will rise to 5 percent next year, said Dana Piet, chief economist at Marlow Securities."],
    ),
    (
        '"Unemployment will rise to 5 percent next year," said Dana Piet.',
        MARCH,
        ["Unemployment will rise to 5 percent next year"],
    ),
    (
        "Piet expects unemployment to reach 5 percent next year.",
        MARCH,
        ["Piet expects unemployment to reach 5 percent next year."],
    ),
    (
        "Piet does not believe the jobless rate will climb above 6 percent.",
        MARCH,
        ["Piet does not believe the jobless rate will climb above 6 percent."],
    ),
    ("Unemployment rose to 4.8 percent in February, the statistics office said.", MARCH, []),
    ("We should cut the rate to 3 percent by next year.", MARCH, []),
    ("I hope inflation will be back at target by next year.", MARCH, []),
    ("Will the jobless rate top 5 percent next year?", MARCH, []),
]

# "Quotes. The sentence, or the clause when a sentence holds several claims (each clause labelled)." and "Kind": a
# speech in the speaker's voice, an earnings call's guidance.
QUOTES: list[Row] = [
    (
        "Freight rates will ease in the spring, and port delays will be gone by the summer, Ortiz said.",
        MARCH,
        ["Freight rates will ease in the spring", "port delays will be gone by the summer, Ortiz said."],
    ),
    (
        "For the full year, we now expect adjusted earnings per share of $4.10 to $4.30.",
        MARCH,
        ["For the full year, we now expect adjusted earnings per share of $4.10 to $4.30."],
    ),
    ("We will report first-quarter results on April 23.", MARCH, []),
]

# "Who is speaking. A forecast needs a speaker a ledger can name … Anonymous and unattributed views are not
# forecasts, however much they look like one: 'Some investors have argued that …', 'Critics say …', 'Markets have
# priced in …'."
WHO_IS_SPEAKING: list[Row] = [
    ("Some roasters are saying they'll switch to cheaper beans by the summer.", MARCH, []),
    ("A few dealers were betting that the auction house would cut its fees next year.", MARCH, []),
    ("I've had insurers tell me premiums will double within two years.", MARCH, []),
    ("Insurers keep telling me premiums will double within two years.", MARCH, []),
    ("We keep hearing that the port will be privatised before 2028.", MARCH, []),
    ("There's a view out there that rates will fall below 2 percent next year.", MARCH, []),
    ("There is a widespread belief among growers that the drought will break in April.", MARCH, []),
    ("There's talk that the plant will close before Christmas.", MARCH, []),
    ("The word on the trading floor is that the bank will cut in June.", MARCH, []),
    ("Conventional wisdom says the housing market will cool in 2027.", MARCH, []),
    ("Plenty of economists think inflation will fall below 2 percent this year.", MARCH, []),
    ("A growing number of landlords expect rents to fall next year.", MARCH, []),
    ("A person familiar with the talks said the deal would close by June.", MARCH, []),
    ("Sources close to the board expect the chief executive to leave next year.", MARCH, []),
    ("Investors are betting that the central bank will cut in April.", MARCH, []),
    ("Futures markets are pricing in three cuts by the end of the year.", MARCH, []),
    ("Bond traders now see a 60 percent chance of a cut in June.", MARCH, []),
    ("A lot of people in this room think the cycle has turned and prices will rise next year.", MARCH, []),
    ("Speculation is mounting that the governor will resign before the summer.", MARCH, []),
    # The same claims, with a speaker a ledger can name.
    (
        "Analysts at Marlow Securities expect the bank to cut rates in June.",
        MARCH,
        ["Analysts at Marlow Securities expect the bank to cut rates in June."],
    ),
    (
        "Hollis Insurance's chief executive, Mara Fenn, said premiums would double within two years.",
        MARCH,
        ["Hollis Insurance's chief executive, Mara Fenn, said premiums would double within two years."],
    ),
    (
        "Kettle & Co, a Portland roaster, says the price of arabica will fall by the summer.",
        MARCH,
        ["Kettle & Co, a Portland roaster, says the price of arabica will fall by the summer."],
    ),
    (
        "A Treasury spokesperson said the deficit would narrow next year.",
        MARCH,
        ["A Treasury spokesperson said the deficit would narrow next year."],
    ),
    # An interviewer relays a forecast and asks about it, whatever the label's layout: the question's premise.
    (
        "JANE ROSS (Daily Ledger): The Brokers' Council says approvals will top 50,000 next year. Do you agree?\n"
        "MARK HILL: No. I think they'll come in closer to 40,000.",
        MARCH,
        ["I think they'll come in closer to 40,000."],
    ),
    (
        "ROSS: The Brokers' Council says approvals will top 50,000 next year. Is that realistic?\n"
        "HILL: Approvals will be nearer 40,000.",
        MARCH,
        ["Approvals will be nearer 40,000."],
    ),
    (
        "Q: The Brokers' Council says approvals will top 50,000 next year. Is that right?\n"
        "A: It's too high. Approvals will be nearer 40,000.",
        MARCH,
        ["Approvals will be nearer 40,000."],
    ),
    (
        "MODERATOR: Some say the glut will last until 2028. Your view?\n"
        "DR KANE: It will clear by the end of next year.",
        MARCH,
        ["It will clear by the end of next year."],
    ),
    (
        "Some of our members have told me they will stop hiring next year. But I believe hiring will pick up again.",
        MARCH,
        ["I believe hiring will pick up again."],
    ),
    # The guest's own turn keeps its forecast even when it ends with a question to the other side.
    (
        "Mrs Ada Quill (Shadow Transport Secretary): Unless the minister acts, I predict fares will rise by a tenth"
        " next year. Will he act?\nThe Minister (Mr Tom Vale): I thank the member.",
        MARCH,
        ["Unless the minister acts, I predict fares will rise by a tenth next year."],
    ),
]

# "Forecasts of other people that the speaker rejects. The rejected forecast is a non-forecast. The rejection is a
# forecast only when it states a claim about the future in the speaker's own words."
REJECTED: list[Row] = [
    ("Ortiz dismissed forecasts that the currency will collapse this year.", MARCH, []),
    (
        "Piet rejected the bank's forecast that prices would fall 10 percent next year, arguing that supply is tight.",
        MARCH,
        [],
    ),
    ("The minister played down fears that the steelworks will close next year.", MARCH, []),
    (
        'Ortiz dismissed fears that the currency will collapse. "It will end the year stronger," she said.',
        MARCH,
        ["It will end the year stronger"],
    ),
    (
        "The ministry insists its new towns programme will deliver 300,000 homes by 2029. That won't happen.",
        MARCH,
        ["That won't happen."],
    ),
    (
        "The Reserve Bank says rates will not rise this year, and I agree with it.",
        MARCH,
        ["The Reserve Bank says rates will not rise this year"],
    ),
]

# "Earlier forecasts recalled ('Last year I said open-weight models would catch up …', 'Two years ago, we promised …')
# are non-forecasts: they were not made on said_on."
RECALLED: list[Row] = [
    ("Last March she predicted that 2027 would be the worst year for the sector.", MARCH, []),
    ("Last Tuesday the chairman said prices would rise in the autumn.", MARCH, []),
    ("Back then I expected the market to double by 2028.", MARCH, []),
    ("Last March, she predicted that 2027 would be the worst year for the sector.", MARCH, []),
    ("Back then, I expected the market to double by 2028.", MARCH, []),
    ("When we spoke in 2023, you said prices would halve by 2027.", MARCH, []),
    ("At the time, the agency forecast a deficit of 3 percent for 2027.", MARCH, []),
    ("In our January outlook we projected growth of 1.5 percent for this year.", MARCH, []),
    ("In its previous report the fund said growth would pick up in 2027.", MARCH, []),
    ("I underestimated how fast the price cuts would come on.", MARCH, []),
    # Today's restatement beside the recalled one is made now.
    (
        "Last year I predicted two cuts; today I expect three before December.",
        MARCH,
        ["today I expect three before December."],
    ),
    (
        "Last year I predicted two cuts, but now I think there will be three before December.",
        MARCH,
        ["now I think there will be three before December."],
    ),
    (
        "Last year I predicted two cuts. Today I expect three cuts before December.",
        MARCH,
        ["Today I expect three cuts before December."],
    ),
    (
        "In our March outlook, published today, we project growth of 1.5 percent for this year.",
        MARCH,
        ["In our March outlook, published today, we project growth of 1.5 percent for this year."],
    ),
]

# "Declining to forecast ('I won't speculate on that', 统计局不做经济预测) is not a forecast."
DECLINED: list[Row] = [
    ("Desjardins declined to predict the outcome.", MARCH, []),
    ("He refused to say when rates would fall.", MARCH, []),
    ("I won't make a call on a recession.", MARCH, []),
    ("Nobody can tell you where oil will be next year.", MARCH, []),
    ("She would not be drawn on whether prices will fall next year.", MARCH, []),
    (
        "Desjardins declined to comment on the vote but predicted that turnout would top 70 percent.",
        MARCH,
        ["predicted that turnout would top 70 percent."],
    ),
]

# "Plans and schedules vs forecasts. Announced schedules, and the speaker's or its organisation's own decisions, are
# plans … Targets, pledges and promises are plans too … A claim about an outcome is a forecast even when the party
# responsible makes it … whether a target will be met … and the consequences of a plan."
PLANS_AND_SCHEDULES: list[Row] = [
    ("The committee will take up amendments on February 4.", MARCH, []),
    ("The court is due to rule on the appeal in May.", MARCH, []),
    ("NICE publishes its final draft guidance on 18 March.", MARCH, []),
    ("The ministry releases the quarterly figures next Tuesday.", MARCH, []),
    ("Parliament will debate the bill next week.", MARCH, []),
    ("The summit will be held in Geneva in May.", MARCH, []),
    ("Brenholt said it will open 40 stores next year.", MARCH, []),
    ("We'll hire another 200 engineers in 2027.", MARCH, []),
    ("The government has pledged to build 300,000 homes a year.", MARCH, []),
    ("Our goal is net zero by 2040.", MARCH, []),
    ("The shipyard tells us we'll take delivery of the vessel in March.", SEPTEMBER, []),
    ("Friends, this union will not stand by. We will fight every closure.", MARCH, []),
    ("Good morning. Our council will publish its first climate plan in June.", MARCH, []),
    ("Ana Diaz, Chief Executive: We will raise list prices by 4 percent in January.", MARCH, []),
    # Outcomes of the same plans and events.
    (
        "The vote will go against the government, Dana Piet said.",
        MARCH,
        ["The vote will go against the government, Dana Piet said."],
    ),
    (
        "The summit will end without a deal, Ortiz predicted.",
        MARCH,
        ["The summit will end without a deal, Ortiz predicted."],
    ),
    (
        "Brenholt said its 40 new stores will lift sales by 10 percent next year.",
        MARCH,
        ["Brenholt said its 40 new stores will lift sales by 10 percent next year."],
    ),
    (
        "The government will not meet its 1.5 million homes pledge by 2029, the think tank said.",
        MARCH,
        ["The government will not meet its 1.5 million homes pledge by 2029, the think tank said."],
    ),
    (
        "I'm confident we will meet our net-zero goal by 2040.",
        MARCH,
        ["I'm confident we will meet our net-zero goal by 2040."],
    ),
    ("This union will be stronger in five years.", MARCH, ["This union will be stronger in five years."]),
    (
        "Our economists project that emissions will fall by a third by 2030.",
        MARCH,
        ["Our economists project that emissions will fall by a third by 2030."],
    ),
    (
        "Demand for engineers will outstrip supply through 2028, the chief executive said.",
        MARCH,
        ["Demand for engineers will outstrip supply through 2028, the chief executive said."],
    ),
]

# "Conditions. A condition that describes the status quo keeps a forecast … A condition on an uncertain future event
# or decision, and hypotheticals with would/could, make a non-forecast … Concessives are not conditions."
CONDITIONS: list[Row] = [
    ("If the central bank cuts in June, mortgage approvals will jump.", MARCH, []),
    ("If Congress passes the bill, prices will fall.", MARCH, []),
    ("Were the strike to go ahead, the airline would lose $50 million a week.", MARCH, []),
    (
        "If nothing changes, the reservoir will be empty by August.",
        MARCH,
        ["If nothing changes, the reservoir will be empty by August."],
    ),
    (
        "On current trends, the city will run out of landfill space by 2031.",
        MARCH,
        ["On current trends, the city will run out of landfill space by 2031."],
    ),
    (
        "Even if rates fall, house prices will keep sliding this year.",
        MARCH,
        ["Even if rates fall, house prices will keep sliding this year."],
    ),
    (
        "If I had to bet, I'd say the merger closes before the end of the year.",
        MARCH,
        ["If I had to bet, I'd say the merger closes before the end of the year."],
    ),
]

# "Vague forecasts are labelled … Hedged forms are forecasts … 'Should' of expectation is a hedge … A forecast in the
# present tense is still a forecast … Statements that only announce a forecast are not forecasts." With the README's
# elliptical answers, which take the question's horizon.
VAGUE_AND_ANSWERS: list[Row] = [
    ("Our customers will keep spending.", MARCH, ["Our customers will keep spending."]),
    (
        "Battery costs should fall another 15 percent by mid-2027.",
        MARCH,
        ["Battery costs should fall another 15 percent by mid-2027."],
    ),
    (
        "Under our central projection, inflation peaks at 4.7 percent next year.",
        MARCH,
        ["Under our central projection, inflation peaks at 4.7 percent next year."],
    ),
    ("Let me make three predictions about next year.", MARCH, []),
    ("HOST: Will exports recover this year?\nGUEST: I doubt it.", MARCH, ["I doubt it."]),
    ("HOST: Will the plant reopen before the summer?\nGUEST: Not this year.", MARCH, ["Not this year."]),
    ("Q: Do you expect a recession next year?\nA: Probably not.", MARCH, ["Probably not."]),
    ("Q: Do you think the merger goes through by June?\nA: Yes, comfortably.", SEPTEMBER, ["Yes, comfortably."]),
    ("Q: Do you plan to stand again next year?\nA: No.", MARCH, []),
    (
        "Lena Ortiz, Castell Bank: Will margins improve in the second half?\n"
        "Tom Reyes, Chief Financial Officer: Yes. We expect gross margin above 40 percent by the fourth quarter.",
        MARCH,
        ["Yes.", "We expect gross margin above 40 percent by the fourth quarter."],
    ),
]

# "Probabilities. Only a stated number is a probability … Numbers in words count ('fifty-fifty' → 0.5)."
PROBABILITIES: list[Row] = [
    (
        "HOST: What are the odds the bank cuts rates in June?\nGUEST: One in three, at best.",
        MARCH,
        ["One in three, at best."],
    ),
    (
        "It's a fifty-fifty call whether the deal closes by June.",
        MARCH,
        ["It's a fifty-fifty call whether the deal closes by June."],
    ),
    (
        "It's a coin toss as to whether the bill passes this year.",
        MARCH,
        ["It's a coin toss as to whether the bill passes this year."],
    ),
    ("It's unclear whether the deal closes by June.", MARCH, []),
    (
        "I'd put the chance of a recession next year at 30 percent.",
        JANUARY,
        ["I'd put the chance of a recession next year at 30 percent."],
    ),
]

ROWS = OPENING + QUOTES + WHO_IS_SPEAKING + REJECTED + RECALLED + DECLINED + PLANS_AND_SCHEDULES + CONDITIONS
ROWS += VAGUE_AND_ANSWERS + PROBABILITIES


@pytest.mark.parametrize(("text", "said_on", "expected"), ROWS, ids=[row[0][:60] for row in ROWS])
def test_readme_rule(text: str, said_on: datetime.date, expected: list[str]) -> None:
    _found(text, said_on, expected)


def test_odds_given_bare_take_the_question_s_claim_and_date() -> None:
    text = "HOST: What are the odds the bank cuts rates in June?\nGUEST: One in three, at best."
    (candidate,) = find_forecasts(text, language="en", said_on=MARCH)
    assert (candidate.probability, candidate.resolve_on) == (0.333, datetime.date(2026, 6, 30))
