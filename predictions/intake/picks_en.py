"""English picks said as a stake (issue 12, fourteenth round).

"My money is on the Dutch pair", "my money's on a spring election", "I'd put my money on Leeds": a pick backed by
the speaker's money is a forecast whatever follows it — a name, a month, an outcome — with no verb of the future
(not "my money is on deposit", "put money on the table").
"""

from __future__ import annotations

from predictions.intake.folding import folded

MONEY_ON = folded(
    r"\b(?:my|our)\s+(?:own\s+|smart\s+)?money(?:['’]s|\s+is|\s+would\s+be|['’]d\s+be|\s+goes|\s+stays)\s+on\s+"
    r"(?!(?:deposit|account|the\s+table|hold)\b)"
    r"|\b(?:I|we)(?:['’]d|\s+would)\s+put\s+(?:my|our)\s+(?:own\s+)?money\s+on\s+(?!the\s+table\b)"
)
