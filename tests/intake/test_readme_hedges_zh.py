"""The README's hedges and words of expectation (tests/intake/corpus/README.md, "Labelling rules": "Hedges", "Vague
forecasts are labelled", "Quotes", "Horizons", "Probabilities"), in Chinese, in each position a journalist puts them:
the frame first (我认为, 我判断, 我们预计), inside the clause (可能, 有望, 或将, 或, 料, 很难), as the predicate at
the end (可能性很大, 有把握, 比较现实, 有七成把握), in a headline with its colon, in direct and reported speech, negated
(不认为 / 并不认为), and as a clause that continues a forecast (其中……, 但……, 并预计……, 而……, 同时……, an answer's second
clause) — and beside them the look-alikes each must keep refusing.

Each row is (text, said_on, the candidates found as (quote, resolve_on, probability)). Every sentence was written for
this module, none copied from a corpus or held-out text (the last test checks it).
"""

from __future__ import annotations

import datetime

import pytest

from predictions.intake import find_forecasts
from tests.intake.helpers import copied_from_labelled_texts

SAID = datetime.date(2026, 3, 10)

Found = tuple[str, str | None, float | None]
Row = tuple[str, datetime.date, list[Found]]


# README: "Hedges. The words that qualify the speaker's confidence, in or right around the quote: … 我认为,
# 我觉得, … 估计" and "Also hedges: … 我判断": the frame first, before the claim; "A forecast in the present tense
# is still a forecast". 不认为 / 并不认为 negated: "including negated forecasts (并不认为……会)", "Negated
# confidence is kept whole (我不认为)".
HEDGE_FIRST: list[Row] = [
    ("我认为明年铜价会突破每吨一万二千美元。", SAID, [("我认为明年铜价会突破每吨一万二千美元。", "2027-12-31", None)]),
    ("我觉得今年楼市成交量会小幅回升。", SAID, [("我觉得今年楼市成交量会小幅回升。", "2026-12-31", None)]),
    ("我判断下半年猪价会见底。", SAID, [("我判断下半年猪价会见底。", "2026-12-31", None)]),
    ("我估计全年客流能回到2018年的八成。", SAID, [("我估计全年客流能回到2018年的八成。", "2026-12-31", None)]),
    (
        "我相信国产大飞机五年内会拿到欧洲适航证。",
        SAID,
        [("我相信国产大飞机五年内会拿到欧洲适航证。", "2031-03-10", None)],
    ),
    ("看来今年的降水会明显偏少。", SAID, [("看来今年的降水会明显偏少。", "2026-12-31", None)]),
    ("在我看来，明年消费电子需求会温和复苏。", SAID, [("在我看来，明年消费电子需求会温和复苏。", "2027-12-31", None)]),
    ("我们预计明年全球锂需求将增长25%。", SAID, [("我们预计明年全球锂需求将增长25%。", "2027-12-31", None)]),
    (
        "我们预测年底前金价会站上每盎司三千美元。",
        SAID,
        [("我们预测年底前金价会站上每盎司三千美元。", "2026-12-31", None)],
    ),
    ("我们预期下半年出口增速会放缓。", SAID, [("我们预期下半年出口增速会放缓。", "2026-12-31", None)]),
    (
        "我不认为明年铜价会突破每吨一万二千美元。",
        SAID,
        [("我不认为明年铜价会突破每吨一万二千美元。", "2027-12-31", None)],
    ),
    ("我并不认为今年楼市会全面回暖。", SAID, [("我并不认为今年楼市会全面回暖。", "2026-12-31", None)]),
    ("她不认为人民币会在年内大幅贬值。", SAID, [("她不认为人民币会在年内大幅贬值。", "2026-12-31", None)]),
    ("我不觉得明年的客流能重回2018年的高点。", SAID, [("我不觉得明年的客流能重回2018年的高点。", "2027-12-31", None)]),
    ("我不认为二十年后渤海就没有对虾了。", SAID, [("我不认为二十年后渤海就没有对虾了。", "2046-03-10", None)]),
    ("我觉得到2030年燃油车就卖不动了。", SAID, [("我觉得到2030年燃油车就卖不动了。", "2030-12-31", None)]),
]

