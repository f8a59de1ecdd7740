"""What a reviewer's digest holds and how it reads: one e-mail listing their owed reminders.

A digest is built from plain rows (``DigestRow``: a reminder and what it needs
of its prediction) into items (``DigestItem``: the claim and speaker in the
reviewer's language, the stage, the admin link) and rendered as an e-mail in
English or Simplified Chinese (``tracker.channels``). ``preview`` is the dry
run: what a sweep would send, computed from what it found, touching nothing.

A digest lists at most ``HINDSIGHT_REMINDER_DIGEST_MAX_ITEMS`` reminders, the
most urgent first (``urgency_key``, and ``urgency_order_by`` for the same
order in SQL), says how many more are owed and links the reviewer's queue
(``queue_url``). The rest stay owed; the next sweeps send them in that order.
"""

from __future__ import annotations

import datetime
import functools
import hashlib
import html
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.db import models
from django.db.models import Case, IntegerField, Value, When
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.safestring import SafeString, mark_safe

from predictions.interface_language import name_for_readers
from predictions.site.localization import public_date
from tracker.channels import LANGUAGES, RenderedEmail, render_email
from tracker.models import ReminderState
from tracker.services.reminders.planning import OwedReminder

# The most urgent first: a proposal someone is waiting on, then the overdue, the due
# and the upcoming; in each stage the oldest resolve-on date (the most overdue) first.
STAGE_ORDER = {"confirm": 0, "overdue": 1, "due": 2, "upcoming": 3}
# The overdue label says since when and for how long, not which round this is: the first
# reminder a reviewer ever receives may be a prediction's 47th round (issue 13).
STAGE_LABELS = {
    "en": {
        "upcoming": "Coming up",
        "due": "Due",
        "overdue": "Overdue since {since} — {waited}",
        "confirm": "Awaiting a second reviewer",
    },
    "zh-hans": {
        "upcoming": "即将到期",
        "due": "已到期",
        "overdue": "自 {since} 起逾期——已 {waited}",
        "confirm": "等待第二位评审员确认",
    },
}

# One listed item, per language, as plain text and as HTML: the part of the digest
# templates (tracker/templates/tracker/email/<language>/digest.*) that repeats. Filled
# by ``str.format``, not the template engine: a digest can list a thousand items, and
# the engine's loop cost more than the rest of the digest. In HTML every value is
# escaped first (``item_lines``).
ITEM_LINES = {
    "en": {
        "text": "\n{number}. [{label}] {claim}\n   Speaker: {speaker} · Resolve on: {resolve_on}{escalated}\n"
        "   Resolve it here: {link}\n",
        "html": '\n  <li style="margin-bottom: 0.8em;">\n    <strong>{label}</strong>: {claim}<br>\n'
        "    Speaker: {speaker} · Resolve on: {resolve_on}{escalated}<br>\n"
        '    <a href="{link}">Resolve it in the admin</a>\n  </li>\n',
        "text_escalated": " · Escalated to you",
        "html_escalated": " · <em>escalated to you</em>",
    },
    "zh-hans": {
        "text": "\n{number}. 【{label}】{claim}\n   发言者：{speaker} · 裁定日期：{resolve_on}{escalated}\n"
        "   在此裁定：{link}\n",
        "html": '\n  <li style="margin-bottom: 0.8em;">\n    <strong>{label}</strong>：{claim}<br>\n'
        "    发言者：{speaker} · 裁定日期：{resolve_on}{escalated}<br>\n"
        '    <a href="{link}">在管理后台裁定</a>\n  </li>\n',
        "text_escalated": " · 已升级提醒给你",
        "html_escalated": " · <em>已升级提醒给你</em>",
    },
}


class DigestStatus(models.TextChoices):
    """What became of one reviewer's digest in a sweep."""

    SENT = "sent"
    RETRYING = "retrying"
    FAILED = "failed"
    WOULD_SEND = "would-send"  # the dry run


@dataclass(frozen=True)
class DigestRow:
    """What a digest needs of one reminder and its prediction (read as plain
    values: a digest can hold a thousand of them)."""

    reminder_id: int  # 0 in the dry run: not recorded yet
    stage: str
    round: int
    escalation: bool
    prediction_id: int
    claim: str
    claim_zh: str
    resolve_on: datetime.date
    speaker_name: str
    speaker_name_original: str
    state: str = ReminderState.PENDING
    delivery_id: int | None = None
    attempts: int = 0
    email: str = ""
    proposal_id: int | None = None  # confirm: the proposal awaiting a second reviewer


