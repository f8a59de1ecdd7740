"""Chinese markers: 将 and 会 as "will" (not 将军, 把-like 将其, 会议, 社会), 预计, 有望, 可能, and the look-alikes."""

from __future__ import annotations

import re

from predictions.intake.markers import ClauseReading, Cues


def _not_after(words: str) -> str:
    """Negative lookbehinds, one per word (each word may be of its own length)."""
    return "".join(f"(?<!{word})" for word in words.split())


# 会 as a modal verb: not the end of 社会, 机会, 大会, 委员会, 发布会, 电话会 … nor the start of 会议, 会见, 会长 ….
# A modal 会 is followed by a verb, never by punctuation.
_HUI = (
    _not_after(
        "社 机 协 委员 动员 大 峰 学 体 理 误 聚 览 展 全 事 开 与 约 省 庙 工 商 茶 讨 布 者 运 博 易 国国 幽 宴"
    )
    + _not_after("酒 舞 赛 盛 集 例 常 领 融 附 知 照 分 议 话 略 年年 晚 演唱 音乐 联欢 茶话 座谈 研讨 年度")
    # 会见 is a meeting, 会见顶 "will peak".
    + "会(?!见(?![顶底效好涨跌长])|[议谈晤面员计场期所展费址堂同商签诊聚考演战徽旗务师馆刊籍话意心】」”，。、；：）)"
    + "\\s]"
    + "|长(?!期|远)|上(?![升涨调市线台映演马])|后(?!悔)|合(?!作|理))"
)
# 将 as "will": not a general (大将, 名将), not 将近 / 将就, not 已将 / 曾将 (past, 把-like).
_JIANG = _not_after("大 老 名 主 猛 干 健 武 虎 麻 爱 战 悍 良 已 曾 经") + "将(?![军领士帅近就官门校相心比计信])"
# 将 followed by its object and then the verb is 把 ("put … into"), not a future: 将其输入, 将A视为B.
_BA_JIANG = re.compile(
    r"将(?:其|之|它|他|她|您|你|我|这|那|该|此|自己|自身|所有|全部|一切|相关|各|每|双方|彼此)"
    r"|将[^，。；,;]{1,12}?(?:视为|视作|作为|当作|当成|纳入|列为|列入|用于|用在|转化为|转为|改为|改成|变为|变成|输入|交给|交由"
    r"|归为|定为|称为|命名为|翻译成|译为|分为|放在|置于|推向|带到|带入|引入|融入|应用于|运用于|投入到|送达|送到|送往|比喻为|比作|比喻成)"
)
# Hedged forms are forecasts too (可能, 恐怕, 有望); 届时 ("by then") refers to a dated claim before it.
_FUTURE = re.compile(
    rf"{_JIANG}|{_HUI}|预计|有望|可望|势必|必将|终将|即将|料将|或将|预料|预言|注定|势将|看涨|看跌|不会"
    # 或 before a verb of change is "may" in news copy: 今年运价或下跌三成 (not 或者, nor "A或B" of two nouns).
    r"|(?<![或者涨跌升降增减上下])或(?=[下上增减跌涨突超达迎再回升降创破持扩缩提])"
    # A forecast kept or revised: 维持今年增长2.3%的预测不变, 将增速预测上调至4.8%.
    r"|(?:维持|上调|下调|调高|调低|上修|下修)[^，。；]{0,20}?的?(?:预测|预期)"
    r"|可能(?!的)|也许|或许|恐怕|大概率|说不定|届时|到时候|到那时|判断是(?=[^，。；：:])|预判"
    # "Cannot be ruled out", "hard to", "only then will": 不排除出现回调, 很难超过, 要到半决赛才能复出.
    r"|不排除(?!了)|很难(?!说|讲|判断|预测|想象|相信|讲清|回答)|难以(?=[见实达回恢改扭突])|才能(?=[\u4e00-\u9fff])|才会"
    r"|(?<=[内后期还也定该能说都就才总])会(?=[。！])"
    r"|应该(?=会|能|可以|还可以|没有问题|没问题|问题不大|不会|不至于|在|是|比较|差不多)"
)
_MODAL = re.compile(r"大概|能够|可以|估计|我认为|我觉得|我相信|我们认为|我们判断|我判断")
_REPORTING = re.compile(
    r"表示|说|称|指出|认为|预测|预计|强调|透露|坦言|直言|介绍|提到|谈到|回应|回复|声称|宣称|警告|相信|据|报道|写道|看来"
    r"|判断|预期|估计|觉得"
)
_FIRST_PERSON = re.compile(r"我(?![国省市区县校院军方])|咱")
_QUESTION_FRAME = re.compile(
    r"(?:被问到|被问及|问及|问到|被问|谈及|谈到|提及|提到|关于|就|针对)[^，。；]{0,40}?"
    r"(?:是否|会不会|能否|能不能|多少|何时|什么时候|怎样|如何|哪些|多久|有没有|是不是)"
)
_QUESTION = re.compile(
    r"(?:是否|会不会|能否|能不能|是不是|有没有|难道|何时|什么时候|什么|多少(?!有些)|为什么|怎么|哪(?!怕)|(?<!无论)(?<!不管)(?<!不论)谁(?![都也]))|吗[”」]?$"
)
# 希望 as a noun is a chance, not a wish: 有六成的希望, 有希望夺冠.
_WISH = re.compile(
    r"(?<!有)(?<!成的)(?<!成)希望|力争|致力于|但愿|期待|期望|盼望|祝愿|梦想|渴望|确保|旨在|为了|以便|以免"
)
# 应该 of obligation (应该加大投入); 应该 of expectation (应该没有问题) is a hedge, read in _FUTURE.
_PRESCRIPTION = re.compile(
    r"应该(?!会|能|可以|还可以|没有问题|没问题|问题不大|不会|不至于|在|是|比较|差不多)|应当|理应|必须|务必|不得|不应(?!求)"
    r"|亟需|亟待|有必要|要求|呼吁|建议(?![：:])|必需"
)
# Views nobody names: 有业内人士称, 很多家长担心, 外界认为, 某券商研报预计, 不愿具名的高管称, 有观点认为.
_UNNAMED = re.compile(
    r"^[“”「」\s]*(?:此前|对于|但|而|不过|同时|另外|目前|当前|现在)?(?:也|还|亦)?(?:有|很多|许多|不少|一些|部分|有些|有的|多数|大多数|某些?"
    r"|多家|多位|多名|数位|几位)"
    r"(?:[^，。；]{0,8}?)"
    r"(?:人士|人|家长|专家|分析师|分析人士|投资者|机构|网友|市民|观点|声音|学者|券商|媒体|评论|经济学家|银行|企业|公司"
    r"|受访者|车企|厂商)"
    r"(?:[^，。；]{0,6}?)(?:认为|担心|称|说|表示|预测|预计|指出|觉得|相信|猜测|判断|说法|看来)"
    r"|^[“”「」\s]*据?(?:业内人士|知情人士|分析人士|市场人士|相关人士|消息人士|业内专家|有关人士)[^，。；]{0,6}?"
    r"(?:称|表示|认为|透露|指出|预计|预测|说)"
    r"|传闻|传言|不愿具名|匿名|某券商|某机构|坊间|(?<![比于及])(?:市场普遍预期|普遍预期|市场预期)|(?:业内|行业内?|市场)普遍(?:认为|预计|预期)"
    r"|^[“”「」\s]*(?:据)?业内(?:人士|专家)?(?:普遍)?(?:认为|预计|预期|预测|估计|称|表示)|^[“”「」\s]*据(?:预测|预计|估计|测算)[，,]"
    r"|外媒|有媒体|有报道|据报道|据外媒|(?:^|\s)(?:业内|机构|专家|分析师|市场|券商)(?:人士)?[：:]"
    r"|^[“”「」\s]*(?:此前|但|而|对于)?外界(?:[^，。；]{0,6}?)(?:认为|担心|称|说|预测|预计|猜测|普遍)"
)
# An unnamed view that frames what follows ("此前有市民担心，……") governs the rest of the sentence.
_UNNAMED_FRAME = re.compile(
    r"(?:认为|担心|称|说|表示|预测|预计|预期|指出|觉得|相信|猜测|判断)[，,：:]\s*$|(?:业内|机构|专家|分析师|市场|券商)(?:人士)?[：:]\s*$"
)
# An earlier forecast recalled is not made on the said-on date: 你之前说过, 他去年曾预测.
_RECALLED = re.compile(
    r"(?:之前|此前|以前|曾经|去年|前年|当时|早前|早些时候)[^，。；]{0,6}?(?:说过|表示过|预测过|预言过|曾说|曾预测|曾预言|曾表示"
    r"|曾认为|说|预测|预言)"
)
# A condition on an uncertain event makes a hypothetical, one on the status quo keeps the forecast.
_CONDITION = re.compile(
    r"^[“”「」\s]*(?:若|如果|假如|倘若|一旦|要是|假设)(?![^，。；]*(?:目前|现在|当前|照|按照|趋势|不变|维持))"
)
# A plan named at the head of a sentence governs it: 根据规划，深圳将在年内新建……
_PLAN_HEAD = re.compile(r"^[“”「」\s]*(?:根据|按照|依据|按)(?:[^，。；]{0,8})(?:规划|计划|安排|部署|方案)[，,：:]?\s*$")
# What a speaker or its organisation does (a decision, not an outcome): 推出, 招聘, 卫冕; a government's programme:
# 推动, 加快, 抓好; a disposition: 更谨慎, 把握窗口.
_OWN_ACTS = (
    r"(?:去|进入|推出|发布|建成|建设|新建|兴建|扩建|新开|开设|开工|投产|集中|招聘|裁员|上市|收购|投资|开店|扩大|加大|布局|进军|退出|关闭|出售"
    r"|回购|分红|聚焦|发力|争取|参加|参赛|坚持|回来|退役|复出|出战|卫冕|重点|着力|全力|大力|加快|推进|推动|抓好|做好|继续"
    r"|深化|落实|完善|实施|开展|加强|支持|鼓励|把握|抓住|优化|压降|更(?:加)?(?:谨慎|小心|努力|关注|注意)|尽量|努力"
    # "At an opportune time" marks a policy-maker's own decision: 今年将择机降准降息.
    r"|择机|适时|相机)"
)
_SCHEDULE = re.compile(
    r"将于|定于|计划于|计划在|拟于|拟在|预定|按计划|如期|日程|根据规划|按照规划|规划显示"
    r"|(?:将|会|预计)(?:在|于)?[^，。；]{0,20}?(?:举行|召开|举办|开幕|闭幕|揭幕|访问|出席|会见|会晤|发表演讲|出访|抵达|启程|生效|施行"
    r"|正式实施|开通|开业|开学|上线|亮相|颁奖|发布|公布|出台|推出|开工|动工|投产|通车|开放|实施|执行|建成|竣工|完工)"
    r"|计划|打算|准备|拟|决定|宣布|承诺|誓言|目标是|目标为|即将(?:到来|来临|开幕|开始)"
    # An event's own calendar: 活动将持续至12月底, 比赛将持续到8月3日.
    r"|(?:活动|比赛|赛事|会议|展会|博览会|假期|论坛|峰会|世锦赛|运动会|联赛|展览)[^，。；]{0,6}?(?:将|会)?(?:持续|延续|延长)(?:到|至)"
    # Rules and procedures an authority changes: 审批将进一步简化, 政策将适时出台.
    r"|(?:审批|流程|手续|程序|政策|措施|规定|标准|门槛)[^，。；]{0,4}?(?:将|会)(?:进一步|适时|逐步)?(?:简化|优化|放宽|收紧|调整"
    r"|出台|实施|降低|提高)"
    # The speaker's or its organisation's own decisions: 我们将集中资源, 公司不会进入欧洲市场, 我肯定会去争取.
    rf"|(?:我们|我(?![国省市区县校院军方])|公司|本公司|集团|我司|他|她)[^，。；]{{0,6}}?(?:将|会|不会|要|也将|还将|将会)"
    rf"(?:在[^，。；]{{0,10}}?)?{_OWN_ACTS}"
    # A government's programme without its subject: 今年将推动……, 下一步将加快……, 将继续压降…….
    rf"|^[“”「」\s]*(?:今年|明年|下一步|下阶段|年内|同时|此外|还|也)*(?:还|也)?将(?:继续|进一步|加快|大力|着力|重点)?"
    rf"{_OWN_ACTS}"
    # Starting from a date: 闪达将从明年1月起为全职骑手缴纳社保 (an arrangement, not an outcome); a service's own
    # timetable: 地铁会延长运营到凌晨一点, 将加开列车.
    r"|(?:将|会)(?:从|自)[^，。；]{1,12}?起"
    r"|从[^，。；]{1,10}?(?:开始|起)(?:[，,]?到[^，。；]{1,10}?结束)?|^[“”「」\s]*到[^，。；]{1,10}?结束(?!时|的时候|后|之后|以后)"
    r"|(?:将|会)(?:延长(?:运营|营业|开放)|加开|增开|停运|暂停营业|临时封闭)"
    # A firm's own prices and output: “不会降价”.
    r"|^[“”「」\s]*(?:不会|不)(?:降价|涨价|提价|调价|裁员|减产)"
    r"|在[^，。；]{1,10}(?:举行|召开|举办)(?!的)"
)
# 曾 the adverb (曾在, 曾表示), not the surname (曾志远).
_PAST = re.compile(r"(?<![为除罢算])了(?![解不如结却望])|已经|已|曾经|曾(?=[在于是被说表预多一两参担获任有])")
_ATTRIBUTION = re.compile(
    r"^[“”「」\s]*(?:(?:而|但|并|同时|此外)?[^，。；,;“”]{0,20}?)(?:表示|说|称|指出|认为|预测|预计|强调|透露|坦言|直言|介绍|提到"
    r"|谈到|回应|回复|声称|宣称|警告|相信|写道|看来|补充道|补充说|告诉[^，。]{0,12}|回答|解释|分析|判断是|看法是|预测是|观点是)"
    r"(?:道|说)?[：:，,\s]*$"
    r"|^[“”\s]*据(?:悉|了解|报道|介绍|估计)?[^，。；]{0,20}?(?:报道|消息|介绍)?[，,\s]*$"
    # A speaker's turn in a transcript: 刘振华：
    r"|^[“”\s]*[\u4e00-\u9fff·A-Za-z]{1,8}[：:]\s*$"
)
_CONNECTOR = re.compile(
    r"^[“”「」\s]*(?:但是?|不过|然而|而且?|并且|同时|此外|另外|另一方面|与此同时|至于|相比之下|尽管|虽然|可是|只是)"
)
_CONTINUES = re.compile(
    r"^[“”「」\s]*(?:而|但|并|且|也|还|都|仍|则|才|就)?(?:将|会|可能|不会|有望|预计|或将|也将|还将|将会|也会|还会)"
)
# Declining to forecast: 不好说, 不做预测, 现在还没想那么远, 我们不评论外媒报道.
_DECLINES = re.compile(
    r"不好说|很难说|说不准|不做(?:经济)?预测|不做预判|不予置评|无可奉告|不评论|言之过早|为时尚早|没想那么远|不便透露"
    # Not known yet: 谁会接替他目前尚不清楚, 能否完成还有待观察.
    r"|尚不清楚|还不清楚|不得而知|有待观察|仍是未知数|(?:将|会)是(?:一个|一种)?(?:错误|失误)"
)
_CUES = Cues(
    question_frame=_QUESTION_FRAME,
    reporting=_REPORTING,
    first_person=_FIRST_PERSON,
    connector=_CONNECTOR,
    continues=_CONTINUES,
    exclusions=(
        ("question", _QUESTION),
        ("declines", _DECLINES),
        ("recalled", _RECALLED),
        ("condition", _CONDITION),
        ("unnamed", _UNNAMED),
        ("plan", _PLAN_HEAD),
        ("wish", _WISH),
        ("wish", _PRESCRIPTION),
        ("schedule", _SCHEDULE),
    ),
)


