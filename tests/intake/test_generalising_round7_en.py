"""Rules of issue 12's seventh round, English: kinds of forecasting language the batch g_ showed missing.

Each test is written in its own words, not copied from any corpus or held-out text; each kind has several
phrasings and the look-alikes its rule must leave alone.
"""

from __future__ import annotations

import datetime

from predictions.intake import find_forecasts

SAID = datetime.date(2026, 3, 10)  # a Tuesday


def _found(text: str, said_on: datetime.date = SAID) -> list[str]:
    return [c.quote for c in find_forecasts(text, language="en", said_on=said_on)]


def _dates(text: str, said_on: datetime.date = SAID) -> list[datetime.date | None]:
    return [c.resolve_on for c in find_forecasts(text, language="en", said_on=said_on)]


def _odds(text: str, said_on: datetime.date = SAID) -> list[float | None]:
    return [c.probability for c in find_forecasts(text, language="en", said_on=said_on)]


# --- date grammar --------------------------------------------------------------------------------------------
def test_more_years_from_now_are_counted_from_the_said_on_date() -> None:
    assert _dates("The museum will stay shut for two more years, the trustees warn") == [datetime.date(2028, 3, 10)]
    assert _dates("Tariffs will remain in place for another three years.") == [datetime.date(2029, 3, 10)]
    # The time a thing takes is the claim, even with nothing else said.
    assert _dates("It will take at least four more years.") == [datetime.date(2030, 3, 10)]
    assert _dates("Fares will stay frozen for the next couple of years.") == [datetime.date(2028, 3, 10)]
    # A span of the past stays no horizon.
    assert _found("She coached the side for two more years before retiring.") == []


def test_before_next_year_is_the_end_of_this_one() -> None:
    assert _dates("He does not expect the dispute to end before next year.") == [datetime.date(2026, 12, 31)]
    assert _dates("Prices won't recover until next year, she said.") == [datetime.date(2026, 12, 31)]
    # "By" and "in" next year keep next year's end.
    assert _dates("Prices will recover by next year, she said.") == [datetime.date(2027, 12, 31)]


def test_for_the_year_is_the_year_under_way() -> None:
    assert _dates("We expect sales of 3 billion dollars for the year.") == [datetime.date(2026, 12, 31)]
    assert _dates("Margins will be thinner for the whole year, the chief executive said.") == [
        datetime.date(2026, 12, 31)
    ]
    # A financial year that has ended is the past.
    assert _found("Profit for the year to January fell 4 percent.") == []


def test_this_weekend_and_an_event_named_by_its_weekday() -> None:
    said = datetime.date(2026, 5, 14)  # a Thursday
    assert _dates("The festival should bring some 4 million pounds to the town this weekend.", said) == [
        datetime.date(2026, 5, 17)
    ]
    assert _dates("The coach thinks Saturday's cup final will go to penalties.", said) == [datetime.date(2026, 5, 16)]
    assert _dates("Sunday's race will be the wettest in years, the organisers said.", said) == [
        datetime.date(2026, 5, 17)
    ]
    # An event's own time makes no forecast of its own: a schedule in the present, a possessive of people.
    assert _found("The new ticketing system arrives at the stadium this weekend.", said) == []
    assert _found("Saturday's crowd sang for an hour.", said) == []


# --- probabilities -------------------------------------------------------------------------------------------
def test_odds_put_on_a_claim_with_its_own_horizon() -> None:
    assert _odds("I'd put a default within the next two years at maybe one in five.") == [0.2]
    assert _odds("We'd put a rate cut before the summer recess at about 30 percent.") == [0.3]
    # A magnitude put on a quantity is no chance.
    assert _odds("I'd put the cost of the repairs at about 30 million.") == [None]


# --- conditions that describe the world as it is -------------------------------------------------------------
def test_a_condition_that_carries_the_present_forward_keeps_the_forecast() -> None:
    assert len(_found("I think the harvest will be the biggest on record if the weather holds.")) == 1
    assert len(_found("Prices will fall 5 percent next year if the truce holds up.")) == 1
    assert len(_found("Sales will double by 2028 if the firm keeps winning contracts at this rate.")) == 1
    assert len(_found("The lake will be dry by 2030 if the drought persists.")) == 1
    # A condition on a change not yet made is still a hypothetical.
    assert _found("Prices will fall next year if the government cuts the fuel tax.") == []
    assert _found("Rates will rise by 2027 if the bank holds its nerve on spending.") == []


