# The two quick-start entry points (see README.md): `make build` and `make test`.
# Each one creates the virtual environment and installs what is missing first.
PYTHON ?= python3
VENV := .venv
VENV_PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: build test check-generated clean

build: $(STAMP)
	$(VENV_PY) build.py

test: $(STAMP)
	$(VENV_PY) -m pytest

check-generated: $(STAMP)
	$(VENV_PY) build.py --check

# Reinstalled whenever the dependency list changes.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV_PY) -m pip install --quiet --upgrade pip
	$(VENV_PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis build *.egg-info
