"""A real browser for the end-to-end tests: Playwright for Python driving Debian's Chromium.

Playwright's own browser download is not used (it cannot run here); the
Debian package ``chromium`` is a prerequisite of these tests, and a missing
one FAILS them — a skipped browser test would hide a broken page.

Every page opened through ``guarded_page`` fails its test on any console
error (CSP violations are reported there) or uncaught script error, and on
any request to a host other than the test server (the request is aborted).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-gpu"]
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"  # git-ignored


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


def screenshot(page: Any, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{re.sub(r'[^a-z0-9-]+', '-', name.lower())}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
