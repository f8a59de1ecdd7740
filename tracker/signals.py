"""Low-latency relay: when an outbox row commits, queue a relay run at once.

Best effort by design, and bounded: the publish runs in the web request that
committed the change, so it gets its own broker connection with a one-second
limit on connecting and on every socket operation, and no retries. When the
broker is down it gives up at once and only logs; the periodic
``tracker.relay_outbox`` beat entry publishes the row once the broker is back.
(Celery's pooled connection retried for about six seconds, and waited forever
on a broker that accepted the connection but never answered.)
"""

from __future__ import annotations

import logging
from typing import Any

from predictions.signals import outbox_committed

logger = logging.getLogger(__name__)

PUBLISH_TIMEOUT_SECONDS = 1
# Understood by the Redis transport (socket_*) and by py-amqp / kombu's failover (max_retries).
_BOUNDED = {
    "socket_connect_timeout": PUBLISH_TIMEOUT_SECONDS,
    "socket_timeout": PUBLISH_TIMEOUT_SECONDS,
    "max_retries": 0,
}


def relay_soon(sender: Any, event_id: int, **kwargs: Any) -> None:
    from tracker.tasks.webhooks import relay_outbox

    try:
        with relay_outbox.app.connection_for_write(
            connect_timeout=PUBLISH_TIMEOUT_SECONDS, transport_options=_BOUNDED
        ) as connection:
            connection.ensure_connection(max_retries=0, timeout=PUBLISH_TIMEOUT_SECONDS)
            # "connection" is a documented apply_async option that celery-types does not list.
            relay_outbox.apply_async(connection=connection, retry=False)  # type: ignore[call-arg]
    except Exception as error:  # kombu raises transport-specific errors
        logger.warning(
            "outbox event %s: relay not queued now (%s); the periodic relay will pick it up", event_id, error
        )


def connect() -> None:
    outbox_committed.connect(relay_soon, dispatch_uid="tracker.relay_soon")
