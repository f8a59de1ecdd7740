"""The reminder sweep, top-down: find what is owed → record it once → send each reviewer's digest.

``reminders_sweep`` is what the hourly Celery task and ``manage.py
send_due_reminders`` run. It is deliberately not one transaction: the rows it
records and claims must be committed (visible to every other sweep) before
any e-mail leaves, so a crash at any point leaves a state the next sweep
finishes — see ``planning`` (find, record once) and ``sending`` (claim,
render, send, log).

Reminders are derived from the database on every sweep, never from delayed
broker messages: a lost or repeated task costs nothing but a sweep.
"""

from __future__ import annotations

import datetime
from collections import Counter
from dataclasses import dataclass, field

from django.core.mail.backends.base import BaseEmailBackend
from django.utils import timezone

from tracker.services.reminders.claims import claimable_rows
from tracker.services.reminders.digests import DigestOutcome, DigestStatus, preview
from tracker.services.reminders.planning import OwedReminder, reminders_find, reminders_record
from tracker.services.reminders.sending import digests_send


@dataclass
class SweepReport:
    now: datetime.datetime
    dry_run: bool
    owed_by_stage: Counter[str] = field(default_factory=Counter)
    reminders_created: int = 0
    due_events: int = 0
    unreachable: list[str] = field(default_factory=list)
    digests: list[DigestOutcome] = field(default_factory=list)

    def count(self, status: DigestStatus) -> int:
        return sum(1 for digest in self.digests if digest.status == status)


def _described(item: OwedReminder) -> str:
    owed = item.owed
    number = f"proposal {owed.proposal_id}" if owed.proposal_id is not None else f"#{owed.round}"
    return f"{owed.stage} {number}: {item.prediction.claim}"


def reminders_sweep(
    *, now: datetime.datetime | None = None, dry_run: bool = False, connection: BaseEmailBackend | None = None
) -> SweepReport:
    """One sweep. Steps:

    1. **find** what the policy says is owed at ``now`` (an indexed due scan;
       ``planning.reminders_find``), and who can be told;
    2. **record** each owed round once — reminder rows unique per (prediction,
       stage, round or proposal, recipient) — and one ``prediction.due`` outbox
       event for each prediction first seen due (``planning.reminders_record``);
    3. **send** one digest to each reviewer with claimable reminders (new
       ones, ones whose back-off has passed, ones a dead worker left
       "sending"): claim, render, send, log (``sending.digests_send``).

    With ``dry_run``, stop after 1 and preview what 2 and 3 would do.
    """
    now = now or timezone.now()
    plan = reminders_find(now=now)
    report = SweepReport(now=now, dry_run=dry_run, unreachable=[_described(item) for item in plan.unreachable])
    if dry_run:
        report.owed_by_stage.update(str(item.owed.stage) for item in plan.owed)
        report.due_events = len(plan.newly_due)
        report.reminders_created = sum(len(item.recipients) for item in plan.owed)
        report.digests = preview(plan.owed, claimable_rows())
        return report
    recorded = reminders_record(plan=plan)
    report.owed_by_stage.update(str(item.owed.stage) for item in recorded.rounds)
    report.reminders_created = recorded.reminders_created
    report.due_events = recorded.due_events
    report.digests = digests_send(connection=connection, directory=plan.directory)
    return report
