"""Named periods in Chinese: 暑运期间 after "今年暑运从7月1日开始，到8月31日结束" is judged on the period's last day.

A news text often gives a period's dates once (暑运从7月1日开始，到8月31日结束; 春运时间为1月14日至2月22日) and
then speaks of it by name (暑运期间, 春运期间). The corpus rule: a named period whose dates were given just before
takes the end of those dates. A period never dated in the text (迎峰度夏期间) stays without a date.
"""

from __future__ import annotations

import bisect
import calendar
import dataclasses
import datetime
import re

from predictions.intake import dates
from predictions.intake.horizons import Horizon

# The name, what introduces its dates, then its last day a few words on: 暑运从7月1日开始，到8月31日结束;
# 春节档从2月15日持续到2月23日; 冬季转会窗口将于1月8日开启，2月底关闭 (a month's end: 月底, 月末).
_DATED = re.compile(
    r"(?P<name>[\u4e00-\u9fff]{2,6}?)(?:从|自|于|为|时间为|时间是|定于|将于)[^。；？！]{0,20}?"
    r"(?:(?:到|至|—|－|-|～)|(?:开启|开始|启动|开幕|开放)[，,]?(?:并于|于|到|至)?)"
    r"(?:(?P<month>1[0-2]|0?[1-9])月)?(?:(?P<day>3[01]|[12]\d|0?[1-9])[日号]|(?P<monthend>底|末))"
)

# The dates in brackets right after the name: 今年汛期（6月至8月）, 观测期（11月1日至3月15日）, and (round 12)
# with their years: 今冬（2025年12月至2026年2月）.
_BRACKETED = re.compile(
    r"(?:今年|本年度)?(?P<name>[\u4e00-\u9fff]{2,4}?)(?<=[\u4e00-\u9fff]{2})(?=[（(])[（(][^）)]{0,14}?(?:到|至|—|－|-|～)"
    r"(?:(?P<year>(?:19|20|21)\d\d)年)?(?:(?P<month>1[0-2]|0?[1-9])月)(?:(?P<day>3[01]|[12]\d|0?[1-9])[日号]|(?P<monthend>底|末))?"
    r"[）)]"
)

_MONTH = re.compile(r"(1[0-2]|0?[1-9])月")
# Words before a period's name that only say which one it is: 今年春节档, 整个暑运 — the period's own dates win over
# 今年's year end.
_THIS = r"(?:今年|本年度|本届|本次|这个|整个|这次)?"


def named_periods(text: str, horizons: list[Horizon], said_on: datetime.date) -> list[Horizon]:
    """``horizons`` with a horizon at each later mention of a named period whose dates ``text`` has given: its
    name (暑运, 今年春节档), NAME期间, a short name for it (国庆中秋假期 → 国庆期间, 假期期间; 冬季转会窗口 → 冬窗;
    春节档 → 档期). A mention's 今年 is taken in: it names the period, not the year's end."""
    added: list[Horizon] = []
    for definition in [*_DATED.finditer(text), *_BRACKETED.finditer(text)]:
        last_day = _last_day(definition, text, said_on)
        if last_day is None:
            continue
        name = re.sub(r"^(?:今年|明年|本年|年)", "", definition.group("name"))  # 今年暑运 → 暑运
        if len(name) < 2:
            continue
        # (Round 12) The words before the brackets may hold a verb: 发布今冬（……） names 今冬, the part said again
        # (when the whole is never said again in any of its forms).
        if not re.search("|".join(_mentions(name)), text[definition.end() :]):
            name = next((name[i:] for i in range(1, len(name) - 1) if name[i:] in text[definition.end() :]), name)
        rule = f"{name}: the last day of its dates given ({last_day.isoformat()})"
        if definition.re is _BRACKETED:  # the name with its dates is itself a mention
            start, end = definition.span()
            added.append(Horizon(start, end, text[start:end], last_day, rule))
        mention = re.compile(_THIS + "(?:" + "|".join(_mentions(name)) + ")")
        for use in mention.finditer(text, definition.end()):
            start, end = use.span()
            if text[max(0, start - 1) : start] == "年" or text[max(0, start - 2) : start] in ("去年", "往年"):
                continue  # another year's period: 2024年春运期间, 去年春节档
            added.append(Horizon(start, end, text[start:end], last_day, rule))
    if not added:
        return horizons
    result = list(horizons)
    for horizon in added:
        inside = [h for h in result if horizon.start <= h.start and h.end <= horizon.end]
        overlaps = any(h.start < horizon.end and horizon.start < h.end for h in result if h not in inside)
        if not overlaps:
            result = [h for h in result if h not in inside]
            bisect.insort(result, dataclasses.replace(horizon), key=lambda h: h.start)
    return result


def _mentions(name: str) -> list[str]:
    """The ways a text names the period again, longest first."""
    forms = [re.escape(name) + "(?:期间)?"]
    if len(name) >= 4:  # 国庆中秋假期: 中秋假期期间, 假期期间, 国庆期间
        forms += [re.escape(name[i:]) + "期间" for i in range(1, len(name) - 1)]
        forms.append(re.escape(name[:2]) + "期间")
    short = re.fullmatch(r"(?P<season>[冬夏春秋])季转会(?:窗口?|期)", name)
    if short:  # 冬季转会窗口 → 冬窗
        forms.append(short.group("season") + "窗(?:期间)?")
    if name.endswith("档"):  # 春节档 → 档期
        forms.append("档期")
    return forms


def _last_day(definition: re.Match[str], text: str, said_on: datetime.date) -> datetime.date | None:
    """The period's last day; a month left out is the month of the first day named ("7月1日至31日")."""
    month_text = definition.group("month")
    if month_text is None:
        first = _MONTH.search(text, definition.start(), definition.end())
        if first is None:
            return None
        month_text = first.group(1)
    month = int(month_text)
    day = definition.group("day")
    if definition.groupdict().get("year"):  # (Round 12) its year given: 今冬（2025年12月至2026年2月）
        year = int(definition.group("year"))
        return dates.safe_date(year, month, int(day) if day else calendar.monthrange(year, month)[1])
    for year in (said_on.year, said_on.year + 1):  # a period already over is next year's
        named = dates.safe_date(year, month, int(day) if day else calendar.monthrange(year, month)[1])
        if named is None or named >= said_on:
            return named
    return named
