"""Hindsight settings, read from the environment only (12-factor).

The defaults are the *embedded default* used by ``make run`` on a laptop:
SQLite and kombu's filesystem broker under ``var/``, e-mail written to files
under ``var/mail/``. Production sets ``DATABASE_URL``, ``REDIS_URL`` and
``DJANGO_SECRET_KEY`` and leaves ``DJANGO_DEBUG`` unset (false); see the
configuration table in README.md. Bad values stop start-up with a message that
names the variable (``config.env``).
"""

from __future__ import annotations

import secrets
from email.utils import parseaddr
from pathlib import Path
from typing import Literal

import django_stubs_ext
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

from config.api_schema import API_SCHEMA_SETTINGS
from config.databases import databases
from config.env import (
    env_bool,
    env_email,
    env_int,
    env_list,
    env_optional_str,
    env_str,
    env_url,
)

django_stubs_ext.monkeypatch()

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(env_str("HINDSIGHT_VAR_DIR", str(BASE_DIR / "var")))
SEEDS_DIR = BASE_DIR / "seeds"

DEBUG = env_bool("DJANGO_DEBUG", False)


def _secret_key() -> str:
    key = env_optional_str("DJANGO_SECRET_KEY")
    if key:
        return key
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY is not set. Production (DJANGO_DEBUG unset or false) needs a "
            "long random key, e.g. python -c 'import secrets; print(secrets.token_urlsafe(64))'."
        )
    # Local trial only: a random key kept under var/ so sessions survive restarts.
    key_file = VAR_DIR / "secret_key"
    if not key_file.exists():
        VAR_DIR.mkdir(parents=True, exist_ok=True)
        key_file.write_text(secrets.token_urlsafe(64))
        key_file.chmod(0o600)
    return key_file.read_text().strip()


SECRET_KEY = _secret_key()
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", ["127.0.0.1", "localhost"] if DEBUG else [])
if not DEBUG and not env_optional_str("SITE_URL"):
    # E-mails, feeds, ClaimReview and CSRF's trusted origin are built from it: never quietly 127.0.0.1.
    raise ImproperlyConfigured(
        "SITE_URL is not set. Production needs the public address, e.g. https://hindsight.example.org."
    )
SITE_URL = env_url("SITE_URL", "http://127.0.0.1:8000", schemes={"http", "https"}).rstrip("/")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", [SITE_URL])

SIMPLE_HISTORY_HISTORY_CHANGE_REASON_USE_TEXT_FIELD = True  # reasons are sentences, often over 100 characters
INSTALLED_APPS = [
    "config.apps.AdminConfig",  # django.contrib.admin with our site (the reviewers' home page)
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.syndication",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_celery_beat",
    "simple_history",
    "axes",
    "csp",
    "predictions",
    "tracker",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "config.middleware.RequireContentLengthMiddleware",  # before anything reads a body
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "predictions.site.middleware.QueryLanguageMiddleware",  # ?lang=zh-hans overrides, after LocaleMiddleware
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "predictions.replicas.ReplicaReadsMiddleware",  # public reads may go to a replica (none configured: a no-op)
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, so that it sees the outcome of authentication.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "csp.context_processors.nonce",
            ],
            # The public site's template tags live with the site (predictions/site/), not in
            # an app's templatetags/ package: registered here, loaded with {% load hindsight %}.
            "libraries": {"hindsight": "predictions.site.templatetags"},
        },
    },
]

# --- Database ---------------------------------------------------------------
DATABASES = databases(VAR_DIR)  # DATABASE_URL, and DATABASE_REPLICA_URLS for public reads (predictions.replicas)
DATABASE_REPLICAS = [alias for alias in DATABASES if alias != "default"]
DATABASE_ROUTERS = ["predictions.replicas.ReplicaRouter"] if DATABASE_REPLICAS else []
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache ------------------------------------------------------------------
REDIS_URL = env_optional_str("REDIS_URL")
if REDIS_URL:
    REDIS_URL = env_url("REDIS_URL", REDIS_URL, schemes={"redis", "rediss"})
    CACHES = {
        "default": {
            "BACKEND": "predictions.redis_cache.ReusedClientRedisCache",  # Django's, one client per pool
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env_str("HINDSIGHT_CACHE_PREFIX", "hindsight"),
            # A Redis that does not answer must cost a second, not hang the request:
            # pages are computed without the cache then (predictions.public_cache).
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }
else:
    # Shared by the web and worker processes of the embedded default, so that
    # invalidation done by one is seen by the other (a per-process cache is not).
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "hindsight_cache",
        }
    }

