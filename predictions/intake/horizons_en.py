"""The English horizon grammar: "within three years", "by the end of 2026", "before March 2027", "next year" ….

The rules are a table, ``rules/horizons_en.toml`` (read by ``rulebook``); their resolvers are in
``resolvers_en``. Where a phrase can also speak of the past or of a duration ("for five years", "the first
time in ten years", "two years ago"), the resolver declines or returns a past date, so that such words never
become a forecast's date.
"""

from __future__ import annotations

import re

from predictions.intake import edges_en, resolvers_en, rulebook
from predictions.intake.numbers import EN_NUMBER

# The words a strong English horizon starts with; "the first quarter", "2028" alone are weak.
LEAD = re.compile(
    r"(?:by|before|within|in|inside|until|till|through|throughout|no later|not later|ahead|prior|over|during"
    r"|at|around|on"
    r"|as early|as soon|next|this|later|for|end|the end|the close|year-end|mid|late|early|Q[1-4]|H[12]|\d"
    r"|the year after"
    r"|the next|the coming|the following|the middle|the rest|full|soon|shortly|one day|some|eventually|sooner)\b",
    re.IGNORECASE,
)


# (The resolvers of the rules: ``resolvers_en``, and ``edges_en`` for the words around a period that move its date.)
RESOLVERS = {**vars(resolvers_en), **vars(edges_en)}
GRAMMAR = rulebook.horizon_grammar("horizons_en.toml", RESOLVERS, fragments={"EN_NUMBER": EN_NUMBER})
RULES = GRAMMAR.rules
