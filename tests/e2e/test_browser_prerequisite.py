"""A missing Chromium fails the browser tests loudly; it never skips them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e import browser


def test_a_missing_chromium_is_a_failure_not_a_skip(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(browser, "CHROMIUM", tmp_path / "no-chromium-here")

    with pytest.raises(pytest.fail.Exception, match="apt-get install chromium"):
        browser.require_chromium()


def test_the_debian_chromium_is_there_on_this_machine() -> None:
    browser.require_chromium()
