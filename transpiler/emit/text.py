"""JavaScript text on its way into Python and PHP source."""

from __future__ import annotations

import re

# Identifiers every target can spell as they are (ASCII; Python would NFKC-normalise others, PHP reads bytes).
ASCII_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
