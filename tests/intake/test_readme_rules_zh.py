"""The README's labelling rules (tests/intake/corpus/README.md, "Labelling rules", "Judgement calls"), rule by
rule, in Chinese: the forecasts each rule keeps and the look-alikes it refuses, in the variants a journalist uses —
news copy with 表示 / 称 / 认为 / 预计, interview transcripts in several layouts (记者：, 问：/答：, Q：/A：, a name
with its post in brackets, an earnings call's analyst and CFO), speeches.

Each row is (text, said_on, the quotes found). Every sentence was written for this module, none copied from a corpus or
held-out text (the last test checks it). Each refusal comes with rows of real forecasts in the same form that must
still be found: a plan beside an outcome of it, a recalled forecast beside today's restatement, an unnamed source
beside a named one.
"""

from __future__ import annotations

import datetime

import pytest

from predictions.intake import find_forecasts
from tests.intake.helpers import copied_from_labelled_texts

SAID = datetime.date(2026, 3, 10)

Row = tuple[str, datetime.date, list[str]]

# README, "Labelling rules": "A sentence or clause is a forecast when it makes a claim about the future, in
# direct or reported speech, including negated forecasts (并不认为……会) and forecasts with no horizon. Not
# forecasts: statements about the past or the present (交付了), wishes and prescriptions (应该, 希望, 呼吁),
# questions (会不会……？)". And "Vague forecasts are labelled" (泡沫一定会被挤掉); "should" of expectation is a
# hedge (应该没有问题); statements that only announce a forecast are not forecasts.
OPENING: list[Row] = [
    ("她并不认为全国二手房价格会在今年三季度前企稳。", SAID, ["她并不认为全国二手房价格会在今年三季度前企稳。"]),
    ("我不认为明年布伦特油价会跌破60美元。", SAID, ["我不认为明年布伦特油价会跌破60美元。"]),
    ("陈晓峰说，明年家电消费会明显回暖。", SAID, ["陈晓峰说，明年家电消费会明显回暖。"]),
    ("公司去年一共交付了48万辆新车。", SAID, []),
    ("我们希望明年的房价能够稳住。", SAID, []),
    ("地方政府应该加大对小微企业的扶持力度。", SAID, []),
    ("明年二手房价会不会继续下跌？", SAID, []),
    ("央行年内是否还会降准，仍有待观察。", SAID, []),
    ("这一轮估值泡沫一定会被挤掉。", SAID, ["这一轮估值泡沫一定会被挤掉。"]),
    ("我觉得保级应该没有问题。", SAID, ["我觉得保级应该没有问题。"]),
    ("这个行业早晚会洗牌。", SAID, ["这个行业早晚会洗牌。"]),
    ("早晚会有人打破这个赛道纪录。", SAID, ["早晚会有人打破这个赛道纪录。"]),
    ("开讲之前，我先跟各位说说我的三点判断。", SAID, []),
]

