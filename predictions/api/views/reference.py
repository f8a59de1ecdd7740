"""Speakers (with their track records), sources and the scoreboard."""

from __future__ import annotations

from typing import Any

from django.db.models import Count, Q
from django.http import HttpResponse
from django.utils import timezone
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework.request import Request

from predictions.api import filters
from predictions.api.base.errors import ApiError
from predictions.api.base.pagination import Ordering, decode_cursor, page_link, paginate
from predictions.api.base.views import ApiView, json_response
from predictions.api.representations import api_base
from predictions.api.schema import (
    READ_ERRORS,
    ScoreboardDoc,
    SourceDoc,
    SourcePageDoc,
    SpeakerDetailDoc,
    SpeakerPageDoc,
    errors,
)
from predictions.api.track_record import calibration_body, record_body, records_by_speaker
from predictions.api.views.predictions import PAGINATION_PARAMETERS
from predictions.models import Source, Speaker
from predictions.scoring import TrackRecord
from predictions.selectors import scoreboard

SPEAKER_FIELDS = ("id", "slug", "name", "name_original", "role", "link")
SOURCE_FIELDS = (
    "id",
    "slug",
    "title",
    "title_original",
    "outlet",
    "url",
    "archived_url",
    "language",
    "published_on",
    "event_name",
    "event_place",
    "event_date",
    "provenance_note",
)


def speaker_body(speaker: Any, record: TrackRecord) -> dict[str, Any]:
    base = api_base()
    return {
        "slug": speaker.slug,
        "name": speaker.name,
        "name_original": speaker.name_original,
        "role": speaker.role,
        "link": speaker.link,
        "url": f"{base}speakers/{speaker.slug}/",
        "predictions_url": f"{base}predictions/?speaker={speaker.slug}",
        "track_record": record_body(record),
    }


def source_body(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": row["id"],
        "slug": row["slug"],
        "title": row["title"],
        "title_original": row["title_original"],
        "outlet": row["outlet"],
        "url": row["url"],
        "archived_url": row["archived_url"],
        "language": row["language"],
        "published_on": row["published_on"],
        "event": (
            {"name": row["event_name"], "place": row["event_place"], "date": row["event_date"]}
            if row["event_name"]
            else None
        ),
        "provenance_note": row["provenance_note"],
        "predictions_count": row["predictions_count"],
        "api_url": f"{api_base()}sources/{row['id']}/",
    }


def _public_count() -> Count:
    return Count("predictions", filter=Q(predictions__is_public=True))


class SpeakerListView(ApiView):
    @extend_schema(
        operation_id="speakers_list",
        summary="Speakers with their track records, by slug",
        parameters=PAGINATION_PARAMETERS,
        responses={200: OpenApiResponse(SpeakerPageDoc), **errors(*READ_ERRORS)},
    )
    def get(self, request: Request) -> HttpResponse:
        params = filters.clean_params(request.GET, filters.PAGINATION_PARAMS)
        ordering = Ordering.parse("slug", value_type=str)
        cursor = decode_cursor(params["cursor"], ordering) if "cursor" in params else None
        page = paginate(
            Speaker.objects.values_list("id", "slug"),
            ordering=ordering,
            cursor=cursor,
            page_size=filters.parse_page_size(params),
            key_index=1,
        )
        ids = [row[0] for row in page.rows]
        speakers = Speaker.objects.in_bulk(ids)
        records = records_by_speaker(ids, timezone.localdate())
        return json_response(
            {
                "next": page_link(request.path, params, page.next_cursor),
                "previous": page_link(request.path, params, page.previous_cursor),
                "results": [speaker_body(speakers[pk], records[pk]) for pk in ids],
            }
        )


class SpeakerDetailView(ApiView):
    @extend_schema(
        operation_id="speakers_retrieve",
        summary="A speaker and their track record (the speaker page's numbers)",
        responses={200: OpenApiResponse(SpeakerDetailDoc), **errors(*READ_ERRORS)},
    )
    def get(self, request: Request, slug: str) -> HttpResponse:
        speaker = Speaker.objects.filter(slug=slug).first()
        if speaker is None:
            raise ApiError(code="not_found", message="No speaker with this slug.", status_code=404)
        scores = scoreboard.speaker_scores(speaker)
        return json_response(
            {**speaker_body(speaker, scores.record), "calibration": calibration_body(scores.calibration)}
        )


class SourceListView(ApiView):
    @extend_schema(
        operation_id="sources_list",
        summary="Sources, by id",
        parameters=PAGINATION_PARAMETERS,
        responses={200: OpenApiResponse(SourcePageDoc), **errors(*READ_ERRORS)},
    )
    def get(self, request: Request) -> HttpResponse:
        params = filters.clean_params(request.GET, filters.PAGINATION_PARAMS)
        ordering = Ordering.parse("id")
        cursor = decode_cursor(params["cursor"], ordering) if "cursor" in params else None
        page = paginate(
            Source.objects.values_list("id"),
            ordering=ordering,
            cursor=cursor,
            page_size=filters.parse_page_size(params),
            key_index=None,
        )
        rows = Source.objects.filter(pk__in=[row[0] for row in page.rows]).annotate(predictions_count=_public_count())
        by_id = {row["id"]: row for row in rows.values(*SOURCE_FIELDS, "predictions_count")}
        return json_response(
            {
                "next": page_link(request.path, params, page.next_cursor),
                "previous": page_link(request.path, params, page.previous_cursor),
                "results": [source_body(by_id[row[0]]) for row in page.rows],
            }
        )


class SourceDetailView(ApiView):
    @extend_schema(
        operation_id="sources_retrieve",
        summary="A source",
        responses={200: OpenApiResponse(SourceDoc), **errors(*READ_ERRORS)},
    )
    def get(self, request: Request, pk: int) -> HttpResponse:
        row = (
            Source.objects.filter(pk=pk)
            .annotate(predictions_count=_public_count())
            .values(*SOURCE_FIELDS, "predictions_count")
            .first()
        )
        if row is None:
            raise ApiError(code="not_found", message="No source with this id.", status_code=404)
        return json_response(source_body(row))


class ScoreboardView(ApiView):
    @extend_schema(
        operation_id="scoreboard_retrieve",
        summary="The numbers behind the public scoreboard: the site's record, the speakers', calibration",
        responses={200: OpenApiResponse(ScoreboardDoc), **errors(*READ_ERRORS)},
    )
    def get(self, request: Request) -> HttpResponse:
        filters.clean_params(request.GET, ())
        today = timezone.localdate()
        board = scoreboard.scoreboard(today=today)
        speakers = Speaker.objects.in_bulk([row.slug for row in board.speakers], field_name="slug")
        return json_response(
            {
                "as_of": today,
                "totals": record_body(board.record),
                "speakers": [speaker_body(speakers[row.slug], row.record) for row in board.speakers],
                "speaker_count": board.speaker_count,
                "calibration": calibration_body(board.calibration),
            }
        )
