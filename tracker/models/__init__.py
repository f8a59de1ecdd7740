"""The tracker's models. One module per idea; import them from here.

- ``reminders``: rounds recorded by the sweep, reminders, the delivery log;
- ``people``: reviewers' reminder preferences, snoozes, the overdue view.
"""

from __future__ import annotations

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

__all__ = [
    "Delivery",
    "DeliveryState",
    "Language",
    "OverduePrediction",
    "Reminder",
    "ReminderRound",
    "ReminderState",
    "ReviewerPreference",
    "Snooze",
    "StageChoices",
]
