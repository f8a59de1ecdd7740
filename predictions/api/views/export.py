"""``predictions/export.csv`` (or ``?format=json``): the whole public ledger, streamed.

CSV cells that a spreadsheet would run as a formula are neutralised (``_csv_value``).

Rows are read in id order, a chunk at a time (keyset on id, one query a
chunk on PostgreSQL), and written out as they come, so memory stays flat however large the
ledger grows and the first bytes leave at once.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from typing import Any

import orjson
from django.http import StreamingHttpResponse
from django.utils import timezone
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, OpenApiTypes, extend_schema
from rest_framework.request import Request

from predictions.api.base import READ_ERRORS, ApiView, clean_params, errors, parse_choice
from predictions.api.base.views import JSON_OPTIONS
from predictions.api.representations import build_predictions
from predictions.api.schema import PredictionDoc
from predictions.selectors.keyset import Cursor, Ordering
from predictions.selectors.prediction_rows import PredictionFilters, page_rows

CHUNK = 500
CSV_COLUMNS = (
    "id",
    "url",
    "speaker_slug",
    "speaker_name",
    "speaker_name_original",
    "source_id",
    "source_title",
    "source_url",
    "quote",
    "quote_language",
    "quote_kind",
    "spoken_language",
    "hedges",
    "translation",
    "claim",
    "claim_zh",
    "made_on",
    "recorded_at",
    "recorded_late",
    "late_evidence_reason",
    "horizon",
    "resolve_on",
    "resolution_criteria",
    "resolution_criteria_zh",
    "stated_confidence",
    "implied_probability",
    "topics",
    "status",
    "is_overdue",
    "outcome",
    "resolved_at",
    "created_at",
    "updated_at",
)


def _chunks(*, parsed: bool) -> Iterator[list[dict[str, Any]]]:
    today = timezone.localdate()
    last_id = 0
    everything = PredictionFilters(today=today)
    by_id = Ordering.parse("id")
    while True:
        rows = page_rows(filters=everything, ordering=by_id, cursor=Cursor(None, last_id, False), limit=CHUNK)
        if not rows:
            return
        last_id = rows[-1].id
        yield build_predictions(rows, parsed=parsed)


# OWASP "CSV injection": spreadsheets run a cell that starts with one of these
# as a formula (=HYPERLINK(... &A2) leaks the sheet). A leading apostrophe makes
# it text; the JSON export stays verbatim.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def _csv_value(value: Any) -> Any:
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


def _csv_row(item: dict[str, Any]) -> list[Any]:
    resolution = item["resolution"] or {}
    flat = {
        **item,
        "speaker_slug": item["speaker"]["slug"],
        "speaker_name": item["speaker"]["name"],
        "speaker_name_original": item["speaker"]["name_original"],
        "source_id": item["source"]["id"],
        "source_title": item["source"]["title"],
        "source_url": item["source"]["url"],
        "topics": ";".join(topic["slug"] for topic in item["topics"]),
        # Hedges as their quotes, one per line (offsets and translations are in the JSON export).
        "hedges": "\n".join(hedge["quote"] for hedge in item["hedges"]),
        "resolved_at": resolution.get("resolved_at"),
    }
    return [_csv_value(flat[column]) for column in CSV_COLUMNS]


class _Line:
    """A file-like object for csv.writer that hands back what is written."""

    def write(self, value: str) -> str:
        return value


def stream_csv() -> Iterator[str]:
    writer = csv.writer(_Line())
    yield writer.writerow(CSV_COLUMNS)
    for chunk in _chunks(parsed=True):
        for item in chunk:
            yield writer.writerow(_csv_row(item))


def stream_json() -> Iterator[bytes]:
    yield b"["
    first = True
    for chunk in _chunks(parsed=False):
        for item in chunk:
            yield (b"" if first else b",") + orjson.dumps(item, option=JSON_OPTIONS)
            first = False
    yield b"]"


class PredictionExportView(ApiView):
    @extend_schema(
        operation_id="predictions_export",
        summary="The whole public ledger for researchers, streamed (CSV, or JSON with ?format=json)",
        parameters=[
            OpenApiParameter(
                "format", OpenApiTypes.STR, OpenApiParameter.QUERY, enum=["csv", "json"], description="Default csv."
            )
        ],
        responses={
            (200, "text/csv"): OpenApiResponse(OpenApiTypes.STR, description="One row per prediction, with a header."),
            (200, "application/json"): OpenApiResponse(
                PredictionDoc(many=True), description="An array of predictions."
            ),
            **errors(*READ_ERRORS),
        },
    )
    def get(self, request: Request) -> StreamingHttpResponse:
        params = clean_params(request.GET, ("format",))
        export_format = parse_choice(params, "format", ("csv", "json")) or "csv"
        stamp = timezone.localdate().isoformat()
        if export_format == "json":
            response = StreamingHttpResponse(stream_json(), content_type="application/json")
            response["Content-Disposition"] = f'inline; filename="hindsight-predictions-{stamp}.json"'
        else:
            response = StreamingHttpResponse(stream_csv(), content_type="text/csv; charset=utf-8")
            response["Content-Disposition"] = f'attachment; filename="hindsight-predictions-{stamp}.csv"'
        return response
