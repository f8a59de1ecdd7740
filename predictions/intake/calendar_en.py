"""English calendar words for the horizon grammar (``horizons_en``): months, years, days, quarters, units.

Regular-expression fragments with named groups, the tables that turn their words into numbers, and the
gates (words every match of a rule contains; see ``HorizonRule.gate``).
"""

from __future__ import annotations

_MONTH_NAMES = "january february march april may june july august september october november december"
MONTHS = {name: number for number, name in enumerate(_MONTH_NAMES.split(), start=1)}
MONTHS |= {name[:3]: number for name, number in list(MONTHS.items())} | {"sept": 9}
MONTH = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)\b"
)
# A year 1900–2199 that is not part of a longer number and not a decade ("the 2030s").
YEAR = r"(?P<year>(?:19|20|21)\d{2})(?![\d,]\d|s\b|’s\b|'s\b|-\d)"
DAY = r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
# The same, for the other order of one pattern ("1 June" beside "June 1").
DAY_2 = DAY.replace("?P<day>", "?P<day2>")
MONTH_2 = MONTH.replace("?P<month>", "?P<m2>")
# Prepositions that make a date a deadline; the "before" ones move it back by one unit.
DEADLINE = (
    r"by|before|on|until|till|through|no later than|not later than|ahead of|prior to|in|during|around"
    r"|as early as|as soon as"
)
BEFORE = {"before", "ahead of", "prior to"}
UNIT_WORDS = r"years?|months?|weeks?|days?|decades?"
UNITS = rf"(?P<unit>{UNIT_WORDS})"
QUARTERS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
QUARTERS |= {"final": 4, "last": 4}

# The gates: a year's digits, a month's name, a unit of time.
YEAR_GATE = r"(?:19|20|21)\d\d"
MONTH_GATE = r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
UNIT_GATE = r"years?\b|months?\b|weeks?\b|days?\b|decades?\b"
