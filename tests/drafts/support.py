"""A source with two forecasts and look-alikes, for the intake's admin, API and no-leak tests."""

from __future__ import annotations

import datetime
import hashlib

from predictions.models import Source
from tests.factories import SourceFactory

INTERVIEW = (
    "Ada Park, chief executive of Voltline, spoke in Berlin on Tuesday. "
    '"I think there is a 70 percent chance that most new cars sold in Europe will be electric within five years," '
    "she said. The company shipped its first battery in 2021. Park said the firm should hire more engineers. "
    "She expects prices to fall by the end of 2027."
)
SAID_ON = datetime.date(2026, 1, 1)
FIRST_QUOTE = (
    "I think there is a 70 percent chance that most new cars sold in Europe will be electric within five years"
)
SECOND_QUOTE = "She expects prices to fall by the end of 2027."


def interview_source(**fields: object) -> Source:
    text = str(fields.pop("text", INTERVIEW))
    fields.setdefault("published_on", SAID_ON)
    return SourceFactory.create(text=text, text_sha256=hashlib.sha256(text.encode()).hexdigest(), **fields)
