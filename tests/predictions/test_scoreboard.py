"""The scoreboard's aggregates: read from the kept tallies, equal to the hand count, cached and refreshed."""

from __future__ import annotations

import datetime
from unittest import mock

import pytest
from django.db import connection
from django.db.models import F
from django.test.utils import CaptureQueriesContext

from predictions import public_cache, scoring, services
from predictions.models import KeptTally, Outcome, Prediction
from predictions.selectors import scoreboard, track_records
from predictions.selectors.scoreboard import Scope
from tests.factories import (
    PredictionFactory,
    SourceFactory,
    SpeakerFactory,
    TopicFactory,
    final_resolution_for,
    ledger_changed,
)

TODAY = datetime.date(2026, 1, 1)
pytestmark = pytest.mark.django_db


def make(speaker, *, resolve_on=datetime.date(2025, 6, 1), outcome=None, probability=0.8, **fields) -> Prediction:
    prediction = PredictionFactory.create(
        speaker=speaker, source=SourceFactory.create(), resolve_on=resolve_on, implied_probability=probability, **fields
    )
    if outcome:
        final_resolution_for(prediction, outcome)
    return prediction


@pytest.fixture
def ledger():
    """Two speakers. Ada Lovelace (by hand below), Bo (one open prediction), and one hidden prediction."""
    ada = SpeakerFactory.create(name="Ada Lovelace", slug="ada-lovelace")
    bo = SpeakerFactory.create(name="Bo", slug="bo")
    make(ada, outcome=Outcome.CORRECT, probability=0.9)  # (0.9 − 1)² = 0.01
    make(ada, outcome=Outcome.CORRECT, probability=0.75)  # 0.0625
    make(ada, outcome=Outcome.PARTLY_CORRECT, probability=0.9)  # (0.9 − 0.5)² = 0.16
    make(ada, outcome=Outcome.INCORRECT, probability=0.9)  # 0.81
    make(ada, outcome=Outcome.INCORRECT, probability=None)  # scored, but not for Brier
    make(ada, outcome=Outcome.UNRESOLVABLE)
    make(ada, outcome=Outcome.ANNULLED)
    make(ada, resolve_on=datetime.date(2025, 12, 20))  # due, not overdue (12 days ≤ 14)
    make(ada, resolve_on=datetime.date(2025, 11, 1))  # overdue
    make(ada, resolve_on=datetime.date(2027, 5, 30))  # open
    make(ada, resolve_on=datetime.date(2025, 11, 1), outcome=Outcome.CORRECT, is_public=False)  # never counted
    make(bo, resolve_on=datetime.date(2030, 1, 1))
    return ada, bo


def test_the_speaker_tally_matches_the_hand_count(ledger) -> None:
    ada, _bo = ledger
    tally = track_records.speaker_scores(ada, TODAY).record.tally

    assert tally.brier_sum == pytest.approx(0.01 + 0.0625 + 0.16 + 0.81)
    assert tally == scoring.Tally(
        total=10, correct=2, partly_correct=1, incorrect=2, unresolvable=1, annulled=1, open=1, due=2, overdue=1,
        brier_count=4, brier_sum=tally.brier_sum,
    )  # fmt: skip


def test_the_speaker_record_scores_the_tally(ledger) -> None:
    ada, _bo = ledger
    record = track_records.speaker_scores(ada, TODAY).record

    assert record.hit_rate == pytest.approx(2.5 / 5)
    assert record.interval == scoring.wilson_interval(2.5, 5)
    assert record.brier == pytest.approx(1.0425 / 4)
    assert record.small_sample is True


def test_the_calibration_bins_come_from_sql_as_scoring_would_bin_them(ledger) -> None:
    ada, _bo = ledger
    bins = track_records.speaker_scores(ada, TODAY).calibration

    assert [(item.index, item.count) for item in bins] == [(7, 1), (9, 3)]
    assert bins[1].observed == pytest.approx((1 + 0.5 + 0) / 3)
    assert bins[1].mean_forecast == pytest.approx(0.9)


def test_brier_at_probabilities_zero_and_one(ledger) -> None:
    speaker = SpeakerFactory.create()
    make(speaker, outcome=Outcome.CORRECT, probability=1.0)  # certain and right: 0
    make(speaker, outcome=Outcome.CORRECT, probability=0.0)  # certain and wrong: 1

    assert track_records.speaker_scores(speaker, TODAY).record.brier == 0.5


@pytest.mark.parametrize("probability", [0.0, 0.1, 0.3, 0.6, 0.7, 0.7999, 0.9, 1.0])
def test_the_sql_bin_agrees_with_scoring_bin_index(probability: float) -> None:
    speaker = SpeakerFactory.create()
    make(speaker, outcome=Outcome.CORRECT, probability=probability)

    [only] = track_records.speaker_scores(speaker, TODAY).calibration
    assert only.index == scoring.bin_index(probability)


def test_the_site_scoreboard_lists_speakers_by_number_of_predictions(ledger) -> None:
    board = scoreboard.scoreboard(Scope(), TODAY)

    assert [row.slug for row in board.speakers] == ["ada-lovelace", "bo"]
    assert board.speaker_count == 2
    assert board.record.tally.total == 11  # the hidden one is not counted
    assert board.speakers[1].record.tally == scoring.Tally(total=1, open=1)


def test_the_speaker_table_is_bounded(monkeypatch) -> None:
    monkeypatch.setattr(scoreboard, "SPEAKER_LIMIT", 2)
    for _ in range(3):
        make(SpeakerFactory.create())

    board = scoreboard.scoreboard(Scope(), TODAY)
    assert len(board.speakers) == 2
    assert board.speaker_count == 3


