"""Rendered parts of public pages kept under the version of what they show (issue 14).

The page cache (``page_cache``) keeps whole pages under the versions of what
they show, so a write refreshes only the pages it affects; but a page that is
refreshed — and every page after a change to a source, a topic or a deletion,
which start a new generation — is rendered afresh. A prediction's page spent
most of that render on its own body — the quote, the facts, the verdict and
its evidence, the public history, the ClaimReview JSON-LD — which changes only
when the prediction does.

So the body is kept under the page's **stamp**, read from the database on
every render (``selectors.predictions.prediction_page_stamp``: the
prediction's version, its speaker's and source's last change, its public
resolutions), plus the day, the language and the page's address. Nothing
needs to announce a change: a write that changes what the body shows changes
the stamp in the same commit, so no reader can get an old verdict. What the
stamp does not follow (a topic renamed, a reviewer's display name) is bounded
by ``TTL``, like everything in ``public_cache``.

The setting ``HINDSIGHT_FRAGMENT_CACHE = False`` turns it off (the benchmarks
measure both; read with a default here, not declared in ``config/settings.py``,
which is at its size limit). A cache that is down costs speed, never the page.
"""

from __future__ import annotations

import hashlib
import logging
import uuid
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.core.cache import cache

from predictions.public_cache import TTL

logger = logging.getLogger(__name__)

# Part of every key. Constant in production; the test suite starts each test with
# a new one (tests/conftest.py), since its rolled-back rows reuse ids and frozen clocks.
namespace = "1"


def forget_all() -> None:
    """Never read the fragments kept so far again (tests: rolled-back data)."""
    global namespace
    namespace = uuid.uuid4().hex


def enabled() -> bool:
    return bool(getattr(settings, "HINDSIGHT_FRAGMENT_CACHE", True))


@dataclass
class Fragment:
    """A page's rendered parts by name (``{% stored_fragment fragment "name" %}``),
    empty until rendered or found; ``context`` holds what the page's frame needs
    from the same reads (title, description, JSON-LD)."""

    key: str
    parts: dict[str, str] = field(default_factory=dict)
    context: dict[str, Any] = field(default_factory=dict)
    found: bool = False

    def complete(self, *names: str) -> bool:
        """Found, with every part ``names``: the page can be built from it without its reads."""
        return self.found and all(name in self.parts for name in names)


def lookup(*parts: str) -> Fragment:
    """The fragment under ``parts`` (``found`` when it was kept), or an empty one to fill."""
    # Hashed: stamps and addresses hold spaces and colons; a key must be short and plain.
    digest = hashlib.sha256("\x1f".join(parts).encode()).hexdigest()
    fragment = Fragment(key=f"fragment:{namespace}:{parts[0]}:{digest}")
    if not enabled():
        return fragment
    try:
        stored = cache.get(fragment.key)
    except Exception:
        logger.warning("cache unavailable; rendering %s without it", parts[0], exc_info=True)
        return fragment
    if stored is not None:
        fragment.parts, fragment.context, fragment.found = dict(stored["parts"]), stored["context"], True
    return fragment


def keep(fragment: Fragment, **context: Any) -> None:
    """Store the parts the template has just rendered (``{% stored_fragment %}``)."""
    if fragment.found or not fragment.parts or not enabled():
        return
    try:
        cache.set(fragment.key, {"parts": fragment.parts, "context": context}, TTL)
    except Exception:
        logger.warning("cache unavailable; fragment not stored", exc_info=True)