# README: "Hedged forms are forecasts (could, may, probably, 可能, 有望, 恐怕)"; hedges 也许, 大概, 大概率, 一定,
# 几乎肯定, 估计, 势必, 或将, 很难: the hedge in the middle of the clause. 料 is the newswire's "expected to"
# ("Not hedges: 料将 (= 预计将, a verb of expectation)"), a forecast all the same.
HEDGE_INSIDE: list[Row] = [
    ("明年铜价可能突破每吨一万二千美元。", SAID, [("明年铜价可能突破每吨一万二千美元。", "2027-12-31", None)]),
    ("今年楼市成交量也许会小幅回升。", SAID, [("今年楼市成交量也许会小幅回升。", "2026-12-31", None)]),
    ("下半年猪价大概会见底。", SAID, [("下半年猪价大概会见底。", "2026-12-31", None)]),
    ("这家公司有望在2027年前实现盈利。", SAID, [("这家公司有望在2027年前实现盈利。", "2027-12-31", None)]),
    ("今年的降水恐怕会明显偏少。", SAID, [("今年的降水恐怕会明显偏少。", "2026-12-31", None)]),
    ("明年国产手机的份额大概率会继续提升。", SAID, [("明年国产手机的份额大概率会继续提升。", "2027-12-31", None)]),
    ("这一轮估值泡沫一定会破裂。", SAID, [("这一轮估值泡沫一定会破裂。", None, None)]),
    ("这只球队几乎肯定会降级。", SAID, [("这只球队几乎肯定会降级。", None, None)]),
    ("今年的粮食产量估计会创新高。", SAID, [("今年的粮食产量估计会创新高。", "2026-12-31", None)]),
    ("人民币汇率势必会承压。", SAID, [("人民币汇率势必会承压。", None, None)]),
    ("央行年内或将再次降准。", SAID, [("央行年内或将再次降准。", "2026-12-31", None)]),
    ("今年钢材出口或降一成。", SAID, [("今年钢材出口或降一成。", "2026-12-31", None)]),
    ("钢材出口今年料下降一成。", SAID, [("钢材出口今年料下降一成。", "2026-12-31", None)]),
    ("今年保险赔付料超60亿元。", SAID, [("今年保险赔付料超60亿元。", "2026-12-31", None)]),
    ("去年钢材出口下降了一成，今年料再降一成。", SAID, [("今年料再降一成。", "2026-12-31", None)]),
    ("短期内房价很难出现趋势性上涨。", SAID, [("短期内房价很难出现趋势性上涨。", None, None)]),
    ("明年不排除出现一轮大的回调。", SAID, [("明年不排除出现一轮大的回调。", "2027-12-31", None)]),
]

