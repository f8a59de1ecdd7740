"""Speakers (with their track records), sources and the scoreboard."""

from __future__ import annotations

from typing import Any

from django.http import HttpResponse
from django.utils import timezone
from drf_spectacular.utils import OpenApiParameter
from rest_framework.request import Request

from predictions import services
from predictions.api import base
from predictions.api.base import ApiError, ApiView, api_base, json_response
from predictions.api.schema import (
    ScoreboardDoc,
    SourceDoc,
    SourcePageDoc,
    SpeakerDetailDoc,
    SpeakerPageDoc,
)
from predictions.api.serializers import SourceCreateSerializer
from predictions.api.track_record import calibration_body, record_body
from predictions.intake.documents import DocumentError, source_text_from_file
from predictions.models import Source, Speaker
from predictions.scoring import TrackRecord
from predictions.selectors import scoreboard
from predictions.selectors.predictions import source_rows, speaker_by_slug, speakers_by
from predictions.selectors.track_records import records_by_speaker, speaker_scores

INCLUDE_LATE = OpenApiParameter(
    "include_late",
    bool,
    description="Count verdicts on predictions recorded late (on or after their resolve-on date, or marked by a "
    "reviewer) in the scores too. By default they are left out and counted in `late_left_out`.",
)


def late_aware_schema(operation_id: str, summary: str, answer: Any) -> Any:
    """The OpenAPI of a read whose numbers leave out predictions recorded late unless ``include_late``."""
    return base.operation_schema(operation_id, summary, answer, parameters=[INCLUDE_LATE])


def include_late_param(request: Request, *allowed: str) -> bool:
    params = base.clean_params(request.GET, ("include_late", *allowed))
    return base.parse_flag(params, "include_late")


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


class SpeakerListView(ApiView):
    @base.list_schema(
        operation_id="speakers_list", summary="Speakers with their track records, by slug", page=SpeakerPageDoc
    )
    def get(self, request: Request) -> HttpResponse:
        def results(rows: list[tuple[int, str]]) -> list[dict[str, Any]]:
            ids = [row[0] for row in rows]
            speakers = speakers_by(ids)
            records = records_by_speaker(ids, timezone.localdate())
            return [speaker_body(speakers[pk], records[pk]) for pk in ids]

        speakers = Speaker.objects.values_list("id", "slug")
        return base.paginated_response(request, speakers, ordering="slug", value_type=str, key_index=1, results=results)


class SpeakerDetailView(ApiView):
    @late_aware_schema(
        "speakers_retrieve", "A speaker and their track record (the speaker page's numbers)", SpeakerDetailDoc
    )
    def get(self, request: Request, slug: str) -> HttpResponse:
        include_late = include_late_param(request)
        speaker = speaker_by_slug(slug)
        if speaker is None:
            raise ApiError(code="not_found", message="No speaker with this slug.", status_code=404)
        scores = speaker_scores(speaker, include_late=include_late)
        return json_response(
            {**speaker_body(speaker, scores.record), "calibration": calibration_body(scores.calibration)}
        )


class SourceListView(ApiView):
    required_scopes = {"POST": "write"}

    @base.list_schema(operation_id="sources_list", summary="Sources, by id", page=SourcePageDoc)
    def get(self, request: Request) -> HttpResponse:
        def results(rows: list[tuple[int]]) -> list[dict[str, Any]]:
            by_id = {row["id"]: row for row in source_rows([row[0] for row in rows])}
            return [source_body(by_id[row[0]]) for row in rows]

        return base.paginated_response(request, Source.objects.values_list("id"), ordering="id", results=results)

    @base.operation_schema(
        "sources_create",
        "Add a source with its text (scope: write)",
        SourceDoc,
        description="The text is kept verbatim with its sha256: send it in `text`, or send a web page in "
        "`html` and its article text is extracted. Then read the forecasts found in it: "
        "GET /api/v1/sources/{id}/forecast-candidates/.",
        request=SourceCreateSerializer,
        status=201,
        error_codes=base.WRITE_ERRORS,
    )
    def post(self, request: Request) -> HttpResponse:
        serializer = SourceCreateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = dict(serializer.validated_data)
        html = data.pop("html", None)
        if html is not None:
            try:
                data["text"] = source_text_from_file("page.html", html.encode("utf-8", "surrogatepass"))
            except DocumentError as error:
                raise base.bad_request(str(error), field="html") from None
        source = services.reference_save(instance=Source(**data), by=request.user, reason="Added through the API")
        body = source_body(source_rows([source.pk])[0])
        return json_response(body, status=201, headers={"Location": body["api_url"]})


class SourceDetailView(ApiView):
    @base.operation_schema("sources_retrieve", "A source", SourceDoc)
    def get(self, request: Request, pk: int) -> HttpResponse:
        row = next(iter(source_rows([pk])), None)
        if row is None:
            raise ApiError(code="not_found", message="No source with this id.", status_code=404)
        return json_response(source_body(row))


class ScoreboardView(ApiView):
    @late_aware_schema(
        "scoreboard_retrieve",
        "The numbers behind the public scoreboard: the site's record, the speakers', calibration",
        ScoreboardDoc,
    )
    def get(self, request: Request) -> HttpResponse:
        include_late = include_late_param(request)
        today = timezone.localdate()
        board = scoreboard.scoreboard(scoreboard.Scope(include_late=include_late), today=today)
        speakers = speakers_by([row.slug for row in board.speakers], field="slug")
        return json_response(
            {
                "as_of": today,
                "include_late": include_late,
                "totals": record_body(board.record),
                "speakers": [speaker_body(speakers[row.slug], row.record) for row in board.speakers],
                "speaker_count": board.speaker_count,
                "calibration": calibration_body(board.calibration),
            }
        )
