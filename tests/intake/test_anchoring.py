"""Every candidate anchors: ``text[start:end] == quote``, on the corpus and on random texts."""

from __future__ import annotations

import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from predictions.intake import FIELDS, find_forecasts
from tests.intake.evaluate import SETS, load

# Fragments that trigger every part of the extractor, glued at random with noise between them.
FRAGMENTS = {
    "en": [
        "We will ",
        "won't ",
        "by 2030",
        "within three years",
        "“",
        "”",
        '"',
        "‘",
        "’",
        ", ",
        ". ",
        "? ",
        "; ",
        ": ",
        " and ",
        " but ",
        "he said",
        "I think ",
        "a 30% chance",
        "one in four chance",
        "next year",
        "\n",
        "\r\n",
        "should ",
        "would ",
        "Mr. ",
        "U.S. ",
        "before March 1, 2026",
        "in the second half",
        "—",
        "2028 ",
        "🙂",
        " ",
    ],
    "zh-Hans": [
        "中国将会",
        "不会",
        "三年内",
        "到2030年",
        "“",
        "”",
        "「",
        "」",
        "，",
        "。",
        "？",
        "！",
        "；",
        "：",
        "但",
        "他表示",
        "我认为",
        "七成把握",
        "百分之三十的可能",
        "明年",
        "\n",
        "应该",
        "会议",
        "将其",
        "2026年底前",
        "二〇三〇年",
        "🙂",
        " ",
    ],
}


def test_every_corpus_candidate_anchors() -> None:
    for document in load(SETS["corpus"]):
        for candidate in find_forecasts(document.text, language=document.language, said_on=document.said_on):
            assert document.text[candidate.start : candidate.end] == candidate.quote
            assert candidate.quote == candidate.quote.strip() and candidate.quote


@settings(max_examples=300, deadline=None)
@given(
    language=st.sampled_from(["en", "zh-Hans"]),
    data=st.data(),
    said_on=st.dates(min_value=datetime.date(1990, 1, 1), max_value=datetime.date(2100, 12, 31)),
)
def test_random_texts_anchor_and_serialise(language: str, data: st.DataObject, said_on: datetime.date) -> None:
    pieces = data.draw(st.lists(st.one_of(st.sampled_from(FRAGMENTS[language]), st.text(max_size=6)), max_size=40))
    text = "".join(pieces)
    for candidate in find_forecasts(text, language=language, said_on=said_on):
        assert text[candidate.start : candidate.end] == candidate.quote
        assert 0 <= candidate.start < candidate.end <= len(text)
        assert tuple(candidate.to_json()) == FIELDS
        assert candidate.probability is None or 0 <= candidate.probability <= 1
