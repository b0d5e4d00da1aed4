"""SUB-D007: dictionaries and lists changed in place where PHP, whose arrays are values, would change a copy.

In JavaScript (and Python) a dictionary or list is one object that every variable holding it shares; in PHP an
array is copied when it is assigned or passed. Changing one in place therefore means the same in every language
only where no other variable, and no caller, is expected to see the change.
"""

from __future__ import annotations

import functools
import os

from esprima.nodes import Node

from transpiler.rules.base import Rule
from transpiler.syntax import Path, is_member, parameter_target, walk

# Array methods that change the array they are called on.
CHANGING_METHODS = frozenset({"push", "pop", "shift", "unshift", "splice", "sort", "reverse"})


def changed_variable(node: Node) -> Node | None:
    """The variable whose dictionary or list `node` changes in place (x['k'] = v, delete x.k, x.push (...),
    x['a']['b'] = v all change x), or None."""
    if node.type == "AssignmentExpression" and node.left.type == "MemberExpression":
        target = node.left
    elif node.type == "UnaryExpression" and node.operator == "delete" and node.argument.type == "MemberExpression":
        target = node.argument
    elif node.type == "CallExpression" and is_member(node.callee) and node.callee.property.name in CHANGING_METHODS:
        target = node.callee.object
    else:
        return None
    while target.type == "MemberExpression":
        target = target.object
    return target if target.type == "Identifier" else None


def nested_target(node: Node) -> Node | None:
    """The nested value a change reaches through another (x['a'] of x['a']['b'] = v, x['a'].push (v)), or None;
    values under this are B008's."""
    if node.type == "AssignmentExpression" and node.left.type == "MemberExpression":
        target = node.left.object
    elif node.type == "UnaryExpression" and node.operator == "delete" and node.argument.type == "MemberExpression":
        target = node.argument.object
    elif node.type == "CallExpression" and is_member(node.callee) and node.callee.property.name in CHANGING_METHODS:
        target = node.callee.object
    else:
        return None
    if target.type != "MemberExpression":
        return None
    root = target
    while root.type == "MemberExpression":
        root = root.object
    return None if root.type in ("ThisExpression", "Super") else target


# Array methods that hand back the array they are called on (a.reverse () is a itself).
RECEIVER_METHODS = frozenset({"reverse", "sort"})


def assignments(method: Node) -> list[tuple[str, Node, int]]:
    """Each value given to a variable in the method (const b = v, b = v): name, value, offset."""
    found = []
    for path in walk(method.value.body):
        node = path.node
        if node.type == "VariableDeclarator" and node.id.type == "Identifier" and node.init is not None:
            found.append((node.id.name, node.init, node.range[0]))
        elif node.type == "AssignmentExpression" and node.operator == "=" and node.left.type == "Identifier":
            found.append((node.left.name, node.right, node.range[0]))
    return found


def parameter_names(method: Node) -> list[str | None]:
    return [target.name if target.type == "Identifier" else None
            for target in (parameter_target(param) for param in method.value.params)]


def replacements(method: Node) -> dict[str, int]:
    """Where each variable is first replaced by a statement of the method's body itself (not inside a branch or a
    loop, so every path that goes on runs it): from there on the variable holds a value of the method's own."""
    found: dict[str, int] = {}
    for statement in method.value.body.body:
        if statement.type == "ExpressionStatement" and statement.expression.type == "AssignmentExpression" \
                and statement.expression.operator == "=" and statement.expression.left.type == "Identifier":
            found.setdefault(statement.expression.left.name, statement.range[0])
    return found


# What a method does with the dictionaries and lists it is given: the parameters it may hand back, whether it may
# hand back a container's own value, the parameters it changes in place.
Summary = tuple[frozenset[int], bool, frozenset[int]]


