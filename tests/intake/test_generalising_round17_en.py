"""Rules of the seventeenth round, English: kinds of sentences the batches ``ad_`` … ``af_`` showed the extractor
missing (odds said after a claim, answers that end in ", no.", claims after a forecast recalled, what buyers decide,
status-quo frames before the present), held here by sentences written for them on other topics.

Each test is written in its own words, not copied from any corpus or held-out text (the last test checks it); each
form has several phrasings and the look-alikes its rule must leave alone.
"""

from __future__ import annotations

import datetime

from predictions.intake import find_forecasts
from tests.intake.helpers import copied_from_labelled_texts

SAID = datetime.date(2025, 3, 1)


def _found(text: str) -> list[tuple[str, str | None, float | None]]:
    return [
        (c.quote, c.resolve_on.isoformat() if c.resolve_on else None, c.probability)
        for c in find_forecasts(text, language="en", said_on=SAID)
    ]


# --- odds after a claim: on that claim, or on a claim of their own (grouping._ON_THE_CLAIM_BEFORE) -----------------
def test_odds_that_name_their_own_claim_after_and_are_a_second_forecast() -> None:
    for text, second, date in (
        (
            "I expect the ferry operator to add a winter route, and I would put it at better than evens that it "
            "runs daily by 2027.",
            "I would put it at better than evens that it runs daily by 2027.",
            "2027-12-31",
        ),
        (
            "The orchard will pick early this year, and we'd put it at two to one that the harvest beats 2024 "
            "by the end of the year.",
            "we'd put it at two to one that the harvest beats 2024 by the end of the year.",
            "2025-12-31",
        ),
    ):
        found = _found(text)
        assert len(found) == 2, text
        assert found[1][:2] == (second, date), text


def test_the_odds_of_that_said_after_a_claim_go_with_it() -> None:
    for text, probability in (
        ("The toll on the new bridge will rise in mid-June, and I'd put the odds of that at 90 percent.", 0.9),
        ("Our county will miss the recycling target in 2026, and we'd put the chances of that at 70 percent.", 0.7),
    ):
        found = _found(text)
        assert len(found) == 1, text
        assert found[0][0] == text and found[0][2] == probability, text


# --- an answer that ends in ", no." (sentences._ANSWER_NO) -------------------------------------------------------
def test_an_answer_ending_in_comma_no_is_a_sentence_of_its_own() -> None:
    for text, second in (
        (
            "HOST: Will the night market survive?\nGUEST: Not in its present form, no. I'd give it a one-in-four "
            "chance of reaching 2028.",
            ("I'd give it a one-in-four chance of reaching 2028.", "2028-12-31", 0.25),
        ),
        (
            "HOST: Will the new stand be ready?\nGUEST: Sadly, no. The builders will miss the opening game by at "
            "least a month.",
            ("The builders will miss the opening game by at least a month.", None, None),
        ),
    ):
        found = _found(text)
        assert found[-1] == second, text
        assert found[0][0].endswith("no."), text
    _a_number_abbreviated_after_a_comma_stays_in_its_sentence()  # and the look-alikes


def _a_number_abbreviated_after_a_comma_stays_in_its_sentence() -> None:
    found = _found("The cup tie is at the old ground, No. 4 Mill Lane, and the club will sell out the stand.")
    assert len(found) <= 1


# --- a claim said now after a forecast recalled (recalled_reach_en) ----------------------------------------------
def test_a_claim_with_its_own_subject_after_a_forecast_recalled_is_said_now() -> None:
    for text, quote in (
        (
            "Solar farms are spreading at a rate nobody predicted five years ago, and rooftop panels could well "
            "supply a fifth of the grid within four years.",
            "rooftop panels could well supply a fifth of the grid within four years.",
        ),
        (
            "Two years ago the guild forecast that loom sales would halve, and the trade will shrink further by "
            "the end of 2026.",
            "the trade will shrink further by the end of 2026.",
        ),
    ):
        assert [q for q, _, _ in _found(text)] == [quote], text
    _what_goes_on_being_recalled_stays_out()  # and the look-alikes


def _what_goes_on_being_recalled_stays_out() -> None:
    for text in (
        "Last year she predicted the cannery would close, and that it would never reopen.",
        "Three years ago he said tram fares would fall, and they did.",
        "In 2019 the board forecast that sales would peak, and would then slide.",
    ):
        assert _found(text) == [], text


# --- what buyers decide, under a belief (lookalikes_en._OUTCOME_OF_AN_ACT) ---------------------------------------
def test_selling_out_or_breaking_even_under_a_belief_is_an_outcome() -> None:
    for text in (
        "We've raised the price of a season pass, and I don't think we'll sell out this time.",
        "I believe we'll break even on the new ferry route next year.",
        "Honestly, I doubt we sell out the second night.",
    ):
        assert len(_found(text)) == 1, text
    _selling_what_one_owns_stays_a_plan()  # and the look-alikes


def _selling_what_one_owns_stays_a_plan() -> None:
    for text in (
        "We will sell our stake in the cannery next year.",
        "We're going to sell the old depot and move the buses to Hull.",
    ):
        assert _found(text) == [], text


# --- a status-quo frame before the present (status_quo_en) -------------------------------------------------------
def test_a_status_quo_frame_makes_the_present_a_forecast() -> None:
    for text, date in (
        ("On current trends, the pension fund runs dry in 2034.", "2034-12-31"),
        ("On current growth of about 3 per cent a year, the airport hits its cap within eight years.", "2033-03-01"),
        ("At this rate, the lake is empty by September.", "2025-09-30"),
        ("On present form, the home side tops the table by the end of April.", "2025-04-30"),
    ):
        assert [d for _, d, _ in _found(text)] == [date], text
    _current_prices_and_a_present_habit_are_no_forecast()  # and the look-alikes


