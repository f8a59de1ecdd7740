"""OpenAPI documentation of what the API returns.

The hot paths build plain dicts (``representations``); these read-only
serializers describe the same shapes for drf-spectacular. schemathesis checks
every response against them, so a drift is a failing test.
"""

from __future__ import annotations

from typing import TypeVar

from drf_spectacular.utils import OpenApiParameter, OpenApiTypes
from rest_framework import serializers

from predictions.api.base.schema import page_of
from predictions.models import Outcome, ResolutionState

S = serializers
F = TypeVar("F", bound=S.Field)


def several(field: type[F], count: int) -> tuple[F, ...]:
    """``count`` plain fields of one kind, for the names unpacked from it (in that order, the document's)."""
    return tuple(field() for _ in range(count))


def etag_header(*codes: int) -> OpenApiParameter:
    """The ``ETag`` response header, documented (and so checked by schemathesis) for ``codes``."""
    return OpenApiParameter(
        "ETag",
        OpenApiTypes.STR,
        OpenApiParameter.HEADER,
        required=True,
        response=list(codes),
        description="Entity tag: send it back in If-None-Match (reads) or If-Match (PATCH).",
    )


IF_NONE_MATCH = OpenApiParameter(
    "If-None-Match",
    OpenApiTypes.STR,
    OpenApiParameter.HEADER,
    required=False,
    description="An ETag from an earlier response: 304 Not Modified when unchanged.",
)
IF_MATCH = OpenApiParameter(
    "If-Match",
    OpenApiTypes.STR,
    OpenApiParameter.HEADER,
    required=True,
    description='The ETag of the prediction you read (e.g. `"v3-1a2b…"`): 428 when missing, 412 when stale.',
)


class SpeakerRefDoc(S.Serializer):
    name, name_original, slug = several(S.CharField, 3)
    url = S.URLField(help_text="API URL of the speaker.")


class EventDoc(S.Serializer):
    name, place = several(S.CharField, 2)
    date = S.DateField(allow_null=True)


class SourceRefDoc(S.Serializer):
    id = S.IntegerField()
    title, title_original = several(S.CharField, 2)
    outlet = S.CharField(help_text="Empty when unknown.")
    url = S.CharField(help_text="Where it was published; empty when unknown.")
    archived_url = S.CharField()
    language = S.CharField(help_text="BCP 47 tag, e.g. zh-Hans.")
    published_on = S.DateField(allow_null=True)
    event = EventDoc(allow_null=True)
    api_url = S.URLField()


class TopicDoc(S.Serializer):
    slug, name = several(S.CharField, 2)


class EvidenceDoc(S.Serializer):
    url, title, publisher = several(S.CharField, 3)
    accessed_on = S.DateField()
    archived_url = S.CharField()


class FinalResolutionDoc(S.Serializer):
    id = S.IntegerField()
    outcome = S.ChoiceField(choices=Outcome.choices)
    rationale = S.CharField()
    rationale_zh = S.CharField(help_text="The rationale in Chinese; blank when not given.")
    as_of = S.DateField()
    resolved_at = S.DateTimeField()
    early_reason = S.CharField(help_text="Why it was judged before its resolve-on date; empty otherwise.")
    evidence = EvidenceDoc(many=True)


class HedgeDoc(S.Serializer):
    quote = S.CharField(help_text="Exactly as the source has it.")
    quote_start = S.IntegerField(help_text="Character offset in the source text.")
    quote_end = S.IntegerField()
    translation = S.CharField(help_text="Our English translation.")


