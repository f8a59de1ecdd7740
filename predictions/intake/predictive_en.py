"""English (round 13): the predictive present of any verb of event, under the speaker's belief.

``forms_en`` reads the present simple as a forecast only for a list of verbs of outcome (win, fall, rise …): a list
never holds every verb a writer picks ("I think the novel outlives us all", "my read is the bounce comes late",
"I'm confident that turns around"). Under a belief frame the grammar says more than the list: a clause whose subject
is followed by a verb in the present simple speaks of what will happen — unless the verb names a state or a
habit, which the present describes as it is now ("I think he lives in Leeds", "I believe the data shows …", "I think
that makes sense"). So the rule is the form (subject, then a present verb) less a closed class of stative verbs,
not a list of events; a past tense ("I think we did well") or an auxiliary after the subject ("I think costs are
too high") is no predictive present either.
"""

from __future__ import annotations

import dataclasses
import datetime
import re

from predictions.intake.folding import fold
from predictions.intake.horizons import Horizon
from predictions.intake.markers import ClauseReading


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Verbs of state, saying and habit (base and third person): the present describes what is, not what comes.
_STATIVE = _set(
    """
    be is are am was were been has have had do does did know knows mean means seem seems look looks sound sounds
    feel feels need needs want wants like likes love loves hate hates prefer prefers matter matters depend depends
    believe believes think thinks understand understands remember remembers belong belongs own owns contain contains
    consist consists include includes involve involves deserve deserves reflect reflects show shows suggest suggests
    indicate indicates explain explains say says tell tells make makes live lives work works exist exists cost costs
    represent represents require requires lack lacks apply applies fit fits agree agrees count counts help helps
    hope hopes wish wishes expect expects guess guesses see sees hear hears care cares mind minds recall recalls
    appear appears seem seems rely relies play plays run runs go goes come comes get gets try tries deal deals
    speak speaks talk talks point points argue argues worry worries
    """
) - {"go", "goes", "come", "comes", "get", "gets"}  # events when they are the claim: "the bounce comes"
# Irregular past forms, which a bare verb after "we" or "they" may be ("I think we saw the worst").
_IRREGULAR_PAST = _set(
    """
    saw made got went came took said knew thought felt found gave left lost won put set cut let held kept ran sold
    bought brought built paid met led fell rose grew began became spent sent told understood stood heard meant chose
    drove wrote spoke broke forgot hit beat struck fought caught taught sought
    """
)
# Words that are not a verb where one is looked for: auxiliaries, modals, negations, determiners, conjunctions.
_NOT_A_VERB = _set(
    """
    will would can could should may might must shall won't wouldn't can't couldn't shouldn't don't doesn't didn't
    isn't aren't wasn't weren't not no never the a an this that these those its their our my your his her of to in on
    at by for with from and or but as than so if when because also all both just only even ever still always really
    within before after until over under through into about around per since during between across against without
    behind one two three four five six seven eight nine ten
    """
)
_PLAIN_SUBJECTS = frozenset({"we", "they", "i", "you"})
_SINGLE_SUBJECTS = frozenset({"it", "he", "she", "this", "that", "one", "everyone", "nobody", "someone", "something"})
_ADVERB = re.compile(r"(?:\w+ly|still|only|even|ever|never|just|also|all|both|soon|eventually|finally|then)$")
_DETERMINER = _set("the a an this that these those its their our my your his")
# What a belief frame leaves before its clause: "is" ("my read is …"), "says" ("my gut says …"), "that", a colon
# (matched at a position, so no "^").
_LEAD = re.compile(r"[\s,:;—–“‘\"'-]*(?:(?:and|but|so)\s+)?(?:(?:is|says|tells\s+me)\s+)?(?:that\s+(?=\S+\s+\S))?")
_WORD = re.compile(r"[a-z][a-z'’-]*")


# (Round 17) "run" is a habit ("the firm runs ten stores") but "runs out", "runs dry", "runs short" an event.
_RUNS_OUT = re.compile(r"runs?\s+(?:out|dry|short|low)\b")


def _present_verb(word: str, *, bare: bool, then: str = "") -> bool:
    if word in ("run", "runs") and _RUNS_OUT.match(f"{word} {then}"):
        return not bare or word == "run"
    if word in _STATIVE or word in _NOT_A_VERB or "'" in word or "’" in word:
        return False
    if bare:  # after "we" / "they": the base form, not a past or a participle
        return word not in _IRREGULAR_PAST and not word.endswith(("ed", "ing"))
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


_OPENS_A_SUBJECT = _DETERMINER | {"some", "most", "every", "each", "any", "no", "both", "all"}


