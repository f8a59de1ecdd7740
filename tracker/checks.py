"""System checks for the tracker's settings."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.checks import CheckMessage, Warning, register


@register()
def claim_timeout_outlives_the_sweep(app_configs: Any = None, **kwargs: Any) -> list[CheckMessage]:
    """A claim must not look stale while its sender may still be alive."""
    from tracker.tasks.reminders import SWEEP_TIME_LIMIT

    timeout = settings.HINDSIGHT_REMINDER_CLAIM_TIMEOUT
    if timeout > SWEEP_TIME_LIMIT:
        return []
    return [
        Warning(
            f"HINDSIGHT_REMINDER_CLAIM_TIMEOUT is {timeout} s, not above the sweep task's hard time limit "
            f"({SWEEP_TIME_LIMIT} s).",
            hint="A slow but living sweep could see its claim taken over and a digest sent twice. Raise it.",
            id="tracker.W001",
        )
    ]
