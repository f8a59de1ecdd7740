"""English predicates whose meaning reaches into the future (tenth round): a claim that what goes on now is not done.

"The slump isn't over", "the decline is far from over", "the pattern is here to stay", "prices have further to fall",
"there's a lot more to come", "that trade's not coming back": no modal and no date, yet each says what is still to
happen — the end of a run not yet come, more of it ahead. ``markers_en`` counts them as markers of the future.
(Not "the worst is over" nor "the match is over": said without a negation, "over" reports what has ended.)
"""

from __future__ import annotations

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

# A time still to come, named as such: "by 2027", "before the end of next year", "next season", "in 2031".
_AHEAD = (
    r"\b(?:by|before|in|until|from)\s+(?:the\s+(?:end|middle|start|spring|summer|autumn|fall|winter)\s+of\s+)?"
    r"(?:20[2-9]\d|next\s+(?:year|month|week|season|summer|winter|spring|autumn|decade|quarter))\b"
    r"|\bnext\s+(?:year|season|summer|winter|spring|autumn|decade|quarter)\b"
)
_PAST = r"\b(?:was|were|had|did|went|came|got|made|took|said|used\s+to)\b"
# (Round 10) The present tense under the speaker's belief, of a time still to come, is a forecast whatever its verb:
# "I do think one of the streamers commits to a full slate by 2027", "we believe the line carries its first passengers
# in 2028" (not "I think we did well last year", nor a belief without a time ahead: "I think he lives in Leeds").
BELIEVED_AHEAD = _words(rf"^(?!.*{_PAST})(?=.*(?:{_AHEAD})).*$")
