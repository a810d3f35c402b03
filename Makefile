# Two commands a newcomer needs: `make demo` and `make test`. Both create or reuse .venv.
# `make demo` installs what the app needs; `make test` adds the dev extra (test and lint tools).
# Each has its own stamp; the dev install includes the app, so it refreshes the app stamp too.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
APP_STAMP := $(VENV)/.installed-app
DEV_STAMP := $(VENV)/.installed-dev

.PHONY: demo test lint screenshots translations bench dist clean

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "Python 3.11+ is required"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(APP_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $(APP_STAMP)

$(DEV_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(DEV_STAMP) $(APP_STAMP)

## Start the kiosk on the embedded demo store (both sandboxes, simulated card reader).
demo: $(APP_STAMP)
	$(BIN)/kiosk

## Every check CI runs: format, lint, types, layer contracts, the whole test suite.
test: $(DEV_STAMP)
	$(BIN)/python -m ruff format --check kiosk tests benchmarks
	$(BIN)/python -m ruff check kiosk tests benchmarks
	$(BIN)/python -m mypy
	$(BIN)/lint-imports
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -p no:cacheprovider tests; rc=$$?; \
	  if [ $$rc -eq 5 ]; then echo "pytest collected no tests: failing"; exit 1; fi; exit $$rc

lint: $(DEV_STAMP)
	$(BIN)/python -m ruff format kiosk tests benchmarks
	$(BIN)/python -m ruff check --fix kiosk tests benchmarks

screenshots: $(APP_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/kiosk --screenshots build/screenshots

## Update kiosk/ui/translations/*.ts from every qsTr()/tr() text, then build the .qm files.
translations: $(APP_STAMP)
	$(BIN)/python -m kiosk.ui.translations.build

bench: $(DEV_STAMP)
	$(BIN)/python benchmarks/catalog_sync.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/startup.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/menu.py

## The wheel and sdist a kiosk box installs (packaging/install.sh reads dist/).
dist: $(DEV_STAMP)
	rm -rf dist
	$(BIN)/python -m build --outdir dist .

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache dist build *.egg-info
