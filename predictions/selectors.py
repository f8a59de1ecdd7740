"""Reads of the ledger shared by pages, the admin, the API and the tracker.

Every selector returns a QuerySet with its joins decided here, so a caller
that iterates it pays a constant number of queries.
"""

from __future__ import annotations

import datetime

from django.db.models import Prefetch

from predictions.models import Evidence, Prediction, Resolution
from predictions.querysets import PredictionQuerySet


def public_predictions(today: datetime.date | None = None) -> PredictionQuerySet:
    """Public predictions with ``status``/``is_overdue``, speaker and final outcome joined."""
    return (
        Prediction.objects.public()
        .with_status(today)
        .select_related("speaker", "source", "final_resolution")
        .order_by("resolve_on", "id")
    )


def due_predictions(today: datetime.date | None = None) -> PredictionQuerySet:
    """Due and overdue predictions (public or not), oldest first.

    Served by the partial index ``prediction_unresolved_by_date``.
    """
    return Prediction.objects.due(today).select_related("speaker").order_by("resolve_on", "id")


def resolution_history(prediction: Prediction) -> list[Resolution]:
    """Every resolution of a prediction, oldest first, with people and evidence loaded."""
    return list(
        Resolution.objects.filter(prediction=prediction)
        .select_related("proposed_by", "confirmed_by", "rejected_by", "supersedes")
        .prefetch_related(Prefetch("evidence", queryset=Evidence.objects.order_by("id")))
        .order_by("proposed_at", "id")
    )
