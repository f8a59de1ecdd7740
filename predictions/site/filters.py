"""The scoreboard's filters (topic, horizon) as a form: bad values get a message, never a 500."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from predictions.models import Topic
from predictions.selectors.scoreboard import HORIZONS, Scope
from predictions.site.localization import localized

HORIZON_LABELS = {
    "short": _("Up to a year"),
    "medium": _("One to three years"),
    "long": _("More than three years"),
}
# In the order of scoreboard.HORIZONS; a bucket without a label fails at import.
HORIZON_CHOICES = [(name, HORIZON_LABELS[name]) for name in HORIZONS]


class ScoreboardFilterForm(forms.Form):
    topic = forms.ChoiceField(label=_("Topic"), required=False)
    horizon = forms.ChoiceField(
        label=_("Horizon"),
        required=False,
        choices=[("", _("Any horizon")), *HORIZON_CHOICES],
        help_text=_("Time between saying it and judging it."),
    )
    include_late = forms.BooleanField(
        label=_("Include predictions recorded late"),
        required=False,
        help_text=_("Predictions recorded on or after their resolve-on date are not scored unless you include them."),
    )

    def __init__(self, *args: Any, topics: Sequence[Topic], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        topic_field: forms.ChoiceField = self.fields["topic"]  # type: ignore[assignment]
        topic_field.choices = [("", _("All topics"))] + [
            (topic.slug, localized(topic, "name").text) for topic in topics
        ]

    def scope(self) -> Scope:
        """The filters chosen; call after ``is_valid()``."""
        return Scope(
            topic=self.cleaned_data.get("topic") or "",
            horizon=self.cleaned_data.get("horizon") or "",
            include_late=bool(self.cleaned_data.get("include_late")),
        )
