"""Provenance: ``manage.py check`` vouches that every quote stands verbatim in its
source and that the seed files are the bytes their metadata describes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from django.test import override_settings

from predictions.models import Prediction, Source
from tests.factories import PredictionFactory
from tests.predictions.test_seed_ledger import ARTICLE_QUOTES

SEED_NAME = "000_f95e91212e92d585"


def check_output() -> str:
    """Run ``manage.py check`` and return the text of the SystemCheckError it raises."""
    with pytest.raises(SystemCheckError) as raised:
        call_command("check")
    return str(raised.value)


@pytest.fixture
def seeds_copy(tmp_path: Path) -> Path:
    """A private copy of seeds/ that a test may damage; SEEDS_DIR points at it."""
    copy = tmp_path / "seeds"
    shutil.copytree(settings.SEEDS_DIR, copy)
    return copy


@pytest.mark.django_db
def test_check_passes_with_the_article_loaded(article: None) -> None:
    call_command("check")  # raises SystemCheckError on any error

    assert Prediction.objects.count() == 4


@pytest.mark.django_db
def test_quote_offsets_are_stored_and_point_at_each_quote(article: None) -> None:
    text = (settings.SEEDS_DIR / f"{SEED_NAME}.txt").read_text(encoding="utf-8")

    stored = {p.slug: (p.quote, p.quote_start, p.quote_end) for p in Prediction.objects.all()}

    assert set(stored) == set(ARTICLE_QUOTES)
    for slug, (quote, start, end) in stored.items():
        assert quote == ARTICLE_QUOTES[slug]
        assert start is not None and end is not None
        assert end - start == len(quote)
        assert text[start:end] == quote
        assert text.count(quote) == 1, f"{slug}: the quote should be unambiguous in the article"


@pytest.mark.django_db
def test_check_fails_naming_the_prediction_when_a_quote_is_altered_by_one_character(article: None) -> None:
    prediction = Prediction.objects.get(slug="thousands-of-llms-will-be-developed")
    altered = prediction.quote.replace("成千上万", "成千上百")  # one character: 万 → 百
    assert len(altered) == len(prediction.quote)
    Prediction.objects.filter(pk=prediction.pk).update(quote=altered)

    message = check_output()

    assert "predictions.E002" in message
    assert f"Prediction {prediction.pk} (“{prediction.claim[:60]}”)" in message
    assert "zh-article-altman-ai-for-good-2024" in message
    assert f"characters {prediction.quote_start}–{prediction.quote_end}" in message
    assert "first difference at character 6 of the quote" in message
    # Only that prediction is named: the other three still match.
    assert message.count("predictions.E002") == 1


@pytest.mark.django_db
def test_check_fails_for_a_quote_on_a_source_kept_inline() -> None:
    prediction = PredictionFactory.create()
    call_command("check")
    Prediction.objects.filter(pk=prediction.pk).update(quote=prediction.quote.replace("2030", "2031"))

    message = check_output()

    assert f"Prediction {prediction.pk}" in message
    assert "the anchored text differs" in message


@pytest.mark.django_db
def test_check_fails_when_the_seed_text_no_longer_matches_its_sha256(article: None, seeds_copy: Path) -> None:
    text_path = seeds_copy / f"{SEED_NAME}.txt"
    text_path.write_bytes(text_path.read_bytes().replace("瑞士".encode(), "日内瓦".encode(), 1))

    with override_settings(SEEDS_DIR=seeds_copy):
        message = check_output()

    recorded = json.loads((seeds_copy / f"{SEED_NAME}.meta.json").read_text())["sha256"]
    assert "predictions.E001" in message
    assert f"seeds/{SEED_NAME}.txt has sha256" in message
    assert f"its metadata records {recorded}" in message
    # The source row records the same digest, so its quotes cannot be vouched for either.
    assert "predictions.E003" in message
    assert "source 'zh-article-altman-ai-for-good-2024'" in message


@pytest.mark.django_db
def test_check_fails_when_the_metadata_records_another_sha256(seeds_copy: Path) -> None:
    meta_path = seeds_copy / f"{SEED_NAME}.meta.json"
    metadata = json.loads(meta_path.read_text())
    metadata["sha256"] = "0" * 64
    meta_path.write_text(json.dumps(metadata))

    with override_settings(SEEDS_DIR=seeds_copy):
        message = check_output()

    assert "predictions.E001" in message
    assert f"its metadata records {'0' * 64}" in message


@pytest.mark.django_db
def test_check_fails_when_a_seed_file_is_missing(seeds_copy: Path) -> None:
    (seeds_copy / f"{SEED_NAME}.txt").unlink()

    with override_settings(SEEDS_DIR=seeds_copy):
        message = check_output()

    assert f"seeds/{SEED_NAME}.txt is listed in its metadata but missing" in message


@pytest.mark.django_db
def test_check_passes_on_an_untouched_copy_of_the_seeds(article: None, seeds_copy: Path) -> None:
    """The failing tests above fail for what they changed, not for the copy."""
    with override_settings(SEEDS_DIR=seeds_copy):
        call_command("check")

    assert Source.objects.get().full_text.startswith("综合动态")


THE_HEDGE = "因此在这一点上做出任何自信的预测都是非常困难的"


@pytest.mark.django_db
def test_check_verifies_hedges_like_quotes_and_fails_when_one_character_is_altered(article: None) -> None:
    from predictions import services

    prediction = Prediction.objects.get(slug="thousands-of-llms-will-be-developed")
    hedge = services.hedge_attach(
        prediction=prediction,
        quote=THE_HEDGE,
        by=None,
        reason="Altman qualified this forecast at once.",
        changes={"implied_probability": 0.75},
    )
    text = (settings.SEEDS_DIR / f"{SEED_NAME}.txt").read_text(encoding="utf-8")
    assert text[hedge.quote_start : hedge.quote_end] == THE_HEDGE
    assert (hedge.quote_start, hedge.quote_end) == (528, 551)
    call_command("check")  # the hedge stands verbatim: no error

    type(hedge).objects.filter(pk=hedge.pk).update(quote=THE_HEDGE.replace("困难", "容易"))

    message = check_output()
    assert "predictions.E004" in message
    assert f"Prediction {prediction.pk}" in message
    assert "hedge not found verbatim" in message
    assert "first difference at character 21 of the hedge" in message
