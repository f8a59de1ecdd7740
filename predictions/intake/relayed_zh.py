"""Chinese reported speech whose verb of saying and claim stand apart (round 17): what lies between them.

A named speaker's verb of saying governs the whole sentence after it: 水利部有关负责人表示，据预测，……将偏少 (据预测
cites the forecast the speaker gives, not an unnamed one) and 韩露说，单抗市场已经饱和，双抗有望成为主流 (the present is
the ground of the claim). The README keeps the attribution of reported speech, so the claim keeps it across them.
"""

from __future__ import annotations

import dataclasses
import re

from predictions.intake.markers import ClauseReading

# "According to the forecast", alone in its clause: whose forecast is told by the clause before it.
_CITES_A_FORECAST = re.compile(r"^[\s“”「」]*据(?:预测|预计|估计|测算|研判)[，,：:]\s*$")


def cited_by_the_speaker(previous: ClauseReading, reading: ClauseReading, words: str) -> ClauseReading:
    """据预测， right after a named speaker's verb of saying (……负责人表示，据预测，) is that speaker's forecast: the
    clause frames the claim like the verb itself. Alone (据预测，今年……) nobody is named and it stays unnamed."""
    if reading.excluded not in ("unnamed", "unnamed view") or not _CITES_A_FORECAST.match(words):
        return reading
    if not previous.attribution or previous.excluded:
        return reading
    return dataclasses.replace(reading, excluded=None, attribution=False, reporting=True, belief=True)


def ground_between(pending_attributed: bool, reading: ClauseReading, chinese: bool) -> bool:
    """A clause of the present or the past between a named speaker's verb of saying and the claim (……介绍，目前主塔
    已完成九成，预计6月底封顶) is the claim's ground: the attribution waits for the claim instead of being dropped."""
    return chinese and pending_attributed and reading.excluded == "past" and not reading.question_frame
