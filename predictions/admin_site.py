"""The reviewers' admin site: Django's, with a home page that opens with what waits for the reviewer.

Installed as the default site by ``config.apps.AdminConfig`` (Django's documented way), so
``admin.site`` and every ``@admin.register`` keep working unchanged. It lives outside the
``predictions.admin`` package on purpose: importing that package registers the ModelAdmins on
``admin.site``, which would instantiate the site class while its own module is still loading
(a second, empty site).
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from predictions.selectors.queue import reviewer_queue


class HindsightAdminSite(admin.AdminSite):
    # Lazy, so each reviewer reads them in the admin's language (they were plain strings in config.urls).
    site_header = _("Hindsight reviewers")
    site_title = _("Hindsight admin")
    index_title = _("Ledger and reminders")
    index_template = "admin/hindsight_index.html"

    def index(self, request: HttpRequest, extra_context: dict[str, Any] | None = None) -> TemplateResponse:
        """The admin home, with the "Waiting for you" block (``selectors.queue``) on top."""
        return super().index(request, {"queue": reviewer_queue(request.user), **(extra_context or {})})