class ValueFlow:
    """What a class's own methods do with the dictionaries and lists they are given, worked out over the whole class
    (a method that passes a parameter on, or hands back what another method hands back, does what that one does):
    which parameters each may hand back (the same object, which PHP would copy), whether it may hand back a value read
    out of a container, and which parameters it changes in place. inherited: the same of the methods the class
    inherits (its own override them)."""

    def __init__(self, methods: dict[str, Node], inherited: dict[str, Summary] | None = None) -> None:
        self.methods = methods
        inherited = {name: summary for name, summary in (inherited or {}).items() if name not in methods}
        self.returned: dict[str, set[int]] = {name: set(summary[0]) for name, summary in inherited.items()}
        self.returns_borrowed: dict[str, bool] = {name: summary[1] for name, summary in inherited.items()}
        self.changed: dict[str, set[int]] = {name: set(summary[2]) for name, summary in inherited.items()}
        for table, empty in ((self.returned, set), (self.returns_borrowed, bool), (self.changed, set)):
            table.update({name: empty() for name in methods})
        # What each method's body holds that the tables depend on, read once: its assignments, its return statements,
        # and the nodes that change a variable or call a method of the class.
        self._assignments = {id(method): assignments(method) for method in methods.values()}
        self._returns: dict[str, list[Node]] = {name: [] for name in methods}
        self._actions: dict[str, list[Node]] = {name: [] for name in methods}
        self._callers: dict[str, set[str]] = {name: set() for name in methods}
        for name, method in methods.items():
            for path in walk(method.value.body):
                node = path.node
                if node.type == "ReturnStatement" and node.argument is not None:
                    self._returns[name].append(node.argument)
                elif changed_variable(node) is not None:
                    self._actions[name].append(node)
                if node.type == "CallExpression" and is_member(node.callee) \
                        and node.callee.object.type == "ThisExpression" and node.callee.property.name in methods:
                    self._actions[name].append(node)
                    self._callers[node.callee.property.name].add(name)
        self._settle(self._hand_backs)
        self._settle(self._changes)

    def summaries(self) -> dict[str, Summary]:
        """Every method's summary, the inherited ones included."""
        return {name: (frozenset(self.returned[name]), self.returns_borrowed[name], frozenset(self.changed[name]))
                for name in self.returned}

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
        if node.type == "CallExpression" and is_member(node.callee):
            name = node.callee.property.name
            if name in RECEIVER_METHODS:
                return self.value_names(node.callee.object)
            if node.callee.object.type == "ThisExpression" and name in self.returned:
                return set().union(*(self.value_names(node.arguments[position]) for position in self.returned[name]
                                     if position < len(node.arguments)))
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
        if node.type == "CallExpression" and is_member(node.callee):
            name = node.callee.property.name
            if name in RECEIVER_METHODS:
                return self.borrowed(node.callee.object)
            if node.callee.object.type != "ThisExpression":
                return None
            if name in READING_HELPERS:
                return "helper", name
            if self.returns_borrowed.get(name):
                return "member", f"handed back by this.{name} (...), which can hand back a container's own value"
            for position in sorted(self.returned.get(name, ())):
                if position < len(node.arguments) and self.borrowed(node.arguments[position]) is not None:
                    return self.borrowed(node.arguments[position])
        return None

    def holders(self, method: Node) -> dict[str, set[str]]:
        """Per variable of the method, every variable whose object it may hold (itself included), through any chain
        of assignments, whichever path they are on."""
        edges: dict[str, set[str]] = {}
        for name, value, _ in self.assignments_of(method):
            edges.setdefault(name, set()).update(self.value_names(value))
        closure = {}
        for name in set(edges) | {name for name in parameter_names(method) if name is not None}:
            seen, stack = {name}, [name]
            while stack:
                for other in edges.get(stack.pop(), ()):
                    if other not in seen:
                        seen.add(other)
                        stack.append(other)
            closure[name] = seen
        return closure

    def assignments_of(self, method: Node) -> list[tuple[str, Node, int]]:
        found = self._assignments.get(id(method))
        return assignments(method) if found is None else found

    def _hand_backs(self, name: str, method: Node) -> bool:
        params = parameter_names(method)
        closure = self.holders(method)
        borrowed_locals = {local for local, value, _ in self.assignments_of(method) if self.borrowed(value) is not None}
        positions, borrowed = set(), False
        for returned in self._returns[name]:
            names = set().union(*(closure.get(found, {found}) for found in self.value_names(returned)))
            positions |= {index for index, param in enumerate(params) if param in names}
            borrowed = borrowed or bool(names & borrowed_locals) or self.borrowed(returned) is not None
        grew = not positions <= self.returned[name] or (borrowed and not self.returns_borrowed[name])
        self.returned[name] |= positions
        self.returns_borrowed[name] = self.returns_borrowed[name] or borrowed
        return grew

    def _changes(self, name: str, method: Node) -> bool:
        """Adds the parameters the method changes in place, itself or through a method it passes them to, before it
        replaces them with a value of its own."""
        params = parameter_names(method)
        closure = self.holders(method)
        replaced = replacements(method)
        positions = set()
        for node in self._actions[name]:
            variables = set()
            variable = changed_variable(node)
            if variable is not None:
                variables.add(variable.name)
            if node.type == "CallExpression" and is_member(node.callee) and node.callee.object.type == "ThisExpression":
                for position in self.changed.get(node.callee.property.name, ()):
                    if position < len(node.arguments):
                        variables |= self.value_names(node.arguments[position])
            for found in variables:
                for index, param in enumerate(params):
                    if param is not None and param in closure.get(found, {found}) \
                            and node.range[0] < replaced.get(param, node.range[1]):
                        positions.add(index)
        grew = not positions <= self.changed[name]
        self.changed[name] |= positions
        return grew


