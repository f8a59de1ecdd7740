"""kombu's filesystem transport as the embedded default (``make run``) needs it.

The stock transport has two habits that get in the way of a process manager
that stops everything on Ctrl-C (honcho: SIGTERM, then SIGKILL after 5 s):

- It has no event loop, so a Celery worker drains it with
  ``drain_events(timeout=2.0)``, polling the directory every second, and after a
  shutdown signal runs one more such cycle before its warm shutdown begins:
  2–4 s lost, often past honcho's 5 s. Here draining gives up as soon as the
  worker is stopping, and the directory is polled every 0.1 s (which also
  starts a queued task within 0.1 s instead of a second).
- Its connection parameters name a default host, so kombu logs "No hostname
  was supplied. Reverting to default 'localhost'" on every connection. A
  directory has no host.
- It creates a message file under its final name and only then writes it, so a
  worker polling the folder can take the file while it is still empty: the
  worker died on the empty message ("JSONDecodeError … char 0") when a reviewer
  saved a dozen sources in quick succession, and honcho stopped the whole site
  with it. Here a message is written under a name the reader skips and renamed
  into place when complete (a rename within a folder is atomic).

``config.settings`` selects this class for ``filesystem://`` broker URLs.
"""

from __future__ import annotations

import os
import time
import uuid
from typing import Any

from celery.worker import state as worker_state
from kombu.exceptions import ChannelError
from kombu.transport import filesystem
from kombu.utils.encoding import str_to_bytes
from kombu.utils.json import dumps

# How long one wait for a message may last before the worker's stop flag is
# looked at again; short enough that shutdown starts at once.
DRAIN_SLICE_SECONDS = 0.25


def worker_is_stopping() -> bool:
    """True once this process is a Celery worker that received a warm or cold shutdown signal."""
    # Celery's own test (state.maybe_shutdown): the flags hold an exit code, and 0 means "stop".
    return any(
        flag is not None and flag is not False for flag in (worker_state.should_stop, worker_state.should_terminate)
    )


class FilesystemChannel(filesystem.Channel):
    # The stubs of kombu name the second parameter differently in the two bases (message, payload).
    def _put(self, queue: str, payload: Any, **kwargs: Any) -> None:  # type: ignore[override]
        """Put a message on ``queue`` as the stock channel does, but whole: written as ``….msg.part`` (the reader
        only takes names ending in ``<queue>.msg``) and renamed to ``….msg`` once written."""
        name = f"{round(time.monotonic() * 1000)}_{uuid.uuid4()}.{queue}.msg"
        final = os.path.join(self.data_folder_out, name)
        partial = f"{final}.part"
        try:
            with open(partial, "wb") as file:
                file.write(str_to_bytes(dumps(payload)))
            os.replace(partial, final)
        except OSError as exc:
            raise ChannelError(f"Cannot add file {final!r} to directory") from exc


class FilesystemTransport(filesystem.Transport):
    Channel = FilesystemChannel
    polling_interval = 0.1

    @property
    def default_connection_params(self) -> dict[str, Any]:
        return {"port": self.default_port}

    def drain_events(self, connection: Any, timeout: float | None = None, **kwargs: Any) -> None:
        """Wait for messages as the stock transport does, in short slices, and stop waiting
        (``TimeoutError``, as when nothing came) once the worker is shutting down."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while not worker_is_stopping():
            remaining = None if deadline is None else deadline - time.monotonic()
            if remaining is not None and remaining <= 0:
                break
            try:
                super().drain_events(
                    connection,
                    timeout=DRAIN_SLICE_SECONDS if remaining is None else min(DRAIN_SLICE_SECONDS, remaining),
                )
                return
            except TimeoutError:
                continue
        raise TimeoutError()
