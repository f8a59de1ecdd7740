"""Chinese markers: 将 and 会 as "will" (not 将军, 把-like 将其, 会议, 社会), 预计, 有望, 可能, and the look-alikes."""

from __future__ import annotations

import re

from predictions.intake import denials_zh, rulebook, targets_zh
from predictions.intake.expectations_zh import MORE
from predictions.intake.markers import ClauseReading
from predictions.intake.unnamed_zh import UNNAMED_FRAME


def _not_after(words: str) -> str:
    """Negative lookbehinds, one per word (each word may be of its own length)."""
    return "".join(f"(?<!{word})" for word in words.split())


# 会 as a modal verb: not the end of 社会, 机会, 大会, 委员会, 发布会, 电话会, 亚冬会, 冬奥会 … nor the start of
# 会议, 会见, 会长 ….
# A modal 会 is followed by a verb, never by punctuation.
_HUI = (
    _not_after(
        "社 机 协 委员 动员 大 学 理 误 聚 览 展 全 董事 理事 监事 议事 开 与 约 省 庙 工 商 茶 讨 布 记者 "
        # (Round 14) A federation and a briefing: 联合会, 说明会 (not 消费者会 / 两者会 "will": only 记者会 is a noun.)
        "联合 说明 运 博 易 国国 幽 宴 参 亚冬 奥 联席 两 组委 居委 村委 党委"
    )
    # 峰会 is a summit; a peak that will come is the modal: 高峰会出现在元旦前后, 峰值会提前到来.
    + "(?:(?<!峰)|(?=会(?:出现|到来|在|提前|推迟|延后|持续|回落|过去|来临)))"
    # (Round 16) 体会 is "experience" (深有体会), but after a noun ending in 体 会 is the modal: 智能体会进入企业流程,
    # 整体会有所回升, 媒体会持续关注 (not 体会到 / 体会了, the verb "to come to feel"; nor 会客厅, 会操, nouns).
    # Not after the bodies of general truths and habits either (气体会膨胀, 液体会随温度……, 身体会发出信号,
    # 群体会在每年……, 团体会操).
    + "(?:(?<!体)|(?:(?<=智能体)|(?<=[主个实媒载整总济同合具]体))(?!会[到了过得客操]))"
    # 赛会 is a meet (赛会纪录); after a competition's name 会 is the modal: 系列赛会打满五场, 比赛会推迟.
    + "(?:(?<!赛)|(?<=[列比联决后规标奖开]赛))"
    + _not_after("酒 舞 盛 集 常 领 融 附 知 照 分 议 话 略 年年 演唱 音乐 联欢 茶话 座谈 研讨 年度")
    + "(?:(?<!晚)|(?<=早晚))"  # 晚会 is a gala, 早晚会 "sooner or later will" the modal (README rules pass)
    # 例会 is a regular meeting; after 比例 ("the share") 会 is the modal: 女性的比例会提高.
    + "(?:(?<!例)|(?<=比例))"
    # 会见 is a meeting, 会见顶 "will peak".
    # 会考 is an exam, 会考虑 "will consider".
    + "会(?!见(?![顶底效好涨跌长])|考(?!虑)|[议谈晤面员计场期所展费址堂同商签诊聚演战徽旗务师馆刊籍话意心"
    + "】」”，。、；：）)\\s]|$"
    + "|长(?!期|远)|上(?![升涨调市线台映演马])|后(?!悔)|合(?!作|理)"
    # An event's progress (招聘会接近尾声, 运动会落下帷幕) is said of the event, a noun ending in 会.
    + "|接近尾声|落下帷幕|进入尾声)"
)
# 将 as "will": not a general (大将, 名将, a goalkeeper 门将 — but 部门将 "the department will"), not 将近 / 将就, not
# 已将 / 曾将 (past, 把-like), not the noun 将来 "the future" (将来自 "will come from" is the modal).
# (将比 is "will be …-er than", not 将比赛 / 将比作: 无人机将比载人飞行器更早实现规模化应用.)
_JIANG = _not_after("大 老 名 主 猛 干 健 武 虎 麻 爱 战 悍 良 已 曾 经") + (
    "(?<!(?<![部专热冷衙闸厂油])门)将(?![军领士帅近就官门校相心计信]|比[赛喻作拟]|来(?![自到临]))"
)
# 将 followed by its object and then the verb is 把 ("put … into"), not a future: 将其输入, 将A视为B.
_BA_JIANG = re.compile(
    r"将(?:其|之|它|他|她|您|你|我|这|那|该|此|自己|自身|所有|全部|一切|相关|各|每|双方|彼此)"
    r"|将[^，。；,;]{1,12}?(?:视为|视作|作为|当作|当成|纳入|列为|列入|用于|用在|转化为|转为|改为|改成|变为|变成|输入|交给|交由"
    r"|归为|定为|称为|命名为|翻译成|译为|分为|放在|置于|推向|带到|带入|引入|融入|应用于|运用于|投入到|送达|送到|送往|比喻为|比作|比喻成)"
    # … and a level that someone sets: 将应急响应提升至Ⅱ级, 已将水位预降至3米以下 (not 将从三成提升至五成, 将在两年内
    # 提升到七成, 将大幅下调至……, nor a forecast revised: 将年底金价目标上调至……).
    r"|将(?![从在于再逐进继大小明有可首分])(?:(?!目标|预测|预期)[^，。；,;将会]){1,12}?"
    r"(?:提升|提高|下调|上调|调降|调升|调高|调低|预降|降低)(?:至|到)"
)
# Hedged forms are forecasts too (可能, 恐怕, 有望); 届时 ("by then") refers to a dated claim before it.
_FUTURE = re.compile(
    rf"{_JIANG}|{_HUI}|{MORE}|预计|有望|有希望|可望|势必|必将|终将|即将|料将|或将|预料|预言|注定|势将|看涨|看跌|不会"
    # (Round 15) 料 "expects", the newswire's verb after a firm or a person, before the period it speaks of:
    # 公司料全年利润增长两成, 该行料下季度出口回落 (not 原料, 材料, 预料, 不料, 燃料 — nouns and "unexpectedly").
    r"|(?<![原材饮资预燃肥塑不意照爆涂布香染废物用草饲面辅配史笑猛密浆颜调备木油石])料(?=今|明|后年|本[年季月周]|全年|年内|上半|下半"
    r"|下[个一]?[季月周]|第?[一二三四1-4]季|未来|[0-9]{4}年)"
    # (Round 16) … and before the day or the level it expects, after 于 / 在: 台风料于16日登陆, 增速料在5%左右, 料在
    # 高位运行 (not 原料于, 资料在: nouns). Only after a subject whose level or course is expected — a price, a volume,
    # a rate, a weather system, a name in quotation marks, a firm or an analyst — for 熟料, 硅料, 骨料, 钢料, 胶料 are
    # materials, and 市场人士料在…… names nobody.
    r"|(?<=[价量速率气风雨数额值势润入口比位温币求长度幅息潮司构师”」A-Za-z])料"
    r"(?=[于在](?:[0-9０-９]|每|高位|低位|今|明|本[年季月周]|下[个一]?[季月周旬]|[一二两三四五六七八九十]+[成月日号]))"
    # (Round 15) An analyst's price target with its price is a forecast of the price (the README's rule on targets
    # is for goals a party sets itself): 给予目标价68元, 目标价由40元上调至45元 (not 目标价位, said without a price).
    r"|目标价(?=[^，。；]{0,10}?[0-9０-９][0-9０-９.]*(?:元|美元|港元|港币))"
    # 或 before a verb of change is "may" in news copy: 今年运价或下跌三成 (not 或者, nor "A或B" of two nouns).
    r"|(?<![或者涨跌升降增减上下])或(?=[下上增减跌涨突超达迎再回升降创破持扩缩提偏延继]|出现|成为|进一步|好转|回暖|放缓)"
    # "Not much of a problem" to reach a stated result is a hedged forecast: 进前三问题不大 (not 质量问题不大).
    # (Round 13) … said as 没有问题 too, and 破 of a threshold: 进前四没有问题, 成交破两万套问题不大 (跌破 after a fall
    # just forecast is its size: ……还会往下走，跌破2200元问题不大).
    r"|(?:达到|进入|进|排进|实现|完成|拿下|突破|超过|保住|守住|晋级|夺冠|完成|(?<!跌)破)[^，。；]{0,12}?(?:问题不大|没有问题|没问题|不成问题)"
    # … and a change by a stated amount: 客流增长两成问题不大, 涨价10%问题不大.
    r"|(?:增长|上涨|涨|提高|增加|翻)[^，。；]{0,4}?(?:[0-9０-９]+|[一二两三四五六七八九十]+)(?:成|[%％]|倍)[^，。；]{0,2}?"
    r"(?:问题不大|没有问题|没问题|不成问题)"  # (README rules pass: 全年增长5%没有问题 too)
    # "Has a chance to" reach an outcome is hedged like 有望: 他们有机会进入四强, 后年有机会冲击冠军 (not an opportunity
    # given: 学生有机会参加夏令营).
    r"|有(?:一定|很大|较大|不小)?的?机会(?=夺冠|进入|进|突破|实现|超过|扭亏|冲击|拿下|晋级|打破|破|卫冕|翻盘|回到|回升|反弹"
    r"|达到|登顶|赢|获胜|胜出|创|重返|跻身|追平|反超|争(?=[一夺冠取]))"
    # (Round 13) … and a chance denied away: 冲击冠军也不是没有机会, 并非没有可能 (not 没有机会参加 of the present).
    r"|(?:不是|并非|也不是|倒不是)(?:完全)?没有(?:机会|可能|希望)(?=[。！，；”」\s]|$)"
    # … and with the speaker's belief right before it, whatever the thing is: 但销量我觉得问题不大.
    r"|(?:我|我们)(?:个人)?(?:觉得|认为|看|估计|判断)(?:也|还)?问题不大"
    # The speaker's own estimate of what is to come: 我估计第一年能到6万人次 (not 我估计他已经走了).
    r"|我们?估计(?![^，。；]*[了过])(?=[^，。；]{4,})"
    # (Round 17) … and forecast, with the claim in the same clause: 我们预测明年净利润增长15% (not 我们预测过,
    # 我们预测的结果; review: nor a noun, 我们预测团队 / 预测准确率, nor a year gone, 我们预测去年GDP增长5%).
    r"|我们?预测(?![过错对的]|团队|准确|模型|部门|能力|结果|数据|系统|方法)(?![^，。；]*(?:[了过]|去年|前年|上年))(?=[^，。；]{4,})"
    # What the speaker believes can be done is a forecast of it: 我觉得能完成, 我认为明年能够实现 (not 能力, 能源).
    r"|(?:我|我们)(?:认为|觉得|相信|判断|看)[^，。；]{0,16}?能够?(?![力源量耗效级])(?=[\u4e00-\u9fff])"
    # (Round 13) … and what anyone does not believe can be done is a negated forecast: 我不认为今年能根本解决,
    # 她并不认为票房能回到2019年的水平 (not 能力, 能源).
    r"|(?:并|也|从来|根本)?不(?:认为|觉得|相信)[^，。；]{0,20}?能够?(?![力源量耗效级])(?=[\u4e00-\u9fff])"
    # (Round 13) Confidence in a result named with its number: 我们对全年毛利率保持在20%以上很有信心.
    r"|对[^，。；]{2,24}?(?:保持在|达到|实现|超过|突破|回到|降到|升到)[^，。；]{0,10}?[0-9０-９%％成倍万亿][^，。；]{0,6}?"
    r"(?:很|非常|充满|比较|相当|有)+(?:信心|把握)"
    # (Round 17) … and confidence in an outcome named right after it, with no number: 我们有信心成为留下来的那一家,
    # 我有信心拿下冠军 (not a vow of one's own effort: 有信心做好……, 有信心克服困难). The outcome is a place, a title or
    # a number — not a slogan (有信心实现高质量发展, 突破自我, 守住安全底线, 赢得客户的信任, 成为一家受人尊敬的企业) nor
    # the confidence of a time gone (去年我们有信心……).
    r"|(?<!去年|前年|当时|那时|曾经|当年|本来|原本)(?:我|我们)(?:很|非常|也|还|都)?(?:有|充满)信心(?=夺冠"
    r"|成为[^，。；]{0,6}?(?:留下|活下|剩下|最后|第一|前[一二三四五六七八九十0-9]|最大|头部|龙头|冠军)"
    r"|(?:进入|跻身|进)[^，。；]{0,6}?(?:前[一二三四五六七八九十0-9]|[一二三四五六七八九十0-9]+强|第一|决赛|季后赛)"
    r"|(?:拿下|赢得|夺得|获得)[^，。；]{0,10}?(?:冠军|金牌|奖牌|锦标|比赛|决赛|大选|选举|官司|诉讼|订单|第一)"
    r"|(?:实现|达到|超过|守住|保住|突破|回到)[^，。；]{0,10}?(?:[0-9０-９%％成倍万亿]|扭亏|盈利|盈亏平衡|转正|第一))"
    # … and a result said to be certain: 开业时招商率一定能做到95%以上 (a vow of one's own is a wish: 我们一定能…以…).
    r"|(?:一定|肯定|绝对|必然)能够?(?=[做达实完拿进赢突超保回降涨跌到破])"
    # A forecast kept or revised: 维持今年增长2.3%的预测不变, 将增速预测上调至4.8%.
    r"|(?:维持|上调|下调|调高|调低|上修|下修)[^，。；]{0,20}?的?(?:预测|预期)"
    # 可能的 ends a clause as its predicate: 单独组阁是不可能的 (not a modifier: 可能的风险).
    r"|可能(?!的)|(?<=[不很极太有全是常当])可能的(?=[。，；！”」\s]|$)|也许|或许|恐怕|大概率|十有八九(?![的是])(?![^，。；]*了)|说不定|届时|到时候|到那时|判断是(?=[^，。；：:])|预判"
    # (Round 16) A change said to be certain is a forecast of it: 需求恢复是肯定的, 价格回落的趋势是确定的 (not
    # a change already made: 需求已经恢复了，这是肯定的; nor one of a time gone, ``_CERTAIN`` below).
    r"|(?<!已)(?<!已经)(?:恢复|下降|下跌|上涨|增长|回升|回落|下滑|反弹|提高|提升|减少|增加|扩大|缩小|放缓|走高|走低|复苏"
    r"|好转|改善|回暖|见底|企稳)(?:的(?:方向|趋势|大方向))?(?:也|将)?是(?:肯定|确定|必然|一定)(?:的|无疑)"
    # "Unlikely", said of the odds themselves: 概率不大, 可能性很小, 希望不大 (often a whole answer).
    r"|(?:概率|可能性?|几率|机率|希望)(?:也|都)?(?:不大|很小|极小|较小|不高|很低|较低|微乎其微)"
    # The likelier of two outcomes, named: 更可能的是先在几个县试点, 最可能的情况是维持现状.
    r"|(?:更|最|比较)可能的(?:[\u4e00-\u9fff]{0,2}?是)"
    # "It will take time yet" to reach a stated point: 要回到高点还需要时间 (not a plain 出清仍需时间 of the present).
    r"|[要想][^，。；]{2,20}?(?:还|尚|仍)(?:需要?|要)(?:一段|一些|不少|很长的?)?(?:时间|时日)"
    # (Round 17) … also with the point named after a verb of return: 恢复到疫情前水平还需要时间, 回到高位尚需时日.
    r"|(?:恢复|回|重回|回升|反弹)到[^，。；]{1,16}?(?:还|尚|仍)(?:需要?|要)(?:一段|一些|不少|很长的?)?(?:时间|时日)"
    # "At best": what can be hoped for stated as the limit: 三年后能剩下一半就不错了, 能保住去年的量就算好的 (round 17:
    # 就很不错了 too).
    # (Not a wish said as 挺好了: 孩子能考上大学就挺好了.)
    r"|能[^，。；]{1,16}?(?:就|已经|已)(?:算是?)?(?:(?:很|挺|相当)?不错|很好|好|谢天谢地)(?:了|的了)"
    # "Will not be able to get back / reach": the potential complement, negated: 回不到2021年的水平, 达不到目标,
    # 涨不上去 (not a past 当时回不去).
    r"|(?<!当时)(?:回|达|赶|追|恢复|涨|降|升|跌|撑|守|保|走)不(?:到|回|上|下|起|住|过|去)(?!了[^，。；”」]|过[来去])"
    # "Cannot be ruled out", "hard to", "only then will": 不排除出现回调, 很难超过, 要到半决赛才能复出.
    # (Nor hard to know with a manner between: 很难精确预测, 很难准确判断.)
    r"|不排除(?!了)|很难(?!说|讲|判断|预测|想象|相信|讲清|回答|猜|估计|预估|预报|预知|预料|估算|提前[^，。；]{0,6}?(?:预报|预测|预知|预判|知道|判断)"
    r"|(?:精确|准确|精准|确切|具体)(?:地)?(?:预测|判断|估计|预估|预判|估算))|才能(?=[\u4e00-\u9fff])|才会"
    # "Unlikely to": before a verb of change (难以回升, 难以为继, 难以松动), or before any verb of what happens once a
    # period or "still" comes first (短期内仍难以放开, 明年难以翻倍) — not a hardship of the present (企业难以获得贷款),
    # nor a verb of knowing or bearing (难以置信, 难以判断, 难以承受); 难以避免 ("bound to") is not "unlikely".
    # (Round 16: and a figure 难以转正, "unlikely to turn positive": 房地产投资难以转正 — not an intern's 难以转正, a
    # permanent post.)
    r"|(?<=[资速长润入收口费值额比])难以(?=转正)"
    r"|难以(?=[见实达回恢改扭突]|转好|转暖|为继|松动|企稳|反弹|逆转|持续|维持|摆脱|缓解|消化|落地|兑现|放开|形成|成为|超过|赶上|追上"
    r"|上涨|下降|回落|下跌|复苏|好转|扭转|翻身|翻盘)"
    r"|(?:短期内|中期内|年内|今年|明年|后年|未来|近期|[一二两三四五六七八九十\d]+年(?:以?内|之内)|仍|还|恐怕|恐|也)"
    r"[^，。；]{0,4}?难以(?!避免|估算|衡量|量化|核算|计量|置信|想象|预测|预料|预计|判断|估计|估量|理解|接受|言|形容|描述"
    r"|启齿|捉摸|割舍|忘记|忘怀|入睡|下咽|承受|忍受|区分|分辨|察觉|核实|统计|计算|满足)(?=[\u4e00-\u9fff])"
    # "No suspense left" about what is to come: 夺冠基本没有悬念, 晋级毫无悬念 (not a game already decided: 比赛已经没有
    # 悬念了).
    r"|(?<!已经)(?<!早已)(?<!早就)(?<!已)(?:没有|没什么|毫无|不存在)(?:任何|太大|多大|什么)?悬念(?!了)"
    r"|(?<=[内后期还也定该能说都就才总])会(?=[。！])"
    # (With adverbs between: 明年应该还会涨, 应该也能完成.)
    r"|应该(?:[还也都就又再])?(?=会|能|可以|还可以|没有问题|没问题|问题不大|不会|不至于|在|是|比较|差不多)"
    # What cannot be avoided will happen: 回调在所难免, 拥堵不可避免, 涨价是难免的
    # (not the manner adverb of a past event: 不可避免地受到了影响).
    r"|在所难免|(?<!很)难免|不可避免(?!地)"
    # (Round 17) … said as 难以避免 too: 部分地区减产已难以避免 (not a manner: 难以避免地).
    r"|难以避免(?!地)"
    # "Will not be able to" as a verb's complement: 这轮上涨持续不了太久, 价格降不了多少 (not of the past:
    # 坚持不了就退赛了).
    r"|(?:持续|维持|坚持|撑|涨|跌|降|回|好|少|免|躲|逃|避|拖|保|进|赢|拿|恢复|解决|完成|实现|消化|缓解|扭转)不了(?![^，。；]*了)"
    # "Not until": 盈利要到2027年, 复苏要等到明年下半年.
    r"|要(?:等|留|拖|推迟|延到)?到(?=[^，。；]{0,3}?(?:[0-9０-９]{4}年|明年|后年|今年|下半年|年底|年末|最后))"
    # (Round 17) "Can last N more days": what is left runs out after a stated time: 几座水库最多还能撑20天, 库存只能维持
    # 两个月 (not of the past: 当时还能撑三天).
    r"|(?<!当时)(?:还|只|仅|最多|顶多)能(?:再)?(?:撑|坚持|维持|支撑|支持|供应|用)(?=[^，。；]{0,4}?"
    r"(?:[0-9０-９]+|[一二两三四五六七八九十几半]+)(?:天|周|个星期|个月|年)(?![的年假]))"
    # "Still to fall further": 利润还要再降一成, 销量仍要继续下滑 (not a duty: 我们还要加大投入); (round 17) said with
    # 得 too: 节前肯定还得涨.
    r"|(?:还|仍|又)(?:要|得)(?:再|继续)?(?=掉|涨|跌|降|增|减|升|缩|回落|回升|下滑|下跌|上涨|下降|萎缩|扩大|攀升|走低|走高|提高|放缓)"
)
_MODAL = re.compile(
    r"大概|能够|可以|估计|我认为|我觉得|我相信|我们认为|我们判断|我判断"
    # (Round 16) 能 "can" with a date still to come is a claim of it: 最迟三季度末就能回来, 2027年能看到验证 (not the
    # nouns 能力, 能源, 功能, 性能, 智能, 产能, 动能, 能繁母猪 …, nor 不能 of a rule: 9月1日起不能再生产; 一定能 is a
    # vow unless it names a result, ``_FUTURE``).
    # (Round 17: nor what was possible then: 当时还能撑三天.)
    r"|(?<![功性智体技动核潜热电产效才可万本职艺节储赋势光风中不定])(?<!当时还)(?<!当时只)(?<!当时)能(?![力源量耗效级够手人繁])"
)
# 曾 the adverb (曾在, 曾表示), not the surname (曾志远).
# (Not the 了 of "cannot" — 取代不了, 进不了 — nor of "a matter of" a time ahead: 是2030年以后的事了.)
_PAST = re.compile(
    r"(?<![为除罢算不])(?<!的事)了(?![解不如结却望])|已经|已|曾经|曾(?=[在于是被说表预多一两参担获任有])"
)
# A stretch up to now (入冬以来, 新政出台一个多月来), unless it is the reason given for a claim (由于去年以来……，).
# … and what data measured: 统计局数据显示，二季度末存栏4038万头 (with no marker of the future).
_SINCE = re.compile(r"以来|[0-9一二两三四五六七八九十几多]+个?多?[月年周天]多?来|(?:数据|统计|监测)(?:结果)?显示")
_REASON_HEAD = re.compile(r"[“”「」\s]*(?:由于|因为|随着|鉴于)")
_ATTRIBUTION = re.compile(
    r"^[“”「」\s]*(?:(?:而|但|并|同时|此外)?[^，。；,;“”]{0,32}?)(?:表示|说|称|指出|认为|预测|预计|强调|透露|坦言|直言|介绍|提到"
    r"|谈到|回应|回复|声称|宣称|警告|提醒|提示|坦承|承认|相信|写道|看来|补充道|补充说|告诉[^，。]{0,12}|回答|解释|分析|判断是|看法是|预测是|观点是"
    # An estimate that frames the clause after it: 我们估计，今年……
    r"|估计|判断|测算)"
    r"(?:道|说)?[：:，,\s]*$"
    r"|^[“”\s]*据(?:悉|了解|报道|介绍|估计)?[^，。；]{0,20}?(?:报道|消息|介绍)?[，,\s]*$"
    # A turn: 刘振华：, 张强（乘联会秘书长）： (round 16: not a judgement before its reason, 这种可能性不大：).
    r"|^[“”\s]*(?![^：:]*(?:可能|概率|几率)性?(?:也|都)?(?:不大|很小|很低|不高|较小|较低))[\u4e00-\u9fff·A-Za-z]{1,8}"
    r"(?:[（(][^（）()，。；\n]{1,24}[）)])?[：:]\s*$"
)
# The cues and look-alikes that need nothing but a match are a table: ``rules/markers_zh.toml``.
_CUES = rulebook.marker_cues("markers_zh.toml")


