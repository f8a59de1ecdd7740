"""All writes to the ledger. Import from here: ``from predictions import services``."""

from __future__ import annotations

from predictions.services.drafts import candidate_accept, candidate_dismiss, prediction_publish
from predictions.services.fixtures import AppliedStep, LoadedRow, fixture_apply_corrections, fixture_load_missing
from predictions.services.hedges import hedge_attach, prediction_mark_recorded_late
from predictions.services.ledger import (
    anchor_quote,
    prediction_record,
    prediction_update,
    record_delete,
    reference_save,
    source_text_validate,
)
from predictions.services.resolution_actions import (
    Action,
    ResolutionActions,
    resolution_actions,
    resolution_actions_for,
)
from predictions.services.resolutions import (
    EvidenceInput,
    Judgement,
    is_early,
    resolution_confirm,
    resolution_propose,
    resolution_reject,
    resolution_supersede,
)
from predictions.services.tokens import IssuedToken, api_token_create, api_token_find, api_token_revoke, parse_scopes

__all__ = [
    "Action",
    "AppliedStep",
    "EvidenceInput",
    "IssuedToken",
    "Judgement",
    "LoadedRow",
    "ResolutionActions",
    "anchor_quote",
    "api_token_create",
    "api_token_find",
    "api_token_revoke",
    "candidate_accept",
    "candidate_dismiss",
    "fixture_apply_corrections",
    "fixture_load_missing",
    "hedge_attach",
    "is_early",
    "parse_scopes",
    "prediction_mark_recorded_late",
    "prediction_publish",
    "prediction_record",
    "prediction_update",
    "record_delete",
    "reference_save",
    "resolution_actions",
    "resolution_actions_for",
    "resolution_confirm",
    "resolution_propose",
    "resolution_reject",
    "resolution_supersede",
    "source_text_validate",
]
