"""English "should" of expectation, told from "should" of obligation (``lookalikes_en`` asks it of each "should").

"Costs should fall by mid-2026" and "the signal should fade" expect; "we should act", "regulators should demand",
"the Bank should tighten policy" prescribe. A thing (not a person) as subject and a verb of change, outcome or yield
after "should" make it an expectation; a person's own outcome ("we should deliver a record year") too.
"""

from __future__ import annotations

import re

from predictions.intake.folding import fold, folded


def impersonal_should(text: str, prescription: re.Match[str]) -> bool:
    """ "Costs should fall by mid-2026" expects, "something has to give" infers; "we should act", "regulators
    should demand" prescribe."""
    if prescription.group(0).lower() not in ("should", "has to", "have to"):
        return False
    subject = text[: prescription.start()].lower()
    people = (
        r"\b(?:we|you|they|i|he|she|everyone|people|governments?|regulators|companies|investors|leaders|policymakers"
    )
    people += (
        r"|ministers|councils|banks|patients|residents|workers|the\s+\w+\s+(?:government|tour|council|treasury))\s*$"
    )
    if re.search(people, subject) and _OWN_OUTCOME.match(text, prescription.end()):
        return True  # "We should deliver another record year in 2026": what one expects to achieve
    if re.search(people, subject):
        return False
    return bool(_EXPECTED.search(text, prescription.end()) or _WANES.match(text, prescription.end()))


# What "should" expects of a thing, not of a person: a change, an outcome, a yield.
_EXPECTED = re.compile(
    r"\b(?:fall|rise|grow|drop|decline|reach|double|halve|increase|decrease|peak|be|stay|remain"
    r"|return|improve|recover|come|hit|top|exceed|give|happen|change|go|end|break|drift|edge|ease|slip|climb"
    r"|settle|stabili[sz]e|rebound|narrow|widen|soften|cool|level|bottom|pick|average|land|arrive|start"
    # Outcomes a market, a fund or a figure delivers: "returns should run at 8 percent", "sales should top".
    r"|run|deliver|bring|add|lift|outperform|beat|hold|last|continue|keep|finish|win|lose|earn|yield|become"
    r"|cost|generate|produce|see|take|help"
    # What a project or an event yields: "the ships should cut the fuel bill", "should turn a profit".
    r"|turn|swing|save|cut|sell|attract|draw|earn|yield|push|pull|drag|weigh"
    # (Round 14) What the books will show: "the service should post its first operating profit".
    r"|post\s+(?:\S+\s+){0,3}?(?:profit|loss|surplus|deficit|growth|gain|revenue|earning|record)\w*)\b",
    re.IGNORECASE,
)


_OWN_OUTCOME = folded(
    r"\s+(?:deliver|post|report|see|hit|reach|achieve|beat|have|make|finish)\s+(?:another\s+|a\s+|an\s+|our\s+)?"
    r"(?:record|strong|solid|better|bumper|good|profit|growth|margins?|revenue|sales|year|quarter|half)\b"
    # (Round 12) A change one expects to watch: "we should see admissions fall", "you should see prices ease" (not
    # "you should see a doctor", nor "should see that rents fall", an order).
    r"|\s+see\s+(?!that\b|to\b)(?:[\w'’-]+\s+){1,6}?(?:fall|rise|drop|climb|grow|ease|improve|recover|rebound|decline"
    r"|shrink|double|halve|come\s+down|go\s+up|pick\s+up|level\s+off)\b"
)


# (Round 16) A trend that wanes or firms: "the signal should fade", "growth should moderate next year", "the dollar
# should weaken through 2027". Only with no object after it: the same verbs with one are acts a body ought to take
# ("the Bank should tighten policy in August", "Britain should strengthen its defences by 2030" — review of round 17).
_WANES = folded(
    r"\s+(?:(?:also|then|gradually|eventually|soon|start\s+to|begin\s+to)\s+)?"
    r"(?:fade|slow|weaken|strengthen|persist|shrink|dip|slide|tighten|loosen|moderate|subside|abate)"
    r"(?=\s*(?:[,.;:!?)\"”’]|$)|\s+(?:in|by|next|this|to|further|again|over|through|before|after|from|as|at|during"
    r"|later|soon|until|into|once|when|if|and|but|or|somewhat|a\s+(?:bit|little|lot)|[a-z]+ly)\b)"
)


# (Round 17) "Should keep rising" of a trend ("takings should keep climbing", ``markers_en``) is also what advocates
# ask for (review of round 17): kept to a norm ("should keep rising with inflation", "in line with earnings", "in real
# terms"), an act with its object ("should keep growing its apprenticeship scheme"), one's own budget ("our
# investment in training should continue to grow"), or said by one who argues, insists, demands, urges, recommends or
# concludes, a union, a lobby or campaigners, or only on a condition ("…, but only if the government acts").
_KEEP = folded(r"\bshould\s+(?:keep|continue)\s+(?:to\s+)?\w+")
_KEPT_TO = folded(
    r"\s+(?:\w+ly\s+)?(?:in\s+line\s+with|with\s+(?:inflation|prices|earnings|wages|pay)|in\s+real\s+terms"
    r"|faster\s+than|by\s+the\s+triple\s+lock|its|their|our|the|his|her|my|your)\b"
)
_OWN_BUDGET = folded(r"^\W*(?:our|my)\s+(?:investment|spending|funding|support|budget|contribution)s?\b")
_ADVOCATED = folded(
    r"\b(?:argues?|argued|insists?|insisted|demand(?:s|ed)?|urges?|urged|recommends?|recommended|concludes?|concluded"
    r"|told|campaigners?|lobby|lobbyists?|unions?|only\s+if)\b"
)
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")


def urged(text: str, start: int, end: int) -> bool:
    """Whether the clause ``text[start:end]`` asks that something keep going rather than expects it."""
    stop = _SENTENCE_END.search(text, end - 1 if end > start else end)
    sentence = fold(text[start : stop.end() if stop else len(text)])
    keep = _KEEP.search(sentence, 0, end - start)
    if keep is None:
        return False
    return bool(
        _KEPT_TO.match(sentence, keep.end())
        or _OWN_BUDGET.search(sentence, 0, keep.start())
        or _ADVOCATED.search(sentence, keep.end())
    )