# A live blog's time stamp before an entry (16:55 对于……，) is no part of what the entry says.
_TIME_STAMP = re.compile(r"^\s*(?:[01]?\d|2[0-3])[:：][0-5]\d\s+")


def read(text: str) -> ClauseReading:
    text = _TIME_STAMP.sub("", text)
    future = any(
        not _is_ba(text, m.start())
        and not _GUESS_OF_THE_PAST.match(text, m.end())
        and not (_JUDGED.match(text, m.start()) and _TIME_GONE.search(text, 0, m.start()))
        and not (_STILL_MUST.match(text, m.start()) and _OWN_DOER.search(text, 0, m.start()))
        and not _lasting_gone(text, text.find("能", m.start(), m.end()))
        for m in _FUTURE.finditer(text)
    )
    excluded = _exclusion(text, future=future)
    attribution = not excluded and bool(_ATTRIBUTION.search(text))
    return _CUES.reading(
        text,
        future=future and not attribution,
        modal=any(not _lasting_gone(text, m.start()) for m in _MODAL.finditer(text)),
        excluded=excluded,
        attribution=attribution,
        # 中国气象局预计，今年汛期……: a verb of expectation frames the dated clause after it as a forecast.
        # (… and so does a clause that opens on it: 预计流感季将从11月开始，12月下旬达到高峰 — the series shares it.)
        belief=(attribution and bool(_EXPECTS.search(text))) or (not excluded and bool(_OPENS_EXPECTING.match(text))),
    )


