"""The probe suites (``tests/intake/probe.py``): well-formed, and the forms they test stay found."""

from __future__ import annotations

import pytest

from tests.intake.probe import SUITES, probes, score


@pytest.mark.parametrize("language", list(SUITES))
def test_each_probe_is_labelled_once_per_quote_and_in_order(language: str) -> None:
    items = probes(language)
    assert len(items) > 150 and len({item["id"] for item in items}) == len(items)
    for item in items:
        starts = []
        for forecast in item["forecasts"]:
            assert item["text"].count(forecast["quote"]) == 1, (item["id"], forecast["quote"])
            starts.append(item["text"].index(forecast["quote"]))
        assert starts == sorted(starts), item["id"]


@pytest.mark.parametrize(("language", "floor"), [("en", 0.95), ("zh-Hans", 0.91)])
def test_the_extractor_finds_the_probed_forms(language: str, floor: float) -> None:
    """A floor under what the extractor finds today (``python -m tests.intake.probe --misses`` lists the rest): a
    change that loses a form a journalist uses fails here even when the batches barely move."""
    forms = score(language)
    found = sum(form.found for form in forms.values())
    forecasts = sum(form.forecasts for form in forms.values())
    assert found / forecasts >= floor
