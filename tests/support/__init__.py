"""Helpers shared by the tests: real processes (Celery, Redis) and an SMTP sink."""