# "Who is speaking. A forecast needs a speaker a ledger can name: the document's speaker, a named person, or a named
# organisation speaking on the record — also through an unnamed official spokesperson (水利部有关负责人) or its analysts
# … Anonymous and unattributed views are not forecasts, however much they look like one: … 有业内人士称, 某券商研报预计,
# 另一位不愿具名的房企高管称, 有观点认为, 一些海外机构预测, 很多人说."
WHO_IS_SPEAKING: list[Row] = [
    (
        "鼎衡证券首席经济学家罗川表示，明年CPI涨幅将回到2%左右。",
        SAID,
        ["鼎衡证券首席经济学家罗川表示，明年CPI涨幅将回到2%左右。"],
    ),
    (
        "水利部有关负责人表示，今年汛期长江中下游降雨可能偏多。",
        SAID,
        ["水利部有关负责人表示，今年汛期长江中下游降雨可能偏多。"],
    ),
    ("鼎衡证券研究所预计，明年光伏新增装机将下降一成。", SAID, ["鼎衡证券研究所预计，明年光伏新增装机将下降一成。"]),
    ("有业内人士表示，明年光伏新增装机将下降一成。", SAID, []),
    ("部分经销商预计，今年合资品牌新车价格还会下调。", SAID, []),
    ("一些受访的经销商预计，今年合资品牌新车价格还会下调。", SAID, []),
    ("四家经销商的负责人预计，今年合资品牌新车价格还会下调。", SAID, []),
    ("业界预计，今年合资品牌新车价格还会下调。", SAID, []),
    ("舆论普遍认为，这位前州长很可能在下届大选中胜出。", SAID, []),
    ("在业内看来，明年光伏新增装机将下降一成。", SAID, []),
    ("在不少投资者看来，港股明年有望跑赢A股。", SAID, []),
    ("在鼎衡证券看来，港股明年有望跑赢A股。", SAID, ["在鼎衡证券看来，港股明年有望跑赢A股。"]),
    ("网上有种说法，明年金价会涨到每克一千元。", SAID, []),
    ("有一种看法是，明年会是楼市的转折之年。", SAID, []),
    ("据业内估计，今年全行业亏损会超过百亿元。", SAID, []),
    ("接近该公司的人士称，公司明年的营收有望翻倍。", SAID, []),
    ("熟悉谈判进程的知情人说，双方有望在月底前达成协议。", SAID, []),
    ("一些商户担心，今年的客流还会继续减少。", SAID, []),
    (
        "市场传言这家券商年内会被合并，董事长刘宏回应说，公司今年不会与任何机构合并。",
        SAID,
        ["董事长刘宏回应说，公司今年不会与任何机构合并。"],
    ),
]

# "Forecasts of other people that the speaker rejects. The rejected forecast is a non-forecast. The rejection is a
# forecast only when it states a claim about the future in the speaker's own words (会有整合，但不会像大家说的那么快)."
REJECTED: list[Row] = [
    ("有人说明年房价会大涨，我不这么认为，明年房价会基本持平。", SAID, ["我不这么认为，明年房价会基本持平。"]),
    ("外界预期央行年内会降息两次，我认为最多一次。", SAID, ["我认为最多一次。"]),
    (
        "坊间传言，球队年内会被出售，我可以明确地说，俱乐部今年不会被出售。",
        SAID,
        ["我可以明确地说，俱乐部今年不会被出售。"],
    ),
]

# "Earlier forecasts recalled (你之前说过，AGI在五年内一定会实现) are non-forecasts: they were not made on said_on."
# Today's restatement of them is a forecast.
RECALLED: list[Row] = [
    ("去年我在这个专栏里写过，这波流感会在半年内退去。", SAID, []),
    ("两年前我在博客里写道，国产大飞机会在五年内拿到欧洲适航证。", SAID, []),
    ("巴黎奥运会前我预测中国游泳队会拿到五枚金牌。", SAID, []),
    ("三年前接受本报采访时，她预言一线城市房价会在两年内腰斩。", SAID, []),
    ("还在2021年的时候，他就预言比特币会涨到十万美元。", SAID, []),
    ("他在2019年出版的一本书中预测，印度经济总量会在2030年前超过日本。", SAID, []),
    ("上届世界杯开赛前，他曾预测阿根廷会夺冠。", SAID, []),
    (
        "去年我在这个专栏里写过，这波流感会在半年内退去；现在我依然认为，明年春天会迎来新的高峰。",
        SAID,
        ["现在我依然认为，明年春天会迎来新的高峰。"],
    ),
    (
        "两年前，我说过国产大飞机会拿到欧洲适航证，现在我仍然认为会在2028年之前拿到。",
        SAID,
        ["现在我仍然认为会在2028年之前拿到。"],
    ),
    # A year names a time gone only before the said-on year.
    ("林涛在2025年度展望会上预测，明年铜价将继续上涨。", SAID, []),
    (
        "林涛在2025年度展望会上预测，明年铜价将继续上涨。",
        datetime.date(2025, 12, 20),
        ["林涛在2025年度展望会上预测，明年铜价将继续上涨。"],
    ),
    ("林涛在2026年度展望会上预测，明年铜价将继续上涨。", SAID, ["林涛在2026年度展望会上预测，明年铜价将继续上涨。"]),
]

