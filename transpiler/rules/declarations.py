"""SUB-D: declarations and names — block scoping that survives the move to function-scoped Python and PHP."""

from __future__ import annotations

from transpiler.analysis.scopes import Problem, ScopeFinding
from transpiler.names import NATIVE_HELPERS, PYTHON_KEYWORDS, camel_case, snake_case, spelling
from transpiler.rules.base import Rule
from transpiler.syntax import Path, property_key


def _declared_at(finding: ScopeFinding) -> str:
    other = finding.other.node.loc.start
    return f"line {other.line}, column {other.column + 1}"


class NoVar(Rule):
    id = "SUB-D001"
    title = "no `var`; use `const`, or `let` when reassigned"
    rationale = "`var` is function-scoped and hoisted; the subset reasons about block scopes only."
    bad = "var total = 0;"
    good = "let total = 0;"
    hint = "use const, or let if the variable is reassigned"

    def visit_VariableDeclaration(self, path: Path) -> None:
        if path.node.kind == "var":
            self.report(path.node, "`var` is not part of the subset", length=3)


class LetHasInitialiser(Rule):
    id = "SUB-D002"
    title = "every `let` has an initialiser"
    rationale = (
        "Python and PHP have no declaration without a value. Writing the initial value (undefined if "
        "nothing else) makes the emitted assignment explicit."
    )
    bad = "let price;"
    good = "let price = undefined;"
    hint = "write: let name = undefined;"

    def visit_VariableDeclarator(self, path: Path) -> None:
        declaration = path.parent
        if declaration.node.kind != "let" or path.node.init is not None:
            return
        if declaration.parent_type in ("ForOfStatement", "ForInStatement") and declaration.field == "left":
            return
        name = path.node.id.name if path.node.id.type == "Identifier" else "name"
        self.report(path.node, f"`let {name}` has no initial value", f"write: let {name} = undefined;")


class ReservedNames(Rule):
    id = "SUB-D003"
    title = "names must stay distinct and legal in Python and PHP"
    rationale = (
        "Methods and locals become snake_case in Python and PHP. Locals and parameters that collide with a "
        "keyword or builtin (from, in, type, list, ...) are renamed by the emitter, so you never need the "
        "list. Two things cannot be fixed silently: a method or a property of this whose name is a Python "
        "keyword (renaming it would change the public API; `self.class` does not compile), and two names that "
        "become the same snake_case name (marketId and market_id), which would merge into one variable or "
        "method, or a method and an inherited one (array_concat would replace the base class's arrayConcat in "
        "Python and PHP only). Nor may a method spell another method of the class, of its parent exchanges, of the "
        "base class or of the native layers in another case or with other underscores (fetchticker and "
        "fetchTicker): PHP finds methods in any case, so there the call of the camelCase name its users make would "
        "run it. A class defines each method once: JavaScript runs the last of two definitions with the same "
        "name, while the checker's view of the class and the emitters kept the first, so Node ran a method "
        "(a describe () with a proxy, say) that Python and PHP did not."
    )
    decisions = "Method names are compared as the constructors compare them, in lower case without underscores, " \
                "which refuses somewhat more than PHP's own lookup would run (fetch_tick_er): PHP looked up " \
                "$exchange->fetchTicker () among the methods in any case before NativeExchange::__call mapped it to " \
                "fetch_ticker, so a method fetchticker replaced the unified fetchTicker for PHP's callers alone, and " \
                "certify, whose PHP runner called fetch_ticker, did not see it (it calls fetchTicker now; red-team " \
                "round 51). Python's private helpers (_datetime), which PHP does not have, are compared by their " \
                "exact name only (SUB-B006), as Python looks them up. The method names None, True and False are " \
                "Python keywords too: Python spells a method's JavaScript name as a class attribute, and None = ... " \
                "does not compile."
    bad = "async fetchTicker (symbol, params = {}) {\n    const marketId = symbol;\n" \
          "    const market_id = marketId;\n    return market_id;\n}"
    good = "async fetchTicker (symbol, params = {}) {\n    const marketId = symbol;\n    return marketId;\n}"
    hint = "rename one of them"
    example_scope = "class"

    def visit_ClassBody(self, path: Path) -> None:
        self._defined_once(path.node)
        seen: dict[str, str] = {}
        for name, method in self.context.exchange.methods.items():
            snake = snake_case(name)
            other = seen.setdefault(spelling(name), name)
            if snake in PYTHON_KEYWORDS or name in PYTHON_KEYWORDS:  # None, True, False: Python spells those too
                self.report(method.key, f"the method name {name} is a Python keyword",
                            f"rename the method, for example to {name}Method")
            elif snake == snake_case(other) and other != name:
                self.report(method.key, f"methods {other} and {name} both become {snake} in Python and PHP",
                            "rename one of them")
            elif other != name:
                self.report(method.key, f"methods {other} and {name} differ only in case and underscores, and PHP "
                                        "finds methods in any case: there a call of one could run the other",
                            "rename one of them")
        self._inherited_spellings()

    def _inherited_spellings(self) -> None:
        """A method whose Python and PHP name is an inherited method's (array_concat and the base's arrayConcat):
        JavaScript keeps both, Python and PHP would replace the inherited one, for every caller."""
        from transpiler.analysis.methods import reachable_methods  # reads js/base/Exchange.js: only when checked

        own = self.context.exchange.methods
        if not own:
            return
        known = reachable_methods(self.context.source.path, self.context.exchange, self.context.source.is_base)
        if known is None:
            return
        inherited: dict[str, str] = {}
        for name in sorted((known | PUBLIC_HELPERS) - set(own)):
            inherited.setdefault(spelling(name), name)
        for name, method in own.items():
            other = inherited.get(spelling(name))
            if other is None:
                continue
            if snake_case(name) == snake_case(other):
                self.report(method.key, f"the method {name} becomes {snake_case(name)} in Python and PHP, the name of "
                                        f"the inherited {other}: there it would replace {other} for every caller",
                            f"rename it; to override {other}, name it {other}")
            else:
                self.report(method.key, f"the method {name} spells the inherited {other} in another case or with other "
                                        f"underscores: PHP finds methods in any case, so there it would replace "
                                        f"{other} for every caller of {camel_case(snake_case(other))}",
                            f"rename it; to override {other}, name it {other}")

    def _defined_once(self, body) -> None:
        """Each method name once per class (a getter and a setter are S003's, the constructor too)."""
        first: dict[str, object] = {}
        for member in body.body:
            name = property_key(member) if member.type == "MethodDefinition" else None
            if name is None or member.kind != "method":
                continue
            if name in first:
                where = first[name].key.loc.start
                self.report(member.key, f"the method {name} is defined twice (first at line {where.line}, column "
                                        f"{where.column + 1}): Node runs the last definition, the Python and PHP "
                                        "modules would not",
                            "keep one definition: delete the other, or rename it")
            else:
                first[name] = member

    def visit_MemberExpression(self, path: Path) -> None:
        """`this.class`, `this.lambda ()`: Python cannot write these members (`self.class`)."""
        node = path.node
        if node.computed or node.object.type not in ("ThisExpression", "Super"):
            return
        callee = path.parent_type == "CallExpression" and path.field == "callee"
        spelled = snake_case(node.property.name) if callee else node.property.name
        if spelled in PYTHON_KEYWORDS:
            self.report(node.property, f"`this.{node.property.name}` cannot be written in Python, where {spelled} "
                                       "is a keyword", "rename the property or method")

    def finish(self) -> None:
        for finding in self.context.scopes.of(Problem.SNAKE_COLLISION):
            snake = snake_case(finding.name)
            self.report(finding.node, f"{finding.name} and {finding.other.name} (declared at {_declared_at(finding)}) "
                        f"both become {snake} in Python and PHP", "rename one of them")


