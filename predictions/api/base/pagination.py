"""Keyset ("cursor") pagination for every list of the API: stable while rows are added.

The rows come from ``predictions.selectors.keyset`` (``ORDER BY <key>, id
LIMIT n + 1``, never ``OFFSET``). The cursor is opaque to clients: URL-safe
base64 of ``{"o": ordering, "k": [key, id], "d": "n"|"p"}``; a tampered
cursor is a 400. ``paginated_response`` is a whole list endpoint's answer.
"""

from __future__ import annotations

import base64
import binascii
import datetime
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

import orjson
from django.conf import settings
from django.db.models import QuerySet
from django.http import HttpResponse
from rest_framework.request import Request

from predictions.api.base.errors import bad_request
from predictions.api.base.params import PAGINATION_PARAMS, clean_params, parse_page_size
from predictions.api.base.views import json_response
from predictions.selectors.keyset import Cursor, Ordering, keyset_rows


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


@dataclass
class Page:
    rows: list[Any]
    next_cursor: str | None
    previous_cursor: str | None


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


def page_body(request: Request, params: dict[str, str], page: Page, results: list[Any]) -> dict[str, Any]:
    """The envelope of every list: ``next`` and ``previous`` links around ``results``."""
    return {
        "next": page_link(request.path, params, page.next_cursor),
        "previous": page_link(request.path, params, page.previous_cursor),
        "results": results,
    }


def paginated_response(
    request: Request,
    rows: QuerySet[Any],
    *,
    ordering: str,
    results: Callable[[list[Any]], list[Any]],
    key_index: int | None = None,
    value_type: type = datetime.date,
) -> HttpResponse:
    """A list endpoint's whole answer: the pagination parameters checked (400 for any
    other), one page of ``rows`` (``values_list``, id first, the ordering's key at
    ``key_index``) in ``ordering``, and ``results(page rows)`` in the envelope."""
    params = clean_params(request.GET, PAGINATION_PARAMS)
    order = Ordering.parse(ordering, value_type=value_type)
    cursor = decode_cursor(params["cursor"], order) if "cursor" in params else None
    page_size = parse_page_size(params)
    fetched = keyset_rows(rows, ordering=order, cursor=cursor, limit=page_size + 1)
    page = assemble_page(fetched, ordering=order, cursor=cursor, page_size=page_size, key_index=key_index)
    return json_response(page_body(request, params, page, results(page.rows)))
