"""The public history of a prediction: when it was recorded and every later edit of what it claims.

Read from the audit trail (django-simple-history). The public sees the date,
the reason given and, for each changed field, the text before and after —
so a criteria edit after the fact is visible, not silent. Who edited is left
to the audit trail in the admin; verdicts, which are judgements, name their
reviewers on the page instead.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from predictions.localization import public_date
from predictions.models import Prediction

# Only what the prediction claims and when it is judged; bookkeeping fields
# (anchors, visibility, filing) are not the public's business.
PUBLIC_FIELDS: dict[str, Promise] = {
    "quote": _("Quote"),
    "translation": _("Translation"),
    "claim": _("Claim"),
    "claim_zh": _("Claim (Chinese)"),
    "made_on": _("Said on"),
    "horizon": _("Horizon"),
    "horizon_rule": _("Horizon rule"),
    "resolve_on": _("Resolve on"),
    "resolution_criteria": _("Resolution criteria"),
    "resolution_criteria_zh": _("Resolution criteria (Chinese)"),
    "stated_confidence": _("Stated confidence"),
    "implied_probability": _("Implied probability"),
}
# The newest edits shown on the page; older ones stay in the audit trail.
HISTORY_LIMIT = 50


@dataclass(frozen=True)
class FieldChange:
    name: str
    label: Promise
    before: str
    after: str


@dataclass(frozen=True)
class Change:
    at: datetime.datetime
    created: bool
    reason: str
    fields: tuple[FieldChange, ...] = ()


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime.date):
        return public_date(value)
    return str(value)


def public_changes(prediction: Prediction, limit: int = HISTORY_LIMIT) -> list[Change]:
    """The creation and the edits of public fields, oldest first (the newest ``limit``). One query."""
    # One more than shown: the oldest record fetched is the "before" of the oldest edit shown.
    records = list(prediction.history.order_by("-history_date", "-history_id")[: limit + 1])
    records.reverse()
    changes: list[Change] = []
    previous = None
    for record in records:
        if previous is None:
            if record.history_type == "+":
                changes.append(Change(at=record.history_date, created=True, reason=record.history_change_reason or ""))
        else:
            fields = tuple(
                FieldChange(name, label, _text(getattr(previous, name)), _text(getattr(record, name)))
                for name, label in PUBLIC_FIELDS.items()
                if getattr(previous, name) != getattr(record, name)
            )
            if fields:
                changes.append(
                    Change(
                        at=record.history_date, created=False, reason=record.history_change_reason or "", fields=fields
                    )
                )
        previous = record
    return changes[-limit:]
