"""Who may call what: reads are public, writes need a token carrying a scope.

A scope narrows what a token may do; it never widens what its user may do.
The services still check the user's own permissions (e.g. only reviewers
propose resolutions), so a ``resolve`` token of a non-reviewer gets a 403.
"""

from __future__ import annotations

from typing import Any

from rest_framework import exceptions, permissions
from rest_framework.request import Request

from predictions.models import ApiToken


class TokenScopePermission(permissions.BasePermission):
    """Safe methods are open to all; others need ``view.required_scopes[method]``."""

    def has_permission(self, request: Request, view: Any) -> bool:
        if getattr(view, (request.method or "").lower(), None) is None:
            return True  # no such operation here: the view answers 405 with an Allow header
        if request.method in permissions.SAFE_METHODS and not getattr(view, "reads_need_scope", False):
            return True
        token = request.auth
        if not isinstance(token, ApiToken):
            raise exceptions.NotAuthenticated("This needs an API token: send “Authorization: Bearer <token>”.")
        required: dict[str, str] = getattr(view, "required_scopes", {})
        scope = required.get(request.method or "", required.get("*"))
        if scope is None or scope not in token.scope_set:
            raise exceptions.PermissionDenied(f"This token lacks the “{scope}” scope.")
        return True


def sees_unpublished_resolutions(request: Request) -> bool:
    """Pending and rejected proposals are internal: only a reviewer calling with a
    ``resolve`` token reads them (the scope alone is not enough: it never widens)."""
    token = request.auth
    if not isinstance(token, ApiToken) or "resolve" not in token.scope_set:
        return False
    user = request.user
    return bool(
        user.is_active
        and (user.has_perm("predictions.propose_resolution") or user.has_perm("predictions.confirm_resolution"))
    )
