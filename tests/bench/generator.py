"""Realistic ledgers of any size, fast, for benchmarks (PostgreSQL only): ``manage.py generate_ledger``.

This is benchmark tooling, kept with the benchmarks and out of the apps; the
command (``tracker``'s, since it also writes reminder history) imports it from
a checkout of the repository.

Rows are streamed to PostgreSQL with ``COPY`` in one transaction: speakers,
sources whose inline text really contains the quotes (anchors are exact, so
``manage.py check`` passes on a generated ledger), predictions in six
languages, final resolutions with evidence and confirmations. The same seed
gives the same ledger. Generated rows skip the services and their audit
history on purpose: they are load, not records anyone wrote.

Shape of the data, relative to ``today``:
- ``resolved_share`` of the predictions are resolved (dates in the past);
- exactly ``due`` predictions are due and unresolved (resolve_on within the
  last 60 days), so they owe reminders;
- the rest are open, resolving 30 days to 10 years from now (no reminder owed).
"""

from __future__ import annotations

import datetime
import hashlib
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection, transaction
from django.utils import timezone

PREDICTIONS_PER_SOURCE = 40
OUTCOMES = ["correct", "correct", "incorrect", "partly_correct", "unresolvable"]
TOPICS = [
    ("artificial-intelligence", "Artificial intelligence", "人工智能"),
    ("large-language-models", "Large language models", "大语言模型"),
    ("energy", "Energy", "能源"),
    ("economy", "Economy", "经济"),
    ("elections", "Elections", "选举"),
    ("space", "Space", "航天"),
    ("health", "Health", "健康"),
    ("climate", "Climate", "气候"),
]
SUBJECTS = ["electric cars", "open-weight models", "solar farms", "rocket launches", "quantum computers", "robotaxis"]
# Per language: a sentence pattern and the six subjects in that language.
PHRASES: dict[str, tuple[str, list[str]]] = {
    "en": ("By {year} the number of {subject} will double ({n}).", SUBJECTS),
    "zh-Hans": (
        "到{year}年,{subject}的数量将翻一番({n})。",
        ["电动汽车", "开源模型", "太阳能电站", "火箭发射", "量子计算机", "无人出租车"],
    ),
    "de": (
        "Bis {year} wird sich die Zahl der {subject} verdoppeln ({n}).",
        ["E-Autos", "offenen Modelle", "Solarparks", "Raketenstarts", "Quantencomputer", "Robotaxis"],
    ),
    "fr": (
        "D'ici {year}, le nombre de {subject} doublera ({n}).",
        [
            "voitures électriques",
            "modèles ouverts",
            "parcs solaires",
            "lancements",
            "ordinateurs quantiques",
            "robotaxis",
        ],
    ),
    "es": (
        "Para {year} se duplicará el número de {subject} ({n}).",
        [
            "coches eléctricos",
            "modelos abiertos",
            "parques solares",
            "lanzamientos",
            "ordenadores cuánticos",
            "robotaxis",
        ],
    ),
    "ja": (
        "{year}年までに{subject}の数は倍増する({n})。",
        ["電気自動車", "オープンモデル", "太陽光発電所", "ロケット打ち上げ", "量子計算機", "無人タクシー"],
    ),
}


def _quote(language: str, year: int, n: int) -> str:
    pattern, subjects = PHRASES[language]
    return pattern.format(year=year, subject=subjects[n % len(subjects)], n=n)


LANGUAGES = list(PHRASES)


@dataclass(frozen=True)
class GeneratedCounts:
    speakers: int
    sources: int
    predictions: int
    resolved: int
    due: int
    first_prediction_id: int
    resolved_prediction_ids: list[int]
    resolved_on: list[datetime.date]


def next_id(table: str) -> int:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT COALESCE(MAX(id), 0) + 1 FROM {table}")  # noqa: S608 - table names are ours
        return int(cursor.fetchone()[0])


