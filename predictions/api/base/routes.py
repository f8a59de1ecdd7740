"""URL patterns for a REST resource, as both APIs lay them out.

A collection at ``<prefix>`` named ``<name>-list``, its items at ``<prefix><key>/`` named
``<name>-detail``, and actions on an item at ``<prefix><key>/<action>/`` named ``<name>-<action>``:
one rule for the two APIs' URLs and names, which clients and ``reverse()`` rely on.
"""

from __future__ import annotations

from typing import Any

from django.urls import URLPattern, path


def resource(
    prefix: str,
    name: str,
    listing: Any = None,
    detail: Any = None,
    *,
    key: str = "<int:pk>",
    actions: dict[str, Any] | None = None,
) -> list[URLPattern]:
    """The list view (if any) at ``prefix``, the detail view (if any) at ``prefix<key>/``, and each
    action on an item at ``prefix<key>/<action>/`` named ``<name>-<action>``."""
    patterns = []
    if listing is not None:
        patterns.append(path(prefix, listing.as_view(), name=f"{name}-list"))
    if detail is not None:
        patterns.append(path(f"{prefix}{key}/", detail.as_view(), name=f"{name}-detail"))
    for action, view in (actions or {}).items():
        patterns.append(path(f"{prefix}{key}/{action}/", view.as_view(), name=f"{name}-{action}"))
    return patterns
