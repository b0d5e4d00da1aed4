"""SUB-A005: once a call collected for Promise.all has started, nothing throws before Promise.all holds its promise.

The calls collected for Promise.all start one after the other. In Node an async method runs as soon as it is called
and Promise.all handles its rejection only once it holds the array: anything that throws in between (an argument of
a later call, a statement between two pushes) leaves the earlier calls' promises without a handler, and when one
rejects, Node ends the process. asyncio never runs the coroutines already made, synchronous Python and PHP ran those
calls to their end. So what may stand there is limited to what cannot throw: names, literals, and literals built of
them (and, in the loop that fills an array, the loop's own element). The first call's arguments are computed before
any call starts.
"""

from __future__ import annotations

from esprima.nodes import Node

from transpiler.rules.base import Rule
from transpiler.syntax import Path, is_member, is_promise_all, walk

_HINT = "compute the value first, into a name (const id = ...;), and hand the call the name"
_COMPARISONS = frozenset({"<", "<=", ">", ">=", "===", "!=="})


class NothingThrowsWhileCollecting(Rule):
    id = "SUB-A005"
    title = "nothing can throw between the first call collected for Promise.all and Promise.all"
    rationale = (
        "The collected calls start one after the other, and Promise.all handles their failures only once it holds "
        "them all. A throw in between (an argument of a later call, a statement between two pushes) left the calls "
        "already started without a handler: when one failed, Node ended the user's process (an unhandled "
        "rejection), asyncio never ran them, and synchronous Python and PHP ran them to their end. So the "
        "arguments of a collected call after the first are names, literals, or array and object literals of these; "
        "an array handed to Promise.all is filled by push statements that follow one another, or by one loop that "
        "does nothing else (`for (let i = 0; i < ids.length; i++)`, where `ids[i]` may be an argument, or `for "
        "(const id of ids)`), and Promise.all takes it right after them (declarations of names and literals may "
        "stand between), before anything else is computed."
    )
    bad = ("const results = await Promise.all ([\n    this.fetchTicker (symbol),\n"
           "    this.fetchOrderBook (symbol, this.safeInteger (params, 'depth')),\n]);")
    good = ("const depth = this.safeInteger (params, 'depth');\n"
            "const results = await Promise.all ([ this.fetchTicker (symbol), this.fetchOrderBook (symbol, depth) ]);")
    hint = _HINT
    decisions = (
        "The first collected call's arguments may be anything: they are computed before any call starts (a throw "
        "there fails as a throw before Promise.all does, in every runtime). In a loop that fills the array, every "
        "round after the first comes after calls that started, so the loop's calls are held to the rule."
    )

    def visit_CallExpression(self, path: Path) -> None:
        node = path.node
        if not is_promise_all(node) or not node.arguments:
            return
        collected = node.arguments[0]
        if collected.type == "ArrayExpression":
            for element in collected.elements[1:]:  # (the first call's arguments are computed before any call starts)
                self._check_arguments(element, loop=None)
        elif collected.type == "Identifier":
            method = path.enclosing_method()
            if method is not None:
                self._check_filling(method, path, collected.name)

    def _check_filling(self, method: Path, promise_all: Path, array: str) -> None:
        pushes = [inner for inner in walk(method.node) if inner.type == "CallExpression"
                  and is_member(inner.node.callee, array, "push")]
        if not pushes:
            return
        first = min(pushes, key=lambda push: push.node.range[0])
        head = _run_head(first)
        if head is None:
            self.report(first.node, f"{array}.push (...) is a statement of its own, in the block where Promise.all "
                                    f"takes {array} (or in a loop of that block that only pushes)")
            return
        statements = head.parent.node.body
        start = statements.index(head.node)
        end = next((index for index in range(start + 1, len(statements))
                    if _contains(statements[index], promise_all.node)), None)
        if end is None or not _computes_first(statements[end], promise_all.node):
            self.report(promise_all.node.arguments[0], f"Promise.all takes {array} right after the statements that "
                                                       "fill it, before anything else is computed",
                        f"write the pushes, then: const results = await Promise.all ({array});")
            return
        run = statements[start:end]
        for index, statement in enumerate(run):
            if index == 0 and statement.type in ("ForStatement", "ForOfStatement"):
                self._check_loop(statement, array)
            elif _push_of(statement, array) is not None:
                if index > 0:  # (the first push's arguments are computed before any call starts)
                    self._check_arguments(_push_of(statement, array).arguments[0], loop=None)
            elif not _inert_statement(statement):
                self.report(statement, f"this statement stands between calls collected in {array}: were it to throw, "
                                       "the calls already started would have no handler",
                            f"move it before the first {array}.push (...)")
        for push in pushes:
            if not any(_contains(statement, push.node) for statement in run):
                self.report(push.node, f"{array} is filled by the statements right before Promise.all takes it",
                            f"move this push next to the other pushes of {array}")

    def _check_loop(self, loop: Node, array: str) -> None:
        element = _loop_element(loop)
        if loop.type == "ForStatement" and (element is None or not _steps(loop.update)):
            self.report(loop, f"a loop that fills {array} between collected calls is written "
                              "for (let i = 0; i < list.length; i++): its test and step cannot throw",
                        "compute the bound first: const count = ...; for (let i = 0; i < count; i++)")
            return
        body = loop.body.body if loop.body.type == "BlockStatement" else [loop.body]
        for statement in body:
            push = _push_of(statement, array)
            if push is None:
                self.report(statement, f"a loop that fills {array} does nothing else: were this to throw, the calls "
                                       "started in earlier rounds would have no handler",
                            f"compute it in a loop of its own before the one that fills {array}")
            else:
                self._check_arguments(push.arguments[0], loop=element)

    def _check_arguments(self, call: Node | None, loop: tuple[str, str] | None) -> None:
        if call is None or call.type != "CallExpression":
            return  # not a call: A003 reports it
        for argument in call.arguments:
            if not _inert(argument, loop):
                self.report(argument, "an argument of a call collected for Promise.all is computed after earlier "
                                      "calls started: were it to throw, their promises would have no handler (Node "
                                      "ends the process when one rejects)")


