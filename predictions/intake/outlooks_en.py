"""English outlooks a company or an analyst gives without a verb of the future (issue 12, fifteenth round).

- "Wexford Motors sees full-year deliveries of 410,000", "the strategist sees no recession this year or next": a named
  subject's "sees" with what it sees is its outlook — read like a weak modal, a forecast only with a date ahead (not
  "the city sees 2 million visitors a year", "sees off a rival", "sees it as a mistake").
- "Harlow Foods guided to a margin of 9 percent", "the lender guides towards growth of 4%": guidance with its figure,
  whoever gives it (not "was guided to safety", a passive with no figure).
- "Our year-end target for the index is 9,200", "has a $41 target on the shares", "a 12-month price target of $30":
  an analyst's target for a price is a forecast of the price (the README's price targets), not a goal the speaker
  works towards ("our target is net zero by 2040" stays a plan: no price, index or share named).
"""

from __future__ import annotations

from predictions.intake.folding import folded

SEES = folded(
    r"(?<!\bI )(?<!\bwe )(?<!\bwho )\bsees\s+"
    r"(?!(?:off|out|through|it|this|that|to|as|fit|him|her|them|me|us|you|himself|herself|itself|themselves|red"
    r"|the\s+(?:point|need|sense|light|world)|no\s+(?:point|need|reason|sense|harm))\b)"
    r"(?!(?:\S+\s+){0,6}?(?:a|per|each|every)\s+(?:year|month|week|day|season)\b)"
    # (A month or a day it went through, as the headlines' "sees": "Seaside town sees busiest beaches in August".)
    r"(?![^,\n]*\b(?:in|on|over)\s+(?:the\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\w+day|weekend)"
    r"|[^,\n]*\b(?:last|yesterday)\b)"
    r"(?:no\s+|an?\s+|the\s+|its\s+)?[\w$£€-]"
)
GUIDED = folded(
    r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbe )(?<!\bbeing )\bguid(?:es|ed|ing)\s+(?:investors\s+|analysts\s+)?"
    r"(?:to|towards|for)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,5}?(?:of|at|around|about|near)?\s*[$£€]?\d"
)
_PRICE_TARGET = r"(?:year-end|end-of-year|12-month|twelve-month|price|share[- ]price|index)\s+target"
TARGET = folded(
    rf"\b{_PRICE_TARGET}\s+(?:for|on)\s+[^.;]{{0,60}}?\b(?:is|of|at|to|stands\s+at)\s+[$£€]?\d"
    rf"|\b{_PRICE_TARGET}\s+(?:is|of|stands\s+at)\s+[$£€]?\d"
    r"|[$£€]\d[\d.,]*\s*(?:[mb]n?\s+)?(?:price\s+)?target\s+(?:on|for)\b"
    r"|\btarget\s+price\s+(?:of|on|for)\b[^.;]{0,60}?[$£€]?\d"
)
