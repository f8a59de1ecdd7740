"""The Reviewers group holds least privilege, and the demo accounts that
``make run`` creates are reviewers, never superusers, with passwords shown once."""

from __future__ import annotations

import re
from io import StringIO

import pytest
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from predictions.models import Resolution
from tests.factories import PredictionFactory, final_resolution_for

pytestmark = pytest.mark.django_db

PASSWORD_LINE = re.compile(r"^\s+(\w+)\s+password: (\S+)\s+\((created|new password)\)$", re.MULTILINE)


def granted(group: Group) -> set[str]:
    return {
        f"{app}.{codename}" for app, codename in group.permissions.values_list("content_type__app_label", "codename")
    }


def test_the_reviewers_group_may_record_and_judge_predictions() -> None:
    permissions = granted(Group.objects.get(name="Reviewers"))

    assert {
        "predictions.view_prediction",
        "predictions.add_prediction",
        "predictions.change_prediction",
        "predictions.propose_resolution",
        "predictions.confirm_resolution",
        "predictions.view_resolution",
        "predictions.view_evidence",
        "predictions.add_source",
        "predictions.add_speaker",
    } <= permissions


def test_the_reviewers_group_may_not_delete_edit_verdicts_or_manage_users() -> None:
    permissions = granted(Group.objects.get(name="Reviewers"))

    # The one thing a reviewer deletes is their own snooze: that is how a
    # snoozed prediction is woken up (the snooze's history keeps the record).
    assert {name for name in permissions if ".delete_" in name} == {"tracker.delete_snooze"}
    assert not {name for name in permissions if name.startswith("django_celery_beat.")}
    assert {name for name in permissions if name.startswith(("auth.", "admin.", "contenttypes.", "axes."))} == set()
    assert {"predictions.add_resolution", "predictions.change_resolution"} & permissions == set()


def test_a_reviewer_cannot_reach_user_management_or_delete_a_prediction(reviewer_client: Client) -> None:
    prediction = PredictionFactory.create()

    assert reviewer_client.get(reverse("admin:auth_user_changelist")).status_code == 403
    assert reviewer_client.get(reverse("admin:auth_group_changelist")).status_code == 403
    delete_url = reverse("admin:predictions_prediction_delete", args=[prediction.pk])
    assert reviewer_client.post(delete_url, {"post": "yes"}).status_code == 403
    assert prediction.__class__.objects.filter(pk=prediction.pk).exists()


def ensure_demo_reviewers(*args: str) -> str:
    out = StringIO()
    call_command("ensure_demo_reviewers", *args, stdout=out)
    return out.getvalue()


def test_demo_reviewers_are_created_once_with_a_random_password_printed_once() -> None:
    first = ensure_demo_reviewers()

    printed = {name: password for name, password, _state in PASSWORD_LINE.findall(first)}
    assert set(printed) == {"ada", "bao"}
    assert printed["ada"] != printed["bao"]
    assert "/admin/login/" in first
    reviewers_group = Group.objects.get(name="Reviewers")
    for name, password in printed.items():
        user = User.objects.get(username=name)
        assert user.check_password(password)
        assert (user.is_active, user.is_staff, user.is_superuser) == (True, True, False)
        assert list(user.groups.all()) == [reviewers_group]
        assert user.has_perm("predictions.confirm_resolution")
        assert not user.has_perm("auth.change_user")

    second = ensure_demo_reviewers()

    assert PASSWORD_LINE.findall(second) == []
    assert "password:" not in second
    assert second.count("already exists") == 2
    assert User.objects.filter(username__in=["ada", "bao"]).count() == 2
    assert User.objects.get(username="ada").check_password(printed["ada"])


def test_a_fresh_run_draws_fresh_passwords() -> None:
    first = dict((name, password) for name, password, _ in PASSWORD_LINE.findall(ensure_demo_reviewers()))
    User.objects.filter(username__in=["ada", "bao"]).delete()

    again = dict((name, password) for name, password, _ in PASSWORD_LINE.findall(ensure_demo_reviewers()))

    assert set(again) == {"ada", "bao"}
    assert again["ada"] != first["ada"]


def test_reset_passwords_prints_new_working_ones() -> None:
    created = dict((name, password) for name, password, _ in PASSWORD_LINE.findall(ensure_demo_reviewers()))

    reset = PASSWORD_LINE.findall(ensure_demo_reviewers("--reset-passwords"))

    assert {state for _, _, state in reset} == {"new password"}
    ada = User.objects.get(username="ada")
    new_password = dict((name, password) for name, password, _ in reset)["ada"]
    assert ada.check_password(new_password)
    assert not ada.check_password(created["ada"])
    assert not ada.is_superuser


def test_a_reviewer_sees_a_final_resolution_but_cannot_edit_it(reviewer_client: Client) -> None:
    resolution = final_resolution_for(PredictionFactory.create())
    url = reverse("admin:predictions_resolution_change", args=[resolution.pk])

    page = reviewer_client.get(url)
    refused = reviewer_client.post(url, {"outcome": "incorrect", "rationale": "Changed in place."})

    assert page.status_code == 200
    assert page.context["has_change_permission"] is False
    assert refused.status_code == 403
    assert Resolution.objects.get(pk=resolution.pk).outcome == "correct"


def test_a_deactivated_demo_reviewer_stays_deactivated_when_make_run_runs_again() -> None:
    ensure_demo_reviewers()
    User.objects.filter(username="bao").update(is_active=False)

    output = ensure_demo_reviewers()

    assert User.objects.get(username="bao").is_active is False
    assert "password:" not in output
