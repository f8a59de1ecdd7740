"""Admin pages for judging a prediction: propose, review (confirm / reject), supersede.

Each view asks ``services.resolution_actions`` what the reviewer may do (403
without the permission; otherwise the reason is shown), validates a form,
calls one service and reports the outcome as an admin message. A race lost to
another reviewer between the page and the locked write comes back from the
service as a ``LedgerError`` and is shown, not raised.
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin, messages
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
from predictions.services import Action, resolution_actions

# The prediction's ModelAdmin (``admin.prediction.PredictionAdmin``, which mounts
# these views); typed by its base so that this module does not import it back.
ModelAdmin = admin.ModelAdmin[Any]


def _allowed_or_refused(request: HttpRequest, prediction: Prediction, action: Action) -> HttpResponse | None:
    """None when ``action`` is allowed; else a 403 (no permission) or the reason, back on the prediction page."""
    if action.allowed:
        return None
    if action.forbidden:
        raise PermissionDenied(action.reason)
    messages.error(request, action.reason)
    return _prediction_page(prediction)


def _prediction_page(prediction: Prediction) -> HttpResponseRedirect:
    return HttpResponseRedirect(reverse("admin:predictions_prediction_change", args=[prediction.pk]))


def _render(
    request: HttpRequest, model_admin: ModelAdmin, prediction: Prediction, template: str, **context: Any
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
    model_admin: ModelAdmin,
    prediction: Prediction,
    *,
    action: str,
    form_class: type[ResolutionForm],
    title: str,
    act: Any,
    done_message: str,
    **context: Any,
) -> HttpResponse:
    """The shared GET/POST cycle of the propose and supersede pages, for a reviewer
    ``resolution_actions`` allows ``action`` ("propose" or "supersede")."""
    refused = _allowed_or_refused(request, prediction, getattr(resolution_actions(prediction, request.user), action))
    if refused is not None:
        return refused
    form = form_class(request.POST or None, early=services.is_early(prediction))
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


def judgement_view(
    request: HttpRequest, model_admin: ModelAdmin, object_id: int, resolution_id: int | None = None
) -> HttpResponse:
    """Propose a resolution; or, with ``resolution_id`` (the final one), propose a re-resolution superseding it."""
    prediction = get_object_or_404(Prediction.objects.select_related("speaker", "source"), pk=object_id)
    superseded = None
    page: dict[str, Any] = {
        "action": "propose",
        "form_class": ResolutionForm,
        "title": _("Propose a resolution"),
        "done_message": _("Resolution proposed. Another reviewer must confirm it before it is final."),
    }
    if resolution_id is not None:
        superseded = get_object_or_404(Resolution, pk=resolution_id, prediction=prediction)
        page = {
            "action": "supersede",
            "form_class": SupersedeForm,
            "title": _("Supersede the final resolution"),
            "done_message": _("Re-resolution proposed. The current verdict stands until another reviewer confirms it."),
        }

    def act(data: dict[str, Any], evidence: list[services.EvidenceInput]) -> None:
        if superseded is None:
            services.resolution_propose(prediction=prediction, evidence=evidence, by=request.user, **data)  # type: ignore[arg-type]
        else:
            services.resolution_supersede(resolution=superseded, evidence=evidence, by=request.user, **data)  # type: ignore[arg-type]

    return _judgement_view(request, model_admin, prediction, act=act, superseded=superseded, **page)


def review_view(request: HttpRequest, model_admin: ModelAdmin, object_id: int, resolution_id: int) -> HttpResponse:
    """Show a proposal; POST ``action=confirm`` or ``action=reject`` (with a reason)."""
    prediction = get_object_or_404(Prediction.objects.select_related("speaker", "source"), pk=object_id)
    resolution = get_object_or_404(
        Resolution.objects.select_related("proposed_by").prefetch_related("evidence"),
        pk=resolution_id,
        prediction=prediction,
    )
    actions = resolution_actions(prediction, request.user)
    if actions.confirm.forbidden and actions.reject.forbidden:
        raise PermissionDenied(actions.reject.reason)
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
        actions=actions,
        # Another resolution than the one awaiting confirmation: nothing left to review here.
        is_open_proposal=actions.proposal is not None and actions.proposal.pk == resolution.pk,
        title=_("Review a proposed resolution"),
    )


def urls(model_admin: ModelAdmin) -> list[URLPattern]:
    def wrap(view: Any) -> Any:
        def bound(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            return view(request, model_admin, *args, **kwargs)

        return model_admin.admin_site.admin_view(bound)

    return [
        path("<int:object_id>/propose/", wrap(judgement_view), name="predictions_prediction_propose"),
        path(
            "<int:object_id>/resolutions/<int:resolution_id>/review/",
            wrap(review_view),
            name="predictions_prediction_review",
        ),
        path(
            "<int:object_id>/resolutions/<int:resolution_id>/supersede/",
            wrap(judgement_view),
            name="predictions_prediction_supersede",
        ),
    ]
