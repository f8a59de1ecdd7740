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
    """Make sure ``username`` exists as an active staff reviewer. Steps:

    1. create the account if missing, with a random password;
    2. with ``reset_password``, give an existing account a new random password;
    3. make it active staff and a member of the Reviewers group (nothing more:
       not superuser, no user management).
    """
    user_model = get_user_model()
    user, created = user_model.objects.get_or_create(
        username=username, defaults={"email": email, "first_name": first_name, "last_name": last_name}
    )
    password = None
    if created or reset_password:
        password = secrets.token_urlsafe(12)
        user.set_password(password)
    user.is_staff = True
    user.is_active = True
    user.save()
    user.groups.add(reviewers_group())
    return ReviewerAccount(user=user, created=created, password=password)
