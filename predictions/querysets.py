"""Status of predictions computed in SQL, so lists never derive it row by row.

A prediction is **open** while its resolve-on date is in the future, **due**
from that date until a resolution is final, then **resolved**. A due
prediction is **overdue** once it has waited longer than
``HINDSIGHT_OVERDUE_GRACE_DAYS``. "Today" is the site's local date
(``timezone.localdate()``), so a prediction falls due at local midnight.
"""

from __future__ import annotations

import datetime
from typing import Any

from django.conf import settings
from django.db import models
from django.db.models import Case, Value, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    OPEN = "open", _("Open")
    DUE = "due", _("Due")
    RESOLVED = "resolved", _("Resolved")


def overdue_cutoff(today: datetime.date) -> datetime.date:
    """Predictions due on or before this date are overdue on ``today``."""
    return today - datetime.timedelta(days=settings.HINDSIGHT_OVERDUE_GRACE_DAYS + 1)


# Typed loosely (Any): a precise QuerySet["Prediction"] would be an import cycle with models.py.
class PredictionQuerySet(models.QuerySet[Any]):
    def with_status(self, today: datetime.date | None = None) -> PredictionQuerySet:
        """Annotate ``status`` (open/due/resolved) and ``is_overdue``.

        Mirrors ``Prediction.status_on`` / ``is_overdue_on``.
        """
        today = today or timezone.localdate()
        return self.annotate(
            status=Case(
                When(final_resolution__isnull=False, then=Value(Status.RESOLVED.value)),
                When(resolve_on__gt=today, then=Value(Status.OPEN.value)),
                default=Value(Status.DUE.value),
                output_field=models.CharField(),
            ),
            is_overdue=Case(
                When(final_resolution__isnull=True, resolve_on__lte=overdue_cutoff(today), then=Value(True)),
                default=Value(False),
                output_field=models.BooleanField(),
            ),
        )

    def open(self, today: datetime.date | None = None) -> PredictionQuerySet:
        return self.filter(final_resolution__isnull=True, resolve_on__gt=today or timezone.localdate())

    def due(self, today: datetime.date | None = None) -> PredictionQuerySet:
        """Due, overdue included (resolve-on reached, nothing final yet)."""
        return self.filter(final_resolution__isnull=True, resolve_on__lte=today or timezone.localdate())

    def overdue(self, today: datetime.date | None = None) -> PredictionQuerySet:
        return self.filter(final_resolution__isnull=True, resolve_on__lte=overdue_cutoff(today or timezone.localdate()))

    def resolved(self) -> PredictionQuerySet:
        return self.filter(final_resolution__isnull=False)

    def with_status_filter(self, status: str, today: datetime.date | None = None) -> PredictionQuerySet:
        """Filter by one of open, due, overdue, resolved (the names the API and admin use)."""
        filters = {"open": self.open, "due": self.due, "overdue": self.overdue}
        if status == "resolved":
            return self.resolved()
        return filters[status](today)

    def public(self) -> PredictionQuerySet:
        return self.filter(is_public=True)


STATUS_FILTER_CHOICES = [
    ("open", _("Open")),
    ("due", _("Due")),
    ("overdue", _("Overdue")),
    ("resolved", _("Resolved")),
]


class PredictionManager(models.Manager.from_queryset(PredictionQuerySet)):  # type: ignore[misc]
    def get_by_natural_key(self, source_slug: str, slug: str) -> Any:
        return self.get(source__slug=source_slug, slug=slug)
