"""Keyset pages: ``ORDER BY <key>, id LIMIT n + 1`` after (or before) a position, never ``OFFSET``.

New rows cannot shift a page, and every page costs the same however deep it
is (the orderings are indexed, see the predictions migrations). How a position
travels to clients (an opaque cursor) is the API's business
(``predictions.api.base.pagination``).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from django.db.models import Q, QuerySet


@dataclass(frozen=True)
class Ordering:
    """``field`` ascending or descending, ties broken by ``id`` the same way."""

    name: str  # as in the query string: "resolve_on", "-made_on", "id"
    field: str | None  # None: ordered by id alone
    descending: bool
    value_type: type = datetime.date

    @classmethod
    def parse(cls, name: str, value_type: type = datetime.date) -> Ordering:
        descending = name.startswith("-")
        field = name.lstrip("-")
        return cls(name=name, field=None if field == "id" else field, descending=descending, value_type=value_type)

    def order_by(self, backwards: bool) -> list[str]:
        descending = self.descending != backwards
        sign = "-" if descending else ""
        fields = [f"{sign}{self.field}"] if self.field else []
        return [*fields, f"{sign}id"]


@dataclass(frozen=True)
class Cursor:
    """A position in an ordering: the key and id of the last row seen, and the direction of travel."""

    key: Any
    id: int
    backwards: bool


def _after(ordering: Ordering, cursor: Cursor) -> Q:
    """Rows after the cursor in the direction of travel."""
    going_down = ordering.descending != cursor.backwards
    op = "lt" if going_down else "gt"
    by_id = Q(**{f"id__{op}": cursor.id})
    if ordering.field is None:
        return by_id
    return Q(**{f"{ordering.field}__{op}": cursor.key}) | (Q(**{ordering.field: cursor.key}) & by_id)


def keyset_rows(queryset: QuerySet[Any], *, ordering: Ordering, cursor: Cursor | None, limit: int) -> list[Any]:
    """Up to ``limit`` rows of ``queryset`` after ``cursor``, in the direction of travel."""
    backwards = cursor.backwards if cursor else False
    if cursor is not None:
        queryset = queryset.filter(_after(ordering, cursor))
    return list(queryset.order_by(*ordering.order_by(backwards))[:limit])
