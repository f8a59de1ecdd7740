"""Fixtures of the browser tests: one Chromium per module (in its own thread, tests/e2e/browser.py)
and a live server holding the seed article."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from django.core.management import call_command

from tests.e2e.browser import BrowserThread


@pytest.fixture(scope="module")
def chromium() -> Iterator[BrowserThread]:
    thread = BrowserThread()
    thread.start()
    yield thread
    thread.stop()


@pytest.fixture
def site(live_server: Any) -> str:
    call_command("seed_ledger", verbosity=0)
    return str(live_server.url)
