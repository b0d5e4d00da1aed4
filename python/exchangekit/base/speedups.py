"""The C versions of the hottest primitives (_speedups.c), where they were built.

SPEEDUPS is the module, or None where it was not built (an installation without a C compiler) or where the
environment sets EXCHANGEKIT_PURE_PYTHON: then the pure-Python definitions run, which stay the definition in every
case (the shared vectors hold both to Node's results).
"""

from __future__ import annotations

import os


def _built():
    if os.environ.get("EXCHANGEKIT_PURE_PYTHON"):
        return None
    try:
        from exchangekit.base import _speedups
    except ImportError:
        return None
    return _speedups


SPEEDUPS = _built()
