"""Forms for the reviewers' flows. They validate input; the services decide."""

from __future__ import annotations

import re
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from predictions.intake.documents import MAX_BYTES, DocumentError, source_text_from_file
from predictions.models import Outcome, Prediction, Source
from predictions.services import EvidenceInput, anchor_quote, source_text_validate
from predictions.text import multi_line, single_line


class IsoDateInput(forms.DateInput):
    """The browser's date picker. Its ``value`` must be ISO 8601 whatever the language:
    the browser shows the date in the reader's own style, but throws away a value such as
    2026/11/30, which Django would write in Chinese (the language's first input format)."""

    input_type = "date"

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        super().__init__(attrs, format="%Y-%m-%d")


class IsoDateField(forms.DateField):
    """A date from ``IsoDateInput``, which always sends YYYY-MM-DD."""

    widget = IsoDateInput
    input_formats = ["%Y-%m-%d"]
    default_error_messages = {
        "invalid": _("Enter a date as YYYY-MM-DD."),
        # Written as asked, but not on the calendar (2024-02-30): saying "as YYYY-MM-DD" again would mislead.
        "no_such_day": _("There is no such day as %(value)s."),
    }

    def to_python(self, value: Any) -> Any:
        try:
            return super().to_python(value)
        except forms.ValidationError:
            if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
                raise forms.ValidationError(
                    self.error_messages["no_such_day"], code="no_such_day", params={"value": value.strip()}
                ) from None
            raise


def prose_field(label: Any, *, rows: int, help_text: Any = "", required: bool = True) -> forms.CharField:
    """Prose a reviewer writes in a textarea of ``rows`` lines, held to the text rule (no control characters)."""
    return forms.CharField(
        label=label,
        required=required,
        validators=[multi_line],
        widget=forms.Textarea(attrs={"rows": rows}),
        help_text=help_text,
    )


class JudgementForm(forms.Form):
    """A form of the reviewers' judging pages: labels of required fields carry the
    admin's ``required`` class (bold, and marked in admin.css)."""

    required_css_class = "required"


