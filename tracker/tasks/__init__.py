"""Celery tasks of the tracker (thin: they call services). Celery's
autodiscovery imports this package; each module registers its tasks."""

from __future__ import annotations

from tracker.tasks.webhooks import deliver_webhook, relay_outbox, retry_webhook_deliveries

__all__ = ["deliver_webhook", "relay_outbox", "retry_webhook_deliveries"]
