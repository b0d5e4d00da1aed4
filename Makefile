# The two quick-start entry points (see README.md): `make build` and `make test`.
# Each one prepares what is missing first: the virtual environment and PHP with its extensions.
PYTHON ?= python3
VENV := .venv
VENV_PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
PHP_STAMP := $(VENV)/.php
CLANG_STAMP := $(VENV)/.clang
NODE_STAMP := js/node_modules/.installed
# The C speedups of the Python base runtime, compiled in place (the package runs as pure Python without them)
SPEEDUPS := python/exchangekit/base/_speedups$(shell $(PYTHON) -c "import sysconfig; print(sysconfig.get_config_var('EXT_SUFFIX'))")
PHP_PACKAGES := php-cli php-curl php-mbstring php-bcmath composer openssl
SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)

.PHONY: build test test-quick check-generated ci-certify dist clean upgrade-black

build: $(STAMP) $(PHP_STAMP) $(NODE_STAMP) $(SPEEDUPS)
	$(VENV_PY) build.py

# The suite runs on a snapshot of the tree taken when it starts (tests/snapshot.py: files added meanwhile do not
# leak into the tests that span every exchange), in JOBS pytest-xdist workers; a file's tests share one worker, so
# each runtime's runner processes start once per file. JOBS=0 runs it in one process.
JOBS ?= auto
PYTEST_PARALLEL = $(if $(filter 0,$(JOBS)),,-n $(JOBS) --dist loadfile)
test: $(STAMP) $(PHP_STAMP) $(NODE_STAMP) $(SPEEDUPS) $(CLANG_STAMP)
	$(VENV_PY) tests/snapshot.py $(PYTEST_PARALLEL)

# The suite without the tests marked slow (packaging): for the edit-test loop. CI runs `make test`.
test-quick: $(STAMP) $(PHP_STAMP) $(NODE_STAMP) $(SPEEDUPS) $(CLANG_STAMP)
	$(VENV_PY) tests/snapshot.py $(PYTEST_PARALLEL) -m "not slow"

check-generated: $(STAMP) $(PHP_STAMP)
	$(VENV_PY) build.py --check

# Certify the exchanges a change touches since BASE (all of them when the toolchain or the base runtime changed), or
# every exchange without a BASE: .ci/run's clean clone knows no base of the change, and the last commit alone let a
# host changed in an earlier one skip certify's checks (red-team round 22; about 3 minutes for all).
# The pull-request workflow sets BASE to the pull request's base and FORMAT=github for annotations on the diff.
# --no-build: CI checks the generated files as committed (a difference is CERT-B001) instead of writing them, as
# `exkit certify ID` does.
BASE ?=
FORMAT ?= text
ci-certify: $(STAMP) $(PHP_STAMP) $(NODE_STAMP) $(SPEEDUPS)
	$(VENV)/bin/exkit certify --no-build $(if $(BASE),--changed-since $(BASE),--all) --format $(FORMAT)

# The packages for PyPI, npm and Composer in dist/, validated and smoke-tested from outside the tree.
dist: $(STAMP) $(PHP_STAMP) $(NODE_STAMP) $(SPEEDUPS)
	$(VENV)/bin/exkit dist

# Move to another release of black, the formatter of record of the generated Python: `make upgrade-black
# BLACK=X.Y.Z` pins it in pyproject.toml and in the test that names it, reinstalls, rebuilds every module with it
# and runs the formatting tests; then review `git diff` and commit the pin with the regenerated files.
upgrade-black:
	@test -n "$(BLACK)" || { echo "usage: make upgrade-black BLACK=X.Y.Z" >&2; exit 2; }
	sed -i 's/"black==[^"]*"/"black==$(BLACK)"/' pyproject.toml
	sed -i 's/^PINNED_BLACK = .*/PINNED_BLACK = "$(BLACK)"/' tests/test_formatting.py
	$(MAKE) build
	$(VENV_PY) -m pytest -q tests/test_formatting.py

# Reinstalled whenever the dependency list changes.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV_PY) -m pip install --quiet --upgrade pip
	$(VENV_PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# Built with the package's own setup.py, as pip builds it; the temporary objects go to build/ (ignored).
$(SPEEDUPS): python/exchangekit/base/_speedups.c python/setup.py $(STAMP)
	cd python && ../$(VENV_PY) setup.py --quiet build_ext --inplace --build-temp ../build/speedups --build-lib ../build/speedups/lib

# PHP and Composer from Debian's packages, only when php, one of its extensions or composer is missing (and
# openssl, with which a test makes the certificate of its TLS server). openssl and sodium come with php-cli's
# php-common: asymmetric_jwt signs with them.
$(PHP_STAMP): $(STAMP)
	@if php -m 2>/dev/null | grep -qix mbstring && php -m | grep -qix bcmath && php -m | grep -qix curl \
			&& php -m | grep -qix openssl && php -m | grep -qix sodium \
			&& command -v composer >/dev/null && command -v openssl >/dev/null; then \
		echo "PHP: $$(php -r 'echo PHP_VERSION;') with curl, mbstring, bcmath, openssl, sodium; composer"; \
	else \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $(PHP_PACKAGES); \
	fi
	touch $(PHP_STAMP)

# clang, only when missing: the suite compiles the C speedups under strict flags with gcc and with clang, the
# compiler of the macOS wheels (tests/test_speedups.py; a machine without it skipped that check).
$(CLANG_STAMP): $(STAMP)
	@if command -v clang >/dev/null; then \
		clang --version | head -1; \
	else \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq clang; \
	fi
	touch $(CLANG_STAMP)

# The Node library's dependencies (the WebSocket client `ws`), as js/package-lock.json pins them, once the two files are
# found to name the registry's ws alone (transpiler/dist/npm_manifest.py); no package's install scripts run, and no
# folder above js/ is npm's project (a workspace's lock and .npmrc).
$(NODE_STAMP): js/package.json js/package-lock.json $(STAMP)
	$(VENV_PY) -m transpiler.dist.npm_manifest
	cd js && npm ci --workspaces=false --ignore-scripts --no-audit --no-fund --silent
	touch $(NODE_STAMP)

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis .exkit-cache build dist *.egg-info
