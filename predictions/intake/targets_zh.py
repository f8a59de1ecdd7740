"""Chinese targets and readouts that look like forecasts (README, "Plans and schedules vs forecasts").

- A figure to reach with 要 is a target someone sets — 到2027年，全市保有量要达到50万辆; 比重要达到16.5%左右; 明年我们的
  营收要突破百亿元 — and the README's targets are plans. Not "it takes" (要实现盈利还需要三年), nor anyone's belief or
  hedge on it (我觉得今年要突破百亿问题不大), which judges whether it will be met: a forecast.
- A trial's readout dated "at the latest" is its own timetable (结果最迟2028年底揭晓), not the at-the-latest guess that
  ``markers_zh`` reads as a forecast; not when the speaker doubts when a result will be known
  (大选结果可能要到投票日之后数天才能揭晓: a forecast of the count).
"""

from __future__ import annotations

import re

_SET_WITH_YAO = re.compile(
    r"(?<![还就才也都需])要(?:在[^，。；]{1,8}?)?(?:力争)?(?:达到|提高到|提升到|提高至|提升至|降低到|降到|降至|下降到"
    r"|下降至|控制在|突破|超过|增长|增加到|增至|扩大到|实现|保持在|稳定在)"
    r"(?=[^，。；]{0,12}?(?:[0-9０-９]|[一二两三四五六七八九十百千万亿]+[成倍个家万亿%％]|左右|以上|以内|以下))"
)
_JUDGED = re.compile(
    r"认为|觉得|估计|预计|预测|相信|判断|可能|有望|应该|肯定|一定|恐怕|大概|或许|也许|看来|问题不大|没问题|信心|把握"
    r"|还需|还要|尚需|仍需|才|难|不了"
)
_READOUT = re.compile(
    r"(?:数据|结果|顶线结果|终期结果|中期结果)[^，。；]{0,4}?(?:最迟|最晚)[^，。；]{0,10}?(?:读出|揭晓)"
)
_UNSURE_WHEN = re.compile(r"可能|也许|或许|恐怕|大概|估计|才|要到|有望")


def reread(text: str, reason: str | None) -> str | None:
    """The clause's exclusion: "schedule" when it sets a target with 要, unjudged, and nothing excludes it already, or
    when it dates a readout at the latest (a question or a recall stays one)."""
    if reason is None and _SET_WITH_YAO.search(text) and not _JUDGED.search(text):
        return "schedule"
    if reason in ("question", "recalled") or not _READOUT.search(text) or _UNSURE_WHEN.search(text):
        return reason
    return "schedule"
