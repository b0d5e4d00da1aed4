"""Where JavaScript writes a value as text without being asked to by a helper: the operand of a `+` (or `+=`) beside
a string, a template literal's expression, `x.toString ()`, and the elements of a list literal that `join` writes.
SUB-E020 (dictionaries) and SUB-W004 (numbers) judge the same places."""

from __future__ import annotations

from esprima.nodes import Node

from transpiler.syntax import Path


class TextConversions:
    """A rule mixin: calls self.converted (path, value, beside) for each value written as text, where beside is the
    other operand of a `+` (which is a concatenation only if one of the two is a string) and None where the value is
    written as text whatever it is."""

    def converted(self, path: Path, value: Node, beside: Node | None) -> None:
        raise NotImplementedError

    def visit_BinaryExpression(self, path: Path) -> None:
        if path.node.operator == "+":
            self.converted(path, path.node.left, path.node.right)
            self.converted(path, path.node.right, path.node.left)

    def visit_AssignmentExpression(self, path: Path) -> None:
        if path.node.operator == "+=":
            self.converted(path, path.node.right, path.node.left)

    def visit_TemplateLiteral(self, path: Path) -> None:
        for expression in path.node.expressions:
            self.converted(path, expression, None)

    def visit_CallExpression(self, path: Path) -> None:
        callee = path.node.callee
        if callee.type != "MemberExpression" or callee.computed or callee.property.type != "Identifier":
            return
        name = callee.property.name
        if name == "toString":
            self.converted(path, callee.object, None)
        elif name == "join" and callee.object.type == "ArrayExpression":
            for element in callee.object.elements:
                if element is not None:
                    self.converted(path, element, None)
