"""The English horizon grammar: "within three years", "by the end of 2026", "before March 2027", "next year" ….

Each rule is a regular expression and a resolver (see ``horizons``). Where a phrase can also speak
of the past or of a duration ("for five years", "the first time in ten years", "two years ago"),
the resolver declines or returns a past date, so that such words never become a forecast's date.
"""

from __future__ import annotations

import re

from predictions.intake import horizons as h
from predictions.intake import resolvers_en as r
from predictions.intake.calendar_en import (
    DAY,
    DAY_2,
    DEADLINE,
    MONTH,
    MONTH_2,
    MONTH_GATE,
    UNIT_GATE,
    UNIT_WORDS,
    UNITS,
    YEAR,
    YEAR_GATE,
)
from predictions.intake.folding import folded
from predictions.intake.horizons import HorizonRule, Resolver
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


def _rule(
    name: str, pattern: str, resolve: Resolver, *, gate: str, weak: bool = False, case: bool = False
) -> HorizonRule:
    """``gate``: words every match of ``pattern`` contains (see ``HorizonRule.gate``). The rules match the folded
    text, except those whose resolver reads the case of the words (``case``: "May" the month, "may" the verb)."""
    if case:
        return HorizonRule(name, re.compile(pattern, re.I), resolve, weak, re.compile(gate, re.I))
    return HorizonRule(name, folded(pattern), resolve, weak, folded(gate), folded=True)