def _current_prices_and_a_present_habit_are_no_forecast() -> None:
    for text in (
        "At current prices, the harbour deal is worth about $2 billion.",
        "At present, the ferry sails twice a day.",
        "On current figures, the council spends 40 per cent of its budget on care.",
    ):
        assert _found(text) == [], text


def test_running_out_is_an_event_and_modelling_frames_it() -> None:
    for text, date in (
        ("Our modelling says the grain store runs out in October.", "2025-10-31"),
        ("I think the relief money runs dry by June.", "2025-06-30"),
    ):
        assert [d for _, d, _ in _found(text)] == [date], text
    for text in ("The trust runs four museums in the valley.", "I think she runs the Cardiff office."):
        assert _found(text) == [], text


# --- "should" of a trend going on (markers_en) ---------------------------------------------------------------------
def test_should_keep_or_continue_of_a_trend_is_an_expectation() -> None:
    for text in (
        "Ticket revenue rose again in the spring, so takings should keep climbing.",
        "Freight rates should continue to ease as the new ships arrive.",
        "With the new wells online, output should keep growing.",
    ):
        assert len(_found(text)) == 1, text
    for text in (
        "We should keep growing the youth academy.",
        "Councils should continue raising the levy, the report argues.",
        "You should keep trying.",
    ):
        assert _found(text) == [], text


# --- a season's deadline and "ever" under a belief (aspects_en._AHEAD) ---------------------------------------------
def test_a_belief_in_a_state_by_a_season_or_an_act_ever_done_is_a_forecast() -> None:
    for text in (
        "I think the harbour wall is repaired by the autumn.",
        "We believe bus fares are back to normal again by the spring.",
        "I don't think the old tram line is ever reopened, to be honest.",
        "I doubt the bypass is ever built.",
    ):
        assert len(_found(text)) == 1, text
    for text in (
        "I don't think she is ever bored.",
        "I think the harbour wall was repaired by the autumn.",
        "I doubt he is ever wrong about the weather.",
    ):
        assert _found(text) == [], text


# --- a schedule denied in the same sentence (denied_plans_en) ----------------------------------------------------
def test_a_schedule_said_not_to_be_kept_is_quoted_with_what_was_due() -> None:
    for text, date in (
        ("The new lido was meant to open this year and it won't.", "2025-12-31"),
        ("The ring road is due to be finished in October, but it won't.", "2025-10-31"),
        ("The two ferries are supposed to enter service in 2026, and they will not.", "2026-12-31"),
    ):
        assert [(q, d) for q, d, _ in _found(text)] == [(text, date)], text
    # A rejection of someone's forecast stays short: "it won't" against "the councillors say".
    found = _found("The councillors say the depot will close next year. It won't.")
    assert found[-1][0] == "It won't."


# --- ", when …" after a date describes it (conjuncts_en.when_of_a_date) ------------------------------------------
def test_a_when_clause_after_the_date_stays_with_the_claim() -> None:
    for text in (
        "I don't see ridership recovering before 2027, when the new line finally reached the airport in tests.",
        "Wool prices will stay low until the spring, when the mills that closed last year were meant to reopen.",
    ):
        assert [q for q, _, _ in _found(text)] == [text], text
    # A "when" that opens the sentence is no description of a date before it.
    found = _found("When the new terminal opened, fares fell. I think fares will rise again by 2027.")
    assert [q for q, _, _ in found] == ["I think fares will rise again by 2027."]


# --- the speaker's regret after a claim (conjuncts_en.REGRET) ------------------------------------------------------
def test_regret_said_after_a_claim_finishes_it() -> None:
    for text in (
        "HOST: Will the small breweries get through the winter?\nGUEST: Some won't, Dafydd, and I'm sorry to say it.",
        "The cannery will shut by the end of the year, and I say that with no pleasure.",
        "The bus to the valley won't run past 2026, and we're sad to report it.",
    ):
        found = _found(text)
        assert len(found) == 1 and found[0][0].rstrip(".").endswith(("it", "pleasure")), text
    # Sorrow for someone is something else said, not part of the claim.
    assert _found("The cannery will shut by the end of the year, and I'm sorry for the workers.")[0][0] == (
        "The cannery will shut by the end of the year"
    )


# --- a comparative answer to a question about the future (forms_en.ELLIPTICAL) ----------------------------------
def test_an_answer_that_opens_with_any_comparative_is_elliptical() -> None:
    for question, answer, date in (
        ("Ten years from now, what does the wool trade look like?", "Smaller than the optimists say.", "2035-03-01"),
        ("What will a pint cost in Cardiff next year?", "Dearer than the brewers admit.", "2026-12-31"),
    ):
        found = _found(f"HOST: {question}\nGUEST: {answer}")
        assert [(q, d) for q, d, _ in found] == [(answer, date)], answer
    # Not a comparative: "other than", "rather than".
    assert _found("HOST: Will the council cut the levy?\nGUEST: Other than the mayor, nobody knows.") == []


def test_these_sentences_are_not_copied_from_the_corpus_or_the_batches() -> None:
    # (Read up to ``af_``: this round read ``ad_`` … ``af_``.)
    assert copied_from_labelled_texts(__file__, read_up_to="af", english=40) == []