# --- Celery -----------------------------------------------------------------
_broker_default = REDIS_URL or "filesystem://"
CELERY_BROKER_URL = env_url(
    "CELERY_BROKER_URL", _broker_default, schemes={"redis", "rediss", "amqp", "amqps", "filesystem", "memory"}
)
CELERY_BROKER_TRANSPORT_OPTIONS: dict[str, object] = {}
if CELERY_BROKER_URL.startswith("filesystem://"):
    # kombu's filesystem transport, tuned to stop within a second and not to ask
    # for a host name (config.broker explains both).
    CELERY_BROKER_TRANSPORT = "config.broker:FilesystemTransport"
    # One process, no pool children: prefork children share one queue lock while
    # they wait on this transport, and honcho's SIGTERM reaches the whole process
    # group; a child killed holding the lock left the worker hanging at exit until
    # SIGKILL. Time limits are not enforced without prefork; on a laptop with mail
    # written to files, nothing waits long. Production brokers keep prefork.
    CELERY_WORKER_POOL = "solo"
    _broker_dir = VAR_DIR / "broker"
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(_broker_dir / "queue"),
        "data_folder_out": str(_broker_dir / "queue"),
        "control_folder": str(_broker_dir / "control"),
        "processed_folder": str(_broker_dir / "processed"),
        "store_processed": False,
    }
    # kombu expects the folders to exist; this transport is only the laptop default.
    for _folder in ("queue", "control", "processed"):
        (_broker_dir / _folder).mkdir(parents=True, exist_ok=True)
elif CELERY_BROKER_URL.startswith("redis"):
    # A task not acknowledged within this time is delivered again. It must be
    # longer than any task's hard time limit, or a slow task runs twice.
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "visibility_timeout": env_int("CELERY_BROKER_VISIBILITY_TIMEOUT", 3600, minimum=1)
    }
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_TIME_LIMIT = 300
CELERY_TASK_SOFT_TIME_LIMIT = 240
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"
CELERY_TIMEZONE = "UTC"

# --- Auth, passwords and admin lock-out --------------------------------------
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# How many proxies in front of the app append to X-Forwarded-For. 0: the client
# is REMOTE_ADDR and X-Forwarded-For is ignored (predictions.client_ip); the
# API's rate limits and the admin's lock-out both use it.
HINDSIGHT_TRUSTED_PROXIES = env_int("HINDSIGHT_TRUSTED_PROXIES", 0, minimum=0)
# Failed admin logins: per (username, client) before that pair is locked out for
# an hour, and per client whatever the username (password spraying).
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5, minimum=1)
HINDSIGHT_ADMIN_IP_FAILURE_LIMIT = env_int(
    "HINDSIGHT_ADMIN_IP_FAILURE_LIMIT", max(20, AXES_FAILURE_LIMIT), minimum=AXES_FAILURE_LIMIT
)
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], ["ip_address"]]
AXES_HANDLER = "predictions.admin.lockout.PerClientLockoutHandler"
AXES_CLIENT_IP_CALLABLE = "predictions.client_ip.client_ip"
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False
LOGIN_URL = "admin:login"

# --- Internationalisation ----------------------------------------------------
LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("zh-hans", "简体中文")]
LOCALE_PATHS = [BASE_DIR / "predictions" / "locale"]
TIME_ZONE = env_str("HINDSIGHT_TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

# --- Static files -------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
WHITENOISE_USE_FINDERS = DEBUG

# --- E-mail -----------------------------------------------------------------
EMAIL_HOST = env_optional_str("EMAIL_HOST")
if EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_PORT = env_int("EMAIL_PORT", 587, minimum=1)
    EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
    EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 20, minimum=1)
else:
    # Nothing configured: write each message to a file a person can open.
    EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    EMAIL_FILE_PATH = str(VAR_DIR / "mail")
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Hindsight <hindsight@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Security -----------------------------------------------------------------
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", not DEBUG)
# Health probes come straight from the orchestrator over plain HTTP, not through
# the TLS proxy: redirecting them would turn every answer, 503 included, into a 301.
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
SESSION_COOKIE_SECURE = env_bool("DJANGO_SECURE_COOKIES", not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_HSTS_SECONDS = env_int("DJANGO_HSTS_SECONDS", 0 if DEBUG else 31_536_000, minimum=0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("DJANGO_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
# The language choice (?lang=, the switcher) is remembered in a cookie too: the
# same flags as the others (no script reads it).
LANGUAGE_COOKIE_SECURE = SESSION_COOKIE_SECURE
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE: Literal["Lax"] = "Lax"  # typed: set_cookie() takes only its literals
if env_bool("DJANGO_BEHIND_TLS_PROXY", False):
    # Only behind a proxy that sets (and strips client-sent) X-Forwarded-Proto.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
DATA_UPLOAD_MAX_MEMORY_SIZE = env_int("HINDSIGHT_MAX_BODY_BYTES", 1_048_576, minimum=1024)

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}

# --- REST framework -----------------------------------------------------------
REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticatedOrReadOnly"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    # Also for DRF views that are not ours (the schema): every API error is JSON.
    "EXCEPTION_HANDLER": "predictions.api.base.errors.api_exception_handler",
}
# The OpenAPI document's settings (drf-spectacular) are constant: config/api_schema.py.
SPECTACULAR_SETTINGS = API_SCHEMA_SETTINGS

# --- The domain -----------------------------------------------------------------
# How many distinct reviewers make a resolution final: one proposes, the rest
# confirm. 2 means "a second reviewer's confirmation".
HINDSIGHT_RESOLUTION_QUORUM = env_int("HINDSIGHT_RESOLUTION_QUORUM", 2, minimum=2)
# A due prediction counts as "overdue" once it has waited this many days.
HINDSIGHT_OVERDUE_GRACE_DAYS = env_int("HINDSIGHT_OVERDUE_GRACE_DAYS", 14, minimum=0)
HINDSIGHT_REVIEWERS_GROUP = "Reviewers"
# Serve whole public pages from the cache (predictions.public_cache). Off: every
# page is rendered (its aggregates are still cached); for debugging and benchmarks.
HINDSIGHT_PAGE_CACHE = env_bool("HINDSIGHT_PAGE_CACHE", True)
# Where readers ask for corrections (footer of every page and /methodology/).
HINDSIGHT_CORRECTIONS_EMAIL = env_email("HINDSIGHT_CORRECTIONS_EMAIL", parseaddr(DEFAULT_FROM_EMAIL)[1])

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env_str("DJANGO_LOG_LEVEL", "INFO")},
    "loggers": {"django.db.backends": {"level": "WARNING"}},
}

