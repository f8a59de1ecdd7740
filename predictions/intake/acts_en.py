"""English acts one decides, said with a future marker (issue 12, ninth round): a plan, not a forecast.

"We will freeze the fuel duty", "I won't let you down", "said the company would fly a second lander in 2027": what the
speaker, or a body said of itself, will do is decided, whatever the verb — unless the verb is an outcome or a state
nobody decides ("we'll win", "we will be short": ``forms_en.OUTCOME_OR_STATE``), a figure it comes to ("we'll open
north of $100 million"), or a belief, an expectation or a hedge stands over it. ``lookalikes_en`` names such a clause
a schedule.
"""

from __future__ import annotations

import re

from predictions.intake import forms_en
from predictions.intake.folding import fold, folded

_words = folded  # searched in the folded clause (see ``folding``)

# What the books show is an outcome, not an act: "we'll show a small surplus", "we will post a record profit", "we'll
# do better than $3.8 billion"; so is a shortfall: "we'll recruit barely half the staff we need".
BOOKS = (
    r"(?!\s+(?:an?\s+|another\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:profits?|surplus|loss(?:es)?|deficit|growth|margins?"
    r"|revenues?|earnings)\b|\s+(?:much\s+|a\s+lot\s+|far\s+)?(?:better|worse)\s+than\b"
    r"|\s+(?:barely|hardly|scarcely|at\s+most|no\s+more\s+than|fewer\s+than|less\s+than|nowhere\s+near|not\s+even)\b)"
)
SOMEONE_EXPECTS = _words(
    r"\b(?:expects?|expected|predicts?|predicted|forecasts?|thinks?|believes?|reckons?|bets?|likely|probably|sees)\b"
)
# (A figure the act comes to is an outcome: "we'll open north of $100 million".)
_FIGURE = (
    r"(?!\s+(?:(?:north|south|upwards|in\s+excess)\s+of\b|(?:(?:above|below|over|under|around|about|at)\s+)?[$£€¥]))"
)
# (Round 10) A denial in the progressive is an act refused: "we will not be raising GST", "we won't be doing any large
# acquisition" (its verb is the one after "be"; "we'll be hiring …" is left to the schedules, "we will not be
# promoted" is a passive outcome).
_NOT_BE = r"(?:(?<=not\s)be\s+(?=[a-z]{2,}ing\b)|(?<=n['’]t\s)be\s+(?=[a-z]{2,}ing\b))?"
_ADVERB = r"(?:also\s+|not\s+|then\s+|now\s+|soon\s+|never\s+|again\s+|still\s+)?"
OWN_ACT = _words(
    # (Round 12: also "our cooperative will open …", the speaker's own body by its kind.)
    # (Also "this union will not stand by", "this government will …": a speech's own body, pointed at.)
    r"(?:^|[^\w'’])(?:we|I|(?:our|this)\s+(?:[\w-]+\s+)?(?:company|cooperative|co-op|firm|group|council|team|club|school"
    r"|business|charity|hospital|trust|board|union|department|college|university|authority|agency|government"
    r"|administration|party))(?:\s+will|['’]ll|\s+won['’]t|\s+will\s+not|\s+shall"
    rf"|(?:\s+are|['’]re|\s+am|['’]m)\s+(?:not\s+)?going\s+to)\s+{_ADVERB}{_NOT_BE}(?P<verb>[a-z]+)\b{BOOKS}{_FIGURE}"
)
# A body said of itself (by its people): "Lindahl said the company would fly …", "said the school would merge …".
_SELF = (
    r"company|firm|group|club|school|university|hospital|trust|council|airline|carrier|operator|retailer|chain|lender"
    r"|insurer|museum|mission|team|agency|authority|board|brewer|bank|publisher|union"
)
BODY_ACT = _words(
    rf"\b(?:said|says|added|told\s+\S+)\s+(?:that\s+)?(?:the|its)\s+(?:{_SELF})\s+(?:would|will)\s+(?:not\s+)?{_ADVERB}"
    rf"(?P<verb>[a-z]+)\b{BOOKS}{_FIGURE}"
)
# (Round 14) Hiring relayed of one named party ("Ito said Kessler Foods would hire about 300 more", "said the lab would
# recruit 40 technicians"): hiring is a plan, as the README has it, whoever the employer (not "firms will hire fewer
# graduates", a claim about many employers).
HIRES = _words(
    r"\b(?:said|says|added|told\s+\S+)\s+(?:that\s+)?(?:the\s+|its\s+)?"
    r"(?!(?:firms|companies|employers|businesses|industry|sector|many|most|some|few|other|others|they|we|he|she"
    r"|retailers|manufacturers|builders|farmers|hospitals|schools|councils|banks|shops|restaurants)\b)"
    r"[\w&'’-]+(?:\s+[\w&'’-]+){0,2}?\s+(?:would|will)\s+(?:also\s+)?(?P<verb>hire|recruit)\b"
)
# (Round 14) The whole subject names one employer: a name ("Brantwood Dairies", "the Royal Mint"), "it", or one body
# by its noun ("the observatory") — not "the tech sector", "US employers", "the new rules" (many employers, or none).
_HIRING_SUBJECT = re.compile(
    r"\b(?i:said|says|added|told\s+\S+)\s+(?i:that\s+)?(?P<subject>[^,;:]{1,60}?)\s+(?i:would|will)\s+(?i:also\s+)?"
    r"(?i:hire|recruit)\b"
)
_A_NAME = re.compile(r"(?:[Tt]he\s+|[Ii]ts\s+)?[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|&|of|and|for))*")
_ONE_BODY = re.compile(r"(?i:the|its|this|that)\s+(?P<noun>[a-z][\w-]*)")
_MANY_OR_NONE = re.compile(
    r"[\w-]*(?<![su])s|sector|industry|economy|market|trade|region|country|nation|law|rule|policy|scheme|programme"
    r"|program|reform|bill|measure|deal|package|plan|initiative|change|tax|levy|subsidy|boom|recovery|expansion"
)


