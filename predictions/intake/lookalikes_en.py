"""English look-alikes: clauses that carry a future marker but are not forecasts.

Questions (also embedded: "whether", "when … will"), conditions on an uncertain event ("if we build …";
"unless" a rule changes is the world as it is; "in a worst-case scenario"), instructions, announcements of a
forecast ("let me make three predictions"), views nobody names (``unnamed_en``: "critics say", "traders said",
"speaking on condition of anonymity"), forecasts recalled ("predicted in 2019 that"), the speaker's own plans
("we will hire"), wishes and prescriptions (hope, wants to, should of obligation, must), schedules and plans
(will be held, will publish, plans to, pledged, relayed: "has told us to expect", decided: "will be chosen",
"under a decision taken by"), judgements ("would be a mistake") and the past; ``exclusion`` names the first one.
"""

from __future__ import annotations

import re

from predictions.intake import (
    acts_en,
    arrangements_en,
    forms_en,
    housekeeping_en,
    rejected_en,
    schedules_en,
    should_en,
    told_before_en,
    unnamed_en,
)
from predictions.intake.acts_en import BOOKS as _BOOKS
from predictions.intake.acts_en import SOMEONE_EXPECTS as _SOMEONE_EXPECTS
from predictions.intake.folding import fold, folded

_words = folded  # every pattern below is searched in the clause's folded text (see ``folding``)


