"""HTTP-level guards that run before any view (no domain code)."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse, JsonResponse

LENGTH_REQUIRED = "Send the body with a Content-Length header; chunked request bodies are not accepted."


class RequireContentLengthMiddleware:
    """A body sent chunked, without Content-Length, is refused: 411 Length Required.

    Django reads a request body up to CONTENT_LENGTH, and gunicorn passes a
    chunked body on without one, so the view saw an empty body — a write that
    silently lost its data, or a misleading "field required" (issue 9, finding
    10). Refusing is what HTTP provides for it; every client can send the length.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        chunked = "chunked" in str(request.META.get("HTTP_TRANSFER_ENCODING", "")).lower()
        if chunked and not request.META.get("CONTENT_LENGTH"):
            if request.path.startswith("/api/"):
                return JsonResponse({"code": "length_required", "message": LENGTH_REQUIRED}, status=411)
            return HttpResponse(LENGTH_REQUIRED, status=411, content_type="text/plain; charset=utf-8")
        return self.get_response(request)
