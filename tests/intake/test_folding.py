"""Case-folded matching: the same matches as ignoring case, at the same offsets."""

from __future__ import annotations

import re

import pytest

from predictions.intake.folding import fold, folded


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (r"\bI\s+(?:think|BELIEVE)\b", "Honestly, i THINK so, and I believe it."),
        (r"\bWill\b(?!\s+(?:of|power)\b)", "They WILL; the will of the people; Will power."),
        (r"(?P<Year>20\d\d)\S*", "By 2030, not 2031X."),
        (r"\bQ[1-4]\s+\d{4}\b", "in q3 2026 and Q4 2027"),
    ],
)
def test_a_folded_pattern_finds_what_ignoring_case_finds(pattern: str, text: str) -> None:
    ignoring_case = [m.span() for m in re.finditer(pattern, text, re.IGNORECASE)]
    assert [m.span() for m in folded(pattern).finditer(fold(text))] == ignoring_case


def test_folding_keeps_offsets_even_where_lower_case_would_not() -> None:
    assert fold("Ärzte SAGEN") == "ärzte sagen"
    assert fold("İstanbul") == "İstanbul"  # "i̇stanbul" would be one character longer: searched as written


def test_a_case_sensitive_part_cannot_be_folded() -> None:
    with pytest.raises(ValueError, match="case-sensitive"):
        folded(r"to\s+(?-i:[A-Z])")