def copy_rows(table: str, columns: list[str], rows: Iterator[tuple[Any, ...]]) -> int:
    """COPY ``rows`` into ``table``; columns they do not name (added by later issues) take their model's default."""
    from django.apps import apps

    model = next(m for m in apps.get_models(include_auto_created=True) if m._meta.db_table == table)
    defaults = [
        (str(field.column), field.get_default())
        for field in model._meta.concrete_fields
        if field.column not in columns and not field.null and not field.primary_key
    ]
    extra = tuple(value for _, value in defaults)
    count = 0
    statement = f"COPY {table} ({', '.join([*columns, *(column for column, _ in defaults)])}) FROM STDIN"
    with connection.cursor() as cursor, cursor.copy(statement) as copy:
        for row in rows:
            copy.write_row((*row, *extra))
            count += 1
    return count


def reset_sequence(table: str) -> None:
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT COALESCE(MAX(id), 1) FROM {table}))"  # noqa: S608
        )


def _ensure_topics() -> list[int]:
    from predictions.models import Topic

    ids = []
    for slug, name, name_zh in TOPICS:
        topic, _ = Topic.objects.get_or_create(slug=slug, defaults={"name": name, "name_zh": name_zh})
        ids.append(topic.pk)
    return ids


def bench_reviewers() -> tuple[int, int]:
    """Two reviewers (in the Reviewers group) who resolved the generated ledger."""
    user_model = get_user_model()
    group = Group.objects.get(name=settings.HINDSIGHT_REVIEWERS_GROUP)
    reviewers = []
    for username in ("bench-proposer", "bench-confirmer"):
        user, _ = user_model.objects.get_or_create(
            username=username, defaults={"is_staff": True, "email": f"{username}@reviewers.invalid"}
        )
        user.groups.add(group)
        reviewers.append(user.pk)
    return reviewers[0], reviewers[1]