# The judgements of rounds 16 and 17 (``_FUTURE``) said of a time gone are facts: 去年利润下滑是肯定的, 过去十年房价
# 上涨是必然的, 去年的那场危机难以避免, 去年客流恢复到……还需要时间, 去年能保持盈亏平衡就很不错了.
_CERTAIN = re.compile(r"[\u4e00-\u9fff]{2}(?:的(?:方向|趋势|大方向))?(?:也|将)?是(?:肯定|确定|必然|一定)(?:的|无疑)")
_STILL_MUST = re.compile(r"(?:还|仍|又)得")
_OWN_DOER = re.compile(r"(?:我们|咱们|我(?![们国省市区县校院军方])|公司|我司)(?!估计|认为|觉得|看|判断|相信|预计|想)")
_JUDGED = re.compile(
    rf"{_CERTAIN.pattern}|难以避免|{_STILL_MUST.pattern}|(?:恢复|回|重回|回升|反弹)到|能[^，。；]{{1,16}}?(?:就|已经|已)"
)
_TIME_GONE = re.compile(
    r"去年|前年|过去(?=[一二两三四五六七八九十几0-9]|的|这|那)|往年|此前|以往|当年|当时|那时|上个?月|上季度|上周|昨天"
    r"|前几年|这些年|多年来|近[几两三四五十]+年来|本来|原本"
)
# What is left lasting a time (还能撑三天) is a rule when it is had each year (每位员工每年只能用5天年假), and a fact
# when it lasted then (去年……还能撑三天, 当时……).
_LASTS = re.compile(r"能(?:再)?(?:撑|坚持|维持|支撑|支持|供应|用)")