RULES: tuple[HorizonRule, ...] = (
    _rule(
        "full date (day month year)",
        rf"\b(?:(?P<prep>{DEADLINE})\s+)?(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH},?\s+{YEAR}",
        r.full_date,
        gate=YEAR_GATE,
    ),
    _rule(
        "full date (month day, year)",
        rf"\b(?:(?P<prep>{DEADLINE})\s+)?{MONTH}\s+{DAY},?\s+{YEAR}",
        r.full_date,
        gate=YEAR_GATE,
    ),
    _rule(
        "ISO date",
        rf"\b(?:(?P<prep>{DEADLINE})\s+)?(?P<year>(?:19|20|21)\d\d)-(?P<mon>[01]\d)-(?P<day>[0-3]\d)\b",
        r.iso_date,
        gate=YEAR_GATE,
    ),
    _rule(
        "month and year",
        rf"\b(?:(?P<prep>{DEADLINE})\s+)?(?P<endof>(?:the\s+)?(?:end|close)\s+of\s+)?(?:(?:early|mid"
        rf"|late)[- ])?{MONTH},?\s+(?:of\s+)?{YEAR}",
        r.month_year,
        gate=YEAR_GATE,
    ),
    _rule(
        "month",
        rf"\b(?P<prep>by|before|until|till|in|ahead of|prior to|through|throughout|this|next"
        rf"|during)\s+(?P<endof>(?:the\s+)?(?:end|close)\s+of\s+|end-)?"
        rf"(?:(?:early|mid|late)[- ])?{MONTH}(?:\s+(?P<rel>this|next)\s+year)?(?!\.?,?\s+(?:\d|of\b))",
        r.month_only,
        gate=MONTH_GATE,
        case=True,
    ),
    _rule(
        "month and day",
        rf"\b(?:(?P<prep>{DEADLINE})\s+)?(?:the\s+)?(?:{MONTH}\s+{DAY}|{DAY_2}\s+(?:of\s+)?{MONTH_2})(?!,?\s+\d)",
        r.month_day,
        gate=MONTH_GATE,
        case=True,
    ),
    _rule(
        "half year without its year",
        r"\b(?:(?:by|in|during|before|through)\s+)?the\s+(?:end\s+of\s+the\s+)?(?P<which>first|second|1st"
        r"|2nd)\s+half\b(?!\s+of)",
        r.half_without_year,
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
        r.by_year,
        weak=True,
        gate=YEAR_GATE,
    ),
    _rule(
        "half year",
        rf"\b(?:the\s+)?(?:end\s+of\s+the\s+)?(?P<which>first|second|1st|2nd)\s+half\s+of\s+(?:{YEAR}"
        rf"|this\s+year|next\s+year|the\s+year)",
        r.half_year,
        gate="half",
    ),
    _rule("half year (H1 2026)", rf"\b(?P<which>H1|H2)\s+{YEAR}", r.half_year, gate="H[12]"),
    _rule(
        "half year without its year (in H2)",
        r"\b(?:in|by|during|before|through)\s+(?:the\s+)?(?P<which>h1|h2)\b(?!\s*(?:\d|of\b|'|’))",
        r.half_without_year,
        gate="h[12]",
    ),
    _rule(
        "a unit or two (a range: its end)",
        r"\b(?:within|in|over|inside)\s+(?:the\s+next\s+)?(?:a|one)\s+(?P<unit>year|month|week|decade)\s+or\s+two\b",
        lambda match, said_on: h.after(said_on, 2, match.group("unit")),
        gate="or two",
    ),
    _rule(
        "Christmas",
        r"\b(?P<prep>by|before|until|in\s+time\s+for|ahead\s+of)\s+christmas\b",
        r.christmas,
        gate="christmas",
    ),
    _rule(
        "quarter",
        rf"\b(?:(?:in|by|during|before|until|through)\s+)?(?:the\s+)?(?:end\s+of\s+the\s+)?(?P<q>first|second|third"
        rf"|fourth|final|last|1st|2nd|3rd|4th)[\s-]quarter(?:\s+of)?(?:\s+{YEAR}|\s+this\s+year|\s+next\s+year)?",
        r.quarter,
        gate="quarter",
    ),
    _rule(
        "quarter named by its last month",
        rf"\b(?:(?:in|by|during|before|until|through|for)\s+)?the\s+(?P<month>march|june|september|december)\s+quarter"
        rf"(?:\s+of)?(?:\s+{YEAR}|\s+this\s+year|\s+next\s+year)?",
        r.quarter_by_month,
        gate="quarter",
    ),
    _rule(
        "a weekday",
        r"\b(?P<prep>by|before|until|on|this|next)\s+(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
        r"(?!,?\s+(?:\d|\w+\s+\d))",
        r.weekday,
        gate="day",
    ),
    _rule("quarter (Q3 2026)", rf"\bQ(?P<qn>[1-4])\s*(?:of\s+)?(?:'|’)?{YEAR}", r.quarter, gate="Q[1-4]"),
    _rule(
        "middle of a year",
        rf"\b(?:(?:by|in|until|around|before)\s+)?(?:the\s+)?(?:mid[- ]?|middle\s+of\s+){YEAR}",
        r.mid_year,
        gate=YEAR_GATE,
    ),
    _rule(
        "end of a year",
        rf"\b(?:(?:by|before|at|until|towards?|around|in)\s+)?(?:the\s+)?(?:(?:end"
        rf"|close)\s+of\s+(?:the\s+year\s+)?|end[- ]|year[- ]end\s+|late\s+){YEAR}",
        r.end_of_year,
        gate=YEAR_GATE,
    ),
    _rule(
        "start of a year",
        rf"\b(?:(?:by|at|before)\s+)?the\s+(?:start|beginning|turn)\s+of\s+{YEAR}",
        r.start_of_year,
        gate=YEAR_GATE,
    ),
    _rule(
        "a year",
        rf"\b(?P<prep>{DEADLINE}|for|within)\s+(?:the\s+(?:year\s+)?|(?:early|the\s+early\s+part\s+of)\s+)?{YEAR}",
        r.by_year,
        gate=YEAR_GATE,
    ),
    _rule(
        "N units",
        rf"\b(?:(?P<prep>within|in|inside|over|during|for)\s+)?(?:the\s+)?(?:(?P<next>next|coming|following"
        rf"|upcoming)\s+)?(?:(?P<least>at\s+least\s+)|(?:under|less\s+than|fewer\s+than|no\s+more\s+than|about"
        rf"|around|roughly|some)\s+)?"
        rf"(?P<num>{EN_NUMBER})(?:\s*(?:to|or|-|–)\s*(?P<num2>{EN_NUMBER}))?\s+{UNITS}(?P<tail>\s+from\s+(?:now|today)|(?:’|')s?\s+time|\s+time\b|\s+hence)?",
        r.relative,
        gate=UNIT_GATE,
    ),
    _rule(
        "the next unit",
        r"\b(?P<prep>within|in|inside|over|during|for)\s+the\s+(?P<next>next|coming"
        r"|following)\s+(?P<num>)(?P<unit>year|decade|month|week)\b(?P<tail>)",
        r.relative,
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
        "this time next year",
        r"\b(?:(?:by|at|around)\s+)?this\s+time\s+next\s+year\b",
        lambda match, said_on: h.after(said_on, 1, "year"),
        gate="year",
    ),
    _rule(
        "the end of this year as a price's close",
        r"\b(?:end|ends|ending|finish|finishes|close|closes)\s+(?:the|this)\s+year\b",
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
        "the year after",
        r"\b(?:in\s+)?the\s+(?:year\s+after|following\s+year)\b(?!\s+(?:next|that|this))",
        lambda match, said_on: (None, r.THE_YEAR_AFTER),
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
        r.past,
        gate="last|earlier|ago|since|past",
    ),
)
