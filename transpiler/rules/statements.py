"""SUB-T: statements — loops, switch, exceptions, with control flow that lowers exactly."""

from __future__ import annotations

from esprima.nodes import Node

from transpiler.analysis.value_flow import assigned_name, changed_variable, class_call
from transpiler.emit.types import Type
from transpiler.error_classes import ERROR_HIERARCHY, NODE_RUNTIME_ERRORS, RUNTIME_ERROR_ANCESTORS
from transpiler.rules.base import Rule
from transpiler.syntax import Path, children, walk

CASE_ENDINGS = ("BreakStatement", "ReturnStatement", "ThrowStatement", "ContinueStatement")
# Statements whose own `break` does not leave the enclosing switch.
BREAK_TARGETS = ("ForStatement", "ForOfStatement", "ForInStatement", "WhileStatement", "DoWhileStatement",
                 "SwitchStatement")


class NoForIn(Rule):
    id = "SUB-T001"
    title = "no `for ... in`"
    rationale = "for...in walks inherited and numeric-string keys in an order Python and PHP do not share."
    bad = "for (const key in params) {\n    delete params[key];\n}"
    good = "const keys = Object.keys (params);\nfor (let i = 0; i < keys.length; i++) {\n" \
           "    delete params[keys[i]];\n}"
    hint = "iterate Object.keys (x) with a for loop, or use for ... of"
    claims = frozenset({"ForInStatement"})

    def visit_ForInStatement(self, path: Path) -> None:
        self.report(path.node, "`for ... in` is not part of the subset", length=3)


class ForOfBindsOneName(Rule):
    id = "SUB-T002"
    title = "`for ... of` declares one plain loop variable"
    rationale = (
        "`for (const x of array)` becomes `for x in array` / `foreach ($array as $x)`. C-style for loops "
        "are allowed with any bound and step: the emitters translate them exactly, never through range "
        "when that would change the meaning. The loop goes over an array: over a string, PHP's foreach runs no "
        "time (a string known as one is a finding; loop over its indexes with charAt). The body does not assign "
        "the variable the loop walks: Node and Python walk the list the loop started with, PHP's walk by index "
        "(where the body grows the list) read the new one, and its foreach a copy that a method's change missed. A "
        "body that changes the list in place (a push, an element or a length written, a delete) walks a variable: "
        "Node and Python walk the list as it changes, as PHP's walk by index of the variable does, where a foreach "
        "of another expression (queue || [], queue.reverse ()) walks the list it started with."
    )
    bad = "const pairs = [ [ 'type', 'limit' ] ];\nfor (const [ key, value ] of pairs) {\n    params[key] = value;\n}"
    good = "const pairs = [ [ 'type', 'limit' ] ];\nfor (const pair of pairs) {\n    params[pair[0]] = pair[1];\n}"
    hint = "write: for (const item of items) { ... }"

    def visit_ForOfStatement(self, path: Path) -> None:
        left = path.node.left
        if left.type != "VariableDeclaration":
            self.report(left, "declare the loop variable in the loop head")
        elif len(left.declarations) != 1 or left.declarations[0].id.type != "Identifier":
            self.report(left, "a for ... of loop binds exactly one plain name")
        method = path.enclosing_method()
        right = path.node.right
        # (the variables whose list a walked expression other than a variable may be)
        walked = self.context.value_flow.value_names(right) if right.type != "Identifier" else set()
        for inner in walk(path.node.body):
            node = inner.node
            if walked:
                self._changes_through_expression(node, walked)
            elif right.type == "Identifier" and assigned_name(node) == right.name:
                # (PHP walks by index where the body grows the list, and reads the variable at each pass; a
                # foreach walks a copy that a method's change in place does not reach; red-team round 28)
                self.report(node, f"the loop walks {right.name}, which this assigns: Node and Python go on "
                                  f"walking the list the loop started with, PHP may walk the new one",
                            f"walk a variable of its own: const items = {right.name}; for (const x of items)")
        if method is not None and self.context.type_of(method.node, right) is Type.STRING:
            self.report(right, "for ... of over a string: PHP's foreach does not iterate a string (the loop ran no "
                               "time there)", "loop over the characters by index: for (let i = 0; i < text.length; "
                                              "i++) { const c = text.charAt (i); ... }")

    def _changes_through_expression(self, node: Node, walked: set[str]) -> None:
        """Reports node where the loop walks an expression (queue || [], queue.reverse ()) that may be a variable's
        list, and node assigns that variable, changes it in place, or hands it to a method of the class that changes
        it in place. Node and Python walk the list as it changes; PHP walks by index a variable that the body changes,
        re-reading it at each pass, but can do so for no other expression, whose foreach walks the list it started
        with (red-team rounds 29 and 32: `list = this.grow (list, x)` in a walk of `(n > 0) ? list : []`)."""
        flow = self.context.value_flow
        if assigned_name(node) in walked:
            self.report(node, f"the loop walks {assigned_name(node)} through an expression, and this assigns it: PHP "
                              "goes on walking the list it started with",
                        "walk the variable itself, or a copy made before the loop")
            return
        call = class_call(node)
        summary = None if call is None else flow.summary(call)
        changed = set() if summary is None else set().union(*(
            flow.value_names(node.arguments[position]) for position in summary[2] if position < len(node.arguments)))
        variable = changed_variable(node)
        if variable is not None:
            changed.add(variable.name)
        if changed & walked:
            names = ", ".join(sorted(changed & walked))
            self.report(node, f"the loop walks {names} through an expression, and this changes it in place: Node and "
                              "Python walk the list as it changes (a new element, a shorter length), PHP the list the "
                              "loop started with",
                        f"walk the variable itself (for (const x of {names})), or collect the changes and apply them "
                        "after the loop")


