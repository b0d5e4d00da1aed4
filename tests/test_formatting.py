"""black is the formatter of record of the generated Python: pinned exactly, so that a fresh machine builds the
files that are committed."""

from __future__ import annotations

import os
import re
from importlib.metadata import version

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PINNED_BLACK = "26.10.1"  # `make upgrade-black BLACK=X.Y.Z` moves it, with pyproject.toml


def test_black_is_pinned_to_one_release_and_that_release_is_installed():
    with open(os.path.join(ROOT, "pyproject.toml"), encoding="utf-8") as handle:
        pins = re.findall(r'"black([^"]*)"', handle.read())
    assert pins == [f"=={PINNED_BLACK}"]
    assert version("black") == PINNED_BLACK
