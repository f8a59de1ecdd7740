"""Give the Reviewers group what it needs in the tracker: read the reminder
and delivery logs and the overdue view, and snooze predictions. "Send again"
(``resend_reminder``) and editing reviewers' preferences stay with staff who
are granted them (superusers have them all)."""

from __future__ import annotations

from django.contrib.auth.management import create_permissions
from django.db import migrations

REVIEWER_PERMISSIONS = [
    "view_reminder",
    "view_delivery",
    "view_overdueprediction",
    "view_snooze",
    "add_snooze",
    "change_snooze",
    "delete_snooze",
]


def add_tracker_permissions(apps, schema_editor):  # type: ignore[no-untyped-def]
    # Permissions are normally created after all migrations ran; create ours
    # now so a fresh database gets a complete group in one `migrate`.
    app_config = apps.get_app_config("tracker")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name="Reviewers")
    permissions = Permission.objects.filter(content_type__app_label="tracker", codename__in=REVIEWER_PERMISSIONS)
    missing = set(REVIEWER_PERMISSIONS) - set(permissions.values_list("codename", flat=True))
    if missing:
        raise RuntimeError(f"permissions not found: {sorted(missing)}")
    group.permissions.add(*permissions)


def remove_tracker_permissions(apps, schema_editor):  # type: ignore[no-untyped-def]
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name="Reviewers").first()
    if group is not None:
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label="tracker", codename__in=REVIEWER_PERMISSIONS)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("tracker", "0001_reminders"),
        ("predictions", "0002_reviewers_group"),
    ]

    operations = [migrations.RunPython(add_tracker_permissions, remove_tracker_permissions)]
