"""Whole articles written for these tests (``articles/``; not the corpus, not the held-out set).

Each lists the forecasts a reviewer would want (a quote inside the candidate, its date and stated
probability) and look-alikes no candidate may cover. They guard what the corpus numbers cannot show
on their own: that the extractor reads fresh text, in both languages.
"""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from predictions.intake import find_forecasts
from tests.intake.evaluate import Expected, match

ARTICLES = Path(__file__).resolve().parent / "articles"


def article(name: str) -> str:
    return (ARTICLES / f"{name}.txt").read_text(encoding="utf-8")


Forecast = tuple[str, str | None, float | None]  # a quote inside the candidate, its resolve-on, its probability
CASES: dict[str, tuple[str, str, str, list[Forecast], list[str]]] = {
    "news_en": (
        article("news_en"),
        "en",
        "2025-06-10",
        [
            ("Copper to hit record as grid spending soars", None, None),
            (
                "Copper prices will climb to a record above $12,000 a tonne before the end of next year",
                "2026-12-31",
                None,
            ),
            ("We are going to see a real shortage by 2027", "2027-12-31", None),
            ("I'd put the chance of a deficit next year at 70 percent.", "2026-12-31", 0.7),
            ("expects output of 450,000 tonnes in 2025", "2025-12-31", None),
            ("China won't slow down as much as people think", None, None),
            (
                "Goldman Sachs analysts expect prices to average $10,500 in the second half of the year",
                "2025-12-31",
                None,
            ),
        ],
        [
            "It will open a new concentrator in Chile in September.",
            "Some traders argue that Chinese demand will weaken sharply this summer.",
            "Should investors buy now?",
        ],
    ),
    "speech_en": (
        article("speech_en"),
        "en",
        "2025-09-15",
        [
            ("By 2030, more than half of our electricity will come from renewables.", "2030-12-31", None),
            ("Our last coal plant will close before the end of 2028", "2028-12-31", None),
            ("I don't think we will need a new gas plant this decade.", "2029-12-31", None),
            ("There's maybe a 60 percent chance that battery prices halve within three years.", "2028-09-15", 0.6),
            ("by 2027 they will fall.", "2027-12-31", None),
        ],
        [
            "Remarks by Governor Ana Ruiz to the State Energy Forum",
            "Here is what I expect.",
            "Some utilities say that's too fast.",
            "We will hold public hearings in every county next spring.",
            "Will bills go up?",
        ],
    ),
    "news_zh": (
        article("news_zh"),
        "zh-Hans",
        "2025-03-05",
        [
            ("今年国内电动车渗透率将突破六成", "2025-12-31", None),
            ("今年国内新能源汽车渗透率将突破60%", "2025-12-31", None),
            ("公司全年销量有望达到80万辆", "2025-12-31", None),
            ("固态电池最快两年内就能装车", "2027-03-05", None),
            ("但真正大规模普及要等到2030年以后", "2030-12-31", None),
            ("价格战明年会逐步缓和，“我有七成把握”", "2026-12-31", 0.7),
        ],
        [
            "公司将于4月在上海发布一款新车",
            "去年，星海汽车交付新车52万辆",
            "业内人士称，行业洗牌将在三年内完成",
            "政府应该进一步完善充电基础设施",
        ],
    ),
    "interview_zh": (
        article("interview_zh"),
        "zh-Hans",
        "2025-11-20",
        [
            ("国产7纳米芯片三年内有望大规模量产", "2028-11-20", None),
            ("我认为明年上半年存储芯片价格还会上涨", "2026-06-30", None),
            ("下半年可能会回落", "2026-12-31", None),
            ("我判断国产7纳米芯片三年内有望实现大规模量产", "2028-11-20", None),
            ("但5纳米至少还需要五年", "2030-11-20", None),
            # The number is put on the judgement just made, so it takes that judgement's date (as the corpus labels do).
            ("这个判断我有六成把握", "2028-11-20", 0.6),
        ],
        ["明年芯片行业会迎来新一轮周期", "去年我确实说过今年会过剩", "我们实验室将于明年3月发布新一代设计工具"],
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_fresh_articles(name: str) -> None:
    text, language, said_on, forecasts, look_alikes = CASES[name]
    candidates = find_forecasts(text, language=language, said_on=datetime.date.fromisoformat(said_on))
    expected = []
    for quote, _, _ in forecasts:
        start = text.index(quote)
        expected.append(Expected(quote, start, start + len(quote), None, None, None))
    pairs = match(expected, candidates)
    assert sorted(pairs) == list(range(len(forecasts))), [
        forecasts[i][0] for i in range(len(forecasts)) if i not in pairs
    ]
    for index, (quote, resolve_on, probability) in enumerate(forecasts):
        candidate = candidates[pairs[index]]
        assert (str(candidate.resolve_on) if candidate.resolve_on else None, candidate.probability) == (
            resolve_on,
            probability,
        ), quote
    for look_alike in look_alikes:
        start = text.index(look_alike)
        covering = [c.quote for c in candidates if c.start < start + len(look_alike) and start < c.end]
        assert covering == [], look_alike
