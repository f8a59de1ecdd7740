"""Resolution history and the judging actions: propose, confirm, reject, supersede.

The same services as the admin (``predictions.services.resolution_*``), so the
rules are the same: only reviewers, a different reviewer confirms, evidence
for correct / incorrect / partly correct, a reason to reject or supersede.
These need a token with the ``resolve`` scope *and* a reviewer behind it.

Reading follows the public site (docs/decisions.md): verdicts — final and
superseded — are published; that a proposal awaits a second reviewer is
public, its content is not; rejected proposals stay internal. Reviewers
calling with a ``resolve`` token see everything they judge.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpResponse
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework.request import Request

from predictions import services
from predictions.api.base import READ_ERRORS, WRITE_ERRORS, ApiError, ApiView, api_base, errors, json_response
from predictions.api.base.permissions import sees_unpublished_resolutions
from predictions.api.schema import ResolutionDoc, ResolutionListDoc
from predictions.api.serializers import (
    ResolutionProposeSerializer,
    ResolutionRejectSerializer,
    ResolutionSupersedeSerializer,
)
from predictions.models import Prediction, Resolution, ResolutionState
from predictions.selectors.history import VERDICT_STATES, resolution_history
from predictions.selectors.predictions import find_public_prediction, find_public_resolution


def _person(user: Any) -> str | None:
    if user is None:
        return None
    return str(user.get_full_name() or user.get_username())


def resolution_body(resolution: Resolution) -> dict[str, Any]:
    """JSON of a resolution loaded with its people and evidence (``resolution_history``)."""
    return {
        "id": resolution.pk,
        "prediction_id": resolution.prediction_id,
        "state": resolution.state,
        "outcome": resolution.outcome,
        "rationale": resolution.rationale,
        "rationale_zh": resolution.rationale_zh,
        "as_of": resolution.as_of,
        "proposed_by": _person(resolution.proposed_by),
        "proposed_at": resolution.proposed_at,
        "confirmed_by": _person(resolution.confirmed_by),
        "resolved_at": resolution.confirmed_at,
        "rejected_by": _person(resolution.rejected_by),
        "rejected_at": resolution.rejected_at,
        "rejection_reason": resolution.rejection_reason,
        "supersedes": resolution.supersedes_id,
        "supersede_reason": resolution.supersede_reason,
        "early_reason": resolution.early_reason,
        "evidence": [
            {
                "url": item.url,
                "title": item.title,
                "publisher": item.publisher,
                "accessed_on": item.accessed_on,
                "archived_url": item.archived_url,
            }
            for item in resolution.evidence.all()
        ],
        "url": f"{api_base()}resolutions/{resolution.pk}/",
    }


def _public_prediction(pk: int) -> Prediction:
    prediction = find_public_prediction(pk)
    if prediction is None:
        raise ApiError(code="not_found", message="No public prediction with this id.", status_code=404)
    return prediction


def _public_resolution(pk: int, prediction_id: int | None = None) -> Resolution:
    resolution = find_public_resolution(pk, prediction_id)
    if resolution is None:
        raise ApiError(code="not_found", message="No resolution with this id.", status_code=404)
    return resolution


def _fresh_body(resolution: Resolution) -> dict[str, Any]:
    history = resolution_history(resolution.prediction)
    return resolution_body(next(item for item in history if item.pk == resolution.pk))


def _evidence(data: dict[str, Any]) -> list[services.EvidenceInput]:
    return [services.EvidenceInput(**item) for item in data.pop("evidence", [])]


class ResolutionListView(ApiView):
    required_scopes = {"POST": "resolve"}

    @extend_schema(
        operation_id="predictions_resolutions_list",
        summary="The resolution history of a prediction, oldest first",
        description="Final and superseded verdicts, and whether a proposal awaits a second reviewer. "
        "A token with the resolve scope, of a reviewer, also lists proposals, pending and rejected.",
        responses={200: OpenApiResponse(ResolutionListDoc), **errors(*READ_ERRORS)},
    )
    def get(self, request: Request, pk: int) -> HttpResponse:
        history = resolution_history(_public_prediction(pk))
        pending = any(item.state == ResolutionState.PROPOSED for item in history)
        if not sees_unpublished_resolutions(request):
            history = [item for item in history if item.state in VERDICT_STATES]
        return json_response({"results": [resolution_body(item) for item in history], "pending_proposal": pending})

    @extend_schema(
        operation_id="predictions_resolutions_propose",
        summary="Propose a resolution (scope: resolve; reviewers only)",
        request=ResolutionProposeSerializer,
        responses={201: OpenApiResponse(ResolutionDoc), **errors(*WRITE_ERRORS)},
    )
    def post(self, request: Request, pk: int) -> HttpResponse:
        prediction = _public_prediction(pk)
        serializer = ResolutionProposeSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = dict(serializer.validated_data)
        evidence = _evidence(data)
        resolution = services.resolution_propose(prediction=prediction, evidence=evidence, by=request.user, **data)  # type: ignore[arg-type]
        body = _fresh_body(resolution)
        return json_response(body, status=201, headers={"Location": body["url"]})


class ResolutionDetailView(ApiView):
    @extend_schema(
        operation_id="resolutions_retrieve",
        summary="One resolution",
        description="Final and superseded verdicts; proposals (pending or rejected) only for a reviewer's "
        "token with the resolve scope (404 otherwise).",
        responses={200: OpenApiResponse(ResolutionDoc), **errors(*READ_ERRORS)},
    )
    def get(self, request: Request, pk: int) -> HttpResponse:
        resolution = _public_resolution(pk)
        if resolution.state not in VERDICT_STATES and not sees_unpublished_resolutions(request):
            raise ApiError(code="not_found", message="No resolution with this id.", status_code=404)
        return json_response(_fresh_body(resolution))


class ResolutionConfirmView(ApiView):
    required_scopes = {"POST": "resolve"}

    @extend_schema(
        operation_id="resolutions_confirm",
        summary="Confirm another reviewer's proposal (scope: resolve; reviewers only)",
        request=None,
        responses={200: OpenApiResponse(ResolutionDoc), **errors(*WRITE_ERRORS)},
    )
    def post(self, request: Request, pk: int) -> HttpResponse:
        resolution = services.resolution_confirm(resolution=_public_resolution(pk), by=request.user)  # type: ignore[arg-type]
        return json_response(_fresh_body(resolution))


class ResolutionRejectView(ApiView):
    required_scopes = {"POST": "resolve"}

    @extend_schema(
        operation_id="resolutions_reject",
        summary="Reject another reviewer's proposal, with a reason (scope: resolve; reviewers only)",
        request=ResolutionRejectSerializer,
        responses={200: OpenApiResponse(ResolutionDoc), **errors(*WRITE_ERRORS)},
    )
    def post(self, request: Request, pk: int) -> HttpResponse:
        resolution = _public_resolution(pk)
        serializer = ResolutionRejectSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        rejected = services.resolution_reject(
            resolution=resolution,
            by=request.user,  # type: ignore[arg-type]
            reason=serializer.validated_data["reason"],
        )
        return json_response(_fresh_body(rejected))


class ResolutionSupersedeView(ApiView):
    required_scopes = {"POST": "resolve"}

    @extend_schema(
        operation_id="predictions_resolutions_supersede",
        summary="Propose a re-resolution of the final one, with a reason (scope: resolve; reviewers only)",
        request=ResolutionSupersedeSerializer,
        responses={201: OpenApiResponse(ResolutionDoc), **errors(*WRITE_ERRORS)},
    )
    def post(self, request: Request, pk: int, resolution_pk: int) -> HttpResponse:
        resolution = _public_resolution(resolution_pk, prediction_id=pk)
        serializer = ResolutionSupersedeSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = dict(serializer.validated_data)
        evidence = _evidence(data)
        proposal = services.resolution_supersede(resolution=resolution, evidence=evidence, by=request.user, **data)  # type: ignore[arg-type]
        body = _fresh_body(proposal)
        return json_response(body, status=201, headers={"Location": body["url"]})