def test_a_topic_scope_counts_only_that_topic(ledger) -> None:
    ada, _bo = ledger
    topic = TopicFactory.create(slug="energy")
    Prediction.objects.filter(speaker=ada, resolve_on=datetime.date(2027, 5, 30)).get().topics.add(topic)
    ledger_changed()

    board = scoreboard.scoreboard(Scope(topic="energy"), TODAY)
    assert board.record.tally == scoring.Tally(total=1, open=1)


@pytest.mark.parametrize(
    ("horizon", "expected_total"),
    [("short", 9), ("medium", 1), ("long", 1)],
)
def test_a_horizon_scope_buckets_by_time_between_saying_and_judging(ledger, horizon: str, expected_total: int) -> None:
    # All said on 2025-01-01: the 2025 dates are under a year ahead (short), Ada's 2027-05-30
    # is 2 years 5 months ahead (medium), Bo's 2030-01-01 five years (long).
    Prediction.objects.update(made_on=datetime.date(2025, 1, 1))
    ledger_changed()
    assert scoreboard.scoreboard(Scope(horizon=horizon), TODAY).record.tally.total == expected_total


def test_the_horizon_boundaries_are_one_and_three_years_in_days() -> None:
    speaker = SpeakerFactory.create()
    made_on = datetime.date(2024, 5, 30)
    make(speaker, resolve_on=made_on + datetime.timedelta(days=366), made_on=made_on)  # short
    make(speaker, resolve_on=made_on + datetime.timedelta(days=367), made_on=made_on)  # medium
    make(speaker, resolve_on=datetime.date(2027, 5, 30), made_on=made_on)  # three years: medium (1095 days)
    make(speaker, resolve_on=made_on + datetime.timedelta(days=1097), made_on=made_on)  # long

    totals = {
        name: scoreboard.scoreboard(Scope(horizon=name), TODAY).record.tally.total
        for name in ("short", "medium", "long")
    }
    assert totals == {"short": 1, "medium": 2, "long": 1}


# --- the cache ---------------------------------------------------------------------
def test_aggregates_are_cached_until_the_home_page_moves(ledger) -> None:
    first = scoreboard.scoreboard(Scope(), TODAY)
    with CaptureQueriesContext(connection) as queries:
        again = scoreboard.scoreboard(Scope(), TODAY)
    assert len(queries) == 0
    assert again == first

    KeptTally.objects.filter(topic=None, horizon="").update(total=F("total") + 1)  # around the services
    public_cache.touch(public_cache.speaker_subject("bo"))  # another subject: no effect
    assert scoreboard.scoreboard(Scope(), TODAY).record.tally.total == 11  # still the cached count

    public_cache.touch(public_cache.HOME)
    assert scoreboard.scoreboard(Scope(), TODAY).record.tally.total == 13


def test_a_final_resolution_invalidates_the_aggregates_after_commit(
    ledger, reviewer, second_reviewer, django_capture_on_commit_callbacks
) -> None:
    ada, _bo = ledger
    due = Prediction.objects.get(speaker=ada, resolve_on=datetime.date(2025, 11, 1), is_public=True)
    assert track_records.speaker_scores(ada).record.tally.correct == 2  # cached now

    proposal = services.resolution_propose(
        prediction=due,
        outcome=Outcome.CORRECT,
        rationale="Met.",
        as_of=datetime.date(2025, 12, 1),
        evidence=[services.EvidenceInput(url="https://example.org", title="Report", accessed_on=TODAY)],
        by=reviewer,
    )
    assert track_records.speaker_scores(ada).record.tally.correct == 2  # a proposal changes nothing

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        services.resolution_confirm(resolution=proposal, by=second_reviewer)
        # The tally moved in the transaction; the cached record waits for the commit.
        assert KeptTally.objects.get(speaker=ada, topic=None, horizon="", late=False).correct == 3
    assert track_records.speaker_scores(ada).record.tally.correct == 2
    for callback in callbacks:
        callback()

    assert track_records.speaker_scores(ada).record.tally.correct == 3


def test_recording_a_prediction_invalidates_the_aggregates(ledger, django_capture_on_commit_callbacks) -> None:
    ada, _bo = ledger
    assert scoreboard.scoreboard().record.tally.total == 11
    source = SourceFactory.create()

    with django_capture_on_commit_callbacks(execute=True):
        services.prediction_record(
            by=None,
            speaker=ada,
            source=source,
            slug="new",
            quote="by 2030 most cars sold in Europe will be electric",
            quote_language="en",
            translation="-",
            claim="Cars.",
            made_on=datetime.date(2024, 1, 1),
            resolve_on=datetime.date(2030, 12, 31),
            resolution_criteria="ACEA.",
        )

    assert scoreboard.scoreboard().record.tally.total == 12


def test_the_aggregates_are_keyed_by_day(ledger) -> None:
    """ "Due now" moves at midnight even when nothing is written."""
    ada, _bo = ledger
    assert track_records.speaker_scores(ada, datetime.date(2027, 5, 29)).record.tally.open == 1
    assert track_records.speaker_scores(ada, datetime.date(2027, 5, 30)).record.tally.open == 0


def test_a_cache_that_is_down_costs_speed_not_the_page(ledger) -> None:
    broken = mock.Mock(side_effect=ConnectionError("cache down"))
    with (
        mock.patch.object(public_cache.cache, "get", broken),
        mock.patch.object(public_cache.cache, "get_many", broken),
        mock.patch.object(public_cache.cache, "set", broken),
    ):
        board = scoreboard.scoreboard(Scope(), TODAY)
    assert board.record.tally.total == 11
