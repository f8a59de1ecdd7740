"""Every hedge the corpus README lists, in English, in each position a journalist puts it, and the look-alikes.

The README ("Labelling rules") lists the hedges — "I think, I believe, probably, likely, may, could, I'm confident, I
doubt, I'd bet, realistically … Also hedges: I fear, I'd wager, I'd guess, here's my bet, our base case, If I had to
bet, I'd be surprised if" — and says that "Hedged forms are forecasts (could, may, probably …)" and that "A forecast in
the present tense is still a forecast". Each row frames a forecast with one of them: first in the sentence, set off by
commas inside the claim ("Rates will, I think, fall in June"), after it ("…, I suspect"), as the predicate ("X is, to
my mind, more likely than not"), with each verb form (will, going to, the present with a horizon, a modal, "I don't
think X happens"), direct and reported, and as the second clause of a sentence (after but, and, a semicolon, a dash).

Each row is (text, said_on, the quotes a labeller would write, their ``resolve_on`` by the README's date rules, the
stated probability). A quote is found when one candidate covers at least half of it (the evaluation's match), and
nothing else may be offered. Beside them, the look-alikes each form must keep refusing: the past and the present,
habits, wishes, questions, plans, hypotheticals, forecasts recalled and unnamed sources. All sentences were written for
this module.
"""

from __future__ import annotations

import datetime

import pytest

from predictions.intake import find_forecasts
from tests.intake.helpers import copied_from_labelled_texts

MARCH = datetime.date(2026, 3, 10)
OCTOBER = datetime.date(2025, 10, 6)
JANUARY_2021 = datetime.date(2021, 1, 12)
NEXT_YEAR = "2027-12-31"
THIS_YEAR = "2026-12-31"
JUNE = "2026-06-30"

# (text, said_on, quotes, each quote's resolve_on, the probability stated)
Row = tuple[str, datetime.date, list[str], list[str | None], float | None]


def _found(text: str, said_on: datetime.date, expected: list[str], dates: list[str | None], odds: float | None) -> None:
    candidates = find_forecasts(text, language="en", said_on=said_on)
    unmatched = list(candidates)
    for quote, date in zip(expected, dates, strict=True):
        start = text.index(quote)
        end = start + len(quote)
        match = next((c for c in unmatched if min(end, c.end) - max(start, c.start) >= 0.5 * len(quote)), None)
        assert match is not None, f"missed {quote!r}; offered {[c.quote for c in candidates]}"
        assert (str(match.resolve_on) if match.resolve_on else None, match.probability) == (date, odds), quote
        unmatched.remove(match)
    assert not unmatched, f"offered but not a forecast: {[c.quote for c in unmatched]}"


def _one(text: str, date: str | None, said_on: datetime.date = MARCH, odds: float | None = None) -> Row:
    """A row whose whole text is the one forecast."""
    return (text, said_on, [text], [date], odds)


def _none(text: str, said_on: datetime.date = MARCH) -> Row:
    """A look-alike: nothing to offer."""
    return (text, said_on, [], [], None)


# "Hedges. The words that qualify the speaker's confidence, in or right around the quote: I think, I believe, probably,
# likely, may, could, I'm confident, I doubt, I'd bet, realistically …" — first in the sentence, each verb form.
SENTENCE_INITIAL: list[Row] = [
    _one("I think the harbour authority raises its dredging fees next year.", NEXT_YEAR),
    _one("I believe the ferry operator is going to drop the winter timetable by 2028.", "2028-12-31"),
    _one("I'm confident the new terminal pays for itself within a decade.", "2036-03-10"),
    _one("I doubt the county reaches its recycling figure before 2029.", "2028-12-31"),
    _one("I'd bet the orchard co-operative doubles its cider exports within three years.", "2029-03-10"),
    _one("Realistically, the canal reopens to barges in the autumn.", None),
    _one("Realistically, wholesale butter prices fall next year.", NEXT_YEAR),
    _one("I fear the glacier loses another fifth of its mass by 2040.", "2040-12-31"),
    _one("I'd wager the mill town's population shrinks this decade.", "2029-12-31"),
    _one("I'd guess the tram extension carries its first riders in 2029.", "2029-12-31"),
    _one("If I had to bet, the strike at the bottling plant ends before June.", "2026-05-31"),
    _one("If I had to bet, 2027 ends with the lowest harvest in a generation.", "2027-12-31"),
    _one("My guess is that the sugar tax is scrapped by the end of the decade.", "2029-12-31"),
    _one("Our base case is that mortgage approvals recover in the second half.", THIS_YEAR),
    _one("In our view, the lira weakens past 60 to the dollar this year.", THIS_YEAR),
    _one("To my mind, the regional airline folds before the end of 2027.", "2027-12-31"),
    _one("I don't think the central bank raises rates again this year.", THIS_YEAR),
    _one("I don't think the high street ever gets back to 2018 as it was.", None, JANUARY_2021),
    _one(
        "I'd be surprised if any of the county's dairies still bottles its own milk by the end of the decade.",
        "2029-12-31",
    ),
    ("Here's my bet: the quarry closes next year.", MARCH, ["the quarry closes next year."], [NEXT_YEAR], None),
    (
        "Our base case: the spinning mill stays open through 2027.",
        MARCH,
        ["Our base case: the spinning mill stays open through 2027."],
        ["2027-12-31"],
        None,
    ),
    _one("Probably the toll comes off the bridge in 2028.", "2028-12-31"),
    _one("Grain freight rates probably ease next year.", NEXT_YEAR),
    _one("Tomato growers may switch to peppers next season.", None),
    _one("The lagoon could freeze over by January.", "2027-01-31"),
]

