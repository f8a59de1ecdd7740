"""Load a fixture's rows that are not in the ledger yet, through the services.

``loaddata`` would do for an empty database, but it overwrites rows that
already exist: re-running ``make run`` after a reviewer edited a prediction
would silently undo the edit. This loader only *adds* what is missing (matched
by natural key: slugs, and source + slug for predictions), and sends every new
row through the same services as the admin and the API, so quotes are checked
against their sources and the audit history says where the row came from.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.core import serializers
from django.db import transaction
from django.db.models import Model

from predictions.errors import PredictionLocked
from predictions.models import Prediction, Source, Speaker, Topic
from predictions.services.hedges import hedge_attach
from predictions.services.ledger import prediction_record, prediction_update, reference_save


@dataclass(frozen=True)
class LoadedRow:
    model: str
    natural_key: tuple[str, ...]
    created: bool


def _editable_values(instance: Model) -> dict[str, Any]:
    return {
        field.name: getattr(instance, field.name)
        for field in instance._meta.concrete_fields
        if field.editable and not field.primary_key
    }


def _exists(instance: Any) -> bool:
    manager: Any = type(instance)._default_manager
    try:
        manager.get_by_natural_key(*instance.natural_key())
    except type(instance).DoesNotExist:
        return False
    return True


def _record_prediction(instance: Prediction, m2m: dict[str, list[Any]], reason: str) -> None:
    prediction_record(
        by=None,
        reason=reason,
        topics=Topic.objects.filter(pk__in=m2m.get("topics", [])),
        reviewers=m2m.get("reviewers", []),
        **_editable_values(instance),
    )


def _record_reference(instance: Model, m2m: dict[str, list[Any]], reason: str) -> None:
    fresh = type(instance)(**_editable_values(instance))
    reference_save(instance=fresh, by=None, reason=reason)  # type: ignore[arg-type]


RECORDERS: dict[type[Model], Callable[[Any, dict[str, list[Any]], str], None]] = {
    Topic: _record_reference,
    Speaker: _record_reference,
    Source: _record_reference,
    Prediction: _record_prediction,
}


@transaction.atomic
def fixture_load_missing(*, path: Path) -> list[LoadedRow]:
    """Every row of the fixture at ``path``, with those not yet present added.

    All or nothing: a row that fails validation rolls the whole file back.
    """
    rows: list[LoadedRow] = []
    reason = f"Loaded from fixtures/{path.name}"
    with path.open(encoding="utf-8") as handle:
        for deserialized in serializers.deserialize("json", handle, handle_forward_references=False):
            instance: Any = deserialized.object
            label = instance._meta.label_lower
            recorder = RECORDERS.get(type(instance))
            if recorder is None:
                raise ValueError(f"{path.name}: rows of {label} cannot be loaded by the ledger")
            key = tuple(instance.natural_key())
            if _exists(instance):
                rows.append(LoadedRow(label, key, created=False))
                continue
            m2m: dict[str, list[Any]] = {name: list(ids) for name, ids in (deserialized.m2m_data or {}).items()}
            recorder(instance, m2m, reason)
            rows.append(LoadedRow(label, key, created=True))
    return rows


@dataclass(frozen=True)
class AppliedStep:
    label: str
    applied: bool
    note: str = ""


def _already_applied(instance: Any, reason: str) -> bool:
    return bool(instance.history.filter(history_change_reason=reason).exists())


def _apply_step(step: dict[str, Any], source_slug: str) -> AppliedStep:
    model, slug, reason = step["model"], step["slug"], step["reason"]
    label = f"{model} {slug}: {reason.splitlines()[0][:70]}…"
    instance: Any
    if model == "prediction":
        instance = Prediction.objects.get(source__slug=source_slug, slug=slug)
    else:
        references: dict[str, Any] = {"speaker": Speaker, "source": Source}
        instance = references[model].objects.get(slug=slug)
    if _already_applied(instance, reason):
        return AppliedStep(label, applied=False, note="already applied")
    changes: dict[str, Any] = dict(step.get("changes", {}))
    for name, text in step.get("append", {}).items():
        current = getattr(instance, name)
        if not current.endswith(text):
            changes[name] = current + text
    if model != "prediction":
        for name, value in changes.items():
            setattr(instance, name, value)
        reference_save(instance=instance, by=None, reason=reason)
        return AppliedStep(label, applied=True)
    try:
        if "hedge" in step:
            hedge = step["hedge"]
            hedge_attach(
                prediction=instance,
                quote=hedge["quote"],
                translation=hedge.get("translation", ""),
                by=None,
                reason=reason,
                changes=changes,
            )
        else:
            prediction_update(prediction=instance, by=None, reason=reason, changes=changes)
    except PredictionLocked:
        return AppliedStep(label, applied=False, note="skipped: the prediction has a final verdict")
    return AppliedStep(label, applied=True)


@transaction.atomic
def fixture_apply_corrections(*, path: Path) -> list[AppliedStep]:
    """Apply the correction steps of ``path`` (``<fixture>_corrections.json``) through the services.

    Each step changes one speaker, source or prediction with a reason, which
    the public history shows; a prediction step may attach a hedge. A step whose
    reason is already in the object's history was applied before and is
    skipped, so re-running ``make run`` changes nothing (and never undoes a
    reviewer's later edit). All or nothing, like ``fixture_load_missing``.
    """
    with path.open(encoding="utf-8") as handle:
        corrections = json.load(handle)
    return [_apply_step(step, corrections["source"]) for step in corrections["steps"]]