# README: The hedge as the predicate at the end: "a stated number is a probability; it belongs to the claim in the
# same sentence" (七成把握 → 0.7); "A better than even chance, 概率很大, 可能性不大 have no number: they are
# hedges"; 有把握 / 很有把握 / 比较现实 judge the outcome named before them.
HEDGE_LAST: list[Row] = [
    (
        "明年铜价突破每吨一万二千美元的可能性很大。",
        SAID,
        [("明年铜价突破每吨一万二千美元的可能性很大。", "2027-12-31", None)],
    ),
    ("今年实现盈利是大概率事件。", SAID, [("今年实现盈利是大概率事件。", "2026-12-31", None)]),
    ("三年内扭亏是完全可能的。", SAID, [("三年内扭亏是完全可能的。", "2029-03-10", None)]),
    ("全年增长5%是有希望的。", SAID, [("全年增长5%是有希望的。", "2026-12-31", None)]),
    ("年底前完成交付，我有把握。", SAID, [("年底前完成交付，我有把握。", "2026-12-31", None)]),
    ("明年保级，我们很有把握。", SAID, [("明年保级，我们很有把握。", "2027-12-31", None)]),
    ("今年进入季后赛，我有七成把握。", SAID, [("今年进入季后赛，我有七成把握。", "2026-12-31", 0.7)]),
    ("今年夺冠，我觉得有六成把握。", SAID, [("今年夺冠，我觉得有六成把握。", "2026-12-31", 0.6)]),
    ("我有把握在2027年实现。", SAID, [("我有把握在2027年实现。", "2027-12-31", None)]),
    (
        "照现在的施工速度，我有把握在2028年实现。",
        SAID,
        [("照现在的施工速度，我有把握在2028年实现。", "2028-12-31", None)],
    ),
    (
        "新航线要用的时刻资源，这一批我们有把握都拿下。",
        SAID,
        [("新航线要用的时刻资源，这一批我们有把握都拿下。", None, None)],
    ),
    ("我对明年保级很有把握。", SAID, [("我对明年保级很有把握。", "2027-12-31", None)]),
    ("今年拿到二十席比较现实。", SAID, [("今年拿到二十席比较现实。", "2026-12-31", None)]),
    (
        "我认为今年降息两次比较现实，三次的可能性不大。",
        SAID,
        [("我认为今年降息两次比较现实", "2026-12-31", None), ("三次的可能性不大。", "2026-12-31", None)],
    ),
]

# README: "Kind. null: headlines that state a forecast without quotation marks or a verb of saying
# (总裁周凯：AI手机渗透率明年将超50%)"; "A headline that restates a named source's forecast is labelled …; a
# headline or lede that gives it to unnamed sources is not."
HEADLINES: list[Row] = [
    ("台风“白鹭”农险赔付料超20亿元", SAID, [("台风“白鹭”农险赔付料超20亿元", None, None)]),
    ("中金公司：明年全球锂需求料增25%", SAID, [("明年全球锂需求料增25%", "2027-12-31", None)]),
    (
        "国际能源署：明年全球石油需求增速或放缓至每日80万桶",
        SAID,
        [("明年全球石油需求增速或放缓至每日80万桶", "2027-12-31", None)],
    ),
    ("专家：今年东北玉米或减产一成", SAID, []),
    ("机构：明年全球锂需求料增25%", SAID, []),
    ("某央行官员称明年通胀料回落至2%", SAID, []),
]

# README: "Reported speech keeps its attribution (陈立明说，明年……); direct speech is the text inside the
# quotation marks, without the marks." Probabilities: "including a quoted tail (…纳入医保收费，“我有八成把握” —
# the quote then spans the whole sentence)".
SPEECH: list[Row] = [
    (
        "李强表示，明年铜价可能突破每吨一万二千美元。",
        SAID,
        [("李强表示，明年铜价可能突破每吨一万二千美元。", "2027-12-31", None)],
    ),
    (
        "李强说：“明年铜价可能突破每吨一万二千美元。”",
        SAID,
        [("明年铜价可能突破每吨一万二千美元。", "2027-12-31", None)],
    ),
    (
        "“我有把握在2028年之前拿下这个冠军。”王涛说。",
        SAID,
        [("我有把握在2028年之前拿下这个冠军。", "2027-12-31", None)],
    ),
    (
        "王涛表示，他有把握在2028年之前拿下这个冠军。",
        SAID,
        [("王涛表示，他有把握在2028年之前拿下这个冠军。", "2027-12-31", None)],
    ),
    ("对于下届大选，王涛说二十席左右比较现实。", SAID, [("王涛说二十席左右比较现实。", None, None)]),
    ("王涛称“有六成把握”能在年内完成并购。", SAID, [("王涛称“有六成把握”能在年内完成并购。", "2026-12-31", 0.6)]),
    (
        "黄河水利委员会表示，今年汛期黄河中游可能发生较大洪水。",
        SAID,
        [("黄河水利委员会表示，今年汛期黄河中游可能发生较大洪水。", "2026-12-31", None)],
    ),
    (
        "珠江水利委员会预计，西江干流将在7月中下旬出现今年最大洪峰。",
        SAID,
        [("珠江水利委员会预计，西江干流将在7月中下旬出现今年最大洪峰。", "2026-07-31", None)],
    ),
    (
        "他说，在成本下降的带动下，公司毛利率在年底前转正。",
        SAID,
        [("他说，在成本下降的带动下，公司毛利率在年底前转正。", "2026-12-31", None)],
    ),
]

