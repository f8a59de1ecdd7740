"""The status rule of a prediction, in Python and in SQL, side by side.

Pure: this module imports no model (the models import it), so the rule can be
tested without a database and lists never derive a status row by row.

A prediction is **open** while its resolve-on date is in the future, **due**
from that date until a resolution is final, then **resolved**. A due
prediction is **overdue** once it has waited longer than
``HINDSIGHT_OVERDUE_GRACE_DAYS``, counted from the later of its resolve-on
date and the date it was recorded (a forecast recorded after its resolve-on
date was never neglected by reviewers). "Today" is the site's local date
(``timezone.localdate()``), so a prediction falls due at local midnight.

A prediction is **recorded late** when it entered the ledger on or after its
resolve-on date (the local date of ``recorded_at``), or when a reviewer marked
that decisive evidence was already public then (``late_evidence_reason`` is
not blank). Its criteria may have been written knowing the outcome, so it is
not scored by default. The rule is derived, never stored: ``recorded_late_for``
(Python), ``recorded_late_q`` / ``on_time_q`` (ORM) and ``recorded_late_sql``
(hand-written SQL) below, with the queryset's ``recorded_late()`` / ``scored()`` /
``with_recorded_late()``. The API's statement selects both rules' results
(``rule_columns_sql``).
"""

from __future__ import annotations

import datetime
from typing import Any

from django.conf import settings
from django.db import models
from django.db.models import Case, F, Q, Value, When
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
    resolve_on: datetime.date,
    final_resolution_id: int | None,
    today: datetime.date,
    grace_days: int | None = None,
    recorded_on: datetime.date | None = None,
) -> tuple[Status, bool]:
    """(status, is_overdue) of one prediction on ``today``: pure, no database.

    ``recorded_on`` is the local date of ``recorded_at`` (``recorded_on_for``);
    overdue counts from the later of it and ``resolve_on``.
    """
    if final_resolution_id is not None:
        return Status.RESOLVED, False
    if resolve_on > today:
        return Status.OPEN, False
    return Status.DUE, waiting_since(resolve_on, recorded_on) <= overdue_cutoff(today, grace_days)


def waiting_since(resolve_on: datetime.date, recorded_on: datetime.date | None) -> datetime.date:
    """The day a due prediction started waiting for reviewers: the later of resolve-on and recording."""
    return max(resolve_on, recorded_on) if recorded_on is not None else resolve_on


def recorded_on_for(recorded_at: datetime.datetime | None) -> datetime.date | None:
    """The site's local date of ``recorded_at`` (None for a draft never published)."""
    return timezone.localdate(recorded_at) if recorded_at is not None else None


def recorded_late_for(
    recorded_at: datetime.datetime | None, resolve_on: datetime.date, late_evidence_reason: str
) -> bool:
    """Recorded on or after its resolve-on date, or marked by a reviewer: pure, no database."""
    if late_evidence_reason.strip():
        return True
    recorded_on = recorded_on_for(recorded_at)
    return recorded_on is not None and recorded_on >= resolve_on


# ``prefix`` filters rows that point at a prediction (e.g. "prediction__" for reminders).
def _q(prefix: str, **lookups: object) -> Q:
    return Q(**{prefix + name: value for name, value in lookups.items()})


def open_q(today: datetime.date, prefix: str = "") -> Q:
    return _q(prefix, final_resolution__isnull=True, resolve_on__gt=today)


def due_q(today: datetime.date, prefix: str = "") -> Q:
    """Due, overdue included: resolve-on reached, nothing final yet."""
    return _q(prefix, final_resolution__isnull=True, resolve_on__lte=today)


def overdue_q(today: datetime.date, prefix: str = "") -> Q:
    """Due for longer than the grace period, counted from the later of resolve-on and recording.

    ``recorded_at__date`` is the date in the current (site) time zone, as ``timezone.localdate``.
    """
    cutoff = overdue_cutoff(today)
    return _q(prefix, final_resolution__isnull=True, resolve_on__lte=cutoff) & (
        _q(prefix, recorded_at__isnull=True) | _q(prefix, recorded_at__date__lte=cutoff)
    )


def recorded_late_q(prefix: str = "") -> Q:
    """``recorded_late_for`` in SQL: recorded on/after resolve-on, or marked by a reviewer."""
    return ~_q(prefix, late_evidence_reason="") | _q(prefix, recorded_at__date__gte=F(prefix + "resolve_on"))


