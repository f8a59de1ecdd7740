"""Beat entries for the outbox relay and webhook retries (editable in the admin).

- ``tracker.relay_outbox`` every 5 seconds: publishes outbox rows whose
  on-commit trigger was lost (broker down, process killed) and is the only
  trigger when nothing else is running;
- ``tracker.retry_webhook_deliveries`` every 15 seconds: queues attempts whose
  ``next_attempt_at`` has come (retries are read from the database, never
  from Celery countdowns).
"""

from __future__ import annotations

from django.db import migrations

ENTRIES = [
    ("Relay the outbox to webhooks", "tracker.relay_outbox", 5),
    ("Retry due webhook deliveries", "tracker.retry_webhook_deliveries", 15),
]


def create_entries(apps, schema_editor):  # type: ignore[no-untyped-def]
    IntervalSchedule = apps.get_model("django_celery_beat", "IntervalSchedule")
    PeriodicTask = apps.get_model("django_celery_beat", "PeriodicTask")
    for name, task, seconds in ENTRIES:
        schedule, _ = IntervalSchedule.objects.get_or_create(every=seconds, period="seconds")
        PeriodicTask.objects.get_or_create(
            name=name, defaults={"task": task, "interval": schedule, "enabled": True, "expire_seconds": seconds * 4}
        )


def remove_entries(apps, schema_editor):  # type: ignore[no-untyped-def]
    apps.get_model("django_celery_beat", "PeriodicTask").objects.filter(name__in=[e[0] for e in ENTRIES]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("tracker", "0004_webhooks"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
    ]

    operations = [migrations.RunPython(create_entries, remove_entries)]
