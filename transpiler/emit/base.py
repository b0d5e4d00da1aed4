"""What the Python and PHP printers share: dispatch, per-method naming and types, lowering decisions."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from esprima.nodes import Node

from transpiler.analysis.exchange import ExchangeClass
from transpiler.emit.bounds import within_reads
from transpiler.emit.text import ASCII_NAME, comment_lines
from transpiler.emit.types import Type, TypeEnvironment
from transpiler.names import NATIVE_PRIMITIVES, snake_case
from transpiler.source import SourceFile
from transpiler.syntax import children, parameter_target, walk


class EmitError(Exception):
    """A construct the printer cannot translate exactly (the checker should have rejected it)."""

    def __init__(self, node: Node, message: str) -> None:
        super().__init__(message)
        self.node = node


@dataclass
class MethodScope:
    """Per-method state: local names in the target language, types, temporaries, loops being printed."""

    types: TypeEnvironment
    names: dict[str, str]
    taken: set[str]
    loop_updates: list[Node | None] = field(default_factory=list)
    bounded_counters: list[str] = field(default_factory=list)  # of the loops being printed (see bounds.py)
    within_reads: frozenset[int] = frozenset()  # ids of the reads a[i] always within the array (see bounds.py)
    counter: int = 0

    def temporary(self, stem: str) -> str:
        while True:
            self.counter += 1
            name = f"_{stem}{self.counter}"
            if name not in self.taken:
                self.taken.add(name)
                return name


class Grouped(str):
    """Printed code in parentheses that enclose all of it, `(a + b)`, with the code inside them.

    Handlers parenthesise every compound expression they build, so that their results nest safely; where
    any expression may stand, value() takes `inner` instead of rescanning the text for the matching
    parenthesis (which, at every level of a deep expression, was quadratic).
    """

    inner: str

    def __new__(cls, inner: str) -> "Grouped":
        grouped = super().__new__(cls, f"({inner})")
        grouped.inner = inner
        return grouped


LEFT_ASSOCIATIVE = frozenset({"+", "-", ".", "and", "or", "&&", "||"})


class Operation(Grouped):
    """`(left operator right)` with a native operator: compound() turns `x = (x + v)` into `x += v`."""

    left: str
    operator: str
    right: str

    def __new__(cls, left: str, operator: str, right: str) -> "Operation":
        # `a + b + c` rather than `((a + b) + c)`: the same left-associative operator needs no parentheses on its
        # left (never on its right, and never for comparisons, which Python chains).
        chained = isinstance(left, Operation) and left.operator == operator and operator in LEFT_ASSOCIATIVE
        operation = super().__new__(cls, f"{left.inner if chained else left} {operator} {right}")
        operation.left, operation.operator, operation.right = left, operator, right
        return operation


class Atom(str):
    """Printed code that is one operand without parentheses around it: a call, a subscript."""


def strip_parentheses(text: str) -> str:
    """`(a + b)` -> `a + b` when the text was printed as a Grouped; anything else unchanged."""
    return text.inner if isinstance(text, Grouped) else text


class Indented:
    """The lines of a nested block, indented one level more than the lines around them.

    Blocks nest as these markers, and flatten() indents every line once, at the end: re-indenting the
    lines of a block at every level around it was quadratic in the nesting depth.
    """

    __slots__ = ("lines",)

    def __init__(self, lines: list) -> None:
        self.lines = lines


def indented(lines: list) -> list:
    """A block's lines as one nested element of the lines around it (nothing for an empty block)."""
    return [Indented(lines)] if lines else []


def flatten(lines: list, unit: str = "    ") -> list[str]:
    """Lines with Indented blocks resolved into indentation; blank lines stay empty."""
    flat: list[str] = []
    pending = [(iter(lines), "")]
    while pending:
        items, prefix = pending[-1]
        for line in items:
            if isinstance(line, Indented):
                pending.append((iter(line.lines), prefix + unit))
                break
            flat.append(prefix + line if line else line)
        else:
            pending.pop()
    return flat


def append_to_last_line(lines: list, text: str) -> None:
    """Add text at the end of the last printed line, which may be inside nested blocks."""
    while isinstance(lines[-1], Indented):
        lines = lines[-1].lines
    lines[-1] += text


