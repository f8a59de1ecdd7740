"""Drafts: predictions recorded but not yet published, which a reviewer still has to finish.

A minimal reading (drafts are the predictions that are not public); the intake (branch i12i)
brings its own ``drafts_to_finish`` with the same name and signature, which replaces this one.
"""

from __future__ import annotations

from django.db.models import QuerySet

from predictions.models import Prediction


def drafts_to_finish() -> QuerySet[Prediction]:
    """Draft predictions waiting for a reviewer to finish and publish them, oldest first."""
    return Prediction.objects.filter(is_public=False).select_related("speaker", "source").order_by("created_at", "id")