# A forecast made earlier and recalled: "He predicted in 2019 that …", "she said last year that …", "as I wrote
# back in March". It was not made on the said-on date.
_RECALLED = _words(
    r"\b(?:predicted|forecast|warned|said|claimed|wrote|argued|told\s+\w+|promised|insisted)\s+(?:in\s+(?:19|20)\d\d"
    r"|last\s+(?:year|month|week|summer|autumn|winter|spring)|earlier\s+this\s+(?:year|month|week)"
    r"|(?:\w+\s+){1,2}years?\s+ago|back\s+in)\b"
    # The past time between the speaker and the verb: "the minister last year predicted …".
    r"|\b(?:last\s+(?:year|month|week|summer|autumn|winter|spring)|(?:\w+\s+){1,2}(?:years?|months?)\s+ago)\s+"
    r"(?:predicted|forecast|projected|said|warned|promised|claimed)\b"
    # The year or month put first: "In 2021 Nordvik predicted that …", "The institute in April forecast 17 storms".
    r"|^[\s\W]*(?:back\s+)?in\s+(?:19|20)\d\d,?\s+(?:\S+\s+){1,6}?(?:predicted|forecast|projected|expected|said)\b"
    # A past time put first the same way: "Last year Moreau predicted …", "Two years ago the board forecast …".
    r"|^[\s\W]*(?:(?:last|this\s+time\s+last)\s+(?:year|month|week|season|summer|autumn|fall|winter|spring|time"
    # A named month or day: "Last March she predicted …"; a time gone by: "Back then I expected …".
    r"|january|february|march|april|may|june|july|august|september|october|november|december"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|back\s+then|at\s+the\s+time|in\s+those\s+days"
    r"|(?:\w+\s+){1,2}(?:years?|months?|weeks?|seasons?)\s+ago|earlier\s+this\s+(?:year|month)),?\s+(?:\S+\s+){1,6}?"
    r"(?:predicted|forecast|projected|expected|said|warned|promised|claimed|insisted|argued)\b"
    r"|\bin\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)"
    r"\s+(?:predicted|forecast|projected)\b"
    # (Round 13) More ways to put the past time first: "In August, the manager predicted …", "In a 2015 paper she
    # wrote that …", "In 2009 I stood here and told an audience that …", "a similar report in 2019 predicted …".
    r"|^[\s\W]*in\s+(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|an?\s+(?:19|20)\d\d\s+[\w-]+|(?:19|20)\d\d"
    # A document of an earlier date: "In our January outlook we projected …", "In its previous report the fund said …".
    r"|(?:our|its|their|his|her|my|the)\s+(?:january|february|march|april|may|june|july|august|september|october"
    r"|november|december|spring|summer|autumn|winter|last|previous|earlier|(?:19|20)\d\d)\s+[\w-]+(?:\s+[\w-]+)?)"
    r",?\s+(?:\S+\s+){1,8}?(?:predicted|forecast|projected|expected|said|wrote|told"
    r"|warned|argued|claimed|promised)\b"
    r"|\bin\s+(?:19|20)\d\d\s+(?:predicted|forecast|projected|warned|claimed)\b"
    # (Round 10) The past perfect of forecasting is a forecast already made: "the agency had predicted that …",
    # "the bank had told clients to expect …", "had expected, a year ago, that …".
    r"|\bhad\s+(?:\w+\s+)?(?:predicted|forecast|projected|expected|estimated|told\s+(?:\S+\s+){1,3}?to\s+expect)\b"
    # (Round 12) The guest's own words put back to them: "You've said lithium won't last", "you have argued that …".
    r"|^[\s\W]*(?:and\s+|but\s+|now\s+)?you(?:['’]ve|\s+have)\s+(?:\w+\s+)?(?:said|argued|claimed|predicted|written"
    r"|suggested|warned)\b"
)
# A forecast made now that opens the clause, before any words of recalling.
_FORECAST_FIRST = _words(
    r"\b(?:we|I)\s+(?:now\s+|still\s+)?(?:expect|predict|forecast|think|believe)\b|\bwill\b|['’]ll\b"
)
# What happens as a rule, not what will: "RSV usually peaks in December", "sales tend to slow in August".
_HABITUAL = _words(r"\b(?:usually|typically|normally|generally|traditionally|tends?\s+to)\b")
# A condition on an uncertain event or decision makes a hypothetical ("if we build 30,000 homes, rents will
# stabilise"); one that describes the status quo keeps the forecast ("if nothing changes", "on current trends").
_STATUS_QUO = (
    r"(?!.*\b(?:(?:nothing|little)(?:\s+else)?\s+changes|the\s+way\s+\w+(?:['’]re|['’]s|\s+is|\s+are)\s+going"
    r"|(?:carry|carries|go|goes)\s+on\s+as\b|current\s+trends|present\s+trends|trends\s+continue|things\s+stay|status\s+quo"
    r"|as\s+things\s+stand|we\s+do\s+nothing|nothing\s+is\s+done|stays?\s+the\s+same|stay\s+where\s+\w+\s+(?:is|are)|remains?\s+unchanged"
    r"|planning\s+rules\s+change|policies\s+stay|we\s+expect|current\s+(?:pace|rate|levels?|policies|policy)"
    r"|keeps?\s+(?:falling|rising|growing|going)|continues?\s+(?:at|to\s+fall|to\s+rise|to\s+grow)"
    # What is now going on, carried forward: "if the forecast holds", "if demand holds up", "if the water keeps
    # warming at this rate", "if the trend persists".
    r"|(?:holds?|holds?\s+up|persists?|lasts?)(?=\W*$|\s*[,;:])|keeps?\s+\w+ing\b|at\s+(?:this|that|the\s+current|today['’]s"
    r"|the\s+present)\s+(?:rate|pace))\b)"
)
# "Unless" a rule, a policy or a payer changes, the forecast holds: the world as it is, not a condition.
_UNLESS_CHANGE = (
    r"(?!\s+(?:\S+\s+){1,5}?(?:changes?|is\s+replaced|are\s+replaced|is\s+reformed|are\s+reformed|is\s+scrapped"
    r"|are\s+scrapped|is\s+extended|are\s+extended|is\s+reversed|acts|intervenes|steps\s+in)\b)"
)
# "In a high-emissions scenario, sea levels could rise …": a hypothetical world, not the forecast of this one.
_SCENARIO = _words(
    r"\b(?:in|under)\s+(?:a|an)\s+(?!(?:base|central|baseline|core|main|most\s+likely)\b)(?:[\w-]+\s+){0,2}?scenario\b"
)
# ("Should the route reopen, …" is a condition at the head of a sentence; "… and should bring in good crops" is not,
# nor — round 11 — the "should fall by March" left of "Prices, however, should fall by March": a verb after "should"
# has no subject between them to invert.)
_NOT_A_SUBJECT = (
    r"(?!(?:be|start|begin|stay|remain|continue|keep|fall|rise|drop|climb|grow|reach|hit|top|exceed|come|ease|peak"
    r"|recover|improve)\b)"
)
_CONDITION = _words(
    rf"^[\s“‘\"'(—–-]*(?:(?:(?:and|but|so)\s+)?if\b{_STATUS_QUO}|should\s+{_NOT_A_SUBJECT}\w+\s+\w+\b{_STATUS_QUO}"
    rf"|(?:(?:and|but|so)\s+)?unless\b{_STATUS_QUO}{_UNLESS_CHANGE})"
)
# Words that announce a forecast without making one: "Here is what I expect.", "So let me make three predictions".
_ANNOUNCES = _words(
    r"\b(?:here\s+is|here['’]s|this\s+is)\s+what\s+(?:I|we)\s+(?:expect|think|predict|see)\s*[.:]?\s*$"
    r"|\bmake\s+(?:\w+\s+){0,2}?predictions?\b|\bwhat['’]s\s+going\s+to\s+happen\b"
    r"|\bhere['’]s\s+my\s+(?:\w+\s+)?(?:take|prediction|bet|pick|call|guess|forecast)\s*[.:!]?\s*$"
    r"|\bI\s+(?:predict|expect|see)\s+(?:two|three|four|five|a\s+few|some|several)\s+things\b|\bwrite\s+it\s+down\b"
    r"|\b(?:tell|show)\s+you\s+what\s+(?:I|we)\s+(?:think|expect|see|believe)\b"
    r"|\b(?:make|offer|give\s+you)\s+(?:one|two|three|four|five|six|a\s+few|some)\W*$"
)
# An instruction to the listener: "Ask me in five years."
_IMPERATIVE = re.compile(
    r"^[\s“\"'‘]*(?:Ask|Tell|Let|Look(?!\s+for\b)|Wait|Remember|Note|Consider|Imagine|Learn|Please|Stop|Call)\b"
)
# Acts a speaker decides to do (hire, open, brief, retaliate …): said of oneself, a plan, not a forecast.
_PLAN_VERBS = (
    r"(?:hire|fire|build|open(?!\s+(?:\S+\s+){0,2}?[$£€¥]|\s+(?:higher|lower|up|down)\b)|launch|deliver|submit|file|publish|release|report|host|hold|present|announce|unveil"
    r"|introduce|start|begin|invest|spend|cut|close|sell|buy|cap|tell|show|promise|give|make\s+sure|ensure|fight|vote"
    r"|play|run|stand|retire|resign|step\s+down|quit|leave|join|sign|attend|visit|travel|continue|keep|raise|lower"
    r"|reduce|expand|add|create|set|put|bring|send|offer|provide|support|work|focus|ask|seek|appeal|review|consider"
    r"|study|look|do|try|talk|go|pretend|commit|need\s+to\s+(?:raise|borrow|issue|hire|sell)|meet(?!\s+(?:\S+\s+){0,4}?(?:targets?|goals?|deadlines?|guidance|expectations|demand|forecasts?)\b)|brief|update|speak|be\s+speaking|be\s+back\s+(?:after|with|on|next|tomorrow|soon"
    r"|in\s+a)|retaliate|propose|pay|take\s+(?:delivery|questions|a\s+look|action)|decide|approve|appoint|nominate"
    r"|reinstate|restore|resume|respond|answer|discuss|recommend|halve|double"
    r"|be\s+(?:more\s+|very\s+|extra\s+)?(?:careful|cautious|brief|clear|honest|quick|patient))\b"
)
_WILL_DO = (
    r"(?:\s+will|['’]ll|\s+are\s+going\s+to|['’]re\s+going\s+to|\s+am\s+going\s+to|['’]m\s+going\s+to|\s+won['’]t"
    r"|\s+will\s+not|\s+are\s+not\s+going\s+to|\s+shall)\s+(?:also\s+|then\s+|soon\s+|now\s+|again\s+|not\s+)?"
)
# A speaker's own intended act, not a forecast: "we will hire", "I won't play", "we're going to start";
# and someone's own act as they say it: "Kline says she'll cut the homeless count in half".
# What the books show is an outcome, not an act: "we'll show a small surplus", "we will post a record profit", "we'll
# do better than $3.8 billion".
_OWN_PLAN = _words(
    # ("We at Harbour Bank will invest", "we'll be hiring", "we will switch on", "we won't list".)
    rf"\b(?:we(?:\s+at\s+[\w&'’-]+)?|I){_WILL_DO}(?:be\s+(?=\w+ing\b))?(?:{_PLAN_VERBS}|hiring|opening|investing"
    rf"|spending|closing|building|cutting|recruiting|switch\s+(?:on|off)|list|recruit|stop){_BOOKS}"
    # A body's own act in a second thing it said: "… said the deal runs ten years and that it will pay a fee".
    rf"|^[\s\W]*(?:and\s+|but\s+)?that\s+it(?:['’]ll|['’]d|\s+will|\s+would)\s+(?:also\s+|not\s+)?{_PLAN_VERBS}{_BOOKS}"
    # (Also told to someone: "she told the local paper she would fight for every vote".)
    rf"|\b(?:says|said|promises|promised|vows|vowed|insists|insisted|told\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?[\w'’-]+)"
    rf"\s+(?:that\s+)?(?:she|he)"
    rf"(?:['’]ll|['’]d|\s+would|\s+will|\s+is\s+going\s+to|\s+won['’]t|\s+would\s+not)\s+[\"“‘']?(?:also\s+)?{_PLAN_VERBS}"
)
# A body's own act, said of itself or relayed: "the council will cut opening hours from January", "the group will
# not start new schemes", "said the company would move production" (round 16: not a pace, "won't move as fast"). A
# body named by its kind (council, company, group …), not "a firm" or "every operator" (a general claim), and not
# under someone's expectation ("analysts expect the company will cut jobs" is a forecast of its decision). Not a bank
# or a government: what a central bank or a government will decide is what others forecast most. (Round 16: also a
# department or a committee, "the health department will open clinics", "the committee will hear the bill".)
_BODY = (
    r"council|company|group|authority|agency|firm|board|operator|airline|university"
    r"|trust|retailer|chain|lender|insurer|observatory|museum|utility|carrier|club|publisher|landlord|owner"
)
# (Round 16) A department, a committee or a commission acts too ("the committee will hear the bill") — but what a rate
# committee, a competition commission or a Senate committee will decide (cut, hold, raise, approve, block, vote) is
# what economists and analysts forecast most, as of a central bank (review of round 17).
_PANEL = r"department|committee|commission"
_DECISION = r"(?:cut|hold|raise|lower|approve|block|clear|reject|vote|keep|halve|double|reduce|decide)\b"
_BODY_PLAN = _words(
    rf"\b(?!(?:a|an|every|each|any|another|no|some|one|which|what)\b)[\w'’-]+\s+(?:(?:{_BODY})s?|(?:{_PANEL})s?(?=\s+\w+"
    rf"\s+(?:also\s+|then\s+|soon\s+|now\s+|not\s+)?(?!{_DECISION})))"
    rf"(?:\s+will|\s+would|['’]ll|['’]d|\s+won['’]t|\s+wouldn['’]t)\s+(?:also\s+|then\s+|soon\s+|now\s+|not\s+)?"
    rf"(?:{_PLAN_VERBS}|stop|switch\s+(?:on|off)|move(?!\s+(?:as\s+|so\s+)?(?:fast|quickly|slowly)\b)|list|hear|recruit){_BOOKS}"
)
_ODDS_WORDS = ("fifty-fifty", "fifty fifty", "50-50", "50/50", "toss-up", "coin toss", "coin flip", "even odds")
# Between the odds and "whether": nothing, a quotation's end, or the noun they qualify ("a fifty-fifty call whether the
# deal closes by June", "a coin toss as to whether …").
_ODDS_GAPS = (
    " ",
    '" ',
    "” ",
    ", ",
    " as to ",
    " call ",
    " call as to ",
    " bet ",
    " proposition ",
    " shot ",
    " chance ",
)
_EMBEDDED_QUESTION = _words(
    # ("It is fifty-fifty whether the port reopens" puts odds on it: no question.)
    # (Round 12) "whether or not it happens" concedes both ways: no question.
    r"\bwhether\b(?!\s+or\s+not\b)(?!(?:\s+[\w'’-]+){1,6}\s+or\s+not\b)"
    + "".join(f"(?<!{w}{gap}whether)" for w in _ODDS_WORDS for gap in _ODDS_GAPS)
    + r"|\b(?:what|how(?:\s+(?:much|many|long|fast|soon|far))?|when|why)(?:\s+\S+){0,4}?\s*(?:will"
    r"|would|['’]s\s+going\s+to|is\s+going\s+to)\b"
    # ("People will wonder how we managed" forecasts the wondering: not a question asked now.)
    r"|\b(?:unclear|uncertain|no\s+one\s+knows|nobody\s+knows|(?<!will\s)(?<!['’]ll\s)wonders?|wondered)\b"
)
_WISH = _words(
    r"\b(?:hope|hopes|hoped|hoping|hopefully|wish|wishes|wished|let['’]s|let\s+us|dream|dreams|would\s+like"
    r"|['’]d\s+like|pray|prays|wants\s+to|wanted\s+to)\b"
)
_PRESCRIPTION = _words(
    r"\b(?:should|shouldn['’]t|must|mustn['’]t|ought\s+to|need\s+to|needs\s+to|have\s+to|has\s+to|had\s+better"
    r"|it\s+is\s+(?:essential|important|vital|crucial|imperative|necessary)|urges?|urged|calls?\s+(?:on|for)"
    r"|called\s+(?:on|for)|recommends?|recommended|demanded\s+that)\b"
)
# Events held, documents published, openings, relayed decisions (``schedules_en``).
_SCHEDULE = schedules_en.SCHEDULE