# The native layers' helpers that PHP's callers reach in any case (the ones with a leading underscore are Python's
# private helpers, which Python names exactly as the other checks compare them).
PUBLIC_HELPERS = frozenset(name for name in NATIVE_HELPERS if not name.startswith("_"))


class NoShadowing(Rule):
    id = "SUB-D004"
    title = "no redeclaration of a name from an enclosing block of the same method"
    rationale = (
        "Python and PHP scope variables by function, not by block: an inner `const x` would overwrite the "
        "outer `x` for the rest of the method."
    )
    bad = "const market = this.market (symbol);\nif (market['spot']) {\n    const market = undefined;\n}"
    good = "const market = this.market (symbol);\nif (market['spot']) {\n    const spotMarket = market;\n}"
    hint = "give the inner variable a different name"

    def finish(self) -> None:
        for finding in self.context.scopes.of(Problem.SHADOWS):
            self.report(finding.node, f"{finding.name} is already declared at {_declared_at(finding)} "
                        "in an enclosing block of this method")
        for finding in self.context.scopes.of(Problem.REDECLARED):
            self.report(finding.node, f"{finding.name} is declared twice in the same block "
                        f"(first at {_declared_at(finding)})")


class BlockScopedUse(Rule):
    id = "SUB-D005"
    title = "no use of a block-scoped name outside its block or before its declaration"
    rationale = (
        "In JavaScript such a use is an error (or reads another variable); in function-scoped Python and "
        "PHP it would silently read a stale value."
    )
    bad = "if (symbol !== undefined) {\n    const market = this.market (symbol);\n}\nreturn market;"
    good = "let market = undefined;\nif (symbol !== undefined) {\n    market = this.market (symbol);\n}\nreturn market;"
    hint = "declare the variable (with let) in the block that contains every use"

    def finish(self) -> None:
        for finding in self.context.scopes.of(Problem.OUT_OF_BLOCK):
            self.report(finding.node, f"{finding.name} is declared at {_declared_at(finding)}, "
                        "in a block that does not contain this use")
        for finding in self.context.scopes.of(Problem.BEFORE_DECLARATION):
            self.report(finding.node, f"{finding.name} is used before its declaration at {_declared_at(finding)}",
                        "move the declaration above its first use")


class AssignOnlyLocals(Rule):
    id = "SUB-D006"
    title = "assign only to variables declared with `let` (or parameters)"
    rationale = (
        "Assigning to a const throws in JavaScript but would silently succeed in Python and PHP. Assigning "
        "to an imported name or a global (undefined, Math) is not translatable."
    )
    bad = "const count = 0;\ncount = 1;"
    good = "let count = 0;\ncount = 1;"
    hint = "declare a local variable with let and assign that"

    def finish(self) -> None:
        for finding in self.context.scopes.of(Problem.ASSIGNS_CONST):
            self.report(finding.node, f"{finding.name} is a const (declared at {_declared_at(finding)})",
                        f"declare it with let: let {finding.name} = ...;")
        for finding in self.context.scopes.of(Problem.ASSIGNS_NON_LOCAL):
            self.report(finding.node, f"{finding.name} is not a local variable and cannot be assigned",
                        f"declare a local instead: let my{finding.name[:1].upper()}{finding.name[1:]} = ...;")
