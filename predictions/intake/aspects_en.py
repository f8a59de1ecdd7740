"""English predicates whose meaning reaches into the future (tenth round): a claim that what goes on now is not done.

"The slump isn't over", "the decline is far from over", "the pattern is here to stay", "prices have further to fall",
"there's a lot more to come", "that trade's not coming back": no modal and no date, yet each says what is still to
happen — the end of a run not yet come, more of it ahead. ``markers_en`` counts them as markers of the future.
(Not "the worst is over" nor "the match is over": said without a negation, "over" reports what has ended.)

Round 12 adds what is nearly over ("the squeeze is all but over"), what is on its way or stays ("a carbon tax is
coming", "cash isn't going away"), and a turn already reached when the speaker hedges or believes it ("I think the
worst is behind us", "prices have probably peaked": what is still to come is no worse, no higher).
"""

from __future__ import annotations

from predictions.intake import forms_en
from predictions.intake.folding import folded

_words = folded  # searched in a clause's folded text (see ``folding``)

_BE = r"(?:is|are|['’]s|['’]re|was|were|remains?|looks?|seems?)"
_NOT = r"(?:\s+not|n['’]t)"
_MOTION = r"(?:go|fall|drop|slide|run|rise|climb|grow|come|recover|travel|sink|decline)"
CONTINUES_ON = _words(
    # The end of a run denied: "isn't over", "is far from over", "is not yet over", "nowhere near over".
    rf"\b{_BE}(?:{_NOT}(?:\s+(?:yet|quite))?|\s+(?:far\s+from|nowhere\s+near|a\s+long\s+way\s+from))\s+over\b"
    rf"(?!\s+(?:the|a|an|\d))"
    # What stays: "is here to stay".
    rf"|\b{_BE}\s+here\s+to\s+stay\b"
    # More of the run ahead: "have further to fall", "has a long way to go", "has more room to run".
    rf"|\b(?:has|have|['’]s|['’]ve)\s+(?:got\s+)?(?:(?:much|a\s+lot|a\s+bit|some|a\s+little)\s+)?(?:further|farther"
    rf"|a\s+(?:long\s+)?way|more\s+room|room|more)\s+to\s+{_MOTION}\b"
    # "There's a lot more to come", "the worst is yet to come".
    rf"|\b(?:there{_BE}|there\s+is)\s+(?:(?:a\s+lot|lots|plenty|much|far|a\s+great\s+deal)\s+)?(?:more|worse)\s+to\s+come\b"
    rf"|\b{_BE}\s+(?:still\s+)?yet\s+to\s+come\b"
    # What is gone for good: "it's not coming back", "that trade is never coming back" (not "we're not going back",
    # a decision).
    rf"|(?<!\bwe)(?<!\bi)\b{_BE}(?:{_NOT}|\s+never)\s+(?:ever\s+)?(?:going|coming)\s+back\b"
)
# (Round 12) Not ended yet but about to be: "the worst is nearly over", "the squeeze is all but over"; what stays,
# said the other way: "cash isn't going away", "oil is not going anywhere" (not "we're not going anywhere", a
# decision). Searched only in a clause that says "over" or "going" (``on_its_way``): look-behinds are dear.
_ABOUT_TO_END_OR_STAY = _words(
    r"\b(?:is|are|['’]s|['’]re)\s+(?:nearly|almost|all\s+but|just\s+about|close\s+to\s+being|practically)\s+over\b"
    r"(?!\s+(?:the|a|an|\d))"
    rf"|(?<!\bwe)(?<!\bi)\b{_BE}(?:{_NOT}|\s+never)\s+going\s+(?:away|anywhere)\b"
)
# (Round 12) What is on its way, said whole: "a carbon tax is coming", "the sodium battery is coming," (not a person's
# visit, "she is coming", nor what follows, "is coming to town", "is coming down"). Searched only in a clause that
# says "coming" (``on_its_way``): its look-behinds are dear at every position.
_COMING = _words(
    r"(?<!\bwe)(?<!\bi)(?<!\bhe)(?<!\bshe)(?<!\bthey)(?<!\byou)(?<!\bwho)(?<!\bwhat)"
    r"(?:\s+(?:is|are)|['’]s|['’]re)\s+(?:(?:definitely|surely|certainly|finally|really|still|clearly)\s+)?coming"
    r"(?=\s*(?:[.,;:!'\"’”)]|[-–—]\s|$))"
)
# (Round 12) A turn already reached, which says what is still to come — no worse, no higher: "I think the worst is
# behind us", "prices have probably peaked", "we believe rents have bottomed out". Only hedged or believed: said
# flatly, "the worst is over" and "inflation has peaked" report what has happened.
_TURNED = _words(
    r"\bworst\b(?:\s+\S+){0,6}?\s+(?:is|are|['’]s)\s+(?:now\s+|already\s+|probably\s+|likely\s+)?(?:over|behind\s+us"
    r"|past)\b"
    r"|\b(?:has|have|had|['’]s|['’]ve|['’]d)\s+(?:now\s+|already\s+|probably\s+|likely\s+|almost\s+certainly\s+"
    r"|most\s+likely\s+)?(?:peaked|bottomed(?:\s+out)?|topped\s+out|turned\s+the\s+corner|passed\s+(?:its|their|the)"
    r"\s+(?:peak|worst))\b"
)
_HEDGED = _words(r"\b(?:probably|likely|almost\s+certainly|surely|presumably)\b")


