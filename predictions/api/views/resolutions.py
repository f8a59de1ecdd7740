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
from rest_framework.request import Request

from predictions import services
from predictions.api.base import WRITE_ERRORS, ApiError, ApiView, api_base, json_response, operation_schema
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


def _valid(serializer_class: Any, request: Request) -> dict[str, Any]:
    serializer = serializer_class(data=request.data)
    serializer.is_valid(raise_exception=True)
    return dict(serializer.validated_data)


def _judgement(serializer_class: Any, request: Request) -> dict[str, Any]:
    """The request's judgement as the services take it (``services.Judgement``), its evidence included."""
    data = _valid(serializer_class, request)
    data["evidence"] = [services.EvidenceInput(**item) for item in data.pop("evidence", [])]
    return data


def _created(proposal: Resolution) -> HttpResponse:
    body = _fresh_body(proposal)
    return json_response(body, status=201, headers={"Location": body["url"]})


WHO_SEES_A_RESOLUTION = (
    "Final and superseded verdicts; proposals (pending or rejected) only for a reviewer's "
    "token with the resolve scope (404 otherwise)."
)


def judging_schema(operation_id: str, summary: str, request: Any, *, status: int = 200) -> Any:
    """A judging action's OpenAPI: it answers with the resolution it leaves (201 when it makes one)."""
    return operation_schema(
        operation_id, summary, ResolutionDoc, status=status, error_codes=WRITE_ERRORS, request=request
    )


class JudgingView(ApiView):
    """Judging needs a token with the ``resolve`` scope (and the services, a reviewer behind it)."""

    required_scopes = {"POST": "resolve"}


class ResolutionListView(JudgingView):
    @operation_schema(
        "predictions_resolutions_list",
        "The resolution history of a prediction, oldest first",
        ResolutionListDoc,
        description="Final and superseded verdicts, and whether a proposal awaits a second reviewer. "
        "A token with the resolve scope, of a reviewer, also lists proposals, pending and rejected.",
    )
    def get(self, request: Request, pk: int) -> HttpResponse:
        history = resolution_history(_public_prediction(pk))
        pending = any(item.state == ResolutionState.PROPOSED for item in history)
        if not sees_unpublished_resolutions(request):
            history = [item for item in history if item.state in VERDICT_STATES]
        return json_response({"results": [resolution_body(item) for item in history], "pending_proposal": pending})

    @judging_schema(
        "predictions_resolutions_propose",
        "Propose a resolution (scope: resolve; reviewers only)",
        ResolutionProposeSerializer,
        status=201,
    )
    def post(self, request: Request, pk: int) -> HttpResponse:
        prediction = _public_prediction(pk)
        judgement = _judgement(ResolutionProposeSerializer, request)
        return _created(services.resolution_propose(prediction=prediction, by=request.user, **judgement))  # type: ignore[arg-type]


class ResolutionDetailView(ApiView):
    @operation_schema("resolutions_retrieve", "One resolution", ResolutionDoc, description=WHO_SEES_A_RESOLUTION)
    def get(self, request: Request, pk: int) -> HttpResponse:
        resolution = _public_resolution(pk)
        if resolution.state not in VERDICT_STATES and not sees_unpublished_resolutions(request):
            raise ApiError(code="not_found", message="No resolution with this id.", status_code=404)
        return json_response(_fresh_body(resolution))


class ResolutionConfirmView(JudgingView):
    @judging_schema("resolutions_confirm", "Confirm another reviewer's proposal (scope: resolve; reviewers only)", None)
    def post(self, request: Request, pk: int) -> HttpResponse:
        resolution = services.resolution_confirm(resolution=_public_resolution(pk), by=request.user)  # type: ignore[arg-type]
        return json_response(_fresh_body(resolution))


class ResolutionRejectView(JudgingView):
    @judging_schema(
        "resolutions_reject",
        "Reject another reviewer's proposal, with a reason (scope: resolve; reviewers only)",
        ResolutionRejectSerializer,
    )
    def post(self, request: Request, pk: int) -> HttpResponse:
        resolution = _public_resolution(pk)
        reason = _valid(ResolutionRejectSerializer, request)["reason"]
        rejected = services.resolution_reject(resolution=resolution, by=request.user, reason=reason)  # type: ignore[arg-type]
        return json_response(_fresh_body(rejected))


class ResolutionSupersedeView(JudgingView):
    @judging_schema(
        "predictions_resolutions_supersede",
        "Propose a re-resolution of the final one, with a reason (scope: resolve; reviewers only)",
        ResolutionSupersedeSerializer,
        status=201,
    )
    def post(self, request: Request, pk: int, resolution_pk: int) -> HttpResponse:
        resolution = _public_resolution(resolution_pk, prediction_id=pk)
        judgement = _judgement(ResolutionSupersedeSerializer, request)
        reason = judgement.pop("reason")
        proposal = services.resolution_supersede(resolution=resolution, reason=reason, by=request.user, **judgement)  # type: ignore[arg-type]
        return _created(proposal)
