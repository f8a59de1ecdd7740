"""Create the "Reviewers" group with least privilege.

Reviewers may view everything in the ledger, record and edit predictions,
speakers, sources and topics, propose resolutions and confirm or reject other
reviewers' proposals. They may not delete anything, edit a resolution (there
is no such permission in use: resolutions are append-only) or manage users.
Later migrations (e.g. the tracker's) add their own permissions to the group.
"""

from __future__ import annotations

from django.contrib.auth.management import create_permissions
from django.db import migrations

REVIEWER_PERMISSIONS = [
    "view_topic",
    "add_topic",
    "change_topic",
    "view_speaker",
    "add_speaker",
    "change_speaker",
    "view_source",
    "add_source",
    "change_source",
    "view_prediction",
    "add_prediction",
    "change_prediction",
    "view_resolution",
    "view_evidence",
    "propose_resolution",
    "confirm_resolution",
]


def create_reviewers_group(apps, schema_editor):  # type: ignore[no-untyped-def]
    # Permissions are normally created after all migrations ran; create ours
    # now so a fresh database gets a complete group in one `migrate`.
    app_config = apps.get_app_config("predictions")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name="Reviewers")
    permissions = Permission.objects.filter(content_type__app_label="predictions", codename__in=REVIEWER_PERMISSIONS)
    missing = set(REVIEWER_PERMISSIONS) - set(permissions.values_list("codename", flat=True))
    if missing:
        raise RuntimeError(f"permissions not found: {sorted(missing)}")
    group.permissions.add(*permissions)


def remove_reviewers_group(apps, schema_editor):  # type: ignore[no-untyped-def]
    apps.get_model("auth", "Group").objects.filter(name="Reviewers").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("predictions", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_reviewers_group, remove_reviewers_group)]