class PredictionDoc(S.Serializer):
    id = S.IntegerField()
    url = S.URLField()
    slug = S.CharField()
    version = S.IntegerField(help_text="Bumped by every change; the ETag starts with it.")
    speaker = SpeakerRefDoc()
    source = SourceRefDoc()  # type: ignore[assignment]
    quote = S.CharField(help_text="Exactly as the source has it, in the original language.")
    quote_language = S.CharField(help_text="BCP 47 tag of the quote's language as the source has it.")
    quote_kind = S.ChoiceField(
        choices=["direct", "reported"],
        help_text="direct: the source quotes the speaker in quotation marks; reported: the source's paraphrase.",
    )
    spoken_language = S.CharField(help_text="BCP 47 tag of the language the speaker spoke; blank when unknown.")
    hedges = HedgeDoc(many=True, help_text="Passages of the same source that qualify the speaker's confidence.")
    translation = S.CharField(help_text="Our English translation, not the speaker's words.")
    claim = S.CharField()
    claim_zh = S.CharField(help_text="The claim in Chinese; blank when not translated.")
    made_on = S.DateField()
    recorded_at = S.DateTimeField(allow_null=True, help_text="When it entered the ledger; set once.")
    recorded_late = S.BooleanField(
        help_text="Recorded on or after its resolve-on date, or marked by a reviewer (late_evidence_reason): "
        "its criteria may have been written knowing the outcome, so scores leave it out by default."
    )
    late_evidence_reason = S.CharField(help_text="A reviewer's reason why decisive evidence was already public.")
    late_evidence_reason_zh, horizon, horizon_rule, horizon_rule_zh = several(S.CharField, 4)
    resolve_on = S.DateField()
    resolution_criteria, resolution_criteria_zh, stated_confidence, stated_confidence_zh = several(S.CharField, 4)
    implied_probability = S.FloatField(allow_null=True)
    topics = TopicDoc(many=True)
    status = S.ChoiceField(choices=["open", "due", "resolved"])
    is_overdue = S.BooleanField()
    outcome = S.ChoiceField(choices=Outcome.choices, allow_null=True, help_text="Null until a resolution is final.")
    resolution = FinalResolutionDoc(allow_null=True)
    history_url = S.URLField(help_text="The resolution history.")
    created_at, updated_at = several(S.DateTimeField, 2)


PredictionPageDoc = page_of(PredictionDoc, "PredictionPageDoc")


class ResolutionDoc(S.Serializer):
    id, prediction_id = several(S.IntegerField, 2)
    state = S.ChoiceField(choices=ResolutionState.choices)
    outcome = S.ChoiceField(choices=Outcome.choices)
    rationale = S.CharField()
    rationale_zh = S.CharField(help_text="The rationale in Chinese; blank when not given.")
    as_of = S.DateField()
    proposed_by = S.CharField()
    proposed_at = S.DateTimeField()
    confirmed_by = S.CharField(allow_null=True)
    resolved_at = S.DateTimeField(allow_null=True, help_text="When it became final.")
    rejected_by = S.CharField(allow_null=True)
    rejected_at = S.DateTimeField(allow_null=True)
    rejection_reason = S.CharField()
    supersedes = S.IntegerField(allow_null=True)
    supersede_reason = S.CharField()
    early_reason = S.CharField(
        help_text="Why it was judged before the prediction's resolve-on date; empty when judged on or after it."
    )
    evidence = EvidenceDoc(many=True)
    url = S.URLField()


class ResolutionListDoc(S.Serializer):
    results = ResolutionDoc(many=True)
    pending_proposal = S.BooleanField(help_text="A proposal awaits a second reviewer (its content is not public).")


class TrackRecordDoc(S.Serializer):
    """The public pages' numbers (``predictions.scoring``)."""

    predictions, resolved, correct, partly_correct, incorrect, unresolvable, annulled = several(S.IntegerField, 7)
    pending = S.IntegerField(help_text="Open or due: no final resolution yet.")
    due = S.IntegerField(help_text="Due now (overdue included).")
    overdue = S.IntegerField()
    hit_rate = S.FloatField(
        allow_null=True, help_text="(correct + ½ partly correct) / (correct + partly correct + incorrect)."
    )
    hit_rate_interval = S.ListField(
        child=S.FloatField(), allow_null=True, min_length=2, max_length=2, help_text="95% Wilson score interval."
    )
    brier_score = S.FloatField(
        allow_null=True, help_text="Mean squared error of implied probabilities (partly correct = 0.5)."
    )
    brier_count = S.IntegerField()
    small_sample = S.BooleanField(help_text="Too few scored predictions for the rate to mean much.")
    late_left_out = S.IntegerField(
        help_text="Verdicts on predictions recorded late, left out of the counts and scores above "
        "(0 with include_late=1). Still counted in `resolved`."
    )


