"""Rules of issue 12's ninth round, English: forms (kinds of sentence) the batches j_ and k_ showed, read in general.

Each test is written in its own words, not copied from any corpus or held-out text (the last test checks it); each
form has several phrasings and the look-alikes its rule must leave alone.
"""

from __future__ import annotations

import datetime

from predictions.intake import find_forecasts
from tests.intake.helpers import copied_from_labelled_texts

SAID = datetime.date(2026, 3, 10)


def _found(text: str, said_on: datetime.date = SAID) -> list[str]:
    return [c.quote for c in find_forecasts(text, language="en", said_on=said_on)]


def _dates(text: str, said_on: datetime.date = SAID) -> list[datetime.date | None]:
    return [c.resolve_on for c in find_forecasts(text, language="en", said_on=said_on)]


# --- an arrangement that starts on a date ---------------------------------------------------------------------
def test_a_change_set_to_start_on_a_date_is_a_timetable() -> None:
    assert _found("The bakery chain will shut its Sunday counters from next month, a manager said.") == []
    assert _found("From October, each surgery will offer evening slots twice a week.") == []
    assert _found("Sorensen said the depot would switch its vans to electric from 1 July.") == []
    assert _found('"We will be running a second shift from the spring," the plant manager said.') == []
    assert _found("The ferry line will drop its winter crossings from 2027.") == []


def test_a_level_forecast_from_a_date_or_a_span_stays_a_forecast() -> None:
    # A change of level, forecast from a date on.
    assert _found("Fares will rise sharply from June, the analyst said.") == [
        "Fares will rise sharply from June, the analyst said."
    ]
    assert _found("Queues at the border will be far shorter from April.") == [
        "Queues at the border will be far shorter from April."
    ]
    # Under a belief or a hedge.
    assert _found("I think the club will sack its coach from next season.") == [
        "I think the club will sack its coach from next season."
    ]
    # A span or a base is no start date.
    assert _found("Demand will stay weak from May to August, the broker predicted.") == [
        "Demand will stay weak from May to August, the broker predicted."
    ]


# --- confidence said of the claim just made -------------------------------------------------------------------
def test_confidence_in_the_claim_before_joins_it() -> None:
    turn = "KOVAC: Tram ridership will double by 2031. I'm roughly sixty percent confident of that."
    found = find_forecasts(turn, language="en", said_on=SAID)
    assert [(c.quote, c.probability) for c in found] == [
        ("Tram ridership will double by 2031. I'm roughly sixty percent confident of that.", 0.6)
    ]
    # A sentence about today in between: the confidence is still in the claim.
    gap = "ODUYA: Half of new vans will be electric by 2029. Right now it is one in ten. I'd bet money on it."
    assert _found(gap) == [
        "Half of new vans will be electric by 2029. Right now it is one in ten. I'd bet money on it."
    ]
    # In the same sentence, after a comma or a semicolon.
    assert _found("\"She'll take the title within three seasons, I'd stake my pension on it,\" the coach said.") == [
        "She'll take the title within three seasons, I'd stake my pension on it"
    ]
    assert _found("We'll hit the target; I'm quite sure of that much.") == [
        "We'll hit the target; I'm quite sure of that much."
    ]


def test_confidence_about_something_new_is_left_alone() -> None:
    # Confidence with a claim of its own is that claim.
    assert _found("Costs are high. I'm sure prices will fall by the summer.") == [
        "I'm sure prices will fall by the summer."
    ]
    # A new paragraph is no longer the claim before.
    two = "GRANT: The strike will end by Friday.\n\nGRANT: I'm pretty certain about that."
    assert _found(two)[0] == "The strike will end by Friday."


# --- a condition that the present course goes on --------------------------------------------------------------
def test_a_condition_that_things_go_on_as_they_are_keeps_the_forecast() -> None:
    assert _found("If little else changes, fewer growers will plant rapeseed next spring.") == [
        "If little else changes, fewer growers will plant rapeseed next spring."
    ]
    assert _found("If the rail talks go the way they are going, I'd expect more strikes next year.") == [
        "If the rail talks go the way they are going, I'd expect more strikes next year."
    ]
    assert _found("If things carry on as they are, the reservoir will be empty by August.") == [
        "If things carry on as they are, the reservoir will be empty by August."
    ]
    # A condition on an event or a decision still to come makes a hypothetical.
    assert _found("If the council approves the bypass, traffic in the square will halve by 2029.") == []
    assert _found("If the owners change the manager, the team will go down this season.") == []


