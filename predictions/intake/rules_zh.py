"""A horizon rule in Chinese, for Chinese reviewers and readers: ``in_chinese(rule)``.

The extractor states each date's rule in English ("next year: the last day of 2026"), built in the resolvers
(``horizons``, ``horizons_zh``, ``resolvers_en``, ``seasons_zh``, ``periods_*``, ``discourse``). A Chinese reviewer
must not meet that sentence on Find forecasts, nor a Chinese reader on a published prediction (the draft keeps both
``horizon_rule`` and ``horizon_rule_zh``). The resolvers stay as they are; this module renders their sentences,
one pattern per sentence shape, in the glossary's words (docs/glossary.md: 发言日期 said-on date, 期限 horizon,
裁定日期 resolve-on). ``tests/intake/test_rules_zh.py`` renders the rule of every candidate the extractor finds in
the labelled texts, so a new resolver sentence without a rendering here fails a test instead of reaching a page.
Words quoted from the source ("“soon”", a period's name, 春运) are kept as the source has them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_UNITS = {"year": "年", "month": "个月", "week": "周", "day": "天"}
_WEEKDAYS = {
    "monday": "星期一", "tuesday": "星期二", "wednesday": "星期三", "thursday": "星期四", "friday": "星期五",
    "saturday": "星期六", "sunday": "星期日",
}  # fmt: skip
_QUARTER = {"this": "本季度", "next": "下季度"}
_HOW = {
    "same calendar day (29 Feb → 28 Feb)": "同一日历日（2月29日遇平年取2月28日）",
    "same day of the month, clamped to the month's end": "同一日，超出月末则取月末",
    "calendar days": "按日历天数",
}


def _how(words: str) -> str:
    days = re.fullmatch(r"(\d+) days", words)
    return f"按{days.group(1)}天计" if days else _HOW.get(words, words)


def _not_until(words: str) -> str:
    """The source's own words when they say it (最早也要到2027年, 最快也要到明年下半年), else "最早也要到" + them."""
    return words if re.match(r"最[早快晚迟]", words) else f"最早也要到{words}"


def _weekday(word: str) -> str:
    return _WEEKDAYS.get(word.lower(), word)


def _month(year_month: str) -> str:
    year, month = year_month.split("-")
    return f"{year}年{int(month)}月"


Render = Callable[[re.Match[str]], str | None]
_D = r"\d{4}-\d{2}-\d{2}"

