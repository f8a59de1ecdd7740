"""Celery tasks of the tracker. Celery's autodiscovery imports this package;
each module registers its tasks."""

from __future__ import annotations

from tracker.tasks.reminders import send_reminder_digest, sweep_reminders

__all__ = ["send_reminder_digest", "sweep_reminders"]
