"""Who did it and why: the audit trail's two writes and the permission check every service starts with.

Services call these; they are not services themselves. The trail is
django-simple-history's: ``_history_user`` and ``_change_reason`` set on the
instance before it is saved or deleted end up in its historical row.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db.models import Model

from predictions.errors import NotAllowed
from predictions.text import multi_line

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser, User

    Actor = User | AnonymousUser | None


def _sign(instance: Model, *, by: Actor, reason: str) -> None:
    # The reason kept in the history is text a person wrote: the fields' rule applies.
    try:
        multi_line(reason)
    except ValidationError as error:
        raise ValidationError({"reason": error.messages}) from None
    instance._history_user = by if by is not None and by.is_authenticated else None  # type: ignore[attr-defined]
    instance._change_reason = reason  # type: ignore[attr-defined]


def audited_save(instance: Model, *, by: Actor, reason: str, unchecked: Collection[str] = ()) -> None:
    """Validate and save ``instance`` (its reason too), leaving who and why in its history.

    ``unchecked`` names fields not validated yet (a draft's claim, written before it is published)."""
    _sign(instance, by=by, reason=reason)
    instance.full_clean(exclude=unchecked or None)
    instance.save()


def audited_delete(instance: Model, *, by: Actor, reason: str) -> None:
    """Delete ``instance``; its history keeps the deleted row, who and why."""
    _sign(instance, by=by, reason=reason)
    instance.delete()


def require_permission(user: Actor, permission: str, action: str) -> None:
    """Raise ``NotAllowed`` unless ``user`` is active and holds ``permission``.

    System actions (``user=None``: fixtures, migrations) are always allowed.
    """
    if user is None:
        return
    if not (user.is_active and user.has_perm(permission)):
        raise NotAllowed(f"You are not allowed to {action}.")