class SwitchWithoutFallThrough(Rule):
    id = "SUB-T003"
    title = "`switch` cases end in break, return, throw or continue (no fall-through)"
    rationale = (
        "A switch is lowered to if/elif. That is exact when no non-empty case falls through into the next "
        "and when `break` appears only as the last statement of a case (an inner `break` would leave the "
        "enclosing loop after lowering). Empty cases that share a body are fine, except with default: its body is "
        "the lowering's last else, after every case's test."
    )
    bad = "const side = this.safeString (params, 'side');\nswitch (side) {\n    case 'buy':\n        params['side'] = 'b';\n    case 'sell':\n" \
          "        params['side'] = 's';\n        break;\n}"
    good = "const side = this.safeString (params, 'side');\nswitch (side) {\n    case 'buy':\n        params['side'] = 'b';\n        break;\n    case 'sell':\n" \
           "        params['side'] = 's';\n        break;\n}"
    hint = "end the case with break (or return, throw, continue)"
    decisions = "The last case may omit its break: leaving the switch at its end is the same as breaking."

    def visit_SwitchStatement(self, path: Path) -> None:
        cases = path.node.cases
        for index, case in enumerate(cases):
            if not case.consequent:
                continue
            last = _last_statement(case.consequent)
            if index < len(cases) - 1 and (last is None or last.type not in CASE_ENDINGS):
                label = "default" if case.test is None else f"case {self.context.source.snippet(case.test)}"
                self.report(case, f"{label} falls through into the next case", length=4 if case.test else 7)
            for inner_break in _breaks_leaving_switch(case.consequent):
                if inner_break is not last:
                    self.report(inner_break, "break may only be the last statement of a case",
                                "restructure with if/else so that the case ends in one break")
        self._check_default_alone(cases)

    def _check_default_alone(self, cases: list[Node]) -> None:
        """The default's body is the last else of the lowering, where the tests of the cases that share it are not
        read: `case 'a': default:` before a later `case 'a':` took the later case in Python and PHP, and such a test's
        call did not run (red-team round 34)."""
        group: list[Node] = []
        for case in cases:
            group.append(case)
            if not case.consequent and case is not cases[-1]:
                continue
            if any(member.test is None for member in group):
                for member in group:
                    if member.test is not None:
                        self.report(member, f"case {self.context.source.snippet(member.test)} shares its body with "
                                            "default, whose body Python and PHP run only after every other case's "
                                            "test", "drop the case (default takes what no case matches), or give it "
                                                    "a body of its own", length=4)
            group = []


def _last_statement(statements: list[Node]) -> Node | None:
    last = statements[-1] if statements else None
    while last is not None and last.type == "BlockStatement":
        last = last.body[-1] if last.body else None
    return last


