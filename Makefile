# Two commands do all set-up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
UV_VERSION := 0.13.8
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: demo test lint typecheck bench soak lock clean

$(STAMP): pyproject.toml requirements/lock.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)
	$(BIN)/uv pip install --quiet --python $(BIN)/python --require-hashes -r requirements/lock.txt
	$(BIN)/uv pip install --quiet --python $(BIN)/python --no-deps -e .
	@touch $(STAMP)

## demo: the example HR assistant behind the governance layer on $(HOST):$(PORT)
demo: $(STAMP)
	@mkdir -p var
	$(BIN)/governance keys init
	HOST=$(HOST) PORT=$(PORT) $(BIN)/python -m examples.hr_assistant

## test: lint, type-check and the whole test suite
test: lint
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy

## bench: every benchmark; figures land in bench/results/*.json and the terminal
bench: $(STAMP)
	$(BIN)/python -m bench

## soak: the 10-minute soak, saturation, PostgreSQL-restart and worker-SIGKILL run (bench/results/soak.json)
soak: $(STAMP)
	$(BIN)/python -m bench.soak --seconds 600 --workers 2

## lock: re-resolve pinned dependencies (with hashes) after editing pyproject.toml
lock: $(STAMP)
	$(BIN)/uv pip compile pyproject.toml --extra models --extra dev --generate-hashes \
	  --python-version 3.11 -o requirements/lock.txt

clean:
	rm -rf $(VENV) var .mypy_cache .ruff_cache .pytest_cache
