"""Snoozes and reviewers' reminder language: small, audited writes."""

from __future__ import annotations

import datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from predictions.audit import audited_delete, audited_save, require_permission
from predictions.models import Prediction
from tracker.models import Language, ReviewerPreference, Snooze


@transaction.atomic
def snooze_set(*, prediction: Prediction, until: datetime.date, reason: str, by: Any) -> Snooze:
    """Pause a prediction's reminders until a date. Steps:

    1. only reviewers (``tracker.add_snooze``); the date must be in the future
       and the reason given (it is kept in the snooze's history);
    2. create or move the prediction's one snooze, audited.
    """
    require_permission(by, "tracker.add_snooze", "snooze reminders")
    errors = {}
    if until <= timezone.localdate():
        errors["until"] = "Snooze until a date in the future."
    if not reason.strip():
        errors["reason"] = "Say why the reminders pause; the reason is kept in the history."
    if errors:
        raise ValidationError(errors)
    snooze = Snooze.objects.select_for_update().filter(prediction=prediction).first() or Snooze(prediction=prediction)
    snooze.until, snooze.reason = until, reason
    if by is not None and by.is_authenticated:
        snooze.created_by = by
    audited_save(snooze, by=by, reason=f"Snoozed until {until.isoformat()}: {reason}")
    return snooze


@transaction.atomic
def snooze_lift(*, prediction: Prediction, reason: str, by: Any) -> None:
    """End a snooze now (its history keeps both the snooze and the lifting)."""
    require_permission(by, "tracker.delete_snooze", "lift snoozes")
    snooze = Snooze.objects.select_for_update().filter(prediction=prediction).first()
    if snooze is None:
        return
    audited_delete(snooze, by=by, reason=f"Lifted: {reason}")


@transaction.atomic
def reviewer_language_set(
    *, user: Any, language: str, only_if_unset: bool = False, by: Any = None
) -> ReviewerPreference:
    """Choose the language of a reviewer's reminder e-mails ("en" or "zh-hans").

    ``only_if_unset`` keeps a choice made earlier (``make run`` uses it, so
    re-running it never undoes what a reviewer picked).
    """
    if language not in Language.values:
        raise ValidationError({"language": f"Choose one of: {', '.join(Language.values)}."})
    preference = ReviewerPreference.objects.select_for_update().filter(user=user).first()
    if preference is not None and only_if_unset:
        return preference
    preference = preference or ReviewerPreference(user=user)
    preference.language = language
    audited_save(preference, by=by, reason=f"Reminder language: {language}")
    return preference
