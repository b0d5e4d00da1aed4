"""Loop counters that no step carries past 2^53, so that a sum with them needs no rounding to a double.

`for (let i = 0; i < rows.length; i++)`: i starts at a small number written out (or a list's length), the test holds
before every update and the body gives i no value, so i stays below a length and i + 1, i - 1 or i + a small written
number are exact in every language. A length is not always below 2^32: a dictionary's own `length` key may be Infinity
(red-team round 29: a counter from a response's 2^53 - 1, or a step of 2^32, passed 2^53 natively in Python and PHP and
rounded in Node), so a counter bounded by a length not known to be a list's or a text's moves by at most
MAX_LENGTH_STEP, which would take it 2^49 steps to get there. Any other sum with a written number is rounded past 2^53
as JavaScript rounds it (js.number, Js::number).
"""

from __future__ import annotations

from typing import Callable

from esprima.nodes import Node

from transpiler.syntax import children, parameter_target, walk

SMALL = 2**32  # beyond any list's length; a counter this far from 0 is still exact after a step of as much
MAX_LENGTH_STEP = 16


def written_number(node: Node) -> float | int | None:
    """The value of a number written out in the source (1, 0.5, -2), else None."""
    sign = 1
    if node.type == "UnaryExpression" and node.operator in ("-", "+"):
        sign, node = (-1 if node.operator == "-" else 1), node.argument
    if node.type == "Literal" and isinstance(node.value, (int, float)) and not isinstance(node.value, bool):
        return sign * node.value
    return None


def is_length(node: Node) -> bool:
    return node.type == "MemberExpression" and not node.computed and node.property.name == "length"


def small(node: Node) -> bool:
    """A length, or a number written out of at most 2^32: a bound that keeps a counter far from 2^53."""
    if is_length(node):
        return True
    value = written_number(node)
    return value is not None and abs(value) <= SMALL


def _counter_start(init: Node | None, counter: str) -> Node | None:
    """The value a loop's init gives its counter (let i = <value>, i = <value>), or None."""
    if init is not None and init.type == "VariableDeclaration":
        starts = [declarator.init for declarator in init.declarations
                  if declarator.id.type == "Identifier" and declarator.id.name == counter]
    elif init is not None and init.type == "AssignmentExpression" and init.operator == "=" \
            and init.left.type == "Identifier" and init.left.name == counter:
        starts = [init.right]
    else:
        return None
    return starts[0] if len(starts) == 1 else None


def _small_start(init: Node | None, counter: str, is_list_length: Callable[[Node], bool]) -> bool:
    """Whether the loop's init gives the counter a number written out of at most 2^32 (let i = 0, i = 5), or the
    length of a list or a text less such a number (let i = rows.length - 1)."""
    start = _counter_start(init, counter)
    if start is None:
        return False
    if start.type == "BinaryExpression" and start.operator == "-" and written_number(start.right) is not None \
            and abs(written_number(start.right)) <= SMALL:
        start = start.left
    if is_length(start):
        return is_list_length(start)
    return written_number(start) is not None and abs(written_number(start)) <= SMALL


def bounded_counter(loop: Node, is_list_length: Callable[[Node], bool]) -> str | None:
    """The counter of a for loop that starts at a small number written out, whose test bounds it on the side its
    update moves it to, by a small value, and that its body never assigns: `i = 0; i < a.length; i++`,
    `i = rows.length - 1; i >= 0; i--`, `i = 0; i <= 100; i += 2`. None for any other loop. is_list_length tells a
    list's or a text's length (below 2^32) from another's, such as a dictionary's own `length` key."""
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
    if target.type != "Identifier" or target.name != test.left.name or not small(test.right) \
            or not _small_start(loop.init, target.name, is_list_length):
        return None
    if is_length(test.right) and not is_list_length(test.right) and abs(step) > MAX_LENGTH_STEP:
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


FUNCTIONS = frozenset({"ArrowFunctionExpression", "FunctionExpression", "FunctionDeclaration"})


