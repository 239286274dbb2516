# Pluralis: `make run` to try it, `make test` to check everything. See README.md.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
export HOST PORT

.PHONY: help install web chromium services run serve migrate seed test lint types schema \
        schema-check pytest web-test e2e bench clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-13s %s\n", $$1, $$2}'

$(BIN)/.installed: pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "Python 3.11 or newer is needed (found $$($(PYTHON) --version))."; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	@touch $@

install: $(BIN)/.installed ## create .venv and install the Python packages

web/node_modules/.installed: web/package.json web/package-lock.json
	cd web && npm ci --no-audit --no-fund
	@touch $@

web/dist/index.html: web/node_modules/.installed $(shell find web/src web/index.html -type f 2>/dev/null) schema/schema.graphql
	cd web && npm run build

web: web/dist/index.html ## build the browser app into web/dist

chromium: ## install Debian's Chromium (browser tests) and faketime (clock tests), once
	@bash infra/install-chromium.sh

services: ## start Postgres and Redis on loopback if they are not running
	@bash infra/start-services.sh

var:
	@mkdir -p var

migrate: install var ## bring the database up to date
	$(BIN)/pluralis migrate

seed: migrate ## load the demo data (idempotent)
	$(BIN)/pluralis seed

run: install web seed ## set up everything and serve on http://$(HOST):$(PORT)
	$(BIN)/pluralis serve --host $(HOST) --port $(PORT)

serve: install ## serve without rebuilding
	$(BIN)/pluralis serve --host $(HOST) --port $(PORT)

test: install services lint types schema-check pytest web-test e2e ## the whole suite

lint: install ## ruff
	$(BIN)/ruff check .

types: install ## mypy --strict
	$(BIN)/mypy server schema workers tests

schema: install ## export the GraphQL schema to schema/schema.graphql
	$(BIN)/pluralis export-schema

schema-check: install ## fail when schema/schema.graphql is out of date
	$(BIN)/pluralis export-schema --check

pytest: install services chromium ## Python tests on SQLite and Postgres, with Redis
	$(BIN)/pytest -n 2

web-test: web/node_modules/.installed ## type-check the web app against the schema, unit tests
	cd web && npm run typecheck && npm test

# A fresh set of screenshots each run: a page no longer reviewed leaves none behind.
e2e: install web chromium ## browser tests in headless Chromium; every page reviewed at desktop and phone widths, screenshots in var/screenshots/
	rm -rf var/screenshots
	E2E_SKIP_BUILD=1 bash web/e2e/run.sh

bench: install services ## performance ratios against same-run baselines
	$(BIN)/python -m tests.bench

clean: ## remove build products and the embedded database
	rm -rf $(VENV) web/node_modules web/dist var
