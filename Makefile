# tencent-mps: every target sets up .venv itself (only Python 3.11+ is needed on the machine).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-dev

.PHONY: help venv docs generate api-snapshot check-generated check-sync sync golden lint format typecheck pytest test bench demo emulator clean

help:
	@echo "make demo             run the whole job against the local emulator (no account needed)"
	@echo "make test             lint, mypy --strict, generated-code drift check, pytest"
	@echo "make docs             the generated reference site, offline, into build/docs/ (index.html)"
	@echo "make generate         regenerate generated/ from schema/ and codegen/"
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

# The reference site: one page per operation and type, guides, offline search (codegen/docs).
DOCS_STAMP := $(VENV)/.installed-docs
$(DOCS_STAMP): $(RUNTIME_STAMP)
	$(BIN)/python -m pip install --quiet -e '.[docs]'
	@touch $(DOCS_STAMP)

docs: $(DOCS_STAMP)
	$(BIN)/python -m codegen.docs --out build/docs

generate: $(STAMP)
	$(BIN)/python -m codegen

# The public API snapshot (api/tencent_mps.txt), rewritten on purpose after a reviewed change;
# lost lines are noted under "Breaking" in CHANGELOG.md. make test compares it.
api-snapshot: $(STAMP)
	$(BIN)/python -m codegen.surface --update

check-generated: $(STAMP)
	$(BIN)/python -m codegen --check

lint: $(STAMP)
	$(BIN)/ruff check codegen sync runtime generated tests bench
	$(BIN)/ruff format --check codegen sync runtime generated tests bench

format: $(STAMP)
	$(BIN)/ruff check --fix codegen sync runtime tests bench
	$(BIN)/ruff format codegen sync runtime tests bench

typecheck: $(STAMP)
	$(BIN)/mypy --strict -p tencent_mps -p tencent_mps_core -p tencent_mps_lib -p codegen -p sync

# Carry facts from Tencent's API description into schema/ (pinned in schema/upstream.json).
# make sync UPSTREAM=DIR reads DIR/api.json and DIR/examples.json; ACTIONS="A B" or ACTIONS=all
# overrides the covered actions for one run.
# Then it regenerates and adds what the public API lost or gained to the drift report
# (schema/CHANGES.md); make test fails until `make api-snapshot` records a reviewed change.
sync: $(STAMP)
	$(BIN)/python -m sync $(if $(UPSTREAM),--upstream $(UPSTREAM)) $(if $(ACTIONS),--actions "$(ACTIONS)")
	$(BIN)/python -m codegen
	$(BIN)/python -m codegen.surface --report schema/CHANGES.md

# Fail when schema/ disagrees with the pinned upstream on any fact.
check-sync: $(STAMP)
	$(BIN)/python -m sync --check

pytest: $(STAMP)
	$(BIN)/python -m pytest

test: lint typecheck check-generated check-sync pytest

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

# The golden tests' committed output (tests/codegen/golden): rewrite it after a reviewed change.
golden: $(STAMP)
	$(BIN)/python -m codegen --schema tests/codegen/fixtures/shop --out tests/codegen/golden/golden_shop --no-facades