# --- Reminders (tracker) ---------------------------------------------------------
# The policy's stages (tracker.policy): "upcoming" this many days before resolve_on,
# "due" on the day, "overdue" every N days after it, copied to the escalation
# recipients from round K, and "confirm" when a proposal waited H hours.
HINDSIGHT_REMINDER_UPCOMING_DAYS = env_int("HINDSIGHT_REMINDER_UPCOMING_DAYS", 7, minimum=0)
HINDSIGHT_REMINDER_OVERDUE_EVERY_DAYS = env_int("HINDSIGHT_REMINDER_OVERDUE_EVERY_DAYS", 7, minimum=1)
HINDSIGHT_REMINDER_ESCALATE_FROM_ROUND = env_int("HINDSIGHT_REMINDER_ESCALATE_FROM_ROUND", 3, minimum=1)
HINDSIGHT_REMINDER_CONFIRM_AFTER_HOURS = env_int("HINDSIGHT_REMINDER_CONFIRM_AFTER_HOURS", 24, minimum=0)
# A reminder claimed ("sending") longer than this is taken to belong to a dead
# worker and is claimed again. Keep it above the sweep task's hard time limit
# (tracker.tasks), or a slow but living sender could be overtaken.
HINDSIGHT_REMINDER_CLAIM_TIMEOUT = env_int("HINDSIGHT_REMINDER_CLAIM_TIMEOUT", 900, minimum=1)
# Who else hears about a long-overdue prediction: members of this group, or the
# active superusers when empty.
HINDSIGHT_ESCALATION_GROUP = env_str("HINDSIGHT_ESCALATION_GROUP", "")
# A digest lists at most this many reminders, the most urgent first, and links the
# reviewer's queue for the rest; those stay owed and go out with the next sweeps.
HINDSIGHT_REMINDER_DIGEST_MAX_ITEMS = env_int("HINDSIGHT_REMINDER_DIGEST_MAX_ITEMS", 50, minimum=1)

# --- API and webhooks (issue 4) ---------------------------------------------------
# Rates as DRF writes them ("120/min", "10/s", "5000/hour"); counted in the cache.
HINDSIGHT_API_ANON_RATE = env_str("HINDSIGHT_API_ANON_RATE", "120/min")
HINDSIGHT_API_TOKEN_RATE = env_str("HINDSIGHT_API_TOKEN_RATE", "1200/min")
# The API's hot queries run as prepared statements on PostgreSQL. Turn off
# behind a connection pooler in transaction mode that cannot keep them.
HINDSIGHT_DB_PREPARED_STATEMENTS = env_bool("HINDSIGHT_DB_PREPARED_STATEMENTS", True)
# Outbound webhooks (tracker). Private, loopback and link-local targets are
# refused unless this is true (tests use a loopback receiver).
WEBHOOKS_ALLOW_PRIVATE_TARGETS = env_bool("WEBHOOKS_ALLOW_PRIVATE_TARGETS", False)
WEBHOOKS_TIMEOUT_SECONDS = env_int("WEBHOOKS_TIMEOUT_SECONDS", 5, minimum=1)
# An endpoint whose every attempt has failed for this long is disabled and its
# owner told (a time span: a burst of events in a short outage must not do it).
WEBHOOKS_DISABLE_AFTER_HOURS = env_int("WEBHOOKS_DISABLE_AFTER_HOURS", 24, minimum=1)
# Re-enabled, an endpoint gets the deliveries it missed in this many days.
WEBHOOKS_REDELIVER_MISSED_DAYS = env_int("WEBHOOKS_REDELIVER_MISSED_DAYS", 7, minimum=1)
