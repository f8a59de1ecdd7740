"""The field kinds the ledger's and the tracker's tables declare again and again.

Each helper returns exactly the field that was written out by hand before (the
migrations see no change): a line or a passage of text under the rule of
``predictions.text``, an optional instant, a reference to a user. One place says
that every line people type is a single line and every passage plain text.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from predictions.text import multi_line, single_line

if TYPE_CHECKING:
    from django.contrib.auth.models import User

Label = Any  # a lazily translated verbose name or help text


def text_line(
    label: Label, max_length: int, *, blank: bool = False, help_text: Label = "", validators: tuple[Any, ...] = ()
) -> models.CharField[str, str]:
    """One line of text a person types (no line breaks, no control characters)."""
    return models.CharField(
        label, max_length=max_length, blank=blank, help_text=help_text, validators=[single_line, *validators]
    )


def url_field(
    label: Label, *, max_length: int = 1000, blank: bool = False, help_text: Label = ""
) -> models.URLField[str, str]:
    """A URL a person types, held to the one-line rule."""
    return models.URLField(label, max_length=max_length, blank=blank, help_text=help_text, validators=[single_line])


def passage(label: Label, *, blank: bool = False, help_text: Label = "") -> models.TextField[str, str]:
    """Prose a person writes: line breaks allowed, control characters not."""
    return models.TextField(label, blank=blank, help_text=help_text, validators=[multi_line])


def instant_or_none(
    label: Label, *, help_text: Label = "", editable: bool = True
) -> models.DateTimeField[datetime.datetime | None, datetime.datetime | None]:
    """A moment that may not have happened yet (sent, claimed, revoked …)."""
    return models.DateTimeField(label, null=True, blank=True, help_text=help_text, editable=editable)


def optional_ref(to: Any, label: Label, *, related_name: str = "+", **extra: Any) -> models.ForeignKey[Any, Any]:
    """A row this one may point at (a ledger row is never deleted from under it: PROTECT). Annotate the
    attribute with the model it points at: the type checker cannot read it from ``to``."""
    return models.ForeignKey(
        to, null=True, blank=True, on_delete=models.PROTECT, related_name=related_name, verbose_name=label, **extra
    )


def reviewer_or_none(label: Label) -> models.ForeignKey[User | None, User | None]:
    """The user who did something to a row that may not have happened yet (confirmed, rejected)."""
    return optional_ref(settings.AUTH_USER_MODEL, label)


def user_ref(
    label: Label, *, on_delete: Any = models.PROTECT, related_name: str = "+"
) -> models.ForeignKey[User, User]:
    """The user a row belongs to or names (proposer, recipient, owner)."""
    return models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=on_delete, related_name=related_name, verbose_name=label
    )


Moment = models.DateTimeField[datetime.datetime, datetime.datetime]


def stamps() -> tuple[Moment, Moment]:
    """``created_at, updated_at = stamps()``: when the row was created and when it was last saved."""
    return (
        models.DateTimeField(_("created at"), auto_now_add=True),
        models.DateTimeField(_("updated at"), auto_now=True),
    )
