"""English: a body's own plan said with "expects to" (issue 12, fifteenth round).

"Brenholt Pharma said it expects to hire 300 scientists next year", "we expect to open twelve branches in 2026", "the
airline said it expects to take delivery of two jets in March": what the body itself will do — hire, open, take
delivery of what it ordered, launch, build — is its plan (or a schedule relayed from its supplier), and confidence
does not turn a plan into a forecast (the README's "plans and schedules"). Not "it expects to sell 2 million cars" or
"expects to return to profit" (outcomes others decide), nor "expects rivals to hire" (someone else's act), nor an act
that comes to a figure ("expects to open north of $100 million", a box office).
"""

from __future__ import annotations

from predictions.intake.folding import folded

# Said of itself: "said it expects to", "we expect to" (a body named in the third person, "the group expects to open
# 40 stores", is left to the older rules, which read it as the writer's report of an outlook).
_SELF = r"(?:(?:said|says|added|told\s+\S+)\s+(?:that\s+)?it|we|I)"
_ACT = (
    r"hire|recruit|take\s+delivery|open|launch|build|start\s+(?:construction|building|work|production|hiring)"
    r"|begin\s+(?:construction|building|work|production|hiring)|break\s+ground|relocate|move\s+(?:its|our|the)\s+head"
    r"|close\s+(?:\w+\s+)?(?:stores|branches|plants|sites|factories|offices|outlets)|add\s+(?:\w+\s+){0,2}?(?:jobs|staff"
    r"|workers|employees|stores|branches|routes|flights)|cut\s+(?:\w+\s+){0,2}?(?:jobs|staff|roles|posts)"
)
OWN_PLAN = folded(
    rf"(?:^|[^\w'’]){_SELF}\s+(?:now\s+|also\s+|still\s+)?(?:expects?|expected|anticipates?|anticipated)\s+to\s+"
    rf"(?:{_ACT})\b"
    r"(?![^.;]*\b(?:north|south|upwards|in\s+excess)\s+of\b)"
)
