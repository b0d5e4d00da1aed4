"""SUB-T: statements — loops, switch, exceptions, with control flow that lowers exactly."""

from __future__ import annotations

from esprima.nodes import Node

from transpiler.emit.types import Type
from transpiler.rules.base import Rule
from transpiler.syntax import Path, children

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
        "time (a string known as one is a finding; loop over its indexes with charAt)."
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
        if method is not None and self.context.type_of(method.node, right) is Type.STRING:
            self.report(right, "for ... of over a string: PHP's foreach does not iterate a string (the loop ran no "
                               "time there)", "loop over the characters by index: for (let i = 0; i < text.length; "
                                              "i++) { const c = text.charAt (i); ... }")


class SwitchWithoutFallThrough(Rule):
    id = "SUB-T003"
    title = "`switch` cases end in break, return, throw or continue (no fall-through)"
    rationale = (
        "A switch is lowered to if/elif. That is exact when no non-empty case falls through into the next "
        "and when `break` appears only as the last statement of a case (an inner `break` would leave the "
        "enclosing loop after lowering). Empty cases that share a body are fine."
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
    title = "try/catch/finally allowed; a catch clause names its error"
    rationale = ("The caught error becomes `except ... as e` / `catch (\\Throwable $e)`, which needs a name. A "
                 "`break` or `continue` may not leave a finally block: PHP refuses such a file at compile time. A "
                 "`continue` that passes through a finally block in a for loop with an update would run the update "
                 "before the finally block in Python, where the update is written before the continue.")
    bad = "try {\n    return await this.fetchTime ();\n} catch ({ message }) {\n    return undefined;\n}"
    good = "try {\n    return await this.fetchTime ();\n} catch (e) {\n    return undefined;\n}"
    hint = "write catch (e) { ... }"
    decisions = "A catch without a binding (catch { }) does not parse in esprima 4; the finding carries this id."

    def visit_CatchClause(self, path: Path) -> None:
        if path.node.param is None or path.node.param.type != "Identifier":
            self.report(path.node.param or path.node, "a catch clause must name its error with a plain name")

    def visit_BreakStatement(self, path: Path) -> None:
        self._check_jump(path)

    def visit_ContinueStatement(self, path: Path) -> None:
        self._check_jump(path)

    def _check_jump(self, path: Path) -> None:
        """PHP refuses (at compile time) a break or continue that leaves a finally block; Python runs a for loop's
        update (written before its continue) ahead of the finally block that the continue passes through."""
        keyword = "break" if path.type == "BreakStatement" else "continue"
        finally_passed = False
        for ancestor in path.ancestors():
            if ancestor.type in LOOPS or (keyword == "break" and ancestor.type == "SwitchStatement"):
                if finally_passed and ancestor.type == "ForStatement" and ancestor.node.update is not None:
                    self.report(path.node, "`continue` through a finally block in a for loop with an update: Python "
                                           "would run the update before the finally block",
                                "move the update into the body, or set a flag and continue after the try "
                                "statement", length=len(keyword))
                return
            if keyword == "continue" and ancestor.field in ("block", "handler") \
                    and ancestor.parent_type == "TryStatement" and ancestor.parent.node.finalizer is not None:
                finally_passed = True
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
