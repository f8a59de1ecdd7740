"""The one seam through which the ledger tells the outside world about changes.

Services call ``outbox_emit`` inside their transaction; the row commits or
rolls back with the change. ``tracker`` relays the rows to webhooks;
``predictions`` never imports ``tracker``.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import Any, NamedTuple

from django.db import connection, transaction
from django.utils import timezone

from predictions.bulk import insert_rows
from predictions.models import OutboxEvent, Prediction, Resolution, ResolutionState
from predictions.selectors.status import status_for
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
# Events for the tracker alone: never offered to webhook subscribers (who may subscribe only
# to EVENT_TYPES), because rejected proposals stay internal. The tracker tells the proposer.
INTERNAL_EVENT_TYPES = ("resolution.rejected",)


class PredictionSummary(NamedTuple):
    """What an event says of its prediction, as plain values (a sweep announcing a thousand predictions
    reads them as rows, not model instances)."""

    id: int
    claim: str
    speaker_slug: str
    made_on: datetime.date
    resolve_on: datetime.date
    final_resolution_id: int | None
    is_public: bool
    version: int

    @classmethod
    def of(cls, prediction: Prediction) -> PredictionSummary:
        return cls(
            prediction.pk, prediction.claim, prediction.speaker.slug, prediction.made_on, prediction.resolve_on,
            prediction.final_resolution_id, prediction.is_public, prediction.version,
        )  # fmt: skip

    def as_payload(self, today: datetime.date) -> dict[str, Any]:
        return {
            "id": self.id,
            "claim": self.claim,
            "speaker": self.speaker_slug,
            "made_on": self.made_on.isoformat(),
            "resolve_on": self.resolve_on.isoformat(),
            "status": status_for(self.resolve_on, self.final_resolution_id, today)[0].value,
            "is_public": self.is_public,
            "version": self.version,
        }


def prediction_summary(prediction: Prediction, today: datetime.date | None = None) -> dict[str, Any]:
    return PredictionSummary.of(prediction).as_payload(today or timezone.localdate())


def resolution_summary(resolution: Resolution) -> dict[str, Any]:
    if resolution.state == ResolutionState.PROPOSED:
        # Any integrator may subscribe: like the public API, an event says a
        # proposal awaits a second reviewer, not what it proposes.
        return {"id": resolution.pk, "state": resolution.state, "supersedes": resolution.supersedes_id}
    return {
        "id": resolution.pk,
        "outcome": resolution.outcome,
        "state": resolution.state,
        "as_of": resolution.as_of.isoformat(),
        "rationale": resolution.rationale,
        "supersedes": resolution.supersedes_id,
    }


def _payload(
    event_type: str,
    prediction: PredictionSummary,
    resolution: Resolution | None,
    extra: dict[str, Any] | None,
    today: datetime.date | None = None,
) -> dict[str, Any]:
    if event_type not in EVENT_TYPES and event_type not in INTERNAL_EVENT_TYPES:
        raise ValueError(f"unknown event type {event_type!r}")
    data: dict[str, Any] = {"prediction": prediction.as_payload(today or timezone.localdate())}
    if resolution is not None:
        data["resolution"] = resolution_summary(resolution)
    if extra:
        data.update(extra)
    return {
        "type": event_type,
        "version": PAYLOAD_VERSION,
        "occurred_at": timezone.now().isoformat(),
        "data": data,
    }


def _announce_after_commit(event_id: int) -> None:
    # robust: a listener's failure (e.g. the broker is down) must not fail the
    # request whose change has already committed; the periodic relay catches up.
    transaction.on_commit(lambda: outbox_committed.send(sender=OutboxEvent, event_id=event_id), robust=True)


def outbox_emit(
    *,
    event_type: str,
    prediction: Prediction,
    resolution: Resolution | None = None,
    extra: dict[str, Any] | None = None,
) -> OutboxEvent:
    """Write one event row; call it inside the transaction of the change."""
    payload = _payload(event_type, PredictionSummary.of(prediction), resolution, extra)
    event = OutboxEvent.objects.create(event_type=event_type, payload=payload, prediction=prediction)
    _announce_after_commit(event.pk)
    return event


def outbox_emit_many(*, event_type: str, predictions: Sequence[PredictionSummary]) -> list[int]:
    """One event per prediction in one INSERT (a sweep announcing many at
    once); a single commit signal covers them all, since a relay run
    publishes every unpublished row. Returns the new rows' ids.

    On PostgreSQL the rows are plain tuples, payloads included (``bulk.insert_rows``): a
    sweep announcing a thousand predictions paid more for a thousand model
    instances (``bulk_create``) than for the insert."""
    if not predictions:
        return []
    today = timezone.localdate()
    if connection.vendor != "postgresql":
        events = [
            OutboxEvent(event_type=event_type, payload=_payload(event_type, p, None, None, today), prediction_id=p.id)
            for p in predictions
        ]
        return [event.pk for event in OutboxEvent.objects.bulk_create(events)]
    now = timezone.now()
    ids = insert_rows(
        OutboxEvent,
        ["event_type", "payload", "prediction_id", "created_at"],
        [(event_type, _payload(event_type, p, None, None, today), p.id, now) for p in predictions],
        skip_conflicts=False,
        returning_ids=True,
    )
    _announce_after_commit(max(ids))
    return ids
