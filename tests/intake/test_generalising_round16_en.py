"""Rules of the sixteenth round, English candidates: forms the batches aa_ … ac_ (three hands) showed missing or
offered wrongly.

Each test is written in its own words, not copied from any corpus or held-out text (the last test checks it); each
form has several phrasings and the look-alikes its rule must leave alone.
"""

from __future__ import annotations

import datetime

from predictions.intake import Candidate, find_forecasts
from tests.intake.helpers import copied_from_labelled_texts

SAID = datetime.date(2026, 3, 10)


def _candidates(text: str, said_on: datetime.date = SAID) -> list[Candidate]:
    return find_forecasts(text, language="en", said_on=said_on)


def _found(text: str, said_on: datetime.date = SAID) -> list[str]:
    return [c.quote for c in _candidates(text, said_on)]


# --- odds put on the claim just made, in the same sentence (grouping._ON_THE_CLAIM_BEFORE) ------------------------
def test_odds_on_the_subject_just_named_stay_with_the_claim() -> None:
    for text, odds in (
        ("I think the Hornets sneak into the playoffs, and I'd put their chances at about 55 percent.", 0.55),
        ("My guess is the ferry company finds a buyer, and I'd put its odds at roughly 40 percent.", 0.4),
        (
            "Our view is that the drug gets approved by June, and we'd put the chance of getting there at 80 percent.",
            0.8,
        ),
        ("I think she keeps the seat, and I'd put her chances at around two in three.", 0.667),
    ):
        found = _candidates(text)
        assert len(found) == 1 and found[0].probability == odds, (text, [c.quote for c in found])


def test_a_bet_on_the_size_of_the_claim_just_made_stays_with_it() -> None:
    for text in (
        "Whatever the board decides, water bills will rise next year, and I'd bet on at least 4 percent.",
        "Ticket prices will go up again this winter, and I would bet on about $5 a seat.",
    ):
        assert len(_found(text)) == 1, (text, _found(text))


def test_odds_of_an_event_the_clause_names_itself_are_a_claim_of_their_own() -> None:
    # "the odds of a recession" names its own event: not the odds of the claim before it.
    found = _found("Rates will fall next year, and I'd put the odds of a recession at 30 percent.")
    assert len(found) == 2, found


# --- a record the claim would set is no date of the claim (forecast._EN_RECORD) ------------------------------------
def test_a_record_since_a_past_year_does_not_date_the_claim_in_the_past() -> None:
    for text in (
        "I think the barley harvest comes in under 9 million tonnes, the smallest crop since 2011.",
        "Our guess is that unemployment hits 6 percent, its highest level since 2015.",
        "I believe the club finishes bottom, the worst showing since 1998.",
    ):
        found = _candidates(text)
        assert len(found) == 1 and found[0].resolve_on is None, (text, [c.quote for c in found])


def test_what_has_happened_since_a_past_year_is_still_no_forecast() -> None:
    for text in (
        "Unemployment has risen every year since 2015.",
        "I think prices have been falling since 2019.",
        "It was the smallest harvest since 2008.",
    ):
        assert _found(text) == [], text


# --- what a place or a year gets, as a figure (forms_en: "sees" + a number) -----------------------------------------
def test_a_place_that_sees_a_figure_under_a_belief_is_a_forecast() -> None:
    for text in (
        "I don't think the harbour sees 900 cruise calls out of the new terminal.",
        "I reckon the valley sees another 3,000 visitors once the trail opens.",
        "We think the county sees about 12 percent fewer births next year.",
    ):
        assert _found(text) != [], text


def test_sees_without_a_figure_or_a_frame_is_left_alone() -> None:
    for text in (
        "The town sees 2 million visitors a year.",
        "Every spring the river sees 40 millimetres of rain.",
    ):
        assert _found(text) == [], text


# --- short answers to a question about the future (answers_en, forms_en.ELLIPTICAL, discourse) ---------------------
def test_a_frank_lead_in_before_a_stance_does_not_make_the_answer_a_decline() -> None:
    for text in (
        "Q: Will the ferry be running again by Easter?\n\nA: Honestly, I doubt it. The hull needs a new plate.\n",
        "Q: Will the festival sell out this year?\n\nA: Frankly, no. Too many rival events.\n",
        "Q: Will the new wing open before the winter?\n\nA: To be honest, I doubt it.\n",
    ):
        found = _candidates(text)
        assert len(found) == 1, (text, [c.quote for c in found])


