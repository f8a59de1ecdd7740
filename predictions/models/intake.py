"""What the intake remembers: the candidates a reviewer dismissed (accepted ones became drafts)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from predictions.models.ledger import Source
from predictions.text import verbatim_text


class DismissedCandidate(models.Model):
    """A forecast candidate a reviewer judged not to be one: not offered again for this source.

    Keyed by the source and the candidate's offsets (the extractor is deterministic, so the same
    text finds the same span again); the quote is kept so that a changed text is not matched by
    offsets alone.
    """

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="dismissed_candidates")
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    quote = models.TextField(validators=[verbatim_text])
    dismissed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    dismissed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("dismissed candidate")
        constraints = [
            models.UniqueConstraint(fields=["source", "start", "end"], name="dismissed_candidate_unique_span"),
        ]

    def __str__(self) -> str:
        return f"{self.source_id}:{self.start}-{self.end}"