def within_reads(method: Node) -> frozenset[int]:
    """The reads a[i] (ids of their MemberExpression nodes) that are always within the array, so that the native
    subscript reads what JavaScript's does (a whole number from 0 to the length less one; js.get and Js::get need not
    check): in the body of `for (let i = <n>; i < a.length; i++)`, n a whole number written out, whose body gives i no
    value (bounded_counter), where a is a local that holds one fresh array (its only assignment, its declaration, is an
    array written out or Object.keys or Object.values of something) that never leaves the method nor changes (every
    other use of it is a.length or a read a[...]: no call, no write, no alias), so its length is the one the test read."""
    references: dict[str, list] = {}
    declarations: dict[str, list[Node]] = {}
    loops = []
    for path in walk(method.value.body):
        node = path.node
        if node.type == "ForStatement":
            loops.append(node)
        elif node.type == "VariableDeclarator" and node.id.type == "Identifier":
            declarations.setdefault(node.id.name, []).append(node.init)
        if node.type == "Identifier" and not (path.field == "property" and not path.parent.node.computed) \
                and not (path.parent_type == "Property" and path.field == "key" and not path.parent.node.computed):
            references.setdefault(node.name, []).append(path)
    parameters = {parameter_target(param).name for param in method.value.params if
                  parameter_target(param).type == "Identifier"}
    if "Object" in declarations or "Object" in parameters:
        return frozenset()  # (Object is JavaScript's: a local of that name is not)
    fresh = {name for name, values in declarations.items() if len(values) == 1 and name not in parameters
             and _fresh_array(values[0]) and all(_read_only_use(path) for path in references[name]
                                                   if path.field != "id")}
    if not fresh:
        return frozenset()
    reads = set()
    for loop in loops:
        counter = bounded_counter(loop, lambda length: False)  # (_counted_array wants a start written out)
        array = _counted_array(loop, counter)
        if array is None or array not in fresh:
            continue
        stack = [loop.body]
        while stack:  # the body, without the functions in it (none in the subset; they would read i later)
            node = stack.pop()
            if node.type in FUNCTIONS:
                continue
            if node.type == "MemberExpression" and node.computed and node.object.type == "Identifier" \
                    and node.object.name == array and node.property.type == "Identifier" \
                    and node.property.name == counter:
                reads.add(id(node))
            stack.extend(child for _, child in children(node))
    # (a read that is written to, called or deleted made the array not fresh above: every one left is a read)
    return frozenset(reads)


def _fresh_array(value: Node | None) -> bool:
    """An array no other name holds: one written out (without spreads), or a new list of an object's keys or values."""
    if value is None:
        return False
    if value.type == "ArrayExpression":
        return not any(element is None or element.type == "SpreadElement" for element in value.elements)
    callee = value.callee if value.type == "CallExpression" else None
    return callee is not None and callee.type == "MemberExpression" and not callee.computed \
        and callee.object.type == "Identifier" and callee.object.name == "Object" \
        and callee.property.name in ("keys", "values")


def _read_only_use(path) -> bool:
    """A use of an array's name that neither changes the array nor hands it on: a.length, or a[...] read."""
    parent = path.parent
    if parent is None or parent.type != "MemberExpression" or path.field != "object":
        return False
    member = parent.node
    if not member.computed and member.property.name != "length":
        return False  # a.push (...), a.sort (...): a method of the array
    holder = parent.parent
    if holder is None:
        return True
    if holder.type == "AssignmentExpression" and parent.field == "left":
        return False
    if holder.type in ("UpdateExpression",) or (holder.type == "UnaryExpression" and holder.node.operator == "delete"):
        return False
    if holder.type == "CallExpression" and parent.field == "callee":
        return False  # a[0] (...) would run with a as this
    if holder.type in ("ForOfStatement", "ForInStatement") and parent.field == "left":
        return False
    return True


def _counted_array(loop: Node, counter: str | None) -> str | None:
    """The array a of `for (let i = <whole number>; i < a.length; i++)`, its counter i bounded; else None."""
    if counter is None or loop.update.type != "UpdateExpression" or loop.update.operator != "++":
        return None
    test = loop.test
    if test.operator != "<" or not is_length(test.right) or test.right.object.type != "Identifier":
        return None
    start = _counter_start(loop.init, counter)
    if start is None or start.type != "Literal" or type(start.value) is not int or start.value < 0:
        return None
    return test.right.object.name