def _lasting_gone(text: str, index: int) -> bool:
    if index < 0 or not _LASTS.match(text, index):
        return False
    return bool(_TIME_GONE.search(text, 0, index)) or "每" in text[:index]


def lasted_then(before: str, words: str) -> bool:
    """A clause that only names a time gone (去年那次停电，) and one whose only claim is what was left lasting a time
    (医院的备用电源还能撑三天): a fact of then (review of round 17)."""
    if not _TIME_GONE.search(before) or read(before).future or not _LASTS.search(words):
        return False
    rest = read(_LASTS.sub("", words))
    return not rest.future and not rest.modal


# … and so is a judgement the words after it undo: a change called certain that is known already (……是肯定的，大家
# 都看到了 / 已经公告了 / 这是已经发生的事实), a rise the speaker needs (这个价格还得涨一点，我们才有利润), a kind of
# mishap that is a general truth (交通事故难以避免，但可以减少).
_UNDONE = (
    (_CERTAIN, re.compile(r"[^，。；]*?(?:已经|已(?![将会])|看到了|证实|公告了|发生了|事实)")),
    (_STILL_MUST, re.compile(r"[^，。；]{0,4}?(?:我们|我|咱们|公司|企业|厂家|大家)才")),
    (re.compile(r"难以避免"), re.compile(r"(?:但|不过)?[^，。；]{0,4}?(?:可以|能够?)(?:减少|降低|控制|预防)")),
)


