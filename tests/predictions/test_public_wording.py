"""What the public pages say, in both languages: one style of dates per language, the
verdict-in-waiting and empty-backlog sentences, the track-record table's columns, and
the links a reader needs (API docs, the filter's help)."""

from __future__ import annotations

import datetime
import re

import pytest
from django.test import Client

from predictions import services
from predictions.models import Outcome, Prediction
from tests.factories import PredictionFactory, ReviewerFactory, SpeakerFactory, final_resolution_for

pytestmark = pytest.mark.django_db

INFLECTION = "no-exponential-inflection-with-next-model"
# "May 30, 2024", "Dec. 31, 2025": Django's default English date style, which the pages no longer use.
AMERICAN_DATE = re.compile(r"\b(Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}")


def page_url(prediction: Prediction) -> str:
    return f"/predictions/{prediction.pk}/{prediction.slug}/"


def visible_text(html: str) -> str:
    """The page's text without tags and attributes (machine-readable ISO dates live in attributes)."""
    html = re.sub(r"<script.*?</script>", " ", html, flags=re.S)
    return re.sub(r"<[^>]+>", " ", html)


@pytest.fixture
def judged_ledger(frozen_now: datetime.datetime, article: None) -> Prediction:
    """The article, its inflection forecast judged (with evidence) and the others open."""
    inflection = Prediction.objects.get(slug=INFLECTION)
    final_resolution_for(inflection, Outcome.CORRECT, as_of=datetime.date(2025, 12, 31))
    return inflection


def test_english_pages_write_every_date_as_day_month_year(judged_ledger: Prediction, anonymous: Client) -> None:
    open_one = Prediction.objects.exclude(pk=judged_ledger.pk).first()
    assert open_one is not None
    pages = ["/", "/speakers/sam-altman/", page_url(judged_ledger), page_url(open_one), "/methodology/"]

    texts = {path: visible_text(anonymous.get(path).content.decode()) for path in pages}

    for path, text in texts.items():
        assert not AMERICAN_DATE.search(text), f"{path}: {AMERICAN_DATE.search(text)}"
    resolved = texts[page_url(judged_ledger)]
    assert "30 May 2024" in resolved  # said on
    assert "31 December 2025" in resolved  # resolve on, and the verdict's "as of"
    assert "accessed 2 January 2025" in resolved  # the evidence
    assert "on 1 January 2026" in resolved  # proposed and confirmed
    assert "1 January 2026, 09:00" in resolved  # the history (a moment, in the site's time zone)
    assert "resolve on 30 May 2027" in texts["/"]


def test_chinese_pages_write_every_date_as_year_month_day(judged_ledger: Prediction, anonymous: Client) -> None:
    text = visible_text(anonymous.get(page_url(judged_ledger) + "?lang=zh-hans").content.decode())

    for expected in ("2024年5月30日", "2025年12月31日", "2025年1月2日", "2026年1月1日 09:00"):
        assert expected in text
    assert not re.search(r"\d{4}/\d{1,2}/\d{1,2}", text)
    assert "2027年5月30日" in visible_text(anonymous.get("/?lang=zh-hans").content.decode())


def test_the_page_history_writes_changed_dates_in_the_page_style(article: None, anonymous: Client) -> None:
    prediction = Prediction.objects.get(slug="thousands-of-llms-will-be-developed")
    services.prediction_update(
        prediction=prediction, by=None, reason="The source says 31 May", changes={"made_on": datetime.date(2024, 5, 31)}
    )

    assert "<pre>30 May 2024</pre>" in anonymous.get(page_url(prediction)).content.decode()
    assert "<pre>2024年5月31日</pre>" in anonymous.get(page_url(prediction) + "?lang=zh-hans").content.decode()


