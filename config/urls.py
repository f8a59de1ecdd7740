"""Root URLs: public pages, the admin, health probes (the API mounts under /api/v1/)."""

from __future__ import annotations

from django.contrib import admin
from django.urls import include, path

from config.health import healthz, readyz

admin.site.site_header = "Hindsight reviewers"
admin.site.site_title = "Hindsight admin"
admin.site.index_title = "Ledger and reminders"

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("readyz", readyz, name="readyz"),
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),  # set_language: the switcher's POST target
    path("", include("predictions.urls")),
]
