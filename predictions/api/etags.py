"""Entity tags and conditional requests.

- A prediction's ETag is ``"v<version>-<digest>"``: the row's ``version``
  column (bumped by every write and by a final resolution) plus a short digest
  of what else its JSON shows (today's date, which moves open → due, and the
  speaker's and source's ``updated_at``).
- A list's ETag is weak and digests the same things for every row of the
  page, plus the query string — computed from the page query before any JSON
  is built, so a 304 costs one query.
- ``If-Match`` on writes compares the *version* only: a missing header is a
  428, a stale or unreadable one a 412 (the ledger's ``StaleVersion``).
"""

from __future__ import annotations

import datetime
import hashlib
import re
from collections.abc import Iterable, Sequence
from typing import Any

from rest_framework.request import Request

from predictions.api.base.errors import PreconditionFailed, PreconditionRequired
from predictions.selectors.prediction_rows import PredictionRow

_IF_MATCH = re.compile(r'^\s*"v(\d{1,9})(?:-[0-9a-f]{1,32})?"\s*$')


def _digest(parts: Iterable[Any]) -> str:
    """Each part as text followed by "|", hashed in one update (a list's 400 parts
    one by one cost more than the rest of its ETag)."""
    text = "".join([f"{part}|" for part in parts])
    return hashlib.blake2b(text.encode(), digest_size=8).hexdigest()


def detail_etag(row: PredictionRow, today: datetime.date) -> str:
    return f'"v{row.version}-{_digest((today, row.speaker_updated_at, row.source_updated_at))}"'


def list_etag(rows: Sequence[PredictionRow], today: datetime.date, query: str) -> str:
    parts: list[Any] = [today, query]
    for row in rows:
        parts.extend((row.id, row.version, row.speaker_updated_at, row.source_updated_at))
    return f'W/"{_digest(parts)}"'


def not_modified(request: Request, etag: str) -> bool:
    """``If-None-Match`` names ``etag`` (weak comparison) or is ``*``."""
    header = request.META.get("HTTP_IF_NONE_MATCH")
    if not header:
        return False
    if header.strip() == "*":
        return True
    wanted = etag.removeprefix("W/")
    return any(candidate.strip().removeprefix("W/") == wanted for candidate in header.split(","))


def expected_version(request: Request) -> int:
    """The version named by ``If-Match``; 428 when missing, 412 when unreadable."""
    header = request.META.get("HTTP_IF_MATCH")
    if header is None or not header.strip():
        raise PreconditionRequired(
            "Send If-Match with the ETag of the prediction you read (GET it first), so that another "
            "writer's change is not overwritten."
        )
    match = _IF_MATCH.match(header)
    if match is None:
        raise PreconditionFailed(
            "If-Match does not name a current version of this prediction (expected an ETag such as "
            '"v3-…" from GET). Reload it and apply your change again.'
        )
    return int(match.group(1))
