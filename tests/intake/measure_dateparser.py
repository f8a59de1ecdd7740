"""Would dateparser resolve the corpus' horizons better than our grammar? ``python -m tests.intake.measure_dateparser``.

dateparser is not a dependency: install it into the virtual environment to run this
(``.venv/bin/pip install dateparser``). For every labelled forecast with a resolve-on date, the quote
is given to ``dateparser.search.search_dates`` (said-on as the relative base, future dates preferred)
and to our horizon grammar; the script prints how often each finds exactly the labelled date, and
the time each takes. The result and the decision are in docs/decisions.md (issue 12).
"""

from __future__ import annotations

import datetime
import re
import sys
import time
from typing import Any

from predictions.intake import horizons_en, horizons_zh
from predictions.intake.horizons import choose_horizon, scan
from tests.intake.evaluate import SETS, load

ABSOLUTE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr"
    r"|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b|\d{1,2}\s*月|[一二三四五六七八九十]{1,2}月"
)


def ours(quote: str, language: str, said_on: datetime.date) -> datetime.date | None:
    if language == "zh-Hans":
        found = scan(quote, horizons_zh.RULES, said_on)
    else:
        found = scan(quote, horizons_en.RULES, said_on, lead=horizons_en.LEAD)
    horizon = choose_horizon(found, said_on)
    return horizon.resolve_on if horizon else None


def theirs(quote: str, language: str, said_on: datetime.date) -> datetime.date | None:
    from dateparser.search import search_dates

    base = datetime.datetime.combine(said_on, datetime.time())
    settings: Any = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "future"}
    found = search_dates(quote, languages=["zh" if language == "zh-Hans" else "en"], settings=settings)
    future = [moment.date() for _, moment in (found or []) if moment.date() >= said_on]
    return future[0] if future else None


def main() -> int:
    try:
        import dateparser  # noqa: F401
    except ImportError:
        print("dateparser is not installed: .venv/bin/pip install dateparser", file=sys.stderr)
        return 1
    for language in ("en", "zh-Hans"):
        items = [
            (item, document.said_on)
            for document in load(SETS["corpus"])
            if document.language == language
            for item in document.forecasts
            if item.resolve_on
        ]
        # The quotes that name a month or a day: where a date parser could help at all.
        absolute = [(item, said_on) for item, said_on in items if ABSOLUTE.search(item.quote)]
        for name, resolve in (("our grammar", ours), ("dateparser", theirs)):
            resolve("warm up in 2030", language, datetime.date(2025, 1, 1))
            for subset, label in ((items, "all dated"), (absolute, "month/day named")):
                started = time.perf_counter()
                exact = sum(
                    1 for item, said_on in subset if str(resolve(item.quote, language, said_on)) == item.resolve_on
                )
                per_quote = 1000 * (time.perf_counter() - started) / max(1, len(subset))
                print(
                    f"{language:8} {name:12} {label:16} {exact:3}/{len(subset):<3} exact  {per_quote:6.2f} ms a quote"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
