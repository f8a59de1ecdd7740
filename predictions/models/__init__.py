"""The ledger's models. One module per idea; import them from here.

- ``ledger``: speakers, sources, predictions, resolutions, evidence;
- ``outbox``: events for the outside world, written with each change.
"""

from __future__ import annotations

from predictions.models.ledger import (
    Evidence,
    Outcome,
    Prediction,
    Resolution,
    ResolutionConfirmation,
    ResolutionState,
    Source,
    SourceTextError,
    Speaker,
    Status,
    Topic,
)
from predictions.models.outbox import OutboxEvent

__all__ = [
    "Evidence",
    "OutboxEvent",
    "Outcome",
    "Prediction",
    "Resolution",
    "ResolutionConfirmation",
    "ResolutionState",
    "Source",
    "SourceTextError",
    "Speaker",
    "Status",
    "Topic",
]
