# Anxin: `make run` serves the site with demo content; `make test` runs the whole suite.
.DEFAULT_GOAL := help
SHELL := /bin/bash

VENV := .venv
BIN := $(VENV)/bin
PYENV_ROOT ?= $(shell pyenv root 2>/dev/null || echo $$HOME/.pyenv)
# First interpreter that really runs: python3.13, python3.12, then pyenv's 3.13/3.12 builds.
PYTHON ?= $(shell for p in python3.13 python3.12 $(PYENV_ROOT)/versions/3.13*/bin/python3 \
	$(PYENV_ROOT)/versions/3.12*/bin/python3; do \
	"$$p" -c 'import sys; assert sys.version_info >= (3, 12)' 2>/dev/null && { echo "$$p"; break; }; done)
MANAGE := $(BIN)/python manage.py
# `make run PORT=8080` serves on another port.
PORT ?= 8000
LOCAL_STATIC := STATICFILES_BACKEND=django.contrib.staticfiles.storage.StaticFilesStorage

.PHONY: help setup run test lint format messages bench load fuzz clean

help:
	@echo "make run    set up (if needed) and serve http://127.0.0.1:8000 with demo content (PORT=8080 for another port)"
	@echo "make test   run the whole test suite (SQLite; DATABASE_URL selects another database)"
	@echo "make setup  install system packages, the virtualenv, translations"
	@echo "make lint   ruff check + format check; make format fixes"
	@echo "make bench  run the benchmarks"
	@echo "make load   100 simulated users for 60 s against gunicorn + PostgreSQL (docs/performance.md)"
	@echo "make fuzz   the fuzz tests with ten times as many examples"

$(BIN)/.installed: pyproject.toml
	@test -n "$(PYTHON)" || { echo "Python 3.12 or newer is needed: apt-get install python3.12 (or pyenv install 3.12), or set PYTHON=/path/to/python3.12" >&2; exit 1; }
	"$(PYTHON)" -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $@

setup: $(BIN)/.installed
	./scripts/system-packages.sh
	$(MANAGE) compilemessages --ignore=.venv -v 0

run: setup
	$(MANAGE) migrate --noinput -v 0
	$(MANAGE) load_rights
	$(MANAGE) collectstatic --noinput -v 0
	$(MANAGE) load_demo
	$(MANAGE) runserver 127.0.0.1:$(PORT)

lint: $(BIN)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(BIN)/.installed
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

test: setup lint
	$(LOCAL_STATIC) $(MANAGE) makemigrations --check --dry-run -v 0
	$(LOCAL_STATIC) $(BIN)/pytest $(PYTEST_ARGS)

messages: $(BIN)/.installed
	PY=$(BIN)/python ./scripts/messages.sh

bench: setup
	$(LOCAL_STATIC) $(BIN)/python -m benchmarks

load: setup
	$(BIN)/python -c "import locust" 2>/dev/null || $(BIN)/pip install -q -e '.[dev,load]'
	./scripts/load.sh

fuzz: setup
	HYPOTHESIS_PROFILE=fuzz $(LOCAL_STATIC) $(BIN)/pytest tests/fuzz $(PYTEST_ARGS)

clean:
	rm -rf $(VENV) staticfiles test-artifacts