# --- the shortfall of one's own act ---------------------------------------------------------------------------
def test_falling_short_in_ones_own_act_is_an_outcome_not_a_plan() -> None:
    assert _found('"We\'ll hire barely a third of the drivers we need by the summer," the depot manager said.') == [
        "We'll hire barely a third of the drivers we need by the summer"
    ]
    assert _found("At this rate we will build fewer than 2,000 of the 5,000 homes needed by 2028.") == [
        "At this rate we will build fewer than 2,000 of the 5,000 homes needed by 2028."
    ]
    # The act itself, counted, is the plan.
    assert _found("We will hire 40 more drivers by the summer.") == []
    assert _found("We'll build 300 homes on the old airfield by 2028.") == []


# --- date grammar ----------------------------------------------------------------------------------------------
def test_before_a_year_is_out_is_by_its_end() -> None:
    assert _dates("I'd be amazed if the ferry firm didn't put fares up again before next year is out.") == [
        datetime.date(2027, 12, 31)
    ]
    assert _dates("The port will be handling bigger ships before next year is over, the harbour master said.") == [
        datetime.date(2027, 12, 31)
    ]
    # "Before next year" alone is before it starts.
    assert _dates("The port will not be handling bigger ships before next year, the harbour master said.") == [
        datetime.date(2026, 12, 31)
    ]


def test_n_units_out_counts_from_now() -> None:
    assert _dates("Two years out, I'd bet the new line is carrying 40,000 riders a day.") == [
        datetime.date(2028, 3, 10)
    ]
    assert _dates("Nine months out, we will still be short of welders, the foreman said.") == [
        datetime.date(2026, 12, 10)
    ]
    # "Out of" is no horizon.
    assert _found("The council's flood maps are ten years out of date.") == []


def test_a_headline_drops_the_article_of_a_half_to_come() -> None:
    assert _dates("Dutch brewer sees exports picking up in second half on Asian demand") == [
        datetime.date(2026, 12, 31)
    ]
    # A half already begun, in a headline, is the half reported.
    assert _found("Irish pub sales climb 12% in first half") == []
    assert _found("Irish pub sales climb 12% in second half", datetime.date(2026, 10, 2)) == []


# --- a headline's verb of expectation ---------------------------------------------------------------------------
_BODY = "\n\nOSLO, March 10 - The rest of the story is about other things."


def test_a_headline_source_expecting_something_in_the_present() -> None:
    assert _found("Ferry operator eyes first profit in 2028 as tourist traffic grows" + _BODY) == [
        "Ferry operator eyes first profit in 2028 as tourist traffic grows"
    ]
    assert _found("Chile forecasts record copper output for a fourth straight year" + _BODY) == [
        "Chile forecasts record copper output for a fourth straight year"
    ]
    assert _found("Oxford economist predicts house-price slump by autumn" + _BODY) == [
        "Oxford economist predicts house-price slump by autumn"
    ]
    # A noun, and what is not expected.
    assert _found("All eyes on Riksbank as markets await its rate call" + _BODY) == []
    assert _found("Ski resort sees record crowds in January" + _BODY) == []


# --- the speaker's own act -------------------------------------------------------------------------------------
def test_what_we_will_do_is_a_plan_whatever_the_verb() -> None:
    assert _found("We will also scrap the toll on the eastern bridge for another year.") == []
    assert _found("MAYOR: We'll stage a food festival on the quay in August.") == []
    assert _found('"We won\'t alter the fee before the summer season," the director said.') == []
    assert _found("I will not walk away from these families.") == []
    # A body's act, said of itself by its people.
    assert _found("Its founder, Ida Berg, said the firm would ship a second rover in 2029 whatever happens.") == []
    assert _found("The principal said the school would shorten the lunch break next term.") == []


