"""How a prediction's status and dates read to people: one wording for the site, the admin and the tracker.

The public pages (``site.templatetags``), the reviewers' admin and
``manage.py send_due_reminders`` show the same badge and the same countdown,
in the active language.
"""

from __future__ import annotations

import datetime
from typing import Any

from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext, ngettext

from predictions.selectors.status import Status, recorded_on_for, status_for


def countdown(day: datetime.date, today: datetime.date) -> str:
    """ "in 3 days", "today", "3 days ago" — relative to the site's today."""
    days = (day - today).days
    if days == 0:
        return gettext("today")
    if days > 0:
        return ngettext("in %(days)s day", "in %(days)s days", days) % {"days": days}
    return ngettext("%(days)s day ago", "%(days)s days ago", -days) % {"days": -days}


def badge_key(prediction: Any, today: datetime.date | None = None) -> str:
    """draft, open, due, overdue, proposed or resolved: from the ``with_status()`` annotations when
    the prediction carries them, else from the rule itself. "proposed" when a proposal
    awaits a second reviewer (``selectors.predictions.with_pending_proposal``, or set by the
    caller): the reviewers have acted, so it no longer reads as due or overdue. A draft is not on the record
    yet, so it is none of the others: nothing about it is open or due until it is published."""
    if getattr(prediction, "is_draft", False):
        return "draft"
    if prediction.final_resolution_id is not None:
        return Status.RESOLVED.value
    if getattr(prediction, "pending_proposal", False):
        return "proposed"
    status, overdue = getattr(prediction, "status", None), getattr(prediction, "is_overdue", None)
    if status is None or overdue is None:
        today = today or timezone.localdate()
        # Overdue counts from the later of resolve-on and recording (selectors.status).
        recorded_on = recorded_on_for(getattr(prediction, "recorded_at", None))
        status, overdue = status_for(prediction.resolve_on, prediction.final_resolution_id, today, None, recorded_on)
    return "overdue" if overdue else str(status)


def status_badge(prediction: Any, outcome: Any = None) -> SafeString:
    """Draft / Open / Due / Overdue / Proposed, or the outcome of its final resolution (``outcome``) once resolved."""
    key = badge_key(prediction)
    if key == Status.RESOLVED and outcome is not None:
        return format_html('<span class="badge badge-{}">{}</span>', outcome.outcome, outcome.get_outcome_display())
    labels = {
        "draft": gettext("Draft"),
        "open": gettext("Open"),
        "due": gettext("Due"),
        "overdue": gettext("Overdue"),
        "proposed": gettext("Proposed — awaiting a second reviewer"),
        "resolved": gettext("Resolved"),
    }
    return format_html('<span class="badge badge-{}">{}</span>', key, labels[key])
