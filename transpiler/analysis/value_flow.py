"""Where a class's dictionaries and lists go: which variables may hold the same object, which hold a container's own
value, and what each method does with the ones it is given. SUB-D007 (transpiler/rules/values.py) judges changes in
place with it, since PHP copies an array where JavaScript and Python share the object.

Flow-insensitive where that is the safe side (a variable holds whatever any of its assignments gives it), worked out
over the whole class and what it inherits (a method that passes a parameter on, or hands back what another method
hands back, does what that one does).
"""

from __future__ import annotations

import bisect
import functools
import os
import weakref
from typing import NamedTuple

from esprima.nodes import Node

from transpiler.analysis.components import strongly_connected_components
from transpiler.syntax import Path, is_member, parameter_target, walk

# Array methods that change the array they are called on.
CHANGING_METHODS = frozenset({"push", "pop", "shift", "unshift", "splice", "sort", "reverse"})
# Array methods that hand back the array they are called on (a.reverse () is a itself).
RECEIVER_METHODS = frozenset({"reverse", "sort"})
# Array methods that hand back one of the array's elements (the object itself).
ELEMENT_METHODS = frozenset({"pop", "shift"})
# Array methods that put their arguments into an array (concat into a new one, whose element a dictionary becomes).
PLACING_METHODS = frozenset({"push", "unshift", "concat"})
# Helpers that hand back a container's own value, not a copy. watch hands back the value a handler resolved: a stream
# state's own (a book, a cache), or whatever else the handler passed (red-team round 73: a caller's params).
READING_HELPERS = frozenset({"safeValue", "safeValue2", "safeValueN", "safeDict", "safeDict2", "safeDictN", "safeList",
                             "safeList2", "safeListN", "requiredList", "ownValue", "market", "currency", "streamState",
                             "watch"})
UNPACKED = "unpacked from a list or dictionary"
# The calls of the request pipeline, as summaries (see Summary): their value is the response that the pipeline also
# keeps (this.last_json_response, and handleErrors' argument, which may keep it), and the parameters, headers and
# body they are given reach sign () as they are, which may keep them: the implicit API methods (params
# first), request and fetch2 (path, api, method, params, headers, body). Node and Python share those objects where PHP
# copies them (red-team round 56).
IMPLICIT_API_SUMMARY = (frozenset(), True, frozenset(), frozenset({0}))
PIPELINE_SUMMARIES = {name: (frozenset(), True, frozenset(), frozenset({3, 4, 5}))
                      for name in ("request", "fetch2")}


def changed_target(node: Node) -> Node | None:
    """The value `node` changes in place: x of x['k'] = v, x['k']--, delete x.k and x.push (...); x['a'] of
    x['a']['b'] = v. None when node changes nothing in place."""
    if node.type == "AssignmentExpression" and node.left.type == "MemberExpression":
        return node.left.object
    if node.type == "UpdateExpression" and node.argument.type == "MemberExpression":  # (red-team round 58)
        return node.argument.object
    if node.type == "UnaryExpression" and node.operator == "delete" and node.argument.type == "MemberExpression":
        return node.argument.object
    if node.type == "CallExpression" and is_member(node.callee) and node.callee.property.name in CHANGING_METHODS:
        return node.callee.object
    return None


def changed_root(node: Node) -> Node | None:
    """What `node` changes in place, followed down to its root: x of x['k'] = v, delete x.k, x.push (...) and
    x['a']['b'] = v; the call of this.safeDict (d, 'k')['x'] = v. None when node changes nothing in place."""
    target = changed_target(node)
    while target is not None and target.type == "MemberExpression":
        target = target.object
    return target


def changed_variable(node: Node) -> Node | None:
    """The variable whose dictionary or list `node` changes in place (x['k'] = v, delete x.k, x.push (...),
    x['a']['b'] = v all change x), or None."""
    root = changed_root(node)
    return root if root is not None and root.type == "Identifier" else None