def _breaks_leaving_switch(statements: list[Node]) -> list[Node]:
    found = []
    pending = list(statements)
    while pending:
        node = pending.pop()
        if node.type == "BreakStatement" and node.label is None:
            found.append(node)
        elif node.type not in BREAK_TARGETS and node.type not in ("FunctionExpression", "ArrowFunctionExpression"):
            pending.extend(child for _, child in children(node))
    return found


LOOPS = frozenset({"ForStatement", "ForOfStatement", "ForInStatement", "WhileStatement", "DoWhileStatement"})


class CatchNamesItsError(Rule):
    id = "SUB-T004"
    title = "try/catch allowed (no finally: SUB-T008); a catch clause names its error"
    rationale = ("The caught error becomes `except ... as e` / `catch (\\Throwable $e)`, which needs a name. A "
                 "`break` or `continue` may not leave a finally block: PHP refuses such a file at compile time. A "
                 "`continue` that passes through a finally block in a for loop with an update would run the update "
                 "before the finally block in Python, where the update is written before the continue; and one in "
                 "a try block would run it inside the try, whose catch clause then saw what the update threw (an "
                 "update other than i++, i--, i += 1 or i -= 1 and the like).")
    bad = "try {\n    return await this.fetchTime ();\n} catch ({ message }) {\n    return undefined;\n}"
    good = "try {\n    return await this.fetchTime ();\n} catch (e) {\n    if (!(e instanceof BadRequest)) {\n" \
           "        throw e;\n    }\n    return undefined;\n}"
    hint = "write catch (e) { ... }"
    decisions = "A catch without a binding (catch { }) does not parse in esprima 4; the finding carries this id."

    def visit_CatchClause(self, path: Path) -> None:
        if path.node.param is None or path.node.param.type != "Identifier":
            self.report(path.node.param or path.node, "a catch clause must name its error with a plain name")

    def visit_BreakStatement(self, path: Path) -> None:
        self._check_jump(path)

    def visit_ContinueStatement(self, path: Path) -> None:
        self._check_jump(path)

    def _cannot_throw(self, path: Path, update: Node) -> bool:
        """A for loop's update that throws nothing: ++ or -- of a variable that holds a number, or += or -= of a
        number written out to one (a dictionary with its own toString key threw there: red-team round 36)."""
        if update.type == "UpdateExpression":
            variable = update.argument
        elif update.type == "AssignmentExpression" and update.operator in ("+=", "-=") \
                and update.right.type == "Literal" and isinstance(update.right.value, (int, float)) \
                and not isinstance(update.right.value, bool):
            variable = update.left
        else:
            return False
        method = path.enclosing_method()
        return variable.type == "Identifier" and method is not None \
            and self.context.type_of(method.node, variable) is Type.NUMBER

    def _check_jump(self, path: Path) -> None:
        """PHP refuses (at compile time) a break or continue that leaves a finally block; Python runs a for loop's
        update (written before its continue) ahead of the finally block that the continue passes through."""
        keyword = "break" if path.type == "BreakStatement" else "continue"
        finally_passed = try_passed = False
        for ancestor in path.ancestors():
            if ancestor.type in LOOPS or (keyword == "break" and ancestor.type == "SwitchStatement"):
                update = ancestor.node.update if ancestor.type == "ForStatement" else None
                if finally_passed and update is not None:
                    self.report(path.node, "`continue` through a finally block in a for loop with an update: Python "
                                           "would run the update before the finally block",
                                "move the update into the body, or set a flag and continue after the try "
                                "statement", length=len(keyword))
                elif try_passed and update is not None and not self._cannot_throw(path, update):
                    self.report(path.node, "`continue` inside a try block of a for loop whose update may throw: "
                                           "Python runs the update before the continue, inside the try, whose catch "
                                           "clause would see what the update throws",
                                "move the update into the body, or set a flag and continue after the try "
                                "statement", length=len(keyword))
                return
            if keyword == "continue" and ancestor.field in ("block", "handler") \
                    and ancestor.parent_type == "TryStatement" and ancestor.parent.node.finalizer is not None:
                finally_passed = True
            if keyword == "continue" and ancestor.field == "block" and ancestor.parent_type == "TryStatement":
                try_passed = True
            if ancestor.field == "finalizer" and ancestor.parent_type == "TryStatement":
                self.report(path.node, f"`{keyword}` out of a finally block: PHP refuses the whole file (\"jump out "
                                       "of a finally block is disallowed\")",
                            "set a flag in the finally block and test it after the try statement: "
                            "if (done) { break; }", length=len(keyword))
                return
            if ancestor.type == "MethodDefinition":
                return