def aliases(flow: ValueFlow, method: Node, leaving_out: Node | None = None) -> dict[str, str]:
    """Variables given another variable's value (const b = a; b = cond ? a : c; b = a.reverse (); b = this.same (a)):
    the same object in JavaScript, a copy in PHP. Name -> (one of) the other variables. leaving_out: a call whose
    result is not counted (the one being judged: what it hands back is what every language goes on with)."""
    found = {}
    for name, value, _ in flow.assignments_of(method):
        if leaving_out is not None and (value is leaving_out or
                                        (value.type == "AwaitExpression" and value.argument is leaving_out)):
            continue
        others = flow.value_names(value) - {name}
        if others and name not in found:
            found[name] = min(others)
    return found


PLACING_METHODS = frozenset({"push", "unshift"})


def borrowed_names(flow: ValueFlow, method: Node) -> dict[str, str]:
    """Variables whose value was read out of a container (const row = rows[i]; for (const row of rows)): the
    container's own dictionary or list in JavaScript and Python, a copy in PHP. Name -> how it was read."""
    found = {}
    for path in walk(method.value.body):
        node = path.node
        if node.type == "ForOfStatement" and node.left.type == "VariableDeclaration":
            for declarator in node.left.declarations:
                if declarator.id.type == "Identifier":
                    found[declarator.id.name] = "a for ... of loop variable"
    for name, value, _ in flow.assignments_of(method):
        how = flow.borrowed(value)
        if how is not None and how[0] == "member":
            found[name] = how[1]
    return found


# Helpers that hand back a container's own value, not a copy.
READING_HELPERS = frozenset({"safeValue", "safeValue2", "safeValueN", "safeDict", "safeDict2", "safeDictN", "safeList",
                             "safeList2", "safeListN", "ownValue", "market", "currency", "streamState"})


def helper_reads(flow: ValueFlow, method: Node) -> dict[str, str]:
    """Variables given a container's own value by a reading helper (const l = this.safeList (d, 'l')), directly or
    through a method that hands back its argument: name -> the helper."""
    found = {}
    for name, value, _ in flow.assignments_of(method):
        how = flow.borrowed(value)
        if how is not None and how[0] == "helper":
            found[name] = how[1]
        else:
            found.pop(name, None)
    return found