# "Plans and schedules vs forecasts. Announced schedules, and the speaker's or its organisation's own decisions, are
# plans: … hiring, … store openings, policy arrangements … Targets, pledges and promises are plans too (公司的目标是……).
# A claim about an outcome is a forecast even when the party responsible makes it … and the consequences of a plan
# (到2030年，杭州轨道交通运营里程将超过800公里). … a trial's own readout date (结果最迟2028年底揭晓)" is a schedule.
PLANS: list[Row] = [
    ("我们明年会再招两百名算法工程师。", SAID, []),
    ("集团今年还会再招500名一线销售。", SAID, []),
    ("我预计明年全行业的招聘需求会下降两成。", SAID, ["我预计明年全行业的招聘需求会下降两成。"]),
    ("我们明年的电解铝产量将控制在80万吨以内。", SAID, []),
    ("集团明年会把资本开支压缩到300亿元以内。", SAID, []),
    ("行业协会预计，明年全国电解铝产量将下降3%左右。", SAID, ["行业协会预计，明年全国电解铝产量将下降3%左右。"]),
    ("明年我们品牌的直营门店会从8家增加到20家。", SAID, []),
    ("公司旗下的社区门店今年会突破1000家。", SAID, []),
    (
        "咨询机构弗若斯特预计，到2028年全国社区团购门店将超过60万家。",
        SAID,
        ["咨询机构弗若斯特预计，到2028年全国社区团购门店将超过60万家。"],
    ),
    ("市应急管理局将派出6个检查组赴各区县督导。", SAID, []),
    ("医院会派出三支医疗队支援灾区。", SAID, []),
    ("到2028年，全区公共充电桩数量要达到3万个。", SAID, []),
    ("到2030年，全省湿地保护率要提高到60%。", SAID, []),
    ("明年我们的营收要突破八十亿元。", SAID, []),
    ("到2030年，全区公共充电桩数量将超过3万个。", SAID, ["到2030年，全区公共充电桩数量将超过3万个。"]),
    ("我觉得明年营收要突破八十亿元问题不大。", SAID, ["我觉得明年营收要突破八十亿元问题不大。"]),
    ("要实现盈利，我们至少还需要三年。", SAID, ["要实现盈利，我们至少还需要三年。"]),
    ("我们新开的门店明年贡献的营收会占到总营收的三成。", SAID, ["我们新开的门店明年贡献的营收会占到总营收的三成。"]),
    ("董事长王军表示，公司明年将在越南建设第二座工厂。", SAID, []),
    (
        "董事长王军表示，越南工厂投产后，公司海外收入占比将超过四成。",
        SAID,
        ["董事长王军表示，越南工厂投产后，公司海外收入占比将超过四成。"],
    ),
    ("这项三期试验的顶线结果最迟2027年底揭晓。", SAID, []),
    ("大选结果可能要到投票结束后一周才能最终揭晓。", SAID, ["大选结果可能要到投票结束后一周才能最终揭晓。"]),
    ("我们的客户明年会继续增加在云服务上的开支。", SAID, ["我们的客户明年会继续增加在云服务上的开支。"]),
]

# "Declining to forecast (I won't speculate on that, 统计局不做经济预测) is not a forecast."
DECLINED: list[Row] = [
    ("我不想对明年的油价做任何预测。", SAID, []),
    ("央行有关负责人表示，不对人民币汇率走势作预测。", SAID, []),
    ("主教练拒绝预测本赛季的最终排名。", SAID, []),
    ("明年的票房会怎样，现在下结论还为时过早。", SAID, []),
    ("主教练拒绝预测本赛季的最终排名，但他表示，球队会进入季后赛。", SAID, ["他表示，球队会进入季后赛。"]),
]

