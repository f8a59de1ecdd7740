"""Request counts of the API's rate limits when there is no Redis (the embedded default).

One row per client and fixed window, incremented by a single
``INSERT … ON CONFLICT DO UPDATE … RETURNING`` (``predictions.api.base.throttling``):
atomic on PostgreSQL and SQLite alike. Django's database cache cannot do this —
its ``incr()`` reads, then writes, so concurrent requests overwrite each other's
counts and a busy client is never throttled.
"""

from __future__ import annotations

from django.db import models


class ThrottleWindow(models.Model):
    # "<scope>:<ident>:<window number>", e.g. "token:42:29633280".
    key = models.CharField(max_length=200, primary_key=True)
    count = models.PositiveIntegerField()
    # Consumer: predictions.api.base.throttling, which deletes finished windows.
    expires_at = models.DateTimeField(db_index=True)

    def __str__(self) -> str:
        return f"{self.key}: {self.count}"