# --- "should" of what a thing yields --------------------------------------------------------------------------
def test_should_of_a_yield_with_its_figure_is_an_expectation() -> None:
    assert len(_found("The tournament should bring about 12 million euros into the city, the mayor said.")) == 1
    assert len(_found("The new signalling should save commuters twenty minutes a day.")) == 1
    assert _dates("The agency said the port should turn an operating profit before 2028.") == [
        datetime.date(2027, 12, 31)
    ]
    assert len(_found("Together the two plants should cut the group's power bill by a tenth in 2027.")) == 1
    # Prescriptions stay prescriptions: a person or a body told what to do.
    assert _found("The central bank should cut rates by half a point.") == []
    assert _found("We should bring the budget back to balance.") == []
    assert _found("Ministers should save the scheme.") == []


# --- look-alikes: recalled, declined, said now, targets, the past, schedules ----------------------------------
def test_a_forecast_recalled_with_its_past_time_put_first() -> None:
    assert _found("Last season the manager predicted his side would go up within two years.") == []
    assert _found("Three years ago the bank forecast that house prices would halve.") == []
    assert _found("Earlier this year she warned that the plant would close by 2027.") == []
    # Made now, with a past year inside the claim, it is still a forecast.
    assert len(_found("The manager predicted his side would beat last season's points total.")) == 1


def test_declining_to_say_who_or_which_and_handing_over_the_floor() -> None:
    assert _found("I won't name the club.") == []
    assert _found("We can't say which one.") == []
    assert _found("The company would not disclose the fee.") == []
    assert _found("Our chief financial officer will now take you through the numbers.") == []
    assert _found("Next, Dr Patel will walk you through the trial design.") == []
    # A forecast about who will be named is still one.
    assert len(_found("The board will name a new chief executive, she predicted, and it will be an outsider.")) >= 1


def test_what_the_speaker_says_now_is_no_forecast_of_its_own() -> None:
    assert _found("I'll just say it has fewer than a million users.") == []
    assert _found("I will admit the first quarter was weak.") == []
    # The claim after it keeps its own marker.
    assert _dates("I will admit the numbers are bad, but they will improve next year.") == [datetime.date(2027, 12, 31)]


def test_a_target_set_for_oneself_is_a_plan() -> None:
    assert _found("We have set ourselves a target of 5,000 new homes by 2029.") == []
    assert _found("The club has set itself a goal of promotion within three years.") == []
    # An analyst's price target is a forecast of a price.
    assert len(_found("Our new target for copper is $12,000 a tonne by the end of next year.")) == 1


def test_what_has_risen_in_a_span_of_years_is_the_past() -> None:
    assert _found("Rents have risen 30 percent in five years.") == []
    assert _found("Pay has already doubled in two years.") == []
    # The same words looking ahead are a forecast.
    assert _dates("Rents will rise 30 percent in five years.") == [datetime.date(2031, 3, 10)]


def test_joining_talks_is_a_schedule() -> None:
    assert _found("A French delegation will join the talks in Geneva next week.") == []
    assert _found("The minister will attend trade negotiations in Delhi on Friday.") == []
    # What the talks achieve is an outcome.
    assert len(_found("She expects the talks to produce a deal by the end of June.")) == 1


# --- a second thing reported --------------------------------------------------------------------------------
def test_a_second_report_after_and_that_is_a_claim_of_its_own() -> None:
    text = "The league said the stadium had sold out and that television audiences would beat last year's record."
    assert len(_found(text)) == 1
    after_a_fact = "Ticket sales are the best since 2018, and he said the final week would sell out."
    assert _found(after_a_fact) == ["he said the final week would sell out."]
    # A past fact reported the same way stays none.
    assert _found("The league said the stadium had sold out and that audiences had beaten the record.") == []


