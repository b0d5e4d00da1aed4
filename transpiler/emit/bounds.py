"""Loop counters that no step carries past 2^53, so that a sum with them needs no rounding to a double.

`for (let i = 0; i < rows.length; i++)`: the test holds before every update and the body gives i no value, so i stays
below a length (under 2^32) and i + 1, i - 1 or i + a small written number are exact in every language. Any other sum
with a written number is rounded past 2^53 as JavaScript rounds it (js.number, Js::number).
"""

from __future__ import annotations

from esprima.nodes import Node

from transpiler.syntax import walk

SMALL = 2**32  # beyond any length; a counter this far from the bound is still exact after a step of as much


def written_number(node: Node) -> float | int | None:
    """The value of a number written out in the source (1, 0.5, -2), else None."""
    sign = 1
    if node.type == "UnaryExpression" and node.operator in ("-", "+"):
        sign, node = (-1 if node.operator == "-" else 1), node.argument
    if node.type == "Literal" and isinstance(node.value, (int, float)) and not isinstance(node.value, bool):
        return sign * node.value
    return None


def small(node: Node) -> bool:
    """A length, or a number written out of at most 2^32: a bound that keeps a counter far from 2^53."""
    if node.type == "MemberExpression" and not node.computed and node.property.name == "length":
        return True
    value = written_number(node)
    return value is not None and abs(value) <= SMALL


def bounded_counter(loop: Node) -> str | None:
    """The counter of a for loop whose test bounds it on the side its update moves it to, by a small value, and that
    its body never assigns: `i < a.length; i++`, `i >= 0; i--`, `i <= 100; i += 2`. None for any other loop."""
    update, test = loop.update, loop.test
    if update is None or test is None or test.type != "BinaryExpression" or test.left.type != "Identifier":
        return None
    if update.type == "UpdateExpression":
        target, step = update.argument, (1 if update.operator == "++" else -1)
    elif update.type == "AssignmentExpression" and update.operator in ("+=", "-=") and small(update.right) \
            and written_number(update.right) is not None:
        target, step = update.left, written_number(update.right) * (1 if update.operator == "+=" else -1)
    else:
        return None
    if target.type != "Identifier" or target.name != test.left.name or not small(test.right):
        return None
    if test.operator not in (("<", "<=") if step > 0 else (">", ">=")):
        return None
    if any(_assigns(path.node, target.name) for path in walk(loop.body)):
        return None
    return target.name


def _assigns(node: Node, name: str) -> bool:
    target = node.left if node.type == "AssignmentExpression" else \
        node.argument if node.type == "UpdateExpression" else None
    if target is None and node.type == "VariableDeclarator":
        target = node.id
    return target is not None and target.type == "Identifier" and target.name == name
