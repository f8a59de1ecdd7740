"""Rules of the fourteenth round, Chinese: which clauses are candidates — forms the batches t_ to z_ showed missed or
offered wrongly, kept to the kinds any writer uses.

Each test is written in its own words, not copied from any corpus or held-out text (the last test checks it); each
form has several phrasings and the look-alikes its rule must leave alone.
"""

from __future__ import annotations

import datetime

from predictions.intake import find_forecasts
from predictions.intake.markers_zh import read
from tests.intake.helpers import copied_from_labelled_texts

SAID = datetime.date(2026, 3, 10)


def _found(text: str, said_on: datetime.date = SAID) -> list[str]:
    return [c.quote for c in find_forecasts(text, language="zh-Hans", said_on=said_on)]


# --- 会 that ends a body's or a meeting's name -------------------------------------------------------------------
def test_a_federation_or_a_briefing_is_no_will() -> None:
    # 联合会, 说明会: nouns, like 协会 and 发布会 — what follows them is no forecast.
    for text in (
        "我谨代表全市个体工商户联合会理事会，向大家拜个早年。",
        "过去一年，联合会成员单位从三百家增加到四百一十家。",
        "今年联合会的重点工作有两项：办一次展销，搞一次培训。",
        "鼎泰物流2025年年度暨2026年一季度投资者说明会",
        "公司将于本周五召开三季度业绩说明会。",
    ):
        assert _found(text) == [], text
    assert not read("记者从市妇女联合会了解到").future


def test_will_after_a_noun_ending_in_zhe_is_still_will() -> None:
    # Only 记者会 is a press conference: 消费者会, 两者会, 投资者会 say "will".
    for text in (
        "明年两者会长期并存，谁也替代不了谁。",
        "我估计消费者会在明年推迟换车。",
        "我认为今年投资者会更看重分红。",
    ):
        assert _found(text) != [], text
    assert not read("外交部发言人主持例行记者会").future
    # 会 that ends a headline (a meeting named last) is the noun; "will" at the end needs its adverb and stop.
    assert not read("宏达电子2026年一季度业绩说明会").future
    assert read("我觉得明年肯定会。").future


# --- "will not be able to": more verbs with 不了 ---------------------------------------------------------------
def test_verbs_of_recovery_and_solution_with_buliao_are_negated_forecasts() -> None:
    for text in (
        "今年客流恢复不了，明年也难说。",
        "短期内，人手紧张的问题解决不了。",
        "补贴能帮一把，但扭转不了出口下滑的势头。",
        "照现在的进度，年底前完成不了全部改造。",
    ):
        assert _found(text) != [], text
    # Not of the past: 了 after it in the clause tells what happened.
    for text in (
        "那批库存消化不了就降价处理了。",
        "问题解决不了他们就换了供应商。",
    ):
        assert _found(text) == [], text


# --- 可能的 as the predicate ------------------------------------------------------------------------------------
def test_quite_possible_as_the_predicate_is_a_hedged_forecast() -> None:
    for text in (
        "三年内成都进入全国前五是完全可能的。",
        "明年利润翻一番，是可能的。",
        "在我看来，后年出现供给缺口是非常可能的。",
        # No date to carry it: only 可能的 as the predicate makes these claims.
        "这家小厂追上行业龙头是完全可能的。",
        "两家车企合并是非常可能的。",
    ):
        assert _found(text) != [], text
    # 可能的 before a noun is a modifier: no claim.
    for text in (
        "报告列出了三种完全可能的风险情形。",
        "我们研究了各种可能的方案。",
    ):
        assert _found(text) == [], text


def test_the_likelier_path_is_named_as_an_outcome() -> None:
    assert read("更可能的路径是先在两个省试点").future
    assert read("最可能的结局是维持现状").future
    assert not read("我们讨论了可能的路径").future


# --- 这会 / 这将 + a verb: the effect of the claim before, a claim of its own -------------------------------------
def test_the_effect_a_claim_will_have_is_a_claim_of_its_own() -> None:
    for text, first in (
        ("我预计今年铜价将突破一万二，这会推高电缆企业的成本。", "我预计今年铜价将突破一万二"),
        ("明年新建机场会有五座投运，这将带动支线客流。", "明年新建机场会有五座投运"),
        ("我判断年底前房贷利率还会下调，这将会刺激一部分改善需求入市。", "我判断年底前房贷利率还会下调"),
    ):
        found = _found(text)
        assert len(found) == 2 and found[0] == first, (text, found)


def test_this_will_be_only_restates_the_claim_and_this_point_rates_it() -> None:
    # 这将是 + a description restates the claim; 这一点 / 这个可能 put a view on it: one forecast.
    for text in (
        "今年新生儿还会减少，这将是连续第八年下降。",
        "明年球队能进季后赛，这一点我很有信心。",
        "后年油价会跌回七十美元，这个可能我看有四成。",
    ):
        assert len(_found(text)) == 1, (text, _found(text))


def test_zhe_hui_er_is_now_not_a_claims_effect() -> None:
    # 这会儿 is "right now": the advice after it is no claim of its own (a review found it offered alone).
    found = _found("机票价格下个月会继续上涨，这会儿订票最划算。")
    assert len(found) == 1 and found[0].startswith("机票价格下个月会继续上涨")


def test_these_sentences_are_not_copied_from_the_corpus_or_the_batches() -> None:
    """No 12-character stretch of a Chinese sentence above appears in a corpus or batch text up to z_."""
    assert [s for s in copied_from_labelled_texts(__file__, read_up_to="z", english=40) if not s.isascii()] == []