class ThrowErrorClasses(Rule):
    id = "SUB-T005"
    title = "throw only `new ErrorClass (...)` or a caught error"
    rationale = "Every thrown value must be one of the unified errors that users catch in all languages."
    bad = "throw 'symbol is required';"
    good = "throw new ArgumentsRequired (this.id + ' fetchExample() requires a symbol');"
    hint = "throw new ExchangeError (message), or another unified error class"

    def visit_ThrowStatement(self, path: Path) -> None:
        argument = path.node.argument
        if argument.type == "NewExpression":
            return  # E011 judges the class
        if argument.type == "Identifier" and self._is_caught(path, argument.name):
            return
        self.report(argument, "only new ErrorClass (...) or a caught error can be thrown")

    @staticmethod
    def _is_caught(path: Path, name: str) -> bool:
        for ancestor in path.ancestors():
            if ancestor.type == "CatchClause" and ancestor.node.param is not None \
                    and ancestor.node.param.type == "Identifier" and ancestor.node.param.name == name:
                return True
        return False


class NoDoWhileOrLabels(Rule):
    id = "SUB-T006"
    title = "no `do ... while`, no labels"
    rationale = (
        "Python has neither; lowering `do ... while` changes what `continue` does, and labelled "
        "break/continue need flags that would obscure the generated code."
    )
    bad = "let page = 0;\ndo {\n    page++;\n} while (page < 3);"
    good = "let page = 0;\nwhile (page < 3) {\n    page++;\n}"
    hint = "use a while loop, and a flag variable instead of a label"
    claims = frozenset({"DoWhileStatement", "LabeledStatement"})

    def visit_DoWhileStatement(self, path: Path) -> None:
        self.report(path.node, "`do ... while` is not part of the subset", "use a while loop", length=2)

    def visit_LabeledStatement(self, path: Path) -> None:
        self.report(path.node.label, "labels are not part of the subset",
                    "use a flag variable, or move the inner loop into a method and return")


def _error_test(node: Node, name: str) -> bool:
    """`name instanceof ErrorClass`, or a || of such tests: true for the unified errors only."""
    if node.type == "LogicalExpression" and node.operator == "||":
        return _error_test(node.left, name) and _error_test(node.right, name)
    return (node.type == "BinaryExpression" and node.operator == "instanceof" and node.left.type == "Identifier"
            and node.left.name == name and node.right.type == "Identifier" and node.right.name in ERROR_HIERARCHY)


def _rethrow(node: Node | None, name: str) -> bool:
    """`throw name;`, alone or as the one statement of a block."""
    if node is not None and node.type == "BlockStatement" and len(node.body) == 1:
        node = node.body[0]
    return node is not None and node.type == "ThrowStatement" and node.argument.type == "Identifier" \
        and node.argument.name == name


def _guard(node: Node, name: str) -> bool:
    """`this.rethrowUncaught (name);`"""
    if node.type != "ExpressionStatement" or node.expression.type != "CallExpression":
        return False
    call = node.expression
    return (call.callee.type == "MemberExpression" and not call.callee.computed
            and call.callee.object.type == "ThisExpression" and call.callee.property.type == "Identifier"
            and call.callee.property.name == "rethrowUncaught" and len(call.arguments) == 1
            and call.arguments[0].type == "Identifier" and call.arguments[0].name == name)


