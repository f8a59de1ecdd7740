"""Kept tallies: after any sequence of writes through the services they equal a recount, and the
records read from them equal ``predictions.scoring`` on the raw rows; two writers never lose an update."""

from __future__ import annotations

import contextlib
import datetime
import threading
import time
import uuid
from collections import defaultdict
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.db import connection, transaction
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase

from predictions import scoring, services
from predictions.errors import PredictionLocked
from predictions.models import KeptCalibrationBin, KeptTally, Outcome, Prediction, Source, Speaker, Topic
from predictions.selectors.track_records import HORIZONS, Scope, scope_calibration, scope_tallies
from predictions.services.tallies import TallyState, horizon_bucket, tallies_recount, tally_move
from tests.factories import SOURCE_TEXT, ReviewerFactory, SourceFactory, SpeakerFactory, TopicFactory

TODAY = datetime.date(2026, 1, 1)
QUOTE = "by 2030 most cars sold in Europe will be electric"
OUTCOMES = [Outcome.CORRECT, Outcome.PARTLY_CORRECT, Outcome.INCORRECT, Outcome.UNRESOLVABLE, Outcome.ANNULLED]
PROBABILITIES = st.one_of(st.none(), st.sampled_from([0.0, 0.05, 0.1, 0.35, 0.5, 0.7999, 0.8, 1.0]))

record = st.tuples(
    st.just("record"),
    st.integers(0, 1),  # speaker
    st.sets(st.integers(0, 1)),  # topics
    PROBABILITIES,
    st.booleans(),  # public
    st.integers(0, 2500),  # days between saying and judging: every horizon bucket, judged before or after now
)
edit = st.tuples(
    st.just("edit"),
    st.integers(0, 20),  # which prediction (modulo those recorded)
    st.sampled_from(["speaker", "topics", "probability", "public", "said_on", "claim"]),
    st.integers(0, 2000),
    PROBABILITIES,
)
resolve = st.tuples(st.just("resolve"), st.integers(0, 20), st.sampled_from(OUTCOMES))
delete = st.tuples(st.just("delete"), st.integers(0, 20))
mark_late = st.tuples(st.just("late"), st.integers(0, 20))  # a reviewer: decisive evidence was already public
WRITES = st.lists(st.one_of(record, record, edit, resolve, resolve, delete, mark_late), min_size=1, max_size=12)


def kept_rows() -> dict[tuple[Any, ...], dict[str, float]]:
    """Every tally and calibration row that counts something, by scope."""
    rows: dict[tuple[Any, ...], dict[str, float]] = {}
    models: list[Any] = [KeptTally, KeptCalibrationBin]
    for model in models:
        values: list[dict[str, Any]] = list(model.objects.values())
        for row in values:
            counts = {name: row[name] for name in model.COUNTS}
            if any(abs(value) > 1e-9 for value in counts.values()):
                scope = (
                    model.__name__,
                    row["speaker_id"],
                    row["topic_id"],
                    row["horizon"],
                    row["late"],
                    row.get("bin"),
                )
                rows[scope] = counts
    return rows


def assert_same_rows(kept: dict[tuple[Any, ...], dict[str, float]], recount: dict[tuple[Any, ...], dict[str, float]]):
    assert kept.keys() == recount.keys()
    for scope, counts in kept.items():
        assert counts == pytest.approx(recount[scope], abs=1e-9), scope


