"""Low-latency relay: when an outbox row commits, queue a relay run at once.

Best effort by design: when the broker is down the publish fails fast
(no retries: the web request must not hang) and is only logged; the periodic
``tracker.relay_outbox`` beat entry publishes the row once the broker is back.
"""

from __future__ import annotations

import logging
from typing import Any

from predictions.signals import outbox_committed

logger = logging.getLogger(__name__)


def relay_soon(sender: Any, event_id: int, **kwargs: Any) -> None:
    from tracker.tasks.webhooks import relay_outbox

    try:
        relay_outbox.apply_async(retry=False)
    except Exception as error:  # kombu raises transport-specific errors
        logger.warning(
            "outbox event %s: relay not queued now (%s); the periodic relay will pick it up", event_id, error
        )


def connect() -> None:
    outbox_committed.connect(relay_soon, dispatch_uid="tracker.relay_soon")
