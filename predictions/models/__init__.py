"""The ledger's models. One module per idea; import them from here.

- ``ledger``: sources and predictions;
- ``reference``: topics and speakers (slug-keyed, named);
- ``hedges``: passages of a prediction's source that qualify its confidence;
- ``resolutions``: resolutions, their confirmations and evidence;
- ``outbox``: events for the outside world, written with each change;
- ``tallies``: the scoreboard's counts, kept by the services;
- ``tokens``: integrators' API tokens (hashed, scoped);
- ``throttle``: the API's request counts when there is no Redis;
- ``intake``: the forecast candidates reviewers dismissed.
"""

from __future__ import annotations

from predictions.models.hedges import Hedge
from predictions.models.intake import DismissedCandidate
from predictions.models.ledger import Prediction, QuoteKind, Source, SourceTextError, Status
from predictions.models.outbox import OutboxEvent
from predictions.models.reference import Speaker, Topic
from predictions.models.resolutions import (
    VERDICT_STATES,
    Evidence,
    Outcome,
    Resolution,
    ResolutionConfirmation,
    ResolutionState,
)
from predictions.models.tallies import KeptCalibrationBin, KeptTally
from predictions.models.throttle import ThrottleWindow
from predictions.models.tokens import ApiToken, TokenScope

__all__ = [
    "VERDICT_STATES",
    "ApiToken",
    "DismissedCandidate",
    "Evidence",
    "Hedge",
    "KeptCalibrationBin",
    "KeptTally",
    "OutboxEvent",
    "Outcome",
    "Prediction",
    "QuoteKind",
    "Resolution",
    "ResolutionConfirmation",
    "ResolutionState",
    "Source",
    "SourceTextError",
    "Speaker",
    "Status",
    "ThrottleWindow",
    "TokenScope",
    "Topic",
]