def placements(method: Node) -> dict[str, int]:
    """Variables put into a dictionary or list ({ 'k': v }, [ v ], d['k'] = v, list.push (v)), with the offset of
    the first such place: from there on the container holds the same object in JavaScript, a copy in PHP."""
    found: dict[str, int] = {}
    for path in walk(method.value.body):
        node = path.node
        if node.type != "Identifier" or path.parent is None:
            continue
        parent = path.parent.node
        placed = (path.parent_type == "Property" and path.field == "value"
                  and path.parent.parent_type == "ObjectExpression") \
            or path.parent_type == "ArrayExpression" \
            or (path.parent_type == "AssignmentExpression" and path.field == "right"
                and parent.left.type == "MemberExpression") \
            or (path.parent_type == "CallExpression" and path.field == "arguments" and is_member(parent.callee)
                and parent.callee.property.name in PLACING_METHODS)
        if placed and any(ancestor.type in ("ReturnStatement", "ThrowStatement") for ancestor in path.ancestors()):
            placed = False  # nothing runs after it on that path (code below it is another branch's)
        if placed and (node.name not in found or node.range[0] < found[node.name]):
            found[node.name] = node.range[0]
    return found


def last_placements(method: Node) -> dict[str, int]:
    """The offset of the last place each variable is put into a container (d['k'] = v, { 'k': v }, ...,
    this.setStreamState (key, v))."""
    found: dict[str, int] = {}
    for path in walk(method.value.body):
        node = path.node
        if node.type == "Identifier" and path.parent is not None and (
                (path.parent_type == "AssignmentExpression" and path.field == "right"
                 and path.parent.node.left.type == "MemberExpression")
                or (path.parent_type == "Property" and path.field == "value")
                or path.parent_type == "ArrayExpression"
                or (path.parent_type == "CallExpression" and path.field == "arguments"
                    and is_member(path.parent.node.callee, property_name="setStreamState")
                    and path.parent.node.callee.object.type == "ThisExpression")):
            found[node.name] = max(found.get(node.name, -1), node.range[0])
    return found