DIGEST_ROW_VALUES = (
    "id", "stage", "round", "escalation", "prediction_id", "prediction__claim", "prediction__claim_zh",
    "prediction__resolve_on", "prediction__speaker__name", "prediction__speaker__name_original",
    "state", "delivery_id", "attempts", "email", "proposal_id",
)  # fmt: skip


@dataclass(frozen=True)
class DigestItem:
    prediction_id: int
    claim: str
    speaker: str
    resolve_on: datetime.date
    stage: str
    round: int
    escalation: bool
    link: str


@dataclass
class DigestOutcome:
    recipient_id: int
    username: str
    email: str
    language: str
    items: list[DigestItem] = field(default_factory=list)
    status: DigestStatus = DigestStatus.SENT
    error: str = ""
    retry_in: int | None = None
    delivery_id: int | None = None
    more: int = 0  # reminders still owed to the reviewer beyond the ones listed


class AdminLinks:
    """Links to the admin pages where predictions are resolved (or proposals
    reviewed): two ``reverse()`` calls per digest instead of one per item."""

    MARK = 987654321  # stands in for the ids while the paths are reversed

    def __init__(self) -> None:
        mark, next_mark = str(self.MARK), str(self.MARK + 1)
        change = reverse("admin:predictions_prediction_change", args=[self.MARK])
        review = reverse("admin:predictions_prediction_review", args=[self.MARK, self.MARK + 1])
        self.change = settings.SITE_URL + change.replace(mark, "{prediction}")
        self.review = settings.SITE_URL + review.replace(next_mark, "{proposal}").replace(mark, "{prediction}")

    def for_row(self, row: DigestRow) -> str:
        if row.proposal_id is not None:  # confirm: the proposal's review page
            return self.review.format(prediction=row.prediction_id, proposal=row.proposal_id)
        return self.change.format(prediction=row.prediction_id)


def urgency_key(row: DigestRow) -> tuple[int, datetime.date, int, int]:
    return (STAGE_ORDER[row.stage], row.resolve_on, row.prediction_id, row.reminder_id)


def urgency_order_by() -> list[Any]:
    """``urgency_key`` for a queryset of reminders: which ones a digest takes, and the queue's order."""
    stage_rank = Case(
        *[When(stage=stage, then=Value(rank)) for stage, rank in STAGE_ORDER.items()], output_field=IntegerField()
    )
    return [stage_rank, "prediction__resolve_on", "prediction_id", "id"]


def queue_url(site_url: str) -> str:
    """The reviewer's queue in the admin: every reminder still owed to whoever opens it, most urgent first."""
    return f"{site_url}{reverse('admin:tracker_reminder_changelist')}?owed_to=me"


def digest_items(rows: list[DigestRow], language: str) -> list[DigestItem]:
    links = AdminLinks()
    items = []
    for row in sorted(rows, key=urgency_key):
        claim = row.claim_zh if language == "zh-hans" and row.claim_zh else row.claim
        speaker = name_for_readers(row.speaker_name, row.speaker_name_original, chinese=language == "zh-hans")
        items.append(
            DigestItem(
                prediction_id=row.prediction_id,
                claim=claim,
                speaker=speaker,
                resolve_on=row.resolve_on,
                stage=row.stage,
                round=row.round,
                escalation=row.escalation,
                link=links.for_row(row),
            )
        )
    return items


@functools.lru_cache(maxsize=4096)  # a digest of a thousand items has a few dozen distinct dates
def reader_date(day: datetime.date, language: str) -> str:
    """A date in the reader's style, as the public site writes it: "31 December 2025", "2025年12月31日"."""
    with translation.override(language):
        return public_date(day)


def waited(days: int, language: str) -> str:
    """How long it has waited: days for the first two weeks, then (rounded) weeks."""
    if days < 14:
        return f"{days} 天" if language == "zh-hans" else f"{days} day{'s' if days != 1 else ''}"
    weeks = (days + 3) // 7  # to the nearest week
    return f"{weeks} 周" if language == "zh-hans" else f"{weeks} weeks"


def repeat_every(language: str) -> str:
    """How often a due or overdue prediction is reminded again (``HINDSIGHT_REMINDER_OVERDUE_EVERY_DAYS``)."""
    days = settings.HINDSIGHT_REMINDER_OVERDUE_EVERY_DAYS
    if language == "zh-hans":
        return "每周" if days == 7 else f"每 {days} 天"
    return "every week" if days == 7 else f"every {days} days"


