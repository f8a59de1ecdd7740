"""Create the "Integrators" group: the accounts behind API tokens that write.

An API token's scopes narrow what it may do; they never widen what its user
may do. A newsroom's importer needs a user who may record and edit
predictions (and view the ledger), nothing more: it cannot judge predictions
(only Reviewers propose and confirm resolutions) and cannot use the admin
(not staff). Put such accounts in this group, then issue them a token with
``manage.py create_api_token USERNAME --scopes write,webhooks``.
"""

from __future__ import annotations

from django.contrib.auth.management import create_permissions
from django.db import migrations

INTEGRATOR_PERMISSIONS = [
    "view_topic",
    "view_speaker",
    "view_source",
    "view_prediction",
    "add_prediction",
    "change_prediction",
    "view_resolution",
    "view_evidence",
]


def create_integrators_group(apps, schema_editor):  # type: ignore[no-untyped-def]
    app_config = apps.get_app_config("predictions")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name="Integrators")
    permissions = Permission.objects.filter(content_type__app_label="predictions", codename__in=INTEGRATOR_PERMISSIONS)
    missing = set(INTEGRATOR_PERMISSIONS) - set(permissions.values_list("codename", flat=True))
    if missing:
        raise RuntimeError(f"permissions not found: {sorted(missing)}")
    group.permissions.add(*permissions)


def remove_integrators_group(apps, schema_editor):  # type: ignore[no-untyped-def]
    apps.get_model("auth", "Group").objects.filter(name="Integrators").delete()


class Migration(migrations.Migration):
    dependencies = [("predictions", "0005_api_tokens_and_keyset_indexes")]

    operations = [migrations.RunPython(create_integrators_group, remove_integrators_group)]
