"""Block scopes of every method: resolve each name, and record what would change meaning in Python or PHP.

JavaScript scopes `let`/`const` by block; Python and PHP scope by function.
A translation is exact only when no name is shadowed, no block-scoped name is
used outside its block, none is used before its declaration, and no two
names of a method become the same snake_case name.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from esprima.nodes import Node

from transpiler.analysis.exchange import ExchangeClass
from transpiler.names import ALL_GLOBALS, snake_case
from transpiler.syntax import children


class Problem(enum.Enum):
    SHADOWS = "shadows"
    REDECLARED = "redeclared"
    OUT_OF_BLOCK = "out-of-block"
    BEFORE_DECLARATION = "before-declaration"
    ASSIGNS_CONST = "assigns-const"
    ASSIGNS_NON_LOCAL = "assigns-non-local"
    UNKNOWN_NAME = "unknown-name"
    SNAKE_COLLISION = "snake-collision"
    HIDES_GLOBAL = "hides-global"


class Resolved(enum.Enum):
    LOCAL = "local"
    IMPORT = "import"
    GLOBAL = "global"
    UNKNOWN = "unknown"


@dataclass
class Declaration:
    name: str
    node: Node  # the declaring Identifier
    kind: str  # param, const, let, var, catch
    initialised: bool


@dataclass(frozen=True)
class ScopeFinding:
    problem: Problem
    node: Node  # the Identifier at fault
    name: str
    other: Declaration | None = None


@dataclass
class ScopeReport:
    findings: list[ScopeFinding] = field(default_factory=list)
    resolutions: dict[int, Resolved] = field(default_factory=dict)

    def resolution(self, identifier: Node) -> Resolved | None:
        return self.resolutions.get(id(identifier))

    def of(self, problem: Problem) -> list[ScopeFinding]:
        return [finding for finding in self.findings if finding.problem is problem]


class _Scope:
    def __init__(self, parent: "_Scope | None") -> None:
        self.parent = parent
        self.names: dict[str, Declaration] = {}

    def lookup(self, name: str) -> Declaration | None:
        scope: _Scope | None = self
        while scope is not None:
            if name in scope.names:
                return scope.names[name]
            scope = scope.parent
        return None


def analyse_scopes(exchange: ExchangeClass) -> ScopeReport:
    report = ScopeReport()
    for method in exchange.methods.values():
        _MethodWalker(report, set(exchange.imports)).run(method.value)
    return report


def pattern_identifiers(pattern: Node | None) -> list[Node]:
    """The Identifiers a declaration target binds (a name, or the names inside a pattern)."""
    if pattern is None:
        return []
    if pattern.type == "Identifier":
        return [pattern]
    if pattern.type == "ArrayPattern":
        return [name for element in pattern.elements for name in pattern_identifiers(element)]
    if pattern.type == "ObjectPattern":
        return [name for prop in pattern.properties
                for name in pattern_identifiers(prop.value if prop.type == "Property" else prop)]
    if pattern.type == "AssignmentPattern":
        return pattern_identifiers(pattern.left)
    if pattern.type == "RestElement":
        return pattern_identifiers(pattern.argument)
    return []


# Identifier children that name something other than a variable.
_LABEL_FIELDS = {"LabeledStatement": "label", "BreakStatement": "label", "ContinueStatement": "label"}


class _MethodWalker:
    def __init__(self, report: ScopeReport, imported: set[str]) -> None:
        self.report = report
        self.imported = imported
        self.declared_anywhere: dict[str, Declaration] = {}
        self.snake_names: dict[str, Declaration] = {}
        self.unresolved: list[Node] = []  # classified once every declaration of the method is known

    def run(self, function: Node) -> None:
        root = _Scope(None)
        self._declare_params(function, root)
        self.visit(function.body, root)
        for identifier in self.unresolved:
            other = self.declared_anywhere.get(identifier.name)
            problem = Problem.OUT_OF_BLOCK if other is not None else Problem.UNKNOWN_NAME
            self.report.findings.append(ScopeFinding(problem, identifier, identifier.name, other))

    def _declare_params(self, function: Node, scope: _Scope) -> None:
        for param in function.params:
            if param.type == "AssignmentPattern":
                self.visit(param.right, scope)
            for identifier in pattern_identifiers(param):
                self.declare(identifier, scope, "param", initialised=True)

    def declare(self, identifier: Node, scope: _Scope, kind: str, initialised: bool) -> None:
        name = identifier.name
        declaration = Declaration(name, identifier, kind, initialised)
        self.declared_anywhere.setdefault(name, declaration)
        if name in ALL_GLOBALS or name in self.imported:
            self.report.findings.append(ScopeFinding(Problem.HIDES_GLOBAL, identifier, name))
        if name in scope.names:
            self.report.findings.append(ScopeFinding(Problem.REDECLARED, identifier, name, scope.names[name]))
            return
        outer = scope.parent.lookup(name) if scope.parent else None
        if outer is not None:
            self.report.findings.append(ScopeFinding(Problem.SHADOWS, identifier, name, outer))
        scope.names[name] = declaration
        key = snake_case(name)
        twin = self.snake_names.setdefault(key, declaration)
        if twin.name != name:
            self.report.findings.append(ScopeFinding(Problem.SNAKE_COLLISION, identifier, name, twin))

    def hoist(self, statements: list[Node], scope: _Scope) -> None:
        for statement in statements:
            if statement is not None and statement.type == "VariableDeclaration":
                for declarator in statement.declarations:
                    for identifier in pattern_identifiers(declarator.id):
                        self.declare(identifier, scope, statement.kind, initialised=False)

    def initialise(self, pattern: Node, scope: _Scope) -> None:
        for identifier in pattern_identifiers(pattern):
            declaration = scope.lookup(identifier.name)
            if declaration is not None:
                declaration.initialised = True

    def resolve(self, identifier: Node, scope: _Scope, writes: bool = False) -> None:
        name = identifier.name
        declaration = scope.lookup(name)
        finding = None
        if declaration is not None:
            resolved = Resolved.LOCAL
            if not declaration.initialised:
                finding = ScopeFinding(Problem.BEFORE_DECLARATION, identifier, name, declaration)
            elif writes and declaration.kind == "const":
                finding = ScopeFinding(Problem.ASSIGNS_CONST, identifier, name, declaration)
        elif name in self.imported or name in ALL_GLOBALS:
            resolved = Resolved.IMPORT if name in self.imported else Resolved.GLOBAL
            if writes:
                finding = ScopeFinding(Problem.ASSIGNS_NON_LOCAL, identifier, name)
        else:
            resolved = Resolved.UNKNOWN
            self.unresolved.append(identifier)
        self.report.resolutions[id(identifier)] = resolved
        if finding is not None:
            self.report.findings.append(finding)

    def visit(self, node: Node | None, scope: _Scope) -> None:
        if node is None:
            return
        handler = getattr(self, "visit_" + node.type, None)
        if handler is not None:
            handler(node, scope)
            return
        label_field = _LABEL_FIELDS.get(node.type)
        for name, child in children(node):
            if name != label_field:
                self.visit(child, scope)

    def visit_Identifier(self, node: Node, scope: _Scope) -> None:
        self.resolve(node, scope)

    def visit_BlockStatement(self, node: Node, scope: _Scope) -> None:
        inner = _Scope(scope)
        self.hoist(node.body, inner)
        for statement in node.body:
            self.visit(statement, inner)

    def visit_SwitchStatement(self, node: Node, scope: _Scope) -> None:
        self.visit(node.discriminant, scope)
        inner = _Scope(scope)  # all cases of a switch share one block
        self.hoist([statement for case in node.cases for statement in case.consequent], inner)
        for case in node.cases:
            self.visit(case.test, inner)
            for statement in case.consequent:
                self.visit(statement, inner)
            # A later case can be entered directly, where this case's declarations never ran: JavaScript's error
            # (its temporal dead zone), a stale value of an earlier pass in Python and PHP. So they are
            # uninitialised again for the cases below.
            for statement in case.consequent:
                if statement.type == "VariableDeclaration":
                    for declarator in statement.declarations:
                        for identifier in pattern_identifiers(declarator.id):
                            inner.lookup(identifier.name).initialised = False

    def visit_ForStatement(self, node: Node, scope: _Scope) -> None:
        inner = _Scope(scope)
        self.hoist([node.init], inner)
        for part in (node.init, node.test, node.update, node.body):
            self.visit(part, inner)

    def visit_ForOfStatement(self, node: Node, scope: _Scope) -> None:
        inner = _Scope(scope)
        if node.left.type == "VariableDeclaration":
            self.hoist([node.left], inner)
            self.visit(node.right, inner)
            for declarator in node.left.declarations:
                self.initialise(declarator.id, inner)
        else:
            self._visit_target(node.left, inner)
            self.visit(node.right, inner)
        self.visit(node.body, inner)

    visit_ForInStatement = visit_ForOfStatement

    def visit_CatchClause(self, node: Node, scope: _Scope) -> None:
        inner = _Scope(scope)
        for identifier in pattern_identifiers(node.param):
            self.declare(identifier, inner, "catch", initialised=True)
        self.visit(node.body, inner)

    def visit_VariableDeclaration(self, node: Node, scope: _Scope) -> None:
        for declarator in node.declarations:
            self.visit(declarator.init, scope)
            self.initialise(declarator.id, scope)

    def visit_AssignmentExpression(self, node: Node, scope: _Scope) -> None:
        self._visit_target(node.left, scope)
        self.visit(node.right, scope)

    def visit_UpdateExpression(self, node: Node, scope: _Scope) -> None:
        self._visit_target(node.argument, scope)

    def _visit_target(self, target: Node, scope: _Scope) -> None:
        if target.type == "Identifier":
            self.resolve(target, scope, writes=True)
        elif target.type in ("ArrayPattern", "ObjectPattern"):
            for identifier in pattern_identifiers(target):
                self.resolve(identifier, scope, writes=True)
        else:
            self.visit(target, scope)

    def visit_MemberExpression(self, node: Node, scope: _Scope) -> None:
        self.visit(node.object, scope)
        if node.computed:
            self.visit(node.property, scope)

    def visit_Property(self, node: Node, scope: _Scope) -> None:
        if node.computed:
            self.visit(node.key, scope)
        self.visit(node.value, scope)

    def visit_MetaProperty(self, node: Node, scope: _Scope) -> None:
        """new.target names no variable (E014 rejects it)."""

    def visit_FunctionExpression(self, node: Node, scope: _Scope) -> None:
        # Nested functions are rejected by E001; scope them so that their
        # parameters do not also show up as unknown names.
        inner = _Scope(scope)
        self._declare_params(node, inner)
        self.visit(node.body, inner)

    visit_ArrowFunctionExpression = visit_FunctionExpression
    visit_FunctionDeclaration = visit_FunctionExpression

    def visit_ClassExpression(self, node: Node, scope: _Scope) -> None:
        """A class inside a method is rejected (X001); its body is not a method of the exchange."""

    def visit_ClassDeclaration(self, node: Node, scope: _Scope) -> None:
        if node.id is not None:
            self.declare(node.id, scope, "class", initialised=True)
