"""Every public page costs the same number of queries with 5 predictions as with 200.

Counted with a cold cache (the scoreboard's aggregates recomputed) and a warm
one. The counts are printed (``pytest -s``) for the closing note of issue 5.
"""

from __future__ import annotations

import datetime

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from predictions.models import Outcome, Prediction
from predictions.public_cache import invalidate
from predictions.site.fragments import forget_all
from tests.factories import (
    PredictionFactory,
    SourceFactory,
    SpeakerFactory,
    TopicFactory,
    final_resolution_for,
    ledger_batch,
)

pytestmark = pytest.mark.django_db

PAGES = [
    "/",
    "/?topic=energy&horizon=long",
    "/speakers/{speaker}/",
    "/speakers/{speaker}/?group=resolved",
    "/predictions/{pk}/{slug}/",
    "/methodology/",
    "/feeds/resolutions/",
    "/speakers/{speaker}/feed/",
]
OUTCOMES = [Outcome.CORRECT, Outcome.INCORRECT, Outcome.PARTLY_CORRECT, Outcome.UNRESOLVABLE, None, None]


def add_predictions(count: int, start: int, speakers, topic) -> None:
    """A mix of resolved (every outcome, with evidence), due and open predictions."""
    source = SourceFactory.create()
    with ledger_batch():
        for index in range(start, start + count):
            outcome = OUTCOMES[index % len(OUTCOMES)]
            prediction = PredictionFactory.create(
                speaker=speakers[index % len(speakers)],
                source=source,
                resolve_on=datetime.date(2025, 1, 1) if index % 2 else datetime.date(2032, 1, 1),
                implied_probability=(0.5, 0.75, 0.9, None)[index % 4],
            )
            prediction.topics.add(topic)
            if outcome and index % 2:
                final_resolution_for(prediction, outcome)


def count_queries(client: Client, path: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200, path
    return len(queries)


def measure(client: Client, speaker, prediction: Prediction) -> dict[str, tuple[int, int, int]]:
    """Query counts per page in three states: everything cold; the page itself
    not cached but the aggregates are (the same page in the other language);
    the page cached."""
    counts = {}
    for template in PAGES:
        path = template.format(speaker=speaker.slug, pk=prediction.pk, slug=prediction.slug)
        joiner = "&" if "?" in path else "?"
        invalidate()
        forget_all()  # no page fragment kept either: everything cold
        cold = count_queries(client, f"{path}{joiner}lang=en")
        aggregates_warm = count_queries(client, f"{path}{joiner}lang=zh-hans")
        page_cached = count_queries(client, f"{path}{joiner}lang=zh-hans")
        counts[template] = (cold, aggregates_warm, page_cached)
    return counts


def test_page_query_counts_do_not_grow_with_the_ledger(anonymous: Client) -> None:
    speakers = [SpeakerFactory.create(slug=f"speaker-{n}") for n in range(3)]
    topic = TopicFactory.create(slug="energy")
    add_predictions(5, 0, speakers, topic)
    resolved = Prediction.objects.filter(final_resolution__isnull=False, speaker=speakers[1]).first()
    assert resolved is not None

    small = measure(anonymous, speakers[1], resolved)
    add_predictions(195, 5, speakers, topic)
    assert Prediction.objects.count() == 200
    large = measure(anonymous, speakers[1], resolved)

    for page, (cold, warm, cached) in small.items():
        print(f"{page:40} cold {cold:2}  aggregates cached {warm:2}  page cached {cached:2}")  # for the notes
    assert large == small
    # The aggregates' cache pays off where the aggregates are …
    assert small["/"][1] < small["/"][0]
    assert small["/speakers/{speaker}/"][1] < small["/speakers/{speaker}/"][0]
    # … and a cached public page costs no query at all (feeds are not cached pages).
    for page in ("/", "/speakers/{speaker}/", "/predictions/{pk}/{slug}/", "/methodology/"):
        assert small[page][2] == 0, page