class Printer:
    """Shared machinery; a target subclass provides the spelling of every construct."""

    reserved: frozenset[str] = frozenset()

    def __init__(self, source: SourceFile, exchange: ExchangeClass) -> None:
        self.source = source
        self.exchange = exchange
        self.check_names(exchange.program)
        self.scope: MethodScope | None = None
        self.comments = sorted(getattr(exchange.program, "comments", None) or [], key=lambda c: c.range[0])
        self.comment_starts = [comment.range[0] for comment in self.comments]

    # Names the target cannot write after `self.`/`$this->` (Python's keywords).
    member_keywords: frozenset[str] = frozenset()

    def check_names(self, program: Node) -> None:
        """Every name is spelled as it is in the targets, so each must be an ASCII identifier: `$x` would be a
        variable in PHP and a syntax error in Python, and Python folds non-ASCII names (NFKC), so that two names
        JavaScript tells apart could become one. Members of this and super must not be the target's keywords
        (`self.class`); SUB-D003 rejects them, and the printer fails closed on them too."""
        for path in walk(program):
            node = path.node
            if node.type == "Identifier" and not ASCII_NAME.fullmatch(node.name):
                raise EmitError(node, f"the name {node.name!r} cannot be written in Python and PHP: names are made "
                                      "of ASCII letters, digits and _")
            if node.type == "MemberExpression" and not node.computed and \
                    node.object.type in ("ThisExpression", "Super"):
                callee = path.parent_type == "CallExpression" and path.field == "callee"
                spelled = snake_case(node.property.name) if callee else node.property.name
                if spelled in self.member_keywords:
                    raise EmitError(node.property, f"`{spelled}` is a keyword in the target language, so "
                                                   f"`this.{node.property.name}` cannot be written there")

    # --- comments ------------------------------------------------------------------------------------

    def comments_between(self, start: int, end: int) -> list[Node]:
        """Comments wholly inside [start, end) of the source text."""
        first = bisect.bisect_left(self.comment_starts, start)
        last = bisect.bisect_left(self.comment_starts, end)
        return [comment for comment in self.comments[first:last] if comment.range[1] <= end]

    def comment_lines(self, comment: Node) -> list[str]:
        """A comment in the target language (subclasses spell it)."""
        raise NotImplementedError

    def doc_comment(self, method: Node, previous_end: int) -> tuple[Node | None, list[Node]]:
        """The JSDoc block right before a method, and the other comments before it."""
        comments = self.comments_between(previous_end, method.range[0])
        if comments and comments[-1].type == "Block" and comments[-1].value.startswith("*"):
            return comments[-1], comments[:-1]
        return None, comments

    @staticmethod
    def doc_text(comment: Node) -> str:
        """The text of a /** ... */ block without its frame of asterisks, invisible characters spelled out."""
        lines = [line.strip() for line in comment_lines(comment.value)]
        lines = [line[1:].strip() if line.startswith("*") else line for line in lines]
        while lines and not lines[0]:
            lines.pop(0)
        while lines and not lines[-1]:
            lines.pop()
        return "\n".join(lines)

    @classmethod
    def comment_text(cls, comment: Node) -> list[str]:
        """A comment's lines without its frame (`//`, `/*`, the asterisks of a JSDoc block), each safe in any
        target comment that ends at a line break (see transpiler.emit.text)."""
        if comment.type == "Line":
            return comment_lines(comment.value)
        if comment.value.startswith("*"):
            return cls.doc_text(comment).split("\n")
        return comment_lines(comment.value.strip())

    # --- methods -------------------------------------------------------------------------------------

    def enter_method(self, method: Node) -> None:
        declared = [parameter_target(param) for param in method.value.params]
        for node in nodes_of(method.value.body):
            if node.type == "VariableDeclarator":
                declared += [node.id] if node.id.type == "Identifier" else list(node.id.elements)
            elif node.type == "CatchClause":
                declared.append(node.param)
        names: dict[str, str] = {}
        taken: set[str] = set()
        for identifier in declared:
            if identifier.name in names:
                continue
            name = snake_case(identifier.name)
            while name in self.reserved or name in taken:
                name += "_"
            names[identifier.name] = name
            taken.add(name)
        self.scope = MethodScope(TypeEnvironment(method), names, taken, within_reads=within_reads(method))

    def local(self, name: str) -> str:
        return self.scope.names.get(name, name)

    def type_of(self, node: Node) -> Type:
        return self.scope.types.of(node)

    @staticmethod
    def compound(target: str, value: str, operators: tuple[str, ...]) -> str | None:
        """`target += v` when value is exactly `(target + v)` for one of the native operators, else None."""
        if isinstance(value, Operation) and value.left == target and value.operator in operators:
            return f"{target} {value.operator}= {value.right}"
        return None

    @staticmethod
    def defaulted(function: Node) -> list[Node]:
        """Parameters with a default other than undefined."""
        return [param for param in function.params if param.type == "AssignmentPattern"
                and not (param.right.type == "Identifier" and param.right.name == "undefined")]

    # --- dispatch ------------------------------------------------------------------------------------

    def expression(self, node: Node) -> str:
        handler = getattr(self, "expression_" + node.type, None)
        if handler is None:
            raise EmitError(node, f"no translation for the expression kind {node.type}")
        return handler(node)

    def value(self, node: Node) -> str:
        """An expression where any expression may stand (argument, assignment, condition): no outer parentheses.

        Handlers parenthesise every compound expression they build, so that expression() results nest safely.
        """
        return strip_parentheses(self.expression(node))

    def statement(self, node: Node) -> list[str]:
        handler = getattr(self, "statement_" + node.type, None)
        if handler is None:
            raise EmitError(node, f"no translation for the statement kind {node.type}")
        return handler(node)

    def statement_EmptyStatement(self, node: Node) -> list[str]:
        return []

    def statement_BlockStatement(self, node: Node) -> list[str]:
        return self.block(node)

    def class_body(self) -> list[str]:
        """Every method, with the comments before it; the target places a JSDoc block (docstring or PHPDoc)."""
        lines: list = []
        previous_end = self.exchange.class_node.body.range[0]
        for name, method in self.exchange.methods.items():
            if self.source.is_base and name in NATIVE_PRIMITIVES:
                previous_end = method.range[1]  # defined by the native layer (transpiler.names.NATIVE_PRIMITIVES)
                continue
            if lines:
                lines.append("")
            doc, others = self.doc_comment(method, previous_end)
            for comment in others:
                lines += self.comment_lines(comment)
            lines += self.method(name, method, doc)
            previous_end = method.range[1]
        return flatten(lines)

    def method(self, name: str, method: Node, doc: Node | None) -> list[str]:
        raise NotImplementedError

    def block(self, node: Node) -> list[str]:
        """The statements of a block (or of a single statement), flattened: the checker made scopes flat.

        Comments between statements come along: one that starts on the line where the previous statement
        ends stays at the end of that line, any other goes before the next statement.
        """
        statements = node.body if node.type == "BlockStatement" else [node]
        lines: list = []
        position = node.range[0] + (1 if node.type == "BlockStatement" else 0)
        previous_line = None
        for statement in statements + [None]:
            end = statement.range[0] if statement is not None else \
                (node.range[1] - 1 if node.type == "BlockStatement" else position)
            for comment in self.comments_between(position, end):
                text = self.comment_lines(comment)
                if comment.loc.start.line == previous_line and lines and len(text) == 1:
                    append_to_last_line(lines, self.trailing_comment_separator + text[0])
                else:
                    lines += text
            if statement is None:
                break
            lines += self.statement(statement)
            position, previous_line = statement.range[1], statement.loc.end.line
        return lines

    trailing_comment_separator = " "  # between a statement and a comment on its line

    # --- shared lowering ------------------------------------------------------------------------------

    @staticmethod
    def switch_groups(node: Node) -> list[tuple[list[Node | None], list[Node]]]:
        """Cases grouped with the empty cases that share their body: (tests, body without its final break).

        A None test is `default`; its group becomes the final else, wherever it stands (T003 forbids
        fall-through between non-empty cases, so no other order can be observed, and a case sharing default's body,
        whose test the else would not read).
        """
        groups: list[tuple[list[Node | None], list[Node]]] = []
        pending: list[Node | None] = []
        for case in node.cases:
            pending.append(case.test)
            if case.consequent:
                body = list(case.consequent)
                while body and body[-1].type == "BlockStatement":
                    body = body[:-1] + list(body[-1].body)
                if body and body[-1].type == "BreakStatement":
                    body = body[:-1]
                groups.append((pending, body))
                pending = []
        if pending:
            groups.append((pending, []))
        for tests, _ in groups:
            if None in tests and len(tests) > 1:
                raise EmitError(next(test for test in tests if test is not None), "a case that shares default's body "
                                "is not translated: the final else would not read its test")
        groups.sort(key=lambda group: None in group[0])  # the default group last
        return groups


def nodes_of(root: Node):
    """Every node under root (any order)."""
    pending = [root]
    while pending:
        node = pending.pop()
        yield node
        pending.extend(child for _, child in children(node))
