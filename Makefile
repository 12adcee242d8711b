# The two commands of the README:
#   make demo   set everything up, ingest a corpus, analyse it and print what was found
#   make test   set everything up and run the whole test suite (lint, types, tests)
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
CORPUS ?= examples/corpus
DB ?= demo.db

.PHONY: setup demo test lint typecheck pytest bench clean

$(BIN)/recoupe: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(BIN)/recoupe

setup: $(BIN)/recoupe

demo: setup
	rm -f $(DB)
	$(BIN)/recoupe --db $(DB) demo $(CORPUS)

lint: setup
	$(BIN)/ruff check recoupe tests benchmarks

typecheck: setup
	$(BIN)/mypy

pytest: setup
	bash scripts/ensure-chromium.sh
	$(BIN)/python -m pytest -q

test: lint typecheck pytest

bench: setup
	for b in benchmarks/bench_*.py; do $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) *.egg-info build .mypy_cache .ruff_cache .pytest_cache
