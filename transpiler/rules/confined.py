"""Values a rule confines to certain arguments (a signing key to the key of a signature, SUB-B009; bytes to the
helpers that take bytes, SUB-E021): such a value may go straight into one, through a condition (`c ? a : b`), or
into a const whose every use does."""

from __future__ import annotations

from typing import Callable, Iterator

from esprima.nodes import Node

from transpiler.syntax import Path

CARRIED = "carried"  # what an argument check answers when the call's result holds the value on (this.encode (key))

# (call, index of the argument) -> True where the value may go, CARRIED, or False
ArgumentCheck = Callable[[Node, int], object]


def confined_position(path: Path, allows: ArgumentCheck):
    """True when the value at path goes into an argument that allows takes; the VariableDeclarator path when it
    initialises a const (whose uses then decide); None otherwise."""
    current = path
    while current.parent is not None:
        parent = current.parent
        if parent.type == "ConditionalExpression" and current.field in ("consequent", "alternate"):
            current = parent
            continue
        if parent.type == "CallExpression" and current.field == "arguments":
            index = next(i for i, argument in enumerate(parent.node.arguments) if argument is current.node)
            verdict = allows(parent.node, index)
            if verdict == CARRIED:
                current = parent
                continue
            return True if verdict else None
        if parent.type == "VariableDeclarator" and current.field == "init" and parent.node.id.type == "Identifier" \
                and parent.parent is not None and parent.parent.node.kind == "const":
            return parent
        return None
    return None


def confined(path: Path, allows: ArgumentCheck, held: dict[str, Path]) -> bool:
    """Whether the value at path goes into an argument that allows takes, or into a const (then recorded in held,
    name -> its declarator, for unconfined_reads to check its uses)."""
    where = confined_position(path, allows)
    if where is not None and where is not True:
        held[where.node.id.name] = where
    return where is not None


def unconfined_reads(reads: list[Path], held: dict[str, Path], allows: ArgumentCheck) -> Iterator[Node]:
    """The identifiers among reads that name a const of held (name -> its declarator) and go elsewhere than into an
    argument that allows takes (a property name spelled like it is no read)."""
    for inner in reads:
        node = inner.node
        declaration = held.get(node.name)
        if declaration is None or (inner.parent is not None and inner.parent.node is declaration.node):
            continue
        if (inner.parent_type == "MemberExpression" and inner.field == "property" and not inner.parent.node.computed) \
                or (inner.parent_type == "Property" and inner.field == "key" and not inner.parent.node.computed):
            continue
        if confined_position(inner, allows) is not True:
            yield node
