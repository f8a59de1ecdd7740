"""Keyset ("cursor") pagination: stable while rows are added.

A page is ``ORDER BY <key>, id LIMIT n + 1`` after (or before) the last row
the client saw, never ``OFFSET``: new rows cannot shift a page, and every page
costs the same however deep it is (the orderings are indexed, see the
predictions migrations). The cursor is opaque to clients: URL-safe base64 of
``{"o": ordering, "k": [key, id], "d": "n"|"p"}``; a tampered cursor is a 400.
"""

from __future__ import annotations

import base64
import binascii
import datetime
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

import orjson
from django.conf import settings
from django.db.models import Q, QuerySet

from predictions.api.base.errors import bad_request


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
    key: Any
    id: int
    backwards: bool


def encode_cursor(ordering: Ordering, key: Any, row_id: int, backwards: bool) -> str:
    if isinstance(key, datetime.date):
        key = key.isoformat()
    raw = orjson.dumps({"o": ordering.name, "k": [key, row_id], "d": "p" if backwards else "n"})
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode_cursor(value: str, ordering: Ordering) -> Cursor:
    problem = bad_request("The cursor is invalid; use the next/previous links as given.", field="cursor")
    try:
        data = orjson.loads(base64.urlsafe_b64decode(value + "=" * (-len(value) % 4)))
        key, row_id = data["k"]
        backwards = {"n": False, "p": True}[data["d"]]
        if data["o"] != ordering.name:
            raise bad_request("The cursor belongs to another ordering; start again without a cursor.", field="cursor")
        if not isinstance(row_id, int) or isinstance(row_id, bool) or not 0 <= row_id < 2**63:
            raise problem
        if ordering.field is not None:
            if ordering.value_type is datetime.date:
                key = datetime.date.fromisoformat(key)
            elif not isinstance(key, ordering.value_type):
                raise problem
    except (ValueError, TypeError, KeyError, binascii.Error, orjson.JSONDecodeError):
        raise problem from None
    return Cursor(key=key, id=row_id, backwards=backwards)


def _after(ordering: Ordering, cursor: Cursor) -> Q:
    """Rows after the cursor in the direction of travel."""
    going_down = ordering.descending != cursor.backwards
    op = "lt" if going_down else "gt"
    by_id = Q(**{f"id__{op}": cursor.id})
    if ordering.field is None:
        return by_id
    return Q(**{f"{ordering.field}__{op}": cursor.key}) | (Q(**{ordering.field: cursor.key}) & by_id)


@dataclass
class Page:
    rows: list[Any]
    next_cursor: str | None
    previous_cursor: str | None


def paginate(
    queryset: QuerySet[Any],
    *,
    ordering: Ordering,
    cursor: Cursor | None,
    page_size: int,
    key_index: int | None,
    id_index: int = 0,
) -> Page:
    """One page of ``queryset`` (``values_list`` rows: key at ``key_index``, id at ``id_index``)."""
    backwards = cursor.backwards if cursor else False
    if cursor is not None:
        queryset = queryset.filter(_after(ordering, cursor))
    rows = list(queryset.order_by(*ordering.order_by(backwards))[: page_size + 1])
    return assemble_page(
        rows, ordering=ordering, cursor=cursor, page_size=page_size, key_index=key_index, id_index=id_index
    )


def assemble_page(
    rows: list[Any],
    *,
    ordering: Ordering,
    cursor: Cursor | None,
    page_size: int,
    key_index: int | None,
    id_index: int = 0,
) -> Page:
    """A page from up to ``page_size + 1`` rows fetched in the direction of travel."""
    backwards = cursor.backwards if cursor else False
    has_more = len(rows) > page_size
    rows = rows[:page_size]
    if backwards:
        rows.reverse()

    def key_of(row: Sequence[Any]) -> Any:
        return row[key_index] if key_index is not None else None

    next_cursor = previous_cursor = None
    if rows:
        first, last = rows[0], rows[-1]
        if (has_more and not backwards) or (backwards and cursor is not None):
            next_cursor = encode_cursor(ordering, key_of(last), last[id_index], backwards=False)
        if (cursor is not None and not backwards) or (backwards and has_more):
            previous_cursor = encode_cursor(ordering, key_of(first), first[id_index], backwards=True)
    elif cursor is not None and not backwards:
        # Walked past the end (rows deleted since): offer the way back.
        previous_cursor = encode_cursor(ordering, cursor.key, cursor.id, backwards=True)
    return Page(rows=rows, next_cursor=next_cursor, previous_cursor=previous_cursor)


def page_link(path: str, params: dict[str, str], cursor: str | None) -> str | None:
    """Absolute link (``SITE_URL``) to the same list with another cursor."""
    if cursor is None:
        return None
    query = {name: value for name, value in params.items() if name != "cursor"}
    query["cursor"] = cursor
    return f"{settings.SITE_URL}{path}?{urlencode(query)}"
