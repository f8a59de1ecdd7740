"""OpenAPI documentation of what the API returns.

The hot paths build plain dicts (``representations``); these read-only
serializers describe the same shapes for drf-spectacular. schemathesis checks
every response against them, so a drift is a failing test.
"""

from __future__ import annotations

from drf_spectacular.utils import OpenApiParameter, OpenApiTypes
from rest_framework import serializers

from predictions.api.base.schema import page_of
from predictions.models import Outcome, ResolutionState

S = serializers


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
    name = S.CharField()
    name_original = S.CharField()
    slug = S.CharField()
    url = S.URLField(help_text="API URL of the speaker.")


class EventDoc(S.Serializer):
    name = S.CharField()
    place = S.CharField()
    date = S.DateField(allow_null=True)


class SourceRefDoc(S.Serializer):
    id = S.IntegerField()
    title = S.CharField()
    title_original = S.CharField()
    outlet = S.CharField(help_text="Empty when unknown.")
    url = S.CharField(help_text="Where it was published; empty when unknown.")
    archived_url = S.CharField()
    language = S.CharField(help_text="BCP 47 tag, e.g. zh-Hans.")
    published_on = S.DateField(allow_null=True)
    event = EventDoc(allow_null=True)
    api_url = S.URLField()


class TopicDoc(S.Serializer):
    slug = S.CharField()
    name = S.CharField()


class EvidenceDoc(S.Serializer):
    url = S.CharField()
    title = S.CharField()
    publisher = S.CharField()
    accessed_on = S.DateField()
    archived_url = S.CharField()


class FinalResolutionDoc(S.Serializer):
    id = S.IntegerField()
    outcome = S.ChoiceField(choices=Outcome.choices)
    rationale = S.CharField()
    rationale_zh = S.CharField(help_text="The rationale in Chinese; blank when not given.")
    as_of = S.DateField()
    resolved_at = S.DateTimeField()
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
    late_evidence_reason_zh = S.CharField()
    horizon = S.CharField()
    horizon_rule = S.CharField()
    horizon_rule_zh = S.CharField()
    resolve_on = S.DateField()
    resolution_criteria = S.CharField()
    resolution_criteria_zh = S.CharField()
    stated_confidence = S.CharField()
    stated_confidence_zh = S.CharField()
    implied_probability = S.FloatField(allow_null=True)
    topics = TopicDoc(many=True)
    status = S.ChoiceField(choices=["open", "due", "resolved"])
    is_overdue = S.BooleanField()
    outcome = S.ChoiceField(choices=Outcome.choices, allow_null=True, help_text="Null until a resolution is final.")
    resolution = FinalResolutionDoc(allow_null=True)
    history_url = S.URLField(help_text="The resolution history.")
    created_at = S.DateTimeField()
    updated_at = S.DateTimeField()


PredictionPageDoc = page_of(PredictionDoc, "PredictionPageDoc")


class ResolutionDoc(S.Serializer):
    id = S.IntegerField()
    prediction_id = S.IntegerField()
    state = S.ChoiceField(choices=ResolutionState.choices)
    outcome = S.ChoiceField(choices=Outcome.choices)
    rationale = S.CharField()
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
    evidence = EvidenceDoc(many=True)
    url = S.URLField()


class ResolutionListDoc(S.Serializer):
    results = ResolutionDoc(many=True)
    pending_proposal = S.BooleanField(help_text="A proposal awaits a second reviewer (its content is not public).")


class TrackRecordDoc(S.Serializer):
    """The public pages' numbers (``predictions.scoring``)."""

    predictions = S.IntegerField()
    resolved = S.IntegerField()
    correct = S.IntegerField()
    partly_correct = S.IntegerField()
    incorrect = S.IntegerField()
    unresolvable = S.IntegerField()
    annulled = S.IntegerField()
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
    low = S.FloatField()
    high = S.FloatField()
    count = S.IntegerField()
    mean_forecast = S.FloatField()
    observed = S.FloatField(help_text="The share that came true (partly correct counting half).")


class SpeakerDoc(S.Serializer):
    slug = S.CharField()
    name = S.CharField()
    name_original = S.CharField()
    role = S.CharField()
    link = S.CharField()
    url = S.URLField()
    predictions_url = S.URLField()
    track_record = TrackRecordDoc()


class SpeakerDetailDoc(SpeakerDoc):
    calibration = CalibrationBinDoc(many=True)


SpeakerPageDoc = page_of(SpeakerDoc, "SpeakerPageDoc")


class SourceDoc(SourceRefDoc):
    slug = S.CharField()
    provenance_note = S.CharField()
    predictions_count = S.IntegerField()


SourcePageDoc = page_of(SourceDoc, "SourcePageDoc")


class ScoreboardDoc(S.Serializer):
    totals = TrackRecordDoc()
    speakers = SpeakerDoc(many=True, help_text="The speakers with the most predictions, as on the scoreboard.")
    speaker_count = S.IntegerField(help_text="All speakers with public predictions.")
    calibration = CalibrationBinDoc(many=True)
    as_of = S.DateField(help_text="The site's date the numbers were computed for.")
    include_late = S.BooleanField(help_text="Whether verdicts on predictions recorded late are counted.")
