"""Writes about how far a prediction is to be trusted: its hedges and the reviewer's "recorded late" mark.

Both change what a reader should believe about a prediction without touching
its claim, so both save the prediction with a reason (the public history shows
it), bump its version and tell the outside world (``prediction.updated``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.core.exceptions import ValidationError
from django.db import transaction

from predictions.audit import audited_save, require_permission
from predictions.errors import PredictionLocked
from predictions.models import Hedge, Prediction, SourceTextError
from predictions.outbox import outbox_emit
from predictions.provenance import QuoteNotFound, locate_quote
from predictions.services.ledger import _only_model_fields
from predictions.services.tallies import Snapshot, prediction_changed, prediction_snapshot

if TYPE_CHECKING:
    from predictions.audit import Actor


def _require_reason(reason: str) -> None:
    if not reason.strip():
        raise ValidationError({"reason": "Say why; the reason is kept in the prediction's public history."})


def _save_prediction(prediction: Prediction, *, before: Snapshot, by: Actor, reason: str, changed: list[str]) -> None:
    prediction.version += 1
    audited_save(prediction, by=by, reason=reason)
    outbox_emit(event_type="prediction.updated", prediction=prediction, extra={"changed_fields": changed})
    # A lower probability or a late mark moves the speaker's tallies; the pages show the change.
    prediction_changed(before=before, after=prediction_snapshot(prediction))


@transaction.atomic
def hedge_attach(
    *,
    prediction: Prediction,
    quote: str,
    by: Actor,
    reason: str,
    translation: str = "",
    changes: dict[str, Any] | None = None,
) -> Hedge:
    """Attach a passage of the prediction's own source that qualifies its confidence. Steps:

    1. lock the prediction; refuse when a resolution is final (the record was judged as it stood);
    2. anchor the passage in the source text (refused when not verbatim);
    3. save the hedge and apply ``changes`` (e.g. a lower ``implied_probability``) in one
       history entry with ``reason``. Attaching the same passage again changes nothing.
    """
    require_permission(by, "predictions.change_prediction", "edit predictions")
    _require_reason(reason)
    changes = changes or {}
    _only_model_fields(Prediction, changes)
    locked = Prediction.objects.select_for_update().select_related("source", "speaker").get(pk=prediction.pk)
    before = prediction_snapshot(locked)
    if locked.final_resolution_id is not None:
        raise PredictionLocked("This prediction has a final resolution; its record is no longer changed.")
    try:
        start, end = locate_quote(locked.source.full_text, quote)
    except (QuoteNotFound, SourceTextError) as error:
        raise ValidationError({"quote": f"Not found verbatim in the prediction's source: {error}."}) from None
    existing = Hedge.objects.filter(prediction=locked, quote_start=start, quote_end=end).first()
    if existing is not None:
        return existing
    hedge = Hedge(prediction=locked, quote=quote, quote_start=start, quote_end=end, translation=translation)
    audited_save(hedge, by=by, reason=reason)
    changed = sorted(name for name, value in changes.items() if getattr(locked, name) != value)
    for name, value in changes.items():
        setattr(locked, name, value)
    _save_prediction(locked, before=before, by=by, reason=reason, changed=["hedges", *changed])
    prediction.refresh_from_db()
    return hedge


@transaction.atomic
def prediction_mark_recorded_late(*, prediction: Prediction, by: Actor, reason: str, reason_zh: str = "") -> Prediction:
    """A reviewer marks that decisive evidence was already public when the prediction was recorded.

    ``reason`` is published beside the prediction and makes it recorded late
    (``selectors.status.recorded_late_for``), so it leaves the scores. Allowed
    after a verdict too: the mark is about the record, not the outcome.
    """
    require_permission(by, "predictions.propose_resolution", "mark predictions as recorded late")
    _require_reason(reason)
    locked = Prediction.objects.select_for_update().select_related("speaker").get(pk=prediction.pk)
    before = prediction_snapshot(locked)
    locked.late_evidence_reason = reason.strip()
    locked.late_evidence_reason_zh = reason_zh.strip()
    _save_prediction(locked, before=before, by=by, reason=reason, changed=["late_evidence_reason"])
    prediction.refresh_from_db()
    return locked
