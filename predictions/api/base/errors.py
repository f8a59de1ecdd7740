"""Every API error is JSON: ``{"code": ..., "message": ..., "errors": {...}}``.

``code`` is stable and machine-readable, ``message`` is for a person, and
``errors`` (validation only) maps a field to its problems. The handler maps
the ledger's own errors (``LedgerError.code`` / ``http_status``), Django's
validation errors and oversized bodies to DRF exceptions, then lets DRF's own
handler answer. Anything neither knows is a bug: it is logged with its
traceback and answered with a JSON 500 (never Django's HTML page).
"""

from __future__ import annotations

import logging
from typing import Any

from django.core.exceptions import PermissionDenied, RequestDataTooBig, SuspiciousOperation
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404, HttpRequest, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler, set_rollback

from predictions.errors import LedgerError

logger = logging.getLogger(__name__)
SERVER_ERROR_MESSAGE = "Something went wrong on our side; it was logged."


class ApiError(exceptions.APIException):
    """An error with an explicit code, status and message, raised by API code."""

    def __init__(self, *, code: str, message: str, status_code: int = 400, errors: Any = None) -> None:
        super().__init__(detail=message, code=code)
        self.status_code = status_code
        self.error_code = code
        self.message = message
        self.errors = errors


class PreconditionRequired(ApiError):
    def __init__(self, message: str) -> None:
        super().__init__(code="precondition_required", message=message, status_code=428)


class PreconditionFailed(ApiError):
    def __init__(self, message: str) -> None:
        super().__init__(code="stale_version", message=message, status_code=412)


def bad_request(message: str, *, field: str | None = None, code: str = "invalid") -> ApiError:
    return ApiError(code=code, message=message, errors={field: [message]} if field else None)


def error_body(code: str, message: str, errors: Any = None) -> dict[str, Any]:
    body: dict[str, Any] = {"code": code, "message": message}
    if errors:
        body["errors"] = errors
    return body


def _flatten(detail: Any) -> Any:
    """DRF's ErrorDetail tree as plain strings."""
    if isinstance(detail, dict):
        return {str(key): _flatten(value) for key, value in detail.items()}
    if isinstance(detail, list):
        return [_flatten(item) for item in detail]
    return str(detail)


def field_errors(tree: Any, prefix: str = "") -> dict[str, list[str]]:
    """``{"field": [...]}``, with nested fields as dotted paths (``evidence.0.url``),
    so every value is a list of messages whatever the nesting."""
    flat: dict[str, list[str]] = {}
    if isinstance(tree, dict):
        for key, value in tree.items():
            flat.update(field_errors(value, f"{prefix}.{key}" if prefix else str(key)))
    elif isinstance(tree, list) and all(isinstance(item, str) for item in tree):
        flat[prefix or "non_field_errors"] = list(tree)
    elif isinstance(tree, list):
        for index, item in enumerate(tree):
            if item:
                flat.update(field_errors(item, f"{prefix}.{index}" if prefix else str(index)))
    else:
        flat[prefix or "non_field_errors"] = [str(tree)]
    return flat


def _first_message(errors: Any) -> str:
    if isinstance(errors, dict):
        for field, value in errors.items():
            inner = _first_message(value)
            return inner if field in ("non_field_errors", "__all__") else f"{field}: {inner}"
    if isinstance(errors, list) and errors:
        return _first_message(errors[0])
    return str(errors)


def _as_api_exception(exc: Exception) -> Exception:
    """The ledger's errors (``predictions.errors``) and Django's own as DRF
    exceptions that carry our code and message; anything else unchanged."""
    if isinstance(exc, LedgerError):
        return ApiError(code=exc.code, message=exc.message, status_code=exc.http_status)
    if isinstance(exc, DjangoValidationError):
        errors = field_errors(exc.message_dict if hasattr(exc, "error_dict") else {"non_field_errors": exc.messages})
        return ApiError(code="invalid", message=_first_message(errors), errors=errors)
    if isinstance(exc, RequestDataTooBig):
        return ApiError(code="request_too_large", message="The request body is too large.", status_code=413)
    if isinstance(exc, SuspiciousOperation):
        return ApiError(code="bad_request", message="The request was malformed.")
    if isinstance(exc, Http404):
        return exceptions.NotFound("Not found.")  # not Http404's own text: it may name a model
    if isinstance(exc, PermissionDenied):
        return exceptions.PermissionDenied("You do not have permission to do this.")
    return exc


def api_exception_handler(exc: Exception, context: dict[str, Any]) -> Response:
    """DRF's EXCEPTION_HANDLER: one JSON shape for every error.

    Converts the domain errors, then hands over to DRF's own handler (status,
    ``WWW-Authenticate``, ``Retry-After``, rollback of the request's atomic
    block) and only rewrites the body. What neither knows is logged and
    answered with a JSON 500."""
    exc = _as_api_exception(exc)
    response = exception_handler(exc, context)
    if response is None:
        set_rollback()
        request = context.get("request")
        logger.error("Internal Server Error: %s", getattr(request, "path", "?"), exc_info=exc)
        return Response(error_body("server_error", SERVER_ERROR_MESSAGE), status=500)
    if isinstance(exc, ApiError):
        response.data = error_body(exc.error_code, exc.message, exc.errors)
    elif isinstance(exc, exceptions.ValidationError):
        errors = field_errors(_flatten(exc.detail))
        response.data = error_body("invalid", _first_message(errors), errors)
    elif isinstance(exc, exceptions.APIException):
        response.data = error_body(exc.default_code, _first_message(_flatten(exc.detail)))
    return response


def bad_request_json(request: HttpRequest) -> JsonResponse:
    """A 400 under /api/ raised outside a DRF view (``config.urls.handler400``), e.g. a bad Host header."""
    return JsonResponse(error_body("bad_request", "The request was malformed."), status=400)


def server_error_json(request: HttpRequest) -> JsonResponse:
    """A 500 under /api/ that happened outside a DRF view (``config.urls.handler500``)."""
    return JsonResponse(error_body("server_error", SERVER_ERROR_MESSAGE), status=500)


@csrf_exempt  # token-authenticated API: a POST to an unknown URL is a 404, not a CSRF page
def not_found_view(request: HttpRequest, *args: Any, **kwargs: Any) -> Any:
    """Unknown URLs under /api/ answer JSON, not the site's HTML 404 page."""
    return JsonResponse(error_body("not_found", "No such API endpoint."), status=status.HTTP_404_NOT_FOUND)
