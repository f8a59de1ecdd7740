"""Whether the interface speaks Chinese now: one test for the public pages (``site.localization``) and for the names
models give themselves in the reviewers' admin (``Topic``, ``Source``)."""

from __future__ import annotations

from django.utils import translation


def is_chinese() -> bool:
    return (translation.get_language() or "").startswith("zh")