# What a plan leads to, which nobody can decide: winning, reaching, qualifying.
# (Round 14: also a target met — "I'm confident we will meet it a year early" — an outcome, as the README has it.)
_OUTCOME_OF_AN_ACT = _words(
    # (Round 17) "I don't think we'll sell out at that price": what buyers decide, not one's own act.
    r"\b(?:win|lose|beat|reach|hit|qualify|survive|top|exceed|miss|finish\s+(?:first|in)|sell\s+out|break\s+even"
    r"|meet\s+(?:it|them|that|this|(?:the|our|its|their)\s+(?:[\w-]+\s+)?(?:target|goal|deadline|pledge|commitment)))\b"
)
# "does not expect ships to return to the Red Sea route": a forecast of what others do, not one's own journey.
_EXPECTS_SOMEONE_TO = _words(
    r"\bexpect(?:s|ed)?\s+(?:\S+\s+){1,4}?to\s+(?:return|travel|fly|sail|head|go)\b"
    r"|\b(?:believes?|believed|thinks?|thought|doubts?|doubted)\s+(?:that\s+)?(?:\S+\s+){1,4}?(?:would|will)\s+(?:not\s+)?"
    r"(?:return|travel|fly|sail|head|go)\b"
)
# Others expected to act, counted: "I'd expect two more lenders to announce cuts", "expects several rivals to
# follow" — an act of others nobody has announced, so a forecast (not "we expect to announce").
_EXPECTS_OTHERS_TO = _words(
    r"\bexpect(?:s|ed)?\s+(?:at\s+least\s+|as\s+many\s+as\s+|up\s+to\s+)?(?:one|two|three|four|five|six|several|a\s+few"
    r"|few|some|many|more|other|others|another|further|most)\s+(?:\S+\s+){0,4}?to\s+[a-z]"
)
# "would" that judges rather than forecasts: "would be a mistake", "would be needed".
# The same with a name: "will begin on Monday", "Researchers will return to the Weddell Sea" (searched as written).
_SCHEDULE_NAMED = re.compile(
    r"\b(?:[Bb]egin|[Ss]tart|[Rr]esume|[Rr]eopen|[Cc]lose|[Oo]pen)\s+on\s+[A-Z]"
    r"|\b(?:will|to|would)\s+(?:return|travel|fly|sail|head|go)\s+to\s+(?:the\s+)?[A-Z]"
)
_EVALUATIVE = _words(
    r"\bwould\s+(?:not\s+)?be\s+(?:an?\s+|the\s+)?(?:(?:very|truly|really|absolutely|quite)\s+)?(?:needed|necessary"
    r"|required|appropriate|wise|unwise|welcome|good|better|best|mistake|delighted|happy|glad|pleased|thrilled|proud"
    r"|outstanding|excellent|terrible|disastrous|great|error|helpful|useful|fair|right|wrong|nice|ideal|preferable"
    r"|premature|remarkable|fantastic|wonderful|disaster|shame|pity|tragedy|success|failure)\b|\bwould\s+(?:like"
    r"|love|prefer|rather)\b"
)
# A past-tense verb in a clause with no future marker: "It opened in August", "Smart glasses sold 7 million".
# (After "get", the participle of the present passive: "one of them gets bought", "the deal gets done".)
_PAST_TENSE = _words(
    r"\b(?<!get )(?<!gets )(?:was|were|had|did|rose|fell|grew|opened|closed|shipped|delivered|won|lost|made|became"
    r"|began|came|went|saw|hit"
    r"|reached|dropped|climbed|declined|increased|decreased|posted|recorded|completed|launched|released|sold"
    r"|bought|finished"
    r"|signed|voted|passed|killed|stood|ended|started|doubled|halved|tripled|surged|slumped|jumped|missed"
    r"|beat|topped"
    # The present perfect reports what has happened: "Pay has risen 20 percent in three years".
    r"|(?:has|have)\s+(?:already\s+|now\s+|just\s+)?(?:risen|fallen|grown|gone\s+up|gone\s+down|doubled|halved"
    r"|tripled|increased|decreased|dropped|climbed|declined|jumped|slumped|surged))\b"
)
_PAST = _words(
    r"\b(?:would|could|might|should|must|may)(?:\s+not|n['’]t)?\s+have\s+\w+(?:ed|en|wn|ne)\b|\b(?:was|were)\s+going\s+to\b"
    r"|\bhad\s+(?:expected|predicted|forecast|anticipated)\b|\bwould\s+(?:often|usually|always)\b"
)
# A pseudo-cleft that introduces the speaker's own words is no question: "What I will say is that …",
# "What I can tell you is …".
_PSEUDO_CLEFT = _words(
    r"^[\s“‘\"']*what\s+(?:I|we)\s+(?:will|can|would|could|['’]d|['’]ll|do)\s+(?:\w+\s+){0,2}?(?:is|was)\b(?:\s+that\b)?"
)
# A law's start named only to time the claim is no schedule: "a one-in-three chance they soften it before it takes
# effect".
_TIME_CLAUSE = _words(
    r"\b(?:before|until|till|once|after|by\s+the\s+time|as|when|as\s+soon\s+as)\s+(?:\S+\s+){0,8}?(?:takes?|comes?)\s+"
    r"(?:effect|into\s+force)\b"
)
# Verbs that name a forecast outright: what follows is one even when it reads like a schedule ("predicted that the
# region would host another major event before 2031").
# Doubting that a scheduled thing happens is a forecast too: "did not believe one would be held before 2030".
_ODDS_ON = _words(r"\b(?:chance|odds|probability|likelihood)\s+(?:that|of)\b")
_PREDICTS = _words(
    r"\b(?:predict(?:s|ed)?|forecasts?|forecasted|bet|bets|wager(?:s|ed)?)\s+that\b"
    r"|\b(?:do|does|did)\s*(?:not|n['’]t)\s+(?:believe|think|expect)\b|\bdoubt(?:s|ed)?\b"
)