@functools.lru_cache(maxsize=4096)  # per digest, a few dozen distinct (stage, date) pairs
def stage_label(stage: str, resolve_on: datetime.date, today: datetime.date, language: str) -> str:
    since = reader_date(resolve_on, language)
    return STAGE_LABELS[language][stage].format(since=since, waited=waited((today - resolve_on).days, language))


def render_digest(
    *,
    name: str,
    language: str,
    items: list[DigestItem],
    site_url: str,
    more: int = 0,
    today: datetime.date | None = None,
) -> RenderedEmail:
    """The e-mail listing ``items``; ``more``: how many others are still owed (counted and linked, not listed)."""
    label_language = language if language in LANGUAGES else "en"
    today = today or timezone.localdate()
    items_text, items_html = item_lines(items, label_language, today)
    return render_email(
        "digest",
        language=language,
        context={
            "name": name,
            "items_text": items_text,
            "items_html": items_html,
            "count": len(items),
            "total": len(items) + more,
            "more": more,
            # Big numbers with a separator, "2,000" and "1,950": the same in both languages.
            "total_text": f"{len(items) + more:,}",
            "more_text": f"{more:,}",
            "per_digest": settings.HINDSIGHT_REMINDER_DIGEST_MAX_ITEMS,
            "repeat": repeat_every(label_language),
            "queue_url": queue_url(site_url),
            "site_url": site_url,
        },
    )


def item_lines(items: list[DigestItem], language: str, today: datetime.date) -> tuple[str, SafeString]:
    """The listed items (``ITEM_LINES``) as the text part and the HTML part of a digest place them."""
    lines = ITEM_LINES[language]
    text_parts, html_parts = [], []
    for number, item in enumerate(items, start=1):
        values = {
            "label": stage_label(item.stage, item.resolve_on, today, language),
            "claim": item.claim,
            "speaker": item.speaker,
            "resolve_on": reader_date(item.resolve_on, language),  # the site's style, once per date
            "link": item.link,
        }
        text_parts.append(
            lines["text"].format(number=number, escalated=lines["text_escalated"] if item.escalation else "", **values)
        )
        html_parts.append(
            lines["html"].format(
                escalated=lines["html_escalated"] if item.escalation else "",
                **{name: html.escape(value) for name, value in values.items()},  # as Django's escape does
            )
        )
    return "".join(text_parts), mark_safe("".join(html_parts))  # noqa: S308 - every value above is escaped


def message_id_for(recipient_id: int, reminder_ids: list[int]) -> str:
    digest = hashlib.sha256(",".join(map(str, sorted(reminder_ids))).encode()).hexdigest()[:24]
    host = urlsplit(settings.SITE_URL).hostname or "hindsight.invalid"
    return f"<reminders.{recipient_id}.{digest}@{host}>"


@dataclass(frozen=True)
class Waiting:
    """A reminder already recorded and claimable, with its recipient (``claims.claimable_rows``)."""

    recipient_id: int
    username: str
    language: str
    row: DigestRow


def preview(owed: Iterable[OwedReminder], waiting: Iterable[Waiting]) -> list[DigestOutcome]:
    """The dry run: the digests a sweep would send — the newly owed plus the
    already claimable — one per reviewer, by user id. Pure: nothing is read or written."""
    outcomes: dict[int, DigestOutcome] = {}
    rows: dict[int, list[DigestRow]] = {}
    for item in owed:
        prediction = item.prediction
        for recipient in item.recipients:
            outcomes.setdefault(
                recipient.user_id,
                DigestOutcome(recipient.user_id, recipient.username, recipient.email, recipient.language),
            )
            rows.setdefault(recipient.user_id, []).append(
                DigestRow(
                    0, item.owed.stage.value, item.owed.round, recipient.escalation, prediction.id, prediction.claim,
                    prediction.claim_zh, prediction.resolve_on, prediction.speaker_name,
                    prediction.speaker_name_original,
                    email=recipient.email, proposal_id=item.owed.proposal_id,
                )
            )  # fmt: skip
    for reminder in waiting:
        outcomes.setdefault(
            reminder.recipient_id,
            DigestOutcome(reminder.recipient_id, reminder.username, reminder.row.email, reminder.language),
        )
        rows.setdefault(reminder.recipient_id, []).append(reminder.row)
    limit = settings.HINDSIGHT_REMINDER_DIGEST_MAX_ITEMS
    for user_id, outcome in outcomes.items():
        listed = sorted(rows[user_id], key=urgency_key)[:limit]
        outcome.items = digest_items(listed, outcome.language)
        outcome.more = len(rows[user_id]) - len(listed)
        outcome.status = DigestStatus.WOULD_SEND
    return [outcomes[user_id] for user_id in sorted(outcomes)]