class CalibrationBinDoc(S.Serializer):
    low, high = several(S.FloatField, 2)
    count = S.IntegerField()
    mean_forecast = S.FloatField()
    observed = S.FloatField(help_text="The share that came true (partly correct counting half).")


class SpeakerDoc(S.Serializer):
    slug, name, name_original, role, link = several(S.CharField, 5)
    url, predictions_url = several(S.URLField, 2)
    track_record = TrackRecordDoc()


class SpeakerDetailDoc(SpeakerDoc):
    calibration = CalibrationBinDoc(many=True)


SpeakerPageDoc = page_of(SpeakerDoc, "SpeakerPageDoc")


class SourceDoc(SourceRefDoc):
    slug, provenance_note = several(S.CharField, 2)
    predictions_count = S.IntegerField()


SourcePageDoc = page_of(SourceDoc, "SourcePageDoc")


class ScoreboardDoc(S.Serializer):
    totals = TrackRecordDoc()
    speakers = SpeakerDoc(many=True, help_text="The speakers with the most predictions, as on the scoreboard.")
    speaker_count = S.IntegerField(help_text="All speakers with public predictions.")
    calibration = CalibrationBinDoc(many=True)
    as_of = S.DateField(help_text="The site's date the numbers were computed for.")
    include_late = S.BooleanField(help_text="Whether verdicts on predictions recorded late are counted.")


class ForecastCandidateDoc(S.Serializer):
    """The fields of ``manage.py find_forecasts --format json``, plus the id to accept it by and whether it comes
    from the second look."""

    id = S.CharField(help_text="Accept it with POST …/forecast-candidates/{id}/.")
    quote = S.CharField(help_text="Exactly as in the source text: text[start:end].")
    start, end = several(S.IntegerField, 2)
    horizon = S.CharField(allow_null=True)
    resolve_on = S.DateField(allow_null=True)
    horizon_rule = S.CharField(allow_null=True, help_text="How the horizon became resolve_on, in English.")
    horizon_rule_zh = S.CharField(allow_null=True, help_text="The same rule in Chinese.")
    probability = S.FloatField(allow_null=True)
    hedges = S.ListField(child=S.CharField())
    kind = S.ChoiceField(choices=["direct", "reported"], allow_null=True)
    second_look = S.BooleanField(
        help_text="True for a sentence about the future the extractor did not propose (listed with second_look=1)."
    )


class ForecastCandidateListDoc(S.Serializer):
    source = S.IntegerField()  # type: ignore[assignment]
    language = S.CharField(help_text="The extractor's language: en or zh-Hans.")
    said_on = S.DateField()
    results = ForecastCandidateDoc(many=True, help_text="Not yet accepted or dismissed, in text order.")


class DraftDoc(S.Serializer):
    """A draft prediction: private until a reviewer writes its claim and criteria and publishes it."""

    id = S.IntegerField()
    is_draft = S.BooleanField()
    slug = S.CharField()
    speaker = S.CharField(help_text="Speaker slug.")
    source = S.IntegerField()  # type: ignore[assignment]
    quote = S.CharField()
    quote_start, quote_end = several(S.IntegerField, 2)
    quote_kind = S.CharField()
    made_on = S.DateField()
    horizon, horizon_rule, horizon_rule_zh = several(S.CharField, 3)
    resolve_on = S.DateField()
    stated_confidence = S.CharField()
    implied_probability = S.FloatField(allow_null=True)
    admin_url = S.CharField(help_text="Where a reviewer finishes and publishes it.")
