"""Rules of the seventeenth round, Chinese: kinds of sentences the batches ad_ … af_ showed missed, split or misdated,
kept to the forms any writer uses.

Each test is written in its own words, not copied from any corpus or held-out text (the last test checks it); each
form has several phrasings and the look-alikes its rule must leave alone.
"""

from __future__ import annotations

import datetime

from predictions.intake import find_forecasts
from tests.intake.helpers import copied_from_labelled_texts

SAID = datetime.date(2026, 4, 15)


def _found(text: str, said_on: datetime.date = SAID) -> list[str]:
    return [c.quote for c in find_forecasts(text, language="zh-Hans", said_on=said_on)]


def _dates(text: str, said_on: datetime.date = SAID) -> list[datetime.date | None]:
    return [c.resolve_on for c in find_forecasts(text, language="zh-Hans", said_on=said_on)]


def _probabilities(text: str, said_on: datetime.date = SAID) -> list[float | None]:
    return [c.probability for c in find_forecasts(text, language="zh-Hans", said_on=said_on)]


# --- 据预测 after a named speaker's verb of saying ----------------------------------------------------------------
def test_a_forecast_cited_by_a_named_speaker_is_the_speakers() -> None:
    for text, claim in (
        (
            "省气象局有关负责人昨天表示，据预测，5月中旬全省降雨仍将偏多，部分河段可能出现超警水位。",
            "5月中旬全省降雨仍将偏多",
        ),
        (
            "交通运输部新闻发言人介绍，据测算，五一假期跨区域人员流动量将超过14亿人次。",
            "五一假期跨区域人员流动量将超过14亿人次",
        ),
        ("电网公司负责人说，据预计，今夏最高用电负荷会比去年高出一成。", "今夏最高用电负荷会比去年高出一成"),
    ):
        found = _found(text)
        assert found and claim in found[0] and found[0].startswith(text[:6]), (text, found)


def test_a_forecast_cited_with_nobody_named_stays_unnamed() -> None:
    for text in (
        "据预测，5月中旬全省降雨仍将偏多。",
        "据测算，五一假期跨区域人员流动量将超过14亿人次。",
        "有业内人士称，据预计，今夏最高用电负荷会比去年高出一成。",
    ):
        assert _found(text) == [], text


# --- a present clause between the verb of saying and the claim -----------------------------------------------------
def test_the_claim_keeps_its_attribution_across_a_present_clause() -> None:
    for text in (
        "项目经理郑海涛介绍，目前隧道已掘进全长的八成，预计9月底贯通。",
        "南屿证券分析师陆菲说，国内光伏组件产能已经严重过剩，明年行业整合有望加速。",
        "市卫健委负责人表示，全市已有六成社区医院开设夜间门诊，年底前覆盖率将超过九成。",
    ):
        found = _found(text)
        assert found == [text.rstrip("。") + "。"] or found == [text.rstrip("。")], (text, found)


def test_a_present_clause_alone_after_the_verb_of_saying_is_no_forecast() -> None:
    for text in (
        "项目经理郑海涛介绍，目前隧道已掘进全长的八成。",
        "南屿证券分析师陆菲说，国内光伏组件产能已经严重过剩，价格战已经打了两年。",
    ):
        assert _found(text) == [], text


def test_these_sentences_are_not_copied_from_the_corpus_or_the_batches() -> None:
    """No 12-character stretch of a Chinese sentence above appears in a corpus or batch text up to af_."""
    assert [s for s in copied_from_labelled_texts(__file__, read_up_to="af", english=40) if not s.isascii()] == []
