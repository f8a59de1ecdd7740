"""The second look (``predictions.intake.second_look``): the sentences about the future the extractor did not
propose, listed for a reviewer under the candidates. Sentences written for these tests."""

from __future__ import annotations

import datetime

import pytest

from predictions.intake import find_forecasts
from predictions.intake.second_look import second_look
from tests.intake.helpers import copied_from_labelled_texts

SAID = datetime.date(2026, 1, 1)


def _look(text: str, language: str = "en", *, proposed: bool = False) -> list[tuple[str, datetime.date | None]]:
    """What the second look lists in ``text``: beside nothing (the extractor's rules change round by round), or
    beside what the extractor proposes (``proposed``)."""
    candidates = find_forecasts(text, language=language, said_on=SAID) if proposed else []
    found = second_look(text, language=language, said_on=SAID, candidates=candidates)
    for item in found:
        assert text[item.start : item.end] == item.quote
        assert not any(c.start < item.end and item.start < c.end for c in candidates), "overlaps a candidate"
    return [(item.quote, item.resolve_on) for item in found]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # A body's own act, which the rules may refuse as a plan: still about the future, so worth a second look.
        (
            "en",
            "The county will shut the old ferry terminal in May.",
            [("The county will shut the old ferry terminal in May.", datetime.date(2026, 5, 31))],
        ),
        ("zh-Hans", "区政府将于五月关闭老码头。", [("区政府将于五月关闭老码头。", datetime.date(2026, 5, 31))]),
        (
            "zh-Hans",
            "这家书店计划明年在杭州再开两家分店。",
            [("这家书店计划明年在杭州再开两家分店。", datetime.date(2027, 12, 31))],
        ),
    ],
)
def test_a_sentence_about_the_future_gets_a_second_look(language: str, text: str, expected: list[object]) -> None:
    assert _look(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Ferry crossings rose by a fifth last summer, the operator said."),  # the past
        ("en", "The terminal is busy on weekends and quiet on Tuesdays."),  # the present
        ("en", "Will the county shut the old ferry terminal in May?"),  # a question
        ("en", "Q: Do you think the county will shut the old ferry terminal?\nA: I have no idea, honestly."),
        ("zh-Hans", "去年夏天的渡轮客流增长了五分之一。"),
        ("zh-Hans", "区政府会不会在五月关闭老码头呢？"),
    ],
)
def test_the_past_the_present_and_questions_get_none(language: str, text: str) -> None:
    assert _look(text, language) == []


def test_what_the_extractor_proposes_is_not_listed_again() -> None:
    text = "I expect ferry fares to double by 2030. Tolls were cut in 2019, and the county will shut the terminal."
    assert [q for q, _ in _look(text)] == [
        "I expect ferry fares to double by 2030.",
        "Tolls were cut in 2019, and the county will shut the terminal.",
    ]
    candidates = find_forecasts(text, language="en", said_on=SAID)
    assert "I expect ferry fares to double by 2030." in [c.quote for c in candidates]
    assert "I expect ferry fares to double by 2030." not in [q for q, _ in _look(text, proposed=True)]


def test_it_reads_a_stated_probability_and_the_confidence_words() -> None:
    (item,) = second_look(
        text := "Q: And the terminal?\nA: The county will probably shut it in May; I'd put it at 80 percent.",
        language="en",
        said_on=SAID,
        candidates=[],
    )
    assert text[item.start : item.end] == item.quote
    assert item.probability == 0.8
    assert "probably" in item.hedges
    assert item.kind is None  # the reviewer says whose words they are


def test_a_transcripts_labels_are_not_quoted_and_the_hosts_turns_not_listed() -> None:
    text = (
        "Presenter Mara Quill speaks with the engineer Tobias Wren.\n\n"
        "MARA QUILL: The regulator will set out a ruling on the tender in June.\n\n"
        "TOBIAS WREN: The yard will launch the first hull in September.\n\n"
        "Q: And after that?\nA: The second hull will follow within a year."
    )
    assert [quote for quote, _ in _look(text)] == [
        "The yard will launch the first hull in September.",
        "The second hull will follow within a year.",
    ]
    assert [q for q, _ in _look("问：之后呢？\n答：第二艘船将于明年十月下水。", "zh-Hans")] == [
        "第二艘船将于明年十月下水。"
    ]


def test_a_sentence_too_long_to_read_is_cut_into_its_clauses() -> None:
    # A text punctuated only with commas is one "sentence": the second look offers its clauses, not all of it.
    clause = "这座城市的地铁网络将继续向郊区延伸"
    text = "，".join(f"{clause}{n}号线" for n in range(1, 30)) + "。"
    lines = second_look(text, language="zh-Hans", said_on=SAID, candidates=[])
    assert len(lines) == 29
    assert all(len(line.quote) <= 160 and text[line.start : line.end] == line.quote for line in lines)


def test_the_sentences_were_written_for_these_tests() -> None:
    assert copied_from_labelled_texts(__file__, read_up_to="m") == []
