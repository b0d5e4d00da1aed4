"""Expected findings written into test case files as comments under the flagged line.

    flags = flags | 2;
    //            ^ SUB-E009        the caret's column on the line above
    const FEE = 0.1;
    // ^1 SUB-S004                  an explicit column on the line above (for columns 1 and 2)
"""

from __future__ import annotations

import re

CARET = re.compile(r"^(?P<before>\s*//\s*)\^ (?P<rule>SUB-[A-Z]\d{3})\s*$")
EXPLICIT = re.compile(r"^\s*// \^(?P<column>\d+) (?P<rule>SUB-[A-Z]\d{3})\s*$")


def expected_findings(text: str) -> set[tuple[str, int, int]]:
    """(rule, line, column) for every annotation; each refers to the nearest code line above it."""
    expected = set()
    code_line = 0
    for number, line in enumerate(text.split("\n"), start=1):
        caret, explicit = CARET.match(line), EXPLICIT.match(line)
        if caret:
            expected.add((caret["rule"], code_line, len(caret["before"]) + 1))
        elif explicit:
            expected.add((explicit["rule"], code_line, int(explicit["column"])))
        else:
            code_line = number
    return expected
