"""The ledger: who forecast what, and where it was said (judgements: ``resolutions``).

Writes go through ``predictions.services``; reads that lists and pages share
live in ``predictions.selectors``. Models hold fields, database constraints and
pure derived state only (``Prediction.status_on``), so they can be tested
without a database.
"""

from __future__ import annotations

import datetime
import hashlib
from functools import cached_property
from pathlib import Path

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from predictions.interface_language import is_chinese, localized
from predictions.models.fields import passage, stamps, text_line, url_field
from predictions.models.reference import SlugKeyed, Speaker, Topic
from predictions.selectors.status import PredictionManager, Status, recorded_late_for, recorded_on_for, status_for
from predictions.text import verbatim_text

# BCP 47 language tags as we use them: "zh-Hans", "en", "pt-BR", "yue-Hant-HK".
bcp47_validator = RegexValidator(
    r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$",
    _("Enter a BCP 47 language tag such as “en” or “zh-Hans”."),
)


class SourceTextError(Exception):
    """A source's stored text is missing or does not match its recorded sha256."""


class Source(SlugKeyed):
    """Where a prediction was said or reported, with the text we quote from.

    The text lives either in a file under ``seeds/`` (``text_file``, verified
    against ``text_sha256`` whenever it is read) or, for sources added in the
    admin, in ``text``. Unknown provenance (outlet, url, date) stays blank and
    ``provenance_note`` says what was looked for and not found.
    """

    slug = models.SlugField(_("slug"), unique=True)
    title = text_line(_("title (English)"), 500)
    title_original = text_line(_("title in original language"), 500, blank=True)
    title_zh = text_line(_("title (Chinese)"), 500, blank=True, help_text=_("Only when the original is not Chinese."))
    outlet = text_line(_("outlet"), 200, blank=True, help_text=_("Blank when unknown."))
    url = url_field(_("url"), blank=True, help_text=_("Blank when unknown."))
    archived_url = url_field(_("archived url"), blank=True)
    language = text_line(_("language"), 35, validators=(bcp47_validator,))
    published_on = models.DateField(_("published on"), null=True, blank=True, help_text=_("Blank when unknown."))
    event_name = text_line(_("event name"), 300, blank=True)
    event_place = text_line(_("event place"), 300, blank=True)
    event_date = models.DateField(_("event date"), null=True, blank=True)
    text_file = text_line(
        _("text file"), 300, blank=True, help_text=_("File name under seeds/ holding the verbatim text.")
    )
    text = models.TextField(
        _("text"),
        blank=True,
        help_text=_("Verbatim text, when it is not kept under seeds/."),
        validators=[verbatim_text],
    )
    text_sha256 = models.CharField(_("text sha256"), max_length=64, blank=True)
    provenance_note = passage(_("provenance note"), blank=True)
    provenance_note_zh = passage(_("provenance note (Chinese)"), blank=True)
    created_at, updated_at = stamps()

    history = HistoricalRecords()

    class Meta:
        verbose_name, verbose_name_plural = _("source"), _("sources")
        ordering = ["-published_on", "title"]
        constraints = [
            models.CheckConstraint(
                condition=Q(text_file="") | Q(text=""),
                name="source_text_in_one_place",
                violation_error_message=_("Keep the text either in a seeds/ file or in the text field, not both."),
            ),
        ]

    def __str__(self) -> str:
        # The admin names a source by this (breadcrumbs, Find forecasts, the prediction form): a Chinese reviewer
        # reads its Chinese title — the translation, or the original when the source is Chinese.
        if is_chinese() and not self.title_zh and self.language.startswith("zh") and self.title_original:
            return self.title_original
        return localized(self, "title").text

    @cached_property
    def full_text(self) -> str:
        """The verbatim source text, verified against ``text_sha256``."""
        if not self.text_file:
            return self.text
        if Path(self.text_file).name != self.text_file:
            # A bare file name: "../config/x" or "/etc/x" would read outside seeds/.
            raise SourceTextError(f"source {self.slug!r}: {self.text_file!r} is not a file name under seeds/")
        path = settings.SEEDS_DIR / self.text_file
        try:
            raw = path.read_bytes()
        except OSError as error:
            raise SourceTextError(f"source {self.slug!r}: cannot read {path}: {error.strerror}") from None
        digest = hashlib.sha256(raw).hexdigest()
        if digest != self.text_sha256:
            raise SourceTextError(
                f"source {self.slug!r}: seeds/{self.text_file} has sha256 {digest}, "
                f"but {self.text_sha256 or '(nothing)'} was recorded"
            )
        return raw.decode("utf-8")


class QuoteKind(models.TextChoices):
    DIRECT = "direct", _("Direct quote")
    REPORTED = "reported", _("Reported speech")


