"""DATABASE_REPLICA_URLS and the router: public reads to a caught-up replica; writes, staff,
integrators, tasks and recounts to the primary."""

from __future__ import annotations

from unittest import mock

import pytest
from django.contrib.auth.models import User
from django.contrib.sessions.models import Session
from django.core.exceptions import ImproperlyConfigured
from django.test import RequestFactory, override_settings

from config.databases import database_replicas_from_urls
from predictions import public_cache, replicas
from predictions.models import ApiToken, KeptTally, Prediction, ThrottleWindow
from predictions.replicas import ReplicaReadsMiddleware, ReplicaRouter, fresh_since, public_reads

POSTGRES = {"ENGINE": "django.db.backends.postgresql"}
router = ReplicaRouter()


def test_replica_urls_become_mirrored_replica_databases(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_REPLICA_URLS", " postgres://r@replica-1:5432/ledger , postgres://r@replica-2/ledger ")

    found = database_replicas_from_urls("DATABASE_REPLICA_URLS", POSTGRES)

    assert list(found) == ["replica1", "replica2"]
    assert (found["replica1"]["HOST"], found["replica2"]["HOST"]) == ("replica-1", "replica-2")
    assert found["replica1"]["TEST"] == {"MIRROR": "default"}


def test_no_replica_urls_means_no_replicas(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DATABASE_REPLICA_URLS", raising=False)
    assert database_replicas_from_urls("DATABASE_REPLICA_URLS", POSTGRES) == {}


@pytest.mark.parametrize(
    ("urls", "primary", "message"),
    [
        ("sqlite:///replica.sqlite3", POSTGRES, "entry 1: 'sqlite:///replica.sqlite3'.*a replica is a postgres:// URL"),
        ("postgres://r@replica-1/ledger,postgres:///ledger", POSTGRES, "entry 2.*no host name"),
        ("postgres://r@replica-1:port/ledger", POSTGRES, "entry 1.*could not be parsed"),
        ("postgres://r@replica-1/ledger", {"ENGINE": "django.db.backends.sqlite3"}, "DATABASE_URL is not PostgreSQL"),
    ],
)
def test_a_bad_replica_url_is_refused_naming_the_entry(
    monkeypatch: pytest.MonkeyPatch, urls: str, primary: dict[str, str], message: str
) -> None:
    monkeypatch.setenv("DATABASE_REPLICA_URLS", urls)
    with pytest.raises(ImproperlyConfigured, match=message):
        database_replicas_from_urls("DATABASE_REPLICA_URLS", primary)


@override_settings(DATABASE_REPLICAS=["replica1"])
def test_public_reads_go_to_a_replica_and_writes_to_the_primary() -> None:
    with public_reads():
        assert router.db_for_read(Prediction) == "replica1"
        assert router.db_for_read(KeptTally) == "replica1"
        assert router.db_for_write(Prediction) == "default"
    assert router.db_for_read(Prediction) == "default"  # services, tasks, recounts: outside public reads


@override_settings(DATABASE_REPLICAS=["replica1"])
@pytest.mark.parametrize("model", [Session, User, ApiToken, ThrottleWindow])
def test_who_is_signed_in_and_which_token_is_valid_are_read_on_the_primary(model: type) -> None:
    with public_reads():
        assert router.db_for_read(model) == "default"


@override_settings(DATABASE_REPLICAS=["replica1"])
def test_a_page_after_a_write_reads_a_replica_only_once_it_has_replayed_the_write() -> None:
    with mock.patch.object(replicas, "has_replayed", return_value=False) as replayed, public_reads():
        with fresh_since("0/1A2B3C"):
            assert router.db_for_read(Prediction) == "default"
            assert router.db_for_read(KeptTally) == "default"  # one choice per page
        replayed.assert_called_once_with("replica1", "0/1A2B3C")
        replayed.return_value = True
        with fresh_since("0/1A2B3C"):
            assert router.db_for_read(Prediction) == "replica1"


def test_the_latest_wal_position_of_a_pages_versions_wins() -> None:
    versions = ["a" * 32, f"{'b' * 32}@0/FFFFFFFF", f"{'c' * 32}@1/0", f"{'d' * 32}@0/A"]
    assert public_cache._position(versions) == "1/0"
    assert public_cache._position(["a" * 32]) is None


def test_migrations_run_on_the_primary_only() -> None:
    assert router.allow_migrate("default", "predictions") is True
    assert router.allow_migrate("replica1", "predictions") is False


@override_settings(DATABASE_REPLICAS=["replica1"])
@pytest.mark.parametrize(
    ("method", "path", "headers", "cookies", "replica"),
    [
        ("GET", "/", {}, {}, True),
        ("GET", "/api/v1/predictions/", {}, {}, True),
        ("HEAD", "/speakers/ada/", {}, {}, True),
        ("POST", "/api/v1/predictions/", {}, {}, False),  # a write
        ("GET", "/api/v1/predictions/", {"HTTP_AUTHORIZATION": "Token x"}, {}, False),  # an integrator
        ("GET", "/", {}, {"sessionid": "x"}, False),  # a signed-in reviewer reads their own writes
        ("GET", "/admin/", {}, {}, False),
    ],
)
def test_the_middleware_opens_public_reads_for_visitors_without_credentials(
    method: str, path: str, headers: dict[str, str], cookies: dict[str, str], replica: bool
) -> None:
    request = RequestFactory().generic(method, path)
    request.META.update(headers)
    request.COOKIES.update(cookies)
    seen: list[str] = []

    def view(request: object) -> mock.Mock:
        seen.append(router.db_for_read(Prediction))
        return mock.Mock()

    ReplicaReadsMiddleware(view)(request)
    assert seen == ["replica1" if replica else "default"]


def test_without_replicas_every_read_is_the_primarys() -> None:
    with public_reads():
        assert router.db_for_read(Prediction) == "default"
