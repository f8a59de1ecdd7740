"""A big backlog through a strict mail server (issue 9, finding 11).

aiosmtpd, like many real servers, refuses a line over 1,000 octets
(RFC 5321 §4.5.3.1.6) with "500 Line too long". A digest lists at most
``HINDSIGHT_REMINDER_DIGEST_MAX_ITEMS`` reminders, the most urgent first, and
counts and links the rest; those stay owed and go out, in the same order,
with the next sweeps. No line of a message reaches 998 octets, whatever the
limit is set to.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from email.message import Message
from typing import Any
from urllib.parse import urlsplit

import pytest
import time_machine
from django.contrib.auth.models import User
from django.core import mail
from django.test import Client

from tests.support.smtp import SmtpSink, reminder_ids
from tests.tracker.helpers import TODAY, predictions_in_bulk, send_through
from tracker.models import Delivery, DeliveryState, Reminder, ReminderState
from tracker.services.reminders.sweep import reminders_sweep

pytestmark = pytest.mark.django_db

STAGE_RANK = {"confirm": 0, "overdue": 1, "due": 2, "upcoming": 3}
# A claim at the field's limit: the text part's lines get long.
LONG_CLAIM = ("The share of battery-electric cars among new cars sold in the EU exceeds half " * 7)[:500]


@pytest.fixture
def strict_smtp(settings: Any) -> Any:
    """An aiosmtpd server with its default limits, and the SMTP backend pointed at it."""
    with SmtpSink() as sink:
        send_through(settings, sink)
        yield sink


def urgency_order(reminders: list[Reminder]) -> list[int]:
    """What the digests promise: proposals waiting for a second reviewer, then overdue,
    due and upcoming reminders; in each, the oldest resolve-on date first."""
    ordered = sorted(reminders, key=lambda r: (STAGE_RANK[r.stage], r.prediction.resolve_on, r.prediction_id, r.pk))
    return [reminder.pk for reminder in ordered]


def longest_line(raw: bytes) -> int:
    return max(len(line) for line in raw.split(b"\r\n"))


def text_part(message: Message, subtype: str) -> str:
    part = next(part for part in message.walk() if part.get_content_type() == f"text/{subtype}")
    payload = part.get_payload(decode=True)
    assert isinstance(payload, bytes)
    return payload.decode("utf-8")


def test_two_thousand_owed_go_through_a_strict_server_fifty_at_a_time(
    frozen_now: datetime.datetime, reviewer: User, strict_smtp: SmtpSink
) -> None:
    # Due 1 to 400 days ago, shuffled: due and overdue stages, in no particular id order.
    predictions_in_bulk(
        2000, resolve_on=lambda n: TODAY - datetime.timedelta(days=1 + (n * 7919) % 400), reviewers=[reviewer]
    )
    from predictions.models import Prediction

    Prediction.objects.filter(pk__in=Prediction.objects.order_by("pk").values("pk")[:10]).update(claim=LONG_CLAIM)

    first = reminders_sweep()

    assert strict_smtp.handler.count() == 1, [d.error for d in first.digests]
    assert not Reminder.objects.filter(state=ReminderState.FAILED).exists()
    assert [(d.status, len(d.items), d.more) for d in first.digests] == [("sent", 50, 1950)]
    raw = strict_smtp.handler.raw[0]
    assert longest_line(raw) < 998
    message = strict_smtp.handler.messages()[0]
    everything = list(Reminder.objects.select_related("prediction"))
    expected = urgency_order(everything)
    assert reminder_ids(message) == sorted(expected[:50])
    assert message["Subject"] == "Hindsight: 2,000 predictions waiting for your judgement"
    text, html = text_part(message, "plain"), text_part(message, "html")
    assert len(re.findall(r"^\d+\. \[", text, flags=re.MULTILINE)) == 50
    assert "and 1,950 more" in text and "and 1,950 more" in html
    assert "the next reminder e-mails" in text
    # Still owed: not failed, not lost, and not claimed.
    states = Counter(Reminder.objects.values_list("state", flat=True))
    assert states == {ReminderState.SENT: 50, ReminderState.PENDING: 1950}

    # The link shows the reviewer's queue: exactly the 1,950, the next ones on top.
    link = re.search(r"https?://\S+/admin/tracker/reminder/\S*", text)
    assert link is not None
    client = Client()
    client.force_login(reviewer)
    queue = client.get(urlsplit(link.group(0)).path + "?" + urlsplit(link.group(0)).query)
    assert queue.status_code == 200
    assert queue.context["cl"].result_count == 1950
    assert [row.pk for row in queue.context["cl"].result_list[:50]] == expected[50:100]

    with time_machine.travel(frozen_now + datetime.timedelta(hours=1), tick=False):
        second = reminders_sweep()
    assert [(len(d.items), d.more) for d in second.digests] == [(50, 1900)]
    assert reminder_ids(strict_smtp.handler.messages()[1]) == sorted(expected[50:100])

    # A larger limit drains the rest: a thousand ids are still a folded header, no long line.
    from django.conf import settings

    settings.HINDSIGHT_REMINDER_DIGEST_MAX_ITEMS = 1000
    for hours in (2, 3, 4):
        with time_machine.travel(frozen_now + datetime.timedelta(hours=hours), tick=False):
            reminders_sweep()
    assert strict_smtp.handler.count() == 4
    assert all(longest_line(raw) < 998 for raw in strict_smtp.handler.raw)
    sent = Counter(rid for message in strict_smtp.handler.messages() for rid in reminder_ids(message))
    assert set(sent) == set(expected) and max(sent.values()) == 1  # every one, once
    assert [rid for message in strict_smtp.handler.messages() for rid in sorted(reminder_ids(message))] == [
        rid for batch in (expected[:50], expected[50:100], expected[100:1100], expected[1100:]) for rid in sorted(batch)
    ]
    assert Counter(Reminder.objects.values_list("state", flat=True)) == {ReminderState.SENT: 2000}
    assert list(Delivery.objects.order_by("pk").values_list("state", "item_count")) == [
        (DeliveryState.SENT, 50),
        (DeliveryState.SENT, 50),
        (DeliveryState.SENT, 1000),
        (DeliveryState.SENT, 900),
    ]


def test_what_is_resolved_while_it_waits_in_the_queue_is_not_reminded(
    frozen_now: datetime.datetime, reviewer: User, second_reviewer: User, settings: Any
) -> None:
    from tests.factories import final_resolution_for
    from tests.tracker.helpers import due_prediction
    from tracker.services.reminders.claims import owed_to

    settings.HINDSIGHT_REMINDER_DIGEST_MAX_ITEMS = 1
    oldest, resolved_meanwhile, newest = (due_prediction(days_ago=days) for days in (5, 4, 3))
    reminders_sweep()  # each reviewer: the oldest listed, two more owed
    assert [m.to[0] for m in mail.outbox] == ["ada@example.org", "bao@example.org"]
    assert all("and 2 more" in m.body for m in mail.outbox)

    final_resolution_for(resolved_meanwhile)  # a reviewer worked through the queue
    ada_queue = Client()
    ada_queue.force_login(reviewer)
    page = ada_queue.get("/admin/tracker/reminder/?owed_to=me")
    assert [row.prediction_id for row in page.context["cl"].result_list] == [newest.pk]  # only Ada's, still owed
    with time_machine.travel(frozen_now + datetime.timedelta(hours=1), tick=False):
        later = reminders_sweep()

    assert [(d.username, [i.prediction_id for i in d.items], d.more) for d in later.digests] == [
        ("ada", [newest.pk], 0),
        ("bao", [newest.pk], 0),
    ]
    assert "more" not in mail.outbox[-1].body
    with time_machine.travel(frozen_now + datetime.timedelta(hours=2), tick=False):
        assert reminders_sweep().digests == []
    # Not sent, and not failed either: the log keeps it as it was.
    unsent = Reminder.objects.filter(prediction=resolved_meanwhile)
    assert set(unsent.values_list("state", flat=True)) == {ReminderState.PENDING}
    assert not owed_to(reviewer.pk).exists()
    assert oldest.reminders.filter(state=ReminderState.SENT).count() == 2
