"""Rules of the twelfth round, Chinese: which clauses are candidates — forms the batches p_ to s_ showed missed or
offered wrongly, kept to the kinds several hands wrote or that any writer uses.

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


# --- a belief before another party's acts ---------------------------------------------------------------------
def test_what_the_speaker_believes_another_party_will_do_is_a_forecast() -> None:
    # 我认为 / 我并不觉得 + another subject + 会 + an act: the act is that party's, the speaker forecasts it.
    for text in (
        "我并不认为这家车企会进入欧洲市场。",
        "我觉得绿党会进入下一届内阁。",
        "我不相信那家航司会在年底前退出这条航线。",
    ):
        assert _found(text) == [text], text
    # The speaker's own acts stay plans.
    for text in ("我们明年会进入东南亚市场。", "我下个月会去杭州参加论坛。", "公司不会退出这项业务。"):
        assert _found(text) == [], text


def test_a_trade_union_is_no_will() -> None:
    # 工会举行 is what a union held, not a timetable: the rest of the headline is read.
    text = "多地工会举行集会 民调显示执政党或将在明年失去多数席位"
    assert _found(text) != []


# --- a headline's own claim before unnamed experts ---------------------------------------------------------------
def test_a_headline_keeps_its_own_claim_before_what_unnamed_experts_say() -> None:
    for text in (
        "牛肉价格有望三季度见顶 专家：羊肉价格将同步回落",
        "早稻有望再获丰收 机构：收购价格仍将承压",
        "冬季客流有望创新高 业内人士：机票价格会小幅上涨",
    ):
        found = _found(text)
        assert len(found) == 1 and text.startswith(found[0][:6]), text
    # What the experts say stays theirs: a headline that only gives them the claim is no candidate.
    for text in (
        "羊肉价格持续上涨 专家：年底前仍将高位运行",
        "多家菜企预计明年菜价继续承压 机构：核心产区价格有望企稳",
    ):
        assert _found(text) == [], text


def test_these_sentences_are_not_copied_from_the_corpus_or_the_batches() -> None:
    """No 12-character stretch of a Chinese sentence above appears in a corpus or batch text up to s_."""
    assert [s for s in copied_from_labelled_texts(__file__, read_up_to="s", english=40) if not s.isascii()] == []
