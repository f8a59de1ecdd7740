"""What every API documents alike: authentication, the error body, page envelopes, pagination parameters.

drf-spectacular builds the OpenAPI document from these; schemathesis checks
every response against it, so a drift is a failing test.
"""

from __future__ import annotations

import inspect
from typing import Any

from drf_spectacular.extensions import OpenApiAuthenticationExtension
from drf_spectacular.openapi import AutoSchema
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, OpenApiTypes, extend_schema
from rest_framework import serializers
from rest_framework.permissions import SAFE_METHODS

from predictions.api.base.params import PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX

S = serializers


class ApiTokenScheme(OpenApiAuthenticationExtension):
    target_class = "predictions.api.base.authentication.ApiTokenAuthentication"
    name = "apiToken"

    def get_security_definition(self, auto_schema: Any) -> dict[str, Any]:
        return {
            "type": "http",
            "scheme": "bearer",
            "description": "An API token (`hsk_…`) issued in the admin or by `manage.py create_api_token`, "
            "carrying the scopes the operation needs (write, resolve, webhooks).",
        }


class ErrorDoc(S.Serializer):
    code = S.CharField(help_text="Stable machine-readable code, e.g. `invalid`, `stale_version`.")
    message = S.CharField(help_text="What went wrong, for a person.")
    errors = S.DictField(  # type: ignore[assignment]
        child=S.ListField(child=S.CharField()), required=False, help_text="Per-field problems (validation only)."
    )


ERROR_DESCRIPTIONS = {
    400: "Invalid input (the `errors` object names the fields).",
    401: "No token, or an unknown, expired or revoked one.",
    403: "The token lacks the scope, or its user the permission.",
    404: "Not found.",
    409: "The action does not fit the current state (e.g. the prediction is resolved).",
    412: "If-Match names a stale version.",
    413: "The request body is too large.",
    428: "If-Match is required.",
    429: "Too many requests; see Retry-After.",
}


def errors(*codes: int) -> dict[int, OpenApiResponse]:
    return {code: OpenApiResponse(ErrorDoc, description=ERROR_DESCRIPTIONS[code]) for code in codes}


READ_ERRORS = (400, 401, 404, 429)
WRITE_ERRORS = (400, 401, 403, 404, 409, 413, 429)


def page_of(item: type[S.Serializer], name: str) -> type[S.Serializer]:
    """The envelope of a list (``next``, ``previous``, ``results`` of ``item``), named ``name`` in the schema."""
    fields = {"next": S.URLField(allow_null=True), "previous": S.URLField(allow_null=True), "results": item(many=True)}
    return type(name, (S.Serializer,), fields)


PAGINATION_PARAMETERS = [
    OpenApiParameter(
        "cursor",
        OpenApiTypes.STR,
        OpenApiParameter.QUERY,
        description="Opaque cursor from a `next` / `previous` link.",
    ),
    OpenApiParameter(
        "page_size",
        {"type": "integer", "minimum": 1, "maximum": PAGE_SIZE_MAX},
        OpenApiParameter.QUERY,
        description=f"Rows per page (default {PAGE_SIZE_DEFAULT}, at most {PAGE_SIZE_MAX}).",
    ),
]


def operation_schema(
    operation_id: str,
    summary: str,
    answer: Any,
    *,
    status: int = 200,
    error_codes: tuple[int, ...] = READ_ERRORS,
    **extra: Any,
) -> Any:
    """``extend_schema`` of one operation: its answer (``answer`` at ``status``) and its errors;
    ``extra`` passes on the rest (description, parameters, request …)."""
    return extend_schema(
        operation_id=operation_id,
        summary=summary,
        responses={status: OpenApiResponse(answer), **errors(*error_codes)},
        **extra,
    )


def list_schema(
    *, operation_id: str, summary: str, page: type[S.Serializer], error_codes: tuple[int, ...] = READ_ERRORS
) -> Any:
    """``extend_schema`` of a paginated list: the pagination parameters, the page envelope, the errors."""
    return operation_schema(operation_id, summary, page, error_codes=error_codes, parameters=PAGINATION_PARAMETERS)


class HindsightAutoSchema(AutoSchema):
    """Public reads are documented as needing no authentication (``security: [{}]``), so the
    docs show no padlock on them; writes, and reads that need a scope, name the token."""

    def get_auth(self) -> list[dict[str, Any]]:
        if self.method in SAFE_METHODS and not getattr(self.view, "reads_need_scope", False):
            return [{}]
        auths: list[dict[str, Any]] = super().get_auth()
        return auths

    def get_description(self) -> str:  # type: ignore[override]
        # The view method's own docstring, not an inherited class docstring.
        method = getattr(self.view, (self.method or "get").lower(), None)
        return inspect.getdoc(method) or "" if method is not None else ""
