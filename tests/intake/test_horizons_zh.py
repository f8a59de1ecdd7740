"""The Chinese horizon grammar, one rule at a time (said on 30 May 2024 unless stated)."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from predictions.intake import dates
from tests.intake.helpers import chinese, horizons, one_date

SAID = datetime.date(2024, 5, 30)


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        # N年内, N年以内, N年后, 未来N年: the same calendar day N years on; months and weeks likewise
        ("三年内", "2027-05-30"),
        ("十年以内", "2034-05-30"),
        ("三年后", "2027-05-30"),
        ("未来五年", "2029-05-30"),
        ("两年之内", "2026-05-30"),
        ("10年内", "2034-05-30"),
        ("六个月内", "2024-11-30"),
        ("半年内", "2024-11-30"),
        ("一年半内", "2025-11-30"),
        ("两周内", "2024-06-13"),
        # the end of a year, by a year, before a year
        ("2026年底前", "2026-12-31"),
        ("到2026年底", "2026-12-31"),
        ("2026年末", "2026-12-31"),
        ("到2030年", "2030-12-31"),
        ("2030年前", "2030-12-31"),
        ("在2030年", "2030-12-31"),
        ("二〇三〇年", "2030-12-31"),
        ("2035年之前", "2034-12-31"),
        ("2035年以前", "2034-12-31"),
        # "only after YEAR" / 要等到YEAR年以后: judged at the end of YEAR; "at least N more years": N years on
        ("要等到2030年以后", "2030-12-31"),
        ("至少还需要十年", "2034-05-30"),
        # months, halves, quarters, the middle of a year
        ("2027年6月前", "2027-06-30"),
        ("2027年6月底", "2027-06-30"),
        ("2027年6月之前", "2027-05-31"),
        ("2026年年中", "2026-06-30"),
        ("2026年上半年", "2026-06-30"),
        ("2026年下半年", "2026-12-31"),
        ("2026年第三季度", "2026-09-30"),
        ("今年第三季度", "2024-09-30"),
        # explicit full dates: 前 is "by", 之前 "before"
        ("2026年3月1日前", "2026-03-01"),
        ("2026年3月1日之前", "2026-02-28"),
        # relative years and months, the decade
        ("明年", "2025-12-31"),
        ("今年", "2024-12-31"),
        ("年内", "2024-12-31"),
        ("今年年底", "2024-12-31"),
        ("后年", "2026-12-31"),
        ("下个月", "2024-06-30"),
        ("本十年末", "2029-12-31"),
        ("本世纪中叶", "2050-12-31"),
    ],
)
def test_each_rule_resolves_as_the_date_rules_say(words: str, expected: str) -> None:
    assert one_date(words, "zh-Hans", SAID) == datetime.date.fromisoformat(expected)


@pytest.mark.parametrize("words", ["未来", "将来", "早晚", "迟早", "总有一天", "数年内"])
def test_horizons_without_a_checkable_date_are_kept_with_no_date(words: str) -> None:
    found = horizons(words, "zh-Hans", SAID)
    assert [(h.words, h.resolve_on) for h in found] == [(words, None)]


@pytest.mark.parametrize("text", ["三年前", "过去三年", "三年来", "去年", "今年以来"])
def test_past_words_resolve_before_the_said_on_date(text: str) -> None:
    found = horizons(text, "zh-Hans", SAID)
    assert found and all(h.resolve_on and h.resolve_on < SAID for h in found)


def test_2030_followed_by_zhongguo_is_the_year_not_the_middle_of_it() -> None:
    (found,) = horizons("2030年中国将", "zh-Hans", SAID)
    assert (found.words, found.resolve_on) == ("2030年", datetime.date(2030, 12, 31))


@given(
    said_on=st.dates(min_value=datetime.date(1950, 1, 1), max_value=datetime.date(2150, 12, 31)),
    years=st.integers(1, 99),
    as_numerals=st.booleans(),
    phrase=st.sampled_from(["{n}年内", "{n}年以内", "{n}年之内", "{n}年后", "未来{n}年"]),
)
def test_within_n_years_for_any_n_and_any_date(
    said_on: datetime.date, years: int, as_numerals: bool, phrase: str
) -> None:
    number = chinese(years) if as_numerals else str(years)
    assert one_date(phrase.format(n=number), "zh-Hans", said_on) == dates.add_years(said_on, years)


@given(
    said_on=st.dates(min_value=datetime.date(1950, 1, 1), max_value=datetime.date(2150, 12, 31)),
    months=st.integers(1, 60),
)
def test_within_n_months_for_any_n(said_on: datetime.date, months: int) -> None:
    assert one_date(f"{months}个月内", "zh-Hans", said_on) == dates.add_months(said_on, months)


@pytest.mark.parametrize(
    ("words", "said_on", "expected"),
    [
        # a range of horizons → its end; a range or list of days and months → the last one
        ("未来三到五年", "2025-01-10", "2030-01-10"),
        ("两到三年内", "2025-10-23", "2028-10-23"),
        ("10月1日至8日", "2025-09-28", "2025-10-08"),
        ("21日至23日", "2025-07-21", "2025-07-23"),
        ("7月、8月", "2025-06-20", "2025-08-31"),
        ("9月中旬至10月上旬", "2025-08-01", "2025-10-10"),
        # 上旬 / 中旬 / 下旬 → the 10th / 20th / last day; 月底 → the said-on month's end
        ("8月上旬", "2025-07-21", "2025-08-10"),
        ("8月中旬", "2025-07-21", "2025-08-20"),
        ("8月下旬", "2025-07-21", "2025-08-31"),
        ("月底", "2025-07-21", "2025-07-31"),
        # 最快也要到 / 最早也要到: not before that period → the day before it begins
        ("最快也要到2027年", "2025-05-01", "2026-12-31"),
        ("最早也要到明年下半年", "2025-05-01", "2026-06-30"),
        # the five-year plans: 十五五 = 2026–2030
        ("“十五五”期间", "2025-01-14", "2030-12-31"),
        ("“十四五”末", "2023-01-14", "2025-12-31"),
    ],
)
def test_ranges_dekads_not_until_and_plan_periods(words: str, said_on: str, expected: str) -> None:
    assert str(one_date(words, "zh-Hans", datetime.date.fromisoformat(said_on))) == expected


@pytest.mark.parametrize(("words", "said_on"), [("截至6月末", "2025-08-11"), ("今年1至8月", "2025-09-28")])
def test_as_of_a_month_and_months_gone_by_speak_of_the_past(words: str, said_on: str) -> None:
    day = datetime.date.fromisoformat(said_on)
    resolved = one_date(words, "zh-Hans", day)
    assert resolved is not None and resolved < day
