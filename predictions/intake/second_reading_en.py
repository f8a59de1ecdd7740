"""English: a second reading of a sentence's candidates, with the words around them (issue 12, ninth round).

- An arrangement that starts on a date ("will cut opening hours from January", "From September, every ward will
  have …", "would merge the two groups from next term") is a timetable someone has set, not a forecast: a start
  date after "from" marks the change as decided. Not a change of level that is forecast from then ("prices will
  rise from June", "cancellations will be well under 1 percent from May"), not under a belief, a hedge or odds,
  and not a span ("from June to August") or a base ("from May's level").
- A forecast recalled, its past time put first in a clause of its own ("In 2019, after the fires, insurers predicted
  that …", "Last autumn you told me … would …"): it was not made on the said-on date.
- Someone else's forecast relayed in the speaker's own words ("The council tells us the grant will fall", "The
  club says the stand will be ready in 2027", said by a mayor or in an interview): the claim is theirs, not the
  speaker's — a reporter's "X says" is how a forecast is reported, so only words in the speaker's own voice.
- Confidence said of the claim just made ("I'm maybe 80 percent confident in that.", "I'd bet money on it.") is no
  claim of its own: in the same paragraph as that claim it joins it — its odds and hedges with it.
"""

from __future__ import annotations

import dataclasses
import datetime
import re

from predictions.intake import acts_en, forms_en
from predictions.intake.answers_en import joined_answers
from predictions.intake.candidate import Candidate
from predictions.intake.denied_plans_en import with_what_was_due
from predictions.intake.folding import fold, folded
from predictions.intake.recalled_reach_en import said_now_after_and

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_SEASON = r"(?:spring|summer|autumn|fall|winter|new\s+year|new\s+season|new\s+term|new\s+school\s+year)"
FROM_A_DATE = folded(
    r"\bfrom\s+(?:(?:early|mid|late|the\s+(?:start|beginning|middle|end)\s+of)[\s-]+)?"
    rf"(?:next\s+(?:week|month|year|season|term|{_SEASON})|(?:this|the)\s+{_SEASON}"
    rf"|{_MONTH}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+(?:19|20)\d\d)?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:\s+(?:19|20)\d\d)?"
    r"|(?:19|20)\d\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow)"
    # (A span or a base is no start: "from June to August", "from 2005 until 2024", "from May's level".)
    r"(?![\w'’-]|\s*(?:to|through|thru|until|till|and|or|-|–|levels?|figures?|highs?|lows?|peak)\b)"
)
_RECALLED_OPENING = folded(
    # (After a speaker's label: "HOST: Last autumn you told me …".)
    r"^[\s\W]*(?:[a-z][\w.'’ -]{0,30}:\s*)?"
    rf"(?:back\s+)?(?:in\s+(?:{_MONTH}\s+)?(?P<year>(?:19|20)\d\d)|last\s+(?:year|month|week|season|time|{_SEASON})"
    # (Round 13) A month alone, before a verb of forecasting in the past: "In August, the coach predicted …".
    rf"|in\s+{_MONTH}(?=,?\s+(?:\S+\s+){{0,5}}?predicted\b)"
    r"|(?:\w+\s+){1,2}(?:years?|months?|weeks?|seasons?)\s+ago|earlier\s+this\s+(?:year|month)"
    # A named month or a time gone by, cut off by its comma: "Last March, she predicted …", "At the time, the agency
    # forecast …", "Back then, I expected …".
    rf"|last\s+{_MONTH}|back\s+then|at\s+the\s+time|in\s+those\s+days)\b,?\s+"
    r"(?:(?!(?:and|but|was|were|is|are|has|had)\b)[^\s.;:]+\s+){0,6}?"
    r"(?:predicted|forecast|projected|expected|said|warned|promised|claimed|insisted|argued|told|thought|believed|wrote"
    r"|reckoned|estimated)\b"
)
# A third party's words relayed: who says it (not I, we, you) and a present or perfect verb of saying first.
_RELAYED = folded(
    r"^[\s\W]*(?:[a-z][\w.'’ -]{0,30}:\s*)?(?:and\s+|but\s+|so\s+|now\s+)?"
    r"(?!(?:what|nobody|no\s+one|they\s+won['’]t)\b)"
    # (Round 16) Not the speaker's own work: "Our modelling says car journeys will fall", "my numbers say".
    r"(?!(?:our|my)\s+(?:own\s+|latest\s+|internal\s+)?(?:modell?ing|models?|analysis|research|numbers|data|forecasts?"
    r"|projections?|estimates?|figures|calculations)\s)"
    r"(?:(?!(?:i|we|you)\b)[\w'’&-]+\s+){1,6}?"
    r"(?:says|say|tells\s+(?:us|me)|tell\s+(?:us|me)|(?:has|have)\s+(?:said|told\s+(?:us|me)|assured\s+(?:us|me)))\s"
)
_OWN_VIEW = folded(r"\b(?:i|we|my|our)\b|\bi['’]")
_STANCE = folded(r"\b(?:i|we)\s+(?:think|believe|agree|disagree|accept|doubt|suspect|reckon)\b|\bi['’]ll\s+take\b")
# The speaker's confidence in "that" / "it", and nothing else (matched as written, case ignored).
CONFIDENT_IN_IT = re.compile(
    r"^[\s“‘\"'(—–-]*(?:and\s+|but\s+)?(?:(?:I|we)(?:['’]m|['’]re|\s+am|\s+are)\s+(?:\w+\s+){0,4}?"
    r"(?:confident|sure|certain|convinced|positive)\s+(?:of|in|about|on)\s+(?:that|it|this)(?:\s+much)?"
    r"|(?:I|we)(?:['’]d|\s+would)\s+(?:bet|stake|wager|put\s+money)\s+(?:[\w'’]+\s+){0,3}?on\s+(?:it|that|this))"
    r"[\s,.!”’\"']*$",
    re.IGNORECASE,
)
# (Round 12) What the words right after a claim call it: "…; that is a decision we have taken", "… That's a promise,
# not a prediction." — the speaker's own undertaking, not a forecast.
_CALLED_A_PLEDGE = re.compile(
    r"[\s”’\"'.;,—–-]*(?:and\s+)?(?:that|this|it)(?:['’]s|\s+is)\s+(?:a|an|our|my|the)\s+(?:firm\s+|political\s+|cast-iron\s+)?"
    r"(?:promise|decision|commitment|pledge|guarantee|undertaking)\b",
    re.IGNORECASE,
)
# A change of level, forecast from a date on, and what frames a forecast.
_LEVEL = folded(
    r"\b(?:far|much|a\s+lot|slightly|significantly|considerably|even|no|a\s+bit|little)\s+\w+er\b"
    r"|\b(?:above|below|under|over|higher|lower|more|less|fewer|faster|slower|better|worse|cheaper|dearer"
    r"|rise|rises|fall|falls|grow|grows|climb|climbs|decline|declines|drop|drops|ease|eases|slow|slows|recover"
    r"|recovers|improve|improves|worsen|worsens|peak|peaks|pick\s+up|picks\s+up|increase|increases|decrease"
    r"|decreases)\b(?!\s+(?:its|their|our|his|her|the|a|an|some|all|two|three|four|five)\b)"
)
_FRAMED = folded(
    r"\b(?:expects?|expected|predicts?|predicted|forecasts?|projects?|projected|thinks?|believes?|reckons?|likely"
    r"|probably|chance|odds|bet|guess|suspect|doubts?|doubted|sure|certain|confident|convinced)\b"
)


