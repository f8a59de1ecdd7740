"""English markers: the words that make a clause a forecast, and the look-alikes that do not."""

from __future__ import annotations

import re

from predictions.intake import (
    aspects_en,
    forms_en,
    lookalikes_en,
    odds_en,
    outlooks_en,
    own_plans_en,
    picks_en,
    predictive_en,
)
from predictions.intake.folding import fold, folded
from predictions.intake.markers import ClauseReading, Cues

_words = folded  # searched in a clause's folded text (see ``folding``)


# A figure in digits or in words ("9 million", "one in ten", "a third").
_A_NUMBER = (
    r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred"
    r"|thousand|million|billion|half|third|quarter|fifth|tenth)\b)"
)

# "will" the modal, not the noun (free will, the will of the people, at will) nor the name (Will Smith).
_NOT_BEFORE_WILL = "free good ill political the at a his her their our its own strong"
_WILL = _words(
    r"\bwill\b"
    + "".join(rf"(?<!\b{word} will)" for word in _NOT_BEFORE_WILL.split())  # after the word: tried only there
    + r"(?!\s+(?:of|power)\b)"
)
# (Round 14) The progressive of a forecasting verb said of someone who forecasts (not "nobody is forecasting a
# recession", "no one's projecting growth": a forecast nobody makes) ...
_SOMEONE_IS = (
    r"(?<!\bnobody\s)(?<!\bnobody)(?<!\bno\sone\s)(?<!\bno\sone)(?<!\bno-one\s)(?<!\bno-one)(?<!\bnone\s)"
    r"\b(?:is|are|am|['’]s|['’]re|['’]m)\s+(?:now\s+|still\s+|also\s+)?"
)
# ... with its object, a determiner, a noun or a "that" (not "she is forecasting for the BBC", "he is forecasting
# again", "is forecasting well").
_AN_OBJECT = (
    r"(?!(?:for|again|with|at|on|in|from|about|since|as|by|to|into|under|during|while|when|until|because|so|but"
    r"|and|or|then|too|now|here|there|these|today|tonight|nowadays|anymore|already|instead|alongside|full[- ]time"
    r"|part[- ]time|(?!early\b)[a-z]+ly)\b)[\w-]+"
)
_FUTURE = _words(
    r"\bwon['’]t\b|\bshall\b|\b\w+['’]ll\b|\bgonna\b"
    # (Not "the canal was never going to carry freight", a verdict on what did not happen.)
    r"|(?<!\bwas\snever\s)(?<!\bwere\snever\s)\bgoing\s+to\s+(?!(?:the|a|an|his|her|their|our|my|your|its|this|that|these|those|school|work|church"
    r"|bed|court|war)\b)[a-z]"
    r"|\b(?:is|are|was|were|'s|’s|'re|’re|seems?|appears?|looks?|remains?)\s+(?:\w+\s+)?(?:un)?likely\s+to\b"
    r"|\b(?:more|less|most|least|highly|very|quite)\s+likely\s+to\b"
    # (Round 9) What is likely, said of an event: "a crowd of about 9,000 was likely", "a deal is unlikely".
    r"|\b(?:is|are|was|were|seems?|seemed|looks?|looked)\s+(?:(?:very|highly|quite|most|more|less|now)\s+)?(?:un)?likely"
    r"(?=\s*(?:[,.;:!)”’\"']|$|\s(?:this|next|in|by|before|within|until|at|for|now|soon|again|but|and|given|as)\b))"
    # "Reform was 'more likely than not' to take the seat": the phrase may be quoted on its own.
    r"|\b(?:more|less)\s+likely\s+than\s+not[\"'”’]?\s+to\b"
    r"|\b(?:expected|projected|forecast|predicted|poised|bound|destined|certain|sure|tipped|set)\s+to\b"
    r"|\bon\s+(?:track|course|pace)\s+to\b"
    # A chance judged in words: "the chance of that is close to zero", "the odds of a recount are slim".
    r"|\b(?:chances?|odds|probability|likelihood)\s+(?:(?:of|that)\s+[^.;:]{1,80}?\s+)?(?:is|are)\s+(?:\w+\s+)?"
    r"(?:close\s+to\s+zero|near\s+zero|zero|nil|slim|remote|low|small|tiny|negligible|minimal|high|good)\b"
    # "A better than even chance", "less-than-even odds": a chance judged in words, with no number to state.
    r"|\b(?:better|less|more)[- ]than[- ]even\s+(?:chance|odds)\b"
    # A pundit's pick: "tipped the holders to lose in the semi-finals", "tips Arsenal to win the league".
    r"|\btip(?:s|ped)\s+(?:\S+\s+){1,4}?to\s+(?:win|lose|finish|beat|go|reach|take|lift|claim|retain|top|be|make)\b"
    r"|\b(?:is|are|am|['’]s|['’]re)\s+(?:just\s+|now\s+)?about\s+to\b"
    # A weak modal the speaker leans on: "might well beat", "could very well stall", "would probably push" — no
    # longer a hypothetical, so a forecast without a date (a condition or a question still excludes it).
    r"|\b(?:could|might|may)\s+(?:very\s+)?well\s+(?!be\s+(?:right|wrong)\b)[a-z]{3,}"
    r"|\bwould\s+(?:probably|likely|most\s+likely|almost\s+certainly)\s+(?!have\b)[a-z]"
    # (Round 17) "Should" of a trend going on: "income should keep climbing", "rents should continue to rise" — what
    # is expected (a person told to keep at it is prescribed to: ``should_en.impersonal_should``).
    r"|(?<=\bshould\s)(?:keep|continue)\s+(?:to\s+)?(?:ris|climb|fall|grow|improv|increas|declin|eas|drop|shrink|gain"
    r"|slid|go(?:ing)?\s+up|com(?:e|ing)\s+down)(?:e|ing)?\b"
    # ("as we expect", "than analysts predicted" are comparisons: ``_after_as``.)
    r"|\b(?:predicts?|predicting|foresees?|foresaw|envisions?|envisages?|anticipates?|expects?|expecting|reckons?)\b"
    r"|\bpredicted\s+(?:that|\w+\s+\w+\s+would)\b"
    # (Round 11) The participle with its figure: "…, forecasting revenue of $9 billion", "projecting sales at 4 million"
    # (not "weather forecasting", "projecting confidence").
    r"|(?:^|[,;—–])\s*(?:and\s+)?(?:forecasting|projecting)\s+(?:[\w-]+\s+){0,3}?(?:of|at|to)\s+(?:about\s+|around\s+)?[$£€]?\d"
    r"|\b(?:forecasts?|projects?|projected|forecast|bets?|wagers?)\s+that\b"
    # The progressive of "forecast" with its object: "the met office is forecasting heavy snow", "he's forecasting a
    # hung parliament" (the other forecasting verbs of this kind need a date or a figure: ``_SOFT``).
    rf"|{_SOMEONE_IS}forecasting\s+(?!that\b){_AN_OBJECT}"
    # An outcome taken as certain, only its date open: "it's only a matter of time before the dam fails" (not "it was
    # only a matter of time before someone noticed", said after the event).
    r"|\b(?:is|['’]s)\s+(?:only\s+|just\s+)?a\s+matter\s+of\s+(?:time|months|years|weeks)\s+(?:before|until)\b"
    # "The OBR forecasts borrowing of £118 billion", "raised its year-end target for the S&P 500 to 7,200" (an
    # analyst's price target is a forecast of a price; a firm's own sales target is not: no "year-end" or "price").
    r"|\b(?<!the )(?<!a )(?<!its )(?<!their )(?:forecasts|projects|predicts|projected)\s+(?:an?\s+|the\s+)?[\w-]+"
    r"\s+(?:of|at|in|to)\b"
    # (Round 16) … with a longer subject and its change: "the ministry projects public debt to peak at 71 percent".
    # (Not the noun before a verb of its own: "our forecasts have tended to be", "solar projects have started to fall".)
    r"|\b(?<!the )(?<!a )(?<!its )(?<!their )(?<!our )(?<!my )(?<!['’]s )(?:forecasts|projects|predicts|projected)\s+"
    r"(?:(?!(?:have|has|had|are|is|were|was|tend\w*|start\w*|beg[ua]n|begin\w*|yet|need\w*|fail\w*|continu\w*"
    r"|seem\w*|appear\w*|due|set|going|about|able|still)\b)[\w-]+\s+){1,3}?to\s+"
    r"(?:be|peak|reach|rise|fall|grow|hit|top|average|exceed|stay|remain|decline|drop|climb|shrink|double|halve)\b"
    r"|\b(?:raised|raising|lifted|lifting|cut|cutting|lowered|lowering|trimmed|boosted|reiterated|set"
    r"|raises?|lifts?|cuts|lowers?|trims?)\s+"  # (round 16: a note's present, "we raise our 12-month target price")
    r"(?:its|their|his|her|our)\s+"
    r"(?:(?:year-end|end-of-year|12-month|price)\s+)+target(?:\s+price)?\b"
    # "Should" of a quantity expected, with its figure: "Peru should produce around 3 million tonnes next season".
    # So is a yield expected with its figure: "the festival should bring about 9 million into the town", "the new
    # line should save 40 minutes", "should turn a profit of 3 million".
    # ("should comfortably pass 300 million": not "the council should pass this budget by March 31".)
    r"|\bshould\s+(?:comfortably\s+|easily\s+|still\s+)?(?:produce|reach|hit|top|exceed|average|total"
    r"|(?<=comfortably )pass|(?<=easily )pass|pass(?=\s+(?:the\s+)?[$£€]?\d)"  # (round 10) "should pass 120 million"
    r"|come\s+in\s+at|(?:rise|fall|climb|drop)\s+to"
    r"|bring|save|generate|earn|attract|draw|turn|yield|return)\b"
    rf"(?=[^.;]*{_A_NUMBER})"
    # What one expects to see: "we are looking at a reopening in the spring of 2027".
    r"|\b(?:we|I)(?:['’]re|['’]m|\s+are|\s+am)\s+(?:now\s+)?looking\s+at\s+(?:an?\s+)?[\w-]+\s+(?:in|by|before|around)\b"
    # A headline's "set for" an outcome: "Greens set for second straight win, pollster says" (not "set for March 3").
    r"|\bset\s+for\s+(?:an?\s+|another\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:win|victory|defeat|loss|rise|fall"
    r"|drop|gain|record|landslide|recovery|rebound|slump|surge|decline|increase|shortfall|glut|deficit|surplus)s?\b"
    # A bound put on a quantity still to come: "She put turnout at no more than 85 percent" (not "put the damage at
    # $2 billion", an estimate of what is).
    r"|\bput\s+(?!(?:the\s+)?(?:chances?|odds|probability|likelihood|risk)\b)(?:\w+\s+){1,3}?at\s+[\"“]?"
    r"(?:no\s+more\s+than|no\s+less\s+than|at\s+least|at\s+most|as\s+(?:high|low|much|little)\s+as)\s*"
    r"[$£€]?\d[\d.,]*\s*(?:%|percent|per\s+cent|million|billion)"
    r"|\b(?:[Mm]y|[Oo]ur)\s+(?:\w+\s+)?(?:guess|bet|prediction|forecast|estimate|expectation|projection)\s+is\b"
    # "My own number is 49 million bags": a figure of one's own (not "my phone number is 555 1234").
    r"|\b(?:[Mm]y|[Oo]ur)\s+(?:own\s+|best\s+)?(?:number|call|figure)\s+is\s+(?:about\s+|around\s+|roughly\s+)?"
    r"[$£€]?\d[\d.,]*\s*(?:%|[a-z]+)"
    # ("But I'd still bet on the package making a comeback": an adverb may come before the bet.)
    r"|\bI['’]d\s+(?:still\s+|also\s+|happily\s+|probably\s+)?(?:bet|wager)\b|\bI\s+(?:bet|wager)\b"
    # A guess with its number: "I'd guess 140 million", "we'd estimate the deficit at 3 percent".
    rf"|\b(?:I|we)['’]d\s+(?:guess|estimate)\b(?=[^.;]*{_A_NUMBER})"
    r"|\b(?<!how )(?<!what )(?:we|I|they|he|she|it|analysts|economists|forecasters)\s+(?:now\s+|still\s+"
    r"|also\s+)?(?:forecast|project|see)s?\b"
    # ("sees prices rising"; not "I don't see the point in waiting", a judgement.)
    r"|\bsees?\s+(?!(?:the|any|much|no)\s+(?:point|harm|need|sense|logic|value|use|reason)\b)(?:\S+\s+){1,5}?\w+ing\b"
    # "expected" / "predicted" on their own ("growth is expected"), not an adjective ("the expected rise").
    r"|\b(?:expected|predicted)\b(?!\s+(?:to|that)\b|-)"
    + "".join(rf"(?<!\b{word} expected)(?<!\b{word} predicted)" for word in ("the", "an", "a", "its", "their"))
    + r"(?<!-expected)(?<!-predicted)"
)
# Believing, guessing, a forecast named as a noun: forecasts when a date or a number comes with them.
_SOFT = _words(
    r"\bI\s+(?:\w+\s+)?(?:think|believe|doubt|suspect|reckon|guess|imagine|feel)\b|\bI\s+don['’]t\s+(?:think"
    r"|believe|see)\b"
    r"|\bI['’]d\s+(?:say|be\s+(?:surprised|amazed|astonished|shocked))\b|\b(?:un)?likely\b"
    r"|\b(?:forecasts?|projections?|outlook|guidance|estimates?)\b|\bshould\b"
    # The progressive of a forecasting verb: "the ministry is forecasting a deficit of 3 per cent next year", "we're
    # pencilling in two cuts" (with its date or figure: "projecting confidence" is not one).
    rf"|{_SOMEONE_IS}(?:forecasting|projecting|anticipating|pencil(?:l)?ing\s+in)\s+{_AN_OBJECT}"
)
# Words after "would" that hedge ("I would say") rather than forecast.
# ("would add £12 million to profit" is a forecast; "I would add that …" is not.)
_WOULD_HEDGE = _words(
    r"\bwould\s+(?:say|argue|guess|think|imagine|suspect|bet|(?:add|note)(?=\s*(?:that\b|[,:.]|$))|go\s+further"
    r"|put\s+it)\b"
)
_MODAL = re.compile(r"\b(?:[Ww]ould|[Cc]ould|may|[Mm]ight|[Ww]ouldn['’]t|[Cc]ouldn['’]t)\b")
# Verbs of saying, and of putting a number on a claim ("put the probability … at 55%", "gave Florida a 45% chance").
_REPORTING = _words(
    r"\b(?:said|says|say|told|tells|predicted|predicts|predict|expects?|expected|believes?|believed|thinks?|thought"
    r"|argued|argues|warned|warns|warn|sees|signall?ed|signals|claimed|claims|insisted|insists|added|adds|noted|notes|wrote|writes|estimated"
    r"|estimates|forecasts?|projected|according\s+to|stated|states|suggested|suggests|reckons?|reckoned|assured"
    r"|promised|vowed|cautioned|acknowledged|conceded|reported|reports|announced|explained|emphasi[sz]ed|stressed"
    r"|admitted|agreed|doubts?|doubted|predicting|maintained|maintains|contended|contends|projects|tipped|tips)\b"
    r"|\b(?:put|puts|gave|gives)\b(?=.*\b(?:chances?|odds|probability|likelihood)\b)"
)
_FIRST_PERSON = _words(r"\b(?:I|we|I['’]m|we['’]re|I['’]ve|we['’]ve|I['’]d|we['’]d|I['’]ll|we['’]ll|our|my|us|me)\b")
_QUESTION_FRAME = _words(
    r"\b(?:asked|asking|when\s+asked|questioned|the\s+question\s+(?:of|is))\b.*\b(?:whether|if|how|when|what"
    r"|will|would)\b"
)
_ATTRIBUTION = _words(
    r"^[\s“”\"'‘’(—–-]*(?:(?:and|but|as)\s+)?(?:[\w.'’-]+\s+){0,11}?(?:said|says|told\s+(?:\w+\s*){0,3}|added"
    r"|noted|wrote|"
    r"writes|predicted|predicts|argued|warned|claimed|insisted|explained|stressed"
    r"|according\s+to\s+(?:[\w.'’-]+\s*){1,6}"
    r"|continued|replied|answered|remarked|observed|concluded|forecast|projected|estimated)(?:\s+(?:on|in|at|last"
    r"|this)\s+[\w\s]{1,25}?"
    # "predicted in a report published on Tuesday", "said in a note to clients".
    r"|\s+in\s+(?:a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:report|note|statement|interview|letter|survey"
    r"|briefing|filing|outlook|update)(?:\s+(?:published|released|issued|sent|to)\s+[\w\s]{1,25}?)?"
    # Wire style dates the saying with a bare weekday: "the minister said Monday".
    r"|\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight)(?:\s+\w+){0,2}?)?"
    # The background a wire gives after the source: "…, the council forecast on Wednesday, as new routes draw
    # travellers back" (its cause, not another forecast).
    r"(?:,\s+as\s+(?![^.;]*\b(?:will|won['’]t|would)\b)[^.;]*)?"
    r"[\s:,.;—–-]*$"
    # A speaker's turn in a transcript: "HARTWELL:", "ELENA VASQUEZ:"
)
_CONNECTOR = _words(
    r"^[\s“‘\"'(—–-]*(?:but|however|while|whereas|yet|although|though|meanwhile|and|also|so|instead|still|even\s+so"
    r"|saying|adding|warning|noting|arguing|predicting)\b"
)
_CONTINUES = _words(
    r"^[\s“‘\"'(—–-]*(?:(?:and|but|or|yet|while)\s+)?(?:also\s+|still\s+|probably\s+|likely\s+|eventually\s+)?"
    r"(?:will|won['’]t|would|could|may|might|is|are|was|were|should)\b"
)
_CUES = Cues(
    question_frame=_QUESTION_FRAME,
    reporting=_REPORTING,
    first_person=_FIRST_PERSON,
    connector=_CONNECTOR,
    continues=_CONTINUES,
    exclusions=lookalikes_en.EXCLUSIONS,
)


