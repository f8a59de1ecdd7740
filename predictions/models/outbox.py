"""The transactional outbox: the ledger's one seam to the outside world."""

from __future__ import annotations

from django.db import models
from django.db.models import Q

from predictions.models.ledger import Prediction


class OutboxEvent(models.Model):
    """A change the outside world should hear about, written in the same
    transaction as the change itself (transactional outbox).

    ``predictions`` only writes these rows; the tracker's relay publishes them
    (webhooks, notifications) and stamps ``published_at``. A broker outage
    therefore delays an event and never loses it.
    """

    event_type = models.CharField(max_length=60)
    payload = models.JSONField()
    prediction = models.ForeignKey(Prediction, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    published_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["id"]
        indexes = [
            # Consumer: the tracker's outbox relay, which reads unpublished rows
            # oldest first; published rows (nearly all of them) stay out of it.
            models.Index(fields=["id"], name="outbox_unpublished", condition=Q(published_at__isnull=True)),
        ]

    def __str__(self) -> str:
        return f"{self.event_type} #{self.pk}"