# "Conditions. A condition that describes the status quo keeps a forecast (按照目前的建设速度, 照目前的趋势) … also
# status quo: 'without that' (a change not yet made). A condition on an uncertain future event or decision … make[s] a
# non-forecast (若海外贸易政策进一步收紧……, 如果地缘冲突升级……) … also conditions: 如果进展顺利."
CONDITIONS: list[Row] = [
    ("万一谈判破裂，国际油价会飙升。", SAID, []),
    ("一旦疫情反弹，出境游的复苏将推迟。", SAID, []),
    ("如果不出意外，这座大桥年底就能合龙。", SAID, ["如果不出意外，这座大桥年底就能合龙。"]),
    ("如果一切正常，我们预计明年营收会增长三成。", SAID, ["如果一切正常，我们预计明年营收会增长三成。"]),
    ("只要不出现大的变故，全年营收增长8%没有问题。", SAID, ["只要不出现大的变故，全年营收增长8%没有问题。"]),
    (
        "如果没有新的刺激政策出台，二手房价格今年还会继续下跌。",
        SAID,
        ["如果没有新的刺激政策出台，二手房价格今年还会继续下跌。"],
    ),
    ("如果进展顺利，这款新药明年就能上市。", SAID, []),
    ("按照目前的掘进速度，这条隧道明年底就能贯通。", SAID, ["按照目前的掘进速度，这条隧道明年底就能贯通。"]),
]

# "Kind. direct: … in the speaker's own voice (… interview answer)"; "questions (会不会……？)" are not forecasts,
# and "An elliptical answer (Yes. / No. / 不会。/ 一定会。) takes the horizon of the question it answers": the forecast
# of a short answer lives in the question. An interviewer's question that relays someone's forecast is a question.
TRANSCRIPTS: list[Row] = [
    ("记者：国际货币基金组织认为明年全球经济会放缓，您怎么看？", SAID, []),
    ("问：明年二手房价会止跌吗？\n答：我看悬。", SAID, ["我看悬。"]),
    ("问：今年公司能扭亏吗？\n答：够呛。", SAID, ["够呛。"]),
    ("记者：您预计今年出口能增长多少？\n王华：5%左右吧。", SAID, ["5%左右吧。"]),
    ("记者：国足进下届世界杯的概率有多大？\n李明：三成，最多三成。", SAID, ["三成，最多三成。"]),
    (
        "本报记者：明年车市的价格战会结束吗？\n张强（汽车流通协会秘书长）：不会，还会持续至少一年。",
        SAID,
        ["不会，还会持续至少一年。"],
    ),
    ("Q：明年金价还会涨吗？\nA：我觉得还会涨。", SAID, ["我觉得还会涨。"]),
    ("分析师：管理层能否给出明年的毛利率指引？\n首席财务官陈静：我们一般不提供这方面的指引。", SAID, []),
    (
        "分析师：管理层能否给出明年的毛利率指引？\n首席财务官陈静：我们预计明年毛利率在22%到24%之间。",
        SAID,
        ["我们预计明年毛利率在22%到24%之间。"],
    ),
    ("记者：您去年预测金价会涨到3000美元，现在看确实实现了。\n刘洋：运气好。", SAID, []),
]

ROWS = [*OPENING, *WHO_IS_SPEAKING, *REJECTED, *RECALLED, *PLANS, *DECLINED, *CONDITIONS, *TRANSCRIPTS]


@pytest.mark.parametrize(("text", "said_on", "quotes"), ROWS)
def test_the_readme_rule_holds_in_this_variant(text: str, said_on: datetime.date, quotes: list[str]) -> None:
    assert [c.quote for c in find_forecasts(text, language="zh-Hans", said_on=said_on)] == quotes


# An answer in a transcript is the speaker's own voice, whatever the label's layout: direct.
@pytest.mark.parametrize(("text", "said_on", "quotes"), [row for row in TRANSCRIPTS if row[2]])
def test_an_answer_in_a_transcript_is_direct(text: str, said_on: datetime.date, quotes: list[str]) -> None:
    assert {c.kind for c in find_forecasts(text, language="zh-Hans", said_on=said_on)} == {"direct"}


def test_these_sentences_are_not_copied_from_the_corpus_or_the_batches() -> None:
    """No 12-character stretch of a Chinese sentence above appears in a corpus or batch text up to ai_."""
    assert [s for s in copied_from_labelled_texts(__file__, read_up_to="ai", english=40) if not s.isascii()] == []
