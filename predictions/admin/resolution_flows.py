"""Admin pages for judging a prediction: propose, review (confirm / reject), supersede.

Each view checks the reviewer's permission (403 otherwise), validates a form,
calls one service and reports the outcome as an admin message. Rule breaches
the service detects (confirming one's own proposal, a race lost to another
reviewer) come back as ``LedgerError`` and are shown, not raised.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import URLPattern, path, reverse
from django.utils.translation import gettext as _

from predictions import services
from predictions.admin.forms import (
    EvidenceFormSet,
    RejectForm,
    ResolutionForm,
    SupersedeForm,
    add_service_errors,
    evidence_inputs,
)
from predictions.errors import LedgerError
from predictions.models import Prediction, Resolution, ResolutionState

if TYPE_CHECKING:
    from predictions.admin.prediction import PredictionAdmin

PROPOSE = "predictions.propose_resolution"
CONFIRM = "predictions.confirm_resolution"


def flow_context(request: HttpRequest, prediction: Prediction) -> dict[str, Any]:
    """Which judging actions this reviewer sees on the prediction page."""
    user = request.user
    pending = prediction.resolutions.filter(state=ResolutionState.PROPOSED).select_related("proposed_by").first()
    already_confirmed = pending is not None and pending.confirmations.filter(reviewer_id=user.pk).exists()
    return {
        "pending_resolution": pending,
        "can_propose": user.has_perm(PROPOSE) and pending is None and prediction.final_resolution_id is None,
        "can_review": (
            pending is not None
            and user.has_perm(CONFIRM)
            and pending.proposed_by_id != user.pk
            and not already_confirmed
        ),
        "can_supersede": user.has_perm(PROPOSE) and pending is None and prediction.final_resolution_id is not None,
    }


def _prediction_page(prediction: Prediction) -> HttpResponseRedirect:
    return HttpResponseRedirect(reverse("admin:predictions_prediction_change", args=[prediction.pk]))


def _render(
    request: HttpRequest, model_admin: PredictionAdmin, prediction: Prediction, template: str, **context: Any
) -> TemplateResponse:
    return TemplateResponse(
        request,
        f"admin/predictions/prediction/{template}",
        {
            **model_admin.admin_site.each_context(request),
            "opts": Prediction._meta,
            "original": prediction,
            "prediction": prediction,
            "title": context.pop("title"),
            **context,
        },
    )


def _judgement_view(
    request: HttpRequest,
    model_admin: PredictionAdmin,
    prediction: Prediction,
    *,
    form_class: type[ResolutionForm],
    title: str,
    act: Any,
    done_message: str,
    **context: Any,
) -> HttpResponse:
    """The shared GET/POST cycle of the propose and supersede pages."""
    form = form_class(request.POST or None)
    evidence = EvidenceFormSet(request.POST or None, prefix="evidence")
    if request.method == "POST" and form.is_valid() and evidence.is_valid():
        try:
            act(form.cleaned_data, evidence_inputs(evidence))
        except ValidationError as error:
            add_service_errors(form, error)
        except LedgerError as error:
            messages.error(request, error.message)
            return _prediction_page(prediction)
        else:
            messages.success(request, done_message)
            return _prediction_page(prediction)
    return _render(
        request, model_admin, prediction, "resolution_form.html", form=form, evidence=evidence, title=title, **context
    )


def propose_view(request: HttpRequest, model_admin: PredictionAdmin, object_id: int) -> HttpResponse:
    if not request.user.has_perm(PROPOSE):
        raise PermissionDenied
    prediction = get_object_or_404(Prediction.objects.select_related("speaker", "source"), pk=object_id)

    def act(data: dict[str, Any], evidence: list[services.EvidenceInput]) -> None:
        services.resolution_propose(prediction=prediction, evidence=evidence, by=request.user, **data)  # type: ignore[arg-type]

    return _judgement_view(
        request,
        model_admin,
        prediction,
        form_class=ResolutionForm,
        title=_("Propose a resolution"),
        act=act,
        done_message=_("Resolution proposed. Another reviewer must confirm it before it is final."),
    )


def supersede_view(
    request: HttpRequest, model_admin: PredictionAdmin, object_id: int, resolution_id: int
) -> HttpResponse:
    if not request.user.has_perm(PROPOSE):
        raise PermissionDenied
    prediction = get_object_or_404(Prediction.objects.select_related("speaker", "source"), pk=object_id)
    resolution = get_object_or_404(Resolution, pk=resolution_id, prediction=prediction)

    def act(data: dict[str, Any], evidence: list[services.EvidenceInput]) -> None:
        services.resolution_supersede(resolution=resolution, evidence=evidence, by=request.user, **data)  # type: ignore[arg-type]

    return _judgement_view(
        request,
        model_admin,
        prediction,
        form_class=SupersedeForm,
        title=_("Supersede the final resolution"),
        act=act,
        done_message=_("Re-resolution proposed. The current verdict stands until another reviewer confirms it."),
        superseded=resolution,
    )


def review_view(request: HttpRequest, model_admin: PredictionAdmin, object_id: int, resolution_id: int) -> HttpResponse:
    """Show a proposal; POST ``action=confirm`` or ``action=reject`` (with a reason)."""
    if not request.user.has_perm(CONFIRM):
        raise PermissionDenied
    prediction = get_object_or_404(Prediction.objects.select_related("speaker", "source"), pk=object_id)
    resolution = get_object_or_404(
        Resolution.objects.select_related("proposed_by").prefetch_related("evidence"),
        pk=resolution_id,
        prediction=prediction,
    )
    reject_form = RejectForm(request.POST if request.POST.get("action") == "reject" else None)
    if request.method == "POST":
        try:
            if request.POST.get("action") == "confirm":
                services.resolution_confirm(resolution=resolution, by=request.user)  # type: ignore[arg-type]
                resolution.refresh_from_db()
                if resolution.state == ResolutionState.FINAL:
                    messages.success(request, _("Confirmed. The resolution is final and published."))
                else:
                    messages.success(request, _("Confirmed. More confirmations are needed for the quorum."))
                return _prediction_page(prediction)
            if request.POST.get("action") == "reject" and reject_form.is_valid():
                services.resolution_reject(
                    resolution=resolution,
                    by=request.user,  # type: ignore[arg-type]
                    reason=reject_form.cleaned_data["reason"],
                )
                messages.success(request, _("Proposal rejected. The prediction can be proposed again."))
                return _prediction_page(prediction)
        except LedgerError as error:
            messages.error(request, error.message)
            return _prediction_page(prediction)
    return _render(
        request,
        model_admin,
        prediction,
        "resolution_review.html",
        resolution=resolution,
        reject_form=reject_form,
        title=_("Review a proposed resolution"),
    )


def urls(model_admin: PredictionAdmin) -> list[URLPattern]:
    def wrap(view: Any) -> Any:
        def bound(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            return view(request, model_admin, *args, **kwargs)

        return model_admin.admin_site.admin_view(bound)

    return [
        path("<int:object_id>/propose/", wrap(propose_view), name="predictions_prediction_propose"),
        path(
            "<int:object_id>/resolutions/<int:resolution_id>/review/",
            wrap(review_view),
            name="predictions_prediction_review",
        ),
        path(
            "<int:object_id>/resolutions/<int:resolution_id>/supersede/",
            wrap(supersede_view),
            name="predictions_prediction_supersede",
        ),
    ]