def _run_head(push: Path) -> Path | None:
    """The statement of a block that holds the first push: the push's own statement, or the loop around it."""
    statement = push.parent
    if statement is None or statement.type != "ExpressionStatement":
        return None
    loop = statement.parent
    if loop is not None and loop.type == "BlockStatement":
        loop = loop.parent  # (the loop's body in braces)
    if loop is not None and loop.type in ("ForStatement", "ForOfStatement"):
        statement = loop
    holder = statement.parent
    return statement if holder is not None and holder.type == "BlockStatement" else None


def _inert_statement(statement: Node) -> bool:
    """`let outcome = 'none';`, `count = 0;`: a statement that cannot throw."""
    if statement.type == "VariableDeclaration":
        return all(_inert(declarator.init, None) for declarator in statement.declarations)
    if statement.type == "ExpressionStatement" and statement.expression.type == "AssignmentExpression":
        assignment = statement.expression
        return assignment.operator == "=" and assignment.left.type == "Identifier" and _inert(assignment.right, None)
    return False


def _push_of(statement: Node, array: str) -> Node | None:
    """The call of `array.push (value);` written as a statement, if that is what the statement is."""
    if statement.type != "ExpressionStatement":
        return None
    call = statement.expression
    if call.type == "CallExpression" and is_member(call.callee, array, "push") and len(call.arguments) == 1:
        return call
    return None


def _loop_element(loop: Node) -> tuple[str, str] | None:
    """For `for (let i = ...; i < list.length; ...)`: ('list', 'i'), whose `list[i]` cannot throw once the test has
    passed; for `for (const x of list)`: ('', 'x'). None for a test that could throw in a later round."""
    if loop.type == "ForOfStatement":
        declared = loop.left.declarations[0].id if loop.left.type == "VariableDeclaration" else loop.left
        return ("", declared.name) if declared.type == "Identifier" else None
    init, test = loop.init, loop.test
    if init is None or init.type != "VariableDeclaration" or len(init.declarations) != 1 \
            or init.declarations[0].id.type != "Identifier":
        return None
    counter = init.declarations[0].id.name
    if test is None or test.type != "BinaryExpression" or test.operator not in _COMPARISONS:
        return None
    bounds = [side for side in (test.left, test.right) if not _inert(side, None)]
    if not bounds:
        return "", counter
    if len(bounds) == 1 and is_member(bounds[0], property_name="length") and bounds[0].object.type == "Identifier":
        return bounds[0].object.name, counter
    return None


def _steps(update: Node | None) -> bool:
    """i++, ++i, i--, i += 2: a step of a counter that cannot throw."""
    if update is None:
        return False
    if update.type == "UpdateExpression":
        return update.argument.type == "Identifier"
    return update.type == "AssignmentExpression" and update.operator in ("+=", "-=") \
        and update.left.type == "Identifier" and update.right.type == "Literal"


def _inert(node: Node | None, loop: tuple[str, str] | None) -> bool:
    """Whether computing the expression cannot throw: a name, a literal, array and object literals of these, a
    negation; in a loop that fills an array, the loop's element (list[i])."""
    if node is None:
        return True  # an array literal's hole
    kind = node.type
    if kind in ("Identifier", "Literal"):
        return True
    if kind == "UnaryExpression":
        return node.operator in ("-", "!") and _inert(node.argument, loop)
    if kind == "ArrayExpression":
        return all(_inert(element, loop) for element in node.elements)
    if kind == "ObjectExpression":
        return all(prop.type == "Property" and not prop.computed and _inert(prop.value, loop)
                   for prop in node.properties)
    if kind == "MemberExpression" and loop is not None and loop[0]:
        return node.computed and node.object.type == "Identifier" and node.object.name == loop[0] \
            and node.property.type == "Identifier" and node.property.name == loop[1]
    return False


def _contains(outer: Node, inner: Node) -> bool:
    return outer.range[0] <= inner.range[0] and inner.range[1] <= outer.range[1]


def _computes_first(node: Node, target: Node) -> bool:
    """Whether running the statement computes `target` before anything else that could throw: `const results =
    await Promise.all (pending);`, `return (await Promise.all (pending)).length;`, the first statement of a try."""
    while node is not target:
        kind = node.type
        if kind == "ExpressionStatement":
            node = node.expression
        elif kind in ("ReturnStatement", "AwaitExpression"):
            node = node.argument
        elif kind == "VariableDeclaration":
            node = node.declarations[0].init
        elif kind == "TryStatement":
            node = node.block
        elif kind == "BlockStatement" and node.body:
            node = node.body[0]
        elif kind == "AssignmentExpression" and node.operator == "=" and node.left.type == "Identifier":
            node = node.right
        elif kind == "MemberExpression":
            node = node.object
        elif kind == "CallExpression" and is_member(node.callee) and node.callee.object.type == "ThisExpression" \
                and node.arguments:
            node = node.arguments[0]
        else:
            return False
        if node is None:
            return False
    return True
