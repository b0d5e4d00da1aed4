"""Walking esprima's syntax tree, with the chain of parents each rule needs."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from esprima.nodes import Node

# Attributes of esprima nodes that hold metadata or plain values, never child nodes. ("value" and
# "expression" are plain in some node kinds and children in others, so they are always looked at.)
_NOT_CHILDREN = frozenset({
    "type", "loc", "range", "comments", "leadingComments", "trailingComments", "innerComments", "name", "raw",
    "regex", "operator", "prefix", "computed", "kind", "static", "method", "shorthand", "isAsync", "generator",
    "delegate", "sourceType", "directive", "tail",
})
# esprima sets every attribute in each node class's constructor, so a class's child fields are fixed.
_CHILD_FIELDS: dict[type, tuple[str, ...]] = {}


@dataclass(frozen=True)
class Path:
    """A node with the way to it from the root: parent path and the field that holds it."""

    node: Node
    parent: "Path | None"
    field: str

    @property
    def type(self) -> str:
        return self.node.type

    @property
    def parent_type(self) -> str | None:
        return self.parent.node.type if self.parent else None

    def ancestors(self) -> Iterator["Path"]:
        current = self.parent
        while current is not None:
            yield current
            current = current.parent

    def enclosing_method(self) -> "Path | None":
        """The MethodDefinition of the class that contains this node, if any."""
        for ancestor in self.ancestors():
            if ancestor.type == "MethodDefinition":
                return ancestor
        return None


def children(node: Node) -> Iterator[tuple[str, Node]]:
    """(field, child) pairs in source order of the fields."""
    fields = _CHILD_FIELDS.get(type(node))
    if fields is None:
        fields = _CHILD_FIELDS[type(node)] = tuple(name for name in vars(node) if name not in _NOT_CHILDREN)
    attributes = node.__dict__
    for name in fields:
        value = attributes[name]
        if isinstance(value, Node):
            yield name, value
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, Node):
                    yield name, item


def walk(root: Node) -> Iterator[Path]:
    """Every node in pre-order, without recursion (sources may nest very deeply)."""
    stack = [Path(root, None, "")]
    while stack:
        path = stack.pop()
        yield path
        stack.extend(reversed([Path(child, path, name) for name, child in children(path.node)]))


def is_member(node: Node, object_name: str | None = None, property_name: str | None = None) -> bool:
    """`object.property` with a plain (non-computed) property, optionally matching names."""
    if node.type != "MemberExpression" or node.computed:
        return False
    if property_name is not None and node.property.name != property_name:
        return False
    if object_name is not None:
        return node.object.type == "Identifier" and node.object.name == object_name
    return True


def parameter_target(param: Node) -> Node:
    """What a function parameter declares: `limit` of both `limit` and `limit = undefined`."""
    return param.left if param.type == "AssignmentPattern" else param


def string_literal(node: Node | None) -> str | None:
    if node is not None and node.type == "Literal" and isinstance(node.value, str):
        return node.value
    return None


def static_key(node: Node) -> str | None:
    """The string a key expression always is: a string literal, or a template literal without ${...}."""
    if node.type == "Literal" and isinstance(node.value, str):
        return node.value
    if node.type == "TemplateLiteral" and not node.expressions:
        return node.quasis[0].value.cooked
    return None


def property_key(node: Node) -> str | None:
    """The static key of an object Property or a class MethodDefinition, else None."""
    if node.type not in ("Property", "MethodDefinition") or node.computed:
        return None
    return node.key.name if node.key.type == "Identifier" else string_literal(node.key)


def is_callee(path: Path) -> bool:
    """The node is what a call calls: `f` of f (x), `a.b` of a.b (x)."""
    return path.parent_type == "CallExpression" and path.field == "callee"


def is_deleted(path: Path) -> bool:
    """The node is the operand of `delete`."""
    return path.parent_type == "UnaryExpression" and path.parent.node.operator == "delete"
