"""Webhook endpoints and deliveries: register, deliver, retry, disable.

Deliveries follow the Standard Webhooks spec (headers ``webhook-id``,
``webhook-timestamp``, ``webhook-signature``; see ``webhook_http``). Each
attempt is claimed with a compare-and-set UPDATE that must touch exactly one
row, logged ("sending") before the request and updated after, so two workers
or a re-queued task cannot send the same attempt twice and a killed worker
loses nothing (a claim older than ``STALE_CLAIM`` is taken again).

Retries are derived from the database (``next_attempt_at``, scanned by the
periodic sweep), never from Celery countdowns, and keep the same webhook-id.

An endpoint is disabled only when every attempt has failed for
``WEBHOOKS_DISABLE_AFTER_HOURS`` (a day by default, as the big webhook senders
do), not after a number of failures — a short outage with many events must not
do it. Nothing is cancelled then: deliveries wait, and re-enabling the
endpoint sends every one it missed in the last ``WEBHOOKS_REDELIVER_MISSED_DAYS``
under its original webhook-id.
"""

from __future__ import annotations

import datetime
import logging
from dataclasses import dataclass
from typing import Any

import orjson
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import F, Q
from django.template.loader import render_to_string
from django.utils import timezone

from predictions.outbox import EVENT_TYPES
from tracker.models import WebhookAttempt, WebhookDelivery, WebhookDeliveryState, WebhookEndpoint
from tracker.services import webhook_http

logger = logging.getLogger(__name__)

PING_EVENT = "webhook.ping"
# Delay before attempt 2, 3, …: about a day in all (23 h 36 min over 10 attempts).
RETRY_DELAYS = (
    datetime.timedelta(seconds=10),
    datetime.timedelta(minutes=1),
    datetime.timedelta(minutes=5),
    datetime.timedelta(minutes=30),
    datetime.timedelta(hours=1),
    datetime.timedelta(hours=2),
    datetime.timedelta(hours=4),
    datetime.timedelta(hours=8),
    datetime.timedelta(hours=8),
)
MAX_ATTEMPTS = len(RETRY_DELAYS) + 1
# Longer than any attempt can take (the HTTP timeout is seconds): a "sending"
# claim this old belongs to a worker that died.
STALE_CLAIM = datetime.timedelta(minutes=5)


# --- endpoints -------------------------------------------------------------------
def _clean_endpoint(url: str, events: list[str]) -> None:
    errors: dict[str, str] = {}
    problem = webhook_http.literal_target_problem(url)
    if problem:
        errors["url"] = problem
    unknown = sorted(set(events) - set(EVENT_TYPES))
    if unknown or not events:
        errors["events"] = f"Choose one or more of: {', '.join(EVENT_TYPES)}."
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def webhook_endpoint_register(*, owner: Any, url: str, events: list[str], description: str = "") -> WebhookEndpoint:
    """Register an endpoint. Steps: check the URL (scheme, no literal private
    address; the DNS check happens on every connection) and the event names;
    draw a ``whsec_`` secret; save. The caller shows the secret once."""
    _clean_endpoint(url, events)
    endpoint = WebhookEndpoint(
        owner=owner, url=url, events=sorted(set(events)), description=description, secret=webhook_http.new_secret()
    )
    endpoint.full_clean()
    endpoint.save()
    return endpoint


@transaction.atomic
def webhook_endpoint_update(*, endpoint: WebhookEndpoint, changes: dict[str, Any]) -> WebhookEndpoint:
    """Change URL, events, description; ``is_active=True`` re-enables a disabled
    endpoint, starts its failure count afresh and queues what it missed."""
    locked = WebhookEndpoint.objects.select_for_update().get(pk=endpoint.pk)
    for name in ("url", "events", "description"):
        if name in changes:
            setattr(locked, name, changes[name])
    locked.events = sorted(set(locked.events))
    _clean_endpoint(locked.url, locked.events)
    re_enabled = changes.get("is_active") is True and not locked.is_active
    if re_enabled:
        locked.is_active, locked.disabled_at, locked.disabled_reason = True, None, ""
        locked.consecutive_failures, locked.failing_since = 0, None
    elif changes.get("is_active") is False and locked.is_active:
        _disable(locked, reason="Disabled by its owner.", notify=False)
    locked.full_clean()
    locked.save()
    if re_enabled:
        _redeliver_missed(locked, now=timezone.now())
    return locked


@transaction.atomic
def webhook_endpoint_delete(*, endpoint: WebhookEndpoint) -> None:
    endpoint.delete()


def redelivery_window() -> datetime.timedelta:
    return datetime.timedelta(days=settings.WEBHOOKS_REDELIVER_MISSED_DAYS)


