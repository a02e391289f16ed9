# Quick start:   make repro   (set up .venv, run the pipeline)     make test   (set up .venv, run the tests)
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# torch first, pinned: on a machine without a GPU point TORCH_INDEX at the CPU wheels
# (https://download.pytorch.org/whl/cpu) to avoid a multi-GB CUDA build; on a GPU machine leave it empty.
TORCH_INDEX ?=
TORCH_ARGS := $(if $(TORCH_INDEX),--index-url $(TORCH_INDEX),)
PYTEST_ARGS ?=
# Test processes (pytest-xdist, one module per process): the pipeline tests take most of the time and use
# about one core, so on 2 cores 2 processes run the rest of the suite beside them. 0 = no xdist.
PYTEST_WORKERS ?= 2
PYTEST_PARALLEL := $(if $(filter 0,$(PYTEST_WORKERS)),,-n $(PYTEST_WORKERS) --dist loadfile)

.PHONY: setup repro test test-slow lint bench clean-venv device-wheels device-check device-check-dry study study-plan

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -c constraints.txt $(TORCH_ARGS) torch
	$(BIN)/python -m pip install -q -c constraints.txt -e '.[dev]'
	touch $@

repro: setup
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/dvc repro

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test: setup lint
	$(BIN)/pytest $(PYTEST_PARALLEL) $(PYTEST_ARGS)

test-slow: setup
	$(BIN)/pytest -m slow $(PYTEST_ARGS)

bench: setup
	$(BIN)/python benchmarks/execution.py

# The powered study (docs/results.md): `make study-plan` states what it can detect, `make study` runs it
# (params.yaml switched to profiles/study.yaml; run it again to resume) and copies the evidence to results/study/.
study-plan: setup
	$(BIN)/python tools/study.py plan

study: setup
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/python tools/study.py run

clean-venv:
	rm -rf $(VENV)

# The device check (docs/scaling.md, "Device check"): `make device-wheels` here, where PyPI is reachable,
# then `make device-check` on the GPU machine, which has no network (and no .venv: its python3 holds torch);
# `make device-check-dry` runs the same check on this machine's CPU.
DEVICE_PYTHON ?= python3
DEVICE_CHECK_ARGS ?=

device-wheels: setup
	$(BIN)/python tools/wheels.py

device-check:
	$(DEVICE_PYTHON) tools/device_check.py --wheels wheels $(DEVICE_CHECK_ARGS)

device-check-dry: setup
	$(BIN)/python tools/device_check.py --dry-run $(DEVICE_CHECK_ARGS)