class NoSharedChanges(Rule):
    id = "SUB-D007"
    title = "change a dictionary or list in place only where nothing else shares it (PHP arrays are values)"
    rationale = (
        "JavaScript and Python share one dictionary or list between every variable that holds it; PHP copies an "
        "array when it is assigned or passed. So `const b = a; b['x'] = 1;` changes `a` in Node and Python but "
        "not in PHP, and a helper that fills in the request it is given changes the caller's request in two "
        "languages and a copy in the third. Change a value of your own, and hand it back: return the changed "
        "dictionary and assign the result (`request = this.addRange (request, since)`), or build a new one "
        "(`const b = this.extend (a, {...})`). The same holds for a value read out of a container (`const row = "
        "rows[i]`, a for ... of loop variable), a variable after it was put into one (`{ 'l': list }`, "
        "`d['k'] = list`, `rows.push (row)`), a value nested in another (`d['l'].push (x)`), and what this.safeDict, "
        "this.safeList, this.safeValue, this.ownValue, this.market, this.currency and this.streamState hand back: "
        "they are changed in place only as a variable of their own, which is then put back. The object is followed "
        "through conditions (`c ? a : b`), `||` and `&&`, `reverse ()` and `sort ()` (which hand back their array) and "
        "the methods of the class, its parent exchanges and the base class: one that hands back its argument "
        "(`this.toArray (rows)`) gives the caller the same object, one that hands back a container's own value "
        "(`this.safeMarket (id)`, `await this.loadMarkets ()`) a borrowed one, one that passes a parameter on to a "
        "method that changes it changes it too, and a parameter counts as the caller's until a statement of the "
        "method's body itself (not a branch) replaces it."
    )
    bad = ("addLimit (request, limit) {\n    request['limit'] = limit;\n    return request;\n}\n\n"
           "tradesRequest (symbol, limit = undefined) {\n    const request = { 'pair': symbol };\n"
           "    this.addLimit (request, limit);\n    return request;\n}")
    good = ("addLimit (request, limit) {\n    request['limit'] = limit;\n    return request;\n}\n\n"
            "tradesRequest (symbol, limit = undefined) {\n    return this.addLimit ({ 'pair': symbol }, limit);\n}")
    hint = "use the changed value the method returns (x = this.method (x, ...)), or copy first (this.extend (x))"
    example_scope = "class"

    def __init__(self, context) -> None:
        super().__init__(context)
        self._flow: ValueFlow | None = None

    @property
    def flow(self) -> ValueFlow:
        if self._flow is None:  # (worked out once per file, when a method is first visited)
            inherited = None
            if not self.context.source.is_base:
                from transpiler.analysis.methods import inherited_classes  # reads the chain: only when checked

                chain = inherited_classes(self.context.source.path, self.context.exchange)
                inherited = None if chain is None else _inherited_flow(tuple((path, _stamp(path)) for path, _ in chain))
            self._flow = ValueFlow(self.context.exchange.methods, inherited)
        return self._flow

    def visit_MethodDefinition(self, path: Path) -> None:
        method = path.node
        shared = aliases(self.flow, method)
        borrowed = borrowed_names(self.flow, method)
        placed = placements(method)
        read = helper_reads(self.flow, method)
        put_back = last_placements(method)
        for inner in walk(method.value.body):
            variable = changed_variable(inner.node)
            if variable is not None and variable.name not in shared and variable.name in borrowed:
                self.report(inner.node, f"{variable.name} is {borrowed[variable.name]}: changing it in place changes "
                                        "the container's value in JavaScript and Python, but a copy in PHP",
                            f"change a copy and put it back: const {variable.name} = this.extend (...); ...; "
                            f"container[key] = {variable.name}; (or build a new value)")
            elif variable is not None and variable.name not in shared and variable.name in read \
                    and put_back.get(variable.name, -1) < inner.node.range[0]:
                self.report(inner.node, f"{variable.name} is a dictionary's or list's own value (read with "
                                        f"this.{read[variable.name]} (...)): changing it in place changes the "
                                        "container's value in JavaScript and Python, but a copy in PHP",
                            f"put it back after the change (container[key] = {variable.name}; or "
                            f"this.setStreamState (key, {variable.name})), or change a copy: "
                            f"this.extend ({variable.name})")
            elif variable is not None and variable.name not in shared and variable.name in placed \
                    and inner.node.range[0] > placed[variable.name]:
                self.report(inner.node, f"{variable.name} was put into a dictionary or list above: changing it in "
                                        "place now changes that entry too in JavaScript and Python, but not in PHP, "
                                        "where the entry is a copy", f"finish {variable.name} before putting it "
                                                                     "anywhere, or put it in again after the change")
            nested = None if self.context.source.is_base else nested_target(inner.node)
            if nested is not None:
                shown = self.context.source.snippet(nested)
                self.report(inner.node, f"a change inside {shown}, a value nested in another: if it is also held "
                                        "elsewhere (a variable put into the container, a value read out of another "
                                        "one), JavaScript and Python change it there too, PHP only this copy",
                            f"take the nested value into a variable, change it, and put it back: const inner = "
                            f"this.extend ({shown}); inner[key] = value; container[key] = inner;")
            if variable is not None and variable.name in shared:
                self.report(inner.node, f"{variable.name} holds the value of {shared[variable.name]}: changing it in "
                                        f"place changes {shared[variable.name]} too in JavaScript and Python, but not "
                                        "in PHP, where it is a copy",
                            f"make {variable.name} a copy of its own: const {variable.name} = "
                            f"this.extend ({shared[variable.name]}) (or this.arrayConcat ([], ...) for a list)")

    def visit_CallExpression(self, path: Path) -> None:
        call = path.node
        if not is_member(call.callee) or call.callee.object.type != "ThisExpression":
            return
        name = call.callee.property.name
        if not self.flow.changed.get(name):
            return
        target = _assigned_name(path)
        for position in sorted(self.flow.changed[name]):
            if position >= len(call.arguments):
                continue
            for argument in sorted(self.flow.value_names(call.arguments[position])):
                discarded = target is None and _discarded(path)
                replaced = argument == target or _replaced_around(path, argument)
                if not discarded and ((replaced and not _held_elsewhere(self.flow, path, argument))
                                      or not _shared_after(self.flow, path, argument)):
                    continue  # x = this.method (x, ...), or x never seen again: every language goes on alike
                used = "its result is not used" if discarded else f"its result is not assigned back to {argument}"
                self.report(call, f"this.{name} () changes {argument} in place and {used}: in PHP, which passes "
                                  f"arrays by value, {argument} would stay as it was",
                            f"return the changed value from {name} and assign it: "
                            f"{argument} = this.{name} ({argument}, ...)")


