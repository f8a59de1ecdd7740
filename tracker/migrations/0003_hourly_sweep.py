"""The hourly reminder sweep as a django-celery-beat entry, so staff can see
and change the schedule in the admin (Periodic tasks).

``last_run_at`` starts in the past on purpose: beat then runs the sweep as
soon as it starts for the first time (``make run`` e-mails the demo reviewers
straight away) and hourly after that. Re-running the migration, or changing
the schedule in the admin later, is left alone.
"""

from __future__ import annotations

import datetime

from django.db import migrations

TASK_NAME = "Send due reminders (hourly)"


def create_schedule(apps, schema_editor):  # type: ignore[no-untyped-def]
    IntervalSchedule = apps.get_model("django_celery_beat", "IntervalSchedule")
    PeriodicTask = apps.get_model("django_celery_beat", "PeriodicTask")
    PeriodicTasks = apps.get_model("django_celery_beat", "PeriodicTasks")
    every_hour, _ = IntervalSchedule.objects.get_or_create(every=1, period="hours")
    _, created = PeriodicTask.objects.get_or_create(
        name=TASK_NAME,
        defaults={
            "task": "tracker.sweep_reminders",
            "interval": every_hour,
            "description": "Record the reminders owed and send one digest per reviewer (tracker.services.reminders.sweep).",
            "last_run_at": datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC),
        },
    )
    if created:
        # Tell a running beat that the schedule changed (what the model's save() signal does).
        PeriodicTasks.objects.update_or_create(ident=1, defaults={"last_update": datetime.datetime.now(datetime.UTC)})


def remove_schedule(apps, schema_editor):  # type: ignore[no-untyped-def]
    apps.get_model("django_celery_beat", "PeriodicTask").objects.filter(name=TASK_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("tracker", "0002_reviewers_permissions"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
    ]

    operations = [migrations.RunPython(create_schedule, remove_schedule)]
