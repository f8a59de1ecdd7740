"""``predictions/`` and ``predictions/{id}/``: the hot read paths and the writes.

Reads: a constant number of queries (rows, topics, evidence) and no model
instances (``representations``); the ETag is known after the first query, so
a 304 costs one. Writes go through ``services.prediction_record`` /
``prediction_update`` — the admin's own — with ``If-Match`` required on PATCH.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpResponse
from django.utils import timezone
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, OpenApiTypes, extend_schema
from rest_framework.request import Request

from predictions import services
from predictions.api import filters
from predictions.api.base import (
    PAGINATION_PARAMETERS,
    PAGINATION_PARAMS,
    READ_ERRORS,
    WRITE_ERRORS,
    ApiError,
    ApiView,
    api_base,
    clean_params,
    errors,
    json_response,
    not_modified_response,
    page_body,
    parse_choice,
    parse_page_size,
)
from predictions.api.base.pagination import Page, assemble_page, decode_cursor
from predictions.api.etags import detail_etag, expected_version, list_etag, not_modified
from predictions.api.representations import build_predictions
from predictions.api.schema import IF_MATCH, IF_NONE_MATCH, PredictionDoc, PredictionPageDoc, etag_header
from predictions.api.serializers import PredictionCreateSerializer, PredictionUpdateSerializer
from predictions.errors import PredictionLocked
from predictions.selectors import prediction_rows
from predictions.selectors.keyset import Cursor, Ordering
from predictions.selectors.predictions import find_public_prediction

LIST_PARAMS = (*filters.PREDICTION_FILTERS, *PAGINATION_PARAMS, "ordering")


def _str_param(name: str, description: str, enum: list[str] | None = None) -> OpenApiParameter:
    return OpenApiParameter(name, OpenApiTypes.STR, OpenApiParameter.QUERY, description=description, enum=enum)


def _date_param(name: str, description: str) -> OpenApiParameter:
    return OpenApiParameter(name, OpenApiTypes.DATE, OpenApiParameter.QUERY, description=description)


LIST_PARAMETERS = [
    _str_param("status", "open, due (overdue included), overdue or resolved.", list(filters.STATUS_VALUES)),
    _str_param(
        "outcome",
        "Outcome of the final resolution.",
        ["correct", "incorrect", "partly_correct", "unresolvable", "annulled"],
    ),
    _str_param("speaker", "Speaker slug (400 when unknown)."),
    _str_param("topic", "Topic slug (400 when unknown)."),
    _date_param("made_on_after", "Said on or after this date."),
    _date_param("made_on_before", "Said on or before this date."),
    _date_param("resolve_on_after", "Due on or after this date."),
    _date_param("resolve_on_before", "Due on or before this date."),
    _str_param("q", "Words in the claim, the quote or the translation (case-insensitive)."),
    _str_param("ordering", "Sort key (default resolve_on); ties broken by id.", list(filters.ORDERINGS)),
    *PAGINATION_PARAMETERS,
    IF_NONE_MATCH,
]
NOT_MODIFIED = {304: OpenApiResponse(description="Not modified (If-None-Match matched).")}


def _page(filters_: prediction_rows.PredictionFilters, ordering: Ordering, cursor: Cursor | None, size: int) -> Page:
    rows = prediction_rows.page_rows(filters=filters_, ordering=ordering, cursor=cursor, limit=size + 1)
    key_index = prediction_rows.KEY_INDEX[ordering.field or "id"]
    return assemble_page(rows, ordering=ordering, cursor=cursor, page_size=size, key_index=key_index)


def prediction_detail_body(pk: int) -> tuple[dict[str, Any], str] | None:
    """The JSON and ETag of one public prediction, or None."""
    today = timezone.localdate()
    row = prediction_rows.detail_row(pk, today)
    if row is None:
        return None
    return build_predictions([row])[0], detail_etag(row, today)


def _detail_or_404(pk: int) -> tuple[dict[str, Any], str]:
    found = prediction_detail_body(pk)
    if found is None:
        raise ApiError(code="not_found", message="No public prediction with this id.", status_code=404)
    return found


class PredictionListView(ApiView):
    required_scopes = {"POST": "write"}

    @extend_schema(
        operation_id="predictions_list",
        summary="List public predictions",
        parameters=[*LIST_PARAMETERS, etag_header(200, 304)],
        responses={
            200: OpenApiResponse(PredictionPageDoc, description="A page of predictions."),
            **NOT_MODIFIED,
            **errors(*READ_ERRORS),
        },
    )
    def get(self, request: Request) -> HttpResponse:
        params = clean_params(request.GET, LIST_PARAMS)
        ordering = Ordering.parse(parse_choice(params, "ordering", filters.ORDERINGS) or "resolve_on")
        page_size = parse_page_size(params)
        cursor = decode_cursor(params["cursor"], ordering) if "cursor" in params else None
        page = _page(filters.parse_prediction_filters(params), ordering, cursor, page_size)
        today = timezone.localdate()
        etag = list_etag(page.rows, today, request.META.get("QUERY_STRING", ""))
        if not_modified(request, etag):
            return not_modified_response(etag)
        body = page_body(request, params, page, build_predictions(page.rows))
        return json_response(body, headers={"ETag": etag})

    @extend_schema(
        operation_id="predictions_create",
        summary="Record a prediction (scope: write)",
        request=PredictionCreateSerializer,
        parameters=[etag_header(201)],
        responses={201: OpenApiResponse(PredictionDoc, description="Recorded."), **errors(*WRITE_ERRORS)},
    )
    def post(self, request: Request) -> HttpResponse:
        serializer = PredictionCreateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = dict(serializer.validated_data)
        topics = data.pop("topics", [])
        reason = data.pop("reason", "") or "Recorded through the API"
        prediction = services.prediction_record(by=request.user, reason=reason, topics=topics, **data)
        body, etag = _detail_or_404(prediction.pk)
        return json_response(body, status=201, headers={"ETag": etag, "Location": body["url"]})


class PredictionDetailView(ApiView):
    required_scopes = {"PATCH": "write"}

    @extend_schema(
        operation_id="predictions_retrieve",
        summary="One public prediction",
        parameters=[IF_NONE_MATCH, etag_header(200, 304)],
        responses={200: OpenApiResponse(PredictionDoc), **NOT_MODIFIED, **errors(*READ_ERRORS)},
    )
    def get(self, request: Request, pk: int) -> HttpResponse:
        body, etag = _detail_or_404(pk)
        if not_modified(request, etag):
            return not_modified_response(etag)
        return json_response(body, headers={"ETag": etag})

    @extend_schema(
        operation_id="predictions_partial_update",
        summary="Change a prediction that has no final resolution (scope: write; If-Match required)",
        parameters=[IF_MATCH, etag_header(200)],
        request=PredictionUpdateSerializer,
        responses={200: OpenApiResponse(PredictionDoc), **errors(*WRITE_ERRORS, 412, 428)},
    )
    def patch(self, request: Request, pk: int) -> HttpResponse:
        prediction = find_public_prediction(pk)
        if prediction is None:
            raise ApiError(code="not_found", message="No public prediction with this id.", status_code=404)
        version = expected_version(request)
        serializer = PredictionUpdateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        changes = dict(serializer.validated_data)
        reason = changes.pop("reason")
        topics = changes.pop("topics", None)
        try:
            services.prediction_update(
                prediction=prediction,
                by=request.user,
                reason=reason,
                changes=changes,
                expected_version=version,
                topics=topics,
            )
        except PredictionLocked as error:
            final_id = prediction.final_resolution_id
            raise ApiError(
                code=error.code,
                status_code=error.http_status,
                message=f"{error.message} POST {api_base()}predictions/{pk}/resolutions/{final_id}/supersede/ "
                "with the new outcome, evidence and a reason (scope: resolve).",
            ) from None
        body, etag = _detail_or_404(pk)
        return json_response(body, headers={"ETag": etag})
