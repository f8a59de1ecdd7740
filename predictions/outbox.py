"""The one seam through which the ledger tells the outside world about changes.

Services call ``outbox_emit`` inside their transaction; the row commits or
rolls back with the change. ``tracker`` relays the rows (webhooks, e-mail);
``predictions`` never imports ``tracker``.
"""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils import timezone

from predictions.models import OutboxEvent, Prediction, Resolution
from predictions.signals import outbox_committed

PAYLOAD_VERSION = 1

EVENT_TYPES = (
    "prediction.created",
    "prediction.updated",
    "prediction.due",
    "resolution.proposed",
    "prediction.resolved",
    "resolution.superseded",
)


def prediction_summary(prediction: Prediction) -> dict[str, Any]:
    today = timezone.localdate()
    return {
        "id": prediction.pk,
        "claim": prediction.claim,
        "speaker": prediction.speaker.slug,
        "made_on": prediction.made_on.isoformat(),
        "resolve_on": prediction.resolve_on.isoformat(),
        "status": prediction.status_on(today).value,
        "is_public": prediction.is_public,
        "version": prediction.version,
    }


def resolution_summary(resolution: Resolution) -> dict[str, Any]:
    return {
        "id": resolution.pk,
        "outcome": resolution.outcome,
        "state": resolution.state,
        "as_of": resolution.as_of.isoformat(),
        "rationale": resolution.rationale,
        "supersedes": resolution.supersedes_id,
    }


def outbox_emit(
    *,
    event_type: str,
    prediction: Prediction,
    resolution: Resolution | None = None,
    extra: dict[str, Any] | None = None,
) -> OutboxEvent:
    """Write one event row; call it inside the transaction of the change."""
    if event_type not in EVENT_TYPES:
        raise ValueError(f"unknown event type {event_type!r}")
    data: dict[str, Any] = {"prediction": prediction_summary(prediction)}
    if resolution is not None:
        data["resolution"] = resolution_summary(resolution)
    if extra:
        data.update(extra)
    payload = {
        "type": event_type,
        "version": PAYLOAD_VERSION,
        "occurred_at": timezone.now().isoformat(),
        "data": data,
    }
    event = OutboxEvent.objects.create(event_type=event_type, payload=payload, prediction=prediction)
    # robust: a listener's failure (e.g. the broker is down) must not fail the
    # request whose change has already committed; the periodic relay catches up.
    transaction.on_commit(lambda: outbox_committed.send(sender=OutboxEvent, event_id=event.pk), robust=True)
    return event
