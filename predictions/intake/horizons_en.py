"""The English horizon grammar: "within three years", "by the end of 2026", "before March 2027", "next year" ….

Each rule is a regular expression and a resolver (see ``horizons``). Where a phrase can also speak
of the past or of a duration ("for five years", "the first time in ten years", "two years ago"),
the resolver declines or returns a past date, so that such words never become a forecast's date.
"""

from __future__ import annotations

import datetime
import re

from predictions.intake import dates
from predictions.intake import horizons as h
from predictions.intake.calendar_en import (
    BEFORE,
    DAY,
    DAY_2,
    DEADLINE,
    MONTH,
    MONTH_2,
    MONTH_GATE,
    MONTHS,
    QUARTERS,
    UNIT_GATE,
    UNIT_WORDS,
    UNITS,
    YEAR,
    YEAR_GATE,
)
from predictions.intake.horizons import HorizonRule, Resolution, Resolver
from predictions.intake.numbers import EN_NUMBER, parse_english_number

# The words a strong English horizon starts with; "the first quarter", "2028" alone are weak.
LEAD = re.compile(
    r"(?:by|before|within|in|inside|until|till|through|throughout|no later|not later|ahead|prior|over|during"
    r"|at|around|on"
    r"|as early|as soon|next|this|later|for|end|the end|the close|year-end|mid|late|early|Q[1-4]|H[12]|\d"
    r"|the year after"
    r"|the next|the coming|the following|the middle|the rest|full|soon|shortly|one day|some|eventually|sooner)\b",
    re.IGNORECASE,
)


def _rule(name: str, pattern: str, resolve: Resolver, *, gate: str, weak: bool = False) -> HorizonRule:
    """``gate``: words every match of ``pattern`` contains (see ``HorizonRule.gate``)."""
    return HorizonRule(name, re.compile(pattern, re.I), resolve, weak, re.compile(gate, re.I))


def _prep(match: re.Match[str]) -> str:
    prep = match.groupdict().get("prep") or ""
    return " ".join(prep.lower().split())


def _month(match: re.Match[str]) -> int:
    return MONTHS[match.group("month").lower().rstrip(".")]


def _year(match: re.Match[str]) -> int:
    return int(match.group("year"))


def _relative_year(match: re.Match[str], said_on: datetime.date) -> int:
    """The year of "… of 2027", "… of this year", "… of next year"."""
    if match.groupdict().get("year"):
        return _year(match)
    return said_on.year + (1 if "next" in match.group(0).lower() else 0)


def _upcoming_year(month: int, said_on: datetime.date) -> int:
    """A month named without a year is the next one of that name (this one if it is still running)."""
    return said_on.year if month >= said_on.month else said_on.year + 1