# The same frames set off by commas inside the claim, or after it: "Rates will, I think, fall in June".
PARENTHETICAL: list[Row] = [
    _one("Tightening, in our view, comes in 2027.", "2027-12-31"),
    _one("The harbour fees will, I think, go up next year.", NEXT_YEAR),
    _one("Butter prices, realistically, fall next year.", NEXT_YEAR),
    _one("The ferry company is, I suspect, going to sell its two oldest boats this year.", THIS_YEAR),
    _one("The glacier, I fear, loses another fifth of its mass by 2040.", "2040-12-31"),
    _one("Wheat output, if I had to bet, drops by a tenth next year.", NEXT_YEAR),
    _one("The tram line, to my mind, opens in 2029.", "2029-12-31"),
    _one("The mill town's population shrinks this decade, I'd wager.", "2029-12-31"),
    _one("Rates fall in June, I think.", JUNE),
    _one("The strike ends before the summer, in my view.", None),
    _one("The lira weakens past 60 to the dollar by December, I suspect.", "2026-12-31"),
    _one("2027 ends with a surplus, I think.", "2027-12-31"),
    _one("The quarry closes next year, if I had to bet.", NEXT_YEAR),
]

# "More likely than not", odds-on, better than even and "likely" as the predicate, with a frame between: "X is, in my
# view, likely". A number stated is the probability.
PREDICATE: list[Row] = [
    _one("A snap poll in the province by the close of 2027 looks, to my mind, more likely than not.", "2027-12-31"),
    _one("A third mayoral election before the end of 2028 is more likely than not.", "2028-12-31"),
    _one("A merger of the two rugby clubs is, to my mind, more likely than not.", None),
    _one("A rate cut in June is, in my view, likely.", JUNE),
    _one("A June cut is odds-on.", JUNE),
    _one("A takeover of the brewery this year looks odds-on.", THIS_YEAR),
    _one("A recount in the third ward is better than even.", None),
    _one("It's better than even that the dock strike ends before May.", "2026-04-30"),
    _one("The odds of a June cut are better than even.", JUNE),
    _one("A rate cut in June is, I'd say, 70 percent likely.", JUNE, odds=0.7),
]

# "A sentence or clause is a forecast …" — each clause of its own: the hedged claim as the second clause, after but,
# and, a semicolon or a dash.
SECOND_CLAUSE: list[Row] = [
    (
        "Sales fell in 2025, but they probably recover this year.",
        MARCH,
        ["but they probably recover this year."],
        [THIS_YEAR],
        None,
    ),
    (
        "Sales fell in 2025, and realistically they recover this year.",
        MARCH,
        ["and realistically they recover this year."],
        [THIS_YEAR],
        None,
    ),
    (
        "Sales fell in 2025; this year, I think, they recover.",
        MARCH,
        ["this year, I think, they recover."],
        [THIS_YEAR],
        None,
    ),
    (
        "Sales fell in 2025 — but this year, I suspect, they recover.",
        MARCH,
        ["but this year, I suspect, they recover."],
        [THIS_YEAR],
        None,
    ),
    (
        "The cable package lost homes last year. But I'd still bet on the package making a comeback.",
        MARCH,
        ["But I'd still bet on the package making a comeback."],
        [None],
        None,
    ),
    (
        "The pit has been loss-making for years, and I'd wager it shuts before 2030.",
        MARCH,
        ["I'd wager it shuts before 2030."],
        ["2029-12-31"],
        None,
    ),
    (
        "Growth will slow this year, but the market will not collapse.",
        MARCH,
        ["Growth will slow this year", "but the market will not collapse."],
        [THIS_YEAR, THIS_YEAR],
        None,
    ),
]