def handles_unified_errors_only(body: list[Node], name: str) -> bool:
    """Does a catch clause's body (its statements) let only the unified errors past its first statement? Either
    `if (!(e instanceof C)) { throw e; }`, or a chain of `if (e instanceof C) {...} else if ...` that ends in
    `else { throw e; }` or is followed by `throw e;`, or the guard `this.rethrowUncaught (e);`."""
    if not body:
        return False
    first = body[0]
    if _guard(first, name):
        return True
    if first.type != "IfStatement":
        return False
    test = first.test
    if test.type == "UnaryExpression" and test.operator == "!" and _error_test(test.argument, name):
        return first.alternate is None and _rethrow(first.consequent, name)
    statement = first
    while statement is not None and statement.type == "IfStatement":
        if not _error_test(statement.test, name):
            return False
        last = statement
        statement = statement.alternate
    if statement is not None:
        return _rethrow(statement, name)
    return last.alternate is None and len(body) > 1 and _rethrow(body[1], name)


def _tested_classes(first: Node) -> set[str]:
    """The classes the tests of a catch clause's first statement name (`e instanceof C`), in its if chain."""
    tests = []
    while first is not None and first.type == "IfStatement":
        tests.append(first.test)
        first = first.alternate
    return {inner.node.right.name for test in tests for inner in walk(test)
            if inner.node.type == "BinaryExpression" and inner.node.operator == "instanceof"
            and inner.node.right.type == "Identifier"}


class CatchHandlesUnifiedErrors(Rule):
    id = "SUB-T007"
    title = "a catch clause handles the unified errors (or first rethrows what no runtime lets it catch)"
    rationale = (
        "Node throws a RangeError where its stack ends, at a depth that depends on what the stack holds: lists nested "
        "some 3,000 deep written out as text ('' + list, a template, join, String, a comparison), a long chain of "
        "calls. Python's RecursionError and the limits of Python and PHP (lists nested deeper than 1,000 levels are "
        "not written out) reach no catch clause: a catch clause that saw Node's would take a path in Node that the "
        "other runtimes never take. So a catch clause opens with a test that only the unified errors pass "
        "(`if (!(e instanceof OrderNotFound)) { throw e; }`, or a chain of `e instanceof` tests that rethrows what "
        "they do not match), or, where it handles other errors too, with `this.rethrowUncaught (e);`. Python and "
        "PHP fail the call past every catch clause too (Unportable) where they cannot do what Node does and only "
        "the data shows it, so that the checker cannot refuse it: a cut through a character beyond U+FFFF "
        "(SUB-E018), the case of a letter beyond ASCII that the runtimes' Unicode tables map otherwise "
        "(toUpperCase, toLowerCase, safeStringUpper and safeStringLower of '\\u019b', a capital sigma lowered), a "
        "key that is no index written into a list, a write that would fill a list past 2^20 elements, lists nested "
        "deeper than 1,000 levels written out, and in PHP a `for ... of` that changes the string it walks. Nor does "
        "any runtime let a catch clause see InvalidSigningKey (a signing key of the config that its decoder "
        "refuses: a secret that is not base64, say), which a test of AuthenticationError, ExchangeError or BaseError "
        "would match in Node: a catch clause that tests one of them opens with `this.rethrowUncaught (e);` too, so "
        "that no file learns the secret's format by decoding it in a try."
    )
    bad = "let ticker = undefined;\ntry {\n    ticker = await this.fetchTicker (symbol);\n} catch (e) {\n" \
          "    ticker = undefined;\n}\nreturn ticker;"
    good = "let ticker = undefined;\ntry {\n    ticker = await this.fetchTicker (symbol);\n} catch (e) {\n" \
           "    if (!(e instanceof BadRequest)) {\n        throw e;\n    }\n}\nreturn ticker;"
    hint = "open the catch clause with `if (!(e instanceof OrderNotFound)) { throw e; }` (the errors it handles), " \
           "or with `this.rethrowUncaught (e);`"

    def visit_CatchClause(self, path: Path) -> None:
        param = path.node.param
        if param is None or param.type != "Identifier":
            return  # T004's
        body = path.node.body.body
        if not handles_unified_errors_only(body, param.name):
            self.report(path.node, "a catch clause that handles any error would see Node's stack overflow, which "
                                   "Python and PHP never let a catch clause see", length=len("catch"))
            return
        seen = sorted(RUNTIME_ERROR_ANCESTORS & _tested_classes(body[0]))
        if seen:
            thrown = ", ".join(NODE_RUNTIME_ERRORS)
            self.report(path.node, f"a catch clause that tests {seen[0]} would see {thrown} in Node "
                                   "(a signing key that its decoder refuses), which no runtime lets a catch clause "
                                   "see", "open the catch clause with `this.rethrowUncaught (e);`", length=len("catch"))


