"""English forms of a forecast that carry no future marker: the predictive present, belief frames, answers.

Speakers often forecast in the present tense: "I think Denver wins it", "Our verdict: Holm wins by three
minutes", "Industry capacity grows about 4 percent a year through 2028". The present simple of a verb of
outcome (win, lose, fall, rise, merge …) speaks of the future when something frames it as a forecast: a
belief frame in the sentence (I think, we believe, if I had to bet, my base case), a dated horizon ahead of
the said-on date, or a question about the future that it answers. Without such a frame the same words are
habit or narrative ("Gold rises when rates fall", a headline's "Copper hits record"), so the verb alone
never makes a forecast.
"""

from __future__ import annotations

import re

from predictions.intake.folding import folded

_words = folded  # every pattern below is searched in a clause's folded text (see ``folding``)


def _present(verbs: str) -> str:
    """Each verb in its base form and its third person singular (win/wins, miss/misses, rally/rallies)."""
    forms: list[str] = []
    for verb in verbs.split():
        if verb.endswith("y") and verb[-2] not in "aeiou":
            forms += [verb, verb[:-1] + "ies"]
        elif verb.endswith(("s", "sh", "ch", "x", "z", "o")):
            forms += [verb, verb + "es"]
        else:
            forms += [verb, verb + "s"]
    return "|".join(sorted(forms, key=len, reverse=True))


# Verbs of outcome: what happens to a price, a team, a market, a law — not what someone decides to do
# (open, launch, hire are plans), nor states (is, has, knows).
_OUTCOME_VERBS = _present(
    "win lose beat miss fall rise drop climb grow shrink widen narrow tighten ease soften loosen peak bottom "
    "recover rebound slow accelerate double halve triple pass fail hit top reach exceed overtake surpass "
    "outperform underperform outpace lag trail sweep qualify merge sell collapse crash default rally surge slump "
    "plunge soar jump tumble decline increase decrease improve worsen deteriorate weaken strengthen stabilise "
    "stabilize settle survive disappear vanish happen change dominate finish take slip fade flip cool "
    "return stall shrink contract expand outlast stay remain land escape avoid exit score concede"
)
# "get back", "come down", "go up": particle verbs of outcome.
_PARTICLE = r"(?:gets?|comes?|goes)\s+(?:back|down|up|through|over)"
# (Round 12) Where a figure gets to or comes in: "we get to 450 million", "we don't get past 40 percent", "July comes
# in flat", "the year comes in below plan".
_PARTICLE += (
    r"|gets?\s+(?:to|past|above|below|beyond|over)(?=\s+(?:[\d$£€¥]|\w+\s+(?:percent|per\s+cent"
    r"|million|billion)))|comes?\s+in\s+(?:flat|at|below|above|under|over|ahead|behind|higher|lower|around|about|near|short"
    r"|weaker|stronger|better|worse)\b"
)
# The present passive of an outcome: "one of them gets bought", "the merger gets blocked", "the deal gets done".
_PARTICLE += (
    r"|gets?\s+(?:bought|sold|taken\s+over|acquired|blocked|approved|rejected|cancell?ed|scrapped|delayed|done"
    r"|passed|relegated|promoted|sacked|fired|elected|re-?elected|beaten|knocked\s+out|shut|closed|broken\s+up)"
)
# A change of degree or a run that goes on: "the north gets less rain", "we get much further", "prices keep climbing",
# "the line pays back its costs", "we hold the seat". (Under a frame only, as every verb here: "now they get dearer"
# alone is a habit.)
_PARTICLE += (
    r"|gets?\s+(?:much\s+|a\s+lot\s+|any\s+|no\s+|even\s+)?(?:less|more|worse|better|further|cheaper|dearer|harder"
    r"|easier|bigger|smaller|higher|lower)|keeps?\s+(?:on\s+)?[a-z]+ing|pays?\s+(?:back|off|for\s+itself)"
    r"|holds?\s+(?:it|on(?:to)?|the\s+seat|its\s+ground|their\s+ground|our\s+ground)"
    # "Heat" only as "heats up": alone it is mostly the noun ("heat networks", "heat pumps").
    r"|heats?\s+up"
    # (Round 10) Where a run comes out: "the summer ends up 6 percent ahead".
    r"|ends?\s+up"
    # (Round 16) What a place or a year gets, as a figure: "I don't think the town sees 350 jobs", "the region sees
    # another 40,000 visitors" (not "sees the point", "sees it").
    # (Not a rate, which is a habit: "the park sees about 2 million visitors a year", "5,000 fans at every home game",
    # "more than 4 million visitors in August", "3,000 job losses a year at the moment" — review of round 17.)
    r"|sees?(?=\s+(?:about\s+|around\s+|only\s+|more\s+than\s+|fewer\s+than\s+)?(?:[\d$£€]|another\s+\d))"
    r"(?![^.;]*?\b(?:(?:a|per|every|each|at\s+every)\s+(?:\w+\s+)?(?:year|day|week|month|season|weekend|game|match"
    r"|night|saturday|sunday)|at\s+the\s+moment|on\s+a\s+(?:busy|typical|normal|good|quiet)"
    r"|in\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\b(?!\s+\d)))"
)
# (Round 9) What a speaker's "we will …" may forecast rather than decide: an outcome, a state, a quantity met or
# received, or a word that is no verb (an adverb: "we'll comfortably win").
OUTCOME_OR_STATE = _words(
    rf"{_OUTCOME_VERBS}|be|have|see|get|need|receive|meet|make|take|go|come|end|learn|find|know|feel|struggle|manage"
    r"|surprise|do|face|suffer|pay|run\s+out|look|remain|stay|say|predict|all|both|each|just|still|always|ever"
    r"|(?!(?:apply|reply|supply|comply|multiply|rely|fly)\b)\w+ly"
    r"|soon|never|only|even|almost|likely"
)
_OUTCOME = _words(rf"\b(?:{_OUTCOME_VERBS}|{_PARTICLE})\b(?!-)")
# "can" under the speaker's belief in the same clause: "I don't think wind and solar alone can provide it".
CAN = _words(r"\bcan(?:not|['’]t)?\s+[a-z]")
# A word before the verb that makes it something else: an infinitive or a modal's ("to win", "will fall"), a noun
# ("the rise", "my take", "a hot take").
_NOT_BEFORE = frozenset(
    {"to", "will", "would", "could", "may", "might", "can", "should", "must", "did", "do", "does", "the", "a", "an"}
    | {"its", "their", "my", "our", "his", "her", "your", "hot", "big", "first", "next"}
)
_WORD_BEFORE = re.compile(r"([\w'’]+)\s+$")


