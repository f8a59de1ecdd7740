"""Track-record numbers for speakers and the scoreboard, aggregated in SQL.

One query for the totals and one for a page of speakers, whatever the number
of predictions. The definitions (documented in the API schema):

- hit rate = correct / (correct + partly correct + incorrect); unresolvable and
  annulled predictions are not scored; with a 95% Wilson score interval;
- Brier score = mean of (implied probability − outcome)² over scored
  predictions that have an implied probability (correct 1, partly 0.5,
  incorrect 0).

Issue 5 adds ``predictions/scoring.py`` and a scoreboard selector for the
public pages; when both exist, these numbers should come from there.
"""

from __future__ import annotations

import datetime
import math
from typing import Any

from django.db.models import Avg, Case, Count, ExpressionWrapper, F, FloatField, Q, Value, When

from predictions.models import Outcome
from predictions.querysets import overdue_cutoff

Z_95 = 1.959963984540054
OUTCOME_COUNTS = ("correct", "partly_correct", "incorrect", "unresolvable", "annulled")


def aggregates(prefix: str, today: datetime.date) -> dict[str, Any]:
    """Annotations/aggregates over public predictions reached through ``prefix``
    (``""`` from Prediction, ``"predictions__"`` from Speaker)."""
    public = Q(**{f"{prefix}is_public": True})
    final = f"{prefix}final_resolution__outcome"
    unresolved = public & Q(**{f"{prefix}final_resolution__isnull": True})
    pk = f"{prefix}id"
    scored = public & Q(**{f"{final}__in": [Outcome.CORRECT, Outcome.PARTLY_CORRECT, Outcome.INCORRECT]})
    with_probability = scored & Q(**{f"{prefix}implied_probability__isnull": False})
    observed = Case(
        When(**{final: Outcome.CORRECT}, then=Value(1.0)),
        When(**{final: Outcome.PARTLY_CORRECT}, then=Value(0.5)),
        default=Value(0.0),
        output_field=FloatField(),
    )
    error = F(f"{prefix}implied_probability") - observed
    values: dict[str, Any] = {
        "n_predictions": Count(pk, filter=public),
        "n_resolved": Count(pk, filter=public & Q(**{f"{prefix}final_resolution__isnull": False})),
        "n_pending": Count(pk, filter=unresolved),
        "n_due": Count(pk, filter=unresolved & Q(**{f"{prefix}resolve_on__lte": today})),
        "n_overdue": Count(pk, filter=unresolved & Q(**{f"{prefix}resolve_on__lte": overdue_cutoff(today)})),
        "n_brier": Count(pk, filter=with_probability),
        "brier": Avg(ExpressionWrapper(error * error, output_field=FloatField()), filter=with_probability),
    }
    for outcome in OUTCOME_COUNTS:
        values[f"n_{outcome}"] = Count(pk, filter=public & Q(**{final: outcome}))
    return values


def wilson_interval(successes: int, trials: int, z: float = Z_95) -> tuple[float, float] | None:
    if trials == 0:
        return None
    p = successes / trials
    denominator = 1 + z * z / trials
    centre = (p + z * z / (2 * trials)) / denominator
    half = z * math.sqrt(p * (1 - p) / trials + z * z / (4 * trials * trials)) / denominator
    return (round(max(0.0, centre - half), 4), round(min(1.0, centre + half), 4))


def track_record(values: Any) -> dict[str, Any]:
    """The JSON numbers from a row annotated with ``aggregates`` (dict or object)."""
    get = values.get if isinstance(values, dict) else lambda name: getattr(values, name)
    counts = {outcome: get(f"n_{outcome}") or 0 for outcome in OUTCOME_COUNTS}
    trials = counts["correct"] + counts["partly_correct"] + counts["incorrect"]
    interval = wilson_interval(counts["correct"], trials)
    brier = get("brier")
    return {
        "predictions": get("n_predictions") or 0,
        "resolved": get("n_resolved") or 0,
        **counts,
        "pending": get("n_pending") or 0,
        "due": get("n_due") or 0,
        "overdue": get("n_overdue") or 0,
        "hit_rate": round(counts["correct"] / trials, 4) if trials else None,
        "hit_rate_interval": list(interval) if interval else None,
        "brier_score": round(brier, 4) if brier is not None else None,
        "brier_count": get("n_brier") or 0,
    }