def _disable(endpoint: WebhookEndpoint, *, reason: str, notify: bool, now: datetime.datetime | None = None) -> None:
    """Stop attempting; pending deliveries wait (and the relay keeps queueing
    new ones) for as long as a re-enabled endpoint would still get them."""
    endpoint.is_active = False
    endpoint.disabled_at = now or timezone.now()
    endpoint.disabled_reason = reason[:300]
    endpoint.save(update_fields=["is_active", "disabled_at", "disabled_reason", "updated_at"])
    if notify:
        transaction.on_commit(lambda: _tell_owner_disabled(endpoint.pk), robust=True)


def _redeliver_missed(endpoint: WebhookEndpoint, *, now: datetime.datetime) -> None:
    """A re-enabled endpoint gets what it missed: every event delivery that did not
    succeed, from the last ``WEBHOOKS_REDELIVER_MISSED_DAYS``, is due now with a fresh
    retry schedule and its original webhook-id; older pending ones are cancelled."""
    window_start = now - redelivery_window()
    missed = endpoint.deliveries.exclude(event_type=PING_EVENT).filter(
        state__in=[WebhookDeliveryState.PENDING, WebhookDeliveryState.FAILED, WebhookDeliveryState.CANCELLED]
    )
    missed.filter(state=WebhookDeliveryState.PENDING, created_at__lt=window_start).update(
        state=WebhookDeliveryState.CANCELLED,
        last_error=f"Not delivered: older than {settings.WEBHOOKS_REDELIVER_MISSED_DAYS} days "
        "when the endpoint was re-enabled.",
    )
    missed.filter(created_at__gte=window_start).update(
        state=WebhookDeliveryState.PENDING,
        next_attempt_at=now,
        claimed_at=None,
        attempts_before_redelivery=F("attempts"),
    )


def _tell_owner_disabled(endpoint_id: int) -> None:
    endpoint = WebhookEndpoint.objects.select_related("owner").get(pk=endpoint_id)
    if not endpoint.owner.email:
        logger.warning("webhook endpoint %s disabled; its owner has no e-mail address", endpoint_id)
        return
    context = {
        "endpoint": endpoint,
        "site_url": settings.SITE_URL,
        "hours": settings.WEBHOOKS_DISABLE_AFTER_HOURS,
        "days": settings.WEBHOOKS_REDELIVER_MISSED_DAYS,
    }
    send_mail(
        subject=render_to_string("tracker/email/webhook_disabled_subject.txt", context).strip(),
        message=render_to_string("tracker/email/webhook_disabled_body.txt", context),
        html_message=render_to_string("tracker/email/webhook_disabled_body.html", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[endpoint.owner.email],
    )


# --- deliveries ------------------------------------------------------------------
def delivery_body(*, event_type: str, occurred_at: str, data: dict[str, Any], version: int = 1) -> str:
    """The versioned JSON payload: Standard Webhooks' ``type``/``timestamp``/``data``."""
    return orjson.dumps({"type": event_type, "timestamp": occurred_at, "version": version, "data": data}).decode()


def new_delivery(*, endpoint: WebhookEndpoint, event_type: str, body: str, event_id: int | None) -> WebhookDelivery:
    return WebhookDelivery(
        endpoint=endpoint,
        event_id=event_id,
        webhook_id=webhook_http.new_webhook_id(),
        event_type=event_type,
        body=body,
        next_attempt_at=timezone.now(),
    )


@transaction.atomic
def webhook_ping(*, endpoint: WebhookEndpoint) -> WebhookDelivery:
    """Queue a ``webhook.ping`` delivery (one attempt, no retries)."""
    body = delivery_body(
        event_type=PING_EVENT, occurred_at=timezone.now().isoformat(), data={"endpoint_id": endpoint.pk}
    )
    delivery = new_delivery(endpoint=endpoint, event_type=PING_EVENT, body=body, event_id=None)
    delivery.save()
    return delivery


def _claim(delivery_id: int, now: datetime.datetime) -> bool:
    """Compare-and-set: pending and due (or a stale claim) → sending. Exactly one row or nothing."""
    claimable = Q(state=WebhookDeliveryState.PENDING, next_attempt_at__lte=now) | Q(
        state=WebhookDeliveryState.SENDING, claimed_at__lt=now - STALE_CLAIM
    )
    updated = WebhookDelivery.objects.filter(claimable, pk=delivery_id, endpoint__is_active=True).update(
        state=WebhookDeliveryState.SENDING, claimed_at=now, attempts=F("attempts") + 1
    )
    return updated == 1


@dataclass(frozen=True)
class AttemptOutcome:
    delivery_id: int
    attempted: bool
    succeeded: bool = False
    state: str = ""


def webhook_delivery_attempt(*, delivery_id: int, now: datetime.datetime | None = None) -> AttemptOutcome:
    """Make one attempt at a delivery, if it is due and nobody else holds it. Steps:

    1. claim it (pending and due, or a stale "sending" claim) — else do nothing;
    2. log the attempt as started (committed before the request);
    3. sign and POST it (no transaction open while waiting on the network);
    4. record the result: succeeded; or pending again with the next retry time;
       or failed when the retries are used up. Note on the endpoint since when
       its attempts fail, and disable it once every attempt has failed for
       ``WEBHOOKS_DISABLE_AFTER_HOURS``.
    """
    now = now or timezone.now()
    if not _claim(delivery_id, now):
        return AttemptOutcome(delivery_id, attempted=False)
    delivery = WebhookDelivery.objects.select_related("endpoint").get(pk=delivery_id)
    endpoint = delivery.endpoint
    attempt = WebhookAttempt.objects.create(delivery=delivery, number=delivery.attempts, started_at=timezone.now())
    timestamp = int(timezone.now().timestamp())
    headers = {
        "Content-Type": "application/json",
        "User-Agent": "Hindsight-Webhooks/1",
        "webhook-id": delivery.webhook_id,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": webhook_http.sign(
            secret=endpoint.secret, webhook_id=delivery.webhook_id, timestamp=timestamp, body=delivery.body
        ),
    }
    result = webhook_http.post(
        endpoint.url, body=delivery.body, headers=headers, timeout=settings.WEBHOOKS_TIMEOUT_SECONDS
    )
    return _record(delivery, attempt, result, now)


