"""Helpers for the tracker's tests: owed predictions and scripted mail servers."""

from __future__ import annotations

import datetime
import email
import smtplib
import threading
from collections.abc import Callable, Sequence
from email.message import Message
from typing import Any

from django.contrib.auth.models import User
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.core.mail.backends.locmem import EmailBackend as LocmemBackend

from predictions.models import Prediction
from tests.conftest import FIXED_UTC
from tests.factories import PredictionFactory, SourceFactory, SpeakerFactory
from tests.support.smtp import SmtpSink

TODAY = FIXED_UTC.date()
_SCRIPT_LOCK = threading.Lock()  # not on the backend: locmem deep-copies messages and their connection


def due_prediction(days_ago: int = 1, **fields: Any) -> Prediction:
    """A public, unresolved prediction whose resolve-on date was ``days_ago`` days before FIXED_UTC."""
    resolve_on = TODAY - datetime.timedelta(days=days_ago)
    return PredictionFactory.create(made_on=datetime.date(2024, 5, 30), resolve_on=resolve_on, **fields)


def predictions_in_bulk(
    count: int,
    *,
    resolve_on: Callable[[int], datetime.date],
    reviewers: Sequence[User] = (),
    per_prediction: int = 1,
) -> list[Prediction]:
    """``count`` public predictions of one speaker, the n-th resolving on ``resolve_on(n)``, made
    in 2018; each assigned to ``per_prediction`` of ``reviewers`` in turn (none: the whole group hears).
    Built with one INSERT: factories would take a minute for thousands."""
    template = PredictionFactory.build(
        speaker=SpeakerFactory.create(), source=SourceFactory.create(), made_on=datetime.date(2018, 1, 1)
    )
    fields = {f.attname: getattr(template, f.attname) for f in Prediction._meta.concrete_fields if not f.primary_key}
    predictions = Prediction.objects.bulk_create(
        [Prediction(**{**fields, "slug": f"owed-{n}", "resolve_on": resolve_on(n)}) for n in range(count)]
    )
    if reviewers:
        Prediction.reviewers.through.objects.bulk_create(
            [
                Prediction.reviewers.through(
                    prediction_id=prediction.pk, user_id=reviewers[(index * per_prediction + n) % len(reviewers)].pk
                )
                for index, prediction in enumerate(predictions)
                for n in range(per_prediction)
            ]
        )
    return predictions


def reminder_ids_in(message: mail.EmailMessage) -> list[int]:
    return [int(value) for value in message.extra_headers["X-Hindsight-Reminders"].split(",")]


def parse(raw: bytes) -> Message:
    return email.message_from_bytes(raw)


def send_through(settings: Any, sink: SmtpSink) -> None:
    """Point Django's SMTP backend at ``sink`` (plain SMTP on loopback)."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", sink.port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False


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