def test_what_we_will_get_or_achieve_stays_a_forecast() -> None:
    # An outcome or a state nobody decides.
    assert _found("We'll win the county title by a street this year.") == [
        "We'll win the county title by a street this year."
    ]
    assert _found("We will be short of nurses again next winter.") == ["We will be short of nurses again next winter."]
    # The act under a belief or a hedge, or with a figure it comes to.
    assert _found("I think we'll scrap the toll before the election.") == [
        "I think we'll scrap the toll before the election."
    ]
    assert _found("We'll probably freeze hiring by the autumn.") == ["We'll probably freeze hiring by the autumn."]
    assert _found("Its founder, Ida Berg, said the company would return to profit in 2029.") == [
        "Its founder, Ida Berg, said the company would return to profit in 2029."
    ]
    assert _found("We'll gross north of $50 million on the opening weekend.") == [
        "We'll gross north of $50 million on the opening weekend."
    ]


# --- a forecast recalled, its past time first ----------------------------------------------------------------------
def test_a_past_time_put_first_recalls_an_old_forecast() -> None:
    assert (
        _found(
            "In 2019, after the storms, two big underwriters predicted cover would double in price within three years."
        )
        == []
    )
    assert _found("Two years ago, the agency forecast that fares would fall by 2027.") == []
    assert _found("HOST: Last autumn you told me the dry years would be easy.\n\nGUEST: I did.") == []
    # A year still to come, or the time of the forecast itself, recalls nothing.
    assert _found("In 2027, prices will rise again, the agency said.") == [
        "In 2027, prices will rise again, the agency said."
    ]
    assert _found("Last year was hard, and the agency predicted that fares would fall by 2027.") != []


# --- a second conjunct that goes on with the claim -------------------------------------------------------------
def test_a_conjunct_without_a_subject_or_restating_the_claim_is_the_same_forecast() -> None:
    assert _found("Banks will take on fewer juniors for a year or so, and then take on more again.") == [
        "Banks will take on fewer juniors for a year or so, and then take on more again."
    ]
    assert _found("The comet will pass inside the Moon's orbit and should be bright enough to see from Lisbon.") == [
        "The comet will pass inside the Moon's orbit and should be bright enough to see from Lisbon."
    ]
    assert _found("The Greens will come second, and I suspect narrowly so.") == [
        "The Greens will come second, and I suspect narrowly so."
    ]
    assert _found("We will take this seat, and we will take it easily.") == [
        "We will take this seat, and we will take it easily."
    ]
    assert _found("I think a veteran takes the title, and it would not surprise me if it is the Czech.") == [
        "I think a veteran takes the title, and it would not surprise me if it is the Czech."
    ]


def test_a_conjunct_with_a_subject_and_claim_of_its_own_stays_apart() -> None:
    assert _found("Rents will rise by 2027, and then the central bank will cut rates in 2028.") == [
        "Rents will rise by 2027",
        "then the central bank will cut rates in 2028.",
    ]
    assert _found("We will take this seat, and we will take the next one in 2030.") == [
        "We will take this seat",
        "we will take the next one in 2030.",
    ]


# --- someone else's forecast relayed in the speaker's own words -------------------------------------------------
def test_a_third_party_relayed_in_ones_own_words_is_theirs() -> None:
    speech = (
        "MAYOR: Thank you all for coming tonight. The water board tells us the main will be fixed by June. "
        "The port authority says the new berth will open in 2028."
    )
    assert _found(speech) == []
    assert _found('"The ministry has told us funding will drop by a tenth next year," the head teacher said.') == []


def test_a_relayed_claim_with_the_speakers_own_view_or_a_reporters_x_says_stays() -> None:
    # The speaker's own view in the same sentence.
    assert _found(
        "HOST: Go on.\n\nGUEST: The rail company says the line will carry more riders by May, and I think so too."
    ) == ["The rail company says the line will carry more riders by May"]
    # A reporter's "X says" is how a forecast is reported.
    assert _found("The port authority says freight volumes will grow by about 4 percent in 2027.") == [
        "The port authority says freight volumes will grow by about 4 percent in 2027."
    ]
    # The speaker's own saying.
    assert _found("GUEST: And I say this to every tenant: by 2030 this estate will have new windows.") != []


