"""The hand-written SQL form of the status and recorded-late rules, run over the whole ledger,
for the parity tests that hold it against the Python rule (``selectors.status``)."""

from __future__ import annotations

import datetime

from django.db import connection

from predictions.models import Prediction
from predictions.selectors.status import rule_columns_sql


def rule_columns_by_pk(today: datetime.date) -> dict[int, tuple[str, bool, bool]]:
    """(status, is_overdue, recorded_late) of every prediction on ``today``, as the API's statement selects them."""
    columns, params = rule_columns_sql(today, "p")
    table = Prediction._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT p.id, {', '.join(columns)} FROM {table} p", params)  # noqa: S608 - our own SQL
        return {pk: (status, overdue, late) for pk, status, overdue, late in cursor.fetchall()}