def outcome(folded_text: str) -> bool:
    """A verb of outcome in the present simple (see the module's docstring) in ``folded_text``."""
    for match in _OUTCOME.finditer(folded_text):
        before = _WORD_BEFORE.search(folded_text, max(0, match.start() - 16), match.start())
        word = before.group(1) if before else ""
        if word in _NOT_BEFORE or word.endswith(("'ll", "’ll")):
            continue
        if match.group(0).endswith("s") and _DO_SUBJECT.match(folded_text[: match.start()]):
            continue  # "Do price rises push people away?": after "do" the verb is bare, so "rises" is a noun
        return True
    return False


# A question with "do" or "did" and the first words of its subject.
_DO_SUBJECT = re.compile(r"^[\s\W]*(?:do|did)\s+(?:\S+\s+){0,2}$")


# The speaker's belief or bet frames the clause after it as a forecast.
BELIEF = _words(
    r"\b(?:I|we)\s+(?:still\s+|really\s+|honestly\s+|genuinely\s+|also\s+|do\s+)?(?:think|believe|suspect|reckon|guess|bet"
    r"|doubt|expect|feel|fear)\b(?!\s+for\b)"  # (round 10) "I fear …" (not "I fear for …")
    # (Round 13) An adverb may come before the negation: "I honestly don't think", "we simply do not expect".
    r"|\b(?:I|we)\s+(?:honestly\s+|really\s+|just\s+|simply\s+|still\s+|genuinely\s+)?(?:don['’]t|do\s+not)\s+(?:think"
    r"|believe|see|expect)\b|\b(?:I|we)['’]d\s+(?:still\s+|also\s+|happily\s+|probably\s+)?(?:bet|wager|guess|say)\b"
    r"|\b(?:I|we)\s+would\s+(?:bet|wager|guess|say)\b"
    r"|\b(?:my|our)\s+(?:\w+\s+)?(?:guess|bet|pick|prediction|forecast|call|money|base\s+case|verdict|view|hunch"
    r"|take|expectation"
    # (Round 13) The speaker's reading of what comes, by other names: "my read is", "my gut says", "my sense is",
    # "on our central estimate".
    r"|read|gut|instinct|sense|feeling|estimate|projection"
    # (Round 17) "our modelling says the dam runs out in November".
    r"|modell?ing)\b"
    r"|\bif\s+I\s+had\s+to\s+(?:bet|guess|pick|put\s+money|put\s+a\s+(?:number|figure|percentage)\s+on)\b"
    # ("I'm about 80 percent confident": a degree of confidence may come before the word.)
    r"|\b(?:I|we)['’]?(?:m|\s+am|\s+are|['’]re)\s+(?:\w+\s+){0,3}?(?:confident|sure|certain|convinced)\b"
    r"|\bhere['’]s\s+my\b|\bmark\s+my\s+words\b|\bwrite\s+it\s+down\b"
    r"|\b(?:odds|chances)\s+are\b|\bthere(?:['’]s|\s+is)\s+no\s+way\b"
    # (README hedges) "Realistically, prices fall next year", "and realistically they recover": a hedge as a frame.
    r"|^[\s\W]*(?:(?:and|but|so)\s+)?realistically\b"
    r"|^[\s\W]*(?:prediction|verdict|forecast|pick|bottom\s+line)\s*:"
)
# Speech-act conditionals qualify the speaker's confidence, not the world: a hedge, not a condition.
HEDGING_IF = _words(
    r"^[\s“‘\"'(—–-]*(?:(?:and|but|so)\s+)?if\s+(?:I\s+had\s+to\s+(?:bet|guess|pick|put\s+money|put\s+a\s+(?:number|figure|percentage)\s+on\s+it)"
    r"|you\s+ask\s+me"
    r"|I['’]m\s+honest|I['’]m\s+being\s+honest|anything|I\s+may\s+say|I\s+might\s+add)\b"
)
# Markers of the future that are whole phrases: "I'd be surprised if …" (the speaker expects the opposite),
# "my base case is …", "we guide for …", "I've got Oklahoma City repeating", "the password is on its way out".
FUTURE_PHRASES = _words(
    r"\b(?:I|we)(?:['’]d|\s+would)(?:\s+not|n['’]t)?\s+be\s+(?:\w+\s+)?(?:surprised|amazed|astonished|shocked|stunned)"
    # (README hedges) Not a taste or a state the listener has: "I'd be surprised if your guests didn't enjoy it".
    r"\b(?!\s+if\s+(?:\S+\s+){1,3}?(?:didn['’]t|did\s+not|don['’]t|doesn['’]t|do\s+not|does\s+not)\s+(?:like|love|enjoy"
    r"|know|agree|mind|remember|understand|recogni[sz]e|care|notice)\b)"
    r"(?:\s+(?:if|to\s+see|when))?"
    r"|\b(?:I|we)\s+wouldn['’]t\s+be\s+(?:\w+\s+)?(?:surprised|amazed|astonished|shocked)\b"
    r"|\b(?:it|that)\s+(?:wouldn['’]t|would\s+not)\s+(?:\w+\s+)?surprise\s+(?:me|us)\b"
    r"|\b(?:base|central|core)\s+(?:case|scenario)\b|\bis\s+(?:my|our)\s+(?:\w+\s+)?(?:call|bet|pick|guess|forecast)\b"
    # (Round 14: also "we're guiding to", "we've guided to", "he guided to"; and guidance restated with its figure:
    # "we are reaffirming full-year EBIT of $10 billion".)
    r"|\b(?:we|I|they|he|she|it|the\s+company)(?:['’]re|\s+are|['’]ve|\s+have|\s+had)?\s+(?:now\s+|still\s+|also\s+)?"
    r"guid(?:e|es|ed|ing)\s+(?:for|to|towards)\b"
    # (A guidance noun, not "reaffirmed its ruling of 12 March", "reaffirmed the dividend of 40 cents".)
    r"|\breaffirm(?:s|ed|ing)?\s+(?:(?:its|their|our|the)\s+)?(?:[\w-]+\s+){0,3}?(?:guidance|outlook|targets?"
    r"|forecasts?|full[- ]year|annual|fiscal|revenues?|sales|earnings|ebit|ebitda|margins?|profits?|growth|eps|capex"
    r"|deliveries|volumes?|production|output)\b(?:\s+[\w-]+){0,3}?\s+(?:of|at)\s+(?:about\s+|around\s+)?[$£€]?\d"
    # Guidance with what it is for: "Harwell guided full-year revenue of 2 to 2.2 billion", "guides to EBITDA of …".
    r"|\bguid(?:es|ed|ing)\s+(?:(?:its|their|our)\s+)?(?:full[- ]year|annual|fiscal|first[- ]half|second[- ]half"
    r"|[\w-]+[- ]quarter|(?:[\w-]+\s+){0,2}?(?:earnings|revenues?|profits?|sales|ebit|ebitda|margins?|growth|volumes?"
    r"|output|production|capex|deliveries))\b"
    r"|\b(?:I|we)(?:['’]ve|\s+have)\s+got\s+(?:\S+\s+){1,4}?\w+ing\b"
    r"|\bon\s+(?:its|their|his|her|the)\s+way\s+(?:out|up|down|back)\b"
    # ("Rates are not going back to 3 percent", "those jobs aren't coming back"; not the present trend "demand is
    # coming back".)
    r"|\b(?:(?:is|are)\s+(?:not|never)|isn['’]t|aren['’]t)\s+(?:going|coming)\s+back\b"
    r"|\b(?:is|are|was)\s+(?:\w+\s+)?head(?:ing|ed)\s+(?:for|towards?|into|back|higher|lower)\b"
    r"|\b(?:may|might)\s+never\b"
    # "Look for rates to stay higher", "Don't be surprised if oil tops $100".
    r"|\blook\s+for\s+(?:\S+\s+){1,5}?to\s+[a-z]|\bdon['’]t\s+be\s+(?:\w+\s+)?(?:surprised|shocked|amazed)\s+(?:if|when)\b"
    # An event the speaker does not see coming: "I don't see a repeat of 2022", "we can't see a recovery before 2027".
    r"|\b(?:I|we)\s+(?:don['’]t|do\s+not|can['’]t|cannot)\s+see\s+(?:a|an|any)\s+(?:\w+\s+)?(?:repeat|return|recovery|rebound"
    r"|recession|collapse|crash|rally|spike|slump|cut|hike|deal|agreement|settlement|turnaround|default|upset|comeback"
    r"|shortage|glut|surplus|deficit|jump|rise|fall|drop|increase|decline|improvement|pickup|slowdown|boom|bust)\b"
    # A chance in words, no number: "a better-than-even chance of living to 100", "a good chance that rates fall".
    r"|\b(?:good|high|strong|real|decent|fair|better[- ]than[- ]even|even|slim|small|low|big|excellent)\s+chances?"
    r"\s+(?:of|that)\b"
    # Putting a number on a claim: "I'd put the odds of … at 60 percent", "put the probability of … at 55%".
    r"|\b(?:I|we)(?:['’]d|\s+would)\s+(?:put|give|rate|peg|place)\b"
    r"|\b(?:put|puts|gave|gives|give)\s+(?:\w+\s+)?(?:the\s+|an?\s+)?(?:\S+\s+)?(?:chances?|odds|probability|likelihood)\b"
)
# A temporal clause that leads into the claim: "By the time the effect drops out in January 2027, inflation will
# have been at target for months." Its present tense is the claim's, not a claim of its own.
LEADS_IN = _words(r"^[\s“‘\"'(—–-]*(?:by\s+the\s+time|when|once|after|before|until|as\s+soon\s+as|the\s+moment)\b")
# Declining to forecast is not a forecast: "I won't speculate on that", "I'm not going to comment".
DECLINES = _words(
    r"\b(?:won['’]t|will\s+not|can['’]t|cannot|not\s+going\s+to|don['’]t\s+want\s+to|wouldn['’]t|would\s+not|refuse\s+to"
    r"|not\s+about\s+to)\s+(?:\w+\s+)?(?:speculate|comment|pre-?commit|predict|guess|put\s+a\s+number|give\s+(?:a|any)"
    # Declining to say who or which: "I won't name it", "we can't say which one".
    r"|name\s+(?:it|them|him|her|names|the\s+\w+)|say\s+(?:who|which|where|when|how\s+\w+|what\s+it\s+is)|disclose|reveal"
    r"|identify"
    r"|get\s+into|be\s+drawn|pre-?empt|front-?run|second-?guess|prejudge|give\s+(?:\w+\s+)?advice"
    r"|make\s+(?:a|any)\s+(?:\w+\s+)?(?:call|prediction|forecast|guess)|forecast|call\s+it)\b"
    # Said of someone else: "Desjardins declined to predict the outcome", "she would not be drawn on …", "he
    # refused to say when …".
    r"|\b(?:declined|declines|decline|refused|refuses|refuse|was\s+unwilling|were\s+unwilling)\s+to\s+(?:\w+\s+)?"
    r"(?:predict|forecast|speculate|guess|comment|say|give|put|make|offer|be\s+drawn|estimate|specify|commit)\b"
    # Nobody can know it: "Nobody can tell you where oil will be next year", "no one knows when the cycle turns".
    r"|\b(?:nobody|no\s+one|no-one)\s+(?:really\s+|truly\s+)?(?:can\s+|could\s+)?(?:tell|say|knows?|predict)\s+"
    r"(?:you\s+|us\s+)?(?:where|what|when|how|whether|if|which|who)\b"
    r"|\btoo\s+(?:early|soon)\s+to\s+(?:say|tell|call)\b|\bno\s+comment\b|\bremains\s+to\s+be\s+seen\b"
    # (Round 12) Scepticism, and saying what one does not claim: "I'll believe it when I see it", "we are not saying
    # it won't snow".
    r"|\bI['’]ll\s+believe\s+(?:it|that)\s+when\s+I\s+see\s+it\b"
    r"|\b(?:I|we)(?:['’]re|['’]m|\s+are|\s+am)\s+not\s+(?:saying|predicting|forecasting|claiming)\b"
    # (Round 9) Saying no more than a frame: "she would only say that …".
    r"|\bwould\s+only\s+say\b"
    # (Round 10) Not knowing is no claim: "Honestly, I don't know.", "the honest answer is we don't know".
    r"|\b(?:I|we)\s+(?:honestly\s+|really\s+|simply\s+|just\s+)?(?:don['’]t|do\s+not)\s+know\W*$"
    r"|^\W*(?:honestly|frankly|truthfully|in\s+truth|to\s+be\s+honest)\W*$"  # its lead-in, cut off by the comma
    # Nor is setting the question's premise aside: "But that's not our scenario.", "Not my base case.", "That's not
    # something we're discussing."
    r"|^\W*(?:(?:but|and)\s+)?(?:(?:that|it)(?:['’]s|\s+is)\s+)?not\s+(?:my|our)\s+(?:\w+\s+)?(?:base\s+case|scenario"
    r"|forecast|expectation)\W*$"
    # A farewell is no claim: "I'll see you there", "we'll see you all next year".
    r"|\b(?:I|we)(?:['’]ll|\s+will)\s+see\s+(?:you|y['’]all|everyone|you\s+all)\s+(?:all\s+)?(?:there|then|soon|again|next"
    r"|in|at|on)\b"
    r"|\bnot\s+something\s+(?:we|I)(?:['’]re|['’]m|\s+are|\s+am)\s+(?:discussing|considering|looking\s+at|planning)\b"
    # A chair or speaker handing the floor on: "With that, I'll hand over to our CFO".
    r"|\b(?:I|we)['’]ll\s+(?:now\s+)?(?:hand|turn|pass)\s+(?:it\s+|you\s+)?(?:over|back)\s+to\b"
    # "Our finance director will now take you through the numbers": the programme of a presentation.
    r"|\b(?:will|['’]ll)\s+(?:now\s+|then\s+|shortly\s+)?(?:take|walk|talk|run)\s+(?:you|us|everyone)\s+through\b"
    r"|\bI['’]ll\s+take\s+that\b|\bwe['’]ll\s+(?:just\s+)?(?:have\s+to\s+)?see(?:\s+what\s+happens|\s+how\s+it\s+goes)?\W*$"
)
# A short answer that only makes sense as the answer to the question before it: "No.", "Yes, and it's not
# close.", "Longer than the sceptics think.", "The budget rule, no.", "The Reserve Bank says no."
ELLIPTICAL = _words(
    r"^[\s“‘\"']*(?:yes|no|not|never|probably|likely|unlikely|longer|shorter|less|more|fewer|sooner|later|higher"
    r"|lower|absolutely|definitely|certainly|maybe|perhaps|possibly|partly|hardly|doubtful|nope|yeah|sure"
    # (Round 16) How and when, without the verb: "Briefly, in the spring.", "Eventually, yes.", "Gradually."
    r"|briefly|eventually|gradually|slowly|temporarily)\b"
    # A comparison with what others expect: "Bigger than people think.", "Cheaper than you'd expect."
    r"|^[\s“‘\"']*(?:[a-z]{2,}er|more\s+[a-z]+|less\s+[a-z]+)\s+than\s+(?:people|you|most|many|everyone|anyone|the\s+market"
    r"|the\s+consensus|expected|forecast)\b"
    r"|\b(?:no|yes|not)\s*[.!]?[”’\"']*$"
    # (Round 13) A verbless answer hedged at its end or put as odds: "A handful, maybe.", "The second week, for sure.",
    # "Sideways, mostly.", "Better than even."
    r"|^[^.!?]{1,40},\s*(?:maybe|probably|perhaps|possibly|surely|sure|for\s+sure|certainly|definitely|mostly|i\s+think"
    r"|i\s+reckon|i\s+suspect|i['’]d\s+(?:say|guess)|i['’]m\s+afraid"
    # An upper or lower bound put on the answer: "One in three, at best.", "Two cuts, at most.", "A year, tops."
    r"|at\s+(?:the\s+)?(?:very\s+)?(?:best|most|least|outside|worst)|tops|if\s+that|or\s+so)\W*$"
    # Odds given bare, without "chance": "One in three.", "About one in five, I'd say." (the question names the claim).
    r"|^[\s“‘\"']*(?:about\s+|around\s+|roughly\s+|maybe\s+|perhaps\s+|probably\s+|less\s+than\s+|more\s+than\s+)?"
    r"(?:one|two|three|four|five|\d+)\s+in\s+(?:two|three|four|five|six|seven|eight|nine|ten|twenty|a\s+hundred|\d+)\b"
    r"|^[\s“‘\"']*(?:better|worse)[- ]than[- ]even\b|^[\s“‘\"']*(?:fifty[- ]fifty|odds[- ]on|even\s+money)\b"
    r"|\b(?:says?|said|thinks?|believes?|expects?|reckons?|doubts?|predicts?)\s+(?:not|so|no|yes)\b"
    # (Round 17) Any comparative opening the answer: "Smaller than the hype, bigger than the critics think", "Cheaper
    # than now" (not "other than", "rather than").
    r"|^[\s“‘\"']*(?!(?:other|rather|under|over|after|ever|never|whether|neither|either|order|number)\b)[a-z]{3,}er\s+than\b"
)
