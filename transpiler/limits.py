"""Input limits (rule SUB-P003): how much a source file may cost the checker and the emitters.

A submitted file is hostile until it has been checked, so reading, parsing and checking it must stay
bounded. Three limits are configurable, through the environment (for CI and the build) or through the
options of `exkit check` and `exkit transpile`, which take precedence:

    EXKIT_MAX_FILE_BYTES   --max-file-bytes   size of a source file in bytes          (default 2 MiB)
    EXKIT_MAX_LINE_LENGTH  --max-line-length  characters on one line                  (default 1000)
    EXKIT_MAX_NESTING      --max-nesting      levels of the syntax tree, file to leaf (default 64)

One more limit is Python's, not ours, and so not configurable: CPython compiles at most 20 statically
nested blocks (a loop or a try body is one, the body of an except clause two), so loops and try
statements may not nest deeper than that.

And a method holds at most MAX_METHOD_STATEMENTS statements: SUB-D007's analysis of where a method's
dictionaries go relates its statements to one another, which costs more than their number; bounding a
method bounds that cost per byte of the file, whatever its statements are (a 2 MiB method of changes in
place took `exkit check` an hour).
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass
from typing import TYPE_CHECKING, Mapping

from esprima.nodes import Node

from transpiler.diagnostics import Diagnostic
from transpiler.syntax import children, walk

if TYPE_CHECKING:
    from transpiler.source import SourceFile


class LimitsError(ValueError):
    """An environment variable or option that does not hold a valid limit."""


@dataclass(frozen=True)
class Limits:
    # Real integrations are below 100 KiB; the parser reads about 300 KiB a second, so 2 MiB is a few seconds.
    max_file_bytes: int = 2 * 1024 * 1024
    # Long lines hide code from reviewers (right of the screen) and make code frames useless.
    max_line_length: int = 1000
    # Counted from the top of the file: the class and a method take 7 levels; every statement, block,
    # operator, call, member access, array, object and property below adds one (`else if` does not).
    # The project's deepest source uses 23. At 64 the generated Python stays well below the 200
    # nested brackets and the 100 indentation levels that CPython compiles.
    max_nesting: int = 64

    def replace(self, **changes: int | None) -> "Limits":
        """A copy with the given limits changed; None leaves one as it is."""
        return dataclasses.replace(self, **{name: value for name, value in changes.items() if value is not None})


ENVIRONMENT = {
    "max_file_bytes": "EXKIT_MAX_FILE_BYTES",
    "max_line_length": "EXKIT_MAX_LINE_LENGTH",
    "max_nesting": "EXKIT_MAX_NESTING",
}

# CPython's CO_MAXBLOCKS: "too many statically nested blocks" past it.
PYTHON_MAX_BLOCKS = 20
# Statements (declarations included, blocks not) in one method's body. The project's longest method holds 87.
MAX_METHOD_STATEMENTS = 1000
# A method's parameters: SUB-D007 relates each call's arguments to the parameters of the method that holds it, so that
# 3,000 of them, each passed to a call in one statement, cost time quadratic in the file (74 KB: a minute; red-team
# round 27). The base class's widest method takes 20.
MAX_METHOD_PARAMETERS = 64


def from_environment(environment: Mapping[str, str] | None = None) -> Limits:
    """The defaults, changed by any EXKIT_MAX_* variable that is set; LimitsError for a value that is not a
    positive integer."""
    environment = os.environ if environment is None else environment
    changes = {}
    for name, variable in ENVIRONMENT.items():
        text = environment.get(variable, "").strip()
        if text:
            changes[name] = parse_limit(text, variable)
    return Limits().replace(**changes)


def parse_limit(text: str, what: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise LimitsError(f"{what} must be a positive integer, not {text!r}") from None
    if value < 1:
        raise LimitsError(f"{what} must be a positive integer, not {text!r}")
    return value


def resolve(limits: Limits | None) -> Limits:
    return from_environment() if limits is None else limits


def line_findings(source: SourceFile, limits: Limits) -> list[Diagnostic]:
    """Every line longer than the limit."""
    limit = limits.max_line_length
    return [source.diagnostic(
        "SUB-P003", f"this line is {len(line)} characters long, longer than the limit of {limit}",
        f"break the line (the limit is set by {ENVIRONMENT['max_line_length']} or --max-line-length)",
        (number, limit + 1), (number, len(line) + 1))
        for number, line in enumerate(source.lines, start=1) if len(line) > limit]


def nesting_findings(source: SourceFile, program: Node, limits: Limits) -> tuple[Diagnostic | None, Diagnostic | None]:
    """The first node nested deeper than the limit (the caller checks no further), and the first statement
    inside more nested loops and try statements than Python compiles. One walk, which never goes past the limit."""
    too_deep = too_many_blocks = None
    stack: list[tuple[Node, int, int]] = [(program, 0, 0)]
    while stack:
        node, depth, blocks = stack.pop()
        if depth > limits.max_nesting:
            too_deep = source.diagnostic(
                "SUB-P003", f"the code is nested {depth} levels deep here, deeper than the limit of "
                f"{limits.max_nesting}; the file is not checked further",
                "move the inner part into a method of its own or a named constant (the limit is set by "
                f"{ENVIRONMENT['max_nesting']} or --max-nesting)", _start(node))
            break
        if blocks > PYTHON_MAX_BLOCKS and too_many_blocks is None:
            too_many_blocks = source.diagnostic(
                "SUB-P003", f"loops and try statements are nested {blocks} deep here; Python compiles at most "
                f"{PYTHON_MAX_BLOCKS} (the body of a catch counts twice)",
                "move the inner loop or try statement into a method of its own", _start(node))
        kind = node.type
        if kind in _NESTING_FIELDS:  # the few kinds where a field does not add one level, or adds blocks
            nested = [(child, depth + _level(node, field, child), blocks + _blocks(node, field))
                      for field, child in children(node)]
            stack.extend(reversed(nested))
        else:
            deeper = depth + 1
            stack.extend(reversed([(child, deeper, blocks) for _, child in children(node)]))
    return too_deep, too_many_blocks


def method_size_finding(source: SourceFile, program: Node) -> Diagnostic | None:
    """The first method of the file that holds more statements than MAX_METHOD_STATEMENTS, or takes more parameters
    than MAX_METHOD_PARAMETERS (the caller checks no further), or None."""
    for path in walk(program):
        if path.type != "MethodDefinition" or path.node.value is None or path.node.value.body is None:
            continue
        if len(path.node.value.params) > MAX_METHOD_PARAMETERS:
            return source.diagnostic(
                "SUB-P003", f"this method takes {len(path.node.value.params)} parameters, more than the limit of "
                f"{MAX_METHOD_PARAMETERS}; the file is not checked further", "pass a dictionary of options instead",
                _start(path.node))
        count = sum(1 for inner in walk(path.node.value.body)  # (a block is none: `{ ... }` holds statements)
                    if inner.type != "BlockStatement" and (inner.type.endswith("Statement")
                                                           or inner.type.endswith("Declaration")))
        if count > MAX_METHOD_STATEMENTS:
            return source.diagnostic(
                "SUB-P003", f"this method holds {count} statements, more than the limit of {MAX_METHOD_STATEMENTS}; "
                f"the file is not checked further", "split the method into methods of their own",
                _start(path.node))
    return None


def _level(parent: Node, field: str, child: Node) -> int:
    """`else if` continues a chain that every target prints flat (elif, elseif): it does not nest."""
    return 0 if field == "alternate" and parent.type == child.type == "IfStatement" else 1


_LOOPS = frozenset({"ForStatement", "ForOfStatement", "ForInStatement", "WhileStatement", "DoWhileStatement"})
_TRY_BLOCKS = {"block": 1, "handler": 2, "finalizer": 1}
_NESTING_FIELDS = _LOOPS | {"TryStatement", "IfStatement"}


def _blocks(parent: Node, field: str) -> int:
    """The static blocks of CPython that the Python emitter opens around this field of parent."""
    if parent.type in _LOOPS:
        return 1 if field == "body" else 0
    if parent.type == "TryStatement":
        return _TRY_BLOCKS.get(field, 0)
    return 0


def _start(node: Node) -> tuple[int, int]:
    location = getattr(node, "loc", None)
    return (location.start.line, location.start.column + 1) if location is not None else (1, 1)