# A condition stated after the claim: "bills could rise 20% by 2028 if the plan goes ahead" (a trailing "unless"
# names what would stop a forecast of the world as it is: "wasted by 2027 unless grids catch up"). Not the hedges
# "I'd be surprised if", "if I had to bet", nor "even if" (a concession) or "asked if" (a question).
_NOT_BEFORE_IF = r"\beven \bas surprised amazed shocked astonished \bask \basked \bknow \bsee \bwonder \bsay"
_NOT_BEFORE_IF += r" surprise\sme surprise\sus"  # "it wouldn't surprise me if …" expects it
_TRAILING_IF = _words(
    r"\bif(?<!^if)"
    + "".join(rf"(?<!{word} if)" for word in _NOT_BEFORE_IF.split())  # after "if": tried only there
    + rf"\s+(?!I\s+had\s+to|you\s+ask|anything\b|any\b|not\b|ever\b|at\s+all\b|so\b|only\b){_STATUS_QUO}"
)
# "the idea that a child should carry a phone": a should inside what a noun says, not the speaker's prescription.
_NOUN_THAT = _words(
    r"\b(?:idea|notion|view|belief|claim|assumption|thought|suggestion|argument|case|rule|principle)\s+that\s+"
    r"(?:\S+\s+){0,5}$"
)
# Targets a party sets itself are plans ("our targets are unchanged: net zero by 2040"); an analyst's price target
# ("our new target is $4,600 by the end of next year") is a forecast of a price.
_TARGET = _words(
    r"\b(?:set|sets|setting|adopted|announced|unveiled|has|have)\s+(?:ourselves\s+|itself\s+|themselves\s+|myself\s+)?"
    r"(?:(?:an?|the|its|their|our|new)\s+)*(?:\w+\s+)?"
    r"(?:targets?|goals?)\s+(?:of|to|for)\b|\b(?:our|their|its|\w+['’]s)\s+(?:\w+\s+)?(?:targets?|commitments?|pledges?|goals?"
    r"|ambitions?)\s+(?:are|is|remains?)\b|\btarget\s+is\s+to\b"
)
_PRICE = _words(r"[$£€¥]|\b(?:dollars?|euros?|pounds?|yuan|yen|an?\s+ounce|per\s+ounce|a\s+barrel|per\s+barrel)\b")


