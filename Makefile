# tencent-mps: every target sets up .venv itself (only Python 3.11+ is needed on the machine).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-dev

.PHONY: help venv generate check-generated lint format typecheck pytest test bench demo emulator clean

help:
	@echo "make demo             run the whole job against the local emulator (no account needed)"
	@echo "make test             lint, mypy --strict, generated-code drift check, pytest"
	@echo "make generate         regenerate generated/ from schema/ (+ codegen/, runtime/)"
	@echo "make check-generated  fail if generated/ differs from what make generate would write"
	@echo "make bench            benchmarks against the official SDK"

BENCH_STAMP := $(VENV)/.installed-bench
RUNTIME_STAMP := $(VENV)/.installed-runtime

# The package alone (attrs, cattrs, urllib3): enough for the demo and the command line.
$(RUNTIME_STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit("Python 3.11+ is required, found " + sys.version.split()[0]) if sys.version_info < (3, 11) else None'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	@touch $(RUNTIME_STAMP)

# Plus the generator, linters, type checker, test tools and the official SDK (the test oracle).
$(STAMP): $(RUNTIME_STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

venv: $(STAMP)

generate: $(STAMP)
	$(BIN)/python -m codegen

check-generated: $(STAMP)
	$(BIN)/python -m codegen --check

lint: $(STAMP)
	$(BIN)/ruff check codegen runtime generated tests bench
	$(BIN)/ruff format --check codegen runtime generated tests bench

format: $(STAMP)
	$(BIN)/ruff check --fix codegen runtime tests bench
	$(BIN)/ruff format codegen runtime tests bench

typecheck: $(STAMP)
	$(BIN)/mypy --strict generated/tencent_mps codegen

pytest: $(STAMP)
	$(BIN)/python -m pytest

test: lint typecheck check-generated pytest

$(BENCH_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	@touch $(BENCH_STAMP)

bench: $(BENCH_STAMP)
	$(BIN)/python -m bench

# With credentials (environment or ~/.tencentcloud/credentials) and TASK_ID=..., the real service;
# otherwise the local emulator with a task that progresses.
demo: $(RUNTIME_STAMP)
	$(BIN)/tencent-mps demo $(TASK_ID)

emulator: $(RUNTIME_STAMP)
	$(BIN)/tencent-mps emulator

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .hypothesis
