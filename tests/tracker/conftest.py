"""Fixtures for the tracker's tests."""

from __future__ import annotations

import importlib

import pytest
from django.apps import apps
from django.contrib.auth.models import Group, Permission


@pytest.fixture
def migration_data(transactional_db: None) -> None:
    """What data migrations put in a fresh database, put back for transactional
    tests: an earlier transactional test's flush removed it. (Not
    ``serialized_rollback``: it collides with content types that the flush's
    post-migrate step re-creates under new ids.)"""
    for group, module, constant in (
        ("Reviewers", "predictions.migrations.0002_reviewers_group", "REVIEWER_PERMISSIONS"),
        ("Integrators", "predictions.migrations.0006_integrators_group", "INTEGRATOR_PERMISSIONS"),
    ):
        codenames = getattr(importlib.import_module(module), constant)
        permissions = Permission.objects.filter(content_type__app_label="predictions", codename__in=codenames)
        Group.objects.get_or_create(name=group)[0].permissions.set(permissions)
    importlib.import_module("tracker.migrations.0005_webhook_schedule").create_entries(apps, None)