def on_its_way(text: str) -> bool:
    """ "A carbon tax is coming", "the slump is nearly over", "cash isn't going away" (``_COMING``,
    ``_ABOUT_TO_END_OR_STAY``); ``text`` folded."""
    return ("coming" in text and _COMING.search(text) is not None) or (
        ("over" in text or "going" in text) and _ABOUT_TO_END_OR_STAY.search(text) is not None
    )


_TURNING_WORDS = ("worst", "peak", "bottom", "topped", "corner")


def turned(text: str) -> bool:
    """A turn already reached, under the speaker's belief or a hedge (see ``_TURNED``); ``text`` folded."""
    return (
        any(word in text for word in _TURNING_WORDS)
        and _TURNED.search(text) is not None
        and (forms_en.BELIEF.search(text) is not None or _HEDGED.search(text) is not None)
    )


# A time still to come, named as such: "by 2027", "before the end of next year", "next season", "in 2031".
_AHEAD = (
    r"\b(?:by|before|in|until|from)\s+(?:the\s+(?:end|middle|start|spring|summer|autumn|fall|winter)\s+of\s+)?"
    r"(?:20[2-9]\d|next\s+(?:year|month|week|season|summer|winter|spring|autumn|decade|quarter))\b"
    r"|\bnext\s+(?:year|season|summer|winter|spring|autumn|decade|quarter)\b"
    # (Round 17) "Ever" with the passive present of a one-off act ("I don't think a new runway is ever approved"): a
    # time still to come (not of a rule or a bill in general, "the rule is ever enforced", "a bill like this is ever
    # passed", which is a habit: review of round 17).
    r"|(?<!like this )(?<!like that )\b(?:is|are)\s+ever\s+(?:approved|built|finished|completed|repealed|reversed"
    r"|repaid|passed|signed|ratified|adopted|sold|reopened|opened|closed|restored|replaced|rebuilt|fixed|solved"
    r"|resolved|recovered|found)\b"
)
# (Round 17) A season's deadline: "pricing is rational again by the summer" — but not a season's habit, "the pool is
# usually busy by the summer", "the exam results are published by the summer" (review of round 17).
_SEASON = r"\bby\s+the\s+(?:spring|summer|autumn|fall|winter)\b"
_SEASON_HABIT = (
    r"\b(?:usually|normally|typically|generally|always|often|most\s+years|every\s+(?:year|spring|summer|autumn|winter)"
    r"|each\s+year|busy|full|packed|crowded|frozen|booked|published|quiet|empty)\b"
)
_PAST = r"\b(?:was|were|had|did|went|came|got|made|took|said|used\s+to)\b"
# (Round 10) The present tense under the speaker's belief, of a time still to come, is a forecast whatever its verb:
# "I do think one of the streamers commits to a full slate by 2027", "we believe the line carries its first passengers
# in 2028" (not "I think we did well last year", nor a belief without a time ahead: "I think he lives in Leeds").
BELIEVED_AHEAD = _words(rf"^(?!.*{_PAST})(?=.*(?:{_AHEAD})).*$|^(?!.*{_PAST})(?!.*{_SEASON_HABIT})(?=.*{_SEASON}).*$")
