"""Fixtures shared by the tracker's tests."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User


@pytest.fixture
def reviewers(reviewer: User, second_reviewer: User) -> list[User]:
    """Ada and Bao, both in the Reviewers group."""
    return [reviewer, second_reviewer]