def _will(text: str, written: str) -> bool:
    """ "will" in the folded ``text``; not the name (Will Smith, in ``written``)."""
    for match in _WILL.finditer(text):
        named = written[match.start() : match.end()] == "Will" and match.start() > 0
        if named and re.match(r"\s+[A-Z]", written[match.end() :]):
            continue  # Will Smith, Will Hutton
        return True
    return False


# A speaker's turn in a transcript: "HARTWELL:", "ELENA VASQUEZ:" (told by its capital, in the clause as written).
_SPEAKER_LABEL = re.compile(r"^\s*[A-Z][\w.'’ -]{0,30}:\s*$")


# "I'll just say it has fewer than 20 million users", "I will admit the numbers are bad": the speaker's own act of
# saying, now, whose "will" forecasts nothing (the claim after it keeps any marker of its own).
_SPEECH_ACT = _words(
    r"\b(?:I|we)(?:['’]ll|\s+will)\s+(?:just\s+|only\s+|simply\s+|freely\s+)?(?:say|tell\s+you|admit|grant\s+you|concede"
    r"|repeat|point\s+out|forecast|predict)\b(?!\s+(?:more|again|later|next|tomorrow|when|once|after)\b)"
)


def _blank(pattern: re.Pattern[str], text: str) -> str:
    """``text`` with ``pattern``'s matches blanked out, the offsets kept."""
    return pattern.sub(lambda match: " " * len(match.group(0)), text)


