"""English picks said as a stake (issue 12, fourteenth round).

"My money is on the Dutch pair", "my money's on a spring election", "I'd put my money on Leeds": a pick backed by
the speaker's money is a forecast whatever follows it — a name, a month, an outcome — with no verb of the future
(not "my money is on deposit", "our money is on the way to the supplier", "my money's on the line",
"put money on the table").
"""

from __future__ import annotations

from predictions.intake.folding import folded

MONEY_ON = folded(
    r"\b(?:my|our)\s+(?:own\s+|smart\s+)?money(?:['’]s|\s+is|\s+would\s+be|['’]d\s+be|\s+goes|\s+stays)\s+on\s+"
    # (Not where the money is or how it stands: "on deposit", "on fixed deposit", "on the line", "on its way to the
    # supplier", "on a knife edge".)
    r"(?!(?:(?:fixed|term|short|long|instant)[- ](?:term\s+)?)?deposit\b|(?:account|hold|loan|call|offer|hand|ice)\b"
    r"|(?:the|its|their|our|my)\s+(?:table|line|way|move|books|counter|house|record)\b"
    r"|(?:an?\s+|the\s+)?(?:knife[- ]?edge|tightrope|high\s+wire|shoestring)\b)"
    r"|\b(?:I|we)(?:['’]d|\s+would)\s+put\s+(?:my|our)\s+(?:own\s+)?money\s+on\s+(?!the\s+table\b)"
)
