"""The list endpoint and the detail page against their floors and a naive DRF.

- ``api_list_vs_floor``: GET /api/v1/predictions/?page_size=100 through the
  whole Django stack (in process) ÷ the same rows fetched by psycopg on its own
  connection with the endpoint's SQL and encoded with orjson.
- ``api_list_vs_naive_drf``: the same endpoint ÷ ``tests.bench.naive_drf``.
- ``detail_vs_floor``: the page of a resolved prediction rendered afresh —
  no page cache — ÷ the raw fetch of its rows (the statements the page runs
  when nothing at all is cached, replayed by psycopg). Its body is kept under
  the page's version (``predictions.site.fragments``), as it is for the first
  reader after a write elsewhere; the render with nothing kept at all is
  reported beside it;
- ``detail_served_vs_floor``: the same page as served from the page cache ÷
  the same floor (what issue 6 reported under the name ``detail_vs_floor``).
"""

from __future__ import annotations

from typing import Any

import orjson
import psycopg
from django.db import connection
from django.test.utils import CaptureQueriesContext, override_settings

from predictions.models import Prediction
from predictions.selectors import prediction_rows
from tests.bench.harness import Comparison, InProcessServer, alternate

PAGE_SIZE = 100


def raw_connection() -> psycopg.Connection[Any]:
    options = connection.settings_dict
    return psycopg.connect(
        host=options["HOST"],
        port=options["PORT"] or 5432,
        user=options["USER"],
        password=options["PASSWORD"] or None,
        dbname=options["NAME"],
        autocommit=True,
    )


def list_floor(raw: psycopg.Connection[Any]) -> bytes:
    """The first page, fetched and encoded with nothing but psycopg and orjson."""
    names = list(prediction_rows.SELECT_FIELDS)
    with raw.cursor() as cursor:
        cursor.execute(f"{prediction_rows.SELECT} ORDER BY p.resolve_on, p.id LIMIT {PAGE_SIZE + 1}")
        rows = cursor.fetchall()[:PAGE_SIZE]
    results = []
    for row in rows:
        item = dict(zip(names, row, strict=True))
        item["topics_json"] = orjson.Fragment(item["topics_json"])
        item["evidence_json"] = orjson.Fragment(item["evidence_json"])
        results.append(item)
    return orjson.dumps({"next": None, "previous": None, "results": results}, option=orjson.OPT_UTC_Z)


def _ok(status: int, body: bytes, what: str) -> None:
    if status != 200:
        raise RuntimeError(f"{what} answered {status}: {body[:300]!r}")


def api_comparisons(server: InProcessServer, *, repeats: int) -> list[Comparison]:
    query = f"page_size={PAGE_SIZE}"
    ours_status, ours = server.get("/api/v1/predictions/", query)
    naive_status, naive = server.get("/bench/plain/predictions/", query)
    _ok(ours_status, ours, "the list endpoint")
    _ok(naive_status, naive, "the naive DRF endpoint")
    if len(orjson.loads(ours)["results"]) != PAGE_SIZE or len(orjson.loads(naive)["results"]) != PAGE_SIZE:
        raise RuntimeError("a list endpoint did not return a full page")

    raw = raw_connection()
    try:
        endpoint, floor = alternate(
            ("endpoint", lambda: server.get("/api/v1/predictions/", query)),
            ("psycopg+orjson", lambda: list_floor(raw)),
            repeats=repeats,
        )
    finally:
        raw.close()
    endpoint_again, plain = alternate(
        ("endpoint", lambda: server.get("/api/v1/predictions/", query)),
        ("naive DRF", lambda: server.get("/bench/plain/predictions/", query)),
        repeats=max(10, repeats // 3),
    )
    return [
        Comparison("api_list_vs_floor", endpoint, floor, goal="<= 1.5", note=f"page_size={PAGE_SIZE}"),
        Comparison("api_list_vs_naive_drf", endpoint_again, plain, goal="<= 0.3", note=f"page_size={PAGE_SIZE}"),
    ]


def detail_comparisons(server: InProcessServer, *, repeats: int) -> list[Comparison]:
    """The page of a resolved prediction with evidence (the fullest page)."""
    prediction = (
        Prediction.objects.filter(is_public=True, final_resolution__isnull=False).order_by("-resolve_on", "id").first()
    )
    if prediction is None:
        raise RuntimeError("the benchmark ledger has no resolved prediction")
    path = f"/predictions/{prediction.pk}/{prediction.slug}/"
    nothing_kept = override_settings(HINDSIGHT_PAGE_CACHE=False, HINDSIGHT_FRAGMENT_CACHE=False)
    with nothing_kept, CaptureQueriesContext(connection) as captured:
        status, body = server.get(path)
    _ok(status, body, path)
    statements = [query["sql"] for query in captured.captured_queries]

    raw = raw_connection()

    def fetch_rows() -> None:
        with raw.cursor() as cursor:
            for statement in statements:
                cursor.execute(statement.encode())
                if cursor.description is not None:
                    cursor.fetchall()

    try:
        with override_settings(HINDSIGHT_PAGE_CACHE=False):
            page, floor = alternate(("page", lambda: server.get(path)), ("raw fetch", fetch_rows), repeats=repeats)
        with nothing_kept:
            cold, floor_cold = alternate(("page", lambda: server.get(path)), ("raw fetch", fetch_rows), repeats=repeats)
        served, floor_again = alternate(("page", lambda: server.get(path)), ("raw fetch", fetch_rows), repeats=repeats)
    finally:
        raw.close()
    cold_ratio = cold.median / floor_cold.median
    statements_note = f"floor: the {len(statements)} statements of a render with nothing kept"
    return [
        Comparison(
            "detail_vs_floor",
            page,
            floor,
            goal="<= 3",
            note=f"no page cache, body kept under its version; {statements_note}; with nothing kept at all: "
            f"{cold.median:.2f} vs {floor_cold.median:.2f} ms, {cold_ratio:.2f}",
            extra={
                "path": path,
                "nothing_kept_ratio": round(cold_ratio, 3),
                "nothing_kept_page_median_ms": round(cold.median, 3),
            },
        ),
        Comparison(
            "detail_served_vs_floor",
            served,
            floor_again,
            goal="<= 2",
            note=f"the page as served from the page cache (issue 6's detail_vs_floor); {statements_note}",
            extra={"path": path},
        ),
    ]
