"""Direct or reported speech: what the quotation marks (or their absence) tell.

- ``direct``: the forecast lies inside quotation marks, or the text has none at all and speaks
  in the first person (a speech or interview transcript in the speaker's own voice).
- ``reported``: outside quotation marks, with a reporting verb or attribution in its sentence
  (said, expects, according to, 表示, 认为, 据).
- None: nothing tells.
"""

from __future__ import annotations

from predictions.intake.candidate import Kind
from predictions.intake.sentences import Span


def inside(span: Span, quotations: list[Span]) -> bool:
    """Most of ``span`` lies within one quotation."""
    start, end = span
    length = max(1, end - start)
    return any(min(end, q_end) - max(start, q_start) >= 0.5 * length for q_start, q_end in quotations)


def speech_kind(
    span: Span, *, quotations: list[Span], sentence_reports: bool, first_person: bool, text_has_quotations: bool
) -> Kind | None:
    if inside(span, quotations):
        return "direct"
    if not text_has_quotations and first_person:
        return "direct"
    if sentence_reports:
        return "reported"
    return None
