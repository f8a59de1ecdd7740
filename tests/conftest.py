"""Shared fixtures: the named personas of our tests, frozen time, the article.

Personas: ``reviewer`` (Ada) and ``second_reviewer`` (Bao) are in the
Reviewers group; ``staff_outsider`` is staff but not a reviewer;
``anonymous`` is a visitor with no account.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import time_machine
from django.contrib.auth.models import User
from django.core.management import call_command
from django.test import Client

from tests.factories import IntegratorFactory, ReviewerFactory, UserFactory
from tests.support.processes import Processes

# 09:00 UTC on 2026-01-01: after the "no exponential inflection" forecast fell
# due (2025-12-31), long before the three-year forecasts (2027-05-30).
FIXED_UTC = datetime.datetime(2026, 1, 1, 9, 0, tzinfo=datetime.UTC)


@pytest.fixture
def frozen_now() -> Iterator[datetime.datetime]:
    with time_machine.travel(FIXED_UTC, tick=False):
        yield FIXED_UTC


@pytest.fixture
def reviewer(db: None) -> User:
    return ReviewerFactory.create(username="ada", first_name="Ada")


@pytest.fixture
def second_reviewer(db: None) -> User:
    return ReviewerFactory.create(username="bao", first_name="Bao")


@pytest.fixture
def staff_outsider(db: None) -> User:
    return UserFactory.create(username="olivia", is_staff=True)


@pytest.fixture
def anonymous() -> Client:
    return Client()


@pytest.fixture
def reviewer_client(reviewer: User) -> Client:
    client = Client()
    client.force_login(reviewer)
    return client


@pytest.fixture
def second_reviewer_client(second_reviewer: User) -> Client:
    client = Client()
    client.force_login(second_reviewer)
    return client


@pytest.fixture
def article(db: None) -> None:
    """The seed article's speaker, source and four forecasts, loaded as ``make run`` does."""
    call_command("seed_ledger", verbosity=0)


@pytest.fixture(autouse=True)
def interface_in_the_default_language() -> Iterator[None]:
    """Each test starts in the site's default language: a request in Chinese through the test client leaves its
    language active in the thread, and a later test's English expectations must not depend on the order."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def fresh_aggregates() -> None:
    """Each test starts with cold scoreboard aggregates and page fragments: the cache (Redis) outlives a
    test's rolled-back data."""
    from predictions.public_cache import invalidate
    from predictions.site.fragments import forget_all

    invalidate()
    forget_all()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every transactional test restores the database it found.

    A transactional test (``django_db(transaction=True)``, ``live_server``)
    ends with a flush of every table. Without ``serialized_rollback`` the rows
    made by migrations — the Reviewers group, the beat schedule — are gone for
    the tests that follow; with it on some tests only, content types and
    permissions are gone too. So it is on for all of them.
    """
    for item in items:
        marker = item.get_closest_marker("django_db")
        wants_transactions = (marker is not None and marker.kwargs.get("transaction")) or "live_server" in getattr(
            item, "fixturenames", ()
        )
        if wants_transactions and not (marker is not None and marker.kwargs.get("serialized_rollback")):
            kwargs = dict(marker.kwargs) if marker is not None else {}
            kwargs.update(transaction=True, serialized_rollback=True)
            item.add_marker(pytest.mark.django_db(**kwargs), append=False)


# --- API personas (issue 4) ------------------------------------------------------
@pytest.fixture
def integrator(db: None) -> User:
    """A newsroom's importer account: in the Integrators group (may record and
    edit predictions), not staff, not a reviewer."""
    return IntegratorFactory.create(username="ivy")


@pytest.fixture
def token_for(db: None) -> Callable[..., str]:
    """``token_for(user, "write,resolve")`` → a raw API token (``Authorization: Bearer …``)."""
    from predictions.services import api_token_create

    def issue(user: User, scopes: str, **kwargs: object) -> str:
        return api_token_create(user=user, scopes=scopes, **kwargs).raw  # type: ignore[arg-type]

    return issue


@pytest.fixture
def processes(tmp_path: Path) -> Iterator[Processes]:
    """Real worker, beat and redis-server processes, logs under ``tmp_path``, all killed at the end."""
    started = Processes(tmp_path)
    try:
        yield started
    finally:
        started.stop_all()  # before the test database is flushed: workers hold connections to it