# --- resolvers -------------------------------------------------------------------------------------
def full_date(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    return h.by_day(_year(match), _month(match), int(match.group("day")), before=_prep(match) in BEFORE)


def iso_date(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    month, day = int(match.group("mon")), int(match.group("day"))
    return h.by_day(_year(match), month, day, before=_prep(match) in BEFORE)


def month_year(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    before = _prep(match) in BEFORE and not match.group("endof")
    return h.by_month(_year(match), _month(match), before=before)


def month_only(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    if match.group("month")[0].islower():  # "may" is a modal verb, never a month without its capital
        return None
    month = _month(match)
    before = _prep(match) in BEFORE and not match.groupdict().get("endof")
    rel = (match.groupdict().get("rel") or "").lower()
    year = said_on.year + 1 if rel == "next" else said_on.year if rel == "this" else _upcoming_year(month, said_on)
    day = match.groupdict().get("day")
    if day:
        return h.by_day(year, month, int(day), before=before)
    return h.by_month(year, month, before=before)


def _month_day(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    name = match.group("month") or match.group("m2")
    if name[0].islower():
        return None
    month = MONTHS[name.lower().rstrip(".")]
    day = int(match.group("day") or match.group("day2"))
    this_year = dates.safe_date(said_on.year, month, day)
    year = said_on.year if this_year is not None and this_year >= said_on else said_on.year + 1
    return h.by_day(year, month, day, before=_prep(match) in BEFORE)


def half_without_year(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    if match.group("which").lower() in ("first", "1st"):
        return h.mid_year(said_on.year if said_on.month <= 6 else said_on.year + 1)
    return h.end_of_year(said_on.year)


def half_year(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    year = _relative_year(match, said_on)
    first = match.group("which").lower() in ("first", "1st", "h1")
    return h.mid_year(year) if first else h.end_of_year(year)


def quarter(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    number = match.groupdict().get("qn")
    which = int(number) if number else QUARTERS[match.group("q").lower()]
    if match.groupdict().get("year") or "year" in match.group(0).lower():
        return h.by_quarter(_relative_year(match, said_on), which)
    current = 1 + (said_on.month - 1) // 3
    return h.by_quarter(said_on.year if which >= current else said_on.year + 1, which)


def relative(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    """within / in / over the next N units, N units from now — never "for N years", "N years ago"."""
    prep = _prep(match)
    following = match.string[match.end() : match.end() + 12].lower()
    preceding = match.string[max(0, match.start() - 40) : match.start()].lower()
    if re.match(r"\s*(ago|earlier|before|later|old\b|running|straight|in a row)", following):
        return None
    if not (prep in ("within", "in", "inside", "over", "during") or match.group("next") or match.group("tail")):
        return None
    if (
        prep == "in"
        and not match.group("next")
        and re.search(
            r"(first|highest|lowest|most|least|biggest|largest|smallest|worst|best|fastest|slowest|strongest"
            r"|weakest)\b",
            preceding,
        )
    ):
        return None  # "the highest in ten years" looks back
    count = parse_english_number(match.group("num")) if match.group("num") else 1
    if count is None or count != int(count):
        return None
    return h.after(said_on, int(count), match.group("unit").lower().rstrip("s"))


def by_year(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    prep = _prep(match)
    preceding = match.string[max(0, match.start() - 60) : match.start()].lower()
    negated = prep in ("until", "till") and re.search(r"\b(?:not|never|no)\b|n['’]t\b", preceding)
    if prep in BEFORE or negated:
        return h.before_year(_year(match))  # "not until 2029" means not before it
    return h.by_year(_year(match))


def start_of_year(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    return h.before_year(_year(match))


def end_of_year(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    return h.end_of_year(_year(match))


def mid_year(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    return h.mid_year(_year(match))


def past(match: re.Match[str], said_on: datetime.date) -> Resolution | None:
    """Words about the past: a date before said-on, so the text is known to look back."""
    return said_on - datetime.timedelta(days=1), "the past"


RULES: tuple[HorizonRule, ...] = (
    _rule(
        "full date (day month year)",
        rf"\b(?:(?P<prep>{DEADLINE})\s+)?(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH},?\s+{YEAR}",
        full_date,
        gate=YEAR_GATE,
    ),
    _rule(
        "full date (month day, year)",
        rf"\b(?:(?P<prep>{DEADLINE})\s+)?{MONTH}\s+{DAY},?\s+{YEAR}",
        full_date,
        gate=YEAR_GATE,
    ),
    _rule(
        "ISO date",
        rf"\b(?:(?P<prep>{DEADLINE})\s+)?(?P<year>(?:19|20|21)\d\d)-(?P<mon>[01]\d)-(?P<day>[0-3]\d)\b",
        iso_date,
        gate=YEAR_GATE,
    ),
    _rule(
        "month and year",
        rf"\b(?:(?P<prep>{DEADLINE})\s+)?(?P<endof>(?:the\s+)?(?:end|close)\s+of\s+)?(?:(?:early|mid"
        rf"|late)[- ])?{MONTH},?\s+(?:of\s+)?{YEAR}",
        month_year,
        gate=YEAR_GATE,
    ),
    _rule(
        "month",
        rf"\b(?P<prep>by|before|until|till|in|ahead of|prior to|through|throughout|this|next"
        rf"|during)\s+(?P<endof>(?:the\s+)?(?:end|close)\s+of\s+)?"
        rf"(?:(?:early|mid|late)[- ])?{MONTH}(?:\s+(?P<rel>this|next)\s+year)?(?!\.?,?\s+(?:\d|of\b))",
        month_only,
        gate=MONTH_GATE,
    ),
    _rule(
        "month and day",
        rf"\b(?:(?P<prep>{DEADLINE})\s+)?(?:the\s+)?(?:{MONTH}\s+{DAY}|{DAY_2}\s+(?:of\s+)?{MONTH_2})(?!,?\s+\d)",
        lambda match, said_on: _month_day(match, said_on),
        gate=MONTH_GATE,
    ),
    _rule(
        "half year without its year",
        r"\b(?:(?:by|in|during|before|through)\s+)?the\s+(?:end\s+of\s+the\s+)?(?P<which>first|second|1st"
        r"|2nd)\s+half\b(?!\s+of)",
        half_without_year,
        gate="half",
    ),
    _rule(
        "the rest of the year",
        r"\b(?:for|over|in|through)\s+the\s+rest\s+of\s+(?:the|this)\s+year\b|\bfull[- ]year\b",
        lambda match, said_on: h.this_year(said_on),
        gate="rest|full",
    ),
    _rule(
        "a year named",
        rf"(?<![\d$£€.,/-]){YEAR}\b",
        lambda match, said_on: h.by_year(_year(match)),
        weak=True,
        gate=YEAR_GATE,
    ),
    _rule(
        "half year",
        rf"\b(?:the\s+)?(?:end\s+of\s+the\s+)?(?P<which>first|second|1st|2nd)\s+half\s+of\s+(?:{YEAR}"
        rf"|this\s+year|next\s+year|the\s+year)",
        half_year,
        gate="half",
    ),
    _rule("half year (H1 2026)", rf"\b(?P<which>H1|H2)\s+{YEAR}", half_year, gate="H[12]"),
    _rule(
        "quarter",
        rf"\b(?:the\s+)?(?:end\s+of\s+the\s+)?(?P<q>first|second|third|fourth|final|last|1st|2nd|3rd"
        rf"|4th)\s+quarter(?:\s+of)?(?:\s+{YEAR}|\s+this\s+year|\s+next\s+year)?",
        quarter,
        gate="quarter",
    ),
    _rule("quarter (Q3 2026)", rf"\bQ(?P<qn>[1-4])\s*(?:of\s+)?(?:'|’)?{YEAR}", quarter, gate="Q[1-4]"),
    _rule(
        "middle of a year",
        rf"\b(?:(?:by|in|until|around|before)\s+)?(?:the\s+)?(?:mid[- ]?|middle\s+of\s+){YEAR}",
        mid_year,
        gate=YEAR_GATE,
    ),
    _rule(
        "end of a year",
        rf"\b(?:(?:by|before|at|until|towards?|around|in)\s+)?(?:the\s+)?(?:(?:end"
        rf"|close)\s+of\s+(?:the\s+year\s+)?|end[- ]|year[- ]end\s+|late\s+){YEAR}",
        end_of_year,
        gate=YEAR_GATE,
    ),
    _rule(
        "start of a year",
        rf"\b(?:(?:by|at|before)\s+)?the\s+(?:start|beginning|turn)\s+of\s+{YEAR}",
        start_of_year,
        gate=YEAR_GATE,
    ),
    _rule(
        "a year",
        rf"\b(?P<prep>{DEADLINE}|for|within)\s+(?:the\s+(?:year\s+)?|(?:early|the\s+early\s+part\s+of)\s+)?{YEAR}",
        by_year,
        gate=YEAR_GATE,
    ),
    _rule(
        "N units",
        rf"\b(?:(?P<prep>within|in|inside|over|during|for)\s+)?(?:the\s+)?(?:(?P<next>next|coming|following"
        rf"|upcoming)\s+)?"
        rf"(?P<num>{EN_NUMBER})\s+{UNITS}(?P<tail>\s+from\s+(?:now|today)|(?:’|')s?\s+time|\s+time\b|\s+hence)?",
        relative,
        gate=UNIT_GATE,
    ),
    _rule(
        "the next unit",
        r"\b(?P<prep>within|in|inside|over|during|for)\s+the\s+(?P<next>next|coming"
        r"|following)\s+(?P<num>)(?P<unit>year|decade|month|week)\b(?P<tail>)",
        relative,
        gate=UNIT_GATE,
    ),
    _rule(
        "this year",
        r"\b(?:(?:by|before|until|in|at|towards?)\s+)?(?:the\s+)?(?:end\s+of\s+(?:the|this)\s+year"
        r"|(?:end\s+of\s+)?this\s+year|year[- ]end)|\blater\s+this\s+year\b|\bwithin\s+the\s+year\b",
        lambda match, said_on: h.this_year(said_on),
        gate="year",
    ),
    _rule(
        "next year",
        r"\b(?:(?:by|before|until|in|at|during)\s+)?(?:the\s+)?(?:end\s+of\s+)?next\s+year\b",
        lambda match, said_on: h.next_year(said_on),
        gate="year",
    ),
    _rule(
        "the year after next",
        r"\bthe\s+year\s+after\s+next\b",
        lambda match, said_on: h.next_year(said_on, 2),
        gate="year",
    ),
    _rule(
        "next month",
        r"\b(?:(?:by|before|in)\s+)?(?:the\s+)?(?:end\s+of\s+)?next\s+month\b",
        lambda match, said_on: h.next_month(said_on),
        gate="month",
    ),
    _rule(
        "this month",
        r"\b(?:by|before)\s+(?:the\s+)?end\s+of\s+(?:the|this)\s+month\b|\blater\s+this\s+month\b"
        r"|\bby\s+month[- ]end\b",
        lambda match, said_on: h.this_month(said_on),
        gate="month",
    ),
    _rule(
        "this quarter",
        r"\b(?:by|before)\s+(?:the\s+)?end\s+of\s+(?:the|this)\s+quarter\b|\bthis\s+quarter\b",
        lambda match, said_on: h.this_quarter(said_on),
        gate="quarter",
    ),
    _rule("next quarter", r"\bnext\s+quarter\b", lambda match, said_on: h.this_quarter(said_on, 1), gate="quarter"),
    _rule(
        "end of the decade",
        r"\b(?:(?:by|before|at|until|towards?)\s+)?the\s+end\s+of\s+(?:the|this)\s+decade\b"
        r"|\bbefore\s+the\s+decade\s+is\s+out\b|\b(?:(?:by|in|within|during)\s+)?this\s+decade\b",
        lambda match, said_on: h.end_of_decade(said_on),
        gate="decade",
    ),
    _rule(
        "end of the century",
        r"\b(?:(?:by|before|at|until)\s+)?the\s+end\s+of\s+(?:the|this)\s+century\b|\bby\s+century'?s\s+end\b",
        lambda match, said_on: h.end_of_century(said_on),
        gate="century",
    ),
    _rule(
        "middle of the century",
        r"\b(?:(?:by|before|around)\s+)?(?:the\s+)?(?:mid[- ]?century|middle\s+of\s+(?:the|this)\s+century)\b",
        lambda match, said_on: h.mid_century(said_on),
        gate="century",
    ),
    _rule(
        "no checkable date",
        r"\b(?:(?<!\bas )soon|shortly|one day|someday|some day|eventually|sooner or later|at some point|before long"
        r"|in the (?:near |distant |not-too-distant |not too distant |foreseeable )?future"
        r"|(?:in|over) the (?:coming|next few) (?:years|decades|months|weeks)"
        r"|in the (?:years|decades|months) (?:ahead|to come)"
        r"|(?:in|over) the (?:long|medium|short) (?:run|term)"
        r"|within (?:months|weeks|days|years|decades)|in (?:a few|several) (?:years|months|weeks|decades))\b",
        lambda match, said_on: h.vague(match.group(0)),
        gate="soon|shortly|day|eventual|point|long|future|years|decades|months|weeks|run|term",
    ),
    _rule(
        "the past",
        rf"\blast\s+(?:year|month|week|decade)\b|\bearlier\s+this\s+(?:year|month)\b"
        rf"|\b(?:{EN_NUMBER})\s+(?:{UNIT_WORDS})\s+ago\b"
        rf"|\b(?:since|in\s+the\s+past)\s+(?:(?:{EN_NUMBER})\s+(?:{UNIT_WORDS})|(?:19|20)\d\d\b)",
        past,
        gate="last|earlier|ago|since|past",
    ),
)
