"""Named periods in Chinese: 暑运期间 after "今年暑运从7月1日开始，到8月31日结束" is judged on the period's last day.

A news text often gives a period's dates once (暑运从7月1日开始，到8月31日结束; 春运时间为1月14日至2月22日) and
then speaks of it by name (暑运期间, 春运期间). The corpus rule: a named period whose dates were given just before
takes the end of those dates. A period never dated in the text (迎峰度夏期间) stays without a date.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime
import re

from predictions.intake import dates
from predictions.intake.horizons import Horizon

# The name, what introduces its dates, then its last day a few words on: 暑运从7月1日开始，到8月31日结束.
_DATED = re.compile(
    r"(?P<name>[\u4e00-\u9fff]{2,4}?)(?:从|自|于|为|时间为|时间是|定于)[^。；？！]{0,20}?(?:到|至|—|－|-|～)"
    r"(?:(?P<month>1[0-2]|0?[1-9])月)?(?P<day>3[01]|[12]\d|0?[1-9])[日号]"
)

_MONTH = re.compile(r"(1[0-2]|0?[1-9])月")


def named_periods(text: str, horizons: list[Horizon], said_on: datetime.date) -> list[Horizon]:
    """``horizons`` with a horizon added at each later "NAME期间" whose dates ``text`` has given."""
    added: list[Horizon] = []
    for definition in _DATED.finditer(text):
        last_day = _last_day(definition, text, said_on)
        if last_day is None:
            continue
        name = re.sub(r"^(?:今年|明年|本年|年)", "", definition.group("name"))  # 今年暑运 → 暑运
        if len(name) < 2:
            continue
        for use in re.finditer(re.escape(name) + "期间", text[definition.end() :]):
            start, end = definition.end() + use.start(), definition.end() + use.end()
            rule = f"{name}: the last day of its dates given before ({last_day.isoformat()})"
            added.append(Horizon(start, end, text[start:end], last_day, rule))
    if not added:
        return horizons
    result = list(horizons)
    starts = [h.start for h in result]
    for horizon in added:
        index = bisect.bisect_left(starts, horizon.start)
        overlaps = any(h.start < horizon.end and horizon.start < h.end for h in result[max(0, index - 1) : index + 1])
        if not overlaps:
            result.insert(index, dataclasses.replace(horizon))
            starts.insert(index, horizon.start)
    return result


def _last_day(definition: re.Match[str], text: str, said_on: datetime.date) -> datetime.date | None:
    """The period's last day; a month left out is the month of the first day named ("7月1日至31日")."""
    month_text = definition.group("month")
    if month_text is None:
        first = _MONTH.search(text, definition.start(), definition.end())
        if first is None:
            return None
        month_text = first.group(1)
    month, day = int(month_text), int(definition.group("day"))
    named = dates.safe_date(said_on.year, month, day)
    if named is not None and named < said_on:
        named = dates.safe_date(said_on.year + 1, month, day)
    return named