class NoFinally(Rule):
    id = "SUB-T008"
    title = "no finally block"
    rationale = (
        "A finally block that ends by a return, a throw or an error of its own replaces the error it interrupted: "
        "what Python and PHP never let a catch clause see (js.UNCAUGHT, Unportable: a list nested past 1,000 "
        "levels written out, a key that is no index written into a list) and Node's stack overflow would become an "
        "error a catch clause handles, or a return, in some runtimes only "
        "(`try { ...; done = true; } finally { if (!done) { return 'sell'; } }`)."
    )
    bad = "let done = false;\ntry {\n    await this.loadMarkets ();\n    done = true;\n} finally {\n" \
          "    if (!done) {\n        return undefined;\n    }\n}"
    good = "await this.loadMarkets ();"
    hint = "do what the finally block did after the try statement, and in the catch clause before rethrowing"

    def visit_TryStatement(self, path: Path) -> None:
        finalizer = path.node.finalizer
        if finalizer is None:
            return
        start = self.context.source.text.rfind("finally", path.node.range[0], finalizer.range[0])
        message = "finally blocks are not part of the subset: one that ends early replaces the error it interrupted, " \
                  "in some runtimes only"
        if start < 0:
            self.report(finalizer, message)
            return
        self.context.add(self.context.source.offset_diagnostic(self.id, message, self.hint, start, start + len("finally"),
                                                                self.severity))


class CaughtErrorNotRead(Rule):
    id = "SUB-T009"
    title = "a caught error is only rethrown, tested with instanceof or given to this.rethrowUncaught"
    rationale = (
        "A caught error is an Error object in Node and an exception in Python and PHP, which have no keys: "
        "`e['message']`, `this.safeString (e, 'message')`, `Object.keys (e)` and `this.json (e)` read it in Node "
        "and raised a native error in Python and PHP, which a catch clause around them saw (another path there), "
        "and `'' + e` was 'BadRequest: message' in Node and '[object Object]' in the others. So the error of a "
        "catch clause is thrown again, tested (`e instanceof OrderNotFound`) or passed to this.rethrowUncaught (e), "
        "and nothing else."
    )
    bad = "try {\n    return await this.fetchTime ();\n} catch (e) {\n    if (!(e instanceof BadRequest)) {\n" \
          "        throw e;\n    }\n    return e['message'];\n}"
    good = "try {\n    return await this.fetchTime ();\n} catch (e) {\n    if (!(e instanceof BadRequest)) {\n" \
           "        throw e;\n    }\n    return undefined;\n}"
    hint = "decide by the error's class (e instanceof BadRequest); raise your own error with a message of your own"

    def visit_CatchClause(self, path: Path) -> None:
        param = path.node.param
        if param is None or param.type != "Identifier":
            return  # T004's
        for inner in walk(path.node.body):
            node = inner.node
            if node.type != "Identifier" or node.name != param.name or _names_no_variable(inner) \
                    or _passes_the_error_on(inner):
                continue
            self.report(node, f"the caught error {node.name} is read as a value: an Error object in Node, an "
                              "exception without keys in Python and PHP")


def _names_no_variable(path: Path) -> bool:
    """A member's name (this.e), an object literal's key ({ e: 1 }) or a declaration of its own (D004's)."""
    if path.parent_type == "VariableDeclarator":
        return path.field == "id"
    if path.parent_type == "MemberExpression":
        return path.field == "property" and not path.parent.node.computed
    return path.parent_type == "Property" and path.field == "key" and not path.parent.node.computed


def _passes_the_error_on(path: Path) -> bool:
    """throw e, e instanceof ErrorClass, this.rethrowUncaught (e)."""
    parent = path.parent.node if path.parent is not None else None
    if path.parent_type == "ThrowStatement":
        return True
    if path.parent_type == "BinaryExpression":
        return parent.operator == "instanceof" and path.field == "left"
    if path.parent_type == "CallExpression" and path.field == "arguments":
        callee = parent.callee
        return callee.type == "MemberExpression" and not callee.computed and callee.object.type == "ThisExpression" \
            and callee.property.name == "rethrowUncaught"
    return False
