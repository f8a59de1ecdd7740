"""System checks for provenance: ``manage.py check`` fails when a quote or a
hedge has drifted from its source text or a seed file no longer matches its sha256.

The quote check reads the database. Before ``migrate`` has created the tables
there is nothing to check, so it stays silent then.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core import checks
from django.db import DatabaseError
from django.db.models import F
from django.db.models.functions import Substr

from predictions.models import Hedge, Prediction, Source, SourceTextError
from predictions.provenance import QuoteNotFound, first_difference, locate_quote, seed_problems


@checks.register("hindsight")
def seed_files_match_their_sha256(**kwargs: Any) -> list[checks.CheckMessage]:
    return [checks.Error(problem, id="predictions.E001") for problem in seed_problems(settings.SEEDS_DIR)]


def _quote_error(prediction_id: int, claim: str, source_slug: str, problem: str) -> checks.Error:
    return checks.Error(
        f"Prediction {prediction_id} (“{claim[:60]}”): quote not found verbatim in source “{source_slug}”: {problem}",
        hint="Copy the quote exactly as the source has it (original language), or fix the source text.",
        id="predictions.E002",
    )


def _hedge_error(prediction_id: int, claim: str, source_slug: str, problem: str) -> checks.Error:
    return checks.Error(
        f"Prediction {prediction_id} (“{claim[:60]}”): hedge not found verbatim in source “{source_slug}”: {problem}",
        hint="Copy the hedge exactly as the source has it (original language), or fix the source text.",
        id="predictions.E004",
    )


@checks.register("hindsight")
def quotes_found_verbatim_in_sources(**kwargs: Any) -> list[checks.CheckMessage]:
    try:
        file_sources = list(Source.objects.exclude(text_file=""))
    except DatabaseError:
        return []  # not migrated yet
    errors: list[checks.CheckMessage] = []

    # Sources kept under seeds/: few, so compare in Python with a precise message.
    for source in file_sources:
        try:
            text = source.full_text
        except SourceTextError as error:
            errors.append(checks.Error(str(error), id="predictions.E003"))
            continue
        for prediction_id, claim, quote, start in source.predictions.values_list("id", "claim", "quote", "quote_start"):
            try:
                locate_quote(text, quote, start)
            except QuoteNotFound as error:
                problem = str(error)
                if start is not None:
                    found = text[start : start + len(quote)]
                    problem += f" (first difference at character {first_difference(quote, found) + 1} of the quote)"
                errors.append(_quote_error(prediction_id, claim, source.slug, problem))
        hedges = Hedge.objects.filter(prediction__source=source).values_list(
            "prediction_id", "prediction__claim", "quote", "quote_start"
        )
        for prediction_id, claim, quote, start in hedges:
            try:
                locate_quote(text, quote, start)
            except QuoteNotFound as error:
                found = text[start : start + len(quote)]
                problem = f"{error} (first difference at character {first_difference(quote, found) + 1} of the hedge)"
                errors.append(_hedge_error(prediction_id, claim, source.slug, problem))

    # Sources with inline text: possibly very many rows, so let the database
    # compare the anchored slice (SQL substr counts characters, 1-based).
    inline = Prediction.objects.filter(source__text_file="").exclude(source__text="")
    for prediction_id, claim, source_slug in inline.filter(quote_start__isnull=True).values_list(
        "id", "claim", "source__slug"
    )[:50]:
        errors.append(_quote_error(prediction_id, claim, source_slug, "the quote has no anchor (offsets)"))
    drifted = (
        inline.filter(quote_start__isnull=False)
        .annotate(anchored=Substr("source__text", F("quote_start") + 1, F("quote_end") - F("quote_start")))
        .exclude(anchored=F("quote"))
        .values_list("id", "claim", "source__slug")[:50]
    )
    for prediction_id, claim, source_slug in drifted:
        errors.append(_quote_error(prediction_id, claim, source_slug, "the anchored text differs"))
    drifted_hedges = (
        Hedge.objects.filter(prediction__source__text_file="")
        .exclude(prediction__source__text="")
        .annotate(anchored=Substr("prediction__source__text", F("quote_start") + 1, F("quote_end") - F("quote_start")))
        .exclude(anchored=F("quote"))
        .values_list("prediction_id", "prediction__claim", "prediction__source__slug")[:50]
    )
    for prediction_id, claim, source_slug in drifted_hedges:
        errors.append(_hedge_error(prediction_id, claim, source_slug, "the anchored text differs"))
    return errors
