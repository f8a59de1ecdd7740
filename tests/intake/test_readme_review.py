"""A fresh-eyes review of the README audits (ninth session): ordinary news sentences on which a new rule
overreached, written by the reviewer, each with what the corpus README says (and one bug the hedges audit found).
The review's other findings were there before the audits and are listed in ``docs/decisions.md`` (issue 12, ninth
session)."""

from __future__ import annotations

import datetime

import pytest

from predictions.intake import find_forecasts
from tests.intake.helpers import copied_from_labelled_texts

SPRING = datetime.date(2025, 4, 10)
AUTUMN = datetime.date(2025, 9, 10)

ROWS: list[tuple[str, str, datetime.date, list[str]]] = [
    # A report or meeting named by the year it covers is held the year after: its words are said now (README:
    # "Earlier forecasts recalled … were not made on said_on" — these were), not recalled.
    ("zh-Hans", "王传福在2024年度股东大会表示，今年海外销量将超过80万辆。", SPRING,
     ["王传福在2024年度股东大会表示，今年海外销量将超过80万辆。"]),
    ("zh-Hans", "他在2024年度的业绩会上表示，今年净利润将增长两成。", SPRING,
     ["他在2024年度的业绩会上表示，今年净利润将增长两成。"]),
    ("zh-Hans", "公司在2024年年度报告中预计，今年营收将增长一成。", SPRING,
     ["公司在2024年年度报告中预计，今年营收将增长一成。"]),
    ("zh-Hans", "她在2019年出版的书中预测，2030年电动车将占新车销量的一半。", SPRING, []),  # still recalled
    # 料 of feeds and seasonings is a noun, not "expected to": past results are no forecasts.
    ("zh-Hans", "今年上半年，海大集团水产料增长12%，猪料下降5%。", AUTUMN, []),
    ("zh-Hans", "7月份，全国配合饲料产量增长4%，其中猪料增长6%。", AUTUMN, []),
    ("zh-Hans", "受牛油价格影响，火锅底料涨价明显。", AUTUMN, []),
    ("zh-Hans", "台风“海燕”车险赔付料超20亿元。", AUTUMN, ["台风“海燕”车险赔付料超20亿元。"]),
    # An amount to spend judged realistic is a plan; an outcome judged realistic is a forecast.
    ("zh-Hans", "他表示，从财力看，每年投入5亿元比较现实。", AUTUMN, []),
    ("zh-Hans", "他认为明年营收50亿元比较现实。", AUTUMN, ["他认为明年营收50亿元比较现实。"]),
    # A second predicate after 而且 / 并且 is a claim of its own (README, "Quotes": each clause labelled), wherever the
    # sentence stands in the text (its pattern, anchored with ^, once only matched at the text's very start).
    ("zh-Hans", "去年的销量下滑了。李娜表示，明年销量会回升，并且利润率超过8%。", SPRING,
     ["李娜表示，明年销量会回升", "利润率超过8%。"]),
    # The speaker's own view after an unnamed one in the same sentence is the speaker's forecast.
    ("en", '"I keep hearing that prices will fall next year, and I think they will," said Ana Ruiz.', AUTUMN,
     ["I think they will"]),
    ("en", "There is a view out there that rates will fall next year, and that banks will suffer.", AUTUMN, []),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "said_on", "quotes"), ROWS)
def test_the_reviewers_sentences(language: str, text: str, said_on: datetime.date, quotes: list[str]) -> None:
    found = [c.quote for c in find_forecasts(text, language=language, said_on=said_on)]
    assert found == quotes


def test_no_sentence_is_copied_from_a_labelled_text() -> None:
    assert copied_from_labelled_texts(__file__, read_up_to="al", english=40) == []
