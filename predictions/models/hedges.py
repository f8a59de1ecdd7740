"""Hedges: passages of a prediction's own source that qualify the speaker's confidence.

E.g. the seed article's 因此在这一点上做出任何自信的预测都是非常困难的 ("so any
confident prediction on this is very hard") after two forecasts. A hedge is
anchored by character offsets in the same source text as the quote and checked
verbatim by the same system check (``predictions.checks``); it is shown with
the quote and read when the implied probability is set. Writes go through
``predictions.services.hedges``.
"""

from __future__ import annotations

from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from predictions.models.ledger import Prediction
from predictions.text import multi_line, verbatim_text


class Hedge(models.Model):
    prediction = models.ForeignKey(Prediction, on_delete=models.CASCADE, related_name="hedges")
    quote = models.TextField(
        help_text=_("Exactly as the source has it, in the original language."), validators=[verbatim_text]
    )
    quote_start = models.PositiveIntegerField(help_text=_("Character offset in the source."))
    quote_end = models.PositiveIntegerField()
    translation = models.TextField(
        _("translation (English)"), blank=True, help_text=_("Our English translation."), validators=[multi_line]
    )
    created_at = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["prediction_id", "quote_start", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(quote_end__gt=F("quote_start")),
                name="hedge_quote_offsets_ordered",
                violation_error_message=_("The hedge's end offset must come after its start."),
            ),
            models.UniqueConstraint(
                fields=["prediction", "quote_start", "quote_end"],
                name="hedge_once_per_prediction",
                violation_error_message=_("This passage is already a hedge of this prediction."),
            ),
        ]

    def __str__(self) -> str:
        return self.quote