def second_reading(text: str, candidates: list[Candidate], said_on: datetime.date) -> list[Candidate]:
    """The English candidates of a text, arrangements from a start date left out (see the module's docstring)."""
    kept: list[Candidate] = []
    for candidate in candidates:
        # The candidate with the words of its sentence before it ("From January, every team will …").
        opening = max(text.rfind(".", 0, candidate.start), text.rfind("\n", 0, candidate.start)) + 1
        if kept and kept[-1].end > opening:
            opening = kept[-1].end
        words = fold(text[opening : candidate.end])
        stops = [i for i in (text.find(".", candidate.end), text.find("\n", candidate.end)) if i >= 0]
        ended = candidate.quote.rstrip(" ”’\"'").endswith((".", "!", "?"))
        sentence = words + ("" if ended else fold(text[candidate.end : min(stops, default=len(text))]))
        # (Round 17: not a claim said now after it, "…, and the trade will shrink further by 2026".)
        recalled = _recalled(words, said_on) and not said_now_after_and(text, candidate.start, candidate.end)
        if _arranged_from_a_date(words, candidate) or recalled or _relayed(words, sentence, candidate):
            continue
        if candidate.probability is None and acts_en.said_by_itself(candidate.quote):
            continue  # (round 12) "X will cut 1,200 jobs, the company said": its own decision
        if _CALLED_A_PLEDGE.match(text, candidate.end, candidate.end + 120):
            continue  # (round 12) "…; that is a decision we have taken", "That's a promise, not a prediction."
        # (Round 17) "… was meant to open this year and it won't": the denial quoted with what was due.
        candidate = with_what_was_due(text, candidate, opening)
        if kept and CONFIDENT_IN_IT.match(candidate.quote) and "\n" not in text[kept[-1].end : candidate.start]:
            kept[-1] = _with_confidence(text, kept[-1], candidate)
            continue
        kept.append(candidate)
    return joined_answers(text, kept)  # (round 13) "No. Not a chance.", "Up. I expect it to peak at 5 percent …"


def _relayed(words: str, sentence: str, candidate: Candidate) -> bool:
    relayed = _RELAYED.match(words)
    # (Not with the speaker's own view: "…; my own view is that …", "… says no, and I agree", "…, and I think so".)
    own = relayed is not None and (
        _OWN_VIEW.search(words, relayed.end()) is not None
        or _STANCE.search(sentence, len(words)) is not None
        # (Round 13) The speaker's own sense, not a third party: "my gut says …", "my read says …".
        or forms_en.BELIEF.search(words, 0, relayed.end()) is not None
    )
    return candidate.kind == "direct" and relayed is not None and not own and not candidate.hedges


def _recalled(words: str, said_on: datetime.date) -> bool:
    recalled = _RECALLED_OPENING.match(words)
    return recalled is not None and (not recalled.group("year") or int(recalled.group("year")) < said_on.year)


def _arranged_from_a_date(words: str, candidate: Candidate) -> bool:
    return (
        FROM_A_DATE.search(words) is not None
        and candidate.probability is None
        and not candidate.hedges
        and not _LEVEL.search(words)
        and not _FRAMED.search(words)
    )


def _with_confidence(text: str, claim: Candidate, confidence: Candidate) -> Candidate:
    return dataclasses.replace(
        claim,
        quote=text[claim.start : confidence.end],
        end=confidence.end,
        probability=claim.probability if claim.probability is not None else confidence.probability,
        hedges=tuple(dict.fromkeys((*claim.hedges, *confidence.hedges))),
    )
