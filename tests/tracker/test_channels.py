"""E-mail channel: the template triple in both languages, and SMTP error classes."""

from __future__ import annotations

import datetime
import smtplib

import pytest

from tracker.channels import Failure, classify_failure
from tracker.services.reminders.digests import DigestItem, render_digest

ITEM = DigestItem(
    prediction_id=7,
    claim="<script>alert(1)</script> & more",
    speaker="Sam Altman",
    resolve_on=datetime.date(2025, 12, 31),
    stage="overdue",
    round=2,
    escalation=True,
    link="https://hindsight.example/admin/predictions/prediction/7/change/",
)


@pytest.mark.parametrize(
    ("language", "subject", "label"),
    [
        ("en", "Hindsight: 1 prediction waiting for your judgement", "Overdue (reminder 2)"),
        ("zh-hans", "Hindsight：1 条预测等待你的裁定", "已逾期（第 2 次提醒）"),
        ("fr", "Hindsight: 1 prediction waiting for your judgement", "Overdue (reminder 2)"),  # falls back
    ],
)
def test_digest_is_a_subject_text_html_triple(language: str, subject: str, label: str) -> None:
    email = render_digest(name="Ada", language=language, items=[ITEM], site_url="https://hindsight.example")

    assert email.subject == subject and "\n" not in email.subject
    assert label in email.text and "<script>alert(1)</script> & more" in email.text  # plain text: verbatim
    assert "&lt;script&gt;" in email.html and "<script>" not in email.html  # HTML: escaped
    assert ITEM.link in email.text and f'href="{ITEM.link}"' in email.html


@pytest.mark.parametrize(
    ("language", "subject", "intro", "rest", "later"),
    [
        (
            "en",
            "Hindsight: 1,951 predictions waiting for your judgement",
            "1,951 predictions are waiting for a reviewer on Hindsight; the most urgent one:",
            "…and 1,950 more",
            "You will hear about the other 1,950 in the next reminder e-mails,\nup to 50 in each",
        ),
        (
            "zh-hans",
            "Hindsight：1,951 条预测等待你的裁定",
            "Hindsight 上有 1,951 条预测等待评审，以下是最紧急的 1 条：",
            "……另有 1,950 条未列出",
            "其余 1,950 条会在接下来的提醒邮件中发送，每封最多 50 条",
        ),
    ],
)
def test_a_digest_counts_and_links_what_it_does_not_list(
    language: str, subject: str, intro: str, rest: str, later: str
) -> None:
    email = render_digest(name="Ada", language=language, items=[ITEM], more=1950, site_url="https://hindsight.example")

    queue = "/admin/tracker/reminder/?owed_to=me"
    assert email.subject == subject
    assert intro in email.text and rest in email.text and later in email.text
    assert f"{queue}\n" in email.text and f'{queue}"' in email.html
    assert rest in email.html and later.replace("\n", " ") in email.html
    assert "only at the next stage" not in email.text  # said of the listed ones only


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (smtplib.SMTPRecipientsRefused({"a@x": (550, b"no such user")}), Failure(True, True, "")),
        (smtplib.SMTPRecipientsRefused({"a@x": (450, b"mailbox busy")}), Failure(False, False, "")),
        (smtplib.SMTPDataError(554, b"rejected"), Failure(True, False, "")),
        (smtplib.SMTPSenderRefused(553, b"bad sender", "h@x"), Failure(True, False, "")),
        (smtplib.SMTPResponseException(421, b"try later"), Failure(False, False, "")),
        (smtplib.SMTPServerDisconnected("gone"), Failure(False, False, "")),
        (ConnectionRefusedError(111, "refused"), Failure(False, False, "")),
        (TimeoutError("timed out"), Failure(False, False, "")),
        (RuntimeError("bug"), Failure(False, False, "")),
    ],
)
def test_smtp_failures_are_classified(error: Exception, expected: Failure) -> None:
    failure = classify_failure(error)
    assert (failure.permanent, failure.recipient_refused) == (expected.permanent, expected.recipient_refused)
    assert failure.text.startswith(error.__class__.__name__)