def read(written: str) -> ClauseReading:
    text = fold(written)
    unsaid = _blank(_SPEECH_ACT, text)
    will = _will(unsaid, written)
    future = (
        will
        or bool(_MAY.search(written))
        or any(not _after_as(unsaid, m.start()) for m in _FUTURE.finditer(unsaid))
        or bool(forms_en.FUTURE_PHRASES.search(text))
        or bool(picks_en.MONEY_ON.search(text))  # (round 14) "my money is on October"
        or bool(aspects_en.CONTINUES_ON.search(text))  # (round 10) "the slump isn't over"
        or aspects_en.turned(text)  # (round 12) "I think the worst is behind us"
        or aspects_en.on_its_way(text)  # (round 12) "a carbon tax is coming"
        or bool(odds_en.ODDS_ON.search(text))  # (round 15) "Rovers are odds-on to win the league"
        or bool(odds_en.PREDICATE_ODDS.search(text))  # "a June cut is odds-on", "… is more likely than not"
        or bool(outlooks_en.GUIDED.search(text) or outlooks_en.TARGET.search(text))  # (round 15) guidance, targets
    )
    modal = (
        bool(_MODAL.search(_WOULD_HEDGE.sub("", written)))
        or bool(_SOFT.search(text))
        or bool(outlooks_en.SEES.search(text))  # (round 15) "Wexford Motors sees full-year deliveries of …"
    )
    reporting = bool(_REPORTING.search(text))
    excluded = lookalikes_en.exclusion(
        written, future=future, modal=modal, reporting=reporting, first_marker=_first_marker(text, written)
    ) or ("schedule" if own_plans_en.OWN_PLAN.search(text) else None)  # (round 15) "said it expects to hire 300"
    said = bool(_ATTRIBUTION.search(text)) or bool(_SPEAKER_LABEL.search(written))
    believed = forms_en.BELIEF.search(text)
    belief = believed is not None
    return _CUES.reading(
        text,
        future=future,
        modal=modal,
        excluded=excluded,
        # ("We expect it to recover in 2026 as deals we wrote in 2023 roll off": the speaker's forecast, not "X wrote".)
        attribution=not excluded and said and not will and not (belief and future),
        would=bool(_WOULD.search(_WOULD_HEDGE.sub("", text))),
        outcome=(
            forms_en.outcome(text)
            or (belief and bool(forms_en.CAN.search(text) or aspects_en.BELIEVED_AHEAD.search(text)))
            # (Round 13) Any verb of event in the present after the belief: "I think the novel outlives us".
            or (believed is not None and predictive_en.event_present(text, written, believed.end()))
        )
        and not forms_en.LEADS_IN.search(text),
        belief=belief,
    )


