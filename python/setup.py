"""The package's one compiled part, an optional extension: exchangekit/base/_speedups.c, the C versions of the
hottest primitives. Where it does not compile (no C compiler) the installation goes on without it and the package
runs as pure Python; EXCHANGEKIT_PURE_PYTHON=1 at build time leaves it out (the pure wheel). Everything else is
configured in pyproject.toml."""

import os

from setuptools import Extension, setup

SPEEDUPS = Extension("exchangekit.base._speedups", ["exchangekit/base/_speedups.c"], optional=True)

setup(ext_modules=[] if os.environ.get("EXCHANGEKIT_PURE_PYTHON") else [SPEEDUPS])
