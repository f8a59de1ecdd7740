"""The intake through the API: add a source with its text, read the forecasts found in it, make drafts.

All three need a token with the ``write`` scope, the reads too: what is offered (and what is no longer
offered, because a reviewer accepted it) is reviewers' work in progress, not the public ledger. The
same services as the admin check the user's own permissions.
"""

from __future__ import annotations

import datetime
import re
from typing import Any

from django.conf import settings
from django.http import HttpResponse
from django.urls import reverse
from drf_spectacular.utils import OpenApiParameter, OpenApiTypes
from rest_framework.request import Request

from predictions import services
from predictions.api.base import (
    READ_ERRORS,
    WRITE_ERRORS,
    ApiError,
    ApiView,
    bad_request,
    clean_params,
    json_response,
    operation_schema,
    parse_date,
    parse_flag,
)
from predictions.api.schema import DraftDoc, ForecastCandidateListDoc
from predictions.api.serializers import CandidateAcceptSerializer
from predictions.models import Prediction, Source
from predictions.selectors.drafts import IntakeUnavailable, intake_language, said_on_default, source_candidates

CANDIDATE_ID = re.compile(r"[0-9a-f]{20}")
SAID_ON = OpenApiParameter(
    "said_on",
    OpenApiTypes.DATE,
    OpenApiParameter.QUERY,
    description="When the words were said (horizons count from it). Default: the source's event date, "
    "else its publication date; required when it has neither.",
)
SECOND_LOOK = OpenApiParameter(
    "second_look",
    bool,
    description="Also list, after the forecasts found, the sentences about the future the extractor did not propose "
    "(plans, schedules, conditions … and the forecasts it missed), marked `second_look: true`. They are accepted "
    "like the others.",
)


def _source(pk: int) -> Source:
    source = Source.objects.filter(pk=pk).first()
    if source is None:
        raise ApiError(code="not_found", message="No source with this id.", status_code=404)
    return source


def _said_on(source: Source, given: datetime.date | None) -> datetime.date:
    said_on = given or said_on_default(source)
    if said_on is None:
        raise bad_request("The source gives no date: send “said_on” (YYYY-MM-DD).", field="said_on")
    return said_on


def draft_body(draft: Prediction) -> dict[str, Any]:
    return {
        "id": draft.pk,
        "is_draft": draft.is_draft,
        "slug": draft.slug,
        "speaker": draft.speaker.slug,
        "source": draft.source_id,
        "quote": draft.quote,
        "quote_start": draft.quote_start,
        "quote_end": draft.quote_end,
        "quote_kind": draft.quote_kind,
        "made_on": draft.made_on,
        "horizon": draft.horizon,
        "horizon_rule": draft.horizon_rule,
        "horizon_rule_zh": draft.horizon_rule_zh,
        "resolve_on": draft.resolve_on,
        "stated_confidence": draft.stated_confidence,
        "implied_probability": draft.implied_probability,
        "admin_url": settings.SITE_URL + reverse("admin:predictions_prediction_change", args=[draft.pk]),
    }


class ForecastCandidateListView(ApiView):
    required_scopes = {"GET": "write"}
    reads_need_scope = True

    @operation_schema(
        "sources_forecast_candidates_list",
        "The forecasts found in a source's text, not yet accepted or dismissed (scope: write)",
        ForecastCandidateListDoc,
        parameters=[SAID_ON, SECOND_LOOK],
        error_codes=(*READ_ERRORS, 403),
    )
    def get(self, request: Request, pk: int) -> HttpResponse:
        params = clean_params(request.GET, ["said_on", "second_look"])
        second_look = parse_flag(params, "second_look")
        try:
            given = parse_date(params, "said_on")
        except ValueError:
            raise bad_request("“said_on” must be a date: YYYY-MM-DD.", field="said_on") from None
        source = _source(pk)
        said_on = _said_on(source, given)
        try:
            offered = source_candidates(source, said_on=said_on, second_look=second_look)
        except IntakeUnavailable as error:
            raise ApiError(code="intake_unavailable", message=error.message, status_code=409) from None
        results = [
            {
                "id": item.key,
                **item.candidate.to_json(),
                "horizon_rule_zh": item.horizon_rule_zh,
                "second_look": item.second_look,
            }
            for item in offered
            if item.prediction_id is None
        ]
        return json_response(
            {"source": source.pk, "language": intake_language(source.language), "said_on": said_on, "results": results}
        )


class ForecastCandidateAcceptView(ApiView):
    required_scopes = {"POST": "write"}

    @operation_schema(
        "sources_forecast_candidates_accept",
        "Make a draft prediction of a found forecast (scope: write)",
        DraftDoc,
        description="The draft is private: a reviewer writes its claim and criteria in the admin and publishes it.",
        request=CandidateAcceptSerializer,
        status=201,
        error_codes=WRITE_ERRORS,
    )
    def post(self, request: Request, pk: int, candidate_id: str) -> HttpResponse:
        source = _source(pk)
        if not CANDIDATE_ID.fullmatch(candidate_id):
            raise ApiError(code="not_found", message="No forecast candidate with this id.", status_code=404)
        serializer = CandidateAcceptSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        said_on = _said_on(source, data.get("said_on"))
        draft = services.candidate_accept(
            source=source,
            key=candidate_id,
            speaker=data["speaker"],
            said_on=said_on,
            by=request.user,
        )
        return json_response(draft_body(draft), status=201)