# --- a discourse adverb in commas; what is likely ---------------------------------------------------------------
def test_a_discourse_adverb_in_commas_does_not_cut_the_claim() -> None:
    assert _found("Our central scenario, however, is that the board keeps rates on hold until autumn.") == [
        "Our central scenario, however, is that the board keeps rates on hold until autumn."
    ]
    assert _found("The second plant, in fact, will be late by a year, the engineer said.") == [
        "The second plant, in fact, will be late by a year, the engineer said."
    ]


def test_an_event_said_to_be_likely_is_forecast() -> None:
    assert _found("Okafor said a turnout of around 60 percent was likely, the best in a decade.") == [
        "Okafor said a turnout of around 60 percent was likely, the best in a decade."
    ]
    assert _found("A second rate cut looks unlikely before the summer, the strategist said.") == [
        "A second rate cut looks unlikely before the summer, the strategist said."
    ]
    # "Likely" of a cause in the past, or before what follows, is not this form.
    assert _found("The outage was likely caused by a squirrel in the substation.") == []


def test_odds_no_better_than_even_are_even() -> None:
    found = find_forecasts(
        "The broker rated the odds of the mill reopening before Easter as no better than 50-50.",
        language="en",
        said_on=SAID,
    )
    assert [c.probability for c in found] == [0.5]


# --- declining to say; not going to -----------------------------------------------------------------------------
def test_declining_to_say_when_or_saying_only_a_frame_is_no_forecast() -> None:
    assert _found("The chairman would not say when the new stand might open, she added.") == []
    assert _found("Asked about prices, Lund would only say that") == []
    assert _found("I'm not going to sit here and promise you miracles.") == []
    # What someone will say is theirs to forecast when a claim follows.
    assert _found("Lund said prices would ease by the summer.") == ["Lund said prices would ease by the summer."]


# --- a state that lasts over a stretch ahead ------------------------------------------------------------------
def test_a_present_state_over_the_next_stretch_is_forecast() -> None:
    assert _found("Honestly, £4 is the floor for a pint for the next two years.") == [
        "Honestly, £4 is the floor for a pint for the next two years."
    ]
    assert _found("Wheat stays in surplus for the next four years, the trader said.") != []
    # A term that runs to a date is a fact of a contract, not a forecast.
    assert _found("Her contract runs until 2029.") == []
    assert _found("Bus fares are frozen until June.") == []


def test_the_nth_time_in_n_months_and_a_weekday_under_a_headline_look_back() -> None:
    story = (
        "Bakery chain will shut 40 shops, union fears\n\n"
        "Shares in Crumb & Co dropped 9 percent on Thursday after the chain lowered its earnings guidance "
        "for the third time in five months."
    )
    assert _found(story) == ["Bakery chain will shut 40 shops, union fears"]  # the headline's own forecast only
    # A weekday after a future marker in its own sentence is still ahead.
    assert _dates("The union will strike on Thursday, its leader said.") == [datetime.date(2026, 3, 12)]


# --- a rule's start named in a time clause ----------------------------------------------------------------------
def test_a_rule_taking_effect_in_a_time_clause_only_times_the_forecast() -> None:
    assert _found(
        "She said she expected bus ridership to climb by 5 percent once the new city fare caps take effect."
    ) == ["She said she expected bus ridership to climb by 5 percent once the new city fare caps take effect."]
    assert _found('The agency said hiring "is expected to pick up as the tax credit takes effect".') != []
    # The rule taking effect, alone, is a schedule.
    assert _found("The new fare caps will take effect in May.") == []


# --- "would" with its verb of saying after it ---------------------------------------------------------------------
def test_would_reported_by_a_verb_of_saying_after_it() -> None:
    assert _found("Hill farms would suffer first, the minister said.") == [
        "Hill farms would suffer first, the minister said."
    ]
    assert _found("Small lenders could fold within a year, analysts at Norberg Bank told clients.") != []
    # The speaker's own "would" in quotation marks, and a "would" with no verb of saying, stay as they were.
    assert _found('"That would be a mistake," she said.') == []
    assert _found("Hill farms would suffer first.") == []


def test_these_sentences_are_not_copied_from_the_corpus_or_the_batches() -> None:
    """No 25-character stretch of a sentence above appears in a corpus or batch text."""
    assert copied_from_labelled_texts(__file__, read_up_to="k") == []