# --- who speaks: unnamed groups, a named host ----------------------------------------------------------------
def test_a_group_named_only_by_its_trade_or_side_is_nobody_a_ledger_can_name() -> None:
    assert _found("Some seaside guest-house owners say August will be the busiest month on record.") == []
    assert _found("Industry bodies say the levy will not cover the shortfall.") == []
    assert _found("Opposition officials fear the bill will pass by June.") == []
    assert _found("Several local campaigners expect the quarry to close within two years.") == []
    # A firm or a named person names them.
    assert len(_found("Analysts at Fenwick Partners say the levy will not cover the shortfall.")) == 1
    assert len(_found("Union leader Rosa Diaz fears the plant will close by June.")) == 1


def test_the_host_an_introduction_names_asks_and_does_not_forecast() -> None:
    text = (
        "Transcript: MORNING MARKETS. Presenter Tom Okoye talks to fund manager Leah Brandt.\n\n"
        "OKOYE: Leah, 300 layoffs in a week at the mill.\n\n"
        "BRANDT: The mill will close within two years, I'm afraid.\n\n"
        "OKOYE: Leah Brandt, thank you."
    )
    assert _found(text) == ["The mill will close within two years, I'm afraid."]
    # Without a host named, a speaker's turn is the speaker's own.
    guest_only = "Transcript.\n\nOKOYE: Prices will fall within a year.\n\nBRANDT: They will not."
    assert "Prices will fall within a year." in _found(guest_only)


# --- the claim made now, its odds and its hedge ----------------------------------------------------------------
def test_a_forecast_made_now_keeps_a_past_detail_inside_it() -> None:
    assert _dates("We expect margins to recover in 2027 as loans we made in 2022 are repaid.") == [
        datetime.date(2027, 12, 31)
    ]
    assert _dates("I think demand will double by 2030, as I wrote in 2024.") == [datetime.date(2030, 12, 31)]
    # Recalled first, it is still the earlier forecast.
    assert _found("She wrote in 2024 that demand would double by 2030.") == []


def test_odds_or_a_hedge_on_the_claim_just_made_join_it() -> None:
    assert _odds("We'll win the group easily; I'd put that at 80 percent.") == [0.8]
    assert _found("We'll win the group easily; I'd put that at 80 percent.") == [
        "We'll win the group easily; I'd put that at 80 percent."
    ]
    assert _found("Defaults will stay under 2 percent through 2027, on our base case.") == [
        "Defaults will stay under 2 percent through 2027, on our base case."
    ]
    # Odds on another claim are that claim's, and a claim after the odds is a claim of its own.
    assert _found("Prices will fall next year; I'd put a recession at 30 percent.") == [
        "Prices will fall next year",
        "I'd put a recession at 30 percent.",
    ]
    two = _found("Rates will be cut twice, and I'd put that at 70 percent, but inflation will stay high.")
    assert len(two) == 2


# --- outcomes in a company's own voice and in its guidance -----------------------------------------------------
def test_what_the_books_will_show_is_an_outcome_not_an_act() -> None:
    assert len(_found("I'm confident we'll show a modest surplus when the books close.")) == 1
    assert _dates("We will post a record profit next year.") == [datetime.date(2027, 12, 31)]
    assert len(_found("We're going to report a loss for the half, I'm afraid.")) == 1
    assert _dates("We'll do better than 40 million in licence revenue in 2027.") == [datetime.date(2027, 12, 31)]
    # Acts a company decides stay plans.
    assert _found("We will cut 300 jobs next year.") == []
    assert _found("We will report first-quarter results on April 23.") == []


def test_guidance_with_what_it_is_for_is_a_forecast() -> None:
    assert _dates("Corlen guided full-year revenue of 1.1 billion to 1.2 billion dollars.") == [
        datetime.date(2026, 12, 31)
    ]
    assert len(_found("The miner guides annual output of 400,000 tonnes, its finance chief said.")) == 1
    assert len(_found("The group is guiding second-half margins of about 12 percent.")) == 1
    # A guide leading visitors is no guidance.
    assert _found("The ranger guided visitors through the reserve.") == []


def test_where_a_figure_lands_under_a_belief() -> None:
    assert len(_found("We think revenue lands nearer 2 billion.")) == 1
    assert _dates("I reckon the probe lands on the moon in 2028.") == [datetime.date(2028, 12, 31)]
    # Without a frame, a landing is a timetable or a habit.
    assert _found("The flight lands at noon.") == []


