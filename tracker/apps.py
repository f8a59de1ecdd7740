from __future__ import annotations

from django.apps import AppConfig


class TrackerConfig(AppConfig):
    name = "tracker"
    verbose_name = "Reminders and deliveries"

    def ready(self) -> None:
        from tracker import (
            checks,  # noqa: F401 - registers the system checks
            signals,
        )

        signals.connect()
