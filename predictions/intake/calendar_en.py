"""English calendar words for the horizon resolvers (``resolvers_en``): the tables that turn month names, quarters
and "before" words into numbers. The regular-expression fragments of the grammar are in ``rules/horizons_en.toml``.
"""

from __future__ import annotations

_MONTH_NAMES = "january february march april may june july august september october november december"
MONTHS = {name: number for number, name in enumerate(_MONTH_NAMES.split(), start=1)}
MONTHS |= {name[:3]: number for name, number in list(MONTHS.items())} | {"sept": 9}
# Prepositions that make a date a deadline (``DEADLINE`` in the grammar): the "before" ones move it back by one unit.
# ("No earlier than 2028" is "not before 2028": the last day of 2027.)
BEFORE = {"before", "ahead of", "prior to", "no earlier than", "not earlier than", "no sooner than"}
QUARTERS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
QUARTERS |= {"final": 4, "last": 4}
