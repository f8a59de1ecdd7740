# Hindsight — the two commands of the README's quick start, and a few helpers.
#   make run    install into .venv, migrate, load the article, start web + worker + beat (embedded default)
#   make test   install with the dev tools, lint, type-check and run the whole suite on PostgreSQL and Redis
SHELL := /bin/bash
.DEFAULT_GOAL := help

# The first interpreter that actually runs: a pyenv shim exists for every version pyenv knows but fails for
# the versions not selected, so "command -v" alone is not enough.
PYTHON ?= $(shell for p in python3.13 python3.12 python3.11 python3; do $$p -c '' >/dev/null 2>&1 && { echo $$p; break; }; done)
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
# The Procfile's commands (gunicorn, celery) come from the virtual environment.
export PATH := $(CURDIR)/$(VENV)/bin:$(PATH)

.PHONY: help run test lint typecheck install install-dev reviewer-passwords bench clean

help:
	@echo "make run                 start Hindsight on http://127.0.0.1:$(PORT)/ (SQLite + filesystem broker under var/)"
	@echo "make test                lint, type-check and run the test suite (PostgreSQL + Redis)"
	@echo "make reviewer-passwords  print new random passwords for the demo reviewers"
	@echo "make bench               benchmarks as side-by-side ratios (BENCH_SCALE=small for a quick run)"
	@echo "make clean               remove .venv and var/ (the local database, mail and broker files)"

$(PY):
	@test -n "$(PYTHON)" || { echo "Python 3.11+ is needed (python3 not found)."; exit 1; }
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' || \
		{ echo "Python 3.11+ is needed; $(PYTHON) is $$($(PYTHON) -V 2>&1)."; exit 1; }
	$(PYTHON) -m venv $(VENV)

# Re-install only when pyproject.toml changes.
$(VENV)/.installed-run: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --disable-pip-version-check -e .
	@touch $@

$(VENV)/.installed-dev: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --disable-pip-version-check -e ".[dev]"
	@touch $@ $(VENV)/.installed-run

install: $(VENV)/.installed-run
install-dev: $(VENV)/.installed-dev

# --- make run: the embedded default ----------------------------------------
run: export DJANGO_DEBUG ?= true
run: export SITE_URL ?= http://127.0.0.1:$(PORT)
run: install
	@mkdir -p var/mail
	$(PY) manage.py migrate --noinput -v 1
	$(PY) manage.py createcachetable
	$(PY) -m predictions.catalogs
	$(PY) manage.py collectstatic --noinput -v 0
	$(PY) manage.py seed_ledger
	@$(PY) manage.py ensure_demo_reviewers
	@# Bao reads reminders in Simplified Chinese (kept if a reviewer changed it since).
	@$(PY) manage.py reviewer_language bao zh-hans --if-unset
	@echo "Starting web, worker and beat (Procfile) — http://127.0.0.1:$(PORT)/ ; admin: http://127.0.0.1:$(PORT)/admin/ ; Ctrl-C stops all three."
	$(VENV)/bin/honcho start --procfile Procfile --port $(PORT)

reviewer-passwords: export DJANGO_DEBUG ?= true
reviewer-passwords: install
	$(PY) manage.py ensure_demo_reviewers --reset-passwords

# --- make test: PostgreSQL and Redis -----------------------------------------
test: export DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/hindsight
test: export REDIS_URL ?= redis://127.0.0.1:6379/0
test: install-dev
	$(PY) tests/preflight.py
	$(PY) -m predictions.catalogs
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	$(VENV)/bin/pytest

# make bench: the forecast extractor's scores on its labelled corpus (issue 12), then every ratio of issues 6 and 14
# side by side (docs/benchmarks.md), ending with the RATIO lines. BENCH_SCALE=small: a quick check.
bench: export DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/hindsight
bench: export REDIS_URL ?= redis://127.0.0.1:6379/0
bench: install-dev
	$(PY) tests/preflight.py
	$(PY) -m predictions.catalogs
	$(PY) -m tests.intake.evaluate
	$(PY) -m tests.intake.agreement
	$(PY) -m tests.intake.probe
	$(PY) -m tests.bench.run

lint: install-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .


typecheck: install-dev
	$(VENV)/bin/mypy

clean:
	rm -rf $(VENV) var
