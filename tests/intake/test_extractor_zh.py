"""The extractor on Chinese news sentences written for these tests (not the corpus), and on the seed article."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest

from predictions.intake import Candidate, find_forecasts
from tests.intake import helpers
from tests.intake.helpers import assert_forecast

SAID = datetime.date(2024, 5, 30)
ROOT = Path(__file__).resolve().parents[2]


def found(text: str) -> list[Candidate]:
    return find_forecasts(text, language="zh-Hans", said_on=SAID)


def only(text: str) -> Candidate:
    return helpers.only(text, "zh-Hans", SAID)


@pytest.mark.parametrize(
    ("text", "resolve_on", "probability", "kind"),
    [
        ("国际货币基金组织预计，明年全球经济增速将放缓至2.9%。", "2025-12-31", None, "reported"),
        ("“我们将在三年内实现完全自动驾驶，”马斯克对记者说。", "2027-05-30", None, "direct"),
        ("他认为，到2030年，中国新能源汽车销量将占新车总销量的一半以上。", "2030-12-31", None, "reported"),
        ("该行首席经济学家表示，美联储有七成把握在年底前降息。", "2024-12-31", 0.7, "reported"),
        ("高盛分析师王磊预测，房价在未来两年内不会出现大幅反弹。", "2026-05-30", None, "reported"),
        ("李明说：“我并不认为油价会在2025年底前跌破60美元。”", "2025-12-31", None, "direct"),
        ("世界卫生组织称，疫苗有望在2026年上半年获批。", "2026-06-30", None, "reported"),
        ("他表示，公司营收有百分之三十的可能在下个季度出现下滑。", "2024-09-30", 0.3, "reported"),
        ("她预计，十年内人工智能将取代一半的客服岗位。", "2034-05-30", None, "reported"),
        ("张伟认为，2035年之前，核聚变发电不会实现商业化。", "2034-12-31", None, "reported"),
    ],
)
def test_forecasts_in_news_style(
    text: str, resolve_on: str | None, probability: float | None, kind: str | None
) -> None:
    assert_forecast(text, "zh-Hans", SAID, resolve_on=resolve_on, probability=probability, kind=kind)


@pytest.mark.parametrize(
    "text",
    [
        "该公司去年交付了180万辆汽车，同比增长38%。",
        "峰会将于明年六月在日内瓦举行。",
        "政府应该加大对基础研究的投入。",
        "人工智能会取代人类的工作吗？",
        "我们希望明年经济能够好转。",
        "该公司成立于2015年，总部位于北京。",
        "新规将于2025年1月1日起施行。",
        "会议期间，双方就气候变化问题交换了意见。",
        "社会各界对此高度关注。",
        "他将这些数据输入系统进行分析。",
        "公司计划明年在上海开设新工厂。",
    ],
)
def test_look_alikes_are_not_candidates(text: str) -> None:
    assert [c.quote for c in found(text)] == []


def test_the_seed_article_yields_all_four_recorded_forecasts_anchored() -> None:
    text = (ROOT / "seeds" / "000_f95e91212e92d585.txt").read_bytes().decode("utf-8")
    fixtures = json.loads((ROOT / "fixtures" / "article_000.json").read_text(encoding="utf-8"))
    recorded = [item["fields"] for item in fixtures if item["model"] == "predictions.prediction"]
    candidates = find_forecasts(text, language="zh-Hans", said_on=SAID)
    assert len(recorded) == 4
    for candidate in candidates:
        assert text[candidate.start : candidate.end] == candidate.quote
    for forecast in recorded:
        start, end = forecast["quote_start"], forecast["quote_end"]
        assert text[start:end] == forecast["quote"]
        covering = [c for c in candidates if c.start <= start and end <= c.end]
        assert len(covering) == 1, (forecast["quote"], [c.quote for c in candidates])
    # The two quotes of one quotation are two candidates, both dated by 三年后 in the question before them.
    (thousands,) = [c for c in candidates if "成千上万" in c.quote]
    (few,) = [c for c in candidates if "只有少数" in c.quote]
    assert thousands.key != few.key
    assert thousands.resolve_on == few.resolve_on == datetime.date(2027, 5, 30)
    assert thousands.kind == few.kind == "direct"
