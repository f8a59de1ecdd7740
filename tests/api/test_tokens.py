"""API tokens: hashed at rest, shown once, scoped, expiring, revocable."""

from __future__ import annotations

import datetime
import hashlib
import io

import pytest
import time_machine
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command
from django.test import Client

from predictions.models import ApiToken
from predictions.services import api_token_create, api_token_revoke
from tests.conftest import FIXED_UTC

pytestmark = pytest.mark.django_db


def test_only_the_hash_and_a_short_prefix_are_stored(integrator: User) -> None:
    issued = api_token_create(user=integrator, scopes="resolve,write")

    stored = ApiToken.objects.get()
    assert issued.raw.startswith(f"hsk_{stored.prefix}_") and len(issued.raw) > 40
    assert stored.key_hash == hashlib.sha256(issued.raw.encode()).hexdigest()
    assert issued.raw not in {str(value) for value in ApiToken.objects.values_list().get()}
    assert stored.scope_set == {"write", "resolve"} and stored.scopes == "resolve,write"


def test_command_prints_the_token_once_and_it_works(integrator: User) -> None:
    out, err = io.StringIO(), io.StringIO()

    call_command(
        "create_api_token", "ivy", "--scopes", "write,webhooks", "--expires-in-days", "30", stdout=out, stderr=err
    )

    raw = out.getvalue().strip()
    token = ApiToken.objects.get()
    assert token.key_hash == hashlib.sha256(raw.encode()).hexdigest()
    assert "shown once" in err.getvalue() and token.expires_at is not None
    assert Client().get("/api/v1/webhooks/", HTTP_AUTHORIZATION=f"Bearer {raw}").status_code == 200


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["nobody", "--scopes", "write"], "No user named 'nobody'"),
        (["ivy", "--scopes", "write,admin"], "Unknown scope(s): admin"),
        (["ivy", "--scopes", ","], "at least one scope"),
        (["ivy", "--scopes", "write", "--expires-in-days", "0"], "between 1 and 3650"),
    ],
)
def test_command_explains_bad_input(integrator: User, args: list[str], message: str) -> None:
    with pytest.raises(CommandError, match=message.replace("(", r"\(").replace(")", r"\)")):
        call_command("create_api_token", *args, stdout=io.StringIO(), stderr=io.StringIO())
    assert not ApiToken.objects.exists()


def test_expired_revoked_unknown_and_malformed_tokens_are_401(integrator: User) -> None:
    with time_machine.travel(FIXED_UTC, tick=False):
        expiring = api_token_create(user=integrator, scopes="webhooks", expires_in_days=1).raw
    revoked = api_token_create(user=integrator, scopes="webhooks")
    api_token_revoke(token=revoked.token)
    client = Client()

    with time_machine.travel(FIXED_UTC + datetime.timedelta(days=2), tick=False):
        for header in (f"Bearer {expiring}", f"Bearer {revoked.raw}", "Bearer hsk_nothing_here", "Token abc", "Bearer"):
            response = client.get("/api/v1/webhooks/", HTTP_AUTHORIZATION=header)
            assert response.status_code == 401, header
            assert response.json()["code"] == "authentication_failed"


def test_an_inactive_users_token_stops_working(integrator: User) -> None:
    raw = api_token_create(user=integrator, scopes="webhooks").raw
    User.objects.filter(pk=integrator.pk).update(is_active=False)

    assert Client().get("/api/v1/webhooks/", HTTP_AUTHORIZATION=f"Bearer {raw}").status_code == 401


def test_last_used_is_recorded_at_most_once_a_minute(integrator: User) -> None:
    raw = api_token_create(user=integrator, scopes="webhooks").raw
    client = Client()

    with time_machine.travel(FIXED_UTC, tick=False):
        client.get("/api/v1/webhooks/", HTTP_AUTHORIZATION=f"Bearer {raw}")
    with time_machine.travel(FIXED_UTC + datetime.timedelta(seconds=30), tick=False):
        client.get("/api/v1/webhooks/", HTTP_AUTHORIZATION=f"Bearer {raw}")
    assert ApiToken.objects.get().last_used_at == FIXED_UTC
    with time_machine.travel(FIXED_UTC + datetime.timedelta(minutes=2), tick=False):
        client.get("/api/v1/webhooks/", HTTP_AUTHORIZATION=f"Bearer {raw}")
    assert ApiToken.objects.get().last_used_at == FIXED_UTC + datetime.timedelta(minutes=2)


def test_admin_issues_a_token_and_shows_it_once(admin_client: Client, integrator: User) -> None:
    response = admin_client.post(
        "/admin/predictions/apitoken/add/",
        {"user": integrator.pk, "name": "importer", "scope_choices": ["write"], "expires_in_days": ""},
        follow=True,
    )

    token = ApiToken.objects.get()
    shown = [str(message) for message in response.context["messages"]]
    assert token.name == "importer" and token.scopes == "write"
    assert any(f"hsk_{token.prefix}_" in message for message in shown)
    page = admin_client.get(f"/admin/predictions/apitoken/{token.pk}/change/").content.decode()
    assert token.key_hash not in page and f"hsk_{token.prefix}_" not in page
