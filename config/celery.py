"""The Celery application shared by the worker, beat and the web processes.

Broker: Redis in production and tests, kombu's filesystem transport under
``var/`` for the embedded default (see ``config.settings``).
"""

from __future__ import annotations

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

app = Celery("hindsight")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
