"""Where the toolchain finds its own project's files (it runs from the repository, installed in editable mode)."""

from __future__ import annotations

import os

PROJECT_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BASE_PATH = os.path.join(PROJECT_ROOT, "js", "base", "Exchange.js")
NATIVE_PATH = os.path.join(PROJECT_ROOT, "js", "base", "NativeExchange.js")
DEFAULTS_PATH = os.path.join(PROJECT_ROOT, "tests", "vectors", "base", "defaults.json")
# What CONTRIBUTING.md (transpiler/guide.py) is made from besides the toolchain's own files: the build caches the
# guide on their contents.
GUIDE_INPUTS = (BASE_PATH, NATIVE_PATH, DEFAULTS_PATH)
