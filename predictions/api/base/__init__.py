"""The base both APIs build on (``predictions.api`` and ``tracker.api``): import from here.

- ``views``: ``ApiView`` (token authentication, scopes, throttling, the error
  handler, always JSON) and ``json_response``;
- ``pagination``: keyset pages behind opaque cursors, ``paginated_response``;
- ``params``: strict query parameters; ``serializers``: ``StrictSerializer``;
- ``errors``: one JSON error shape; ``schema``: the error body, page envelopes
  and pagination parameters as OpenAPI documents them.
"""

from __future__ import annotations

from predictions.api.base.errors import ApiError, bad_request
from predictions.api.base.pagination import Page, assemble_page, page_body, paginated_response
from predictions.api.base.params import (
    PAGINATION_PARAMS,
    clean_params,
    parse_choice,
    parse_date,
    parse_flag,
    parse_page_size,
)
from predictions.api.base.schema import (
    PAGINATION_PARAMETERS,
    READ_ERRORS,
    WRITE_ERRORS,
    errors,
    list_schema,
    operation_schema,
    page_of,
)
from predictions.api.base.serializers import StrictSerializer
from predictions.api.base.views import ApiView, api_base, json_response, not_modified_response

__all__ = [
    "PAGINATION_PARAMETERS",
    "PAGINATION_PARAMS",
    "READ_ERRORS",
    "WRITE_ERRORS",
    "ApiError",
    "ApiView",
    "Page",
    "StrictSerializer",
    "api_base",
    "assemble_page",
    "bad_request",
    "clean_params",
    "errors",
    "json_response",
    "list_schema",
    "not_modified_response",
    "operation_schema",
    "page_body",
    "page_of",
    "paginated_response",
    "parse_choice",
    "parse_date",
    "parse_flag",
    "parse_page_size",
]
