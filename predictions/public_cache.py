"""What the public sees, cached under the **versions of what it shows**.

Each cached page or aggregate names its *subjects*: a prediction's page its
prediction, a speaker's page the speaker, the home page ``HOME`` (its lists
and the scoreboard's tallies follow every public prediction). A write names
the subjects it changes — ``touch_on_commit(...)`` inside the service's
transaction — and after the commit each gets a new random version; an entry
is kept under the versions it was computed with, so the next read of an
affected page computes afresh and every other page stays cached. A prediction
resolved refreshes its page, its speaker's and the home page; another
prediction's page is not touched.

Writes that can show anywhere (a speaker's name, a source's title, a
deletion) start a new **generation** instead (``invalidate_on_commit()``),
which every key carries: everything computes afresh.

The versions live in the shared cache, so every web process sees a change at
once; no process keeps state of its own. A version that is missing (evicted)
is replaced by a new one, never guessed, so a lost version costs a fresh page,
never a stale one. Callers put the day in their keys (statuses, countdowns
and "due now" change at the site's midnight); the public pages add the
language and the query (``predictions.site.page_cache``). A cache that is
down costs speed, never the page: everything is computed afresh.
"""

from __future__ import annotations

import hashlib
import logging
import uuid
from collections.abc import Callable, Sequence
from typing import TypeVar

from django.core.cache import cache
from django.db import transaction

from predictions import replicas

logger = logging.getLogger(__name__)
T = TypeVar("T")

GENERATION_KEY = "public:generation"
TTL = 300  # seconds: an upper bound on staleness for anything no write announces
HOME = "home"  # the home page: the scoreboard's tallies and the lists of every public prediction


def prediction_subject(prediction_id: int) -> str:
    return f"prediction:{prediction_id}"


def speaker_subject(slug: str) -> str:
    return f"speaker:{slug}"


def _version_key(subject: str) -> str:
    return f"public:version:{subject}"


def versions(*subjects: str) -> list[str]:
    """The generation and the current version of each subject, in one round trip."""
    keys = [GENERATION_KEY, *(_version_key(subject) for subject in subjects)]
    found = cache.get_many(keys)
    result = []
    for key in keys:
        value = found.get(key)
        if value is None:
            value = _new_version()  # evicted or never set: a new one, never a guess
            # add(): of two processes starting at once, both end up with the same version.
            if not cache.add(key, value, timeout=None):
                value = cache.get(key) or value
        result.append(str(value))
    return result


def _new_version() -> str:
    """A random version; with read replicas, also the primary's WAL position after the write
    (``replicas``): a page computed under it reads only a replica that has caught up."""
    position = replicas.primary_position()
    return uuid.uuid4().hex + (f"@{position}" if position else "")


def _position(versions: list[str]) -> str | None:
    """The latest WAL position among ``versions`` (PostgreSQL's "hi/lo" hexadecimal)."""
    positions = [version.partition("@")[2] for version in versions if "@" in version]

    def number(position: str) -> int:
        high, _, low = position.partition("/")
        return (int(high, 16) << 32) + int(low, 16)

    return max(positions, key=number, default=None)


def invalidate() -> None:
    """A new generation: every process computes afresh from now on."""
    try:
        cache.set(GENERATION_KEY, _new_version(), timeout=None)
    except Exception as error:  # the backends raise their own errors (redis, database)
        logger.warning("cache unavailable (%s): public pages may lag until their entries expire (%s s)", error, TTL)


def invalidate_on_commit() -> None:
    """Call inside a service's transaction: invalidates everything once the change is visible."""
    transaction.on_commit(invalidate, robust=True)


def touch(*subjects: str) -> None:
    """New versions for ``subjects``: the pages that show them compute afresh from now on."""
    try:
        version = _new_version()
        cache.set_many({_version_key(subject): version for subject in subjects}, timeout=None)
    except Exception as error:  # the backends raise their own errors (redis, database)
        logger.warning("cache unavailable (%s): public pages may lag until their entries expire (%s s)", error, TTL)


def touch_on_commit(*subjects: str) -> None:
    """Call inside a service's transaction: ``touch(*subjects)`` once the change is visible."""
    if subjects:
        transaction.on_commit(lambda: touch(*sorted(set(subjects))), robust=True)


def cached(*parts: str, compute: Callable[[], T], subjects: Sequence[str] = ()) -> T:
    """``compute()`` through the cache, under the generation, the versions of ``subjects`` and ``parts``."""
    try:
        current = versions(*subjects)
        # One digest of the versions keeps the key short however many subjects a page has.
        digest = hashlib.blake2b(":".join(current).encode(), digest_size=16).hexdigest()
        key = ":".join(("public", digest, *parts))
        value = cache.get(key)
    except Exception:
        logger.warning("cache unavailable; computing %s without it", parts[0], exc_info=True)
        return compute()
    if value is None:
        with replicas.fresh_since(_position(current)):  # never cache a page older than its versions
            value = compute()
        if value is not None:
            try:
                cache.set(key, value, TTL)
            except Exception:
                logger.warning("cache unavailable; %s not stored", parts[0], exc_info=True)
    return value