def assigned_name(node: Node) -> str | None:
    """The variable that `node` assigns: x of x = v, x += v, x++ and x-- (red-team round 58: `list--` in a walk of
    list), or None."""
    if node.type == "AssignmentExpression" and node.left.type == "Identifier":
        return node.left.name
    if node.type == "UpdateExpression" and node.argument.type == "Identifier":
        return node.argument.name
    return None


def fresh_value(node: Node) -> bool:
    """Whether node's value is a dictionary or list that nothing else holds: a literal, or what a call other than the
    class's gives (Object.keys (d), text.split (',')), but an array method's receiver or element (a.sort () is a)."""
    if node.type in ("ArrayExpression", "ObjectExpression"):
        return True
    if node.type != "CallExpression" or class_call(node) is not None:
        return False
    return not (is_member(node.callee) and node.callee.property.name in RECEIVER_METHODS | ELEMENT_METHODS)


def class_call(node: Node) -> tuple[str, str] | None:
    """("this", name) for this.name (...), ("super", name) for super.name (...), else None."""
    if node.type == "CallExpression" and is_member(node.callee) and node.callee.object.type in ("ThisExpression",
                                                                                                 "Super"):
        return ("this" if node.callee.object.type == "ThisExpression" else "super"), node.callee.property.name
    return None


class Assignment(NamedTuple):
    name: str
    value: Node
    offset: int
    unpacked: bool  # the name takes a part of value (const [ a ] = rows[0]), not value itself


def _pattern_names(pattern: Node | None) -> list[str]:
    if pattern is None:
        return []
    if pattern.type == "Identifier":
        return [pattern.name]
    if pattern.type == "AssignmentPattern":
        return _pattern_names(pattern.left)
    if pattern.type == "RestElement":
        return _pattern_names(pattern.argument)
    if pattern.type == "ArrayPattern":
        return [name for element in pattern.elements for name in _pattern_names(element)]
    if pattern.type == "ObjectPattern":
        return [name for prop in pattern.properties
                for name in _pattern_names(prop.value if prop.type == "Property" else prop)]
    return []


def _listed_values(init: Node) -> list[Node] | None:
    """The elements of [ a, b ], whose values a pattern takes one by one."""
    return init.elements if init.type == "ArrayExpression" else None


def assignments(method: Node) -> list[Assignment]:
    """Each value given to a variable in the method: const b = v, b = v, and the names a declaration unpacks."""
    found = []
    for path in walk(method.value.body):
        node = path.node
        if node.type == "VariableDeclarator" and node.init is not None:
            if node.id.type == "Identifier":
                found.append(Assignment(node.id.name, node.init, node.range[0], False))
                continue
            elements = _listed_values(node.init) if node.id.type == "ArrayPattern" else None
            for index, element in enumerate(node.id.elements if node.id.type == "ArrayPattern" else [node.id]):
                value = elements[index] if elements is not None and index < len(elements) else None
                if element is not None and element.type == "Identifier" and value is not None \
                        and value.type != "SpreadElement":
                    found.append(Assignment(element.name, value, node.range[0], False))
                else:
                    found += [Assignment(name, node.init, node.range[0], True) for name in _pattern_names(element)]
        elif node.type == "AssignmentExpression" and node.operator == "=" and node.left.type == "Identifier":
            found.append(Assignment(node.left.name, node.right, node.range[0], False))
    return found


def parameter_names(method: Node) -> list[str | None]:
    return [target.name if target.type == "Identifier" else None
            for target in (parameter_target(param) for param in method.value.params)]


def dominating_assignments(path: Path, name: str) -> list[Assignment]:
    """The assignments to name that every path to the node at path runs before it: statements (x = v) that come
    before it in a block around it."""
    found = []
    start = path.node.range[0]
    for ancestor in path.ancestors():
        if ancestor.type != "BlockStatement":
            continue
        # (each block's assignment statements are indexed once: a scan of the block per change made a method of many
        # changes quadratic, 80,000 of them in a 2 MiB file an hour of `exkit check`)
        ends, statements = _block_assignments(ancestor.node).get(name, ((), ()))
        found += statements[:bisect.bisect_right(ends, start)]
    return found


_BLOCK_ASSIGNMENTS: "weakref.WeakKeyDictionary[Node, dict[str, tuple[list[int], list[Assignment]]]]" = \
    weakref.WeakKeyDictionary()


