"""SUB-D007: dictionaries and lists changed in place where PHP, whose arrays are values, would change a copy.

In JavaScript (and Python) a dictionary or list is one object that every variable holding it shares; in PHP an
array is copied when it is assigned or passed. Changing one in place therefore means the same in every language
only where no other variable, and no caller, is expected to see the change.
"""

from __future__ import annotations

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


def reassigned_names(method: Node) -> set[str]:
    return {path.node.left.name for path in walk(method.value.body)
            if path.type == "AssignmentExpression" and path.node.left.type == "Identifier"}


def changed_parameters(method: Node) -> set[int]:
    """Positions of the parameters a method changes in place without first replacing them with a value of its own."""
    names = [target.name if target.type == "Identifier" else None
             for target in (parameter_target(param) for param in method.value.params)]
    replaced = reassigned_names(method)
    positions = set()
    for path in walk(method.value.body):
        variable = changed_variable(path.node)
        if variable is not None and variable.name in names and variable.name not in replaced:
            positions.add(names.index(variable.name))
    return positions


def aliases(method: Node) -> dict[str, str]:
    """Variables given another variable's value (const b = a; b = a): the same object in JavaScript, a copy in PHP."""
    found = {}
    for path in walk(method.value.body):
        node = path.node
        if node.type == "VariableDeclarator" and node.id.type == "Identifier" and node.init is not None \
                and node.init.type == "Identifier" and node.init.name != "undefined":
            found[node.id.name] = node.init.name
        elif node.type == "AssignmentExpression" and node.operator == "=" and node.left.type == "Identifier" \
                and node.right.type == "Identifier" and node.right.name != "undefined":
            found[node.left.name] = node.right.name
    return found


PLACING_METHODS = frozenset({"push", "unshift"})


def borrowed_names(method: Node) -> dict[str, str]:
    """Variables whose value was read out of a container (const row = rows[i]; for (const row of rows)): the
    container's own dictionary or list in JavaScript and Python, a copy in PHP. Name -> how it was read."""
    found = {}
    for path in walk(method.value.body):
        node = path.node
        if node.type == "ForOfStatement" and node.left.type == "VariableDeclaration":
            for declarator in node.left.declarations:
                if declarator.id.type == "Identifier":
                    found[declarator.id.name] = "a for ... of loop variable"
        elif node.type == "VariableDeclarator" and node.id.type == "Identifier" and node.init is not None \
                and node.init.type == "MemberExpression":
            found[node.id.name] = "read out of a dictionary or list"
        elif node.type == "AssignmentExpression" and node.operator == "=" and node.left.type == "Identifier" \
                and node.right.type == "MemberExpression":
            found[node.left.name] = "read out of a dictionary or list"
    return found


# Helpers that hand back a container's own value, not a copy.
READING_HELPERS = frozenset({"safeValue", "safeValue2", "safeValueN", "safeDict", "safeDict2", "safeDictN", "safeList",
                             "safeList2", "safeListN", "ownValue", "market", "currency", "streamState"})


def helper_reads(method: Node) -> dict[str, str]:
    """Variables given a container's own value by a reading helper (const l = this.safeList (d, 'l')): name -> the
    helper."""
    found = {}
    for path in walk(method.value.body):
        node = path.node
        if node.type == "VariableDeclarator" and node.id.type == "Identifier":
            name, value = node.id.name, node.init
        elif node.type == "AssignmentExpression" and node.operator == "=" and node.left.type == "Identifier":
            name, value = node.left.name, node.right
        else:
            continue
        if value is not None and value.type == "CallExpression" and is_member(value.callee) \
                and value.callee.object.type == "ThisExpression" and value.callee.property.name in READING_HELPERS:
            found[name] = value.callee.property.name
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
        "they are changed in place only as a variable of their own, which is then put back."
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
        self.changed: dict[str, set[int]] = {}  # method name -> changed_parameters, worked out once per file

    def visit_MethodDefinition(self, path: Path) -> None:
        method = path.node
        shared = aliases(method)
        borrowed = borrowed_names(method)
        placed = placements(method)
        read = helper_reads(method)
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
        method = self.context.exchange.methods.get(name)
        if method is None:
            return
        if name not in self.changed:
            self.changed[name] = changed_parameters(method)
        target = _assigned_name(path)
        for position in sorted(self.changed[name]):
            if position < len(call.arguments) and call.arguments[position].type == "Identifier":
                argument = call.arguments[position].name
                discarded = target is None and _discarded(path)
                if not discarded and (argument == target or not _shared_after(path, argument)):
                    continue  # x = this.method (x, ...), or x never seen again: every language goes on alike
                used = "its result is not used" if discarded else f"its result is not assigned back to {argument}"
                self.report(call, f"this.{name} () changes {argument} in place and {used}: in PHP, which passes "
                                  f"arrays by value, {argument} would stay as it was",
                            f"return the changed value from {name} and assign it: "
                            f"{argument} = this.{name} ({argument}, ...)")


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


def _shared_after(path: Path, name: str) -> bool:
    """Whether the variable name can be seen after the call at path: read later on the call's path (up to its
    return or throw statement), read by the loop's next pass, or shared (another variable given its value, or put
    into a container), where JavaScript shows the change and PHP does not."""
    method = path.enclosing_method()
    ancestors = list(path.ancestors())
    if method is None or any(ancestor.type in _LOOPS for ancestor in ancestors):
        return True
    shared = aliases(method.node)
    if name in shared or name in shared.values() or name in placements(method.node):
        return True
    end = path.node.range[1]
    exit_statement = next((ancestor for ancestor in ancestors
                           if ancestor.type in ("ReturnStatement", "ThrowStatement")), None)
    # (below a return or a throw, the text runs on other paths only)
    limit = exit_statement.node.range[1] if exit_statement is not None else method.node.range[1]
    return any(inner.node.type == "Identifier" and inner.node.name == name and end < inner.node.range[0] < limit
               for inner in walk(method.node.value.body))
