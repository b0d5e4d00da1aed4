"""The Rule base class: id, documentation, examples and a visitor, in the style of ESLint and ruff rules.

A rule module defines subclasses of Rule; defining one registers it. A rule
reacts to node kinds through methods named `visit_<NodeType>(path)` (or
`visit_any(path)` for every node) and may implement `finish()` for checks
that need the whole file.

Examples are snippets: `example_scope` says where they stand: inside an
async method ("method"), inside the class body ("class"), or a whole file
("file", whose class is named `example`). EXAMPLE_TEMPLATES completes them
into files, for `exkit explain` readers and for the tests that run them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, ClassVar

from esprima.nodes import Node

from transpiler.diagnostics import Severity

if TYPE_CHECKING:
    from transpiler.context import FileContext
    from transpiler.syntax import Path

REGISTRY: dict[str, type["Rule"]] = {}


class Rule:
    id: ClassVar[str]
    title: ClassVar[str]
    rationale: ClassVar[str]
    bad: ClassVar[str]
    good: ClassVar[str]
    hint: ClassVar[str] = ""
    severity: ClassVar[Severity] = Severity.ERROR
    # Decisions that relax or sharpen SUBSET.md, recorded where contributors read them.
    decisions: ClassVar[str] = ""
    # Node kinds this rule rejects wherever they are not allowed; the catch-all
    # rule for unsupported constructs stays silent on them.
    claims: ClassVar[frozenset[str]] = frozenset()
    # Rules whose findings come from the parser or the file reader, not from a visitor.
    reported_by_reader: ClassVar[bool] = False
    # False where the examples describe an input that a snippet cannot show (binary files, huge files).
    examples_run: ClassVar[bool] = True
    example_scope: ClassVar[str] = "method"

    def __init_subclass__(cls, **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        if cls.id in REGISTRY:
            raise RuntimeError(f"rule id {cls.id} is defined twice")
        REGISTRY[cls.id] = cls

    def __init__(self, context: FileContext) -> None:
        self.context = context

    def report(self, node: Node, message: str, hint: str | None = None, length: int | None = None) -> None:
        """Flag `node`, or only its first `length` characters (a keyword, an operator)."""
        source = self.context.source
        hint = self.hint if hint is None else hint
        if length is None:
            self.context.add(source.node_diagnostic(node, self.id, message, hint, self.severity))
            return
        line, column = node.loc.start.line, node.loc.start.column + 1
        self.context.add(source.diagnostic(self.id, message, hint, (line, column), (line, column + length),
                                           self.severity))

    def report_operator(self, left: Node, operator: str, message: str, hint: str | None = None) -> None:
        """Flag an operator that has no node of its own: the first `operator` after `left`."""
        text = self.context.source.text
        start = text.find(operator, left.range[1])
        start = left.range[1] if start < 0 else start
        self.context.add(self.context.source.offset_diagnostic(
            self.id, message, self.hint if hint is None else hint, start, start + len(operator), self.severity))

    def visitors(self) -> dict[str, Callable[[Path], None]]:
        """Node type (or "*" for visit_any) -> bound visitor."""
        return {("*" if name == "visit_any" else name[len("visit_"):]): getattr(self, name)
                for name in dir(self) if name.startswith("visit_")}

    @classmethod
    def example_file(cls, snippet: str) -> str:
        return EXAMPLE_TEMPLATES[cls.example_scope].replace("{snippet}", _indent(snippet, cls.example_scope))

    def finish(self) -> None:
        """Called once after the walk, for rules that judge the file as a whole."""


_EXAMPLE_HEADER = """import Exchange from './base/Exchange.js';
import { ArgumentsRequired, BadRequest, ExchangeError, InvalidOrder } from './base/errors.js';
import Precise from './base/Precise.js';
import { TICK_SIZE, TRUNCATE } from './base/functions/number.js';

export default class example extends Exchange {
"""
EXAMPLE_TEMPLATES = {
    "file": "{snippet}\n",
    "class": _EXAMPLE_HEADER + "{snippet}\n}\n",
    "method": _EXAMPLE_HEADER + "    async fetchExample (symbol, params = {}) {\n{snippet}\n    }\n}\n",
}
_EXAMPLE_INDENT = {"file": "", "class": "    ", "method": "        "}


def _indent(snippet: str, scope: str) -> str:
    prefix = _EXAMPLE_INDENT[scope]
    return "\n".join(prefix + line if line else line for line in snippet.strip("\n").split("\n"))