# Reported: "Reported speech keeps its attribution" — the same hedges in a named speaker's reported words.
REPORTED: list[Row] = [
    _one(
        "Tessa Brundle, an economist at Harrow Street Bank, said she doesn't think the ECB cuts again before 2028.",
        "2027-12-31",
    ),
    _one("Brundle said rates would, in her view, fall in June.", JUNE),
    _one("Brundle said butter prices probably fall next year.", NEXT_YEAR),
    _one("The fund's strategist, Omar Velde, said a June cut was more likely than not.", JUNE),
    (
        'Velde put it plainly: "Rates fall in June, I think."',
        MARCH,
        ["Rates fall in June, I think."],
        [JUNE],
        None,
    ),
]

# "A forecast in the present tense is still a forecast" — with a horizon, odds or a hedge, as the README's examples;
# "one year from now" dates it (D + 1 year).
PRESENT_TENSE: list[Row] = [
    _one("On our central projection, the jobless rate peaks at 6.1 percent next year.", NEXT_YEAR),
    _one("My guess is that Portugal moves first.", None),
    _one("Two years from now, the typical studio will let for more than $2,100.", "2028-03-10"),
    _one("I don't think the Riksbank lifts its policy rate before 2022.", "2021-12-31", JANUARY_2021),
    _one(
        "If I had to bet, 2021 closes with more satellites sent up than in any earlier year.",
        "2021-12-31",
        JANUARY_2021,
    ),
]

# The look-alikes the same frames must keep refusing (README: "Not forecasts: statements about the past or the
# present, wishes and prescriptions, questions, and schedules or plans"; "hypotheticals with would/could"; "Earlier
# forecasts recalled"; "Anonymous and unattributed views").
LOOKALIKES: list[Row] = [
    _none("The harbour fees went up last year, I think."),
    _none("The ferry, I believe, runs twice a day in winter."),
    _none("He lives in Leeds, I think."),
    _none("That makes sense, in my view."),
    _none("The mill town's population shrank in the 2010s, I'd wager."),
    _none("Realistically, the canal was never going to carry much freight."),
    _none("I'd be surprised if your guests didn't enjoy the tasting menu."),
    _none("I hope, realistically, that rates fall in June."),
    _none("The council must, in my view, cut the parking fees in June."),
    _none("Will rates, in your view, fall in June?"),
    _none("Is a June cut more likely than not?"),
    _none("A June cut was odds-on before the jobs report."),
    _none("We will, I think, open two more branches next year."),
    _none("If the council raised the fees, I think traders would leave."),
    _none("Last year I said, I think, that rates would fall in June."),
    _none("Some traders think, realistically, that a June cut is odds-on."),
    _none("Prices are probably too high already."),
    _none("We're probably better off than our neighbours."),
]

ROWS = SENTENCE_INITIAL + PARENTHETICAL + PREDICATE + SECOND_CLAUSE + REPORTED + PRESENT_TENSE + LOOKALIKES


@pytest.mark.parametrize(("text", "said_on", "expected", "dates", "odds"), ROWS, ids=[row[0][:60] for row in ROWS])
def test_readme_hedge(
    text: str, said_on: datetime.date, expected: list[str], dates: list[str | None], odds: float | None
) -> None:
    _found(text, said_on, expected, dates, odds)


def test_hedges_reported_are_the_readme_s_words() -> None:
    """The README's hedges are reported as the candidate's hedges, as written."""
    for text, hedge in [
        ("I'd bet the quarry closes next year.", "I'd bet"),
        ("Realistically, the quarry closes next year.", "Realistically"),
        ("I'd wager the quarry closes next year.", "I'd wager"),
        ("If I had to bet, the quarry closes next year.", "If I had to bet"),
        ("The quarry, to my mind, closes next year.", "to my mind"),
        ("The quarry, in our view, closes next year.", "in our view"),
        ("Our base case is that the quarry closes next year.", "Our base case"),
        ("A June cut is odds-on.", "odds-on"),
    ]:
        (candidate,) = find_forecasts(text, language="en", said_on=MARCH)
        assert hedge in candidate.hedges, (text, candidate.hedges)


def test_not_copied_from_labelled_texts() -> None:
    assert copied_from_labelled_texts(__file__, read_up_to="al", english=40) == []
