# The two commands a new user needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HASH := $(shell sha1sum pyproject.toml | cut -c1-12)
RUN_STAMP := $(VENV)/.run-$(HASH)
DEV_STAMP := $(VENV)/.dev-$(HASH)
export FLASK_APP := ats

.PHONY: run test install install-dev lint e2e bench clean-venv

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(RUN_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(DEV_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@ $(RUN_STAMP)

install: $(RUN_STAMP)
install-dev: $(DEV_STAMP)

## make run: install, migrate the SQLite database in instance/, load the demo once, bring scores from an
## older scorer up to date, serve on :5000
run: install
	$(BIN)/flask init-db
	$(BIN)/flask seed-demo
	$(BIN)/flask rescore
	$(BIN)/flask serve --host 127.0.0.1 --port 5000

## make test: install with the dev extras, run the linters and the whole suite
test: install-dev lint
	$(BIN)/pytest $(PYTEST_ARGS)

## make lint: the security gate (bandit), ruff (lint and format check) and mypy; exclusions in pyproject.toml
lint: install-dev
	$(BIN)/bandit -q -r ats -ll -x ats/demo
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

e2e: install-dev
	$(BIN)/pytest tests/e2e $(PYTEST_ARGS)

bench: install-dev
	$(BIN)/python bench/extract.py
	$(BIN)/python bench/screening.py
	$(BIN)/python bench/screening_quality.py
	$(BIN)/python bench/screen_many.py

clean-venv:
	rm -rf $(VENV)
