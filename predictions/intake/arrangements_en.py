"""English arrangements that read like forecasts (issue 12, sixth round): what a body has decided, relayed with
"will" — a contract it awards, work it starts, restrictions it lifts, an event's organisers' announcements, a
service's strike timetable, one's own restocking — and a rule already in force. They join the look-alikes of
``lookalikes_en`` as schedules; the clauses are searched folded (``folding``).
"""

from __future__ import annotations

from predictions.intake.folding import folded

ARRANGED = folded(
    # "The council will award the contract on 2 April", "work will start in May".
    r"\bwill\s+(?:not\s+)?award\b"
    r"|\b(?:work|construction|repairs?|building|demolition|production|filming|drilling|dredging|resurfacing)\s+"
    r"(?:will|is\s+to|are\s+to|is\s+due\s+to|are\s+due\s+to)\s+(?:start|begin|resume|finish)\b"
    # (Not the count of starts a forecaster gives: "construction will begin on fewer than 8,000 homes".)
    r"(?!\s+on\s+(?:fewer|more|over|under|about|around|some|nearly|almost|at\s+least|[\d,]+\s+(?:new\s+)?"
    r"(?:units|homes|houses|flats|apartments|projects))\b)"
    # Restrictions a body imposes or ends: "will end its nightly closures", "would lift its quarantine".
    # (Restrictions only: "OPEC+ will extend its output cuts", a forecast of a body's decision, stays one.)
    r"|\b(?:will|would)\s+(?:not\s+)?(?:end|lift|suspend|extend|impose|reimpose)\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:closures?|quarantines?|ban|restrictions?|curfews?|moratorium|suspension|lockdown|embargo|closure\s+order)\b"
    # An event's organisers announcing its arrangements: "The organisers have said the prize fund will rise".
    r"|\b(?:organi[sz]ers|organi[sz]ing\s+committee)\s+(?:have\s+|has\s+)?(?:said|say|says|announced|confirmed)\b"
    # A relayed decision not to act: "ministers will not intervene in the dispute".
    r"|\b(?:will\s+not|won['’]t)\s+(?:intervene|step\s+in)\b"
    # A service's own timetable in a strike or a works: "only one in five trains will run", "will have no service".
    r"|\b(?:trains?|services|buses|trams|ferries)\s+(?:\w+\s+){0,6}?will\s+(?:run|operate)\b"
    r"|\bwill\s+have\s+no\s+(?:service|trains|buses)\b"
    # One's own restocking, rebuilding, reopening: "We will restock our barns in April".
    r"|\b(?:we|I)(?:\s+will|['’]ll)\s+re(?:stock|build|plant|open|fit|launch|start|furbish)\s+(?:our|my)\b"
    # What a body opens, closes, stops or reviews of its own: "The health service will open 30 clinics from Monday",
    # "It will also stop selling garden furniture", "the board would review the dividend", "ballots will be mailed".
    r"|\bwill\s+(?:also\s+)?(?:open|close)\s+(?:another\s+|a\s+further\s+)?\d[\d,]*\s+(?:new\s+)?[a-z-]+"
    r"(?<!percent)(?<!per)(?<!points)(?<!cents)(?<!pence)(?<!higher)(?<!lower)\b"
    r"|\bwill\s+(?:also\s+)?stop\s+(?:selling|making|offering|serving|flying|running|sponsoring)\b"
    r"|\b(?:will|would)\s+review\s+(?:the|its|their)\b"
    r"|\bwill\s+be\s+(?:mailed|posted\s+out|sent\s+out|distributed|handed\s+out)\b"
    # A fixture whoever plays it: "the winner will play the champion for the title in November".
    r"|\bthe\s+(?:winners?|losers?|runners?-up|top\s+(?:two|three|four))\s+(?:\w+\s+){0,3}?will\s+(?:play|face|meet"
    r"|advance|go\s+through)\b"
    # One's own project in the present of a timetable: "Our second telescope goes up in Chile next March".
    r"|^[\s“‘\"']*(?:our|my)\s+(?:[\w-]+\s+){0,4}?(?:goes\s+(?:up|live|online)|opens|launches|comes\s+online|ships)\b"
    # A firm's own prices and capacity, and a body's agenda and calendar: "would keep its prices unchanged", "we will
    # grow our schedule by 3 percent", "We take delivery of 18 aircraft", "where it will discuss …", "Parliament will
    # rise for its summer recess".
    r"|\b(?:will|would)\s+keep\s+(?:its|their|our)\s+(?:prices|fares|fees|dividend|tariffs)\b"
    r"|\b(?:we|I)(?:\s+will|['’]ll)\s+(?:grow|expand|cut|trim|shrink|increase|reduce|raise|lift)\s+our\s+"
    r"(?:schedule|capacity|fleet|network|headcount|workforce|staff|dividend|prices|fares|buyback)\b"
    r"|\b(?:we|I)\s+take\s+delivery\b"
    r"|\bwill\s+(?:discuss|debate|consider)\b"
    r"|\bwill\s+rise\s+for\s+(?:its|the|their)\s+(?:\w+\s+)?(?:break|recess)\b"
    # A rule from a date: "new petrol cars will not be sold from 2030", "will be banned from January".
    r"|\bwill\s+(?:not\s+)?be\s+(?:sold|allowed|permitted|banned|required|licensed|registered)\s+(?:from|after)\s+"
    r"(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|next|the\s+end)"
    # A rule already in force: "the regulator already requires deorbiting within five years".
    r"|\b(?:already|currently)\s+(?:requires?|mandates?|bans?|obliges?|forbids?)\b"
)

# Odds reported in the past tense of reported speech are still odds given now: "…, adding that he saw a one-in-four
# chance that they drop below 2 million tonnes" (not "Last year he saw a one-in-four chance": no verb of saying).
REPORTED_ODDS = folded(
    r"\b(?:adding|saying|said|added|noting|noted)\s+(?:that\s+)?(?:he|she|they|it|the\s+\w+)\s+"
    r"(?:saw|put|gave|estimated)\s+(?:\w+\s+)?(?:an?\s+)?[\w-]+\s+(?:[\w-]+\s+)?(?:chance|odds|probability|likelihood)\b"
)

# A comparison with a forecast made before, after the new one: "…, more than double the 20% increase it predicted
# only last month" (what was predicted then, not a claim of its own).
RECALLED_COMPARISON = folded(
    r"^[\s,]*(?:more|less|fewer|higher|lower|well\s+(?:above|below)|above|below|up|down)\b[^.;]*\b(?:it|they|he"
    r"|she|the\s+\w+)\s+(?:had\s+)?(?:predicted|forecast|projected|expected)\b"
)

# (Round 11) A forecast whose time is "by now" was made before and is already due: "you said it would be half the
# market by now", "you'd be profitable by now", "by now prices will have peaked" (an inference about the present).
BY_NOW = folded(
    r"\b(?:would|will|['’]d|['’]ll)\b[^.;?]{0,80}?\bby\s+now\b"
    r"|\bby\s+now\b[^.;?]{0,40}?\b(?:would|will|['’]d|['’]ll)\s+have\b"
)