def _block_assignments(block: Node) -> dict[str, tuple[list[int], list[Assignment]]]:
    """Per name, the statements `name = value;` of a block in source order: where each ends, and its assignment."""
    found = _BLOCK_ASSIGNMENTS.get(block)
    if found is None:
        found = {}
        for statement in block.body:
            expression = statement.expression if statement.type == "ExpressionStatement" else None
            if expression is not None and expression.type == "AssignmentExpression" and expression.operator == "=" \
                    and expression.left.type == "Identifier":
                ends, assignments_of_name = found.setdefault(expression.left.name, ([], []))
                ends.append(statement.range[1])
                assignments_of_name.append(Assignment(expression.left.name, expression.right, statement.range[0], False))
        _BLOCK_ASSIGNMENTS[block] = found
    return found


def placement_sites(root: Node) -> list[Path]:
    """The expressions whose value is put into a dictionary or list ({ 'k': v }, [ v ], d['k'] = v, list.push (v))."""
    found = []
    for path in walk(root):
        if path.parent is None:
            continue
        parent = path.parent.node
        if (path.parent_type == "Property" and path.field == "value" and path.parent.parent_type == "ObjectExpression") \
                or (path.parent_type == "ArrayExpression" and path.type != "SpreadElement") \
                or (path.parent_type == "AssignmentExpression" and path.field == "right"
                    and parent.left.type == "MemberExpression") \
                or (path.parent_type == "CallExpression" and path.field == "arguments" and is_member(parent.callee)
                    and parent.callee.property.name in PLACING_METHODS):
            found.append(path)
    return found


# What a method does with the dictionaries and lists it is given: the parameters it may hand back, whether it may
# hand back a container's own value, the parameters it changes in place, the parameters it puts into a container.
Summary = tuple[frozenset[int], bool, frozenset[int], frozenset[int]]