def exclusion(text: str, *, future: bool, modal: bool, reporting: bool, first_marker: int | None) -> str | None:
    """Why the clause is not a forecast (question, declines, condition, wish, schedule, past …), or None.

    ``first_marker``: where its first future or modal marker starts (a prescription before it governs it)."""
    if text.rstrip(" \"'”’)]").endswith("?"):
        return "question"
    written, text = text, fold(text)
    if forms_en.DECLINES.search(text):
        return "declines"
    text = _TIME_CLAUSE.sub("", forms_en.HEDGING_IF.sub("", _PSEUDO_CLEFT.sub("", text)))
    reason = next((why for why, pattern in EXCLUSIONS if pattern.search(text)), None)
    if reason is None and housekeeping_en.back_with_us(written):
        reason = "schedule"  # (round 14) "Sam's back with us next Tuesday": a guest on the programme's running order
    recall = _RECALLED.search(text) if reason == "recalled" else None
    if recall and _FORECAST_FIRST.search(text, 0, recall.start()):
        reason = (
            None  # "We expect it to recover in 2026 as deals we wrote in 2023 roll off": made now, the past a detail
        )
    if reason == "schedule" and forms_en.BELIEF.search(text) and _OUTCOME_OF_AN_ACT.search(text):
        reason = None  # "I genuinely believe we'll go there and win": one believes an outcome, not one's own plan
    if reason == "schedule" and acts_en.VOLUME.search(text):
        reason = None  # (round 12) "We're going to sell more than two million": a volume customers decide
    if reason:
        return reason
    if acts_en.own_act(text, written):
        return "schedule"
    if _BODY_PLAN.search(text) and not _SOMEONE_EXPECTS.search(text) and not forms_en.BELIEF.search(text):
        return "schedule"
    if _IMPERATIVE.search(written):
        return "imperative"
    if _TRAILING_IF.search(text):
        return "condition"
    prescription = _PRESCRIPTION.search(text)
    before_the_marker = prescription is not None and (first_marker is None or prescription.start() < first_marker)
    in_a_noun = prescription is not None and bool(_NOUN_THAT.search(text, 0, prescription.start()))
    if prescription and before_the_marker and not in_a_noun and not should_en.impersonal_should(text, prescription):
        return "wish"
    if _TARGET.search(text) and not _PRICE.search(text):
        return "plan"
    named = _SCHEDULE_NAMED.search(written) and not _EXPECTS_SOMEONE_TO.search(text)
    # ("We see a 70 percent chance that the levy starts on schedule": odds on someone else's timetable.)
    unannounced = _PREDICTS.search(text) or _ODDS_ON.search(text) or _EXPECTS_OTHERS_TO.search(text)
    unannounced = unannounced or schedules_en.PLAN_JUDGED.search(text)
    # (Round 12) An outcome believed, whatever the event: "I think we'll reach a final at a major tournament by 2030".
    unannounced = unannounced or (forms_en.BELIEF.search(text) and _OUTCOME_OF_AN_ACT.search(text))
    if (_SCHEDULE.search(text) or named) and not unannounced:
        return "schedule"
    past_tense = _PAST_TENSE.search(text) and not arrangements_en.REPORTED_ODDS.search(text)
    if _PAST.search(text) or (not future and not modal and past_tense and not reporting):
        return "past"
    if not future and _EVALUATIVE.search(text):
        return "wish"
    if not future and not modal and _HABITUAL.search(text):
        return "habit"
    return None