def _one_employer(written: str) -> bool:
    """ "said Wexcombe would hire 600", "said it would recruit 40": the hiring of one named party (as written)."""
    match = _HIRING_SUBJECT.search(written)
    if match is None:
        return False
    subject = match.group("subject")
    one = _ONE_BODY.fullmatch(subject)
    return (
        subject.lower() == "it"
        or _A_NAME.fullmatch(subject) is not None
        or (one is not None and not _MANY_OR_NONE.fullmatch(one.group("noun")))
    )


# What a body decides about itself: its jobs, sites, prices, ballots, consultations (not "rates will slide").
_DECIDED = (
    r"cut|close|shut|open|raise|lower|freeze|hire|shed|axe|build|launch|invest|spend|sell|buy|move|merge|suspend|scrap"
    r"|end|stop|ballot|introduce|reduce|expand|pay|offer|list|start|begin|resume|appoint|consult|relocate|restructure"
)
# (Round 12) A body's act said by the body itself, its name first and its kind after: "Northfield Motors will cut
# 1,200 jobs by the end of the year, the company said", "Harcourt & Lyle will raise its prices by 9% in April, the
# company said in a statement".
_SELF_SAID = _words(
    r"^[\s\W]*(?:[\w&'’.-]+\s+){1,4}?(?:will|would)\s+(?:not\s+)?(?:also\s+|now\s+)?"
    rf"(?P<verb>{_DECIDED})\b{BOOKS}{_FIGURE}[^;]*?,\s+"
    rf"(?:the|its)\s+(?:{_SELF}|cooperative|co-op)\s+(?:said|says|announced|confirmed|added)\b"
)
# (Round 12) What customers decide, counted roughly: "we'll carry about 31 million passengers", "we're going to sell
# more than two million phones" — a volume met, an outcome, not an act (not "we'll hire about 200", an act with a
# count).
VOLUME = _words(
    r"\b(?:sell|carry|ship|serve|fly|welcome|attract|draw|handle|sign\s+up|book)\s+(?:\w+\s+){0,2}?(?:about|around"
    r"|roughly|some|nearly|almost|more\s+than|over|upwards\s+of|close\s+to|at\s+least|well\s+over|north\s+of"
    r"|in\s+excess\s+of|fewer\s+than|less\s+than|between)\s+(?:[\d$£€¥]|(?:one|two|three|four|five|six|seven|eight"
    r"|nine|ten|twenty|fifty|a|half\s+a)\s+(?:million|billion|thousand|hundred))"
)
_ANY_FUTURE = _words(r"\bwill\b|['’]ll\b|\bwon['’]t\b|\bshall\b|\bgoing\s+to\b|\bwould\b|['’]d\b")
_HEDGED = _words(r"\b(?:probably|likely|possibly|perhaps|maybe|surely|definitely|certainly|almost|might|could|may)\b")


def own_act(text: str, written: str) -> bool:
    """The clause (folded, and ``written``) states what the speaker, or a body said of itself, will do: see the
    module's docstring. Said with the only future marker of the clause."""
    hires = HIRES.search(text) if _one_employer(written) else None
    act = OWN_ACT.search(text) or BODY_ACT.search(text) or hires
    return (
        act is not None
        and not VOLUME.search(text)
        and not forms_en.OUTCOME_OR_STATE.fullmatch(act.group("verb"))
        and len(_ANY_FUTURE.findall(text)) == 1
        and not forms_en.BELIEF.search(text)
        and not SOMEONE_EXPECTS.search(text)
        and not _HEDGED.search(text)
    )


def said_by_itself(quote: str) -> bool:
    """The candidate's quote (as written) is a body's own act followed by the body saying so (``_SELF_SAID``)."""
    text = fold(quote)
    act = _SELF_SAID.search(text)
    return (
        act is not None
        and not VOLUME.search(text)
        and len(_ANY_FUTURE.findall(text)) == 1
        and not SOMEONE_EXPECTS.search(text)
        and not _HEDGED.search(text)
    )
