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


class NoSharedChanges(Rule):
    id = "SUB-D007"
    title = "change a dictionary or list in place only where nothing else shares it (PHP arrays are values)"
    rationale = (
        "JavaScript and Python share one dictionary or list between every variable that holds it; PHP copies an "
        "array when it is assigned or passed. So `const b = a; b['x'] = 1;` changes `a` in Node and Python but "
        "not in PHP, and a helper that fills in the request it is given changes the caller's request in two "
        "languages and a copy in the third. Change a value of your own, and hand it back: return the changed "
        "dictionary and assign the result (`request = this.addRange (request, since)`), or build a new one "
        "(`const b = this.extend (a, {...})`)."
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
        for inner in walk(method.value.body):
            variable = changed_variable(inner.node)
            if variable is not None and variable.name in shared:
                self.report(inner.node, f"{variable.name} holds the value of {shared[variable.name]}: changing it in "
                                        f"place changes {shared[variable.name]} too in JavaScript and Python, but not "
                                        "in PHP, where it is a copy",
                            f"make {variable.name} a copy of its own: const {variable.name} = "
                            f"this.extend ({shared[variable.name]}) (or this.arrayConcat ([], ...) for a list)")

    def visit_ExpressionStatement(self, path: Path) -> None:
        call = path.node.expression
        if call.type == "AwaitExpression":
            call = call.argument
        if call.type != "CallExpression" or not is_member(call.callee) or call.callee.object.type != "ThisExpression":
            return
        name = call.callee.property.name
        method = self.context.exchange.methods.get(name)
        if method is None:
            return
        if name not in self.changed:
            self.changed[name] = changed_parameters(method)
        for position in sorted(self.changed[name]):
            if position < len(call.arguments) and call.arguments[position].type == "Identifier":
                argument = call.arguments[position].name
                self.report(call, f"this.{name} () changes {argument} in place and its result is not used: in PHP, "
                                  f"which passes arrays by value, {argument} would stay as it was",
                            f"return the changed value from {name} and assign it: "
                            f"{argument} = this.{name} ({argument}, ...)")
