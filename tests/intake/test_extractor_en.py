"""The extractor on English news, interview and speech sentences written for these tests (not the corpus)."""

from __future__ import annotations

import datetime

import pytest

from predictions.intake import Candidate, find_forecasts
from tests.intake import helpers
from tests.intake.helpers import assert_forecast

SAID = datetime.date(2024, 5, 30)


def found(text: str, said_on: datetime.date = SAID) -> list[Candidate]:
    return find_forecasts(text, language="en", said_on=said_on)


def only(text: str, said_on: datetime.date = SAID) -> Candidate:
    return helpers.only(text, "en", said_on)


@pytest.mark.parametrize(
    ("text", "resolve_on", "probability", "kind"),
    [
        (
            "The IMF expects global growth to slow to 2.9 percent next year, it said on Tuesday.",
            "2025-12-31",
            None,
            "reported",
        ),
        (
            '"We will have fully self-driving cars on the road within three years," Musk told reporters.',
            "2027-05-30",
            None,
            "direct",
        ),
        (
            "Smith said there is a 30 percent chance of a recession before the end of 2025.",
            "2025-12-31",
            0.3,
            "reported",
        ),
        (
            "She does not believe interest rates will fall before March 2025, her office said.",
            "2025-02-28",
            None,
            "reported",
        ),
        ("He predicted that oil prices would double within a decade.", "2034-05-30", None, "reported"),
        (
            "Analysts at Nomura see the yen weakening to 170 per dollar by the end of the year.",
            "2024-12-31",
            None,
            None,
        ),
        (
            "The chief executive said battery costs should fall another 15 percent by mid-2026.",
            "2026-06-30",
            None,
            "reported",
        ),
        ("“There's a one-in-three chance we see a recession next year,” said Jane Doe.", "2025-12-31", 0.333, "direct"),
        (
            "By 2030, half of all new cars sold in Europe will be electric, the report predicts.",
            "2030-12-31",
            None,
            "reported",
        ),
        ("Fusion power won't reach the grid until 2040 at the earliest, Achebe said.", "2039-12-31", None, "reported"),
    ],
)
def test_forecasts_in_news_style(
    text: str, resolve_on: str | None, probability: float | None, kind: str | None
) -> None:
    assert_forecast(text, "en", SAID, resolve_on=resolve_on, probability=probability, kind=kind)


@pytest.mark.parametrize(
    "text",
    [
        "The company shipped 1.8 million vehicles last year, up 38 percent from 2022.",
        "The summit will be held in Geneva next June, organisers said.",
        "Governments should act now to cut emissions.",
        "Will AI replace most office jobs by 2030?",
        "We hope the ceasefire will hold.",
        "Sales rose 5% this year.",
        "Apple said it will launch the new phone on September 12.",
        "The new rules take effect on January 1, 2025.",
        "Critics say rents will keep rising whatever the city builds.",
        "Last year I said rates would fall within twelve months.",
        "If ministers did that tomorrow, we would see the difference within five years.",
        "Nobody knows whether prices will fall.",
        "We will hire 2,000 engineers in 2026.",
        "Ask me again in five years.",
        "It would be a mistake to raise taxes next year.",
        "The agency will publish its next report on February 13.",
    ],
)
def test_look_alikes_are_not_candidates(text: str) -> None:
    assert [c.quote for c in found(text)] == []


def test_negated_forecasts_are_forecasts_and_keep_their_hedges() -> None:
    candidate = only("I don't think the Fed will cut rates before December.")
    assert (candidate.horizon, candidate.resolve_on) == ("before December", datetime.date(2024, 11, 30))
    assert "I don't think" in candidate.hedges


def test_two_forecasts_in_one_sentence_are_two_candidates() -> None:
    text = (
        "The Fund expects the economy to grow 1.8% in 2025 and 1.7% in 2026, and sees inflation falling to 2% by 2027."
    )
    candidates = found(text)
    assert [c.resolve_on for c in candidates] == [
        datetime.date(2025, 12, 31),
        datetime.date(2026, 12, 31),
        datetime.date(2027, 12, 31),
    ]


def test_reported_speech_keeps_its_attribution_and_direct_speech_is_the_quoted_words() -> None:
    reported = only("Inflation will fall below 3 percent by the end of the year, the governor said on Tuesday.")
    assert reported.quote == "Inflation will fall below 3 percent by the end of the year, the governor said on Tuesday."
    assert reported.kind == "reported"
    direct = only("“Inflation will fall below 3 percent by the end of the year,” the governor said on Tuesday.")
    assert direct.quote == "Inflation will fall below 3 percent by the end of the year"
    assert direct.kind == "direct"


def test_a_speech_without_quotation_marks_is_the_speakers_own_voice() -> None:
    speech = (
        "Thank you all for coming tonight.\n\n"
        "I believe our city will have three new light-rail lines within ten years.\n\n"
        "We have done hard things before, and our people have never let us down."
    )
    candidate = only(speech)
    assert (candidate.kind, candidate.resolve_on, candidate.hedges) == (
        "direct",
        datetime.date(2034, 5, 30),
        ("I believe",),
    )


def test_an_interview_answer_is_direct_speech() -> None:
    transcript = "Q: Where do rates end up?\n\nHARTWELL: The Fed will cut twice more by mid-2025, and then stop."
    candidate = only(transcript)
    assert (candidate.kind, candidate.resolve_on) == ("direct", datetime.date(2025, 6, 30))


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown language"):
        find_forecasts("It will rain.", language="fr", said_on=SAID)
