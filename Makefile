# Set-up is automatic: every target creates .venv/ and installs on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: install generate check test golden bench lint

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

## Regenerate spec/schema.json, docs/diff-rules.md and generated/ from spec/ and the generator.
generate: $(STAMP)
	$(BIN)/python -m generator schema
	$(BIN)/python -m generator rules
	$(BIN)/python -m generator generate

## Fail when generated/ is stale.
check: $(STAMP)
	$(BIN)/python -m generator check

## The whole test suite (CI runs this).
test: $(STAMP)
	$(BIN)/python -m pytest

## Regenerate generated/ and the golden trees under tests/golden/; review the diff.
golden: $(STAMP)
	$(BIN)/python -m generator generate
	$(BIN)/python -m tests.golden_trees --update

## Timings against the peers named in benchmarks/README.md.
bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy generator generated