@transaction.atomic
def generate_ledger(
    *,
    speakers: int,
    predictions: int,
    resolved_share: float,
    due: int,
    seed: int = 1,
    today: datetime.date | None = None,
    progress: Callable[[str], None] = lambda message: None,
) -> GeneratedCounts:
    """Add a generated ledger to the database. Steps:

    1. plan every prediction (language, dates, resolved or due or open) from the seed;
    2. COPY speakers, then sources with text built from their quotes;
    3. COPY predictions (pointing at resolution ids decided in step 1: the
       foreign keys are deferred, so both sides go in one transaction) and topics;
    4. COPY resolutions, confirmations and evidence; reset the id sequences.
    """
    if connection.vendor != "postgresql":
        raise RuntimeError("generate_ledger writes with PostgreSQL's COPY; point DATABASE_URL at PostgreSQL.")
    if due > predictions:
        raise ValueError("--due cannot exceed --predictions")
    rng = random.Random(seed)
    today = today or timezone.localdate()
    now = timezone.now()
    resolved_count = min(predictions - due, round(predictions * resolved_share))
    topic_ids = _ensure_topics()
    proposer_id, confirmer_id = bench_reviewers()

    speaker_base, source_base = next_id("predictions_speaker"), next_id("predictions_source")
    prediction_base, resolution_base = next_id("predictions_prediction"), next_id("predictions_resolution")
    run = f"g{seed}-{speaker_base}"  # keeps slugs unique when generating twice

    progress(f"speakers: {speakers}")
    copy_rows(
        "predictions_speaker",
        ["id", "name", "name_original", "slug", "role", "link", "created_at", "updated_at"],
        (
            (speaker_base + i, f"Speaker {run}-{i}", "", f"speaker-{run}-{i}", "Forecaster", "", now, now)
            for i in range(speakers)
        ),
    )

    # Plan: kind 0 = resolved, 1 = due, 2 = open; shuffled so every speaker has a mix.
    kinds = [0] * resolved_count + [1] * due + [2] * (predictions - resolved_count - due)
    rng.shuffle(kinds)
    plans = []
    for index, kind in enumerate(kinds):
        if kind == 0:
            made_on = today - datetime.timedelta(days=rng.randint(400, 4000))
            resolve_on = made_on + datetime.timedelta(days=rng.randint(30, 360))
        elif kind == 1:
            resolve_on = today - datetime.timedelta(days=rng.randint(0, 60))
            made_on = resolve_on - datetime.timedelta(days=rng.randint(30, 2000))
        else:
            made_on = today - datetime.timedelta(days=rng.randint(0, 2000))
            resolve_on = today + datetime.timedelta(days=rng.randint(30, 3650))
        language = LANGUAGES[index % len(LANGUAGES)]
        probability = None if index % 5 == 0 else round(rng.uniform(0.5, 0.97), 2)
        plans.append((kind, made_on, resolve_on, language, probability, _quote(language, resolve_on.year, index)))

    # Sources: consecutive predictions share one; the text is their quotes joined.
    source_count = max(1, -(-predictions // PREDICTIONS_PER_SOURCE))
    anchors: list[tuple[int, int, int]] = []  # (source id, start, end) per prediction

    def source_rows() -> Iterator[tuple[Any, ...]]:
        for number in range(source_count):
            chunk = plans[number * PREDICTIONS_PER_SOURCE : (number + 1) * PREDICTIONS_PER_SOURCE]
            parts, position = [], 0
            for plan in chunk:
                quote = plan[5]
                anchors.append((source_base + number, position, position + len(quote)))
                parts.append(quote)
                position += len(quote) + 1
            text = " ".join(parts)
            yield (
                source_base + number,
                f"source-{run}-{number}",
                f"Generated interview {number}",
                "",
                "",
                "",
                "",
                chunk[0][3],
                None,
                "",
                "",
                None,
                "",
                text,
                hashlib.sha256(text.encode()).hexdigest(),
                "Generated for benchmarks.",
                now,
                now,
            )

    progress(f"sources: {source_count}")
    copy_rows(
        "predictions_source",
        [
            "id", "slug", "title", "title_original", "outlet", "url", "archived_url", "language",
            "published_on", "event_name", "event_place", "event_date", "text_file", "text",
            "text_sha256", "provenance_note", "created_at", "updated_at",
        ],
        source_rows(),
    )  # fmt: skip

    resolution_ids: dict[int, int] = {}
    for index, plan in enumerate(plans):
        if plan[0] == 0:
            resolution_ids[index] = resolution_base + len(resolution_ids)

    def prediction_rows() -> Iterator[tuple[Any, ...]]:
        for index, (_kind, made_on, resolve_on, language, probability, quote) in enumerate(plans):
            source_id, start, end = anchors[index]
            yield (
                prediction_base + index, speaker_base + rng.randrange(speakers), source_id, f"p-{index}",
                quote, language, start, end, f"(translation) {quote}",
                f"The number of {SUBJECTS[index % 6]} doubles by {resolve_on.year} (#{index}).", "",
                made_on, f"by {resolve_on.year}", "Stated year, judged on 31 December.", resolve_on,
                "Correct if the official statistics for the year show at least twice the starting count.", "",
                "" if probability is None else "stated with confidence", probability, True,
                resolution_ids.get(index), 1, now, now,  # recorded on the day it was said: on time, scored
                datetime.datetime.combine(made_on, datetime.time(12), tzinfo=datetime.UTC),
            )  # fmt: skip

    progress(f"predictions: {predictions} ({resolved_count} resolved, {due} due)")
    copy_rows(
        "predictions_prediction",
        [
            "id", "speaker_id", "source_id", "slug", "quote", "quote_language", "quote_start", "quote_end",
            "translation", "claim", "claim_zh", "made_on", "horizon", "horizon_rule", "resolve_on",
            "resolution_criteria", "resolution_criteria_zh", "stated_confidence", "implied_probability",
            "is_public", "final_resolution_id", "version", "created_at", "updated_at", "recorded_at",
        ],
        prediction_rows(),
    )  # fmt: skip
    copy_rows(
        "predictions_prediction_topics",
        ["prediction_id", "topic_id"],
        ((prediction_base + index, topic_ids[index % len(topic_ids)]) for index in range(predictions)),
    )

    progress(f"resolutions, confirmations and evidence: {resolved_count}")
    copy_rows(
        "predictions_resolution",
        [
            "id", "prediction_id", "outcome", "rationale", "as_of", "state", "proposed_by_id", "proposed_at",
            "confirmed_by_id", "confirmed_at", "rejection_reason", "supersede_reason",
        ],
        (
            (resolution_id, prediction_base + index, OUTCOMES[index % len(OUTCOMES)], "Checked against the statistics.",
             plans[index][2], "final", proposer_id, now, confirmer_id, now, "", "")
            for index, resolution_id in resolution_ids.items()
        ),
    )  # fmt: skip
    copy_rows(
        "predictions_resolutionconfirmation",
        ["resolution_id", "reviewer_id", "confirmed_at"],
        ((resolution_id, confirmer_id, now) for resolution_id in resolution_ids.values()),
    )
    copy_rows(
        "predictions_evidence",
        ["resolution_id", "url", "title", "publisher", "accessed_on", "excerpt", "archived_url"],
        (
            (resolution_id, f"https://stats.example.org/{resolution_id}", "Annual statistics", "Statistics office",
             today, "", "")
            for resolution_id in resolution_ids.values()
        ),
    )  # fmt: skip
    for table in (
        "predictions_speaker",
        "predictions_source",
        "predictions_prediction",
        "predictions_resolution",
        "predictions_resolutionconfirmation",
        "predictions_evidence",
        "predictions_prediction_topics",
    ):
        reset_sequence(table)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE predictions_prediction; ANALYZE predictions_resolution;")
    # COPY went around the services, which keep the scoreboard's tallies: count them as they would.
    from predictions.services.tallies import tallies_recount

    tallies_recount(progress)
    resolved_indexes = list(resolution_ids)
    return GeneratedCounts(
        speakers,
        source_count,
        predictions,
        resolved_count,
        due,
        first_prediction_id=prediction_base,
        resolved_prediction_ids=[prediction_base + index for index in resolved_indexes],
        resolved_on=[plans[index][2] for index in resolved_indexes],
    )


@transaction.atomic
def generate_ledger_with_reminders(**ledger: Any) -> tuple[GeneratedCounts, int]:
    """The ledger (``generate_ledger``, with the same keyword arguments) plus the
    reminder history of its resolved predictions: each was reminded on its
    resolve-on date, one recorded "due" round and one sent reminder per bench
    reviewer, as a sweep would have left them, so the sweep works among realistic
    tables. Returns the counts and the number of reminder rows written."""
    counts = generate_ledger(**ledger)
    progress: Callable[[str], None] = ledger.get("progress") or (lambda message: None)
    reviewers = get_user_model().objects.filter(pk__in=bench_reviewers()).values_list("pk", "email")
    now = timezone.now()
    progress(f"reminder history: {counts.resolved} rounds, {counts.resolved * len(reviewers)} reminders")

    def noon(day: datetime.date) -> datetime.datetime:
        return datetime.datetime.combine(day, datetime.time(12), tzinfo=datetime.UTC)

    history = list(zip(counts.resolved_prediction_ids, counts.resolved_on, strict=True))
    copy_rows(
        "tracker_reminderround",
        ["prediction_id", "stage", "round", "reminded", "announced", "recorded_at"],
        ((prediction_id, "due", 0, True, True, noon(day)) for prediction_id, day in history),
    )
    written = copy_rows(
        "tracker_reminder",
        ["prediction_id", "stage", "round", "recipient_id", "email", "language", "escalation", "state", "attempts",
         "next_attempt_at", "sent_at", "last_error", "created_at"],
        (
            (prediction_id, "due", 0, user_id, email, "en", False, "sent", 1, noon(day), noon(day), "", now)
            for prediction_id, day in history
            for user_id, email in reviewers
        ),
    )  # fmt: skip
    for table in ("tracker_reminderround", "tracker_reminder"):
        reset_sequence(table)
    return counts, written
