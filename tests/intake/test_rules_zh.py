"""The horizon rule in Chinese (``predictions.intake.rules_zh``): a Chinese reviewer or reader never meets the
extractor's English sentence for it."""

from __future__ import annotations

import datetime
import re

import pytest

from predictions.intake import find_forecasts
from predictions.intake.rules_zh import in_chinese
from predictions.intake.second_look import second_look
from tests.intake.evaluate import SETS, load


@pytest.mark.parametrize(
    ("rule", "chinese"),
    [
        ("next year: the last day of 2026", "明年：2026年的最后一天"),
        ("before 2030: the last day of 2029", "2030年之前：2029年的最后一天"),
        (
            "said-on + 18 months, same day of the month, clamped to the month's end: 2025-08-31 → 2027-02-28",
            "发言日期加18个月，同一日，超出月末则取月末：2025-08-31 → 2027-02-28",
        ),
        ("Q3 2026: the quarter's last day (2026-09-30)", "2026年第3季度：该季度最后一天（2026-09-30）"),
        (
            "before 2025-08 中旬: the day before it begins (2025-08-10)",
            "2025年8月中旬之前：取其开始的前一天（2025-08-10）",
        ),
        (
            "Friday: the next one after the said-on date (2026-03-13)",
            "星期五：发言日期之后的下一个星期五（2026-03-13）",
        ),
        ("“soon” names no checkable date: a reviewer sets one", "“soon”没有可核对的日期：由评审员设定"),
        (
            "not until 最早也要到2027年 at the earliest: the day before it begins (2026-12-31)",
            "最早也要到2027年：取其开始的前一天（2026-12-31）",  # the source's words say it once
        ),
        (
            "not until 2027年下半年 at the earliest: the day before it begins (2027-06-30)",
            "最早也要到2027年下半年：取其开始的前一天（2027-06-30）",
        ),
        ("上旬: the 10th of 2026-04", "2026年4月上旬：2026年4月10日"),
        # Wrappers render the rule they wrap.
        ("refers back: next year: the last day of 2027", "沿用前文的期限：明年：2027年的最后一天"),
        (
            "the question it answers: by the end of 2028: 2028-12-31",
            "沿用所回答问题的期限：2028年底前：2028-12-31",
        ),
        (
            "by the end of 2026: 2026-12-31 (the year the sentence names)",
            "2026年底前：2026-12-31（取句中所说的年份）",
        ),
    ],
)
def test_each_shape_of_rule_reads_in_chinese(rule: str, chinese: str) -> None:
    assert in_chinese(rule) == chinese


def test_a_rule_of_unknown_shape_is_not_half_translated() -> None:
    assert in_chinese("by the next full moon: 2026-04-02") is None
    assert in_chinese("refers back: by the next full moon: 2026-04-02") is None


def test_every_rule_the_extractor_states_on_the_labelled_texts_reads_in_chinese() -> None:
    """Every horizon rule of every candidate (and second-look line) on the corpus and the held-out texts, in both
    languages: a resolver sentence added without its rendering in ``rules_zh`` fails here, not on a page."""
    untranslated: dict[str, str] = {}
    english_left: dict[str, str] = {}  # of a Chinese text, outside the source's quoted words
    rules = 0
    for name in ("corpus", "holdout"):
        for document in load(SETS[name]):
            found = find_forecasts(document.text, language=document.language, said_on=document.said_on)
            more = second_look(document.text, language=document.language, said_on=document.said_on, candidates=found)
            for candidate in [*found, *more]:
                if candidate.horizon_rule:
                    rules += 1
                    chinese = in_chinese(candidate.horizon_rule)
                    if chinese is None:
                        untranslated[candidate.horizon_rule] = document.path.name
                    elif document.language == "zh-Hans" and re.search(r"[A-Za-z]{2,}", re.sub(r"“[^”]*”", "", chinese)):
                        english_left[chinese] = document.path.name
    assert rules > 1000
    assert untranslated == {}
    assert english_left == {}


def test_rules_of_a_chinese_text_read_in_chinese() -> None:
    text = "奥特曼表示，明年AI将改变软件开发的方式，三年内大多数公司都会用上智能体。"
    rules = [c.horizon_rule for c in find_forecasts(text, language="zh-Hans", said_on=datetime.date(2024, 5, 30))]
    assert [in_chinese(rule) for rule in rules if rule] == [
        "明年：2025年的最后一天",
        "发言日期加3年，同一日历日（2月29日遇平年取2月28日）：2024-05-30 → 2027-05-30",
    ]


def test_a_weekday_by_and_before_reads_as_the_readme_says_in_both_languages() -> None:
    """本周五前 is "by Friday" (that day); 下周四之前 "before Thursday" (the day before); the rule's date is the
    resolve-on date, in Chinese too."""
    monday = datetime.date(2026, 3, 2)
    by, before = (
        find_forecasts(text, language="zh-Hans", said_on=monday)[0]
        for text in ("我认为本周五前这个项目会完成审批。", "我认为下周四之前这个项目会完成审批。")
    )
    assert (by.resolve_on, in_chinese(by.horizon_rule or "")) == (
        datetime.date(2026, 3, 6),
        "本周五前：即该日（2026-03-06）",
    )
    assert (before.resolve_on, in_chinese(before.horizon_rule or "")) == (
        datetime.date(2026, 3, 11),
        "下周四之前：取其前一天（2026-03-11）",
    )
