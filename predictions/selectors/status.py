"""The status rule of a prediction, in Python and in SQL, side by side.

Pure: this module imports no model (the models import it), so the rule can be
tested without a database and lists never derive a status row by row.

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
from django.db.models import Case, Q, Value, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    OPEN = "open", _("Open")
    DUE = "due", _("Due")
    RESOLVED = "resolved", _("Resolved")


def overdue_cutoff(today: datetime.date, grace_days: int | None = None) -> datetime.date:
    """Predictions due on or before this date are overdue on ``today``."""
    if grace_days is None:
        grace_days = settings.HINDSIGHT_OVERDUE_GRACE_DAYS
    return today - datetime.timedelta(days=grace_days + 1)


# --- The rules, once. Everything that needs a status uses these: the model
# (status_on), the SQL annotation and filters below, the scoreboard's counts
# and the API's rows (``status_sql``, the hand-written statement's form).
# A hypothesis test checks the Python and SQL forms agree.
def status_for(
    resolve_on: datetime.date, final_resolution_id: int | None, today: datetime.date, grace_days: int | None = None
) -> tuple[Status, bool]:
    """(status, is_overdue) of one prediction on ``today``: pure, no database."""
    if final_resolution_id is not None:
        return Status.RESOLVED, False
    if resolve_on > today:
        return Status.OPEN, False
    return Status.DUE, resolve_on <= overdue_cutoff(today, grace_days)


# ``prefix`` filters rows that point at a prediction (e.g. "prediction__" for reminders).
def _q(prefix: str, **lookups: object) -> Q:
    return Q(**{prefix + name: value for name, value in lookups.items()})


def open_q(today: datetime.date, prefix: str = "") -> Q:
    return _q(prefix, final_resolution__isnull=True, resolve_on__gt=today)


def due_q(today: datetime.date, prefix: str = "") -> Q:
    """Due, overdue included: resolve-on reached, nothing final yet."""
    return _q(prefix, final_resolution__isnull=True, resolve_on__lte=today)


def overdue_q(today: datetime.date, prefix: str = "") -> Q:
    return _q(prefix, final_resolution__isnull=True, resolve_on__lte=overdue_cutoff(today))


def resolved_q(prefix: str = "") -> Q:
    return _q(prefix, final_resolution__isnull=False)


def unresolved_q(prefix: str = "") -> Q:
    """Open or due: no final resolution yet."""
    return _q(prefix, final_resolution__isnull=True)


def status_sql(status: str, today: datetime.date, table: str = "p") -> tuple[str, list[datetime.date]]:
    """The same filters as SQL text and parameters over the prediction table aliased ``table``
    (the API's hand-written statement, ``selectors.prediction_rows``)."""
    unresolved = f"{table}.final_resolution_id IS NULL"
    if status == "open":
        return f"{unresolved} AND {table}.resolve_on > %s", [today]
    if status == "due":
        return f"{unresolved} AND {table}.resolve_on <= %s", [today]
    if status == "overdue":
        return f"{unresolved} AND {table}.resolve_on <= %s", [overdue_cutoff(today)]
    if status == "resolved":
        return f"{table}.final_resolution_id IS NOT NULL", []
    raise ValueError(f"unknown status {status!r}")


# Typed loosely (Any): a precise QuerySet["Prediction"] would be an import cycle with models.py.
class PredictionQuerySet(models.QuerySet[Any]):
    def with_status(self, today: datetime.date | None = None) -> PredictionQuerySet:
        """Annotate ``status`` (open/due/resolved) and ``is_overdue`` (see ``status_for``)."""
        today = today or timezone.localdate()
        return self.annotate(
            status=Case(
                When(resolved_q(), then=Value(Status.RESOLVED.value)),
                When(open_q(today), then=Value(Status.OPEN.value)),
                default=Value(Status.DUE.value),
                output_field=models.CharField(),
            ),
            is_overdue=Case(
                When(overdue_q(today), then=Value(True)),
                default=Value(False),
                output_field=models.BooleanField(),
            ),
        )

    def open(self, today: datetime.date | None = None) -> PredictionQuerySet:
        return self.filter(open_q(today or timezone.localdate()))

    def due(self, today: datetime.date | None = None) -> PredictionQuerySet:
        """Due, overdue included (resolve-on reached, nothing final yet)."""
        return self.filter(due_q(today or timezone.localdate()))

    def overdue(self, today: datetime.date | None = None) -> PredictionQuerySet:
        return self.filter(overdue_q(today or timezone.localdate()))

    def resolved(self) -> PredictionQuerySet:
        return self.filter(resolved_q())

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
