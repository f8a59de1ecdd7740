"""English markers: the words that make a clause a forecast, and the look-alikes that do not."""

from __future__ import annotations

import re

from predictions.intake.markers import ClauseReading


def _words(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# "will" the modal, not the noun (free will, the will of the people, at will) nor the name (Will Smith).
_WILL = _words(
    r"(?<!free )(?<!good )(?<!ill )(?<!political )(?<!the )(?<!at )(?<!a )(?<!his )(?<!her )(?<!their )"
    r"(?<!our )(?<!its )(?<!own )(?<!strong )\bwill\b(?!\s+(?:of|power)\b)"
)
_FUTURE = _words(
    r"\bwon['’]t\b|\bshall\b|\b\w+['’]ll\b|\bgonna\b"
    r"|\bgoing\s+to\s+(?!(?:the|a|an|his|her|their|our|my|your|its|this|that|these|those|school|work|church|bed|court|war)\b)[a-z]"
    r"|\b(?:is|are|was|were|'s|’s|'re|’re|seems?|appears?|looks?|remains?)\s+(?:\w+\s+)?(?:un)?likely\s+to\b"
    r"|\b(?:more|less|most|least|highly|very|quite)\s+likely\s+to\b"
    r"|\b(?:expected|projected|forecast|predicted|poised|bound|destined|certain|sure|tipped|set)\s+to\b"
    r"|\bon\s+(?:track|course|pace)\s+to\b"
    r"|\b(?<!as )(?<!than )(?<!un)(?:predicts?|predicting|foresees?|foresaw|envisions?|envisages?|anticipates?|expects?|expecting|reckons?)\b"
    r"|\b(?<!as )(?<!than )predicted\s+(?:that|\w+\s+\w+\s+would)\b"
    r"|\b(?:forecasts?|projects?|projected|forecast|bets?|wagers?)\s+that\b"
)
_MODAL = re.compile(r"\b(?:[Ww]ould|[Cc]ould|may|[Mm]ight|[Ww]ouldn['’]t|[Cc]ouldn['’]t)\b")
_REPORTING = _words(
    r"\b(?:said|says|say|told|tells|predicted|predicts|predict|expects?|expected|believes?|believed|thinks?|thought"
    r"|argued|argues|warned|warns|claimed|claims|insisted|insists|added|adds|noted|notes|wrote|writes|estimated"
    r"|estimates|forecasts?|projected|according\s+to|stated|states|suggested|suggests|reckons?|reckoned|assured"
    r"|promised|vowed|cautioned|acknowledged|conceded|reported|reports|announced|explained|emphasi[sz]ed|stressed"
    r"|admitted|agreed|doubts?|doubted|predicting|maintained|maintains|contended|contends|projects)\b"
)
_FIRST_PERSON = _words(r"\b(?:I|we|I['’]m|we['’]re|I['’]ve|we['’]ve|I['’]d|we['’]d|I['’]ll|we['’]ll|our|my|us|me)\b")
_QUESTION_FRAME = _words(
    r"\b(?:asked|asking|when\s+asked|questioned|the\s+question\s+(?:of|is))\b.*\b(?:whether|if|how|when|what|will|would)\b"
)
_EMBEDDED_QUESTION = _words(
    r"\bwhether\b|\b(?:what|how(?:\s+(?:much|many|long|fast|soon|far))?|when|why)\s+(?:\w+\s+){0,4}?will\b"
    r"|\b(?:unclear|uncertain|no\s+one\s+knows|nobody\s+knows|wonders?|wondered)\b"
)
_WISH = _words(
    r"\b(?:hope|hopes|hoped|hoping|hopefully|wish|wishes|wished|let['’]s|let\s+us|dream|dreams|would\s+like"
    r"|['’]d\s+like|pray|prays)\b"
)
_PRESCRIPTION = _words(
    r"\b(?:should|shouldn['’]t|must|mustn['’]t|ought\s+to|need\s+to|needs\s+to|have\s+to|has\s+to|had\s+better"
    r"|it\s+is\s+(?:essential|important|vital|crucial|imperative|necessary)|urges?|urged|calls?\s+(?:on|for)"
    r"|called\s+(?:on|for)|recommends?|recommended|demands?|demanded)\b"
)
_SCHEDULE = _words(
    r"\b(?:will|to|would)\s+(?:be\s+)?(?:held|hosted|convened|staged|streamed|broadcast|published\s+on|unveiled\s+on"
    r"|announced\s+on|released\s+on|launched\s+on|opened\s+on)\b"
    r"|\b(?:will|to|would)\s+(?:take\s+place|convene|visit|attend|travel|host|meet\s+with|hold\s+(?:a|an|its|the|their|his|her)"
    r"|deliver\s+(?:a|the|his|her)\s+(?:speech|address|keynote|remarks)|speak\s+(?:at|to|before)|address\s+the|headline"
    r"|preside|chair|retire|step\s+down|resign|join\s+(?:the|as)|be\s+(?:sworn|inaugurated|chaired|led)"
    r"|take\s+effect|come\s+into\s+(?:force|effect)|go\s+on\s+sale|be\s+available\s+(?:from|on|in\s+stores)"
    r"|open\s+(?:on|its\s+doors)|begin\s+on|start\s+on|run\s+(?:from|until|through)|resume\s+on|reopen\s+on|close\s+on"
    r"|vote\s+on|hold\s+talks|publish\s+(?:its|the|their)|release\s+(?:its|the|their)\s+(?:results|earnings|report|figures|data)"
    r"|announce\s+(?:its|the|their)\s+(?:results|earnings|decision))\b"
    r"|\b(?:takes|took)\s+effect\b|\bcomes?\s+into\s+(?:force|effect)\b|\bgoes\s+on\s+sale\b"
    r"|\b(?:is|are|was|were)\s+(?:scheduled|slated|due|planned|set\s+to\s+be\s+held)\b|\bscheduled\s+(?:for|to)\b"
    r"|\b(?:plans?|planned|planning|intends?|intended|aims?|aimed|pledged|pledges|promised|promises|vowed|vows)\s+to\b"
    r"|\b(?:said|says|announced|confirmed|stated)\s+(?:on\s+\w+\s+)?(?:that\s+)?it\s+(?:will|would|plans|is\s+planning)\b"
    r"|\bannounced\s+plans\b|\bthe\s+(?:summit|conference|meeting|ceremony|festival|election|vote|event|launch|hearing|trial|games|olympics|tournament|match|talks)\s+(?:will|is\s+to)\b"
)
# "would" that judges rather than forecasts: "would be a mistake", "would be needed".
_EVALUATIVE = _words(
    r"\bwould\s+(?:not\s+)?be\s+(?:needed|necessary|required|appropriate|wise|unwise|welcome|good|better|best|a\s+mistake"
    r"|an\s+error|helpful|useful|fair|right|wrong|great|nice|ideal|preferable|premature)\b|\bwould\s+(?:like|love|prefer|rather)\b"
)
_PAST = _words(
    r"\b(?:would|could|might|should|must)(?:\s+not|n['’]t)?\s+have\s+\w+(?:ed|en|wn|ne)\b|\b(?:was|were)\s+going\s+to\b"
    r"|\bhad\s+(?:expected|predicted|forecast|anticipated)\b|\bwould\s+(?:often|usually|always)\b"
)
_ATTRIBUTION = _words(
    r"^[\s“”\"'‘’(—–-]*(?:(?:and|but|as)\s+)?(?:[\w.'’-]+\s+){0,7}?(?:said|says|told\s+(?:\w+\s*){0,3}|added|noted|wrote|"
    r"writes|predicted|predicts|argued|warned|claimed|insisted|explained|stressed|according\s+to\s+(?:[\w.'’-]+\s*){1,6}"
    r"|continued|replied|answered|remarked|observed|concluded)(?:\s+(?:on|in|at|last|this)\s+[\w\s]{1,25}?)?[\s:,.;—–-]*$"
)
_CONNECTOR = _words(
    r"^[\s“‘\"'(—–-]*(?:but|however|while|whereas|yet|although|though|meanwhile|and|also|so|instead|still|even\s+so)\b"
)
_CONTINUES = _words(
    r"^[\s“‘\"'(—–-]*(?:(?:and|but|or|yet|while)\s+)?(?:also\s+|still\s+|probably\s+|likely\s+|eventually\s+)?"
    r"(?:will|won['’]t|would|could|may|might|is|are|was|were|should)\b"
)


def _will(text: str) -> bool:
    for match in _WILL.finditer(text):
        word = match.group(0)
        if word == "Will" and match.start() > 0 and re.match(r"\s+[A-Z]", text[match.end() :]):
            continue  # Will Smith, Will Hutton
        return True
    return False


def read(text: str) -> ClauseReading:
    future = _will(text) or bool(_FUTURE.search(text))
    modal = bool(_MODAL.search(text))
    question_frame = bool(_QUESTION_FRAME.search(text))
    excluded = _exclusion(text, future=future, modal=modal)
    attribution = not excluded and bool(_ATTRIBUTION.search(text)) and not _will(text)
    return ClauseReading(
        future=future,
        modal=modal,
        excluded=excluded,
        attribution=attribution,
        question_frame=question_frame,
        reporting=bool(_REPORTING.search(text)),
        first_person=bool(_FIRST_PERSON.search(text)),
        opens_new_thought=bool(_CONNECTOR.search(text)),
        continues=bool(_CONTINUES.search(text)),
    )


def _exclusion(text: str, *, future: bool, modal: bool) -> str | None:
    stripped = text.rstrip(" \"'”’)]")
    if stripped.endswith("?") or _EMBEDDED_QUESTION.search(text):
        return "question"
    if _WISH.search(text):
        return "wish"
    prescription = _PRESCRIPTION.search(text)
    if prescription:
        marker = _first_marker(text)
        if marker is None or prescription.start() < marker:
            return "wish"
    if _SCHEDULE.search(text):
        return "schedule"
    if _PAST.search(text):
        return "past"
    if not future and _EVALUATIVE.search(text):
        return "wish"
    return None


def _first_marker(text: str) -> int | None:
    starts = [m.start() for m in (_WILL.search(text), _FUTURE.search(text), _MODAL.search(text)) if m]
    return min(starts) if starts else None
