"""English: the speaker's own acts in the talk or the programme itself (issue 12, fourteenth round).

"I'll make a short statement and then take questions", "I'll come back to that", "I'll be straight with you",
"you'll be back with us when the verdict is in", "next week's episode will be recorded in Leeds": what the speaker
will do next in this conversation, or the programme's own running order, is decided by them, not forecast.
"""

from __future__ import annotations

import re

from predictions.intake.folding import folded

_FIRST = r"\b(?:I|we)(?:['’]ll|\s+will|\s+shall)\s+(?:just\s+|now\s+|then\s+|briefly\s+|quickly\s+)?"
TALK_ITSELF = folded(
    rf"{_FIRST}(?:make\s+(?:a\s+|one\s+)?(?:short\s+|brief\s+|quick\s+)?(?:statement|point|remarks?|announcement)"
    r"|take\s+(?:your\s+|a\s+few\s+|some\s+|two\s+|three\s+)?questions?|come\s+(?:back|on)\s+to\s+(?:that|this|it|you)"
    r"|be\s+(?:straight|honest|frank|blunt|brief|quick|clear|candid|upfront)\s+with\s+you|keep\s+(?:it|this)\s+(?:short"
    r"|brief)|hand\s+(?:you\s+)?(?:over|back)|leave\s+it\s+there|get\s+(?:back\s+)?to\s+(?:that|this|it)"
    r"|take\s+(?:that|this)\s+(?:one|question))\b"
    # The programme's own running order: "we'll be previewing the fair next week" (not "we'll be looking at a deficit",
    # "we will be joined by millions of new users": what the speaker expects to face; a guest back: ``back_with_us``).
    r"|\bwe(?:['’]ll|\s+will)\s+be\s+(?:previewing|talking\s+to|speaking\s+to|discussing)\b"
    r"|\b(?:episode|programme|program|show|broadcast|podcast)\s+will\s+be\s+(?:recorded|broadcast|live|aired)\b"
)

# A person back on the programme: "you'll be back with us", "Sam's back with us next Tuesday", "our reporter will be
# back with us on Friday" — a pronoun, a name or the programme's own people (told by the capital, in the clause as
# written), not a state of things ("inflation will be back with us by next spring", "the frost is back with us").
_BACK_WITH_US = re.compile(
    r"(?:\b(?i:you|he|she|they)|(?<![\w'’-])(?P<name>[A-Z][\w'’-]*[a-z])|\b(?i:our|my|the|your)\s+(?:[\w-]+\s+)?"
    r"(?i:reporters?|correspondents?|guests?|panel|panellists|presenters?|hosts?|editors?|colleagues?|team|experts?))"
    r"(?i:['’]ll\s+be|\s+will\s+be|['’]s|\s+is|\s+are)\s+(?i:back\s+with\s+us)\b"
)
# What comes back that is no person, a name's look at the start of a sentence: "Inflation", "Winter", "Austerity".
_THING = re.compile(
    r"[\w'’-]*(?:tion|sion|ity|ism|ness|ment|ance|ence|ing)|winter|summer|spring|autumn|snow|rain|frost|ice|fog|heat"
    r"|drought|flu|covid|growth|austerity|recession|unemployment|demand|volatility|it|this|that|there|everything",
    re.IGNORECASE,
)
# A belief or a hedge in the clause makes the return a forecast: "I think he'll be back with us next season".
_UNSURE = folded(
    r"\b(?:I|we)\s+(?:think|believe|expect|suspect|reckon|guess|fear|hope|doubt)\b|\b(?:probably|likely|unlikely"
    r"|hopefully|perhaps|maybe|possibly|surely|certainly|should|could|might|may)\b|\bI['’]m\s+(?:sure|confident)\b"
)


def back_with_us(written: str) -> bool:
    """The clause, as written, brings a person back on the programme, and nobody is unsure of it."""
    match = _BACK_WITH_US.search(written)
    if match is None or _UNSURE.search(written.lower()):
        return False
    return match.group("name") is None or not _THING.fullmatch(match.group("name"))