def _stamp(path: str) -> tuple[int, int]:
    status = os.stat(path)
    return status.st_mtime_ns, status.st_size


@functools.lru_cache(maxsize=16)
def _inherited_flow(files: tuple[tuple[str, tuple[int, int]], ...]) -> dict[str, Summary]:
    """The summaries of the methods a class inherits, from the files of its chain (the base class first), each class
    worked out with what it inherits itself; remembered while the files are unchanged (checking many exchanges works
    out the base class once)."""
    from transpiler.analysis.methods import parsed_class

    summaries: dict[str, Summary] = {}
    for index, (path, _) in enumerate(files):
        exchange = parsed_class(path, in_base=index == 0)
        if exchange is not None:
            summaries = ValueFlow(exchange.methods, summaries).summaries()
    return summaries


def _result_parent(path: Path) -> Path | None:
    """What takes the call's result, past an await."""
    parent = path.parent
    return parent.parent if parent is not None and parent.type == "AwaitExpression" else parent


def _discarded(path: Path) -> bool:
    """Whether the call at path is a statement of its own (awaited or not)."""
    parent = _result_parent(path)
    return parent is not None and parent.type == "ExpressionStatement"


def _assigned_name(path: Path) -> str | None:
    """The variable that the call's result (awaited or not) is assigned to: x in x = this.m (...)."""
    parent = _result_parent(path)
    if parent is not None and parent.type == "AssignmentExpression" and parent.node.operator == "=" \
            and parent.node.left.type == "Identifier":
        return parent.node.left.name
    return None


_LOOPS = ("ForStatement", "ForOfStatement", "WhileStatement", "DoWhileStatement")


def _replaced_around(path: Path, name: str) -> bool:
    """Whether the call at path is inside the value of an assignment to the variable name that reads it no more
    after the call (book = this.a (this.b (book))): every language goes on with the value handed back."""
    end = path.node.range[1]
    for ancestor in path.ancestors():
        if ancestor.type.endswith("Statement") or ancestor.type == "VariableDeclaration":
            return False
        node = ancestor.node
        if ancestor.type == "AssignmentExpression" and node.operator == "=" and node.left.type == "Identifier" \
                and node.left.name == name and node.right.range[0] <= path.node.range[0]:
            return not any(inner.node.type == "Identifier" and inner.node.name == name
                           and end <= inner.node.range[0] for inner in walk(node.right))
    return False


def _held_elsewhere(flow: ValueFlow, path: Path, name: str) -> bool:
    """Whether another variable or a container may hold the object of the variable name (where JavaScript shows a
    change to it and PHP does not)."""
    method = path.enclosing_method()
    if method is None:
        return True
    shared = aliases(flow, method.node, leaving_out=path.node)
    return name in shared or name in shared.values() or name in placements(method.node)


def _shared_after(flow: ValueFlow, path: Path, name: str) -> bool:
    """Whether the variable name can be seen after the call at path: read later on the call's path (up to its
    return or throw statement), read by the loop's next pass, or shared (another variable given its value, or put
    into a container), where JavaScript shows the change and PHP does not."""
    method = path.enclosing_method()
    ancestors = list(path.ancestors())
    if method is None or any(ancestor.type in _LOOPS for ancestor in ancestors) or _held_elsewhere(flow, path, name):
        return True
    end = path.node.range[1]
    exit_statement = next((ancestor for ancestor in ancestors
                           if ancestor.type in ("ReturnStatement", "ThrowStatement")), None)
    # (below a return or a throw, the text runs on other paths only)
    limit = exit_statement.node.range[1] if exit_statement is not None else method.node.range[1]
    return any(inner.node.type == "Identifier" and inner.node.name == name and end < inner.node.range[0] < limit
               for inner in walk(method.node.value.body))
