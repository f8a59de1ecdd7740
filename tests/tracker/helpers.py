"""Helpers for the tracker's tests: owed predictions and scripted mail servers."""

from __future__ import annotations

import datetime
import email
import smtplib
import threading
from collections.abc import Sequence
from email.message import Message
from typing import Any

from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.core.mail.backends.locmem import EmailBackend as LocmemBackend

from predictions.models import Prediction
from tests.conftest import FIXED_UTC
from tests.factories import PredictionFactory

TODAY = FIXED_UTC.date()
_SCRIPT_LOCK = threading.Lock()  # not on the backend: locmem deep-copies messages and their connection


def due_prediction(days_ago: int = 1, **fields: Any) -> Prediction:
    """A public, unresolved prediction whose resolve-on date was ``days_ago`` days before FIXED_UTC."""
    resolve_on = TODAY - datetime.timedelta(days=days_ago)
    return PredictionFactory.create(made_on=datetime.date(2024, 5, 30), resolve_on=resolve_on, **fields)


def reminder_ids_in(message: mail.EmailMessage) -> list[int]:
    return [int(value) for value in message.extra_headers["X-Hindsight-Reminders"].split(",")]


def parse(raw: bytes) -> Message:
    return email.message_from_bytes(raw)


class ScriptedBackend(LocmemBackend):
    """Locmem, but the first sends raise the scripted errors, one per message."""

    def __init__(self, errors: Sequence[Exception] = (), **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.errors = list(errors)

    def send_messages(self, messages: Sequence[mail.EmailMessage]) -> int:
        with _SCRIPT_LOCK:
            if self.errors:
                raise self.errors.pop(0)
        return super().send_messages(messages)


def temporary_error() -> Exception:
    return smtplib.SMTPResponseException(421, b"4.3.2 Service not available, closing transmission channel")


def refused_recipient(address: str) -> Exception:
    return smtplib.SMTPRecipientsRefused({address: (550, b"5.1.1 No such user")})


class NullBackend(BaseEmailBackend):
    def send_messages(self, messages: Sequence[mail.EmailMessage]) -> int:
        return len(messages)


class AlwaysTemporaryFailure(BaseEmailBackend):
    """An SMTP server that keeps answering 421 (set as EMAIL_BACKEND by dotted path)."""

    def send_messages(self, messages: Sequence[mail.EmailMessage]) -> int:
        raise temporary_error()
