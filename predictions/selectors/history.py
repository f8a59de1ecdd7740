"""A prediction's history: its resolutions, and the edits of its fields read from the audit trail."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.db.models import Prefetch

from predictions.models import VERDICT_STATES, Evidence, Prediction, Resolution, ResolutionState


def resolution_history(prediction: Prediction) -> list[Resolution]:
    """Every resolution of a prediction, oldest first, with people and evidence loaded."""
    return list(
        Resolution.objects.filter(prediction=prediction)
        .select_related("proposed_by", "confirmed_by", "rejected_by", "supersedes")
        .prefetch_related(Prefetch("evidence", queryset=Evidence.objects.order_by("id")))
        .order_by("proposed_at", "id")
    )


# Which resolutions the public sees: the verdicts (models.resolutions.VERDICT_STATES; the
# API publishes these), and the fact (not the content) that a proposal awaits a
# second reviewer. Rejected proposals stay internal: they never were the site's verdict.
PUBLIC_RESOLUTION_STATES = (*VERDICT_STATES, ResolutionState.PROPOSED)


def public_resolutions(prediction: Prediction) -> list[Resolution]:
    """Final, superseded and pending resolutions of a prediction, oldest first, with evidence."""
    return list(
        Resolution.objects.filter(prediction=prediction, state__in=PUBLIC_RESOLUTION_STATES)
        .select_related("proposed_by", "confirmed_by")
        .prefetch_related(Prefetch("evidence", queryset=Evidence.objects.order_by("id")))
        .order_by("proposed_at", "id")
    )


@dataclass(frozen=True)
class Edit:
    """One historical record of a prediction: its creation, or the fields an edit changed (name, before, after)."""

    at: datetime.datetime
    created: bool
    reason: str
    fields: tuple[tuple[str, Any, Any], ...] = ()


def prediction_edits(prediction: Prediction, fields: Iterable[str], limit: int) -> list[Edit]:
    """The creation and the edits that changed any of ``fields``, oldest first
    (of the newest ``limit`` records). One query (django-simple-history)."""
    names = tuple(fields)
    # One more than shown: the oldest record fetched is the "before" of the oldest edit shown.
    records = list(prediction.history.order_by("-history_date", "-history_id")[: limit + 1])
    records.reverse()
    edits: list[Edit] = []
    previous = None
    drafted = False
    for record in records:
        reason = record.history_change_reason or ""
        if getattr(record, "is_draft", False):
            # A draft's edits are reviewers' work, not the record: the public history begins at publication,
            # which is shown as its creation (and recorded_at says when).
            previous, drafted = None, True
            continue
        if previous is None:
            if record.history_type == "+" or drafted:
                edits.append(Edit(at=record.history_date, created=True, reason=reason))
        else:
            changed = tuple(
                (name, getattr(previous, name), getattr(record, name))
                for name in names
                if getattr(previous, name) != getattr(record, name)
            )
            if changed:
                edits.append(Edit(at=record.history_date, created=False, reason=reason, fields=changed))
        previous = record
    return edits[-limit:]
