"""Signals the ledger sends. ``predictions`` never imports ``tracker``;
the tracker listens here instead.

``outbox_committed`` is sent after the transaction that wrote an outbox row
commits (never for a rolled-back one), with ``event_id``. It is a latency
hint only: the tracker's periodic relay publishes every row anyway.
"""

from __future__ import annotations

from django.dispatch import Signal

outbox_committed = Signal()
