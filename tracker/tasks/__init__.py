"""Celery tasks of the tracker. Celery's autodiscovery imports this package;
each module registers its tasks."""

from __future__ import annotations

from tracker.tasks.reminders import send_reminder_digest, sweep_reminders
from tracker.tasks.webhooks import deliver_webhook, relay_outbox, retry_webhook_deliveries

__all__ = ["deliver_webhook", "relay_outbox", "retry_webhook_deliveries", "send_reminder_digest", "sweep_reminders"]