class ResolutionForm(JudgementForm):
    # No outcome is preselected: the reviewer must choose one.
    outcome = forms.ChoiceField(label=_("Outcome"), choices=[("", "---------"), *Outcome.choices])
    rationale = prose_field(
        _("Rationale"),
        rows=6,
        help_text=_("Published with the verdict: say which criterion decided it and what the evidence shows."),
    )
    rationale_zh = prose_field(
        _("Rationale (Chinese)"),
        rows=6,
        required=False,
        help_text=_("Optional: the same rationale in Chinese, shown on the Chinese pages."),
    )
    as_of = IsoDateField(
        label=_("As of"),
        initial=timezone.localdate,
        help_text=_("The date the evidence describes."),
    )

    def __init__(self, *args: Any, early: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if early:
            # Only before the resolve-on date; the service requires it then (and refuses it otherwise).
            self.fields["early_reason"] = prose_field(
                _("Decided early because"),
                rows=3,
                help_text=_(
                    "This prediction is not due yet. Say why its outcome is already settled; "
                    "the reason is published with the verdict."
                ),
            )


class SupersedeForm(ResolutionForm):
    reason = prose_field(
        _("Reason"), rows=3, help_text=_("Why the final resolution is superseded. Published; both stay in the history.")
    )


class RejectForm(JudgementForm):
    reason = prose_field(_("Reason"), rows=3, help_text=_("Why the proposal is turned down; the proposer reads it."))


class EvidenceForm(JudgementForm):
    # Not a ModelForm: the model fields' text rule is attached here too, so a
    # problem shows by its field instead of as a message about the whole form.
    url = forms.URLField(label=_("URL"), max_length=1000, assume_scheme="https", validators=[single_line])
    title = forms.CharField(label=_("Title"), max_length=500, validators=[single_line])
    publisher = forms.CharField(label=_("Publisher"), max_length=200, required=False, validators=[single_line])
    accessed_on = IsoDateField(label=_("Accessed on"), initial=timezone.localdate)
    archived_url = forms.URLField(
        label=_("Archived URL"), max_length=1000, required=False, assume_scheme="https", validators=[single_line]
    )
    excerpt = prose_field(_("Excerpt"), rows=2, required=False)

    def has_changed(self) -> bool:
        """A row counts as filled in once anything but its prefilled date was typed: a blank
        extra row stays blank (and is skipped) even when its date was changed or cleared."""
        return any(name != "accessed_on" for name in self.changed_data)

    def to_input(self) -> EvidenceInput:
        return EvidenceInput(**self.cleaned_data)


EvidenceFormSet = forms.formset_factory(EvidenceForm, extra=2, max_num=20, validate_max=True)


def evidence_inputs(formset: Any) -> list[EvidenceInput]:
    """The filled-in evidence rows of a valid formset (blank extra rows skipped)."""
    return [form.to_input() for form in formset.forms if form.has_changed() and form.cleaned_data]


class PredictionAdminForm(forms.ModelForm[Prediction]):
    change_reason = prose_field(
        _("Reason for this change"),
        rows=2,
        required=False,
        help_text=_("Kept in the public history of the prediction. Required when editing."),
    )
    # The version the reviewer started from: a concurrent edit is refused, not overwritten.
    loaded_version = forms.IntegerField(label=_("Loaded version"), widget=forms.HiddenInput, required=False)

    class Meta:
        model = Prediction
        exclude: list[str] = []

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["loaded_version"].initial = self.instance.version

    def clean_change_reason(self) -> str:
        reason: str = self.cleaned_data.get("change_reason", "")
        if self.instance.pk and not self.instance.is_draft and not reason.strip():
            raise ValidationError(_("Say why you are changing this prediction."))
        if self.instance.is_draft and not reason.strip():
            return "Draft written"  # a draft is not public yet: its history starts in earnest when published
        return reason

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        # Check the quote against the source now (the service's own check), so
        # the reviewer sees the problem next to the field instead of after saving.
        source, quote = cleaned.get("source"), cleaned.get("quote")
        if source is None or not quote or not ({"source", "quote"} & set(self.changed_data)):
            return cleaned
        try:
            anchor_quote(Prediction(source=source, quote=quote))
        except ValidationError as error:
            add_service_errors(self, error)
        return cleaned


class SourceAdminForm(forms.ModelForm[Source]):
    """Checks a seeds/ file against its recorded sha256 before saving, so the
    reviewer sees the problem next to the field instead of a server error.

    The text is pasted, or uploaded as .txt or .html (``intake.documents``: an HTML page's
    article text, extracted by trafilatura); either way it is stored verbatim with its sha256."""

    text_upload = forms.FileField(
        label=_("or upload the text"),
        required=False,
        help_text=_("A .txt file (UTF-8) or a saved web page (.html): its article text is kept, verbatim."),
    )

    class Meta:
        model = Source
        # The admin builds the form from its fieldsets on top of this one.
        fields = ["text_file"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if "text" in self.fields:
            # Verbatim: a pasted text keeps its leading and trailing blank lines (Django strips them by default).
            self.fields["text"].strip = False  # type: ignore[attr-defined]

    def clean_text(self) -> Any:
        text = self.cleaned_data.get("text")
        if isinstance(text, str) and not text.strip():
            return ""  # only blanks: no text (as Django's stripping made it)
        # Browsers send every line break of a textarea as CRLF, whatever was pasted; stored as LF, a pasted file's
        # text keeps the sha256 of the file. A source stored with CRLF before (its quotes are anchored in it) is
        # left as it comes back, or editing any of its fields would move every offset.
        if isinstance(text, str) and "\r\n" not in (self.instance.text or ""):
            return text.replace("\r\n", "\n")
        return text

    def clean_text_upload(self) -> Any:
        upload = self.cleaned_data.get("text_upload")
        if not upload:
            return None
        # Size first: a huge upload is refused before it is read into memory.
        if upload.size is not None and upload.size > MAX_BYTES:
            raise ValidationError(
                _("The file is %(size)s KB; the limit is %(limit)s KB."),
                params={"size": upload.size // 1024, "limit": MAX_BYTES // 1024},
            )
        try:
            return source_text_from_file(upload.name or "", upload.read())
        except DocumentError as error:
            raise ValidationError(str(error)) from None

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        uploaded = cleaned.get("text_upload")
        if uploaded:
            if cleaned.get("text") or cleaned.get("text_file"):
                self.add_error("text_upload", _("Paste the text or upload it, not both."))
                return cleaned
            cleaned["text"] = uploaded
        text_file = cleaned.get("text_file")
        if not text_file:
            return self._check_text(cleaned)
        # The sha256 is read-only here: a seeds/ file is registered with its
        # digest by its fixture, never by typing both into this form.
        if not self.instance.text_sha256:
            self.add_error(
                "text_file",
                _(
                    "Files under seeds/ are registered with their sha256 by their fixture (manage.py seed_ledger). "
                    "To add a source here, paste its text into the text field instead."
                ),
            )
            return cleaned
        return self._check_text(cleaned)

    def _check_text(self, cleaned: dict[str, Any]) -> dict[str, Any]:
        """The service's check of the text (sha256, quotes still anchored) on what was typed."""
        candidate = Source(
            pk=self.instance.pk,
            slug=self.instance.slug,
            text_file=cleaned.get("text_file", self.instance.text_file),
            text=cleaned.get("text", self.instance.text),
            text_sha256=self.instance.text_sha256,
        )
        try:
            source_text_validate(candidate)
        except ValidationError as error:
            add_service_errors(self, error)
        return cleaned


def add_service_errors(form: forms.BaseForm, error: ValidationError) -> None:
    """Show a service's ``ValidationError`` on the form: by its field when the form has it."""
    if not hasattr(error, "error_dict"):
        form.add_error(None, error)
        return
    for field, messages in error.error_dict.items():
        form.add_error(field if field in form.fields else None, messages)