class ValueFlow:
    """The tables of a class's methods (and, from `inherited`, of the methods it inherits, which its own override):
    `returned` (positions of the parameters each may hand back: the same object, which PHP would copy),
    `returns_borrowed` (whether it may hand back a container's own value), `changed` (the parameters it changes in
    place before it replaces them) and `placed` (the parameters it puts into a container, its result included)."""

    def __init__(self, methods: dict[str, Node], inherited: dict[str, Summary] | None = None) -> None:
        self.methods = methods
        self.inherited = dict(inherited or {})  # what super.name (...) runs
        tables = {name: summary for name, summary in self.inherited.items() if name not in methods}
        self.returned: dict[str, set[int]] = {name: set(summary[0]) for name, summary in tables.items()}
        self.returns_borrowed: dict[str, bool] = {name: summary[1] for name, summary in tables.items()}
        self.changed: dict[str, set[int]] = {name: set(summary[2]) for name, summary in tables.items()}
        self.placed: dict[str, set[int]] = {name: set(summary[3]) for name, summary in tables.items()}
        for table, empty in ((self.returned, set), (self.returns_borrowed, bool), (self.changed, set),
                             (self.placed, set)):
            table.update({name: empty() for name in methods})
        self._returned_version = 0
        self._holders: dict[tuple[int, int], Reach] = {}
        # What each method's body holds that the tables depend on, read once.
        self._assignments = {id(method): assignments(method) for method in methods.values()}
        self._returns: dict[str, list[Node]] = {name: [] for name in methods}
        self._actions: dict[str, list[Path]] = {name: [] for name in methods}  # changes and calls of the class
        self._placements = {name: [site.node for site in placement_sites(method.value.body)]
                            for name, method in methods.items()}
        self._callers: dict[str, set[str]] = {name: set() for name in methods}
        for name, method in methods.items():
            for path in walk(method.value.body):
                node = path.node
                if node.type == "ReturnStatement" and node.argument is not None:
                    self._returns[name].append(node.argument)
                elif changed_variable(node) is not None:
                    self._actions[name].append(path)
                call = class_call(node)
                if call is not None:
                    self._actions[name].append(path)
                    if call[0] == "this" and call[1] in methods:
                        self._callers[call[1]].add(name)
        self._settle(self._hand_backs)
        self._settle(self._changes)
        self._settle(self._places)

    def summaries(self) -> dict[str, Summary]:
        """Every method's summary, the inherited ones included."""
        return {name: (frozenset(self.returned[name]), self.returns_borrowed[name], frozenset(self.changed[name]),
                       frozenset(self.placed[name])) for name in self.returned}

    def summary(self, call: tuple[str, str]) -> Summary | None:
        """The summary of what a call of the class runs: this.name, or the inherited one for super.name."""
        kind, name = call
        if kind == "super":
            return self.inherited.get(name)
        if name not in self.returned:
            return None
        return self.returned[name], self.returns_borrowed[name], self.changed[name], self.placed[name]

    def assignments_of(self, method: Node) -> list[Assignment]:
        found = self._assignments.get(id(method))
        return assignments(method) if found is None else found

    def _settle(self, step) -> None:
        # Each step only adds to the tables; when a method's entry grows, the methods that call it are worked out
        # again, until nothing changes (each at most once per growth of what it calls: no pass over the whole class
        # per finding, which a long chain of methods would have made quadratic).
        pending = list(self.methods)
        queued = set(pending)
        while pending:
            name = pending.pop()
            queued.discard(name)
            if step(name, self.methods[name]):
                for caller in self._callers[name] - queued:
                    pending.append(caller)
                    queued.add(caller)

    def _arguments_at(self, node: Node, positions) -> list[Node]:
        return [node.arguments[position] for position in sorted(positions) if position < len(node.arguments)]

    def value_names(self, node: Node | None) -> set[str]:
        """The variables whose dictionary or list the value of node may be (the object itself, not a copy)."""
        if node is None:
            return set()
        if node.type == "Identifier":
            return set() if node.name == "undefined" else {node.name}
        if node.type == "ConditionalExpression":
            return self.value_names(node.consequent) | self.value_names(node.alternate)
        if node.type == "LogicalExpression":
            return self.value_names(node.left) | self.value_names(node.right)
        if node.type == "AwaitExpression":
            return self.value_names(node.argument)
        if node.type == "AssignmentExpression" and node.operator == "=":
            return self.value_names(node.right)
        if node.type == "CallExpression" and is_member(node.callee) \
                and node.callee.property.name in RECEIVER_METHODS:
            return self.value_names(node.callee.object)
        call = class_call(node)
        summary = None if call is None else self.summary(call)
        if summary is not None:
            return set().union(*map(self.value_names, self._arguments_at(node, summary[0])))
        return set()

    def borrowed(self, node: Node | None) -> tuple[str, str] | None:
        """How the value of node may be a container's own value: ("member", what) for one read out of a dictionary
        or list, ("helper", name) for one a reading helper handed back; None for a value of the method's own."""
        if node is None:
            return None
        if node.type == "MemberExpression":
            return "member", "read out of a dictionary or list"
        if node.type in ("ConditionalExpression", "LogicalExpression"):
            first, second = (node.consequent, node.alternate) if node.type == "ConditionalExpression" \
                else (node.left, node.right)
            return self.borrowed(first) or self.borrowed(second)
        if node.type == "AwaitExpression":
            return self.borrowed(node.argument)
        if node.type == "AssignmentExpression" and node.operator == "=":
            return self.borrowed(node.right)
        if node.type == "CallExpression" and is_member(node.callee) \
                and node.callee.property.name in RECEIVER_METHODS:
            return self.borrowed(node.callee.object)
        if node.type == "CallExpression" and is_member(node.callee) and node.callee.property.name in ELEMENT_METHODS:
            return "member", f"taken out of a list by {node.callee.property.name} ()"
        call = class_call(node)
        if call is None:
            return None
        if call[0] == "this" and call[1] in READING_HELPERS:
            return "helper", call[1]
        summary = self.summary(call)
        if summary is None:
            return None
        if summary[1]:
            return "member", f"handed back by {call[0]}.{call[1]} (...), which can hand back a container's own value"
        return next(filter(None, map(self.borrowed, self._arguments_at(node, summary[0]))), None)

    def holders(self, method: Node) -> "Reach":
        """Per variable of the method, every variable whose object it may hold (itself included), through any chain
        of assignments, whichever path they are on. Worked out once per method while the tables it reads (what each
        method hands back) stay as they are."""
        key = (id(method), self._returned_version)
        found = self._holders.get(key)
        if found is None:
            edges: dict[str, set[str]] = {}
            for assignment in self.assignments_of(method):
                if not assignment.unpacked:
                    edges.setdefault(assignment.name, set()).update(self.value_names(assignment.value))
            found = self._holders[key] = Reach(edges)
        return found

    def parameters_in(self, names: set[str], method: Node) -> set[int]:
        """The positions of the parameters whose object one of the variables may hold."""
        return self._parameters_in(names, method, self.holders(method))

    def _parameters_in(self, names: set[str], method: Node, closure: "Reach") -> set[int]:
        held = closure.mask(names)
        return {index for index, param in enumerate(parameter_names(method))
                if param is not None and closure.holds(held, param)}

    def _hand_backs(self, name: str, method: Node) -> bool:
        closure = self.holders(method)
        # (a value the method put into a container is that container's too: this.options['d'] = d; return d)
        borrowed_locals = {assignment.name for assignment in self.assignments_of(method)
                           if assignment.unpacked or self.borrowed(assignment.value) is not None} \
            | set().union(*map(self.value_names, self._placements[name]))
        positions, borrowed = set(), False
        for returned in self._returns[name]:
            names = self.value_names(returned)
            positions |= self._parameters_in(names, method, closure)
            held = closure.mask(names)
            borrowed = borrowed or any(closure.holds(held, local) for local in borrowed_locals) \
                or self.borrowed(returned) is not None
        grew = not positions <= self.returned[name] or (borrowed and not self.returns_borrowed[name])
        if not positions <= self.returned[name]:
            self._returned_version += 1  # (the variables' holders may change with what a call hands back)
        self.returned[name] |= positions
        self.returns_borrowed[name] = self.returns_borrowed[name] or borrowed
        return grew

    def _changes(self, name: str, method: Node) -> bool:
        """Adds the parameters the method changes in place, itself or through a method it passes them to, before a
        statement that every path to the change runs replaces them with a value of its own."""
        closure = self.holders(method)
        params = parameter_names(method)
        positions = set()
        for path in self._actions[name]:
            node = path.node
            variables = set()
            variable = changed_variable(node)
            if variable is not None:
                variables.add(variable.name)
            call = class_call(node)
            summary = None if call is None else self.summary(call)
            if summary is not None:
                variables |= set().union(*map(self.value_names, self._arguments_at(node, summary[2])))
            positions |= {index for index in self._parameters_in(variables, method, closure)
                          if not any(params[index] not in self.value_names(assignment.value)
                                     for assignment in dominating_assignments(path, params[index]))}
        grew = not positions <= self.changed[name]
        self.changed[name] |= positions
        return grew

    def _places(self, name: str, method: Node) -> bool:
        """Adds the parameters the method puts into a dictionary or list (its result too), itself or through a
        method it passes them to."""
        closure = self.holders(method)
        names = set().union(*map(self.value_names, self._placements[name]))
        for path in self._actions[name]:
            call = class_call(path.node)
            summary = None if call is None else self.summary(call)
            if summary is not None:
                names |= set().union(*map(self.value_names, self._arguments_at(path.node, summary[3])))
        positions = self._parameters_in(names, method, closure)
        grew = not positions <= self.placed[name]
        self.placed[name] |= positions
        return grew