def event_present(folded_text: str, written: str, start: int = 0, *, after_belief: bool = True) -> bool:
    """A subject then a verb of event in the present simple, right at ``start`` of ``folded_text`` (``written``: the
    same text as written): after a belief frame in the same clause (``after_belief``: "I think the novel outlives
    us", "we absorb most of it"), or at the head of a clause that a belief before it frames — where the subject must
    open as one (a determiner, a pronoun, a capital: "Our view: the bounce comes"), not a verb going on from the
    clause before ("… and gets five times the data")."""
    lead = _LEAD.match(folded_text, start)
    offset = lead.end() if lead else start
    if lead and lead.group(0).rstrip().endswith("that"):
        # "that" may be the subject itself ("I'm confident that turns around"), not the word that opens the clause.
        that = lead.group(0).rstrip()
        if _parse(folded_text, written, lead.start() + len(that) - 4, after_belief=after_belief):
            return True
    return _parse(folded_text, written, offset, after_belief=after_belief)


# A year as the subject of what it brings: "If I had to bet, 2027 ends with a surplus", "2026 brings the first cut".
_YEAR = re.compile(r"(?:19|20)\d\d\s+(?=[a-z])")


def _parse(folded_text: str, written: str, offset: int, *, after_belief: bool) -> bool:
    found = [(m.group(0), m.start() + offset) for m in _WORD.finditer(folded_text[offset : offset + 80])]
    words = [word for word, _ in found]
    if _YEAR.match(folded_text, offset) and words:
        then = words[1] if len(words) > 1 else ""
        return _present_verb(words[0], bare=False, then=then) and _not_an_auxiliary(words)
    if len(words) < 2:
        return False
    if words[0] in _PLAIN_SUBJECTS or words[0] in _SINGLE_SUBJECTS:
        rest = words[1:]
        while rest and _ADVERB.match(rest[0]):
            rest = rest[1:]
        then = rest[1] if len(rest) > 1 else ""
        return (
            bool(rest)
            and _present_verb(rest[0], bare=words[0] in _PLAIN_SUBJECTS, then=then)
            and _not_an_auxiliary(rest)
        )
    if words[0] in _NOT_A_VERB - _DETERMINER:
        return False  # "in real terms", "not customers": no subject
    if not after_belief and not (words[0] in _OPENS_A_SUBJECT or written[found[0][1] : found[0][1] + 1].isupper()):
        return False
    # A noun phrase of up to four words, then the first word in -s after its first content word, as written in lower
    # case (a name is no verb: "Tom Reyes").
    content = next((i for i, word in enumerate(words[:3]) if word not in _OPENS_A_SUBJECT), None)
    if content is None:
        return False
    for index in range(content + 1, min(len(words), content + 4)):
        word = words[index]
        if _ADVERB.match(word):
            continue
        then = words[index + 1] if index + 1 < len(words) else ""
        if _present_verb(word, bare=False, then=then) and written[found[index][1]].islower():
            return _not_an_auxiliary(words[index:])
        if word in _NOT_A_VERB or word in _STATIVE or word in _IRREGULAR_PAST or word.endswith("ed"):
            return False  # the verb is another: "the risk is in …", "Ilford told reporters", "the plan failed"
    return False


def _not_an_auxiliary(rest: list[str]) -> bool:
    """The verb found is the verb: the word after it (past any adverb) is no other verb or auxiliary — "sales volumes
    are", "most readers already know" have theirs after the plural noun; nor is it "get to" a place ("I think we get
    to the station by bus": how, not what will happen)."""
    after = rest[1:]
    while after and _ADVERB.match(after[0]):
        after = after[1:]
    if not after:
        return True
    other_verb = after[0] in _STATIVE or after[0] in _IRREGULAR_PAST or after[0].endswith("ed")
    auxiliary = after[0] in ("will", "would", "can", "could", "should", "may", "might", "must")
    return not (other_verb or auxiliary) and not (rest[0] in ("get", "gets") and after[0] == "to")


# A stretch of time that starts now and runs ahead: "from here", "for at least another four years", "for the rest of
# the decade", "for decades to come". The present of an outcome over it can only be a forecast ("the cohort shrinks
# for another four years", "from here it only goes down"); a date alone may be a timetable ("the museum opens in
# March").
_STRETCH_AHEAD = re.compile(
    r"\bfrom\s+here(?:\s+on)?\b|\bfor\s+the\s+rest\s+of\s+(?:the|this)\s+(?:decade|year|century|season)\b"
    r"|\bfor\s+(?:at\s+least\s+)?another\s+(?:\w+\s+)?(?:years?|months?|decades?|seasons?)\b"
    r"|\bfor\s+(?:years|decades)\s+to\s+come\b"
)
# A hedge right before a verb in the present: "it probably comes in 2029", "the index likely ends the year higher" —
# the speaker's judgement of what will happen, as "will probably" is.
# ("likely" only after a subject pronoun: "likely voters" is an adjective and its noun.)
_HEDGE_THEN_VERB = re.compile(
    r"\b(?:probably|almost\s+certainly|surely|(?<=\bit\s)likely|(?<=\bhe\s)likely|(?<=\bshe\s)likely)\s+([a-z]+)\b"
)
# A figure of the claim, not a date: a quantity with its unit, a price, or a level crossed ("crosses 1.5 degrees",
# "cross below", "is 3.25 per cent"); not "on July 1", "in March 2027".
_FIGURE = re.compile(
    r"[$£€¥]\s?\d|\d[\d.,]*\s*(?:%|per\s*cent|percent|million|billion|bn\b|degrees?|points?|times\b|basis\s+points)"
    r"|\b(?:below|above|double|half|higher|lower|more\s+than|less\s+than|fewer\s+than)\b"
)
_FIRST_PERSON = re.compile(r"[\s\W]*(?:(?:and|but|so)\s+)?(?:we|i|our|my|us)\b")


