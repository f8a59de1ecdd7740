"""Run one reminder sweep now, without Celery (cron-friendly)."""

from __future__ import annotations

import datetime
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from predictions.display import countdown
from tracker.services.reminders.digests import DigestStatus
from tracker.services.reminders.sweep import SweepReport, reminders_sweep


def parse_now(value: str) -> datetime.datetime:
    """An ISO-8601 instant; without an offset it is read in the site's time zone."""
    try:
        if not value.strip():
            raise ValueError("empty")
        parsed = datetime.datetime.fromisoformat(value)
    except ValueError:
        raise CommandError(
            f"--now {value!r} is not an ISO-8601 date-time. Example: --now 2026-01-01T09:00:00Z"
        ) from None
    if parsed.tzinfo is None:
        parsed = timezone.make_aware(parsed)
    return parsed


def when(resolve_on: datetime.date, today: datetime.date) -> str:
    return f"resolve on {resolve_on.isoformat()} ({countdown(resolve_on, today)})"


class Command(BaseCommand):
    help = (
        "Run one reminder sweep synchronously: record what is owed and send one digest per reviewer. "
        "Safe to run while the Celery beat runs too: nothing is sent twice."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--dry-run", action="store_true", help="Print what would be sent; change nothing.")
        parser.add_argument(
            "--now", metavar="ISO-8601", help="Pretend it is this instant, e.g. 2026-01-01T09:00:00Z (default: now)."
        )

    def handle(self, *args: Any, dry_run: bool = False, now: str | None = None, **options: Any) -> None:
        instant = parse_now(now) if now is not None else timezone.now()
        report = reminders_sweep(now=instant, dry_run=dry_run)
        self.print_report(report)

    def print_report(self, report: SweepReport) -> None:
        write = self.stdout.write
        today = timezone.localtime(report.now).date()
        mode = "Dry run — nothing was recorded or sent" if report.dry_run else "Sweep"
        write(f"{mode} at {report.now.isoformat()}")
        verb = "would be owed" if report.dry_run else "recorded"
        stages = ", ".join(f"{stage} {count}" for stage, count in sorted(report.owed_by_stage.items())) or "none"
        write(f"Reminder rounds {verb}: {stages}; reminders: {report.reminders_created}")
        write(f"Predictions newly due (prediction.due events): {report.due_events}")
        for line in report.unreachable:
            write(self.style.WARNING(f"Owed but no reviewer can be reached: {line}"))
        if not report.digests:
            write("Digests: none (nothing is waiting to be sent).")
            return
        write(f"Digests ({len(report.digests)}):")
        for digest in report.digests:
            status = digest.status if not digest.error else f"{digest.status}: {digest.error}"
            ok = digest.status in {DigestStatus.SENT, DigestStatus.WOULD_SEND}
            style = self.style.SUCCESS if ok else self.style.ERROR
            write(
                style(f"  {digest.username} <{digest.email}> [{digest.language}] {len(digest.items)} item(s), {status}")
            )
            for item in digest.items:
                label = f"{item.stage} #{item.round}" if item.stage == "overdue" else item.stage
                write(f"    - [{label}] {item.claim} — {item.speaker}, {when(item.resolve_on, today)}")
            if digest.more:
                write(f"    … and {digest.more:,} more, still owed: the next sweeps send them, the most urgent first")
        write(
            f"Totals: sent {report.count(DigestStatus.SENT)}, would send {report.count(DigestStatus.WOULD_SEND)}, "
            f"retrying {report.count(DigestStatus.RETRYING)}, failed {report.count(DigestStatus.FAILED)}"
        )
