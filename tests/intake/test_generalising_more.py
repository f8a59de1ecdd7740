"""More rules of issue 12's third round, found on probe articles written for this round (both languages)."""

from __future__ import annotations

import datetime

from predictions.intake import find_forecasts

SAID = datetime.date(2025, 11, 20)


def test_the_speakers_own_view_after_a_condition_is_a_forecast_of_its_own() -> None:
    text = (
        "If demand weakens sharply, fares could fall, warned Ann Lee, an economist at Tern Research, "
        "who nonetheless expects a 2% rise next year."
    )
    candidates = find_forecasts(text, language="en", said_on=SAID)
    assert [(c.quote, c.resolve_on) for c in candidates] == [
        ("who nonetheless expects a 2% rise next year.", datetime.date(2026, 12, 31))
    ]
