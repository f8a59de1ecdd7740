"""The reviewers' admin. Importing the modules registers their ModelAdmins."""

from __future__ import annotations

from predictions.admin import prediction, reference, tokens  # noqa: F401