class Reach:
    """The variables each variable may hold the object of, through any chain of assignments (edges: variable ->
    the variables its assignments give it the object of), as bit sets worked out once per strongly connected group:
    a set of names per variable made a chain of n assignments (const a1 = a0; const a2 = a1; ...) cost n * n."""

    def __init__(self, edges: dict[str, set[str]]) -> None:
        self._bits: dict[str, int] = {}
        for name, targets in edges.items():
            self._bit(name)
            for target in targets:
                self._bit(target)
        graph = [[] for _ in self._bits]
        for name, targets in edges.items():
            graph[self._bits[name]] = [self._bits[target] for target in targets]
        self._masks = _reachable(graph)

    def _bit(self, name: str) -> int:
        if name not in self._bits:
            self._bits[name] = len(self._bits)
        return self._bits[name]

    def mask(self, names) -> int:
        """The variables any of names may hold, as a bit set (a name of no assignment holds its own object)."""
        held = 0
        for name in names:
            index = self._bit(name)
            held |= self._masks[index] if index < len(self._masks) else 1 << index
        return held

    def holds(self, mask: int, name: str) -> bool:
        index = self._bits.get(name)
        return index is not None and mask >> index & 1 == 1


def _reachable(graph: list[list[int]]) -> list[int]:
    """Per node of a directed graph, the nodes it reaches (itself included) as a bit set: each strongly connected
    component's set is the union of its members and its successors' sets, which come first."""
    masks = [0] * len(graph)
    for members in strongly_connected_components(range(len(graph)), graph.__getitem__):
        mask = 0
        for member in members:  # (the members' own sets are still empty here: or-ing them adds nothing)
            mask |= 1 << member
            for successor in graph[member]:
                mask |= masks[successor]
        for member in members:
            masks[member] = mask
    return masks


