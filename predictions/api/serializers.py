"""Request bodies: validated by serializers, then handed to the services.

Serializers here only check shapes and types; the rules (quote found in the
source, dates in order, evidence needed, reviewer permissions) live in the
services, which the admin shares. Unknown fields are a 400, not ignored.
"""

from __future__ import annotations

import re
from typing import Any

from rest_framework import serializers

from predictions.api.base.serializers import StrictSerializer
from predictions.models import Outcome, Source, Speaker, Topic

SLUG = re.compile(r"[-a-zA-Z0-9_]{1,50}")


class SlugReference(serializers.SlugRelatedField):
    """A reference by slug, checked as a slug before the database sees it (a
    NUL byte or 10 kB of text is a 400 here, not a database error)."""

    default_error_messages = {
        **serializers.SlugRelatedField.default_error_messages,
        "invalid_slug": "Enter a slug: letters, numbers, hyphens or underscores.",
    }

    def to_internal_value(self, data: Any) -> Any:
        if not isinstance(data, str) or not SLUG.fullmatch(data):
            self.fail("invalid_slug")
        return super().to_internal_value(data)


def _text(max_length: int | None = None, required: bool = True, allow_blank: bool = False) -> serializers.CharField:
    return serializers.CharField(
        max_length=max_length or 20_000, required=required, allow_blank=allow_blank, trim_whitespace=False
    )


class PredictionCreateSerializer(StrictSerializer):
    speaker = SlugReference(slug_field="slug", queryset=Speaker.objects.all(), help_text="Speaker slug.")
    source = serializers.PrimaryKeyRelatedField(queryset=Source.objects.all(), help_text="Source id.")  # type: ignore[assignment]
    slug = serializers.SlugField(max_length=80)
    quote = _text()
    quote_language = serializers.RegexField(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$", max_length=35)
    translation = _text()
    claim = _text(500)
    claim_zh = _text(500, required=False, allow_blank=True)
    made_on = serializers.DateField()
    horizon = _text(200, required=False, allow_blank=True)
    horizon_rule = _text(required=False, allow_blank=True)
    resolve_on = serializers.DateField()
    resolution_criteria = _text()
    resolution_criteria_zh = _text(required=False, allow_blank=True)
    stated_confidence = _text(300, required=False, allow_blank=True)
    implied_probability = serializers.FloatField(min_value=0.0, max_value=1.0, required=False, allow_null=True)
    topics = SlugReference(
        slug_field="slug", queryset=Topic.objects.all(), many=True, required=False, help_text="Topic slugs."
    )
    reason = _text(500, required=False)


class PredictionUpdateSerializer(PredictionCreateSerializer):
    """Every field optional (PATCH); ``reason`` required: it is kept in the history."""

    reason = _text(500)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            if name != "reason":
                field.required = False

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        if set(attrs) == {"reason"}:
            raise serializers.ValidationError({"non_field_errors": ["Change at least one field."]})
        return attrs


class EvidenceSerializer(StrictSerializer):
    url = serializers.URLField(max_length=1000)
    title = _text(500)
    publisher = _text(200, required=False, allow_blank=True)
    accessed_on = serializers.DateField()
    excerpt = _text(required=False, allow_blank=True)
    archived_url = serializers.URLField(max_length=1000, required=False, allow_blank=True)


class ResolutionProposeSerializer(StrictSerializer):
    outcome = serializers.ChoiceField(choices=Outcome.choices)
    rationale = _text()
    rationale_zh = _text(required=False, allow_blank=True)
    as_of = serializers.DateField()
    evidence = serializers.ListField(child=EvidenceSerializer(), required=False, max_length=50)


class ResolutionSupersedeSerializer(ResolutionProposeSerializer):
    reason = _text(2000)


class ResolutionRejectSerializer(StrictSerializer):
    reason = _text(2000)