def test_a_frank_lead_in_before_not_knowing_is_still_a_decline() -> None:
    for text in (
        "Q: Will the ferry be running again by Easter?\n\nA: Honestly, no idea. Ask the operator.\n",
        "Q: Will the museum reopen next year?\n\nA: Frankly, I don't know.\n",
        "Q: Will the toll go up in 2027?\n\nA: Honestly, hard to say.\n",
    ):
        assert _found(text) == [], text


def test_a_comparison_with_what_others_expect_answers_how_far_a_level_goes() -> None:
    for text in (
        "Q: How big does the cargo business get?\n\nA: Bigger than most analysts expect. It is small today.\n",
        "Q: How low do mortgage rates go?\n\nA: Lower than the market thinks.\n",
        "Q: Will the subscription get pricier?\n\nA: Cheaper than you'd expect, actually.\n",
    ):
        assert _found(text) != [], text


def test_how_and_when_without_the_verb_answer_a_question_about_the_future() -> None:
    for text in (
        "Q: Will rents come back down?\n\nA: Gradually, over a couple of years.\n",
        "Q: Will the plant reopen?\n\nA: Eventually, once the parts arrive.\n",
        "Q: Will food prices jump again?\n\nA: Briefly, around the harvest.\n",
    ):
        assert _found(text) != [], text


def test_a_verbless_answer_hedged_at_its_end_goes_on_with_the_forecast() -> None:
    for text in (
        "Q: Will more people cycle this year?\n\nA: A few more, yes. Still under a tenth of them, I suspect.\n",
        "Q: Will the bakery chain grow again?\n\nA: It will, yes. Not by much, I'm afraid.\n",
    ):
        found = _found(text)
        assert len(found) == 2, (text, found)


def test_answers_to_questions_about_the_present_or_the_past_are_left_alone() -> None:
    for text in (
        "Q: How big did the cargo business get last year?\n\nA: Bigger than most analysts expected.\n",
        "Q: What did you make of the vote?\n\nA: Honestly, I doubt it mattered.\n",
        "Q: How was the trip?\n\nA: Slowly, to begin with.\n",
    ):
        assert _found(text) == [], text


# --- headlines (headlines.HEADLINE_FUTURE) ---------------------------------------------------------------------------
def _headline(line: str) -> list[str]:
    return _found(f"{line}\n\nBy Imogen Kerr, sports desk\n\nThe new season starts on Saturday. Tickets are on sale.\n")


def test_a_previews_own_call_after_its_rubric_is_a_forecast() -> None:
    for line in (
        "Season preview: Rovers to finish in the top four, and the long drought ends",
        "Cup preview: 'The Saints' to reach the final again",
        "Our verdict: Kowalczyk to retain the world title",
    ):
        assert _headline(line) != [], line


def test_a_rubric_before_a_noun_or_a_question_is_left_alone() -> None:
    for line in (
        "Tour preview: Marchand the rider to beat as the race leaves Nantes",
        "Season preview: can anyone stop the champions?",
        "Opinion: Our town is running out of time to save the pier",
    ):
        assert _headline(line) == [], line


def test_a_course_its_source_names_in_a_headline_is_a_forecast() -> None:
    for line in (
        'Mars rover "on track" for crater landing, project lead says',
        "Bridge repairs on course to finish early, council engineer insists",
        "Regional health chiefs warn of a long, hard winter for hospitals",
        "Water board warns of driest summer in decades",
    ):
        assert _headline(line) != [], line


def test_a_warning_of_what_is_under_way_or_by_nobody_named_is_left_alone() -> None:
    for line in (
        "Power firms warn of wasted wind output as turbines multiply",
        "Analysts warn of a slower year",
        "Rover back on track after software fault",
    ):
        assert _headline(line) == [], line


# --- an event's calendar vs the level it ends at (schedules_en) ------------------------------------------------------
def test_a_season_expected_to_finish_at_a_figure_is_a_forecast() -> None:
    for text in (
        "The promoter expects the tour to finish at about $80 million in ticket sales.",
        "Our economist expects the harvest season to end above 12 million tonnes.",
        "She expects the festival to close at around 40 percent above last year's attendance.",
    ):
        assert _found(text) != [], text


def test_an_events_own_calendar_stays_a_schedule() -> None:
    for text in (
        "The season finishes on 25 May.",
        "The festival closes at the end of August.",
        "The tour ends in Lisbon next week.",
    ):
        assert _found(text) == [], text


# --- "should" of a signal or a trend that wanes (should_en._EXPECTED) --------------------------------------------
def test_should_of_a_trend_that_wanes_or_firms_is_expectation() -> None:
    for text in (
        "By mid-April the drought signal should fade.",
        "Hiring should slow by the end of the year.",
        "The dollar should weaken through 2027.",
        "Those supply bottlenecks should subside by June.",
    ):
        assert _found(text) != [], text


