# Two commands a newcomer needs: `make demo` and `make test`. Both create or reuse .venv.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint screenshots bench clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "Python 3.11+ is required"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

## Start the kiosk on the embedded demo store (both sandboxes, simulated card reader).
demo: $(STAMP)
	$(BIN)/kiosk

## Every check CI runs: format, lint, types, layer contracts, the whole test suite.
test: $(STAMP)
	$(BIN)/python -m ruff format --check kiosk tests benchmarks
	$(BIN)/python -m ruff check kiosk tests benchmarks
	$(BIN)/python -m mypy
	$(BIN)/lint-imports
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -p no:cacheprovider tests; rc=$$?; \
	  if [ $$rc -eq 5 ]; then echo "pytest collected no tests: failing"; exit 1; fi; exit $$rc

lint: $(STAMP)
	$(BIN)/python -m ruff format kiosk tests benchmarks
	$(BIN)/python -m ruff check --fix kiosk tests benchmarks

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/kiosk --screenshots build/screenshots

bench: $(STAMP)
	$(BIN)/python benchmarks/catalog_sync.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/startup.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/menu.py

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache
