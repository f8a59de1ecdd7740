"""The tracker's models. One module per idea; import them from here.

- ``webhooks``: integrators' endpoints and the delivery log.
"""

from __future__ import annotations

from tracker.models.webhooks import DeliveryState, WebhookAttempt, WebhookDelivery, WebhookEndpoint

__all__ = ["DeliveryState", "WebhookAttempt", "WebhookDelivery", "WebhookEndpoint"]
