"""English: a second conjunct that goes on with the claim before it rather than stating one of its own (issue 12,
ninth round). ``grouping`` asks these when a clause opens with "and".

- No subject of its own: "…, and then hire more again", "…, and I think comfortably so", "… and should be visible" —
  the subject, the verb or the whole claim is understood from the conjunct before.
- A discourse adverb set off by commas ("Their base case, though, is that …") is a parenthesis: ``grouping`` keeps
  the claim around it whole.
- (Round 10) A clause that is only the speaker's frame ("I'd bet that within ten years,", "I'd wager,") has not yet
  stated its claim: the clause after it is that claim, not a second one.
- (Round 17) ", when …" right after a date describes that date, and the speaker's regret (", and I'm sorry to say it")
  finishes the claim before it: neither starts a claim of its own.
- The same claim said again with emphasis: "We will win this election, and we will win it outright" — the verb
  repeated with "it" for its object, or (round 12) with only a manner ("we will win, and we will win well").
"""

from __future__ import annotations

import re

from predictions.intake.clauses import Clause, Document

# After "and then" / "and also", a word that is no subject: the verb of an understood subject ("and then hire more").
# A pro-form for the whole claim: "and comfortably so", "and I think comfortably so".
SUBJECTLESS = re.compile(
    r"^[\s“‘\"']*and\s+(?:then|also|later|eventually|after\s+that)\s+"
    r"(?!(?:the|a|an|it|its|they|their|we|our|I|my|he|his|she|her|you|your|there|this|that|these|those|some|most"
    r"|many|all|no|every|each|prices?|[A-Z]\w*)\b)[a-z]+(?<!s)\b"
    r"|^[\s“‘\"']*and\s+(?:I\s+(?:think|suspect|reckon|believe)\s+)?(?:\w+ly\s+)?so[\s,.!”’\"']*$"
    # A modal with no subject before it: "it will come closer than the Moon and should be visible from Europe".
    r"|^[\s“‘\"']*and\s+(?:then\s+|also\s+|probably\s+|possibly\s+)?(?:should|will|would|could|may|might|can|won['’]t"
    r"|wouldn['’]t|shouldn['’]t|couldn['’]t)\s"
    # (Round 10) A gapped conjunct: the verb understood from the claim before, only its new parts said — "…, and a
    # good share of it from abroad", "…, but through the back door", "… and a 10 percent chance of a drought". No
    # verb of its own (no auxiliary, no past form), no pronoun for a subject, up to twelve words.
    r"|^[\s“‘\"']*(?:and|but)\s+(?!(?:I|we|they|he|she|it|you|there|this|that|then)\b)"
    r"(?![^.;]*(?:\b(?:will|won['’]t|would|could|may|might|can|should|must|shall|is|are|was|were|be|been|has|have"
    r"|had|do|does|did|said|says|told|went|came|got|made|took|saw|rose|fell|grew|met|won|lost|sold|paid|left|kept"
    r"|held|spent|began|ran|brought|bought|thought|knew|became|seems?|looks?)\b|['’](?:ll|s|re|d|ve)\b"
    r"|\b[a-z]{3,}ed\b))"
    r"(?:[^\s.;]+\s+){0,11}[^\s.;]+[\s.,;!?”’\"']*$"
)
# A discourse adverb set off by commas ("Their base case, though, is …"): it neither ends the claim nor starts one.
LONE_ADVERB = re.compile(
    r"[\s“‘\"']*(?:though|however|too|also|then|in\s+fact|of\s+course|meanwhile|indeed|anyway|moreover|still"
    r"|nonetheless|nevertheless|for\s+now|so\s+far|at\s+least|as\s+well|again|admittedly|frankly|honestly)"
    r"[\s,;—–-]*$",
    re.IGNORECASE,
)
_FUTURE_VERB = re.compile(r"\b(?:will|won['’]t|would|['’]ll)\s+(?:not\s+)?(?:\w+ly\s+)?([a-z]+)\b", re.IGNORECASE)


def lone_adverb(document: Document, clause: Clause) -> bool:
    """ ", though, ": a discourse adverb set off by commas (English)."""
    return document.language == "en" and LONE_ADVERB.match(document.text, *clause.span) is not None