def undone_by_the_next(words: str, after: str) -> bool:
    """A clause whose only claim is one of the judgements above, and a clause after it that undoes it: the two
    state a fact, a need or a general truth (review of rounds 16 and 17)."""
    return any(
        judged.search(words) and not read(judged.sub("", words)).future and undoing.match(after)
        for judged, undoing in _UNDONE
    )


_EXPECTS = re.compile(r"预计|预测|预期|预判|估计|判断|测算")
_OPENS_EXPECTING = re.compile(r"[“”「」\s]*(?:预计|预测)")


# A hedge on what has already happened is no forecast: 很可能已经进入平台期, 恐怕早就见顶了.
_GUESS_OF_THE_PAST = re.compile(
    r"(?<=可能|也许|或许|恐怕)(?:已经|已|早就|早已)|(?<=大概率)(?:已经|已|早就|早已)"
    # (Round 15) … and on a cause or a verb done: 下滑可能与备货有关, 恐怕超出了预期 (not 可能要涨了, "about to").
    r"|(?<=可能|也许|或许|恐怕)(?:(?:与|和|跟|同)[^，。；]{1,24}?(?:有关|相关|有关系)|(?:(?![要会将快就])[\u4e00-\u9fff]){1,5}了(?![解结]))"
)


def _is_ba(text: str, index: int) -> bool:
    return text[index] == "将" and bool(_BA_JIANG.match(text, index))


