"""Root URLs: public pages, the admin, health probes and the API under /api/v1/."""

from __future__ import annotations

from django.contrib import admin
from django.urls import include, path

from config.health import healthz, readyz
from predictions.api.urls import api_fallback

admin.site.site_header = "Hindsight reviewers"
admin.site.site_title = "Hindsight admin"
admin.site.index_title = "Ledger and reminders"

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
