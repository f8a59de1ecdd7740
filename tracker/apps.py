from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TrackerConfig(AppConfig):
    name = "tracker"
    verbose_name = _("Reminders and deliveries")

    def ready(self) -> None:
        from tracker import (
            checks,  # noqa: F401 - registers the system checks
            signals,
        )

        signals.connect()
