"""The outbox relay: turn the ledger's outbox rows into webhook deliveries.

``predictions`` writes an ``OutboxEvent`` in the same transaction as each
change; this relay claims unpublished rows, fans each out into one
``WebhookDelivery`` per subscribed endpoint — active, or disabled recently
enough that re-enabling it would still send what it missed — and stamps
``published_at``, all in one transaction. So an event is published exactly
when its deliveries exist; a crash before the commit leaves it unpublished
for the next run; a broker outage only delays the run.

Concurrency: rows are claimed with ``SELECT … FOR UPDATE SKIP LOCKED``, so
relays running at once (beat plus on-commit triggers, several workers) take
disjoint batches instead of waiting or doubling up; the unique constraint
(endpoint, event) backs this up in the database.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from predictions.models import OutboxEvent
from tracker.models import WebhookDelivery, WebhookEndpoint
from tracker.services.notices import notices_record
from tracker.services.webhooks import delivery_body, new_delivery, redelivery_window


@dataclass
class RelayResult:
    events: int = 0
    delivery_ids: list[int] = field(default_factory=list)
    notices: int = 0  # proposers to tell that their proposal was confirmed or rejected


def _is_public(event: OutboxEvent) -> bool:
    """Integrators only read public predictions, so only those are announced."""
    prediction = event.payload.get("data", {}).get("prediction", {})
    return bool(prediction.get("is_public", True))


@transaction.atomic
def outbox_relay(*, batch_size: int = 100) -> RelayResult:
    """Publish up to ``batch_size`` unpublished events, oldest first. Steps:

    1. claim them (skip rows another relay holds);
    2. for each, one delivery per endpoint subscribed to its type, active or
       disabled within ``WEBHOOKS_REDELIVER_MISSED_DAYS`` (its deliveries wait
       for it to be re-enabled); events about non-public predictions go nowhere;
    3. record a notice for each proposer whose proposal was confirmed or rejected
       (``services.notices``: their e-mail is sent after the commit);
    4. stamp them published; return the ids of the deliveries to active
       endpoints (the caller queues their first attempt after the commit).
    """
    events = list(
        OutboxEvent.objects.select_for_update(skip_locked=True)
        .filter(published_at__isnull=True)
        .order_by("id")[:batch_size]
    )
    if not events:
        return RelayResult()
    notices = notices_record(events)  # internal: for every prediction, public or not
    recently_disabled = Q(disabled_at__gte=timezone.now() - redelivery_window())
    endpoints = list(WebhookEndpoint.objects.filter(Q(is_active=True) | recently_disabled))
    deliveries: list[WebhookDelivery] = []
    for event in events:
        if not _is_public(event):
            continue
        subscribed = [endpoint for endpoint in endpoints if endpoint.wants(event.event_type)]
        if not subscribed:
            continue
        payload = event.payload
        body = delivery_body(
            event_type=event.event_type,
            occurred_at=str(payload.get("occurred_at", event.created_at.isoformat())),
            data=payload.get("data", {}),
            version=int(payload.get("version", 1)),
        )
        deliveries.extend(
            new_delivery(endpoint=endpoint, event_type=event.event_type, body=body, event_id=event.pk)
            for endpoint in subscribed
        )
    created = WebhookDelivery.objects.bulk_create(deliveries)
    OutboxEvent.objects.filter(pk__in=[event.pk for event in events]).update(published_at=timezone.now())
    active = {endpoint.pk for endpoint in endpoints if endpoint.is_active}
    return RelayResult(
        events=len(events),
        delivery_ids=[delivery.pk for delivery in created if delivery.endpoint_id in active],
        notices=notices,
    )