# (pattern of the English sentence, its Chinese). Wrappers ("refers back: …") render their inner rule again.
_SHAPES: list[tuple[str, Render]] = [
    (r"refers back: (.+)", lambda m: _inner("沿用前文的期限：", m.group(1))),
    (r"a month named alone is the next one: (.+)", lambda m: _inner("单独提到的月份取下一个：", m.group(1))),
    (r"the question it answers: (.+)", lambda m: _inner("沿用所回答问题的期限：", m.group(1))),
    (r"the year after (\d{4}): (.+)", lambda m: _inner(f"{m.group(1)}年的次年：", m.group(2))),
    (r"(.+) \(the year the sentence names\)", lambda m: _inner("", m.group(1), "（取句中所说的年份）")),
    (
        rf"said-on \+ (\d+) (year|month|week|day)s?, (.+): ({_D}) → ({_D})",
        lambda m: f"发言日期加{m.group(1)}{_UNITS[m.group(2)]}，{_how(m.group(3))}：{m.group(4)} → {m.group(5)}",
    ),
    (
        r"by or in (\d{4}): the whole year counts, so its last day \((\d{4}-12-31)\)",
        lambda m: f"到{m.group(1)}年（或在{m.group(1)}年）：全年都算，取该年最后一天（{m.group(2)}）",
    ),
    (r"by the end of (\d{4}): (\d{4}-12-31)", lambda m: f"{m.group(1)}年底前：{m.group(2)}"),
    (r"before (\d{4}): the last day of (\d{4})", lambda m: f"{m.group(1)}年之前：{m.group(2)}年的最后一天"),
    (
        rf"before (\d{{4}}-\d{{2}}): the last day of the month before \(({_D})\)",
        lambda m: f"{_month(m.group(1))}之前：前一个月的最后一天（{m.group(2)}）",
    ),
    (
        rf"by or in (\d{{4}}-\d{{2}}): the last day of that month \(({_D})\)",
        lambda m: f"到{_month(m.group(1))}（或在{_month(m.group(1))}）：该月最后一天（{m.group(2)}）",
    ),
    (rf"before ({_D}): the day before \(({_D})\)", lambda m: f"{m.group(1)}之前：取前一天（{m.group(2)}）"),
    (rf"by ({_D}): that date", lambda m: f"{m.group(1)}前：即该日"),
    (
        r"by the middle or the first half of (\d{4}): (\d{4}-06-30)",
        lambda m: f"{m.group(1)}年年中或上半年：{m.group(2)}",
    ),
    (
        rf"Q([1-4]) (\d{{4}}): the quarter's last day \(({_D})\)",
        lambda m: f"{m.group(2)}年第{m.group(1)}季度：该季度最后一天（{m.group(3)}）",
    ),
    (
        r"this year: the last day of the said-on year \((\d{4}-12-31)\)",
        lambda m: f"今年：发言日期所在年份的最后一天（{m.group(1)}）",
    ),
    (r"next year: the last day of (\d{4})", lambda m: f"明年：{m.group(1)}年的最后一天"),
    (r"the year after next: the last day of (\d{4})", lambda m: f"后年：{m.group(1)}年的最后一天"),
    (
        rf"next month: the last day of the month after the said-on month \(({_D})\)",
        lambda m: f"下个月：发言日期所在月份的下一个月的最后一天（{m.group(1)}）",
    ),
    (
        rf"this month: the last day of the said-on month \(({_D})\)",
        lambda m: f"本月：发言日期所在月份的最后一天（{m.group(1)}）",
    ),
    (
        rf"(this|next) quarter: the last day of Q([1-4]) (\d{{4}}) \(({_D})\)",
        lambda m: f"{_QUARTER[m.group(1)]}：{m.group(3)}年第{m.group(2)}季度的最后一天（{m.group(4)}）",
    ),
    (
        rf"by the end of the decade: the last day of the year ending in 9 \(({_D})\)",
        lambda m: f"本十年末：年份尾数为9的那一年的最后一天（{m.group(1)}）",
    ),
    (r"by the end of the century: (\d{4}-12-31)", lambda m: f"本世纪末：{m.group(1)}"),
    (r"by the middle of the century: the last day of (\d{4})", lambda m: f"本世纪中叶：{m.group(1)}年的最后一天"),
    (r"within this century: (\d{4}-12-31)", lambda m: f"本世纪内：{m.group(1)}"),
    (r"“(.+)” names no checkable date: a reviewer sets one", lambda m: f"“{m.group(1)}”没有可核对的日期：由评审员设定"),
    (r"“(.+)” opens a period: no end to judge by", lambda m: f"“{m.group(1)}”是一段时期的开始：没有可据以裁定的终点"),
    (r"“(.+)” dates the noun before it, not the claim", lambda m: f"“{m.group(1)}”是前面名词的时间，不是预测的期限"),
    (
        rf"the month after next: the last day of the second month after the said-on month \(({_D})\)",
        lambda m: f"下下个月：发言日期所在月份之后第二个月的最后一天（{m.group(1)}）",
    ),
    (rf"the (\d+)th of the said-on month \(({_D})\)", lambda m: f"发言日期所在月份的{m.group(1)}日（{m.group(2)}）"),
    (
        r"(\S+): the (\d+)th of (\d{4}-\d{2})",
        lambda m: f"{_month(m.group(3))}{m.group(1)}：{_month(m.group(3))}{m.group(2)}日",
    ),
    (
        rf"before (\d{{4}}-\d{{2}}) (\S+): the day before it begins \(({_D})\)",
        lambda m: f"{_month(m.group(1))}{m.group(2)}之前：取其开始的前一天（{m.group(3)}）",
    ),
    (rf"(\S+): that day \(({_D})\)", lambda m: f"{m.group(1)}：即该日（{m.group(2)}）"),
    (rf"(\S+): the day before it \(({_D})\)", lambda m: f"{m.group(1)}：取其前一天（{m.group(2)}）"),
    (
        rf"the (\d{{4}})s: the decade's last day \(({_D})\)",
        lambda m: f"{m.group(1)}年代：该十年的最后一天（{m.group(2)}）",
    ),
    (
        r"the year a claim is measured against \((.+)\): not the claim's time",
        lambda m: f"对比的基准年份（{m.group(1)}）：不是预测所指的时间",
    ),
    (rf"a range of days: its last day \(({_D})\)", lambda m: f"一段日期：取最后一天（{m.group(1)}）"),
    (r"a range of periods ends at its end: (.+)", lambda m: _inner("一段时期取其终点：", m.group(1))),
    (
        rf"before Q([1-4]) (\d{{4}}): the day before it begins \(({_D})\)",
        lambda m: f"{m.group(2)}年第{m.group(1)}季度之前：取其开始的前一天（{m.group(3)}）",
    ),
    (
        rf"before H([12]) (\d{{4}}): the day before it begins \(({_D})\)",
        lambda m: f"{m.group(2)}年{'上' if m.group(1) == '1' else '下'}半年之前：取其开始的前一天（{m.group(3)}）",
    ),
    (
        rf"not until (.+) at the earliest: the day before it begins \(({_D})\)",
        lambda m: f"{_not_until(m.group(1))}：取其开始的前一天（{m.group(2)}）",
    ),
    (
        r"the (\d+)th five-year plan ends in (\d{4}): (\d{4}-12-31)",
        lambda m: f"第{m.group(1)}个五年规划于{m.group(2)}年结束：{m.group(3)}",
    ),
    (
        r"the (\d+)th five-year plan begins in (\d{4}): (\d{4}-12-31)",
        lambda m: f"第{m.group(1)}个五年规划始于{m.group(2)}年（开局之年）：{m.group(3)}",
    ),
    (r"the day before the next New Year's Day", lambda m: "下一个元旦的前一天"),
    (r"the next New Year's Day \(元旦\)", lambda m: "下一个元旦"),
    (
        r"before (\w+day): the day before the next one",
        lambda m: f"{_weekday(m.group(1))}之前：下一个{_weekday(m.group(1))}的前一天",
    ),
    (
        rf"the event on (\w+day): the next one after the said-on date \(({_D})\)",
        lambda m: f"{_weekday(m.group(1))}的那场活动：发言日期之后的下一个{_weekday(m.group(1))}（{m.group(2)}）",
    ),
    (
        rf"(\w+day): the next one after the said-on date \(({_D})\)",
        lambda m: f"{_weekday(m.group(1))}：发言日期之后的下一个{_weekday(m.group(1))}（{m.group(2)}）",
    ),
    (rf"this weekend: the Sunday that ends it \(({_D})\)", lambda m: f"本周末：周末最后的星期日（{m.group(1)}）"),
    (rf"this weekend: its Sunday \(({_D})\)", lambda m: f"本周末：周末的星期日（{m.group(1)}）"),
    (rf"before Christmas: ({_D})", lambda m: f"圣诞节之前：{m.group(1)}"),
    (rf"by Christmas: ({_D})", lambda m: f"圣诞节前：{m.group(1)}"),
    (r"the year after the one the sentence names", lambda m: "句中所说年份的次年"),
    (
        rf"春运 (\d{{4}}): its last day, 24 days after the Spring Festival \(({_D})\)",
        lambda m: f"{m.group(1)}年春运：最后一天，即春节后第24天（{m.group(2)}）",
    ),
    (
        rf"(.+): the last day of its dates given(?: before)? \(({_D})\)",
        lambda m: f"{m.group(1)}：前文所给日期的最后一天（{m.group(2)}）",
    ),
]
_COMPILED = [(re.compile(pattern), render) for pattern, render in _SHAPES]


def _inner(prefix: str, rule: str, suffix: str = "") -> str | None:
    rendered = in_chinese(rule)
    return None if rendered is None else f"{prefix}{rendered}{suffix}"


def in_chinese(rule: str) -> str | None:
    """The rule in Chinese, or None for a sentence of a shape this module does not know (a test keeps that empty)."""
    for pattern, render in _COMPILED:
        if match := pattern.fullmatch(rule):
            return render(match)
    return None