# README: "Quotes. The sentence, or the clause when a sentence holds several claims (each clause labelled)."
# "Horizons. … A clause that shares a sentence-level horizon inherits it
# (明年我国经济将继续回升向好，消费对经济增长的拉动作用会进一步增强 — both 明年)": a clause that continues a
# forecast — 其中……, 但……, 并预计……, 而……, 同时……, an answer's second clause.
CONTINUING: list[Row] = [
    (
        "商会预计今年家电出口额将下降一成，其中空调下降15%以上。",
        SAID,
        [("商会预计今年家电出口额将下降一成", "2026-12-31", None), ("其中空调下降15%以上。", "2026-12-31", None)],
    ),
    (
        "李明表示，今年全国粮食产量有望再创新高，其中玉米增产可能超过3%。",
        SAID,
        [
            ("李明表示，今年全国粮食产量有望再创新高", "2026-12-31", None),
            ("其中玉米增产可能超过3%。", "2026-12-31", None),
        ],
    ),
    ("国家统计局数据显示一季度GDP增长5.2%，预计全年增长5%左右。", SAID, [("预计全年增长5%左右。", "2026-12-31", None)]),
    (
        "他认为该党仍将保住第一大党地位，但席位会比上届明显减少。",
        SAID,
        [("他认为该党仍将保住第一大党地位", None, None), ("席位会比上届明显减少。", None, None)],
    ),
    (
        "二手房价还会调整，但我不认为今年会出现暴跌。",
        SAID,
        [("二手房价还会调整", None, None), ("我不认为今年会出现暴跌。", "2026-12-31", None)],
    ),
    (
        "渔获会继续减少，但我不认为二十年后黄海就没有小黄鱼了。",
        SAID,
        [("渔获会继续减少", None, None), ("我不认为二十年后黄海就没有小黄鱼了。", "2046-03-10", None)],
    ),
    (
        "两大平台会长期并存，以后也不会是谁吃掉谁。",
        SAID,
        [("两大平台会长期并存", None, None), ("以后也不会是谁吃掉谁。", None, None)],
    ),
    (
        "市文旅局表示出境游持续升温，并预计明年全市出境旅客将突破80万人次。",
        SAID,
        [("市文旅局表示出境游持续升温，并预计明年全市出境旅客将突破80万人次。", "2027-12-31", None)],
    ),
    (
        "公司预计全年销量将达到50万辆，并有望在四季度实现单月盈利。",
        SAID,
        [("公司预计全年销量将达到50万辆，并有望在四季度实现单月盈利。", "2026-12-31", None)],
    ),
    (
        "明年出口增速会放缓，而进口可能小幅回升。",
        SAID,
        [("明年出口增速会放缓", "2027-12-31", None), ("进口可能小幅回升。", "2027-12-31", None)],
    ),
    (
        "明年出口增速会放缓，同时进口可能小幅回升。",
        SAID,
        [("明年出口增速会放缓", "2027-12-31", None), ("进口可能小幅回升。", "2027-12-31", None)],
    ),
    (
        "今年猪价会先跌后涨，年底有望回到每公斤20元。",
        SAID,
        [("今年猪价会先跌后涨", "2026-12-31", None), ("年底有望回到每公斤20元。", "2026-12-31", None)],
    ),
    (
        "我觉得今年票房会超过去年，暑期档很可能破200亿元。",
        SAID,
        [("我觉得今年票房会超过去年", "2026-12-31", None), ("暑期档很可能破200亿元。", "2026-12-31", None)],
    ),
    (
        "铜价短期内可能会回调，不过年底前有望重回一万美元。",
        SAID,
        [("铜价短期内可能会回调", None, None), ("年底前有望重回一万美元。", "2026-12-31", None)],
    ),
    ("记者：明年房价会跌吗？\n刘强：会跌，而且跌幅可能超过一成。", SAID, [("跌幅可能超过一成。", "2027-12-31", None)]),
    (
        "问：今年能扭亏吗？\n答：能，而且利润可能超过一个亿。",
        SAID,
        [("能，而且利润可能超过一个亿。", "2026-12-31", None)],
    ),
    ("明年的铜价很难说，但我判断下半年会站上一万美元。", SAID, [("我判断下半年会站上一万美元。", "2027-12-31", None)]),
]

