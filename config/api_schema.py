"""drf-spectacular's settings for the API's OpenAPI document (constant; nothing read from the environment)."""

from __future__ import annotations

from typing import Any

API_SCHEMA_SETTINGS: dict[str, Any] = {
    "TITLE": "Hindsight API",
    "DESCRIPTION": (
        "A public ledger of dated predictions by public figures. Reads are public and need no token "
        "(a token raises the rate limit); writes and webhooks need a token (`Authorization: Bearer hsk_…`)."
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    # No badge from validator.swagger.io: the docs page makes no external request.
    "SWAGGER_UI_SETTINGS": {"deepLinking": True, "validatorUrl": None},
    "SCHEMA_PATH_PREFIX": r"/api/v1",
    "COMPONENT_SPLIT_REQUEST": True,
    "ENUM_NAME_OVERRIDES": {
        "OutcomeEnum": "predictions.models.resolutions.Outcome.choices",
        "QuoteKindEnum": ["direct", "reported"],  # the API writes the values bare (no labels)
    },
}
