"""An SMTP sink for the end-to-end tests (aiosmtpd on a free loopback port)."""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable
from email import message_from_bytes
from email.message import Message
from typing import Any

from aiosmtpd.controller import Controller

from tests.support.processes import free_port


class SinkHandler:
    """Accepts every message; optionally holds one mid-DATA (after ``hold_after``
    accepted ones) without answering, so a test can kill the sender right then.

    A held message is not counted: the sender never saw it accepted, and
    aiosmtpd cancels the handler when the connection drops.
    """

    def __init__(self, hold_after: int | None = None) -> None:
        self.raw: list[bytes] = []
        self.lock = threading.Lock()
        self.hold_after = hold_after
        self.holding = threading.Event()
        self.dropped = 0

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        with self.lock:
            hold = self.hold_after is not None and len(self.raw) >= self.hold_after and not self.holding.is_set()
            if hold:
                self.holding.set()
        if hold:
            try:
                await asyncio.sleep(3600)  # until the client vanishes (cancelled) or the sink stops
            except asyncio.CancelledError:
                with self.lock:
                    self.dropped += 1
                raise
            return "421 4.3.0 Held by the test"
        with self.lock:
            self.raw.append(envelope.original_content or envelope.content)
        return "250 OK"

    def messages(self) -> list[Message]:
        with self.lock:
            return [message_from_bytes(raw) for raw in self.raw]

    def count(self) -> int:
        with self.lock:
            return len(self.raw)


class FaultBeforeAccepting(SinkHandler):
    """Runs ``fault`` once, when the ``nth`` message (counting from 1) has arrived and before
    the sender hears 250: the moment between "the server has it" and "the sender knows"."""

    def __init__(self, nth: int, fault: Callable[[], object]) -> None:
        super().__init__()
        self.nth, self.fault = nth, fault
        self.fault_ran = threading.Event()

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.count() + 1 == self.nth and not self.fault_ran.is_set():
            await asyncio.to_thread(self.fault)
            self.fault_ran.set()
        return await super().handle_DATA(server, session, envelope)


class SmtpSink:
    """aiosmtpd with its default limits (a line over 1,000 octets is refused, as RFC 5321 allows)."""

    def __init__(self, hold_after: int | None = None, handler: SinkHandler | None = None) -> None:
        logging.getLogger("mail.log").setLevel(logging.WARNING)  # aiosmtpd logs every SMTP command
        self.port = free_port()
        self.handler = handler or SinkHandler(hold_after)
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port)

    def __enter__(self) -> SmtpSink:
        self.controller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.controller.stop()


def reminder_ids(message: Message) -> list[int]:
    return [int(value) for value in str(message["X-Hindsight-Reminders"]).split(",")]
