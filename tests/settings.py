"""Settings for the test suite: the project's settings with test defaults.

Everything still comes from ``config.settings`` and the environment; this only
fills in what a developer's shell would not set (PostgreSQL and Redis on
localhost, a throwaway secret key, plain HTTP for the test client).
"""

from __future__ import annotations

import os

os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/hindsight")
os.environ.setdefault("REDIS_URL", "redis://127.0.0.1:6379/0")
os.environ.setdefault("SITE_URL", "http://127.0.0.1:8000")
os.environ.setdefault("DJANGO_SECRET_KEY", "test-only-secret-key-not-used-anywhere-else-0123456789abcdef")
os.environ.setdefault("DJANGO_SECURE_SSL_REDIRECT", "false")
os.environ.setdefault("DJANGO_SECURE_COOKIES", "false")
os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "testserver,127.0.0.1,localhost")
os.environ.setdefault("HINDSIGHT_CACHE_PREFIX", f"hindsight-test-{os.getpid()}")

from config.settings import *  # noqa: F403

# Hashing passwords slowly is a feature in production and a cost in tests.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# The test client has no manifest of collected static files.
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}  # noqa: F405

# The API's rate limits are tested on their own (tests/api/test_throttling.py);
# elsewhere the suite and schemathesis send far more than a person would.
HINDSIGHT_API_ANON_RATE = "100000/min"
HINDSIGHT_API_TOKEN_RATE = "100000/min"
# Tests serve static files from the apps (whitenoise's finders), not from a
# collected var/static/ that a fresh clone does not have.
STATIC_ROOT = None  # type: ignore[assignment]
WHITENOISE_USE_FINDERS = True
