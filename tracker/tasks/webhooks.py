"""Thin tasks for the outbox relay and webhook deliveries.

- ``relay_outbox``: run by beat every few seconds (a django-celery-beat entry
  created by a data migration, editable in the admin) and, for low latency,
  right after each outbox write commits (``tracker.signals``); it then sends the
  proposers' notices that are due (``services.notices``);
- ``deliver_webhook``: one attempt at one delivery; ``acks_late`` so a killed
  worker's attempt is redelivered, and harmless when duplicated (the attempt
  is claimed by a compare-and-set in the service);
- ``retry_webhook_deliveries``: run by beat; queues attempts that are due.
  Retries come from the database, never from countdown/ETA messages.
"""

from __future__ import annotations

import logging

from celery import shared_task

from tracker.services import notices as notice_service
from tracker.services import outbox_relay as relay_service
from tracker.services import webhooks as webhook_service

logger = logging.getLogger(__name__)


def queue_deliveries(delivery_ids: list[int]) -> None:
    for delivery_id in delivery_ids:
        deliver_webhook.delay(delivery_id)


@shared_task(name="tracker.relay_outbox", acks_late=True, ignore_result=True)
def relay_outbox() -> int:
    """Relay batches until the outbox is empty; queue each delivery's first attempt; then send the
    proposers' notices that are due (new ones, and earlier ones past their back-off)."""
    total = 0
    for _ in range(50):  # bounded: a flood is finished by the next run
        result = relay_service.outbox_relay()
        queue_deliveries(result.delivery_ids)
        total += result.events
        if result.events == 0:
            break
    notice_service.notices_send()
    return total


@shared_task(name="tracker.deliver_webhook", acks_late=True, ignore_result=True)
def deliver_webhook(delivery_id: int) -> bool:
    return webhook_service.webhook_delivery_attempt(delivery_id=delivery_id).succeeded


@shared_task(name="tracker.retry_webhook_deliveries", acks_late=True, ignore_result=True)
def retry_webhook_deliveries() -> int:
    due = webhook_service.webhook_deliveries_due()
    queue_deliveries(due)
    return len(due)
