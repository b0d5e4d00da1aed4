"""SUB-X001: fail closed — any syntax the emitters do not translate is a finding, never silently dropped."""

from __future__ import annotations

import re

from transpiler.rules.base import REGISTRY, Rule
from transpiler.syntax import Path

# Node kinds the emitters translate (in the places the other rules allow).
SUPPORTED = frozenset({
    "Program", "ImportDeclaration", "ImportSpecifier", "ImportDefaultSpecifier", "ExportDefaultDeclaration",
    "ClassDeclaration", "ClassExpression", "ClassBody", "MethodDefinition", "BlockStatement",
    "ExpressionStatement", "VariableDeclaration", "VariableDeclarator", "Identifier", "Literal",
    "TemplateLiteral", "TemplateElement", "ArrayExpression", "ObjectExpression", "Property", "SpreadElement",
    "MemberExpression", "CallExpression", "NewExpression", "UnaryExpression", "UpdateExpression",
    "BinaryExpression", "LogicalExpression", "AssignmentExpression", "ConditionalExpression", "ThisExpression",
    "Super", "AwaitExpression", "IfStatement", "ForStatement", "ForOfStatement", "WhileStatement",
    "BreakStatement", "ContinueStatement", "ReturnStatement", "ThrowStatement", "TryStatement", "CatchClause",
    "SwitchStatement", "SwitchCase", "EmptyStatement",
})


class UnsupportedConstruct(Rule):
    id = "SUB-X001"
    title = "every construct is one the emitters translate"
    rationale = (
        "The toolchain fails closed: syntax that no rule allows and no emitter translates is reported here "
        "rather than dropped or approximated. Classes are only allowed at the top level."
    )
    bad = "class Helper {\n}"
    good = "const helper = {};"
    hint = "rewrite it with the constructs listed by `exkit rules`"

    def __init__(self, context) -> None:
        super().__init__(context)
        self.claimed = frozenset().union(*(rule.claims for rule in REGISTRY.values()))

    def visit_any(self, path: Path) -> None:
        kind = path.type
        if kind in ("ClassDeclaration", "ClassExpression") and path.enclosing_method() is not None:
            self.report(path.node, "classes inside methods are not part of the subset", length=5)
        elif kind not in SUPPORTED and kind not in self.claimed:
            self.report(path.node, f"{_words(kind)} is not part of the subset")
        elif kind == "ArrayExpression" and None in path.node.elements:
            # (the emitters had no element to write: the build failed on a file that the checker passed)
            self.report(path.node, "an array with a hole ([ , 1 ]) is not part of the subset: JavaScript leaves a "
                                   "hole there, which Python's and PHP's lists cannot hold",
                        "write the element: [ undefined, 1 ]")


def _words(kind: str) -> str:
    words = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", kind).lower()
    return f"the construct '{words}'"
