"""English "should" of expectation, told from "should" of obligation (``lookalikes_en`` asks it of each "should").

"Costs should fall by mid-2026" and "the signal should fade" expect; "we should act", "regulators should demand",
"the Bank should tighten policy" prescribe. A thing (not a person) as subject and a verb of change, outcome or yield
after "should" make it an expectation; a person's own outcome ("we should deliver a record year") too.
"""

from __future__ import annotations

import re

from predictions.intake.folding import folded


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
    return not re.search(people, subject) and bool(_EXPECTED.search(text, prescription.end()))


# What "should" expects of a thing, not of a person: a change, an outcome, a yield.
_EXPECTED = re.compile(
    r"\b(?:fall|rise|grow|drop|decline|reach|double|halve|increase|decrease|peak|be|stay|remain"
    r"|return|improve|recover|come|hit|top|exceed|give|happen|change|go|end|break|drift|edge|ease|slip|climb"
    r"|settle|stabili[sz]e|rebound|narrow|widen|soften|cool|level|bottom|pick|average|land|arrive|start"
    r"|fade|slow|weaken|strengthen|persist|shrink|dip|slide|tighten|loosen|moderate|subside|abate"  # (round 16)
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