def test_should_of_what_people_ought_to_do_stays_a_prescription() -> None:
    for text in (
        "Regulators should tighten the rules by the summer.",
        "We should slow down and think before next year.",
        "Ministers should moderate their language.",
    ):
        assert _found(text) == [], text


# --- a body's pace is no relocation (lookalikes_en._BODY_PLAN) -------------------------------------------------------
def test_a_body_that_will_not_move_as_fast_is_a_forecast() -> None:
    for text in (
        "Within two years most hospitals will use the new scanners. The licensing boards will not move as fast.",
        "The regulators will adopt the standard next year; the insurance companies won't move so quickly.",
    ):
        assert len(_found(text)) == 2, (text, _found(text))


def test_a_body_that_will_move_somewhere_is_still_its_own_act() -> None:
    assert _found("The board will move its headquarters to Leeds next year.") == []


# --- a forecaster that projects a longer subject to change (markers_en) -----------------------------------------------
def test_projects_a_subject_of_several_words_to_change_is_a_forecast() -> None:
    for text in (
        "The statistics office projects the working-age population to shrink by 2031.",
        "The treasury projects state pension costs to peak in 2040.",
        "The ministry projects public sector pay to rise 3 percent next year.",
    ):
        assert _found(text) != [], text


def test_projects_as_a_noun_stays_out() -> None:
    for text in (
        "The housing projects to the north were finished in 2019.",
        "Three of the council's projects to rebuild schools were cancelled last year.",
    ):
        assert _found(text) == [], text


# --- the speaker's own modelling is no third party relayed (second_reading_en._RELAYED) -----------------------------
def test_our_own_modelling_or_numbers_say_is_the_speakers_forecast() -> None:
    for text in (
        "Our modelling says bus journeys on the corridor will rise by a fifth by 2028.",
        "My numbers say the county deficit will narrow next year.",
        "Our latest analysis says hospital admissions will peak in February.",
    ):
        assert _found(text) != [], text


def test_a_third_party_relayed_in_the_speakers_words_stays_out() -> None:
    for text in (
        "Our partners say the new terminal will open in 2028.",
        "The operator tells us the line will reopen next spring.",
    ):
        assert _found(text) == [], text


# --- an analyst's price target raised in a note's present (markers_en) ------------------------------------------------
def test_a_price_target_raised_or_cut_in_the_present_is_a_forecast() -> None:
    for text in (
        "We raise our 12-month target price to 9.40 from 8.10.",
        "We trim our price target to 310 pence, implying modest upside.",
        "Meridian Securities lifts its year-end target for the index to 5,200.",
    ):
        assert _found(text) != [], text


def test_a_firms_own_target_raised_stays_a_plan() -> None:
    assert _found("The bakery chain raises its sales target every spring.") == []


# --- a department's or a committee's own act (lookalikes_en._BODY) ---------------------------------------------------
def test_a_departments_or_committees_own_act_is_a_plan() -> None:
    for text in (
        "The parks department will open two new paddling pools in June.",
        "The county's transport committee will hear the parking appeal on 4 April.",
        "The planning commission will publish its draft rules next month.",
        "The state education department will run free holiday clubs this summer.",
    ):
        assert _found(text) == [], text


def test_what_a_department_or_committee_expects_of_the_world_is_still_a_forecast() -> None:
    for text in (
        "The health department expects flu admissions to peak in January.",
        "The committee's economists think house prices will fall next year.",
    ):
        assert _found(text) != [], text


# --- a split of a hundred put on what the sentence names (probabilities._EN_SPLIT_PUT) -------------------------------
def test_odds_of_a_named_event_put_as_a_split_are_its_probability() -> None:
    for text, odds in (
        ('The mediator put the odds of the strike ending before Easter at "maybe 70-30".', 0.7),
        ("The coach put the chances of a home win at 55-45.", 0.55),
        ("Our analyst put the odds of the merger closing this year at roughly 60/40.", 0.6),
    ):
        found = _candidates(text)
        assert found and found[0].probability == odds, (text, [(c.quote, c.probability) for c in found])


def test_a_split_that_is_a_result_is_no_probability() -> None:
    assert _found("The vote split 60-40 in the end.") == []
    found = _candidates(
        "The council put the ratio of houses to flats at 60-40 in the new plan, and it will build them."
    )
    assert all(c.probability is None for c in found)


def test_these_sentences_are_not_copied_from_the_corpus_or_the_batches() -> None:
    """No 40-character stretch of an English sentence above appears in a corpus or batch text up to ac_."""
    assert copied_from_labelled_texts(__file__, read_up_to="ac", english=40) == []