def read(text: str) -> ClauseReading:
    future = any(not _is_ba(text, m.start()) for m in _FUTURE.finditer(text))
    excluded = _exclusion(text, future=future)
    attribution = not excluded and bool(_ATTRIBUTION.search(text))
    return _CUES.reading(
        text,
        future=future and not attribution,
        modal=bool(_MODAL.search(text)),
        excluded=excluded,
        attribution=attribution,
        # 中国气象局预计，今年汛期……: a verb of expectation frames the dated clause after it as a forecast.
        belief=attribution and bool(_EXPECTS.search(text)),
    )


_EXPECTS = re.compile(r"预计|预测|预期|预判|估计|判断")


def _is_ba(text: str, index: int) -> bool:
    return text[index] == "将" and bool(_BA_JIANG.match(text, index))


# Start of production or service named with its time, unhedged: 氢冶金示范线明年投产, 年底前通车 (but 有望在2035年前
# 建成 is a forecast of the work's outcome).
_BARE_COMPLETION = re.compile(
    r"(?:年|月|季度|年底|年内|明年|今年)(?:底|末|内|前)?(?:正式|全面|如期)?(?:投产|开工|动工|通车|开业|上线|竣工|建成|投用)"
)
_HEDGED = re.compile(r"有望|可能|或将|恐怕|大概率|也许|或许|估计")


def _exclusion(text: str, *, future: bool) -> str | None:
    if text.rstrip('”」』"）) ').endswith(("？", "?")):
        return "question"
    reason = _CUES.first_exclusion(text)
    if reason is None and _BARE_COMPLETION.search(text) and not _HEDGED.search(text):
        reason = "schedule"
    if reason == "unnamed" and _UNNAMED_FRAME.search(text):
        return "unnamed view"  # 此前有市民担心，…… frames the rest of the sentence
    if reason is None and not future and _PAST.search(text):
        return "past"
    return reason
