"""Every date rule of the corpus README ("Labelling rules" → "Dates", "Date phrasings the rules do not spell out" and
the date parts of "Horizons"), in English, in the variants a journalist uses: each unit (day, weekday, month, quarter,
half, year, decade), with and without its year, after by / before / in / until / through / not until / at the
earliest / at the latest / within / over the next, as ranges, in digits and in words.

Each row is a short forecast written for this module (not copied from the corpus or the held-out batches: the last
test checks it), its said-on date, and the date the README's rule gives. The last group holds date-looking words the
rules give no date (events, seasons, horizons counted from an event, a dated noun that dates something else), so that
the rules do not reach too far.
"""

from __future__ import annotations

import datetime

import pytest

from predictions.intake import find_forecasts
from tests.intake.helpers import copied_from_labelled_texts

S = datetime.date(2025, 5, 14)  # a Wednesday
D = datetime.date

ROWS: list[tuple[str, datetime.date, str | None]] = [
    # "within / in N years, in the next N years, N years from now … → the same calendar day N years after D (29 Feb →
    # 28 Feb …). Months and weeks likewise … Decades: within a decade / 十年内 → D + 10 years."
    ("Our analysts expect the backlog to clear within three years.", S, "2028-05-14"),
    ("Our analysts expect the backlog to clear within 3 years.", S, "2028-05-14"),
    ("The mayor said rents will fall in two years.", S, "2027-05-14"),
    ("She predicted the mine will close in the next five years.", S, "2030-05-14"),
    ("He expects demand to double over the next four years.", S, "2029-05-14"),
    ("I think the market will look very different five years from now.", S, "2030-05-14"),
    ("The bank forecasts that rates will be lower in two years' time.", S, "2027-05-14"),
    ("Prices will be 5 percent higher in six months, the economist said.", S, "2025-11-14"),
    ("We expect the strike to end within 18 months.", S, "2026-11-14"),
    ("I believe the ceasefire will collapse within six weeks.", S, "2025-06-25"),
    ("He predicted the currency would collapse within 90 days.", S, "2025-08-12"),
    ("Fusion power will be commercial within a decade, she said.", S, "2035-05-14"),
    ("Fusion power will be commercial within two decades, she said.", S, "2045-05-14"),
    ("The sea will rise another ten centimetres within the next decade, the agency said.", S, "2035-05-14"),
    ("We see the index 10 percent higher over the next twelve months.", S, "2026-05-14"),
    ("Said on a leap day: the port will be full within two years.", D(2024, 2, 29), "2026-02-28"),
    ("I think the merger will close within a couple of years.", S, "2027-05-14"),
    ("A year from now the town will have its new bridge, the engineer predicted.", S, "2026-05-14"),
    # "by the end of YEAR, by end-YEAR … → YEAR-12-31."
    ("The ministry expects the line to be finished by the end of 2026.", S, "2026-12-31"),
    ("The ministry expects the line to be finished by end-2026.", S, "2026-12-31"),
    ("The ministry expects the line to be finished by year-end 2026.", S, "2026-12-31"),
    ("The ministry expects the line to be finished by late 2026.", S, "2026-12-31"),
    ("The ministry expects the line to be finished by the close of 2026.", S, "2026-12-31"),
    # "by YEAR, in YEAR … → YEAR-12-31."
    ("Solar will be the cheapest power everywhere by 2030, she said.", S, "2030-12-31"),
    ("Solar will overtake gas during 2027, the agency predicts.", S, "2027-12-31"),
    ("Solar will be the cheapest power in the year 2030, she said.", S, "2030-12-31"),
    ("Inflation will average 3 percent over 2026, the bank forecasts.", S, "2026-12-31"),
    # "before YEAR … → (YEAR−1)-12-31."
    ("The agency does not expect the reactor to restart before 2028.", S, "2027-12-31"),
    ("The road will not reopen before 2027, the council said.", S, "2026-12-31"),
    # "by / in MONTH YEAR … → the last day of that month; before MONTH YEAR → the last day of the month before."
    ("The regulator expects the rule to be in force by March 2026.", S, "2026-03-31"),
    ("The regulator expects the rule to be in force before March 2026.", S, "2026-02-28"),
    ("The regulator expects the rule to be in force by Sept. 2026.", S, "2026-09-30"),
    ("The regulator expects the rule to be in force by March of next year.", S, "2026-03-31"),
    ("The regulator expects the rule to be in force by September of this year.", S, "2025-09-30"),
    ("The regulator expects the rule to be in force before next March.", S, "2026-02-28"),
    ("The regulator expects the rule to be in force by mid-October 2026.", S, "2026-10-20"),
    # "by mid-YEAR / YEAR年中 → YEAR-06-30; the first half / 上半年 of YEAR → YEAR-06-30; the end of a quarter /
    # Q3 YEAR → that quarter's last day."
    ("The bank expects inflation to peak by mid-2026.", S, "2026-06-30"),
    ("The bank expects inflation to peak by the middle of next year.", S, "2026-06-30"),
    ("The bank expects inflation to peak by midyear.", S, "2025-06-30"),
    ("The bank expects inflation to peak in H1 2026.", S, "2026-06-30"),
    ("The bank expects inflation to peak in 1H 2026.", S, "2026-06-30"),
    ("The bank expects inflation to peak in the first six months of 2026.", S, "2026-06-30"),
    ("The bank expects the recession to end in the first three months of 2026.", S, "2026-03-31"),
    ("The bank expects the recession to end in the third quarter of 2026.", S, "2026-09-30"),
    ("The bank expects the recession to end in Q3 of 2026.", S, "2026-09-30"),
    ("The bank expects the recession to end in 3Q 2026.", S, "2026-09-30"),
    ("The bank expects the recession to end in 3Q26.", S, "2026-09-30"),
    ("The bank expects the recession to end in Q3'26.", S, "2026-09-30"),
    ("The bank expects the recession to end in the final quarter of 2026.", S, "2026-12-31"),
    # "next year, 明年 → (D.year+1)-12-31; this year, by the end of the year … → D.year-12-31; the year after next …
    # → (D.year+2)-12-31; next month … → the last day of the next month."
    ("The IMF expects growth to slow in the next calendar year.", S, "2026-12-31"),
    ("The IMF expects growth to slow in the current year.", S, "2025-12-31"),
    ("The IMF expects growth to slow this calendar year.", S, "2025-12-31"),
    ("The ministry expects the line to be finished by the year's end.", S, "2025-12-31"),
    ("The IMF expects growth to slow in the year after next.", S, "2027-12-31"),
    ("The IMF expects growth to slow by the end of next month.", S, "2025-06-30"),
    ("The IMF expects growth to slow before the month is out.", S, "2025-05-31"),
    ("The whip predicted the bill will pass by month's end.", S, "2025-05-31"),
    ("The IMF expects growth to slow the month after next.", S, "2025-07-31"),
    ("The whip predicted the bill will pass by the start of next year.", S, "2025-12-31"),
    # "by the end of the decade / 本十年末 → the last day of the year ending in 9 of D's decade."; "This decade" …; "the
    # end of the century → 2099-12-31 by the same reading."
    ("Coal will be gone from the grid before the decade is out, the minister predicted.", S, "2029-12-31"),
    ("Coal will be gone from the grid by decade's end, the minister predicted.", S, "2029-12-31"),
    ("Coal will be gone from the grid by decade-end, the minister predicted.", S, "2029-12-31"),
    ("Coal will be gone from the grid by the end of the 2020s, the minister predicted.", S, "2029-12-31"),
    ("Coal will be gone from the grid by the century's end, the minister predicted.", S, "2099-12-31"),
    # "soon, in the coming years, one day, eventually … → null."
    ("The minister said coal will be gone in the coming decades.", S, None),
    ("The minister said coal will be gone in a few years.", S, None),
    ("The minister said coal will be gone in the long run.", S, None),
    # "an explicit full date ("by 1 March 2026" …) → that date; "before" it → the day before."
    ("His lawyer predicted the court will rule by March 1, 2026.", S, "2026-03-01"),
    ("His lawyer predicted the court will rule before 1 March 2026.", S, "2026-02-28"),
    ("His lawyer predicted the court will rule by the 1st of March 2026.", S, "2026-03-01"),
    ("His lawyer predicted the court will rule by the thirtieth of June.", S, "2025-06-30"),
    # ""full-year" / 全年 → the year the sentence is about (this year unless it names another)."
    ("For full-year 2026 we're guiding to revenue growth of about 8 percent.", S, "2026-12-31"),
    ("Full-year 2026 revenue will be about 4 billion, the chief financial officer said.", S, "2026-12-31"),
    ("We expect 2026 full-year revenue to rise 8 percent.", S, "2026-12-31"),
    ("We expect revenue for the full year 2026 to rise 8 percent.", S, "2026-12-31"),
    ("We expect full-year revenue to rise 8 percent.", S, "2025-12-31"),
    # ""Before the end of YEAR / of the year" … → by the end (YEAR-12-31), not the year before."
    ("I think the deal will be signed before the end of 2026.", S, "2026-12-31"),
    ("I think the deal will be signed before the end of next year.", S, "2026-12-31"),
    ("I think the deal will be signed before the end of the first half of 2026.", S, "2026-06-30"),
    ("I think the deal will be signed before the end of the decade.", S, "2029-12-31"),
    # ""Through YEAR" → YEAR-12-31"; ""Until YEAR", "until at least YEAR" → YEAR-12-31 …; "into next year" → next year."
    ("The bank expects rates to stay high through the end of next year.", S, "2026-12-31"),
    ("The bank expects rates to stay high until at least 2027.", S, "2027-12-31"),
    ("The bank expects rates to stay high until next year.", S, "2026-12-31"),
    ("The bank expects rates to stay high until at least next year.", S, "2026-12-31"),
    ("The bank expects rates to stay high well into next year.", S, "2026-12-31"),
    ("The bank expects rates to stay high into the new year.", S, "2026-12-31"),
    ("The bank expects rates to stay high through 2027 and 2028.", S, "2028-12-31"),
    # "The second half / 下半年 → 12-31 of that year"
    ("The bank expects inflation to peak in the second half of next year.", S, "2026-12-31"),
    ("The bank expects inflation to peak in the back half of the year.", S, "2025-12-31"),
    ("The bank expects inflation to peak in the latter half of 2026.", S, "2026-12-31"),
    ("The bank expects inflation to peak in 2H26.", S, "2026-12-31"),
    # "最晚到YEAR年 → by YEAR"; "最迟 → by (as 最晚)"
    ("She expects the first flights by 2028 at the latest.", S, "2028-12-31"),
    ("She expects the first flights by no later than 2028.", S, "2028-12-31"),
    ("She expects the first flights next year at the latest.", S, "2026-12-31"),
    # ""Not until YEAR at the earliest" = before YEAR → (YEAR−1)-12-31. "Only after YEAR" … → YEAR-12-31."; "最早也要到
    # … → the day before the period begins"
    ("She does not expect the first flights until 2028 at the earliest.", S, "2027-12-31"),
    ("She expects the first flights no earlier than 2028.", S, "2027-12-31"),
    ("She expects the first flights next year at the earliest.", S, "2025-12-31"),
    ("The first flights won't happen until next year, she predicted.", S, "2025-12-31"),
    ("The first flights won't happen until March, she predicted.", S, "2026-02-28"),
    ("The first flights won't happen until March 2026, she predicted.", S, "2026-02-28"),
    ("She expects the first flights in March at the earliest.", S, "2026-02-28"),
    ("She expects the first flights in the second half of 2026 at the earliest.", S, "2026-06-30"),
    ("She expects the first flights in the third quarter of 2026 at the earliest.", S, "2026-06-30"),
    ("The first flights won't happen until the second half, she predicted.", S, "2025-06-30"),
    ("She thinks the first flights will come only after 2030.", S, "2030-12-31"),
    ("She thinks the first flights will come only after March.", S, "2026-03-31"),
    # ""At least N more years" … → D + N years; with a range … → D + 3 years (the range rule below)."
    ("The engineers think the repairs will take at least two more years.", S, "2027-05-14"),
    ("The engineers think the repairs will need at least another decade.", S, "2035-05-14"),
    ("The engineers think the shortage will last for another year.", S, "2026-05-14"),
    ("The engineers think the shortage will last at least a decade.", S, "2035-05-14"),
    ("The engineers think the repairs will take at least two or three more years.", S, "2028-05-14"),
    ("The engineers think the line won't reopen for two or three years.", S, "2028-05-14"),
    ("The engineers think the line won't reopen for a decade or more.", S, "2035-05-14"),
    # "A range of horizons → its end: "within two to three years", 未来两到三年 … → D + 3 / 5 years"
    ("The agency predicts prices will double within two or three years.", S, "2028-05-14"),
    ("The agency predicts prices will double in 3–5 years.", S, "2030-05-14"),
    ("The agency predicts prices will double in two-to-three years.", S, "2028-05-14"),
    ("The agency predicts prices will double in the next year or two.", S, "2027-05-14"),
    ("The agency predicts prices will double within six to nine months.", S, "2026-02-14"),
    ("The agency predicts prices will double between 2027 and 2029.", S, "2029-12-31"),
    ("The agency predicts prices will double from 2026 to 2028.", S, "2028-12-31"),
    ("The agency predicts prices will double in 2027-29.", S, "2029-12-31"),
    ("The agency predicts prices will double in 2026 or early 2027.", S, "2027-12-31"),
    ("The agency predicts prices will double in late 2026 or early 2027.", S, "2027-12-31"),
    ("The agency predicts prices will double by the end of 2026 or early 2027.", S, "2027-12-31"),
    # "A quarter or half without a year is the nearest such period that has not yet ended"
    ("The bank expects the recession to end by the end of the first quarter.", D(2025, 9, 10), "2026-03-31"),
    ("The bank expects inflation to peak in the first half.", D(2025, 1, 20), "2025-06-30"),
    ("The bank expects the recession to end before Q3.", S, "2025-06-30"),
    # "A day of the month without a month is in said_on's month … 月底 / "the end of the month" → the last day of
    # said_on's month; a weekday without a date ("on Friday") → the next such day after said_on. 上旬 / 中旬 / 下旬 →
    # the 10th / 20th / last day of the month."
    ("The committee is expected to vote by the 28th, the whip predicted.", S, "2025-05-28"),
    ("The whip predicted the bill will pass on the 21st.", S, "2025-05-21"),
    ("The whip predicted the bill will pass before Friday.", S, "2025-05-15"),
    ("The whip predicted the bill will pass by the middle of June.", S, "2025-06-20"),
    ("The whip predicted the bill will pass by the start of June.", S, "2025-05-31"),
    # "最快 with a positive claim ("as early as") → the end of that period."
    ("She expects the first flights as early as the second half of next year.", S, "2026-12-31"),
    # "YEAR年前后 / "around YEAR" → YEAR-12-31"
    ("She thinks the population will peak in about 2060.", S, "2060-12-31"),
    # "A named year used as a subject or modifier is "in YEAR" …; a relative year does the same"
    ("She predicts 2026's harvest will be the largest on record.", S, "2026-12-31"),
    ("She predicts next year's harvest will be the largest on record.", S, "2026-12-31"),
    # Date-looking words the rules give no date: "events and seasons have no date rule"; "A horizon counted from an
    # event rather than from `said_on` is null too … and so is a dated word that dates something else in the sentence".
    ("The coach predicted his side will win the title in the 2025/26 season.", S, None),
    ("The coach predicted his side will be relegated in the 2025-26 season.", S, None),
    ("The coach predicted his side will be relegated next season.", S, None),
    ("The pollster thinks the party will lose its majority before the next election.", S, None),
    ("The analyst expects the mall to turn a profit within two years of opening.", S, None),
    ("The analyst expects sales to double in the three years after the merger.", S, None),
    ("The agency expects the hurricane season that begins June 1 to be busy.", S, None),
    ("The demographer predicts girls born this year will live to 100.", S, None),
    ("The planner expects the new terminal, which opened in 2023, to reach capacity soon.", S, None),
    ("The minister expects exports to recover by the time the new port opens.", S, None),
    ("The treasurer expects a surplus in 2026-27.", S, None),  # a fiscal year, not a range of two years
    # … and a look-alike that keeps its date: the claim's own time after "that begins".
    ("I expect a recovery that begins next year.", S, "2026-12-31"),
]


@pytest.mark.parametrize(("text", "said_on", "expected"), ROWS)
def test_the_readme_date_rules_in_english(text: str, said_on: datetime.date, expected: str | None) -> None:
    candidates = find_forecasts(text, language="en", said_on=said_on)
    assert candidates, text
    assert {c.resolve_on.isoformat() if c.resolve_on else None for c in candidates} == {expected}, [
        (c.horizon, c.horizon_rule) for c in candidates
    ]


def test_these_sentences_are_not_copied_from_the_corpus_or_the_batches() -> None:
    assert copied_from_labelled_texts(__file__, read_up_to="ai", english=40) == []
