"""The confirm stage names its proposal in a column of its own (issue 10).

``round`` held the proposal's id for confirm reminders and the overdue count
otherwise. Confirm rows now keep round 0 and point at the proposal; the unique
keys keep their meaning: one round per (prediction, stage, round or proposal),
one reminder per that and its recipient. The write-only columns go.
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def name_the_proposals(apps, schema_editor):
    """Confirm rows: round (the proposal's id) → proposal, round → 0."""
    resolutions = apps.get_model("predictions", "Resolution").objects.values("id")
    for name in ("ReminderRound", "Reminder"):
        model = apps.get_model("tracker", name)
        model.objects.filter(stage="confirm", round__in=resolutions).update(proposal_id=models.F("round"), round=0)


def put_the_proposals_back_in_round(apps, schema_editor):
    for name in ("ReminderRound", "Reminder"):
        model = apps.get_model("tracker", name)
        model.objects.filter(stage="confirm", proposal__isnull=False).update(
            round=models.F("proposal_id"), proposal=None
        )


class Migration(migrations.Migration):
    dependencies = [
        ("predictions", "0007_due_scan_indexes"),
        ("tracker", "0005_webhook_schedule"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RemoveConstraint(
            model_name="reminder",
            name="reminder_once_per_recipient",
        ),
        migrations.RemoveConstraint(
            model_name="reminderround",
            name="reminder_round_once",
        ),
        migrations.RemoveField(
            model_name="reminderround",
            name="escalate",
        ),
        migrations.RemoveField(
            model_name="reminderround",
            name="recipient_count",
        ),
        migrations.RemoveField(
            model_name="reminderround",
            name="resolve_on",
        ),
        migrations.AddField(
            model_name="reminder",
            name="proposal",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="+",
                to="predictions.resolution",
            ),
        ),
        migrations.AddField(
            model_name="reminderround",
            name="proposal",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="+",
                to="predictions.resolution",
            ),
        ),
        migrations.RunPython(name_the_proposals, put_the_proposals_back_in_round, elidable=False),
        migrations.AddConstraint(
            model_name="reminder",
            constraint=models.UniqueConstraint(
                condition=models.Q(("proposal__isnull", True)),
                fields=("prediction", "stage", "round", "recipient"),
                name="reminder_once_per_recipient",
            ),
        ),
        migrations.AddConstraint(
            model_name="reminder",
            constraint=models.UniqueConstraint(
                condition=models.Q(("proposal__isnull", False)),
                fields=("prediction", "stage", "proposal", "recipient"),
                name="reminder_once_per_recipient_per_proposal",
            ),
        ),
        migrations.AddConstraint(
            model_name="reminderround",
            constraint=models.UniqueConstraint(
                condition=models.Q(("proposal__isnull", True)),
                fields=("prediction", "stage", "round"),
                name="reminder_round_once",
            ),
        ),
        migrations.AddConstraint(
            model_name="reminderround",
            constraint=models.UniqueConstraint(
                condition=models.Q(("proposal__isnull", False)),
                fields=("prediction", "stage", "proposal"),
                name="reminder_round_once_per_proposal",
            ),
        ),
    ]