# Start of production or service named with its time, unhedged: 氢冶金示范线明年投产, 年底前通车 (but 有望在2035年前
# 建成 is a forecast of the work's outcome).
_BARE_COMPLETION = re.compile(
    r"(?:年|月|季度|年底|年内|明年|今年|暑期|寒假|假期|档期)(?:底|末|内|前)?(?:正式|全面|如期|扎堆|陆续|集中|相继)?"
    r"(?:投产|开工|动工|通车|开业|上线|竣工|建成|投用|上映|开播)(?!的)"
)
_APPROVAL = re.compile(
    r"(?:将于|将在|会在|有望在|预计在?)[^，。；]{0,16}?(?:获批|获准|通过审批|通过审评|获得批准|拿到批文)"
)
_AT_THE_EARLIEST = re.compile(r"最快|最早|最迟|最晚")
# A completion hoped for is an outcome, whoever will finish it: 这座电站有望在后年投入商运.
_HOPED_COMPLETION = re.compile(r"有望[^，。；]{0,12}?(?:投产|建成|投运|投入(?:商业)?运行|投入商运|通车|竣工|完工|开通)")
# The onset of a season or a weather event is nobody's timetable: 预计将于6月中旬入梅, 台风将于明天登陆 (but what is
# done before it is: 将于入梅前组织演练).
_NATURAL_ONSET = re.compile(
    r"(?:将|会)于[^，。；]{0,16}?(?:入梅|出梅|入汛|入夏|入秋|入冬|登陆|见顶|见底|达峰|达到(?:高峰|峰值|顶峰)|迎来高峰|进入高峰)"
    r"(?![前后时以之])"
)
_QUOTED_TERM = re.compile(r"[“「][^”」，。；]{1,10}[”」]")
# "There will be some firm that …": an existential 会有 / 将有 before a party the speaker does not speak for.
# (Any party counted out is another's: 明年至少会有两三个省份推出……, 会有更多学校开设…….)
_SOMEONE_WILL = re.compile(
    r"(?:会|将)有(?:更多|一些|不少|很多|多家|几家|[一二两三四五六七八九十几\d]+家)?[^，。；]{0,6}?"
    r"(?:厂商|厂家|企业|公司|品牌|机构|平台|车企|银行|国家|城市|球队|选手|药企|券商)"
    r"|(?:会|将)有(?:至少|超过)?(?:更多|越来越多|一些|不少|很多|[一二两三四五六七八九十几\d]+(?:个|家|所|座|名|位|支))"
    # (Round 13) "At least N machines, lines, ships" is a guess at a count, nobody's own timetable:
    # 明年至少会有两台新装置建成 (not 集团今年将有2台机组投入商运, its own units).
    r"|(?:至少|起码)(?:会|将)有[一二两三四五六七八九十几\d]+(?:台|条|艘|架|颗|款)"
)
# A headline in two parts, the second given to experts nobody names: 大豆有望丰收 专家：价格仍将承压.
_HEADLINE_HEAD = re.compile(r"^\s*([^，。；：:\s]{4,})[ \u3000]+(?:专家|机构|业内|分析师|市场|券商)(?:人士)?[：:]")