def _stamp(path: str) -> tuple[int, int]:
    status = os.stat(path)
    return status.st_mtime_ns, status.st_size


def inherited_summaries(path: str, exchange) -> dict[str, Summary] | None:
    """The summaries of the methods the class at `path` inherits (its parent exchanges' and the base class's), or
    None when part of the chain cannot be read."""
    from transpiler.analysis.methods import inherited_classes  # reads the chain: only when checked

    chain = inherited_classes(path, exchange)
    return None if chain is None else _inherited_flow(tuple((file, _stamp(file)) for file, _ in chain))


def inherited_callees(path: str, exchange) -> frozenset[str]:
    """The methods that the methods of the classes the class at `path` inherits call on this (`this.name (...)`): an
    override of one of them is called out of the file's sight. Empty when part of the chain cannot be read (then no
    summary is inherited either)."""
    from transpiler.analysis.methods import inherited_classes  # reads the chain: only when checked

    chain = inherited_classes(path, exchange)
    return frozenset() if chain is None else _inherited_callees(tuple((file, _stamp(file)) for file, _ in chain))


@functools.lru_cache(maxsize=16)
def _inherited_callees(files: tuple[tuple[str, tuple[int, int]], ...]) -> frozenset[str]:
    from transpiler.analysis.methods import parsed_class

    names = set()
    for index, (path, _) in enumerate(files):
        exchange = parsed_class(path, in_base=index == 0)
        for method in ({} if exchange is None else exchange.methods).values():
            for inner in walk(method.value.body):
                call = class_call(inner.node)
                if call is not None and call[0] == "this":
                    names.add(call[1])
    return frozenset(names)


@functools.lru_cache(maxsize=16)
def _inherited_flow(files: tuple[tuple[str, tuple[int, int]], ...]) -> dict[str, Summary]:
    """From the files of a chain (the base class first), each class worked out with what it inherits itself;
    remembered while the files are unchanged (checking many exchanges works out the base class once)."""
    from transpiler.analysis.methods import parsed_class

    summaries: dict[str, Summary] = {}
    for index, (path, _) in enumerate(files):
        exchange = parsed_class(path, in_base=index == 0)
        if exchange is not None:
            summaries = ValueFlow(exchange.methods, with_pipeline(summaries, exchange)).summaries()
            if index == 0:  # (the base class's request and fetch2, whatever sign () a class has)
                summaries.update(PIPELINE_SUMMARIES)
    return summaries


def with_pipeline(inherited: dict[str, Summary] | None, exchange) -> dict[str, Summary]:
    """What a class inherits, with its implicit API methods (IMPLICIT_API_SUMMARY)."""
    return {**(inherited or {}), **{name: IMPLICIT_API_SUMMARY for name in exchange.implicit_api}}
