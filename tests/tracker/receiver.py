"""A real HTTP receiver on loopback for webhook tests (http.server in a thread).

It answers each request with the next status of its script (then 200), keeps
every request it got, and lets a test wait for the n-th one.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: str
    status: int


@dataclass
class Receiver:
    url: str
    script: list[int]
    requests: list[Received] = field(default_factory=list)
    arrived: threading.Condition = field(default_factory=threading.Condition)
    redirect_to: str | None = None

    def wait_for(self, count: int, timeout: float) -> bool:
        with self.arrived:
            return self.arrived.wait_for(lambda: len(self.requests) >= count, timeout=timeout)


def verify_signature(secret: str, received: Received) -> bool:
    """Standard Webhooks verification, written from the spec (not our signing code)."""
    key = base64.b64decode(secret.removeprefix("whsec_"))
    signed = f"{received.headers['webhook-id']}.{received.headers['webhook-timestamp']}.{received.body}"
    expected = base64.b64encode(hmac.new(key, signed.encode(), hashlib.sha256).digest()).decode()
    signatures = [part.split(",", 1)[1] for part in received.headers["webhook-signature"].split(" ")]
    return any(hmac.compare_digest(expected, signature) for signature in signatures)


@contextmanager
def running_receiver(
    script: list[int] | None = None, redirect_to: str | None = None, port: int = 0
) -> Iterator[Receiver]:
    """A receiver on ``port`` (a free one by default; a fixed one lets a test bring the same URL back up)."""
    receiver = Receiver(url="", script=list(script or []), redirect_to=redirect_to)

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            body = self.rfile.read(length).decode()
            status = receiver.script.pop(0) if receiver.script else 200
            self.send_response(status)
            if receiver.redirect_to and 300 <= status < 400:
                self.send_header("Location", receiver.redirect_to)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"ok")
            with receiver.arrived:
                receiver.requests.append(
                    Received(self.path, {k.lower(): v for k, v in self.headers.items()}, body, status)
                )
                receiver.arrived.notify_all()

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    receiver.url = f"http://127.0.0.1:{server.server_address[1]}/hooks"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield receiver
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
