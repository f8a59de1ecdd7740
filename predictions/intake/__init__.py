"""Intake: finding the forecasts in a source text, for a reviewer to accept, edit or dismiss.

The entry point::

    from predictions.intake import find_forecasts

    candidates = find_forecasts(text, language="zh-Hans", said_on=datetime.date(2024, 5, 30))
    for candidate in candidates:
        assert text[candidate.start : candidate.end] == candidate.quote
        candidate.to_json()  # quote, start, end, horizon, resolve_on, horizon_rule, probability, hedges, kind
        candidate.key        # stable for the same span and quote (remember dismissed candidates by it)

Pure functions: no database, no Django models, no network. Modules by idea: ``sentences`` (sentences,
clauses, quotations), ``markers`` / ``markers_en`` / ``markers_zh`` (what makes a clause a forecast),
``lookalikes_en`` (the English look-alikes; the Chinese ones are in ``markers_zh`` and
``rules/markers_zh.toml``), ``forms_en`` (English forecasts without "will": the predictive present, belief
frames, whole phrases, answers), ``folding`` (case-folded matching for English), ``horizons`` /
``horizons_en`` / ``calendar_en`` / ``resolvers_en`` / ``horizons_zh`` / ``periods_zh`` / ``periods_en`` / ``dates``
(horizons → dates by the rules in docs/decisions.md, kept as tables in ``rules/horizons_en.toml`` /
``rules/horizons_zh.toml`` and read by ``rulebook``; ``periods_zh`` / ``periods_en``: a named period dated
earlier in the text), ``numbers`` (number words in both languages), ``probabilities``, ``hedges``, ``kind`` (direct or
reported speech, transcripts' turns), ``clauses`` (each clause read), ``grouping`` (clauses → forecasts),
``forecast`` (a group → the candidate), ``discourse`` (sentences read through their neighbours: answers to
questions, dates referred back to, rejections), ``candidate`` (the result) and ``extractor`` (putting them
together).
"""

from __future__ import annotations

from predictions.intake.candidate import FIELDS, Candidate
from predictions.intake.extractor import LANGUAGES, find_forecasts

__all__ = ["FIELDS", "LANGUAGES", "Candidate", "find_forecasts"]
