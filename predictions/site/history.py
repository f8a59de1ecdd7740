"""A prediction's public history as its page shows it: when it was recorded, every later edit of its claims.

Read from the audit trail (``selectors.history.prediction_edits``). The public sees the date,
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

from predictions.models import Prediction
from predictions.selectors.history import prediction_edits
from predictions.site.localization import Localized, is_chinese, localized_reason, public_date

# Only what the prediction claims and when it is judged; bookkeeping fields
# (anchors, visibility, filing) are not the public's business.
PUBLIC_FIELDS: dict[str, Promise] = {
    "quote": _("Quote"),
    "quote_kind": _("Kind of quote"),
    "spoken_language": _("Language spoken"),
    "translation": _("Translation"),
    "claim": _("Claim"),
    "claim_zh": _("Claim (Chinese)"),
    "made_on": _("Said on"),
    "horizon": _("Horizon"),
    "horizon_rule": _("Horizon rule"),
    "horizon_rule_zh": _("Horizon rule (Chinese)"),
    "resolve_on": _("Resolve on"),
    "resolution_criteria": _("Resolution criteria"),
    "resolution_criteria_zh": _("Resolution criteria (Chinese)"),
    "stated_confidence": _("Stated confidence"),
    "stated_confidence_zh": _("Stated confidence (Chinese)"),
    "implied_probability": _("Implied probability"),
    "late_evidence_reason": _("Recorded late: reviewer's reason"),
    "late_evidence_reason_zh": _("Recorded late: reviewer's reason (Chinese)"),
}
# Our English texts: a Chinese page names the change but leaves the English before/after
# to the English page (a Chinese reader meets no English sentence of ours).
ENGLISH_FIELDS = frozenset(
    {"translation", "claim", "horizon_rule", "resolution_criteria", "stated_confidence", "late_evidence_reason"}
)
# The newest edits shown on the page; older ones stay in the audit trail.
HISTORY_LIMIT = 50


@dataclass(frozen=True)
class FieldChange:
    name: str
    label: Promise
    before: str
    after: str
    shown: bool = True


@dataclass(frozen=True)
class Change:
    at: datetime.datetime
    created: bool
    reason: Localized
    fields: tuple[FieldChange, ...] = ()


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime.date):
        return public_date(value)
    return str(value)


def public_changes(prediction: Prediction, limit: int = HISTORY_LIMIT) -> list[Change]:
    """The creation and the edits of public fields, oldest first (the newest ``limit``). One query."""
    chinese = is_chinese()
    return [
        Change(
            at=edit.at,
            created=edit.created,
            reason=localized_reason(edit.reason or ""),
            fields=tuple(
                FieldChange(
                    name, PUBLIC_FIELDS[name], _text(before), _text(after), not (chinese and name in ENGLISH_FIELDS)
                )
                for name, before, after in edit.fields
            ),
        )
        for edit in prediction_edits(prediction, PUBLIC_FIELDS, limit)
    ]