# "May" of what is possible is a hedged forecast even without a date ("Reinsurance may get cheaper"); "could" and
# "might" stay forecasts only with one (they are as often hypotheticals), and "you may apply" is a permission.
_MAY = re.compile(
    r"(?<!\byou )(?<!\bYou )(?<!\bwho )\bmay\s+(?!have\b|not\s+have\b|be\s+(?:right|wrong)\b|I\b|we\b)"
    r"(?:well\s+|even\s+|also\s+|still\s+|not\s+)?[a-z]{3,}\b"
)
# Reported "could" and "might" too: "she said the bill could run 10 percent over budget" is her forecast, hedged
# (not "could not be predicted", "could have", which say nothing of what will happen).
_WOULD = _words(
    r"\bwould\b|\bwouldn['’]t\b"
    r"|\b(?:could|might)\b(?!\s+(?:not|never|hardly|have|be\s+(?:predicted|forecast|known|ruled\s+out|sure))\b)"
)


_AS_OR_THAN = re.compile(r"\b(?:as|than)\s+(?:\w+\s+){0,2}$")


def _after_as(text: str, index: int) -> bool:
    """ "as we expect", "than analysts expected": a comparison, not an expectation (``text`` folded)."""
    return bool(_AS_OR_THAN.search(text, max(0, index - 30), index))


_CHANCE = _words(r"\b(?:chance|odds|probability|likelihood)\b")


def _first_marker(text: str, written: str) -> int | None:
    found = (_WILL.search(text), _FUTURE.search(text), _MODAL.search(written), _CHANCE.search(text))
    starts = [m.start() for m in found if m]
    return min(starts) if starts else None
