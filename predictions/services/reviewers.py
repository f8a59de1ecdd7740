"""Reviewer accounts: members of the "Reviewers" group, staff so they can use the admin.

The group and its permissions come from a data migration
(``predictions/migrations/0002_reviewers_group.py``).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractUser, Group
from django.db import transaction


@dataclass(frozen=True)
class ReviewerAccount:
    user: AbstractUser
    created: bool
    password: str | None  # only when set by this call; never stored anywhere


def reviewers_group() -> Group:
    return Group.objects.get(name=settings.HINDSIGHT_REVIEWERS_GROUP)


@transaction.atomic
def reviewer_ensure(
    *, username: str, email: str, first_name: str = "", last_name: str = "", reset_password: bool = False
) -> ReviewerAccount:
    """Make sure ``username`` exists as a staff reviewer. Steps:

    1. create the account if missing, with a random password, as active staff
       in the Reviewers group (nothing more: not superuser, no user management);
    2. with ``reset_password``, give an existing account a new random password.

    An existing account is otherwise left as an administrator left it: a
    deactivated demo reviewer stays deactivated when ``make run`` runs again.
    """
    user_model = get_user_model()
    user, created = user_model.objects.get_or_create(
        username=username,
        defaults={"email": email, "first_name": first_name, "last_name": last_name, "is_staff": True},
    )
    password = None
    if created or reset_password:
        password = secrets.token_urlsafe(12)
        user.set_password(password)
        user.save(update_fields=["password"])
    if created:
        user.groups.add(reviewers_group())
    return ReviewerAccount(user=user, created=created, password=password)