def test_a_guess_with_a_figure_in_words() -> None:
    assert len(_found("I'd guess one in five listeners, no more.")) == 1
    assert len(_found("We'd estimate a third of the fleet will sit idle.")) == 1
    # A guess with no figure is only a hedge.
    assert _found("I'd guess so.") == []


# --- a month run into; a stance on the claim before ------------------------------------------------------------
def test_a_month_that_something_runs_into_is_its_end() -> None:
    said = datetime.date(2026, 6, 17)
    assert _dates("Port strike could drag on into September, dockers' leader says", said) == [
        datetime.date(2026, 9, 30)
    ]
    assert _dates("The drought will last into March, the forecaster said.", said) == [datetime.date(2027, 3, 31)]


def test_a_stance_on_the_claim_before_is_a_forecast_through_it() -> None:
    text = "Talks resume on Monday. The minister expects a deal within a month. Both sides need one. I'm optimistic."
    assert _found(text)[-1] == "I'm optimistic."
    assert _dates(text)[-1] == datetime.date(2026, 4, 10)
    doubt = "VEGA: The council should fund the bridge, in my view. A bond would help. But I'm not holding my breath."
    assert _found("Transcript.\n\nHOST: And the bridge?\n\n" + doubt)[-1].endswith("not holding my breath.")
    # Right after its claim it adds nothing of its own; with nothing before it, it refers to nothing.
    assert _found("I think we win it. I'm confident.") == ["I think we win it."]
    assert _found("I'm optimistic.") == []
    # Inside a quotation, after a sentence of its own; and a stance with what it is about.
    quoted = 'The mayor expects a deal by June. "Both sides need one. I\'m optimistic," she told reporters.'
    assert _found(quoted)[-1] == "I'm optimistic"
    about = 'The founder said the firm would turn a profit in 2028. "I\'m confident about 2028," she said.'
    assert _found(about)[-1].startswith("I'm confident about 2028")


# --- answers in a transcript ---------------------------------------------------------------------------------
_SHOW = "RADIO HOUR. Host Ana Ruiz talks to analyst Ben Cole.\n\n"


def test_a_question_with_a_date_still_to_come_asks_about_the_future() -> None:
    text = _SHOW + "RUIZ: Does the league add clubs this year?\n\nCOLE: No.\n\nRUIZ: Thanks."
    assert _found(text) == ["No."]
    assert _dates(text) == [datetime.date(2026, 12, 31)]
    # A question about what has been is answered by a fact.
    past = _SHOW + "RUIZ: Was the fee raised in 2024?\n\nCOLE: No.\n\nRUIZ: Thanks."
    assert _found(past) == []


def test_the_present_passive_of_an_outcome_goes_on_predicting() -> None:
    text = _SHOW + "RUIZ: And the clubs?\n\nCOLE: Two clubs will fold by June. And one of the big ones gets relegated."
    assert _found(text)[-1] == "one of the big ones gets relegated."
    # Told of the past, it is no forecast.
    assert _found(_SHOW + "RUIZ: And the clubs?\n\nCOLE: One of the big ones got relegated in 2024.") == []


def test_a_verbless_hedge_completes_the_forecast_before_it() -> None:
    text = _SHOW + "RUIZ: Airlines?\n\nCOLE: One of the airlines will merge this year. Probably with a Gulf carrier."
    assert _found(text)[-1] == "Probably with a Gulf carrier."
    answer = _SHOW + "RUIZ: Do fares rise next year?\n\nCOLE: Yes. Most likely in the spring, with fuel costs."
    assert _found(answer) == ["Yes. Most likely in the spring, with fuel costs."]
    assert _dates(answer) == [datetime.date(2027, 12, 31)]
    # With no forecast before it, it completes nothing.
    assert _found(_SHOW + "RUIZ: Fares?\n\nCOLE: Fares are high. Probably with good reason.") == []


# --- more look-alikes: a present trend, a body's own act, a fee not disclosed, a plural noun after "do" -----------
def test_coming_back_is_a_forecast_only_when_denied() -> None:
    assert _found("Bookings are coming back.") == []
    assert len(_found("Those factory jobs aren't coming back.")) == 1
    assert len(_found("Mortgage rates are never going back to 2 percent.")) == 1