def looks_ahead(folded_text: str) -> bool:
    """A stretch of time ahead, or a hedge before a present verb, in ``folded_text``: what tells the predictive present
    from a timetable when a clause has no belief of its own."""
    return _STRETCH_AHEAD.search(folded_text) is not None or _hedged_present(folded_text)


# (README hedges) ... and after a plural subject, the bare verb: "prices probably fall next year", "they probably
# recover this year" (not a word that is no verb: "costs probably too high", "they probably best …").
_PLURAL_HEDGE_THEN_VERB = re.compile(
    r"\b(?:we|they|you|[a-z]*[a-rt-z]s)\s+(?:probably|almost\s+certainly)\s+([a-z]{3,})\b(?!\s+(?:to|of|than)\b)"
)
_NO_VERB = _set(
    "too very more less much well right true best worst worth fine enough already around about ahead higher bigger"
    " smaller better worse cheaper faster slower later sooner earlier"
)


# ... or first in the clause, before its subject: "Probably the toll comes off the bridge in 2028".
_LEADING_HEDGE = re.compile(r"[\s\W]*(?:(?:and|but|so)\s+)?(?:probably|almost\s+certainly|most\s+likely)\s+(?!not\b)")


def _hedged_present(folded_text: str) -> bool:
    lead = _LEADING_HEDGE.match(folded_text)
    if lead and _parse(folded_text, folded_text, lead.end(), after_belief=True):
        return True
    return any(
        _present_verb(m.group(1), bare=False) and not m.group(1).endswith("ly")
        for m in _HEDGE_THEN_VERB.finditer(folded_text)
    ) or any(
        _present_verb(m.group(1), bare=True) and m.group(1) not in _NO_VERB and not m.group(1).endswith("ly")
        for m in _PLURAL_HEDGE_THEN_VERB.finditer(folded_text)
    )


def present_of_event(written: str, *, belief_before: bool, dated_ahead: bool) -> bool:
    """The clause (``written``) is in the predictive present by its form: a subject and a present verb of event,
    framed by a belief in a clause before it, a date still to come or a stretch ahead (``looks_ahead``); or a hedge
    before a present verb."""
    text = fold(written)
    if _hedged_present(text):
        return True
    # A date ahead frames a figure of someone else's ("pack prices cross below LFP next year"); a date alone is a
    # timetable ("the pier opens next year"), and with the speaker's own subject a plan ("we connect 400 flats in
    # October").
    dated = dated_ahead and _FIGURE.search(text) is not None and not _FIRST_PERSON.match(text)
    framed = belief_before or dated or _STRETCH_AHEAD.search(text) is not None
    return framed and event_present(text, written, after_belief=False)


def reread(
    reading: ClauseReading, written: str, *, belief_before: bool, horizons: tuple[Horizon, ...], on: datetime.date
) -> ClauseReading:
    """``reading`` with its verb of outcome found by form (``present_of_event``), for a clause with none by the list
    of ``forms_en`` (``horizons``: the clause's, ``on``: the said-on date)."""
    if reading.outcome or reading.attribution or reading.reporting:
        return reading
    dated_ahead = any(h.resolve_on and h.resolve_on >= on and not h.weak for h in horizons)
    if present_of_event(written, belief_before=belief_before, dated_ahead=dated_ahead):
        return dataclasses.replace(reading, outcome=True)
    return reading


def ahead_by_itself(reading: ClauseReading, written: str) -> bool:
    """The present of an outcome that needs no other frame: over a stretch ahead, or hedged."""
    return reading.outcome and not (reading.excluded or reading.attribution) and looks_ahead(fold(written))


# A denial is no timetable: "prices are not coming down this decade" (a timetable states what is set to happen).
_DENIED = re.compile(r"\b(?:not|never)\b|n['’]t\b")


def unlike_a_timetable(written: str) -> bool:
    """What a timetable in the present ("the pier opens next year") does not say: a denial, a stretch ahead, a hedge."""
    text = fold(written)
    return _DENIED.search(text) is not None or looks_ahead(text)
