"""Thin tasks around the reminder sweep.

Both send e-mail, so both are ``acks_late`` with ``reject_on_worker_lost``: a
worker that dies mid-task leaves the message to be delivered again, and the
database (claims with a timeout) makes the second run finish the job rather
than repeat it. The hard time limit stays below
``HINDSIGHT_REMINDER_CLAIM_TIMEOUT`` (900 s by default), so a claim is never
taken over from a sender that is still alive.
"""

from __future__ import annotations

from typing import Any

from celery import Task, shared_task
from celery.utils.time import get_exponential_backoff_interval
from django.db import connections, transaction

from tracker.services.reminders.digests import DigestStatus
from tracker.services.reminders.sending import DATABASE_CONNECTION_ERRORS, digests_send
from tracker.services.reminders.sweep import reminders_sweep

SWEEP_TIME_LIMIT = 600
DIGEST_TIME_LIMIT = 120
# A task that dies on a lost database connection (PostgreSQL restarting, failing
# over) is retried after 10, 20, 40 … seconds, at most 5 minutes apart, 8 times
# (about 20 minutes); then the next beat tick takes over.
DATABASE_RETRY_FIRST = 10
DATABASE_RETRY_MAX = 300
DATABASE_RETRIES = 8


def _same_queue(task: Task) -> dict[str, Any]:
    """Follow-up tasks go where this one came from (a deployment may route by queue)."""
    routing_key = (task.request.delivery_info or {}).get("routing_key")
    return {"queue": routing_key} if routing_key else {}


def _retry_after_database_error(task: Task, error: Exception) -> Exception:
    """Close the broken connections, then ask Celery to run the task again after the back-off.

    Safe to repeat: a sweep finishes what an interrupted one left (claims,
    stale claims), and reminders are derived from the database anyway.
    """
    connections.close_all()  # the next attempt opens new ones, in this process or another
    countdown = get_exponential_backoff_interval(
        factor=DATABASE_RETRY_FIRST, retries=task.request.retries, maximum=DATABASE_RETRY_MAX
    )
    return task.retry(exc=error, countdown=countdown, max_retries=DATABASE_RETRIES)


# Both send e-mail: acknowledged late, delivered again when a worker dies (see above).
SENDS_EMAIL: dict[str, Any] = {"bind": True, "acks_late": True, "reject_on_worker_lost": True, "ignore_result": True}


@shared_task(
    name="tracker.sweep_reminders", time_limit=SWEEP_TIME_LIMIT, soft_time_limit=SWEEP_TIME_LIMIT - 60, **SENDS_EMAIL
)
def sweep_reminders(self: Task) -> dict[str, Any]:
    """Run one sweep (beat schedules it hourly); queue a retry for each
    reviewer whose digest failed for a temporary reason. Retried with
    back-off when the database connection fails."""
    try:
        report = reminders_sweep()
    except DATABASE_CONNECTION_ERRORS as error:
        raise _retry_after_database_error(self, error) from error
    for outcome in report.digests:
        if outcome.status == DigestStatus.RETRYING and outcome.retry_in is not None:
            send_reminder_digest.apply_async(
                args=(outcome.recipient_id,), countdown=outcome.retry_in, **_same_queue(self)
            )
    return {
        "owed": dict(report.owed_by_stage),
        "reminders": report.reminders_created,
        "due_events": report.due_events,
        "sent": report.count(DigestStatus.SENT),
        "retrying": report.count(DigestStatus.RETRYING),
        "failed": report.count(DigestStatus.FAILED),
    }


@shared_task(
    name="tracker.send_reminder_digest",
    time_limit=DIGEST_TIME_LIMIT,
    soft_time_limit=DIGEST_TIME_LIMIT - 30,
    max_retries=None,  # the database counts attempts and gives up (sending.MAX_ATTEMPTS)
    **SENDS_EMAIL,
)
def send_reminder_digest(self: Task, user_id: int) -> str:
    """Send a reviewer's claimable reminders now; retry with back-off while
    the failure is temporary. A lost retry message costs nothing: the rows
    stay pending and the next sweep sends them."""
    try:
        outcomes = digests_send(recipient_ids=[user_id])
    except DATABASE_CONNECTION_ERRORS as error:
        raise _retry_after_database_error(self, error) from error
    if outcomes and outcomes[0].status == DigestStatus.RETRYING and outcomes[0].retry_in is not None:
        raise self.retry(countdown=outcomes[0].retry_in)
    return str(outcomes[0].status) if outcomes else "nothing to send"


def queue_digests(user_ids: list[int]) -> None:
    """Queue one digest task per reviewer once the current transaction commits."""
    for user_id in user_ids:
        transaction.on_commit(lambda user_id=user_id: send_reminder_digest.delay(user_id))  # type: ignore[misc]
