"""The article's forecasts: loaded by ``seed_ledger`` (and ``loaddata``) once,
never duplicated, never overwriting a reviewer's edit, true to the article."""

from __future__ import annotations

import datetime
import shutil
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import override_settings

from predictions import services
from predictions.models import OutboxEvent, Prediction, Source, Speaker, Topic

pytestmark = pytest.mark.django_db

FIXTURE = settings.BASE_DIR / "fixtures" / "article_000.json"
SEED_TEXT = settings.BASE_DIR / "seeds" / "000_f95e91212e92d585.txt"

# The article's four forecasts, copied by hand from the seed text (the
# article writes ASCII commas between Chinese clauses).
ARTICLE_QUOTES = {
    "china-will-have-its-own-distinct-llms": "中国将会拥有自己独特的大语言模型,与世界其他地区的模型不同",
    "thousands-of-llms-will-be-developed": "将有成千上万的大语言模型被开发出来",
    "only-10-to-20-llms-will-get-heavy-use": (
        "其中只有少数,如10个、20个或类似的数量,会获得大量的使用和最密集的资源投入"
    ),
    "no-exponential-inflection-with-next-model": "我们并不认为我们正处于任何指数增长的临界点。",
}


def counts() -> dict[str, int]:
    return {
        "topics": Topic.objects.count(),
        "speakers": Speaker.objects.count(),
        "sources": Source.objects.count(),
        "predictions": Prediction.objects.count(),
        "events": OutboxEvent.objects.count(),
    }


def seed_ledger() -> str:
    out = StringIO()
    call_command("seed_ledger", stdout=out)
    return out.getvalue()


def test_seed_ledger_twice_adds_the_article_once() -> None:
    first = seed_ledger()
    after_first = counts()

    second = seed_ledger()

    # 4 recorded, then 7 corrections of predictions (article_000_corrections.json), each once.
    assert after_first == {"topics": 5, "speakers": 1, "sources": 1, "predictions": 4, "events": 11}
    assert counts() == after_first
    assert "article_000.json: 11 added, 0 already present." in first
    assert "article_000.json: 0 added, 11 already present." in second
    assert "already applied" not in first and second.count("already applied") == 9
    assert set(OutboxEvent.objects.values_list("event_type", flat=True)) == {"prediction.created", "prediction.updated"}


def test_seed_ledger_does_not_undo_a_reviewers_edit(article: None, reviewer: User) -> None:
    prediction = Prediction.objects.get(slug="thousands-of-llms-will-be-developed")
    services.prediction_update(
        prediction=prediction,
        by=reviewer,
        reason="Name the count in the claim",
        changes={"claim": "At least 1,000 LLMs exist by 30 May 2027.", "is_public": False},
    )

    seed_ledger()

    stored = Prediction.objects.get(pk=prediction.pk)
    # Version 4: recorded, two seed corrections, the reviewer's edit; seed_ledger again adds nothing.
    assert (stored.claim, stored.is_public, stored.version) == ("At least 1,000 LLMs exist by 30 May 2027.", False, 4)
    assert Prediction.objects.count() == 4


def test_loaddata_twice_creates_no_duplicates() -> None:
    call_command("loaddata", str(FIXTURE), verbosity=0)
    first = counts()

    call_command("loaddata", str(FIXTURE), verbosity=0)

    assert first["predictions"] == 4
    assert counts() == first
    call_command("check")  # the quotes loaded raw are still anchored correctly


def test_loaddata_after_seed_ledger_matches_the_same_rows(article: None) -> None:
    ids = set(Prediction.objects.values_list("id", flat=True))

    call_command("loaddata", str(FIXTURE), verbosity=0)

    assert set(Prediction.objects.values_list("id", flat=True)) == ids


def test_seed_ledger_refuses_damaged_seeds_and_writes_nothing(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(settings.SEEDS_DIR, seeds)
    (seeds / SEED_TEXT.name).write_text("tampered", encoding="utf-8")

    with override_settings(SEEDS_DIR=seeds), pytest.raises(CommandError, match="Seed files do not match"):
        seed_ledger()

    assert counts() == {"topics": 0, "speakers": 0, "sources": 0, "predictions": 0, "events": 0}


def test_the_four_forecasts_are_true_to_the_article(article: None) -> None:
    text = SEED_TEXT.read_text(encoding="utf-8")
    predictions = {p.slug: p for p in Prediction.objects.select_related("speaker", "source")}

    assert set(predictions) == set(ARTICLE_QUOTES)
    for slug, prediction in predictions.items():
        assert prediction.quote == ARTICLE_QUOTES[slug]
        assert ARTICLE_QUOTES[slug] in text
        assert prediction.quote_language == "zh-Hans"
        assert prediction.made_on == datetime.date(2024, 5, 30)
        assert (prediction.speaker.name, prediction.speaker.slug) == ("Sam Altman", "sam-altman")
        assert prediction.source.slug == "zh-article-altman-ai-for-good-2024"
        assert prediction.translation and prediction.claim and prediction.horizon_rule
        assert "CORRECT" in prediction.resolution_criteria and "INCORRECT" in prediction.resolution_criteria
        assert prediction.is_public
    assert {slug: p.resolve_on for slug, p in predictions.items()} == {
        "china-will-have-its-own-distinct-llms": datetime.date(2027, 5, 30),
        "thousands-of-llms-will-be-developed": datetime.date(2027, 5, 30),
        "only-10-to-20-llms-will-get-heavy-use": datetime.date(2027, 5, 30),
        "no-exponential-inflection-with-next-model": datetime.date(2025, 12, 31),
    }
    assert predictions["thousands-of-llms-will-be-developed"].horizon.startswith("三年后")

    source = Source.objects.get()
    assert (source.event_name, source.event_place, source.event_date) == (
        "AI for Good Global Summit 2024",
        "Geneva, Switzerland",
        datetime.date(2024, 5, 30),
    )
    assert (source.language, source.outlet, source.url, source.published_on) == ("zh-Hans", "", "", None)
    assert "Nicholas Thompson" in source.provenance_note
    assert source.full_text == text