def on_time_q(prefix: str = "") -> Q:
    """The complement of ``recorded_late_q``, written out (a negated Q would mishandle NULL recorded_at)."""
    return _q(prefix, late_evidence_reason="") & (
        _q(prefix, recorded_at__isnull=True) | _q(prefix, recorded_at__date__lt=F(prefix + "resolve_on"))
    )


def resolved_q(prefix: str = "") -> Q:
    return _q(prefix, final_resolution__isnull=False)


def unresolved_q(prefix: str = "") -> Q:
    """Open or due: no final resolution yet."""
    return _q(prefix, final_resolution__isnull=True)


def status_sql(status: str, today: datetime.date, table: str = "p") -> tuple[str, list[datetime.date | str]]:
    """The same filters as SQL text and parameters over the prediction table aliased ``table``
    (the API's hand-written statement, ``selectors.prediction_rows``)."""
    unresolved = f"{table}.final_resolution_id IS NULL"
    if status == "open":
        return f"{unresolved} AND {table}.resolve_on > %s", [today]
    if status == "due":
        return f"{unresolved} AND {table}.resolve_on <= %s", [today]
    if status == "overdue":
        cutoff = overdue_cutoff(today)
        recorded_on = _local_date_sql(f"{table}.recorded_at")
        return (
            f"{unresolved} AND {table}.resolve_on <= %s AND ({table}.recorded_at IS NULL OR {recorded_on} <= %s)",
            [cutoff, _time_zone_name(), cutoff],
        )
    if status == "resolved":
        return f"{table}.final_resolution_id IS NOT NULL", []
    raise ValueError(f"unknown status {status!r}")


def _time_zone_name() -> str:
    return str(timezone.get_current_timezone_name())


def _local_date_sql(column: str) -> str:
    # PostgreSQL: a timestamptz AT TIME ZONE 'zone' is the wall-clock time there; its date is localdate().
    return f"({column} AT TIME ZONE %s)::date"


def recorded_late_sql(table: str = "p") -> tuple[str, list[str]]:
    """``recorded_late_for`` as a SQL boolean expression and its parameters (``prediction_rows``)."""
    recorded_on = _local_date_sql(f"{table}.recorded_at")
    return (
        f"({table}.late_evidence_reason <> '' OR COALESCE({recorded_on} >= {table}.resolve_on, FALSE))",
        [_time_zone_name()],
    )


def rule_columns_sql(today: datetime.date, table: str = "p") -> tuple[list[str], list[datetime.date | str]]:
    """``status``, ``is_overdue`` and ``recorded_late`` on ``today`` as SQL select-list expressions and
    their parameters, in that order: the API's rows carry the rules' results (``status_for``,
    ``recorded_late_for``) from its statement instead of deriving them row by row in Python. Built
    from the filters above, so a row's status and the filter that finds it cannot disagree."""
    resolved, _none = status_sql("resolved", today, table)
    is_open, open_params = status_sql("open", today, table)
    overdue, overdue_params = status_sql("overdue", today, table)
    late, late_params = recorded_late_sql(table)
    status = (
        f"CASE WHEN {resolved} THEN '{Status.RESOLVED.value}' WHEN {is_open} THEN '{Status.OPEN.value}'"
        f" ELSE '{Status.DUE.value}' END"
    )
    return [status, f"({overdue})", late], [*open_params, *overdue_params, *late_params]


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

    def with_recorded_late(self) -> PredictionQuerySet:
        """Annotate ``is_recorded_late`` (``recorded_late_for``; the model's ``recorded_late`` is a property)."""
        return self.annotate(
            is_recorded_late=Case(
                When(recorded_late_q(), then=Value(True)), default=Value(False), output_field=models.BooleanField()
            )
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

    def recorded_late(self) -> PredictionQuerySet:
        """Recorded on or after resolve-on, or marked late by a reviewer (``recorded_late_for``)."""
        return self.filter(recorded_late_q())

    def scored(self, include_late: bool = False) -> PredictionQuerySet:
        """The predictions scores count: recorded-late ones are left out unless ``include_late``."""
        return self if include_late else self.filter(on_time_q())


STATUS_FILTER_CHOICES = [
    ("open", _("Open")),
    ("due", _("Due")),
    ("overdue", _("Overdue")),
    ("resolved", _("Resolved")),
]


class PredictionManager(models.Manager.from_queryset(PredictionQuerySet)):  # type: ignore[misc]
    def get_by_natural_key(self, source_slug: str, slug: str) -> Any:
        return self.get(source__slug=source_slug, slug=slug)