def test_a_bodys_own_act_in_a_second_thing_it_said_is_a_plan() -> None:
    text = "The trust said the lease runs for twenty years and that it will pay the council a yearly rent."
    assert _found(text) == []
    assert _found("The insurer said claims were up and that it would not disclose the figure.") == []
    # What a body says of its own results stays a forecast.
    assert len(_found("The airline said fuel was cheaper and that it would post a record profit this year.")) == 1


def test_after_do_a_word_in_s_is_a_noun_not_the_verb() -> None:
    text = _SHOW + "RUIZ: Do rent rises push tenants out of the city?\n\nCOLE: Some, yes.\n\nRUIZ: Thanks."
    assert _found(text) == []
    # The bare verb after "do" still asks about an outcome ("Do the Hawks win it?").
    win = _SHOW + "RUIZ: Do the Hawks win it?\n\nCOLE: No.\n\nRUIZ: Thanks."
    assert _found(win) == ["No."]


def test_an_event_on_a_weekday_dates_the_forecast_made_of_it() -> None:
    said = datetime.date(2026, 5, 14)  # a Thursday
    text = "Tickets for the cup final on Saturday are sold out, and the club's doctor said she expects record heat."
    assert _found(text, said) == ["the club's doctor said she expects record heat."]
    assert _dates(text, said) == [datetime.date(2026, 5, 16)]
    # The event's day alone makes no forecast.
    assert _found("Fans queued for the cup final on Saturday.", said) == []


def test_a_headline_gives_a_hedged_claim_to_its_source() -> None:
    head = "Flu admissions could double before Easter, hospital chief warns\n\nLONDON, March 10 - Wards are full."
    assert _found(head) == ["Flu admissions could double before Easter, hospital chief warns"]
    assert len(_found("Port strike may spread to rail, union leader says\n\nROTTERDAM - Talks failed.")) == 1
    # A hedged headline with nobody behind it, or a schedule, is none.
    assert _found("Flu admissions could double before Easter\n\nLONDON, March 10 - Wards are full.") == []
    assert _found("Summit may be held in Oslo, officials say\n\nOSLO - Talks go on.") == []


def test_odds_said_in_answer_and_a_question_echoed_before_its_answer() -> None:
    assert _odds('Asked whether the record could fall, she laughed. "I\'d say one in five."') == [0.2]
    assert _odds("We'd say maybe 1 in 10, no more.") == [0.1]
    # A share said so is no chance.
    assert _odds("I'd say one in five voters.") in ([], [None])
    echoed = _SHOW + "RUIZ: Will the bridge reopen this year?\n\nCOLE: Honestly? No.\n\nRUIZ: Thanks."
    assert _found(echoed) == ["No."]
    assert _dates(echoed) == [datetime.date(2026, 12, 31)]
    # A question of its own is no echo: the answer is to it.
    asked = _SHOW + "RUIZ: Will the bridge reopen this year?\n\nCOLE: Who knows? Nobody can say.\n\nRUIZ: Thanks."
    assert _found(asked) == []


def test_a_verbless_level_with_a_date_to_come_in_ones_own_words() -> None:
    text = _SHOW + "RUIZ: And rents?\n\nCOLE: Flat this year, then up about 4 percent next year.\n\nRUIZ: Thanks."
    assert _found(text) == ["Flat this year, then up about 4 percent next year."]
    assert len(_found(_SHOW + "RUIZ: Oil?\n\nCOLE: Higher by the end of June.\n\nRUIZ: Thanks.")) == 1
    # The past, or a level with no date, or a reporter's line, is none.
    assert _found(_SHOW + "RUIZ: Rents?\n\nCOLE: Flat last year, up 4 percent in 2024.\n\nRUIZ: Thanks.") == []
    assert _found(_SHOW + "RUIZ: Rents?\n\nCOLE: Flat, mostly.\n\nRUIZ: Thanks.") == []
    assert _found("Shares were flat. Up 4 percent next year, on the consensus.") == []


def test_an_event_the_speaker_does_not_see_coming_and_outcomes_escaped() -> None:
    assert len(_found("\"But I don't see a repeat of last winter's spike,\" the trader said.")) == 1
    assert len(_found("We can't see a recovery in orders before 2028.")) == 1
    assert len(_found('"I don\'t think any club escapes the cuts this time," she said.')) == 1
    # Not seeing a present thing is no forecast.
    assert _found("I don't see a problem with the accounts.") == []
