"""What the Python and PHP printers share: dispatch, per-method naming and types, lowering decisions."""

from __future__ import annotations

from dataclasses import dataclass, field

from esprima.nodes import Node

from transpiler.analysis.exchange import ExchangeClass
from transpiler.emit.types import Type, TypeEnvironment
from transpiler.names import snake_case
from transpiler.source import SourceFile
from transpiler.syntax import children


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
    counter: int = 0

    def temporary(self, stem: str) -> str:
        while True:
            self.counter += 1
            name = f"_{stem}{self.counter}"
            if name not in self.taken:
                self.taken.add(name)
                return name


def strip_parentheses(text: str) -> str:
    """`(a + b)` -> `a + b` when the outer pair encloses the whole text; anything else unchanged."""
    if not (text.startswith("(") and text.endswith(")")):
        return text
    depth = 0
    quote = None
    escaped = False
    for position, character in enumerate(text):
        if quote:
            if escaped:
                escaped = False
            elif character == "\\":
                escaped = True
            elif character == quote:
                quote = None
        elif character in "'\"":
            quote = character
        elif character == "(":
            depth += 1
        elif character == ")":
            depth -= 1
            if depth == 0 and position != len(text) - 1:
                return text
    return text[1:-1]


class Printer:
    """Shared machinery; a target subclass provides the spelling of every construct."""

    reserved: frozenset[str] = frozenset()

    def __init__(self, source: SourceFile, exchange: ExchangeClass) -> None:
        self.source = source
        self.exchange = exchange
        self.scope: MethodScope | None = None

    # --- methods -------------------------------------------------------------------------------------

    def enter_method(self, method: Node) -> None:
        declared = [param.left if param.type == "AssignmentPattern" else param for param in method.value.params]
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
        self.scope = MethodScope(TypeEnvironment(method), names, taken)

    def local(self, name: str) -> str:
        return self.scope.names.get(name, name)

    def type_of(self, node: Node) -> Type:
        return self.scope.types.of(node)

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

    def block(self, node: Node) -> list[str]:
        """The statements of a block (or of a single statement), flattened: the checker made scopes flat."""
        statements = node.body if node.type == "BlockStatement" else [node]
        lines: list[str] = []
        for statement in statements:
            lines += self.statement(statement)
        return lines

    # --- shared lowering ------------------------------------------------------------------------------

    @staticmethod
    def switch_groups(node: Node) -> list[tuple[list[Node | None], list[Node]]]:
        """Cases grouped with the empty cases that share their body: (tests, body without its final break).

        A None test is `default`; its group becomes the final else, wherever it stands (T003 forbids
        fall-through between non-empty cases, so no other order can be observed).
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
        groups.sort(key=lambda group: None in group[0])  # the default group last
        return groups


def nodes_of(root: Node):
    """Every node under root (any order)."""
    pending = [root]
    while pending:
        node = pending.pop()
        yield node
        pending.extend(child for _, child in children(node))