# Exclusions that need nothing but a match in the folded clause, in order: the first that matches names the
# reason (an instruction, "Ask me in five years.", is told by its capital, in the clause as written).
EXCLUSIONS = (
    ("question", _EMBEDDED_QUESTION),
    ("condition", _CONDITION),
    ("condition", _SCENARIO),
    ("announces", _ANNOUNCES),
    ("recalled", _RECALLED),
    ("recalled", told_before_en.TOLD_BEFORE),  # (round 14) "I told you …", "you told us …"
    ("rejected", rejected_en.REJECTED_VIEW),  # "dismissed forecasts that the currency will collapse"
    ("unnamed", unnamed_en.UNNAMED),
    ("unnamed", unnamed_en.UNNAMED_PLURAL),
    ("unnamed", unnamed_en.UNNAMED_SOME),  # (round 13)
    (
        "unnamed view",
        unnamed_en.UNNAMED_FRAME,
    ),  # governs the clauses after it: "An official, speaking on condition …, said"
    ("schedule", _OWN_PLAN),
    ("schedule", housekeeping_en.TALK_ITSELF),  # (round 14) "I'll take questions", "you'll be back with us"
    ("schedule", arrangements_en.ARRANGED),
    ("recalled", arrangements_en.RECALLED_COMPARISON),
    ("recalled", arrangements_en.BY_NOW),
    ("wish", _WISH),
)
