# Two commands do all the set-up on a fresh machine:
#   make run    install into .venv, start the embedded broker + Redis + worker + dispatcher,
#               feed the shipped sample articles and show alerts as they fire (Ctrl-C stops all)
#   make test   install into .venv and run the whole test suite (lint, types, tests)
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: run test lint typecheck pytest bench install clean

# setup.py compiles the detection engine (mypyc): a changed source rebuilds it.
$(STAMP): pyproject.toml setup.py $(wildcard streams/detection/*.py)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/nadhir demo

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy
	sh scripts/ensure-chromium.sh && $(BIN)/python -m pytest -q -p no:cacheprovider

lint: $(STAMP)
	$(BIN)/ruff check .

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/nadhir bench

clean:
	rm -rf $(VENV) build *.egg-info .mypy_cache .ruff_cache .pytest_cache