class Prediction(models.Model):
    speaker = models.ForeignKey(
        Speaker, on_delete=models.PROTECT, related_name="predictions", verbose_name=_("speaker")
    )
    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="predictions", verbose_name=_("source"))
    slug = models.SlugField(
        _("slug"), max_length=80, help_text=_("Short name, unique within its source; used in URLs.")
    )

    quote = models.TextField(
        _("quote"), help_text=_("Exactly as the source has it, in the original language."), validators=[verbatim_text]
    )
    quote_language = text_line(_("quote language"), 35, validators=(bcp47_validator,))
    quote_kind = models.CharField(
        _("quote kind"),
        max_length=10,
        choices=QuoteKind.choices,
        default=QuoteKind.DIRECT,
        help_text=_("Direct: the source quotes the speaker in quotation marks. Reported: the source's paraphrase."),
    )
    spoken_language = text_line(
        _("spoken language"),
        35,
        blank=True,
        help_text=_("BCP 47 tag of the language the speaker spoke, e.g. “en”. Blank when unknown."),
        validators=(bcp47_validator,),
    )
    quote_start = models.PositiveIntegerField(
        _("quote start"), null=True, blank=True, help_text=_("Character offset in the source.")
    )
    quote_end = models.PositiveIntegerField(_("quote end"), null=True, blank=True)
    translation = passage(
        _("translation (English)"), help_text=_("Our English translation; not the speaker's own words.")
    )
    claim = text_line(_("claim"), 500, help_text=_("One checkable English sentence."))
    claim_zh = text_line(_("claim (Chinese)"), 500, blank=True)

    made_on = models.DateField(_("made on"), help_text=_("When it was said."))
    horizon = text_line(_("horizon"), 200, blank=True, help_text=_("The words used, e.g. “三年后”."))
    horizon_rule = passage(
        _("horizon rule"), blank=True, help_text=_("How the horizon was turned into the resolve-on date.")
    )
    horizon_rule_zh = passage(_("horizon rule (Chinese)"), blank=True)
    resolve_on = models.DateField(_("resolve on"), help_text=_("When it can be judged."))
    resolution_criteria = passage(_("resolution criteria"))
    resolution_criteria_zh = passage(_("resolution criteria (Chinese)"), blank=True)

    stated_confidence = text_line(_("stated confidence"), 300, blank=True, help_text=_("The speaker's own words."))
    stated_confidence_zh = text_line(_("stated confidence (Chinese)"), 300, blank=True)
    implied_probability = models.FloatField(
        _("implied probability"),
        null=True,
        blank=True,
        validators=[MinValueValidator(0.0), MaxValueValidator(1.0)],
        help_text=_("0–1; our reading of the stated confidence. Blank when none was stated."),
    )
    topics = models.ManyToManyField(Topic, blank=True, related_name="predictions", verbose_name=_("topics"))
    reviewers = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="assigned_predictions",
        help_text=_("Optional."),
        verbose_name=_("reviewers"),
    )
    is_public = models.BooleanField(_("is public"), default=True)
    # When it entered the public ledger: set once, at creation (a draft, when
    # drafts exist, gets it when published), never edited. Scores and the
    # "recorded late" rule read it (``selectors.status``).
    recorded_at = models.DateTimeField(
        _("recorded at"), null=True, blank=True, default=timezone.now, editable=False, db_index=False
    )
    late_evidence_reason = passage(
        _("decisive evidence already public when recorded"),
        blank=True,
        help_text=_(
            "Filled by a reviewer: why the outcome could already be known when this was recorded. "
            "Published; a prediction marked so is recorded late and not scored."
        ),
    )
    late_evidence_reason_zh = passage(_("late-evidence reason (Chinese)"), blank=True)
    # A draft (issue 12): made from a candidate the extractor found, waiting for a reviewer to
    # write its claim and criteria and publish it (services.prediction_publish). Never public and
    # not recorded (no recorded_at) until then: a constraint below holds it, whatever a form sets.
    is_draft = models.BooleanField(_("draft"), default=False, editable=False)

    # The final resolution, if any. The Resolution table is the history; this
    # pointer is kept in step by predictions.services in the same transaction
    # and lets lists filter "unresolved" without a join (see the partial index).
    # Unique among the set pointers only, and no index over the NULLs: with
    # one (a OneToOneField's), PostgreSQL read "IS NULL" through it — every
    # unresolved prediction of a large ledger — instead of the partial index
    # by date (0.8 s instead of 1 ms at a million predictions, measured).
    final_resolution = models.ForeignKey(
        "Resolution",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        editable=False,
        db_index=False,
        verbose_name=_("final resolution"),
    )
    # Optimistic concurrency: every write bumps it; a writer that read an older
    # version gets a conflict instead of overwriting (API: If-Match → 412).
    version = models.PositiveIntegerField(_("version"), default=1, editable=False)
    created_at, updated_at = stamps()

    objects = PredictionManager()
    history = HistoricalRecords(excluded_fields=["final_resolution", "version", "updated_at"])

    class Meta:
        verbose_name, verbose_name_plural = _("prediction"), _("predictions")
        ordering = ["resolve_on", "id"]
        constraints = [
            models.UniqueConstraint(fields=["source", "slug"], name="prediction_slug_unique_in_source"),
            models.UniqueConstraint(
                fields=["final_resolution"],
                condition=Q(final_resolution__isnull=False),
                name="prediction_final_resolution_unique",
            ),
            models.CheckConstraint(
                condition=Q(resolve_on__gte=models.F("made_on")),
                name="prediction_resolve_on_not_before_made_on",
                violation_error_message=_("The resolve-on date cannot be before the date it was said."),
            ),
            models.CheckConstraint(
                condition=Q(implied_probability__isnull=True)
                | Q(implied_probability__gte=0.0, implied_probability__lte=1.0),
                name="prediction_probability_between_0_and_1",
                violation_error_message=_("The implied probability must be between 0 and 1."),
            ),
            models.CheckConstraint(
                # Both set or both blank. "end > start" alone lets a NULL end
                # through: a CHECK passes when its condition is NULL.
                condition=Q(quote_start__isnull=True, quote_end__isnull=True)
                | Q(quote_start__isnull=False, quote_end__isnull=False, quote_end__gt=models.F("quote_start")),
                name="prediction_quote_offsets_ordered",
                violation_error_message=_("The quote's end offset must come after its start."),
            ),
            models.CheckConstraint(
                # A draft is neither public nor recorded: publishing sets both (services.prediction_publish).
                condition=Q(is_draft=False) | Q(is_public=False, recorded_at__isnull=True),
                name="prediction_draft_private_and_unrecorded",
                violation_error_message=_("A draft is not public: publish it with “Save and publish”."),
            ),
        ]
        indexes = [
            # Consumers: Prediction.objects.due()/overdue(), the public "coming due" and
            # "awaiting reviewers" lists and the tracker's due scan
            # (tracker.services.reminders.candidates) read unresolved
            # predictions in (resolve_on, id) order; resolved rows, the bulk
            # of an old ledger, are left out. The id makes the order the
            # index's own: on (resolve_on) alone PostgreSQL preferred the full
            # keyset index and filtered out every resolved row first (2.3 s
            # at a million predictions, measured; 1 ms with this one).
            models.Index(
                fields=["resolve_on", "id"],
                name="prediction_unresolved_by_date",
                condition=Q(final_resolution__isnull=True),
            ),
            # Consumer: selectors.speaker_predictions — a speaker's page lists
            # their predictions by date, bounded, however large the ledger.
            models.Index(fields=["speaker", "resolve_on"], name="prediction_speaker_by_date"),
            # Consumer: the API's keyset pagination (predictions.api.base.pagination),
            # which pages by (resolve_on, id) or (made_on, id) in either direction.
            models.Index(fields=["resolve_on", "id"], name="prediction_resolve_on_keyset"),
            models.Index(fields=["made_on", "id"], name="prediction_made_on_keyset"),
            # Consumer: selectors.drafts.drafts_to_finish — the reviewers' few drafts, oldest first.
            models.Index(fields=["created_at", "id"], name="prediction_drafts_by_age", condition=Q(is_draft=True)),
        ]
        permissions = [
            ("propose_resolution", "Can propose, supersede and annul resolutions"),
            ("confirm_resolution", "Can confirm or reject another reviewer's proposed resolution"),
            ("publish_prediction", "Can publish a draft prediction"),
        ]

    def __str__(self) -> str:
        # A draft has no claim yet: its quote names it (admin titles, messages, history).
        return self.claim or (self.quote if len(self.quote) <= 80 else self.quote[:79] + "…")

    def natural_key(self) -> tuple[str, str]:
        return (self.source.slug, self.slug)

    natural_key.dependencies = ["predictions.source", "predictions.speaker", "predictions.topic"]  # type: ignore[attr-defined]

    def status_on(self, today: datetime.date) -> Status:
        """Open, due or resolved on ``today`` (the site's local date); ``selectors.status.status_for``."""
        return status_for(self.resolve_on, self.final_resolution_id, today)[0]

    def is_overdue_on(self, today: datetime.date, grace_days: int | None = None) -> bool:
        return status_for(self.resolve_on, self.final_resolution_id, today, grace_days, self.recorded_on)[1]

    @property
    def recorded_on(self) -> datetime.date | None:
        """The site's local date of ``recorded_at``."""
        return recorded_on_for(self.recorded_at)

    @property
    def recorded_late(self) -> bool:
        """``selectors.status.recorded_late_for``: not scored by default."""
        return recorded_late_for(self.recorded_at, self.resolve_on, self.late_evidence_reason)
