"""The e-mail channel: every message is a template triple (subject, plain
text, HTML) in English and Simplified Chinese, built by ``render_email``, sent
by ``send_email``; ``classify_failure`` tells a temporary failure from a permanent one.

Templates live under ``tracker/templates/tracker/email/<language>/`` as
``<name>_subject.txt``, ``<name>.txt`` and ``<name>.html``; one set per
language rather than gettext catalogues, so a translator sees the whole
message and nothing needs compiling at install time.
"""

from __future__ import annotations

import smtplib
from dataclasses import dataclass

from django.core.mail import EmailMultiAlternatives
from django.core.mail.backends.base import BaseEmailBackend
from django.template.loader import render_to_string
from django.utils import translation

LANGUAGES = ("en", "zh-hans")


@dataclass(frozen=True)
class RenderedEmail:
    subject: str
    text: str
    html: str


def render_email(name: str, *, language: str, context: dict[str, object]) -> RenderedEmail:
    """Subject, text and HTML of template ``name`` in ``language`` ("en" or "zh-hans")."""
    if language not in LANGUAGES:
        language = "en"
    base = f"tracker/email/{language}/{name}"
    with translation.override(language):
        subject = render_to_string(f"{base}_subject.txt", context)
        text = render_to_string(f"{base}.txt", context)
        html = render_to_string(f"{base}.html", context)
    # A header cannot hold a line break; templates end with one.
    return RenderedEmail(subject=" ".join(subject.split()), text=text, html=html)


def send_email(
    *,
    to: str,
    content: RenderedEmail,
    from_email: str,
    message_id: str,
    headers: dict[str, str],
    connection: BaseEmailBackend,
) -> None:
    """Send one message; SMTP errors propagate (see ``classify_failure``)."""
    message = EmailMultiAlternatives(
        subject=content.subject,
        body=content.text,
        from_email=from_email,
        to=[to],
        headers={"Message-ID": message_id, "Auto-Submitted": "auto-generated", **headers},
        connection=connection,
    )
    message.attach_alternative(content.html, "text/html")
    message.send(fail_silently=False)


@dataclass(frozen=True)
class Failure:
    permanent: bool
    recipient_refused: bool  # the address itself was refused: switch the channel off
    text: str


def classify_failure(error: Exception) -> Failure:
    """Temporary (retry with back-off) or permanent (record, show, stop)?

    SMTP says it with the reply code: 4xx is "try again later", 5xx is "no".
    Lost connections, timeouts and refused connections are temporary: the
    server or the network will be back. So is anything unexpected, which the
    caller records and then re-raises: the attempt cap ends a hopeless case.
    """
    text = f"{error.__class__.__name__}: {error}"[:2000]
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _message in error.recipients.values()]
        permanent = bool(codes) and all(code >= 500 for code in codes)
        return Failure(permanent=permanent, recipient_refused=permanent, text=text)
    if isinstance(error, smtplib.SMTPResponseException):
        return Failure(permanent=error.smtp_code >= 500, recipient_refused=False, text=text)
    # Lost connections, timeouts, refused connections; and anything unexpected
    # (the caller re-raises those after recording): try again later.
    return Failure(permanent=False, recipient_refused=False, text=text)
