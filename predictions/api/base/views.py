"""What every API view shares: orjson responses, token auth and scopes, throttling, the error handler."""

from __future__ import annotations

from typing import Any

import orjson
from django.conf import settings
from django.http import HttpResponse, HttpResponseNotModified
from rest_framework.negotiation import BaseContentNegotiation, DefaultContentNegotiation
from rest_framework.request import Request
from rest_framework.views import APIView

from predictions.api.base.authentication import ApiTokenAuthentication
from predictions.api.base.errors import api_exception_handler
from predictions.api.base.parsers import BoundedJSONParser
from predictions.api.base.permissions import TokenScopePermission
from predictions.api.base.schema import HindsightAutoSchema
from predictions.api.base.throttling import AnonymousRateThrottle, TokenRateThrottle

JSON_OPTIONS = orjson.OPT_UTC_Z | orjson.OPT_NON_STR_KEYS


def api_base() -> str:
    """The API's absolute root (``SITE_URL``), for the links in its bodies."""
    return f"{settings.SITE_URL}/api/v1/"


def json_response(body: Any, *, status: int = 200, headers: dict[str, str] | None = None) -> HttpResponse:
    """Encode with orjson (dates, datetimes and floats natively) and skip DRF's renderer."""
    response = HttpResponse(orjson.dumps(body, option=JSON_OPTIONS), content_type="application/json", status=status)
    for name, value in (headers or {}).items():
        response[name] = value
    return response


def not_modified_response(etag: str) -> HttpResponseNotModified:
    response = HttpResponseNotModified()
    response["ETag"] = etag
    return response


class FirstRendererNegotiation(BaseContentNegotiation):
    """Always JSON: views encode their own bodies (JSON or CSV), so an odd
    ``Accept`` header is never a 406 and ``?format=`` is left to the views."""

    def select_parser(self, request: Request, parsers: Any) -> Any:
        return DefaultContentNegotiation().select_parser(request, parsers)

    def select_renderer(self, request: Request, renderers: Any, format_suffix: str | None = None) -> Any:
        renderer = next(iter(renderers))
        return renderer, renderer.media_type


class ApiView(APIView):
    """Public reads; writes need a token with ``required_scopes[method]``."""

    authentication_classes = [ApiTokenAuthentication]
    permission_classes = [TokenScopePermission]
    content_negotiation_class = FirstRendererNegotiation
    required_scopes: dict[str, str] = {}
    throttle_classes = [AnonymousRateThrottle, TokenRateThrottle]
    parser_classes = [BoundedJSONParser]
    schema = HindsightAutoSchema()

    def get_exception_handler(self) -> Any:
        return api_exception_handler
