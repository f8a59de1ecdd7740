"""Writes to the ledger: recording speakers, sources and predictions.

Every function here is keyword-only, runs in one transaction, validates with
``full_clean()`` before saving, records who did it and why in the audit history
(django-simple-history: ``_history_user`` / ``_change_reason``), and writes an
outbox event where the outside world should hear about it. Resolutions have
their own module, ``predictions.services.resolutions``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Model

from predictions.audit import audited_delete, audited_save, require_permission
from predictions.errors import PredictionLocked, StaleVersion
from predictions.models import Prediction, Source, SourceTextError, Speaker, Topic
from predictions.outbox import outbox_emit
from predictions.provenance import QuoteNotFound, locate_quote, sha256_hex
from predictions.public_cache import invalidate_on_commit
from predictions.services.tallies import prediction_changed, prediction_snapshot

if TYPE_CHECKING:
    from predictions.audit import Actor


def _only_model_fields(model: type[Model], fields: dict[str, Any]) -> None:
    editable = {field.name for field in model._meta.concrete_fields if field.editable}
    unknown = set(fields) - editable
    if unknown:
        raise TypeError(f"{model.__name__} has no editable field(s): {', '.join(sorted(unknown))}")


@transaction.atomic
def reference_save(*, instance: Speaker | Source | Topic, by: Actor, reason: str) -> Any:
    """Add or change a speaker, source or topic (the things predictions refer to).

    A source's text is verified on the way in: a seeds/ file must match its
    sha256; inline text gets its sha256 computed; a changed text must still
    hold every quote of the source's predictions at its anchor.
    """
    action = "change" if instance.pk else "add"
    meta = instance._meta
    require_permission(by, f"predictions.{action}_{meta.model_name}", f"{action} {meta.verbose_name_plural}")
    if isinstance(instance, Source):
        source_text_validate(instance)
    audited_save(instance, by=by, reason=reason)
    invalidate_on_commit()  # names, titles and links appear on public pages
    return instance


@transaction.atomic
def record_delete(*, instance: Prediction | Speaker | Source | Topic, by: Actor, reason: str) -> None:
    """Delete a prediction, speaker, source or topic (superusers, in the admin).

    The database refuses what is still referred to (PROTECT: a judged
    prediction, a quoted source); the audit history keeps the deleted row,
    and the public pages forget it once the deletion commits.
    """
    meta = instance._meta
    require_permission(by, f"predictions.delete_{meta.model_name}", f"delete {meta.verbose_name_plural}")
    if isinstance(instance, Prediction):
        prediction_changed(before=prediction_snapshot(instance), after=None)
    # A deleted topic's tally rows go with it (ON DELETE CASCADE), as its predictions lose it.
    audited_delete(instance, by=by, reason=reason)
    invalidate_on_commit()


def source_text_validate(source: Source) -> None:
    """Refuse a source text that cannot be trusted (``ValidationError``).

    A seeds/ file must match its recorded sha256; inline text gets its sha256
    computed; the text of a source already quoted must still hold every quote
    at its anchor. The admin form calls this too, to show the problem by the field.
    """
    if source.text and not source.text_file:
        source.text_sha256 = sha256_hex(source.text.encode("utf-8"))
    source.__dict__.pop("full_text", None)  # drop a cached read of older text
    try:
        source.full_text  # noqa: B018 - reading it verifies file and sha256
    except SourceTextError as error:
        raise ValidationError({"text_file": str(error)}) from None
    if source.pk:
        _refuse_text_that_loses_quotes(source)


def _refuse_text_that_loses_quotes(source: Source) -> None:
    text = source.full_text
    lost = []
    for prediction_id, quote, start in source.predictions.values_list("id", "quote", "quote_start"):
        try:
            locate_quote(text, quote, start)
        except QuoteNotFound:
            lost.append(str(prediction_id))
    if lost:
        raise ValidationError(
            {
                "text": f"This text no longer holds the quotes of prediction(s) {', '.join(lost)} at their anchors. "
                "Keep the text verbatim, or correct those predictions' quotes first."
            }
        )


def anchor_quote(prediction: Prediction) -> None:
    """Set ``quote_start``/``quote_end`` from the source text, or refuse the quote.

    An anchor that is already set must still point at the quote; a source
    without stored text leaves the quote unanchored.
    """
    try:
        text = prediction.source.full_text
    except SourceTextError as error:
        raise ValidationError({"source": str(error)}) from None
    if not text:
        prediction.quote_start = prediction.quote_end = None
        return
    try:
        prediction.quote_start, prediction.quote_end = locate_quote(text, prediction.quote, prediction.quote_start)
    except QuoteNotFound as error:
        raise ValidationError({"quote": f"Not found verbatim in the source: {error}."}) from None


@transaction.atomic
def prediction_record(
    *,
    by: Actor,
    reason: str = "Recorded",
    topics: Iterable[Topic] = (),
    reviewers: Iterable[Any] = (),
    **fields: Any,
) -> Prediction:
    """Record a prediction. Steps:

    1. anchor the quote in the source text (refused when not verbatim);
    2. validate (dates, probability, slug) and save with an audit entry;
    3. attach topics and assigned reviewers;
    4. write a ``prediction.created`` outbox event.
    """
    require_permission(by, "predictions.add_prediction", "record predictions")
    _only_model_fields(Prediction, fields)
    prediction = Prediction(**fields)
    anchor_quote(prediction)
    audited_save(prediction, by=by, reason=reason)
    prediction.topics.set(topics)
    prediction.reviewers.set(reviewers)
    outbox_emit(event_type="prediction.created", prediction=prediction)
    prediction_changed(before=None, after=prediction_snapshot(prediction))  # counted; its pages show it
    return prediction


@transaction.atomic
def prediction_update(
    *,
    prediction: Prediction,
    by: Actor,
    reason: str,
    changes: dict[str, Any],
    expected_version: int | None = None,
    topics: Iterable[Topic] | None = None,
    reviewers: Iterable[Any] | None = None,
) -> Prediction:
    """Change a prediction that has no final resolution. Steps:

    1. lock the row; refuse when a resolution is final (supersede it instead)
       or when ``expected_version`` is given and the row has moved on;
    2. stop when nothing actually changes (a save with the same values);
       otherwise apply the changes, re-anchor the quote, bump ``version``;
    3. validate, save with an audit entry saying why;
    4. write a ``prediction.updated`` event naming the changed fields.
    """
    require_permission(by, "predictions.change_prediction", "edit predictions")
    _only_model_fields(Prediction, changes)
    if not reason.strip():
        raise ValidationError({"reason": "Say why the prediction is changed; the reason is kept in its history."})
    locked = Prediction.objects.select_for_update().select_related("source", "speaker").get(pk=prediction.pk)
    if locked.final_resolution_id is not None:
        raise PredictionLocked(
            "This prediction has a final resolution and is no longer edited. "
            "To change the verdict, supersede the resolution with a reason."
        )
    if expected_version is not None and locked.version != expected_version:
        raise StaleVersion(
            f"The prediction was changed by someone else (version {locked.version}, you had {expected_version}). "
            "Reload it and apply your change again."
        )
    before = prediction_snapshot(locked)
    changed = sorted(name for name, value in changes.items() if getattr(locked, name) != value)
    topics = None if topics is None else list(topics)
    if topics is not None and set(topics) != set(locked.topics.all()):
        changed.append("topics")
    reviewers = None if reviewers is None else list(reviewers)
    reviewers_changed = reviewers is not None and set(reviewers) != set(locked.reviewers.all())
    if not changed and not reviewers_changed:
        # Nothing to record: no new version (the API's ETag stays), no history
        # row, no event, no cache invalidation.
        return locked
    for name, value in changes.items():
        setattr(locked, name, value)
    if {"quote", "source"} & set(changed):
        locked.quote_start = locked.quote_end = None
        anchor_quote(locked)
    if topics is not None:
        locked.topics.set(topics)
    if reviewers is not None:
        locked.reviewers.set(reviewers)
    locked.version += 1
    audited_save(locked, by=by, reason=reason)
    outbox_emit(event_type="prediction.updated", prediction=locked, extra={"changed_fields": changed})
    # Speaker, topics, dates, visibility or probability may move a tally; any change shows on its pages.
    prediction_changed(before=before, after=prediction_snapshot(locked))
    prediction.refresh_from_db()
    return locked
