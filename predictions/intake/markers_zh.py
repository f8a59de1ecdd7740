"""Chinese markers: 将 and 会 as "will" (not 将军, 把-like 将其, 会议, 社会), 预计, 有望, and the look-alikes."""

from __future__ import annotations

import re

from predictions.intake.markers import ClauseReading

# 会 as a modal verb: not the second half of 社会, 机会, 大会, 峰会, 委员会 … nor the first of 会议, 会见 ….
_HUI = (
    "".join(
        f"(?<!{before})"
        for before in "社机协员大峰学体理误聚览展全事开与年晚约省庙工商茶讨布者运博易国幽宴酒舞赛盛集例常领交融附知照分"
    )
    + "会(?![议见谈晤面长员计场上后期所展费址堂同商签诊聚合考演战徽旗务师馆刊籍话意心])"
)
# 将 as "will": not a general (大将, 名将), not 将近 / 将就, not 已将 / 曾将 (past, 把-like).
_JIANG = (
    "".join(
        f"(?<!{before})"
        for before in (
            "大",
            "老",
            "名",
            "主",
            "猛",
            "干",
            "健",
            "武",
            "虎",
            "麻",
            "爱",
            "战",
            "悍",
            "良",
            "已",
            "曾",
            "经",
        )
    )
    + "将(?![军领士帅近就官门校相心比计信])"
)
# 将 followed by its object and then the verb is 把 ("put … into"), not a future: 将其输入, 将A视为B.
_BA_JIANG = re.compile(
    r"将(?:其|之|它|他|她|您|你|我|这|那|该|此|自己|自身|所有|全部|一切|相关|各|每|双方|彼此)"
    r"|将[^，。；,;]{1,12}?(?:视为|视作|作为|当作|当成|纳入|列为|列入|用于|用在|转化为|转为|改为|改成|变为|变成|输入|交给|交由"
    r"|归为|定为|称为|命名为|翻译成|译为|分为|放在|置于|推向|带到|带入|引入|融入|应用于|运用于|投入到|送达|送到|送往|比喻为|比作|比喻成)"
)
_FUTURE = re.compile(
    rf"{_JIANG}|{_HUI}|预计|有望|可望|势必|必将|终将|即将|料将|或将|预料|预言|注定|势将|看涨|看跌|不会"
)
_MODAL = re.compile(r"可能|也许|或许|大概|说不定|能够|可以|恐怕")
_REPORTING = re.compile(
    r"表示|说|称|指出|认为|预测|预计|强调|透露|坦言|直言|介绍|提到|谈到|回应|回复|声称|宣称|警告|相信|据|报道|写道|看来|判断|预期|估计|觉得"
)
_FIRST_PERSON = re.compile(r"我|咱")
_QUESTION_FRAME = re.compile(
    r"(?:被问到|被问及|问及|问到|被问|谈及|谈到|提及|提到|关于|就|针对)[^，。；]{0,40}?(?:是否|会不会|能否|能不能|多少|何时|什么时候|怎样|如何|哪些|多久|有没有|是不是)"
)
_QUESTION = re.compile(
    r"(?:是否|会不会|能否|能不能|是不是|有没有|难道|何时|什么时候|多少|为什么|怎么|哪(?!怕))|吗[”」]?$"
)
_WISH = re.compile(r"希望|但愿|期待|期望|盼望|祝愿|梦想|渴望|确保|旨在|为了|以便|以免")
_PRESCRIPTION = re.compile(r"应该|应当|理应|必须|务必|不得|不应|亟需|亟待|有必要|要求|呼吁|建议|必需")
_SCHEDULE = re.compile(
    r"将于|定于|计划于|计划在|拟于|拟在|预定|按计划|如期|日程"
    r"|(?:将|会)(?:在|于)?[^，。；]{0,20}?(?:举行|召开|举办|开幕|闭幕|揭幕|访问|出席|会见|会晤|发表演讲|出访|抵达|启程|生效|施行|正式实施|开通|开业|开学|上线|亮相|颁奖)"
    r"|计划|打算|准备|拟|决定|宣布|承诺|誓言|目标是"
)
_PAST = re.compile(r"(?<![为除罢算])了(?![解不如结却望])|已经|已|曾经|曾")
_ATTRIBUTION = re.compile(
    r"^[“”「」\s]*(?:(?:而|但|并|同时|此外)?[^，。；,;“”]{0,20}?)(?:表示|说|称|指出|认为|预测|预计|强调|透露|坦言|直言|介绍|提到|谈到|回应|回复|声称|宣称|警告|相信|写道|看来|补充道|补充说|告诉[^，。]{0,12}|回答|解释|分析)(?:道|说)?[：:，,\s]*$"
    r"|^[“”\s]*据(?:悉|了解|报道|介绍|估计)?[^，。；]{0,20}?(?:报道|消息|介绍)?[，,\s]*$"
)
_CONNECTOR = re.compile(
    r"^[“”「」\s]*(?:但是?|不过|然而|而且?|并且|同时|此外|另外|另一方面|与此同时|至于|相比之下|尽管|虽然|可是|只是)"
)
_CONTINUES = re.compile(
    r"^[“”「」\s]*(?:而|但|并|且|也|还|都|仍|则|才|就)?(?:将|会|可能|不会|有望|预计|或将|也将|还将|将会|也会|还会)"
)


def read(text: str) -> ClauseReading:
    future_markers = [m for m in _FUTURE.finditer(text) if not _is_ba(text, m.start())]
    future = bool(future_markers)
    modal = bool(_MODAL.search(text))
    excluded = _exclusion(text, future=future)
    attribution = not excluded and bool(_ATTRIBUTION.search(text))
    return ClauseReading(
        future=future and not attribution,
        modal=modal,
        excluded=excluded,
        attribution=attribution,
        question_frame=bool(_QUESTION_FRAME.search(text)),
        reporting=bool(_REPORTING.search(text)),
        first_person=bool(_FIRST_PERSON.search(text)),
        opens_new_thought=bool(_CONNECTOR.search(text)),
        continues=bool(_CONTINUES.search(text)),
    )


def _is_ba(text: str, index: int) -> bool:
    return text[index] == "将" and bool(_BA_JIANG.match(text, index))


def _exclusion(text: str, *, future: bool) -> str | None:
    stripped = text.rstrip('”」』"）) ')
    if stripped.endswith(("？", "?")) or _QUESTION.search(text):
        return "question"
    if _WISH.search(text) or _PRESCRIPTION.search(text):
        return "wish"
    if _SCHEDULE.search(text):
        return "schedule"
    if not future and _PAST.search(text):
        return "past"
    return None