@transaction.atomic
def _record(
    delivery: WebhookDelivery, attempt: WebhookAttempt, result: webhook_http.PostResult, now: datetime.datetime
) -> AttemptOutcome:
    finished = timezone.now()
    attempt.finished_at, attempt.status_code, attempt.error, attempt.succeeded = (
        finished,
        result.status_code,
        result.error,
        result.ok,
    )
    attempt.save()
    delivery.last_status_code, delivery.last_error, delivery.claimed_at = result.status_code, result.error, None
    endpoint = WebhookEndpoint.objects.select_for_update().get(pk=delivery.endpoint_id)
    if result.ok:
        delivery.state, delivery.delivered_at = WebhookDeliveryState.SUCCEEDED, finished
        if endpoint.consecutive_failures or endpoint.failing_since:
            endpoint.consecutive_failures, endpoint.failing_since = 0, None
            endpoint.save(update_fields=["consecutive_failures", "failing_since", "updated_at"])
    else:
        attempts_made = delivery.attempts - delivery.attempts_before_redelivery
        retries_left = delivery.event_type != PING_EVENT and attempts_made < MAX_ATTEMPTS
        if retries_left:
            delivery.state = WebhookDeliveryState.PENDING
            delivery.next_attempt_at = now + RETRY_DELAYS[attempts_made - 1]
        else:
            delivery.state = WebhookDeliveryState.FAILED
        endpoint.consecutive_failures += 1
        endpoint.failing_since = endpoint.failing_since or now
        endpoint.save(update_fields=["consecutive_failures", "failing_since", "updated_at"])
        failing_for = now - endpoint.failing_since
        if endpoint.is_active and failing_for >= datetime.timedelta(hours=settings.WEBHOOKS_DISABLE_AFTER_HOURS):
            hours = settings.WEBHOOKS_DISABLE_AFTER_HOURS
            reason = f"Every delivery attempt for {hours} hours failed ({endpoint.consecutive_failures}); last: "
            _disable(endpoint, reason=reason + result.error, notify=True, now=now)
    delivery.save()
    return AttemptOutcome(delivery.pk, attempted=True, succeeded=result.ok, state=delivery.state)


def webhook_deliveries_due(*, now: datetime.datetime | None = None, limit: int = 500) -> list[int]:
    """Ids of deliveries whose next attempt is due (or whose claim went stale),
    oldest first; served by the partial index ``webhook_delivery_due``."""
    now = now or timezone.now()
    due = Q(state=WebhookDeliveryState.PENDING, next_attempt_at__lte=now) | Q(
        state=WebhookDeliveryState.SENDING, claimed_at__lt=now - STALE_CLAIM
    )
    return list(
        WebhookDelivery.objects.filter(due, endpoint__is_active=True)
        .order_by("next_attempt_at", "id")
        .values_list("id", flat=True)[:limit]
    )
