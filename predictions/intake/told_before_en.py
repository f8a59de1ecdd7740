"""English forecasts recalled by who was told them (issue 12, fourteenth round).

"I told you margins would reach 10 percent", "you told us prices would fall", "my tutor told me the mine would
never reopen", "he told his board it would never outgrow one ward": a claim passed to the listener, a relation or a
colleague was made then, not on the said-on date, whether or not the past time is named. A reporter's "the chief
analyst told me the price would rise" (the source speaking to the press, now) is left alone: its teller is
neither the speaker, nor the listener, nor someone only the speaker knows.
"""

from __future__ import annotations

from predictions.intake.folding import folded

# (Round 14) Told at the time of speaking — "we told the market today that …", "he told his board on Tuesday that
# …", "I told them this morning: …" — is the forecast made now; "I told you so" recalls no claim of its own.
_NOT_NOW = (
    r"(?!\s+so\b|\s+(?:again\s+|just\s+)?(?:today|tonight|earlier\s+today|just\s+now|yesterday|this\s+(?:morning"
    r"|afternoon|evening|week)|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b)"
)
TOLD_BEFORE = folded(
    # The speaker recalls telling the audience: "I told you", "we told investors", "as I told you".
    r"\b(?:I|we)\s+(?:\w+\s+)?told\s+(?:you|y['’]all|everyone|everybody|them|investors|the\s+market|this\s+room)\b"
    rf"{_NOT_NOW}"
    # The listener's own words put back: "You told us prices would fall", "you lot told us".
    rf"|\byou(?:\s+lot|\s+all|\s+people)?\s+(?:\w+\s+)?told\s+(?:me|us)\b{_NOT_NOW}"
    # (Or said, in the simple past, to anyone: "When we spoke in 2023, you said prices would halve by 2027".)
    rf"|\byou\s+(?:once\s+|famously\s+|previously\s+)?(?:said|predicted|forecast|wrote|argued|claimed|warned|promised)\b"
    rf"{_NOT_NOW}"
    # Someone only the speaker knows: "my adviser told me", "our old coach told us", "a nice man at a bank told me".
    rf"|\b(?:my|our)\s+(?:[\w-]+\s+){{0,3}}?told\s+(?:me|us)\b{_NOT_NOW}"
    r"|\b(?:a|one|some)\s+(?:[\w-]+\s+){0,2}?(?:man|woman|guy|bloke|fellow|person|someone|somebody|friend|colleague"
    rf"|professor|teacher|banker|neighbou?r)\b[^,;]{{0,40}}?\btold\s+(?:me|us)\b{_NOT_NOW}"
    # Told to the people around the teller, not to the press: "he told his board it would never …".
    r"|\btold\s+(?:his|her|their|my|our)\s+(?:board|staff|family|wife|husband|parents|colleagues|students|class"
    rf"|friends)\b{_NOT_NOW}"
)