def headline_then_unnamed(text: str) -> bool:
    """A headline's own claim, then the words of experts it does not name (what follows them is theirs). The claim
    is said by no one (not 多家房企预计……): whoever expects it would be its speaker."""
    head = _HEADLINE_HEAD.match(text)
    if head is None or not _FUTURE.search(claim := head.group(1)):
        return False
    return _CUES.first_exclusion(claim) is None and not _CUES.reporting.search(claim)


_HEDGED = re.compile(r"有望|可能|或将|恐怕|大概率|也许|或许|估计")
# Doubt put on an arrangement makes it someone's guess of what others will do: 其他省份很可能会跟进举办类似的联赛
# (not the speaker's own: 我们可能会在下月举办……).
_GUESSED = re.compile(r"很可能|大概率|可能会|可能将|恐怕|说不定|也许|或许")
_OWN = re.compile(r"我们|我(?![国省市区县校院军方])|咱们|公司|本公司|我司|本院|本校")


def _exclusion(text: str, *, future: bool) -> str | None:
    if text.rstrip('”」』"）) ').endswith(("？", "?")):
        return "question"
    reason = _CUES.first_exclusion(text)
    if reason == "question":
        # A question word inside a short quoted term is no question: 竞争会从“做什么”转向“怎么做”.
        reason = _CUES.first_exclusion(_QUOTED_TERM.sub("某事", text))
    if reason in ("question", "unnamed") and (plain := denials_zh.without_the_denied(text)) is not None:
        reason = _CUES.first_exclusion(plain)  # (round 17) 我并不认为会有哪家公司……, 不认为会像传言的那样……: a denial
    if reason in ("schedule", "plan") and not future and _REASON_HEAD.match(text):
        reason = None  # (round 17) 随着各地筹集计划陆续落地，……: the ground of the claim after it, no timetable
    if reason == "schedule" and _SOMEONE_WILL.search(text):
        reason = None  # 两年内会有车企推出……: what some party will do is an outcome, not one's own timetable
    if reason == "schedule" and (
        _APPROVAL.search(text)
        or _AT_THE_EARLIEST.search(text)
        or _HOPED_COMPLETION.search(text)
        or _NATURAL_ONSET.search(text)
    ):
        # another party's approval is an outcome: 疫苗预计将于明年上半年获批上市; a timetable guessed "at the
        # earliest" is a forecast of it: 最快明年就会出台.
        reason = None
    if reason == "schedule" and _GUESSED.search(text) and not _OWN.search(text):
        reason = None
    reason = targets_zh.reread(text, reason)  # (README rules pass) 到2027年……要达到50万辆, 结果最迟……揭晓: plans
    if reason is None and _BARE_COMPLETION.search(text) and not _HEDGED.search(text):
        reason = "schedule"
    if reason == "unnamed" and headline_then_unnamed(text):
        reason = None  # 猪价有望二季度触底 专家：……: the headline's own claim first; unnamed experts add to it
    if reason == "unnamed" and UNNAMED_FRAME.search(text):
        return "unnamed view"  # 此前有市民担心，…… frames the rest of the sentence
    if reason is None and not future and _PAST.search(text):
        return "past"
    if reason is None and not future and _SINCE.search(text) and not _REASON_HEAD.match(text):
        return "past"
    return reason