def test_a_first_proposal_is_announced_as_a_verdict_and_a_replacement_as_a_new_one(
    article: None, anonymous: Client
) -> None:
    inflection = Prediction.objects.get(slug=INFLECTION)
    proposer = ReviewerFactory.create()
    services.resolution_propose(
        prediction=inflection,
        outcome=Outcome.UNRESOLVABLE,
        rationale="No measurement.",
        as_of=inflection.resolve_on,
        by=proposer,
    )

    first = anonymous.get(page_url(inflection)).content.decode()
    assert "A reviewer has proposed a verdict; it is published once a second reviewer confirms it." in first
    assert "new verdict" not in first
    assert "the reviewers have yet to apply the criteria" not in first
    assert "一位评审员已提出裁定" in anonymous.get(page_url(inflection) + "?lang=zh-hans").content.decode()

    other = PredictionFactory.create(resolve_on=datetime.date(2024, 12, 31))
    final = final_resolution_for(other, Outcome.CORRECT)
    services.resolution_supersede(
        resolution=final,
        outcome=Outcome.UNRESOLVABLE,
        rationale="The report was withdrawn.",
        as_of=datetime.date(2025, 6, 1),
        reason="The report was withdrawn.",
        by=proposer,
    )
    replacing = anonymous.get(page_url(other) + "?lang=en").content.decode()
    assert "A reviewer has proposed a new verdict to replace this one" in replacing


def test_the_backlog_block_says_only_that_there_is_none_when_nothing_is_due(anonymous: Client) -> None:
    PredictionFactory.create(resolve_on=datetime.date(2099, 1, 1))

    english = anonymous.get("/").content.decode()
    assert "No backlog: every prediction that reached its date has been judged." in english
    assert "0 predictions have reached" not in english
    chinese = anonymous.get("/?lang=zh-hans").content.decode()
    assert "没有积压：每条已到裁定日期的预测都已裁定。" in chinese


def test_the_footer_links_to_the_api_docs_in_both_languages(anonymous: Client) -> None:
    assert '<a href="/api/v1/docs/">API documentation</a>' in anonymous.get("/methodology/").content.decode()
    assert '<a href="/api/v1/docs/">API 文档</a>' in anonymous.get("/methodology/?lang=zh-hans").content.decode()


def test_the_horizon_filter_describes_itself_with_an_element_that_exists(anonymous: Client) -> None:
    content = anonymous.get("/").content.decode()

    described_by = re.search(r'<select name="horizon" aria-describedby="([^"]+)"', content)
    assert described_by is not None
    assert f'id="{described_by.group(1)}">Time between saying it and judging it.<' in content


def test_the_track_record_table_has_five_columns_and_says_what_each_number_counts(
    judged_ledger: Prediction, anonymous: Client
) -> None:
    speaker = SpeakerFactory.create(slug="prolific", name="Prolific")
    for outcome in (Outcome.CORRECT, Outcome.PARTLY_CORRECT, Outcome.INCORRECT, Outcome.ANNULLED):
        final_resolution_for(PredictionFactory.create(speaker=speaker), outcome)
    PredictionFactory.create(speaker=speaker)

    content = anonymous.get("/").content.decode()

    head = re.search(r"<thead.*?</thead>", content, flags=re.S)
    assert head is not None
    assert re.findall(r'<th scope="col"[^>]*>([^<]+)</th>', head.group(0)) == [
        "Speaker",
        "Predictions",
        "Hit rate (95% interval)",
        "Brier score",
        "Verdicts",
    ]
    row = re.search(r'<a href="/speakers/prolific/">Prolific</a>.*?</tr>', content, flags=re.S)
    assert row is not None
    cells = visible_text(row.group(0))
    assert "5" in cells and "4 resolved · 1 pending" in cells
    for count in ("1 correct", "1 partly correct", "1 incorrect", "1 unresolvable or annulled"):
        assert count in cells
    assert "3 scored: small sample" in cells
    assert 'role="region"' not in content and "tabindex" not in content  # no scroll box around the table
