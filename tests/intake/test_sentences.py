"""Sentences, clauses and quotations: spans of the original text, in both languages."""

from __future__ import annotations

import pytest

from predictions.intake.sentences import quotation_spans, split_clauses, split_sentences


def texts(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[start:end] for start, end in spans]


def test_chinese_sentences_end_at_the_stop_with_their_closing_quotation_marks() -> None:
    text = "他说：“明年会更好。”她不同意！真的吗？是的"
    assert texts(text, split_sentences(text, language="zh-Hans")) == [
        "他说：“明年会更好。”",
        "她不同意！",
        "真的吗？",
        "是的",
    ]


@pytest.mark.parametrize("splitter", ["sentencex", "rules"])
def test_english_sentences_keep_abbreviations_and_never_cross_a_line(splitter: str) -> None:
    text = "Mr. Smith said growth will slow. The U.S. economy grew 3% in Jan. last year.\nA new line. And another!"
    found = texts(text, split_sentences(text, language="en", splitter=splitter))  # type: ignore[arg-type]
    assert found == [
        "Mr. Smith said growth will slow.",
        "The U.S. economy grew 3% in Jan. last year.",
        "A new line.",
        "And another!",
    ]


def test_sentencex_sentences_anchor_even_when_a_sentence_repeats() -> None:
    text = "It will rain. It will rain. It will rain."
    spans = split_sentences(text, language="en")
    assert spans == [(0, 13), (14, 27), (28, 41)]


def test_sentencex_keeps_a_quotation_with_its_attribution() -> None:
    text = "“The cars work. The economics don't, yet,” he said. It hasn't. Were you wrong?"
    assert texts(text, split_sentences(text, language="en")) == [
        "“The cars work. The economics don't, yet,” he said.",
        "It hasn't.",
        "Were you wrong?",
    ]


def test_the_answer_no_ends_a_sentence_but_number_ten_does_not() -> None:
    text = "ALVAREZ: No. Industry capacity grows. No. 10 Downing Street said so."
    assert texts(text, split_sentences(text, language="en")) == [
        "ALVAREZ: No.",
        "Industry capacity grows.",
        "No. 10 Downing Street said so.",
    ]


def test_a_question_labelled_q_stays_with_its_label() -> None:
    text = "Q. Will you play the Olympics? Yes."
    assert texts(text, split_sentences(text, language="en")) == ["Q. Will you play the Olympics?", "Yes."]


def test_quotations_in_both_languages() -> None:
    zh = "他说：“将有成千上万的模型。”还有「引号」"
    assert texts(zh, quotation_spans(zh, language="zh-Hans")) == ["将有成千上万的模型。", "引号"]
    en = '“We will win,” she said, and he added: "We won\'t lose." Don’t ‘quote’ me.'
    assert texts(en, quotation_spans(en, language="en")) == ["We will win,", "We won't lose.", "quote"]


def test_a_quotation_left_open_runs_to_the_end_of_its_paragraph() -> None:
    text = "“It will happen soon.\n“And then more.”"
    assert texts(text, quotation_spans(text, language="en")) == ["It will happen soon.", "And then more."]


def test_clauses_cover_the_span_and_keep_their_punctuation() -> None:
    text = "中国将会拥有自己独特的大语言模型，与世界其他地区的模型不同。"
    assert texts(text, split_clauses(text, (0, len(text)), language="zh-Hans")) == [
        "中国将会拥有自己独特的大语言模型，",
        "与世界其他地区的模型不同。",
    ]
    english = "Sales of 1,000 cars will rise, analysts said; profits too."
    assert texts(english, split_clauses(english, (0, len(english)), language="en")) == [
        "Sales of 1,000 cars will rise,",
        " analysts said;",
        " profits too.",
    ]