def restates(document: Document, current: list[Clause], words: str) -> bool:
    """ "…, and we will win it outright": the verb of the claim before, said again of "it"."""
    if document.language != "en" or not re.match(r"[\s“‘\"']*and\b", words, re.IGNORECASE):
        return False
    before = _FUTURE_VERB.search(document.text, current[0].span[0], current[-1].span[1])
    again = _FUTURE_VERB.search(words)
    return (
        before is not None
        and again is not None
        and before.group(1).lower() == again.group(1).lower()
        # (Round 12: or with only a manner, "we will win, and we will win well".)
        and re.search(
            rf"\b{re.escape(again.group(1))}(?:\s+(?:it|that|this|well|big|easily|again|outright|\w+ly)\b|\W*$)",
            words,
            re.IGNORECASE,
        )
        is not None
    )


# (Round 10) The speaker's bet or belief, with at most a time for the claim, and nothing else: "I'd bet that within ten
# years, …", "…, I'd wager, …", "We think that by 2030, …".
_FRAME_ONLY = re.compile(
    r"^[\s“‘\"'(—–-]*(?:(?:and|but|so)\s+)?(?:I|we)(?:['’]d|\s+would)?\s+(?:\w+ly\s+)?(?:bet|wager|guess|say|think"
    r"|reckon|suspect|expect|believe|fear)(?:\s+that)?(?:\s+(?:within|by|in|before|over|during)\s+[^,;:.!?]{1,40})?"
    r"\s*[,:—–]\s*$"
    # (README hedges) The speaker's named view before a colon: "Our base case: prices rise", "Here's my bet: …".
    r"|^[\s“‘\"'(—–-]*(?:(?:and|but|so)\s+)?(?:here['’]s\s+)?(?:my|our)\s+(?:\w+\s+)?(?:base\s+case|guess|bet|call"
    r"|pick|verdict|prediction|forecast|view|take|hunch)\s*[:—–]\s*$",
    re.IGNORECASE,
)


def only_a_frame_en(words: str) -> bool:
    """ "I'd bet that within ten years,": the speaker's frame, its claim still to come (English)."""
    return _FRAME_ONLY.match(words) is not None


# (Round 17) A "when" clause right after a year or a month describes that time ("before 2028, when the under-25s become
# the core audience"): like ", which opened in 2023,", it neither ends the claim nor starts one, whatever its tense.
_AFTER_A_DATE = re.compile(
    r"(?:\b(?:19|20)\d\d|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"|\b(?:spring|summer|autumn|winter|year|decade))\s*,\s*$",
    re.IGNORECASE,
)
_WHEN = re.compile(r"[\s“‘\"']*when\s", re.IGNORECASE)


def aside(document: Document, clause: Clause) -> bool:
    """A discourse adverb set off by commas, or a "when" describing the date just named: inside the claim around it."""
    return lone_adverb(document, clause) or when_of_a_date(document, clause)


def when_of_a_date(document: Document, clause: Clause) -> bool:
    """ "…before 2028, when the under-25s …": the time just named, described (English)."""
    start = clause.span[0]
    return (
        document.language == "en"
        and _WHEN.match(document.text, start, clause.span[1]) is not None
        and _AFTER_A_DATE.search(document.text, max(0, start - 24), start) is not None
        # (Review) Not a question's ("What happens in 2027, when the subsidy ends?"): no part of a claim.
        and clause.reading.excluded != "question"
        and "?" not in document.text[start : clause.span[1] + 2]
    )


# (Round 17) The speaker's regret at the claim just made, and nothing else: "…, and I'm sorry to say it", "…, and I say
# that with no pleasure", "…, I'm afraid". It finishes that claim, as a hedge would.
REGRET = re.compile(
    r"^[\s“‘\"']*(?:and\s+|but\s+)?(?:I['’]m|I\s+am|we['’]re|we\s+are)\s+(?:very\s+|so\s+|really\s+)?(?:sorry|sad|afraid)"
    r"(?:\s+to\s+(?:say|report|tell\s+you)(?:\s+(?:it|that|so))?)?[\s.,!”’\"']*$"
    r"|^[\s“‘\"']*(?:and\s+|but\s+)?(?:I|we)\s+say\s+(?:it|that|this)\s+with\s+(?:no|little|some|great|real)\s+"
    r"(?:pleasure|regret|sadness|joy)[\s.,!”’\"']*$",
    re.IGNORECASE,
)
