"""A real browser for the end-to-end tests: Playwright for Python driving Debian's Chromium.

Playwright's own browser download is not used (it cannot run here); the
Debian package ``chromium`` is a prerequisite of these tests, and a missing
one FAILS them — a skipped browser test would hide a broken page.

The browser lives in a thread of its own (``BrowserThread``). Playwright's
sync API keeps an asyncio loop running in the thread that drives it, and in a
thread with a running loop Django hands out *other* database connections (per
context, not per thread) and refuses ORM calls — the test's database setup and
pytest-django's rollback would then miss each other. So the test's thread
stays an ordinary thread for the ORM, and browser steps are sent to the
browser's thread, which never touches the database.

Every page opened through ``guarded_page`` fails its test on any console
error (CSP violations are reported there) or uncaught script error, and on
any request to a host other than the test server (the request is aborted).
``axe_violations`` runs axe-core (bundled by axe-playwright-python) on a page;
``overflowing_tables`` measures every table against its box.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-gpu"]
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"  # git-ignored
STEP_TIMEOUT = 180  # seconds for one batch of browser steps: a hung browser fails the test, never hangs it
T = TypeVar("T")


def require_chromium() -> None:
    if not (CHROMIUM.exists() and os.access(CHROMIUM, os.X_OK)):
        pytest.fail(
            f"The browser tests need Debian's Chromium at {CHROMIUM} (apt-get install chromium); "
            "it is a prerequisite of `make test` (README), and these tests never skip.",
            pytrace=False,
        )


@dataclass
class Guard:
    """What a page did that it must not: console errors and requests to other hosts."""

    origin: str
    console_errors: list[str] = field(default_factory=list)
    foreign_requests: list[str] = field(default_factory=list)

    def route(self, route: Any) -> None:
        url = route.request.url
        parts = urlsplit(url)
        if parts.scheme in {"data", "blob", "about"} or f"{parts.scheme}://{parts.netloc}" == self.origin:
            route.continue_()
        else:
            self.foreign_requests.append(url)
            route.abort()

    def on_console(self, message: Any) -> None:
        if message.type == "error":
            self.console_errors.append(f"{message.text} ({message.location.get('url', '?')})")

    def on_page_error(self, error: Any) -> None:
        self.console_errors.append(f"uncaught: {error}")

    def check(self) -> None:
        assert self.console_errors == [], "console errors in the browser"
        assert self.foreign_requests == [], "requests to hosts other than the test server"


@contextmanager
def guarded_page(browser: Any, origin: str, **context_options: Any) -> Iterator[tuple[Any, Guard]]:
    """A fresh browser context (own cookies) and page, guarded; checks the guard on the way out."""
    guard = Guard(origin=origin.rstrip("/"))
    context = browser.new_context(**context_options)
    context.route("**/*", guard.route)
    page = context.new_page()
    page.on("console", guard.on_console)
    page.on("pageerror", guard.on_page_error)
    try:
        yield page, guard
    finally:
        context.close()
    guard.check()


# axe-core's impacts the pages must not have; "minor" ones are reported by axe but not failed on.
FAILING_IMPACTS = ("critical", "serious", "moderate")


def axe_violations(page: Any) -> list[str]:
    """axe-core's critical, serious and moderate violations on the page as it is now, one line each."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, options={"resultTypes": ["violations"]})
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']} — "
        + "; ".join(" ".join(node["target"]) for node in violation["nodes"][:5])
        for violation in results.response["violations"]
        if violation["impact"] in FAILING_IMPACTS
    ]


# Wider than its box, or cut off: every table of the page's main content, its box,
# each visible cell, and the page itself (no sideways scrolling of the whole page).
# A visually hidden header row (the track record's on a phone) is left out.
MEASURE_TABLES = """() => {
  const problems = [];
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth) problems.push(`page: ${root.scrollWidth} px wide in ${root.clientWidth}`);
  document.querySelectorAll("main table").forEach((table, index) => {
    const name = `table ${index + 1} (${table.className || "no class"})`;
    const box = table.parentElement;
    if (table.scrollWidth > table.clientWidth + 1) {
      problems.push(`${name}: content ${table.scrollWidth} px in ${table.clientWidth}`);
    }
    if (table.getBoundingClientRect().right > box.getBoundingClientRect().right + 1
        || box.scrollWidth > box.clientWidth + 1) {
      problems.push(`${name}: wider than its box (${box.clientWidth} px)`);
    }
    table.querySelectorAll("th, td").forEach((cell) => {
      const rect = cell.getBoundingClientRect();
      if (rect.width <= 1 || rect.height <= 1) return;
      if (cell.scrollWidth > cell.clientWidth + 1) {
        const text = cell.innerText.trim().slice(0, 40);
        problems.push(`${name}: "${text}" cut off (${cell.scrollWidth} px in ${cell.clientWidth})`);
      }
    });
  });
  return problems;
}"""


def overflowing_tables(page: Any) -> list[str]:
    """What on the page is wider than its box: tables, their boxes, cells, the page. Empty when all fit."""
    problems: list[str] = page.evaluate(MEASURE_TABLES)
    return problems


def admin_login(page: Any, site: str, username: str, password: str) -> None:
    page.goto(site + "/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    with page.expect_navigation():
        page.click("input[type=submit]")
    assert page.locator("#user-tools").count() == 1, f"{username} could not log in"


def screenshot(page: Any, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{re.sub(r'[^a-z0-9-]+', '-', name.lower())}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


class BrowserThread:
    """One headless Chromium, driven from one dedicated thread (see the module's docstring)."""

    def __init__(self) -> None:
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="browser")
        self._playwright: Any = None
        self.browser: Any = None

    def run(self, steps: Callable[..., T], *args: Any) -> T:
        """Run ``steps(browser, *args)`` in the browser's thread; its exceptions are raised here."""
        return self._executor.submit(steps, self.browser, *args).result(timeout=STEP_TIMEOUT)

    def start(self) -> None:
        require_chromium()
        self._executor.submit(self._launch).result(timeout=STEP_TIMEOUT)

    def stop(self) -> None:
        try:
            self._executor.submit(self._close).result(timeout=STEP_TIMEOUT)
        finally:
            self._executor.shutdown(wait=False)

    def _launch(self) -> None:
        from playwright.sync_api import sync_playwright

        self._playwright = sync_playwright().start()
        self.browser = self._playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )

    def _close(self) -> None:
        if self.browser is not None:
            self.browser.close()
        if self._playwright is not None:
            self._playwright.stop()
