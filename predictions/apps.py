from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PredictionsConfig(AppConfig):
    name = "predictions"
    verbose_name = _("Prediction ledger")

    def ready(self) -> None:
        from predictions import checks  # noqa: F401 - registers the system checks
