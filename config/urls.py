"""Root URLs: public pages, the admin, health probes and the API under /api/v1/."""

from __future__ import annotations

from django.contrib import admin
from django.http import HttpRequest, HttpResponse
from django.urls import include, path
from django.views import defaults

from config.health import healthz, readyz
from predictions.api.base.errors import bad_request_json, server_error_json
from predictions.api.urls import api_fallback

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("readyz", readyz, name="readyz"),
    path("admin/", admin.site.urls),
    # tracker's webhook endpoints first: predictions never imports tracker.
    path("api/v1/webhooks/", include("tracker.api.urls")),
    path("api/v1/", include("predictions.api.urls")),
    *api_fallback,
    path("", include("predictions.site.urls")),
]


# Errors raised outside a view (a middleware, a bad Host header) or past the
# API's own handler: under /api/ the answer is JSON like every other API error.
def handler400(request: HttpRequest, exception: Exception) -> HttpResponse:
    if request.path.startswith("/api/"):
        return bad_request_json(request)
    return defaults.bad_request(request, exception)


def handler500(request: HttpRequest) -> HttpResponse:
    if request.path.startswith("/api/"):
        return server_error_json(request)
    return defaults.server_error(request)
