"""Errors the ledger's services raise, each with a stable machine code.

Field-level problems are Django ``ValidationError``s (forms and the API show
them next to the field). These are the rest: things a caller may not do, or
may no longer do because someone else got there first. The admin turns them
into messages, the API into JSON errors with the HTTP status named here.
"""

from __future__ import annotations


class LedgerError(Exception):
    code = "ledger_error"
    http_status = 400

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotAllowed(LedgerError):
    """The user may not take this action (not a reviewer, or their own proposal)."""

    code = "not_allowed"
    http_status = 403


class StateConflict(LedgerError):
    """The action does not fit the current state (already final, already rejected...)."""

    code = "state_conflict"
    http_status = 409


class PredictionLocked(StateConflict):
    """A prediction with a final resolution is not edited; its resolution is superseded."""

    code = "prediction_resolved"


class StaleVersion(LedgerError):
    """The row changed since the caller read it (optimistic concurrency)."""

    code = "stale_version"
    http_status = 412
