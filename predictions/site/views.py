"""Public pages. Thin: each view reads through selectors and the scoreboard, then renders a template.

Every page costs a constant number of queries, whatever the size of the
ledger: aggregates come from ``predictions.selectors.scoreboard`` (GROUP BY, cached),
lists are bounded and joined up front (``predictions.selectors``).
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.shortcuts import redirect, render
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from predictions import public_cache, scoring
from predictions.models import ResolutionState
from predictions.selectors import predictions as selectors
from predictions.selectors import scoreboard
from predictions.selectors.history import public_resolutions
from predictions.selectors.status import waiting_since
from predictions.selectors.track_records import speaker_scores
from predictions.site import fragments
from predictions.site.charts import calibration_chart
from predictions.site.filters import ScoreboardFilterForm
from predictions.site.history import public_changes
from predictions.site.jsonld import claim_review, json_ld_script
from predictions.site.localization import localized, public_date
from predictions.site.page_cache import cached_page, canonical_address

SPEAKER_GROUP_PREVIEW = 20  # predictions per group on a speaker's page; "all" pages by 50
SPEAKER_GROUP_PAGE = 50


@cached_page(subjects=lambda: [public_cache.HOME])
def home(request: HttpRequest) -> HttpResponse:
    today = timezone.localdate()
    form = ScoreboardFilterForm(request.GET, topics=selectors.topics_by_name())
    valid = form.is_valid()
    scope = form.scope() if valid else scoreboard.Scope()
    board = scoreboard.scoreboard(scope, today)
    predictions = scoreboard.scoped_predictions(scope)
    context = {
        "title": _("Scoreboard"),
        "description": _("Who forecast what, when it will be judged, how it turned out: the public record."),
        "today": today,
        "form": form,
        "filtered": bool(scope.topic or scope.horizon),
        "board": board,
        "record": board.record,
        "chart": calibration_chart(board.calibration),
        "coming_due": selectors.coming_due(predictions, today),
        "awaiting": selectors.awaiting_reviewers(predictions, today),
        "recently_resolved": selectors.recently_resolved(None if not (scope.topic or scope.horizon) else predictions),
        "include_late": scope.include_late,
        "late_base": _without_include_late(request),
        "overdue_grace_days": settings.HINDSIGHT_OVERDUE_GRACE_DAYS,
        **_scoring_context(),
    }
    return render(request, "predictions/home.html", context, status=200 if valid else 400)


@cached_page(subjects=lambda pk, slug="": [public_cache.prediction_subject(pk)])
def prediction_detail(request: HttpRequest, pk: int, slug: str = "") -> HttpResponse:
    today = timezone.localdate()
    stamp = selectors.prediction_page_stamp(pk)
    if stamp is None:
        raise Http404(_("No public prediction has this number."))
    if slug != stamp.slug:
        # One address per page: /predictions/7/ and stale slugs redirect to the canonical one.
        target = reverse("predictions:prediction", args=[stamp.pk, stamp.slug])
        query = request.GET.urlencode()
        return HttpResponsePermanentRedirect(target + (f"?{query}" if query else ""))
    page_url = canonical_address(request)
    language = translation.get_language() or ""
    # The body as rendered for this version of the page (fragments): a write elsewhere leaves it.
    fragment = fragments.lookup("prediction", str(pk), stamp.key, today.isoformat(), language, page_url)
    if fragment.complete("feeds", "breadcrumbs", "body"):
        context = {**fragment.context, "today": today, "fragment": fragment}
        return render(request, "predictions/prediction_detail.html", context)
    fragment.found = False  # kept by an older template: rendered and kept again
    prediction = selectors.public_prediction(pk, today)
    if prediction is None:  # made private between the two reads
        raise Http404(_("No public prediction has this number."))
    resolutions = public_resolutions(prediction)
    final = next((item for item in resolutions if item.state == ResolutionState.FINAL), None)
    # The badge reads "proposed — awaiting a second reviewer" (``display.badge_key``).
    pending = any(item.state == ResolutionState.PROPOSED for item in resolutions)
    prediction.pending_proposal = pending  # type: ignore[attr-defined]  # as with_pending_proposal annotates
    claim = localized(prediction, "claim")
    review = None
    if final is not None:
        review = claim_review(
            prediction=prediction,
            resolution=final,
            claim=claim.text,
            page_url=page_url,
            site_url=settings.SITE_URL,
            site_name="Hindsight",
            language=claim.lang,  # the claim's own language (English when it fell back)
        )
    frame = {
        "title": claim.text,
        "description": _("%(speaker)s said it on %(made_on)s; it can be judged on %(resolve_on)s.")
        % {
            "speaker": prediction.speaker.name,
            "made_on": public_date(prediction.made_on),
            "resolve_on": public_date(prediction.resolve_on),
        },
        "og_type": "article",
        "claim_review": json_ld_script(review) if review else "",
    }
    context = {
        **frame,
        "today": today,
        "prediction": prediction,
        "claim": claim,
        "criteria": localized(prediction, "resolution_criteria"),
        "hedges": list(prediction.hedges.all()),
        "waiting_since": waiting_since(prediction.resolve_on, prediction.recorded_on),
        "final": final,
        "pending": pending,
        "superseded": [item for item in resolutions if item.state == ResolutionState.SUPERSEDED],
        "changes": public_changes(prediction),
        "overdue_grace_days": settings.HINDSIGHT_OVERDUE_GRACE_DAYS,
        "fragment": fragment,
    }
    response = render(request, "predictions/prediction_detail.html", context)
    fragments.keep(fragment, **frame)
    return response


@cached_page(subjects=lambda slug: [public_cache.speaker_subject(slug)])
def speaker_detail(request: HttpRequest, slug: str) -> HttpResponse:
    today = timezone.localdate()
    speaker = selectors.speaker_by_slug(slug)
    if speaker is None:
        raise Http404(_("No speaker has this address."))
    include_late = request.GET.get("include_late") in {"1", "on", "true"}
    scores = speaker_scores(speaker, today, include_late)
    if scores.record.tally.total == 0:
        raise Http404(_("This speaker has no public predictions."))
    tally = scores.record.tally
    counts = {"due": tally.due, "open": tally.open, "resolved": tally.resolved}
    group = request.GET.get("group", "")
    context: dict[str, Any] = {
        "title": speaker.name,
        "description": _(
            "The track record of %(speaker)s: every public prediction, how each turned out, and the scores."
        )
        % {"speaker": speaker.name},
        "og_type": "profile",
        "today": today,
        "speaker": speaker,
        "record": scores.record,
        "chart": calibration_chart(scores.calibration),
        "include_late": include_late,
        "late_base": _without_include_late(request),
        **_scoring_context(),
    }
    status = 200
    if group and group not in selectors.SPEAKER_GROUPS:
        context["group_error"] = _("There is no group “%(group)s”; choose due, open or resolved.") % {"group": group}
        group, status = "", 400
    if group:
        paginator = Paginator(selectors.speaker_predictions(speaker, group, today), SPEAKER_GROUP_PAGE)
        context["group"] = group
        context["page"] = paginator.get_page(request.GET.get("page"))
    else:
        context["groups"] = [
            (name, list(selectors.speaker_predictions(speaker, name, today)[:SPEAKER_GROUP_PREVIEW]), counts[name])
            for name in selectors.SPEAKER_GROUPS
        ]
        context["preview_size"] = SPEAKER_GROUP_PREVIEW
    return render(request, "predictions/speaker_detail.html", context, status=status)


def methodology(request: HttpRequest) -> HttpResponse:
    context = {
        "title": _("Methodology"),
        "description": _(
            "How predictions are chosen, judged and scored on Hindsight, and how to ask for a correction."
        ),
        "quorum": settings.HINDSIGHT_RESOLUTION_QUORUM,
        "overdue_grace_days": settings.HINDSIGHT_OVERDUE_GRACE_DAYS,
        "corrections_email": settings.HINDSIGHT_CORRECTIONS_EMAIL,
        **_scoring_context(),
    }
    return render(request, "predictions/methodology.html", context)


def favicon(request: HttpRequest) -> HttpResponse:
    """Browsers ask for /favicon.ico whatever the page says; send them to the static icon."""
    return redirect(static("predictions/favicon.svg"), permanent=True)


def _without_include_late(request: HttpRequest) -> str:
    """This page's address without ``include_late``: the late note's links add or drop it."""
    query = request.GET.copy()
    query.pop("include_late", None)
    return request.path + (f"?{query.urlencode()}" if query else "")


def _scoring_context() -> dict[str, Any]:
    return {"small_sample": scoring.SMALL_SAMPLE, "calibration_bins": scoring.CALIBRATION_BINS}
