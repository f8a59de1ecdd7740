"""English: the speaker's own acts in the talk or the programme itself (issue 12, fourteenth round).

"I'll make a short statement and then take questions", "I'll come back to that", "I'll be straight with you",
"you'll be back with us when the verdict is in", "next week's episode will be recorded in Leeds": what the speaker
will do next in this conversation, or the programme's own running order, is decided by them, not forecast.
"""

from __future__ import annotations

from predictions.intake.folding import folded

_FIRST = r"\b(?:I|we)(?:['’]ll|\s+will|\s+shall)\s+(?:just\s+|now\s+|then\s+|briefly\s+|quickly\s+)?"
TALK_ITSELF = folded(
    rf"{_FIRST}(?:make\s+(?:a\s+|one\s+)?(?:short\s+|brief\s+|quick\s+)?(?:statement|point|remarks?|announcement)"
    r"|take\s+(?:your\s+|a\s+few\s+|some\s+|two\s+|three\s+)?questions?|come\s+(?:back|on)\s+to\s+(?:that|this|it|you)"
    r"|be\s+(?:straight|honest|frank|blunt|brief|quick|clear|candid|upfront)\s+with\s+you|keep\s+(?:it|this)\s+(?:short"
    r"|brief)|hand\s+(?:you\s+)?(?:over|back)|leave\s+it\s+there|get\s+(?:back\s+)?to\s+(?:that|this|it)"
    r"|take\s+(?:that|this)\s+(?:one|question))\b"
    # The programme's own running order: "you'll be back with us", "we'll be previewing the fair next week".
    r"|\b(?:you|he|she|they|[\w'’]+)(?:['’]ll\s+be|\s+will\s+be|['’]s|\s+is)\s+back\s+with\s+us\b"
    r"|\bwe(?:['’]ll|\s+will)\s+be\s+(?:previewing|talking\s+to|speaking\s+to|joined\s+by|discussing|looking\s+at)\b"
    r"|\b(?:episode|programme|program|show|broadcast|podcast)\s+will\s+be\s+(?:recorded|broadcast|live|aired)\b"
)