def expected_from_raw_rows(scope: Scope) -> tuple[dict[int, scoring.Tally], list[scoring.CalibrationBin]]:
    """Tallies and calibration by the book: a Python loop over the public rows, scored by ``scoring``."""
    counts: dict[int, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    bins: dict[int, list[float]] = defaultdict(lambda: [0, 0.0, 0.0])
    predictions = Prediction.objects.public().select_related("final_resolution").prefetch_related("topics")
    for prediction in predictions:
        if scope.topic and scope.topic not in {topic.slug for topic in prediction.topics.all()}:
            continue
        if scope.horizon and horizon_bucket(prediction.made_on, prediction.resolve_on) != scope.horizon:
            continue
        row = counts[prediction.speaker_id]
        row["total"] += 1
        status = prediction.status_on(TODAY)
        final = prediction.final_resolution
        if final is not None and prediction.recorded_late and not scope.include_late:
            row["late_left_out"] += 1  # shown, not scored
            continue
        if final is not None:
            row[final.outcome] += 1
        else:
            row["due" if status == "due" else "open"] += 1
            row["overdue"] += prediction.is_overdue_on(TODAY)
        p = prediction.implied_probability
        if final is not None and final.outcome in scoring.OUTCOME_VALUES and p is not None:
            value = scoring.OUTCOME_VALUES[final.outcome]
            row["brier_count"] += 1
            row["brier_sum"] += (p - value) ** 2
            item = bins[scoring.bin_index(p)]
            item[0] += 1
            item[1] += p
            item[2] += value
    tallies = {
        speaker: scoring.Tally(
            **{name: int(value) for name, value in row.items() if name != "brier_sum"},
            brier_sum=row.get("brier_sum", 0.0),
        )
        for speaker, row in counts.items()
    }
    totals = [scoring.BinTotal(index, int(n), forecast, outcome) for index, (n, forecast, outcome) in bins.items()]
    return tallies, scoring.calibration_from_totals(totals)


def assert_records_match_scoring() -> None:
    speaker_ids = list(Speaker.objects.values_list("pk", flat=True))
    scopes = [Scope(), Scope(topic="topic-a"), *(Scope(horizon=name) for name in HORIZONS)]
    for scope in [*scopes, *(Scope(scope.topic, scope.horizon, include_late=True) for scope in scopes)]:
        expected, calibration = expected_from_raw_rows(scope)
        kept = scope_tallies(scope, TODAY, speaker_ids)
        assert kept.keys() == expected.keys(), scope
        for speaker, tally in kept.items():
            assert _same(tally, expected[speaker]), (scope, speaker, tally, expected[speaker])
            record, by_the_book = scoring.track_record(tally), scoring.track_record(expected[speaker])
            assert record.hit_rate == by_the_book.hit_rate and record.interval == by_the_book.interval
            assert record.brier == pytest.approx(by_the_book.brier)
        assert _bins(scope_calibration(scope)) == pytest.approx(_bins(calibration)), scope


def _same(kept: scoring.Tally, expected: scoring.Tally) -> bool:
    fields = [name for name in scoring.Tally.__dataclass_fields__ if name != "brier_sum"]
    same_counts = all(getattr(kept, name) == getattr(expected, name) for name in fields)
    return same_counts and kept.brier_sum == pytest.approx(expected.brier_sum)


def _bins(bins: list[scoring.CalibrationBin]) -> list[float]:
    return [number for item in bins for number in (item.index, item.count, item.mean_forecast, item.observed)]


class KeptTalliesEqualARecount(TestCase):
    """Random sequences of writes through the services (each example rolled back)."""

    speakers: list[Speaker]
    topics: list[Topic]
    source: Source
    reviewers: list[User]

    @classmethod
    def setUpTestData(cls) -> None:
        cls.speakers = [SpeakerFactory.create(slug="speaker-a"), SpeakerFactory.create(slug="speaker-b")]
        cls.topics = [TopicFactory.create(slug="topic-a"), TopicFactory.create(slug="topic-b")]
        cls.source = SourceFactory.create(text=SOURCE_TEXT)
        cls.reviewers = [ReviewerFactory.create(), ReviewerFactory.create()]

    def _write(self, step: tuple[Any, ...], made: list[Prediction]) -> None:
        kind = step[0]
        if kind == "record":
            _kind, speaker, topics, probability, public, span = step
            made_on = datetime.date(2024, 1, 1)  # recorded now: late when judged before now
            made.append(
                services.prediction_record(
                    by=None,
                    topics=[self.topics[index] for index in topics],
                    speaker=self.speakers[speaker],
                    source=self.source,
                    slug=f"p-{uuid.uuid4().hex[:12]}",
                    quote=QUOTE,
                    quote_language="en",
                    translation="-",
                    claim="Cars.",
                    made_on=made_on,
                    resolve_on=made_on + datetime.timedelta(days=span),
                    resolution_criteria="ACEA.",
                    implied_probability=probability,
                    is_public=public,
                )
            )
            return
        if not made:
            return
        prediction = Prediction.objects.get(pk=made[step[1] % len(made)].pk)
        if kind == "edit":
            self._edit(prediction, *step[2:])
        elif kind == "resolve":
            self._resolve(prediction, step[2])
        elif kind == "late":
            services.prediction_mark_recorded_late(prediction=prediction, by=self.reviewers[0], reason="Known by then.")
        elif prediction.final_resolution_id is None:  # a judged prediction cannot be deleted (PROTECT)
            pk = prediction.pk
            services.record_delete(instance=prediction, by=None, reason="Test")
            made[:] = [item for item in made if item.pk != pk]

    def _edit(self, prediction: Prediction, field: str, number: int, probability: float | None) -> None:
        changes: dict[str, Any] = {}
        topics = None
        if field == "speaker":
            changes["speaker"] = self.speakers[number % 2]
        elif field == "topics":
            topics = [topic for index, topic in enumerate(self.topics) if number & (1 << index)]
        elif field == "probability":
            changes["implied_probability"] = probability
        elif field == "public":
            changes["is_public"] = not prediction.is_public
        elif field == "said_on":
            changes["made_on"] = prediction.resolve_on - datetime.timedelta(days=number)
        else:
            changes["claim"] = f"Cars {number}."
        with contextlib.suppress(PredictionLocked):  # judged: only a supersede changes it
            services.prediction_update(prediction=prediction, by=None, reason="Test", changes=changes, topics=topics)

    def _resolve(self, prediction: Prediction, outcome: str) -> None:
        first, second = self.reviewers
        if prediction.made_on > TODAY:
            return  # said after the day the evidence describes: no verdict yet
        evidence = [services.EvidenceInput(url="https://example.org", title="Report", accessed_on=TODAY)]
        judgement: dict[str, Any] = {
            "outcome": outcome, "rationale": "Judged.", "as_of": TODAY, "evidence": evidence, "by": first,
        }  # fmt: skip
        if services.is_early(prediction):  # before its resolve-on date a verdict needs a published reason
            judgement["early_reason"] = "The event already happened."
        if prediction.final_resolution_id is None:
            proposal = services.resolution_propose(prediction=prediction, **judgement)
        else:
            final = prediction.final_resolution
            assert final is not None
            proposal = services.resolution_supersede(resolution=final, reason="New evidence.", **judgement)
        services.resolution_confirm(resolution=proposal, by=second)

    # No shrinking: each example is a dozen transactions, and shrinking took minutes;
    # a failure prints its whole sequence of writes, short enough to read.
    @settings(
        max_examples=30,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow],
        phases=[Phase.explicit, Phase.reuse, Phase.generate],
    )
    @given(writes=WRITES)
    def test_after_any_writes_the_kept_tallies_equal_a_recount_and_score_as_the_raw_rows(self, writes) -> None:
        made: list[Prediction] = []
        for step in writes:
            self._write(step, made)
            kept = kept_rows()
            assert_records_match_scoring()
            tallies_recount()
            assert_same_rows(kept, kept_rows())