# README: "Not forecasts: statements about the past or the present (交付了), wishes and prescriptions (应该, 希望,
# 呼吁), questions (会不会……？), and schedules or plans"; "Targets, pledges and promises are plans too
# (公司的目标是……)"; "Declining to forecast … is not a forecast"; conditions "如果地缘冲突升级……"; "Earlier
# forecasts recalled … are non-forecasts"; "Anonymous and unattributed views are not forecasts (有业内人士称)".
# Each beside a hedge or expectation word above.
LOOKALIKES: list[Row] = [
    ("去年钢材出口下降了一成。", SAID, []),
    ("原料涨价推高了生产成本。", SAID, []),
    ("今年饲料涨价的压力不小。", SAID, []),
    ("硅料下降20%的消息传出后，股价大涨。", SAID, []),
    ("我们希望明年铜价能突破每吨一万美元。", SAID, []),
    ("政府应该把明年的增长目标定在5%左右。", SAID, []),
    ("明年铜价会不会突破每吨一万美元？", SAID, []),
    ("谁会成为下一任主教练？", SAID, []),
    ("两家公司谁会吃掉谁，现在还看不出来。", SAID, []),
    ("公司的目标是明年营收突破百亿元。", SAID, []),
    ("把目标定在二十席比较现实。", SAID, []),
    ("这个方案比较现实。", SAID, []),
    ("我们计划明年新开二十家门店。", SAID, []),
    ("我有把握做好这项工作。", SAID, []),
    ("我们对完成全年各项目标任务充满信心。", SAID, []),
    ("明年的铜价很难说。", SAID, []),
    ("如果美联储继续加息，明年铜价可能跌破每吨八千美元。", SAID, []),
    ("去年我说过，铜价会在两年内突破一万美元。", SAID, []),
    ("去年我有把握拿下冠军，结果输了。", SAID, []),
    ("三年后他就离开了公司。", SAID, []),
    ("我觉得他三年前就已经退休了。", SAID, []),
    ("有业内人士称，明年铜价有望突破每吨一万美元。", SAID, []),
    ("有业内人士称，今年保险赔付料超60亿元。", SAID, []),
    ("业内人士料明年出口下降一成。", SAID, []),
]

ROWS = [*HEDGE_FIRST, *HEDGE_INSIDE, *HEDGE_LAST, *HEADLINES, *SPEECH, *CONTINUING, *LOOKALIKES]


@pytest.mark.parametrize(("text", "said_on", "found"), ROWS)
def test_the_hedge_is_read_in_this_position(text: str, said_on: datetime.date, found: list[Found]) -> None:
    candidates = find_forecasts(text, language="zh-Hans", said_on=said_on)
    assert [(c.quote, c.resolve_on.isoformat() if c.resolve_on else None, c.probability) for c in candidates] == found


def test_these_sentences_are_not_copied_from_the_corpus_or_the_batches() -> None:
    """No 12-character stretch of a Chinese sentence above appears in a corpus or batch text up to al_."""
    assert [s for s in copied_from_labelled_texts(__file__, read_up_to="al", english=40) if not s.isascii()] == []
