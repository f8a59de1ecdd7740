"""English markers: the words that make a clause a forecast, and the look-alikes that do not."""

from __future__ import annotations

import re

from predictions.intake.markers import ClauseReading, Cues


def _words(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# "will" the modal, not the noun (free will, the will of the people, at will) nor the name (Will Smith).
_WILL = _words(
    r"(?<!free )(?<!good )(?<!ill )(?<!political )(?<!the )(?<!at )(?<!a )(?<!his )(?<!her )(?<!their )"
    r"(?<!our )(?<!its )(?<!own )(?<!strong )\bwill\b(?!\s+(?:of|power)\b)"
)
_FUTURE = _words(
    r"\bwon['’]t\b|\bshall\b|\b\w+['’]ll\b|\bgonna\b"
    r"|\bgoing\s+to\s+(?!(?:the|a|an|his|her|their|our|my|your|its|this|that|these|those|school|work|church"
    r"|bed|court|war)\b)[a-z]"
    r"|\b(?:is|are|was|were|'s|’s|'re|’re|seems?|appears?|looks?|remains?)\s+(?:\w+\s+)?(?:un)?likely\s+to\b"
    r"|\b(?:more|less|most|least|highly|very|quite)\s+likely\s+to\b"
    r"|\b(?:expected|projected|forecast|predicted|poised|bound|destined|certain|sure|tipped|set)\s+to\b"
    r"|\bon\s+(?:track|course|pace)\s+to\b"
    r"|\b(?<!as )(?<!than )(?<!un)(?:predicts?|predicting|foresees?|foresaw|envisions?|envisages?"
    r"|anticipates?|expects?|expecting|reckons?)\b"
    r"|\b(?<!as )(?<!than )predicted\s+(?:that|\w+\s+\w+\s+would)\b"
    r"|\b(?:forecasts?|projects?|projected|forecast|bets?|wagers?)\s+that\b"
    r"|\b(?:[Mm]y|[Oo]ur)\s+(?:\w+\s+)?(?:guess|bet|prediction|forecast|estimate|expectation|projection)\s+is\b"
    r"|\bI['’]d\s+(?:bet|wager)\b|\bI\s+(?:bet|wager)\b"
    r"|\b(?:we|I|they|he|she|it|analysts|economists|forecasters)\s+(?:now\s+|still\s+|also\s+)?(?:forecast"
    r"|project|see)s?\b"
    r"|\bsees?\s+(?:\S+\s+){1,5}?\w+ing\b"
    r"|(?<!\bthe )(?<!\ban )(?<!\ba )(?<!\bits )(?<!\btheir )(?<!\bas )(?<!\bthan )(?<!\bun)(?<!-)\b(?:expected"
    r"|predicted)\b(?!\s+(?:to|that)\b|-)"
)
# Believing, guessing, a forecast named as a noun: forecasts when a date or a number comes with them.
_SOFT = _words(
    r"\bI\s+(?:\w+\s+)?(?:think|believe|doubt|suspect|reckon|guess|imagine|feel)\b|\bI\s+don['’]t\s+(?:think"
    r"|believe|see)\b"
    r"|\bI['’]d\s+(?:say|be\s+(?:surprised|amazed|astonished|shocked))\b|\b(?:un)?likely\b"
    r"|\b(?:forecasts?|projections?|outlook|guidance|estimates?)\b|\bshould\b"
)
# Words after "would" that hedge ("I would say") rather than forecast.
_WOULD_HEDGE = _words(r"\bwould\s+(?:say|argue|guess|think|imagine|suspect|bet|add|note|go\s+further|put\s+it)\b")
# Others nobody names: a ledger records named speakers only ("critics say", "some investors argue").
_UNNAMED = _words(
    r"^[\s\W]*(?:(?:some|many|most|other|few|several)\s+(?:\w+\s+){0,2}?(?:investors|analysts|economists"
    r"|experts|people|critics"
    r"|observers|scientists|commentators|officials|executives|traders|sceptics|skeptics)"
    r"|critics|others|sceptics|skeptics|people|observers|detractors|pessimists|optimists|bookmakers|markets"
    r"|not\s+everyone"
    r"|no\s+one|nobody)\s+(?:\w+\s+){0,2}?(?:say|said|says|argue[sd]?|have\s+argued|think|thought"
    r"|believe[sd]?|expect(?:s|ed)?"
    r"|predict(?:s|ed)?|warn(?:s|ed)?|claim(?:s|ed)?|are\s+promising|have\s+priced|price[sd]?|is\s+convinced"
    r"|are\s+convinced"
    r"|fear(?:s|ed)?|worry|worried|reckon|bet|told|insist(?:s|ed)?)\b"
)
# A condition on an uncertain event or decision makes a hypothetical ("if we build 30,000 homes, rents will
# stabilise"); one that describes the status quo keeps the forecast ("if nothing changes", "on current trends").
_CONDITION = _words(
    r"^[\s“‘\"'(—–-]*(?:(?:and|but|so)\s+)?(?:if|unless|should\s+\w+\s+\w+)\b(?!.*\b(?:nothing\s+changes|current\s+trends"
    r"|present\s+trends|trends\s+continue|things\s+stay|status\s+quo|as\s+things\s+stand|we\s+do\s+nothing|nothing\s+is\s+done"
    r"|stays?\s+the\s+same|remains?\s+unchanged|planning\s+rules\s+change|policies\s+stay|we\s+expect)\b)"
)
# Words that announce a forecast without making one: "Here is what I expect.", "So let me make three predictions".
_ANNOUNCES = _words(
    r"\b(?:here\s+is|here['’]s|this\s+is)\s+what\s+(?:I|we)\s+(?:expect|think|predict|see)\s*[.:]?\s*$"
    r"|\bmake\s+(?:\w+\s+)?predictions?\b|\bwhat['’]s\s+going\s+to\s+happen\b"
)
# An instruction to the listener: "Ask me in five years."
_IMPERATIVE = re.compile(
    r"^[\s“\"'‘]*(?:Ask|Tell|Let|Look|Wait|Remember|Note|Consider|Imagine|Learn|Please|Stop|Call)\b"
)
# A speaker's own intended act, not a forecast: "we will hire", "I won't play", "we're going to start".
_OWN_PLAN = _words(
    r"\b(?:we|I)(?:\s+will|['’]ll|\s+are\s+going\s+to|['’]re\s+going\s+to|\s+am\s+going\s+to"
    r"|['’]m\s+going\s+to|\s+won['’]t"
    r"|\s+will\s+not|\s+are\s+not\s+going\s+to|\s+shall)\s+(?:also\s+|then\s+|soon\s+|now\s+|again\s+|not\s+)?"
    r"(?:hire|fire|build|open|launch|deliver|submit|file|publish|release|report|host|hold|present|announce"
    r"|unveil|introduce"
    r"|start|begin|invest|spend|cut|close|sell|buy|cap|tell|show|promise|give|make\s+sure|ensure|fight|vote"
    r"|play|run|stand"
    r"|retire|resign|step\s+down|quit|leave|join|sign|attend|visit|travel|continue|keep|raise|lower|reduce"
    r"|expand|add|create"
    r"|set|put|bring|send|offer|provide|support|work|focus|ask|seek|appeal|review|consider|study|look|do|try"
    r"|meet|talk|go)\b"
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
    r"\b(?:asked|asking|when\s+asked|questioned|the\s+question\s+(?:of|is))\b.*\b(?:whether|if|how|when|what"
    r"|will|would)\b"
)
_EMBEDDED_QUESTION = _words(
    r"\bwhether\b|\b(?:what|how(?:\s+(?:much|many|long|fast|soon|far))?|when|why)(?:\s+\S+){0,4}?\s*(?:will"
    r"|would|['’]s\s+going\s+to|is\s+going\s+to)\b"
    r"|\b(?:unclear|uncertain|no\s+one\s+knows|nobody\s+knows|wonders?|wondered)\b"
)
_WISH = _words(
    r"\b(?:hope|hopes|hoped|hoping|hopefully|wish|wishes|wished|let['’]s|let\s+us|dream|dreams|would\s+like"
    r"|['’]d\s+like|pray|prays)\b"
)
_PRESCRIPTION = _words(
    r"\b(?:should|shouldn['’]t|must|mustn['’]t|ought\s+to|need\s+to|needs\s+to|have\s+to|has\s+to|had\s+better"
    r"|it\s+is\s+(?:essential|important|vital|crucial|imperative|necessary)|urges?|urged|calls?\s+(?:on|for)"
    r"|called\s+(?:on|for)|recommends?|recommended|demanded\s+that)\b"
)
_SCHEDULE = _words(
    r"\b(?:will|to|would)\s+(?:be\s+)?(?:held|hosted|convened|staged|streamed|broadcast|published\s+on|unveiled\s+on"
    r"|announced\s+on|released\s+on|launched\s+on|opened\s+on)\b"
    r"|\b(?:will|to|would)\s+(?:take\s+place|convene|visit|attend|travel|host|meet\s+with|hold\s+(?:a|an|its"
    r"|the|their|his|her)"
    r"|deliver\s+(?:a|the|his|her)\s+(?:speech|address|keynote|remarks)|speak\s+(?:at|to|before)|address\s+the|headline"
    r"|preside|chair|retire|step\s+down|resign|join\s+(?:the|as)|be\s+(?:sworn|inaugurated|chaired|led)"
    r"|take\s+effect|come\s+into\s+(?:force|effect)|go\s+on\s+sale|be\s+available\s+(?:from|on|in\s+stores)"
    r"|open\s+(?:on|its\s+doors)|(?:begin|start|resume|reopen|close|open)\s+on\s+(?=\d|(?-i:[A-Z]))"
    r"|run\s+(?:from|until|through)"
    r"|vote\s+on|hold\s+talks|publish\s+(?:its|the|their)|release\s+(?:its|the|their)\s+(?:results|earnings"
    r"|report|figures|data)"
    r"|announce\s+(?:its|the|their)\s+(?:results|earnings|decision))\b"
    r"|\b(?:takes|took)\s+effect\b|\bcomes?\s+into\s+(?:force|effect)\b|\bgoes\s+on\s+sale\b"
    r"|\b(?:is|are|was|were)\s+(?:scheduled|slated|due|planned|set\s+to\s+be\s+held)\b|\bscheduled\s+(?:for|to)\b"
    r"|\b(?:plans?|planned|planning|intends?|intended|aims?|aimed|pledged|pledges|promised|promises|vowed|vows)\s+to\b"
    r"|\b(?:said|says|announced|confirmed|stated)\s+(?:on\s+\w+\s+)?(?:that\s+)?it\s+(?:will|would|plans"
    r"|is\s+planning)\b"
    r"|\b(?:will|would|to|going\s+to)\s+(?:be\s+)?(?:publish(?:ed)?|present(?:ed)?|release[ds]?"
    r"|announce[ds]?|report(?:ed)?|unveil(?:ed)?"
    r"|set\s+out|submit(?:ted)?|file[ds]?|debated?|launch(?:ed)?|introduced?|reviewed?|retired"
    r"|decommissioned|completed|spread)\b"
    r"|\bbe\s+(?:open|closed|available|on\s+display|on\s+sale)\b|\bas\s+(?:planned|scheduled)\b|\bon\s+schedule\b"
    r"|\bpromis(?:e|es|ed|ing)\b|\bpledge[sd]?\b|\bpledging\b"
    r"|\b(?:it|the\s+company|the\s+firm|the\s+group|the\s+bank|the\s+carmaker)\s+(?:will|would|plans\s+to|is\s+going\s+to)"
    r"\s+(?:also\s+)?(?:open|launch|build|hire|start|begin|release|introduce|close|invest|spend|acquire|buy|sell)\b"
    r"|\bannounced\s+plans\b|\bthe\s+(?:summit|conference|meeting|ceremony|festival|election|vote|event"
    r"|launch|hearing|trial|games|olympics|tournament|match|talks)\s+(?:will|is\s+to)\b"
)
# "would" that judges rather than forecasts: "would be a mistake", "would be needed".
_EVALUATIVE = _words(
    r"\bwould\s+(?:not\s+)?be\s+(?:needed|necessary|required|appropriate|wise|unwise|welcome|good|better"
    r"|best|a\s+mistake"
    r"|delighted|happy|glad|pleased|thrilled|proud|outstanding|excellent|terrible|disastrous|great"
    r"|an\s+error|helpful|useful|fair|right|wrong|great|nice|ideal|preferable|premature)\b|\bwould\s+(?:like"
    r"|love|prefer|rather)\b"
)
# A past-tense verb in a clause with no future marker: "It opened in August", "Smart glasses sold 7 million".
_PAST_TENSE = _words(
    r"\b(?:was|were|had|did|rose|fell|grew|opened|closed|shipped|delivered|won|lost|made|became|began|came|went|saw|hit"
    r"|reached|dropped|climbed|declined|increased|decreased|posted|recorded|completed|launched|released|sold"
    r"|bought|finished"
    r"|signed|voted|passed|killed|stood|ended|started|doubled|halved|tripled|surged|slumped|jumped|missed"
    r"|beat|topped)\b"
)
_PAST = _words(
    r"\b(?:would|could|might|should|must)(?:\s+not|n['’]t)?\s+have\s+\w+(?:ed|en|wn|ne)\b|\b(?:was|were)\s+going\s+to\b"
    r"|\bhad\s+(?:expected|predicted|forecast|anticipated)\b|\bwould\s+(?:often|usually|always)\b"
)
_ATTRIBUTION = _words(
    r"^[\s“”\"'‘’(—–-]*(?:(?:and|but|as)\s+)?(?:[\w.'’-]+\s+){0,7}?(?:said|says|told\s+(?:\w+\s*){0,3}|added"
    r"|noted|wrote|"
    r"writes|predicted|predicts|argued|warned|claimed|insisted|explained|stressed"
    r"|according\s+to\s+(?:[\w.'’-]+\s*){1,6}"
    r"|continued|replied|answered|remarked|observed|concluded)(?:\s+(?:on|in|at|last"
    r"|this)\s+[\w\s]{1,25}?)?[\s:,.;—–-]*$"
    # A speaker's turn in a transcript: "HARTWELL:", "ELENA VASQUEZ:"
    r"|^\s*(?-i:[A-Z])[\w.'’ -]{0,30}:\s*$"
)
_CONNECTOR = _words(
    r"^[\s“‘\"'(—–-]*(?:but|however|while|whereas|yet|although|though|meanwhile|and|also|so|instead|still|even\s+so"
    r"|saying|adding|warning|noting|arguing|predicting)\b"
)
_CONTINUES = _words(
    r"^[\s“‘\"'(—–-]*(?:(?:and|but|or|yet|while)\s+)?(?:also\s+|still\s+|probably\s+|likely\s+|eventually\s+)?"
    r"(?:will|won['’]t|would|could|may|might|is|are|was|were|should)\b"
)
_CUES = Cues(
    question_frame=_QUESTION_FRAME,
    reporting=_REPORTING,
    first_person=_FIRST_PERSON,
    connector=_CONNECTOR,
    continues=_CONTINUES,
    exclusions=(
        ("question", _EMBEDDED_QUESTION),
        ("condition", _CONDITION),
        ("imperative", _IMPERATIVE),
        ("announces", _ANNOUNCES),
        ("unnamed", _UNNAMED),
        ("schedule", _OWN_PLAN),
        ("wish", _WISH),
    ),
)


def _will(text: str) -> bool:
    for match in _WILL.finditer(text):
        word = match.group(0)
        if word == "Will" and match.start() > 0 and re.match(r"\s+[A-Z]", text[match.end() :]):
            continue  # Will Smith, Will Hutton
        return True
    return False


def read(text: str) -> ClauseReading:
    future = _will(text) or any(not _after_as(text, m.start()) for m in _FUTURE.finditer(text))
    modal = bool(_MODAL.search(_WOULD_HEDGE.sub("", text))) or bool(_SOFT.search(text))
    excluded = _exclusion(text, future=future, modal=modal)
    return _CUES.reading(
        text,
        future=future,
        modal=modal,
        excluded=excluded,
        attribution=not excluded and bool(_ATTRIBUTION.search(text)) and not _will(text),
        would=bool(re.search(r"\bwould\b|\bwouldn['’]t\b", _WOULD_HEDGE.sub("", text), re.IGNORECASE)),
    )


def _after_as(text: str, index: int) -> bool:
    """ "as we expect", "than analysts expected": a comparison, not an expectation."""
    return bool(re.search(r"\b(?:as|than)\s+(?:\w+\s+){0,2}$", text[max(0, index - 30) : index], re.IGNORECASE))


def _exclusion(text: str, *, future: bool, modal: bool) -> str | None:
    if text.rstrip(" \"'”’)]").endswith("?"):
        return "question"
    reason = _CUES.first_exclusion(text)
    if reason:
        return reason
    prescription = _PRESCRIPTION.search(text)
    if prescription and not _impersonal_should(text, prescription):
        marker = _first_marker(text)
        if marker is None or prescription.start() < marker:
            return "wish"
    if _SCHEDULE.search(text):
        return "schedule"
    if _PAST.search(text) or (not future and not modal and _PAST_TENSE.search(text) and not _REPORTING.search(text)):
        return "past"
    if not future and _EVALUATIVE.search(text):
        return "wish"
    return None


def _impersonal_should(text: str, prescription: re.Match[str]) -> bool:
    """ "Costs should fall by mid-2026" expects; "we should act", "regulators should demand" prescribe."""
    if prescription.group(0).lower() != "should":
        return False
    subject = text[: prescription.start()].lower()
    people = (
        r"\b(?:we|you|they|i|he|she|everyone|people|governments?|regulators|companies|investors|leaders|policymakers"
    )
    people += (
        r"|ministers|councils|banks|patients|residents|workers|the\s+\w+\s+(?:government|tour|council|treasury))\s*$"
    )
    return not re.search(people, subject) and bool(
        re.search(
            r"\b(?:fall|rise|grow|drop|decline|reach|double|halve|increase|decrease|peak|be|stay|remain"
            r"|return|improve|recover|come|hit|top|exceed)\b",
            text[prescription.end() :],
            re.IGNORECASE,
        )
    )


_CHANCE = _words(r"\b(?:chance|odds|probability|likelihood)\b")


def _first_marker(text: str) -> int | None:
    found = (_WILL.search(text), _FUTURE.search(text), _MODAL.search(text), _CHANCE.search(text))
    starts = [m.start() for m in found if m]
    return min(starts) if starts else None
