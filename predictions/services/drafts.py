"""From a found forecast to a public prediction: accept or dismiss a candidate, publish a draft.

A draft is a ``Prediction`` with ``is_draft=True`` and ``is_public=False`` (a database constraint
keeps drafts private). It carries what the extractor read — the quote anchored at its offsets, the
said-on date, the horizon and its rule, the resolve-on date, the hedges and a stated probability —
and waits for a reviewer to write the claim, the criteria and the translation. Publishing makes it
public; that is when the outside world hears of it (one ``prediction.created`` outbox event), never
before: a draft writes no event of its own, and the relay drops the events of private predictions.
"""

from __future__ import annotations

import datetime
import itertools
from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext

from predictions.audit import audited_save, require_permission
from predictions.errors import StateConflict
from predictions.intake.rules_zh import in_chinese
from predictions.models import DismissedCandidate, Prediction, Source, Speaker
from predictions.outbox import outbox_emit
from predictions.selectors.drafts import Offered, find_candidate, intake_language
from predictions.services.ledger import anchor_quote
from predictions.services.tallies import prediction_changed, prediction_snapshot

if TYPE_CHECKING:
    from predictions.audit import Actor

# Written by the reviewer before publishing; a draft is saved without them.
REVIEWERS_FIELDS = ("claim", "resolution_criteria", "translation")
# A draft's slug until it is published: the public URL is then named by the claim the reviewer wrote.
DRAFT_SLUG_PREFIX = "draft-"
SLUG_LENGTH = 60


def _slug_for(prediction: Prediction) -> str:
    """A slug from the (English) claim, unique among its source's predictions: "…-2", "…-3" on a clash."""
    base = slugify(prediction.claim)[:SLUG_LENGTH].strip("-") or "prediction"
    taken = set(
        Prediction.objects.filter(source_id=prediction.source_id, slug__startswith=base)
        .exclude(pk=prediction.pk)
        .values_list("slug", flat=True)
    )
    return next(slug for n in itertools.count(1) if (slug := base if n == 1 else f"{base}-{n}") not in taken)


def _offered(source: Source, key: str, said_on: datetime.date) -> Offered:
    # Lock the source: two reviewers accepting the same candidate at once make one draft, not two.
    Source.objects.select_for_update().filter(pk=source.pk).first()
    offered = find_candidate(source, key=key, said_on=said_on)
    if offered is None:
        raise StateConflict(
            gettext(
                "This candidate is not offered any more (dismissed, or the source text changed). Find forecasts again."
            )
        )
    if offered.prediction_id is not None:
        raise StateConflict(
            gettext("This candidate was already accepted: prediction %(id)s.") % {"id": offered.prediction_id}
        )
    return offered


@transaction.atomic
def candidate_accept(*, source: Source, key: str, speaker: Speaker, said_on: datetime.date, by: Actor) -> Prediction:
    """Make a draft prediction of the candidate ``key`` found in ``source``. Steps:

    1. find the candidate again in the source text (said on ``said_on``: horizons are counted from it);
       refuse one that is dismissed, already accepted, or gone;
    2. fill the draft from it: quote and offsets, made-on, horizon, rule, resolve-on (the said-on date
       when no horizon is stated: the reviewer sets it), hedges, stated probability; an English quote is
       its own English text, so it is the translation too;
    3. save it private, as a draft, with an audit entry. No outbox event: nothing public happened.
    """
    require_permission(by, "predictions.add_prediction", "record predictions")
    candidate = _offered(source, key, said_on).candidate
    language = intake_language(source.language)
    draft = Prediction(
        speaker=speaker,
        source=source,
        slug=f"{DRAFT_SLUG_PREFIX}{key[:12]}",
        quote=candidate.quote,
        quote_language=source.language,
        quote_start=candidate.start,
        quote_end=candidate.end,
        translation=candidate.quote if language == "en" else "",
        claim="",
        resolution_criteria="",
        made_on=said_on,
        horizon=(candidate.horizon or "")[:200],
        horizon_rule=candidate.horizon_rule or "",
        horizon_rule_zh=in_chinese(candidate.horizon_rule or "") or "",
        resolve_on=candidate.resolve_on or said_on,
        stated_confidence="; ".join(candidate.hedges)[:300],
        implied_probability=candidate.probability,
        is_public=False,
        is_draft=True,
        recorded_at=None,  # recorded when published: pre-registration counts from then
    )
    if candidate.kind is not None:  # else the model's default; the reviewer checks it on the draft
        draft.quote_kind = candidate.kind
    anchor_quote(draft)  # the offsets must still point at the quote
    audited_save(draft, by=by, reason="Draft from a found forecast", unchecked=REVIEWERS_FIELDS)
    return draft


@transaction.atomic
def candidate_dismiss(*, source: Source, key: str, said_on: datetime.date, by: Actor) -> DismissedCandidate:
    """Remember that the candidate ``key`` of ``source`` is not a forecast: it is not offered again."""
    require_permission(by, "predictions.add_prediction", "dismiss forecast candidates")
    candidate = _offered(source, key, said_on).candidate
    dismissed, _ = DismissedCandidate.objects.get_or_create(
        source=source,
        start=candidate.start,
        end=candidate.end,
        defaults={"quote": candidate.quote, "dismissed_by": by if by is not None and by.is_authenticated else None},
    )
    return dismissed


@transaction.atomic
def prediction_publish(*, prediction: Prediction, by: Actor, reason: str = "Published") -> Prediction:
    """Publish a draft. Steps:

    1. lock the row; refuse one that is not a draft (published already);
    2. require what a public prediction needs: claim, criteria, translation (every field's rule, as for
       any prediction) and a resolve-on date after the said-on date (a source without a horizon leaves
       the said-on date in place until the reviewer sets one);
    3. make it public and recorded now (``recorded_at``), with an audit entry and a new version;
    4. write the ``prediction.created`` outbox event: for integrators it begins to exist now.
    """
    require_permission(by, "predictions.publish_prediction", "publish predictions")
    locked = Prediction.objects.select_for_update().select_related("source", "speaker").get(pk=prediction.pk)
    if not locked.is_draft:
        raise StateConflict(gettext("This prediction is published already."))
    before = prediction_snapshot(locked)  # a draft: in no tally yet
    if locked.resolve_on <= locked.made_on:
        raise ValidationError(
            {"resolve_on": gettext("Set the date it can be judged: it must come after the date it was said.")}
        )
    if locked.slug.startswith(DRAFT_SLUG_PREFIX):  # the reviewer left the placeholder: name it by its claim
        locked.slug = _slug_for(locked)
    locked.is_draft = False
    locked.is_public = True
    # Publishing fixes the moment of recording for the public: a forecast whose outcome could be
    # known by now is recorded late (selectors.status.recorded_late_for) and not scored.
    locked.recorded_at = timezone.now()
    locked.version += 1
    audited_save(locked, by=by, reason=reason)
    outbox_emit(event_type="prediction.created", prediction=locked)
    # Counted from now on (kept tallies, in this transaction); its pages, its speaker's and the home page
    # are refreshed after commit.
    prediction_changed(before=before, after=prediction_snapshot(locked))
    prediction.refresh_from_db()
    return locked
