"""The tracker's models. One module per idea; import them from here.

- ``reminders``: rounds recorded by the sweep, reminders, the delivery log;
- ``people``: reviewers' reminder preferences, snoozes, the overdue view;
- ``webhooks``: integrators' webhook endpoints and their delivery log;
- ``notices``: e-mails telling a proposer their proposal was confirmed or rejected.
"""

from __future__ import annotations

from tracker.models.notices import ProposalNotice, ProposalNoticeKind, ProposalNoticeState
from tracker.models.people import OverduePrediction, ReviewerPreference, Snooze
from tracker.models.reminders import (
    Delivery,
    DeliveryState,
    Language,
    Reminder,
    ReminderRound,
    ReminderState,
    StageChoices,
)
from tracker.models.webhooks import WebhookAttempt, WebhookDelivery, WebhookDeliveryState, WebhookEndpoint

__all__ = [
    "Delivery",
    "DeliveryState",
    "Language",
    "OverduePrediction",
    "ProposalNotice",
    "ProposalNoticeKind",
    "ProposalNoticeState",
    "Reminder",
    "ReminderRound",
    "ReminderState",
    "ReviewerPreference",
    "Snooze",
    "StageChoices",
    "WebhookAttempt",
    "WebhookDelivery",
    "WebhookDeliveryState",
    "WebhookEndpoint",
]
