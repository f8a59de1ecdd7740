"""Django's admin app with the project's admin site (``predictions.admin_site``) as the default one."""

from __future__ import annotations

from django.contrib.admin.apps import AdminConfig as DjangoAdminConfig


class AdminConfig(DjangoAdminConfig):
    default_site = "predictions.admin_site.HindsightAdminSite"
