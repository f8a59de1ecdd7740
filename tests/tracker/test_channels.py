"""E-mail channel: the template triple in both languages, and SMTP error classes."""

from __future__ import annotations

import datetime
import smtplib

import pytest

from tracker.channels import Failure, classify_failure
from tracker.services.reminders.digests import DigestItem, render_digest

TODAY = datetime.date(2026, 12, 1)  # 335 days after the resolve-on date: 47 weeks and 6 days
ITEM = DigestItem(
    prediction_id=7,
    claim="<script>alert(1)</script> & more",
    speaker="Sam Altman",
    resolve_on=datetime.date(2025, 12, 31),
    stage="overdue",
    round=47,
    escalation=True,
    link="https://hindsight.example/admin/predictions/prediction/7/change/",
)


@pytest.mark.parametrize(
    ("language", "subject", "label"),
    [
        ("en", "Hindsight: 1 prediction waiting for your judgement", "Overdue since 31 December 2025 — 48 weeks"),
        ("zh-hans", "Hindsight：1 条预测等待你的裁定", "自 2025年12月31日 起逾期——已 48 周"),
        ("fr", "Hindsight: 1 prediction waiting for your judgement", "Overdue since 31 December 2025 — 48 weeks"),
    ],
)
def test_digest_is_a_subject_text_html_triple(language: str, subject: str, label: str) -> None:
    """A prediction's 47th round reads as what it is, "overdue since … — 48 weeks", not "reminder 47"."""
    email = render_digest(
        name="Ada", language=language, items=[ITEM], site_url="https://hindsight.example", today=TODAY
    )

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
            "You will hear about the other 1,950 in the next reminder e-mails,\nup to 50 in each, the most urgent",
        ),
        (
            "zh-hans",
            "Hindsight：1,951 条预测等待你的裁定",
            "Hindsight 上有 1,951 条预测等待评审员裁定，以下是最紧急的 1 条：",
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
    assert "only at the next stage" not in email.text  # no longer said: not true of overdue ones


@pytest.mark.parametrize(
    ("language", "schedule"),
    [
        (
            "en",
            [
                "one coming up, on the day it falls due;",
                "a due or overdue one, every week until a reviewer proposes a verdict;",
                "a proposal awaiting a second\nreviewer, not again",
            ],
        ),
        ("zh-hans", ["即将到期的，在到期当天", "已到期或逾期的，每周提醒一次", "等待第二位评审员确认的提议，不再提醒"]),
    ],
)
def test_the_digest_says_when_each_stage_is_reminded_again(language: str, schedule: list[str]) -> None:
    """What the e-mail promises about the next reminder is what tracker/policy.py does at each stage."""
    email = render_digest(name="Ada", language=language, items=[ITEM], site_url="https://h.example", today=TODAY)

    assert all(part in email.text for part in schedule)
    assert all(part.replace("\n", " ") in email.html for part in schedule)


@pytest.mark.parametrize(
    ("days", "language", "label"),
    [
        (7, "en", "Overdue since 31 December 2025 — 7 days"),
        (1, "en", "Overdue since 31 December 2025 — 1 day"),
        (15, "en", "Overdue since 31 December 2025 — 2 weeks"),
        (7, "zh-hans", "自 2025年12月31日 起逾期——已 7 天"),
    ],
)
def test_an_overdue_label_counts_days_then_weeks(days: int, language: str, label: str) -> None:
    from tracker.services.reminders.digests import stage_label

    resolve_on = datetime.date(2025, 12, 31)
    assert stage_label("overdue", resolve_on, resolve_on + datetime.timedelta(days=days), language) == label


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


@pytest.mark.parametrize(
    ("language", "speaker"), [("zh-hans", "山姆·奥尔特曼（Sam Altman）"), ("en", "Sam Altman"), ("fr", "Sam Altman")]
)
def test_a_digest_names_the_speaker_as_the_pages_do_in_its_readers_language(language: str, speaker: str) -> None:
    from tracker.services.reminders.digests import DigestRow, digest_items

    row = DigestRow(
        reminder_id=1, stage="due", round=1, escalation=False, prediction_id=7, claim="A claim", claim_zh="",
        resolve_on=datetime.date(2025, 12, 31), speaker_name="Sam Altman", speaker_name_original="山姆·奥尔特曼",
    )  # fmt: skip
    assert [item.speaker for item in digest_items([row], language)] == [speaker]
