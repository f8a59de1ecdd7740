"""The reviewers' intake pages: "Find forecasts" on a source, and the drafts to finish.

"Find forecasts" shows the source text with each candidate the extractor found highlighted in
place (the text is untrusted: it is escaped, piece by piece) and, for each, Accept (a draft
prediction, then its page, to write the claim and criteria and publish) or Dismiss (not offered
again). Under them, collapsed, the second look: sentences the extractor did not propose that speak of
the future, marked more lightly in the text, with the same buttons — a missed forecast costs a click.
One POST form carries the speaker and the said-on date for every button; the services check
permissions, the views only translate their answers into messages.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import URLPattern, path, reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext_lazy

from predictions import services
from predictions.admin.forms import IsoDateField
from predictions.errors import LedgerError
from predictions.models import Prediction, Source, Speaker
from predictions.selectors.drafts import (
    IntakeUnavailable,
    Offered,
    drafts_to_finish,
    said_on_default,
    source_candidates,
)

ModelAdmin = admin.ModelAdmin[Any]


class SaidOnForm(forms.Form):
    said_on = IsoDateField(
        label=pgettext_lazy("intake", "Said on"),
        help_text=gettext_lazy("Horizons such as “within three years” are counted from this date."),
    )


class CandidateForm(SaidOnForm):
    speaker = forms.ModelChoiceField(label=gettext_lazy("Speaker"), queryset=Speaker.objects.all(), required=False)
    accept = forms.CharField(required=False, max_length=40)
    dismiss = forms.CharField(required=False, max_length=40)


@dataclass(frozen=True)
class Piece:
    """A stretch of the source text: plain, or a candidate's quote (``offered``, numbered ``number``)."""

    text: str
    offered: Offered | None = None
    number: int = 0


def pieces(text: str, numbered: list[tuple[int, Offered]]) -> list[Piece]:
    """The text cut at the numbered candidates' offsets, so the template escapes each piece and marks the quotes."""
    result: list[Piece] = []
    position = 0
    for number, item in sorted(numbered, key=lambda pair: (pair[1].candidate.start, pair[0])):
        start, end = item.candidate.start, item.candidate.end
        if start < position:  # overlapping spans are listed, not marked twice
            continue
        result.append(Piece(text[position:start]))
        result.append(Piece(text[start:end], item, number))
        position = end
    result.append(Piece(text[position:]))
    return result


def _find_page(source: Source, said_on: datetime.date | None) -> HttpResponseRedirect:
    url = reverse("admin:predictions_source_forecasts", args=[source.pk])
    return HttpResponseRedirect(f"{url}?{urlencode({'said_on': said_on.isoformat()})}" if said_on else url)


def find_forecasts_view(request: HttpRequest, model_admin: ModelAdmin, object_id: int) -> HttpResponse:
    source = get_object_or_404(Source, pk=object_id)
    if not model_admin.has_view_permission(request, source):
        raise PermissionDenied
    if request.method == "POST":
        return _act(request, source)
    said_on_form = SaidOnForm(request.GET or None, initial={"said_on": said_on_default(source)})
    said_on = said_on_form.cleaned_data["said_on"] if said_on_form.is_valid() else None
    if not request.GET:
        said_on = said_on_default(source)
    offered: list[Offered] = []
    problem = ""
    if said_on is not None:
        try:
            offered = source_candidates(source, said_on=said_on, second_look=True)
        except IntakeUnavailable as error:
            problem = error.shown
    # The extractor's candidates first, then the second look's sentences, numbered on from them.
    numbered = list(enumerate([o for o in offered if not o.second_look] + [o for o in offered if o.second_look], 1))
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": Source._meta,
        "original": source,
        "title": _("Find forecasts"),
        "said_on_form": said_on_form,
        "said_on": said_on,
        "offered": [(number, item) for number, item in numbered if not item.second_look],
        "second_look": [(number, item) for number, item in numbered if item.second_look],
        "pieces": pieces(source.full_text, numbered) if numbered else [],
        "problem": problem,
        "speakers": Speaker.objects.order_by("name"),
        "speaker_id": _last_speaker(source),
        "may_accept": request.user.has_perm("predictions.add_prediction"),
    }
    return TemplateResponse(request, "admin/predictions/source/find_forecasts.html", context)


def _last_speaker(source: Source) -> int | None:
    """The speaker of the source's latest prediction: the likeliest speaker of the next one."""
    return source.predictions.order_by("-id").values_list("speaker_id", flat=True).first()


def _act(request: HttpRequest, source: Source) -> HttpResponse:
    form = CandidateForm(request.POST)
    if not form.is_valid():
        for message in form.errors.as_data().values():
            messages.error(request, " ".join(message[0].messages))
        return _find_page(source, said_on_default(source))
    data = form.cleaned_data
    said_on: datetime.date = data["said_on"]
    try:
        if data["accept"] and data["speaker"] is None:
            messages.error(request, _("Choose who said it (the speaker) before accepting."))
            return _find_page(source, said_on)
        if data["accept"]:
            draft = services.candidate_accept(
                source=source, key=data["accept"], speaker=data["speaker"], said_on=said_on, by=request.user
            )
        elif data["dismiss"]:
            services.candidate_dismiss(source=source, key=data["dismiss"], said_on=said_on, by=request.user)
            messages.success(request, _("Dismissed: it will not be offered again."))
            return _find_page(source, said_on)
        else:
            messages.error(request, _("Choose Accept or Dismiss for a candidate."))
            return _find_page(source, said_on)
    except LedgerError as error:
        messages.error(request, error.message)
        return _find_page(source, said_on)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return _find_page(source, said_on)
    messages.success(request, _("Draft made. Write the claim and the resolution criteria, then “Save and publish”."))
    return HttpResponseRedirect(reverse("admin:predictions_prediction_change", args=[draft.pk]))


def drafts_view(request: HttpRequest, model_admin: ModelAdmin) -> HttpResponse:
    if not model_admin.has_view_permission(request):
        raise PermissionDenied
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": Prediction._meta,
        "title": _("Drafts to finish"),
        "drafts": drafts_to_finish(),
    }
    return TemplateResponse(request, "admin/predictions/prediction/drafts.html", context)


def source_urls(model_admin: ModelAdmin) -> list[URLPattern]:
    view = model_admin.admin_site.admin_view
    return [
        path(
            "<int:object_id>/forecasts/",
            view(lambda request, object_id: find_forecasts_view(request, model_admin, object_id)),
            name="predictions_source_forecasts",
        )
    ]


def prediction_urls(model_admin: ModelAdmin) -> list[URLPattern]:
    view = model_admin.admin_site.admin_view
    return [
        path("drafts/", view(lambda request: drafts_view(request, model_admin)), name="predictions_prediction_drafts")
    ]
