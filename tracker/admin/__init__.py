"""The tracker's admin. Importing the modules registers their ModelAdmins."""

from __future__ import annotations

from tracker.admin import notices, people, reminders, webhooks  # noqa: F401