@pytest.mark.django_db
def test_recount_tallies_is_idempotent_and_says_what_it_did(capsys) -> None:
    speaker = SpeakerFactory.create()
    for index in range(3):
        services.prediction_record(
            by=None, speaker=speaker, source=SourceFactory.create(), slug=f"p-{index}", quote=QUOTE,
            quote_language="en", translation="-", claim="Cars.", made_on=datetime.date(2020, 1, 1),
            resolve_on=datetime.date(2030, 1, 1), resolution_criteria="ACEA.", implied_probability=0.5,
        )  # fmt: skip
    KeptTally.objects.update(total=99)  # drifted, e.g. rows written around the services

    call_command("recount_tallies")
    first = kept_rows()
    call_command("recount_tallies")

    assert kept_rows() == first
    assert first[("KeptTally", speaker.pk, None, "", False, None)]["total"] == 3
    assert "Recounted 3 public predictions" in capsys.readouterr().out


@pytest.mark.django_db(transaction=True, serialized_rollback=True)  # keeps the migrations' groups
def test_two_transactions_moving_one_speaker_lose_no_update() -> None:
    """Two real connections: the second UPDATE waits for the first to commit, then adds to it."""
    speaker = SpeakerFactory.create()
    state = TallyState(
        speaker_id=speaker.pk, topic_ids=frozenset(), horizon="short", late=False, outcome="correct", probability=0.9
    )
    both_in = threading.Barrier(2)
    errors: list[BaseException] = []

    def first() -> None:
        try:
            with transaction.atomic():
                tally_move(before=None, after=state)
                both_in.wait()
                time.sleep(0.3)  # the second writer is blocked on the row meanwhile
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)
        finally:
            connection.close()

    def second() -> None:
        try:
            both_in.wait()
            with transaction.atomic():
                tally_move(before=None, after=state)
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert errors == []
    row = KeptTally.objects.get(speaker=speaker, topic=None, horizon="", late=False)
    assert (row.total, row.correct, row.brier_count) == (2, 2, 2)
    assert row.brier_sum == pytest.approx(2 * 0.01)


@pytest.mark.django_db
def test_a_deleted_topic_takes_its_tally_rows_with_it() -> None:
    speaker, topic = SpeakerFactory.create(), TopicFactory.create()
    services.prediction_record(
        by=None, topics=[topic], speaker=speaker, source=SourceFactory.create(), slug="p", quote=QUOTE,
        quote_language="en", translation="-", claim="Cars.", made_on=datetime.date(2020, 1, 1),
        resolve_on=datetime.date(2030, 1, 1), resolution_criteria="ACEA.",
    )  # fmt: skip
    assert KeptTally.objects.filter(topic=topic).exists()

    services.record_delete(instance=Topic.objects.get(pk=topic.pk), by=None, reason="Merged")

    kept = kept_rows()
    tallies_recount()
    assert_same_rows(kept, kept_rows())
