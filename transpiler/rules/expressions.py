"""SUB-E: expressions — only what Python and PHP can express with JavaScript's exact meaning."""

from __future__ import annotations

import difflib

from esprima.nodes import Node

from transpiler.analysis.scopes import Problem, Resolved
from transpiler.emit.text import lone_surrogate
from transpiler.emit.types import Type
from transpiler.error_classes import ERROR_CLASSES
from transpiler.names import (
    CALLBACK_METHODS, GLOBAL_ALTERNATIVES, MEMBER_ALTERNATIVES, GLOBAL_FUNCTIONS, GLOBAL_NAMESPACES, PRECISE_STATIC,
    NATIVE_METHODS, NATIVE_PRIMITIVES, PRECISION_CONSTANTS, PYTHON_KEYWORDS, SANDBOX_GLOBALS, VALUE_MEMBERS, Member,
    is_reaching_name, snake_case,
)
from transpiler.rules.base import Rule
from transpiler.rules.confined import confined, unconfined_reads
from transpiler.rules.error_values import names_error_class
from transpiler.rules.text_conversions import TextConversions
from transpiler.syntax import Path, is_callee, is_deleted, is_member, walk

# Names whose misuse another rule explains better than "unknown name".
NAMES_OWNED_ELSEWHERE = {"arguments": "SUB-E014", "RegExp": "SUB-E008"}
FUNCTION_KINDS = ("ArrowFunctionExpression", "FunctionExpression")


def _assigned(path: Path) -> bool:
    """Whether the member at path is what an assignment or ++/-- writes."""
    return path.field in ("left", "argument") and path.parent_type in ("AssignmentExpression", "UpdateExpression")


def _receiver(rule: Rule, member: Node) -> str:
    """What a member expression is read from: this, super, namespace (Math...), precise, unknown, or value.

    "unknown" is an undeclared name, which E006 reports; members of it are not judged again.
    """
    target = member.object
    if target.type == "ThisExpression":
        return "this"
    if target.type == "Super":
        return "super"
    if target.type == "Identifier":
        resolved = rule.context.scopes.resolution(target)
        if resolved is Resolved.UNKNOWN:
            return "unknown"
        if resolved is Resolved.GLOBAL and target.name in GLOBAL_NAMESPACES:
            return "namespace"
        imported = rule.context.exchange.imports.get(target.name)
        if resolved is Resolved.IMPORT and imported is not None and imported.file == "./base/Precise.js":
            return "precise"
    return "value"


def _root_name(node: Node) -> Node:
    """`a` for a, a.b and a.b.c (the name an expression starts from)."""
    while node.type == "MemberExpression":
        node = node.object
    return node


class NoFunctions(Rule):
    id = "SUB-E001"
    title = "no arrow functions, function expressions or closures"
    rationale = (
        "Closures capture variables differently in Python (late binding, no assignment without nonlocal) "
        "and PHP (capture by value with `use`). Loops say the same thing in every language."
    )
    bad = "const markets = await this.fetchMarkets ();\nconst ids = markets.map ((m) => m['id']);"
    good = "const markets = await this.fetchMarkets ();\nconst ids = [];\nfor (let i = 0; i < markets.length; i++) {\n    ids.push (markets[i]['id']);\n}"
    hint = "write it as a for loop, or as a method of the class"
    claims = frozenset({"ArrowFunctionExpression", "FunctionExpression", "FunctionDeclaration"})

    def visit_ArrowFunctionExpression(self, path: Path) -> None:
        self._report_function(path, "arrow functions are not part of the subset")

    def visit_FunctionExpression(self, path: Path) -> None:
        if path.parent_type in ("MethodDefinition", "Property"):
            return  # a class method; methods and accessors in object literals are E016's
        self._report_function(path, "function expressions are not part of the subset")

    def visit_FunctionDeclaration(self, path: Path) -> None:
        if path.parent_type != "Program":  # top-level functions are S004's
            self._report_function(path, "nested functions are not part of the subset")

    def _report_function(self, path: Path, message: str) -> None:
        call = path.parent.node if path.parent_type == "CallExpression" else None
        if call is not None and call.callee.type == "MemberExpression" and not call.callee.computed \
                and call.callee.property.name in CALLBACK_METHODS:
            method = call.callee.property.name
            self.report(path.node, f"{message}: unfold .{method} () into a loop",
                        f"for (let i = 0; i < items.length; i++) {{ ... }} does what .{method} () does, "
                        "in every language")
        else:
            self.report(path.node, message)


class BracketKeys(Rule):
    id = "SUB-E002"
    title = "dictionary keys use brackets: obj['key'], not obj.key"
    rationale = (
        "Exchange responses become Python dicts and PHP arrays, which have no attribute access. Dot access "
        "is kept for this, super, the whitelisted globals (Math.floor) and string/array members (.length)."
    )
    bad = "const order = await this.fetchOrder ('42', symbol);\nconst id = order.id;"
    good = "const order = await this.fetchOrder ('42', symbol);\nconst id = order['id'];"
    hint = "use brackets: obj['key']"
    decisions = "Computed access on `this` (this[name]) is rejected too: methods are renamed per language."

    def visit_MemberExpression(self, path: Path) -> None:
        node = path.node
        receiver = _receiver(self, node)
        if node.computed:
            if receiver == "this":
                self.report(node, "computed access on `this` is not part of the subset",
                            "call the method by its name: this.someMethod (...)")
            return
        name = node.property.name
        if receiver != "value" or name in VALUE_MEMBERS or is_callee(path) or is_deleted(path):
            return  # judged by E014 (super), E006 (globals, Precise), E007 (members and calls), E013 (delete)
        if path.enclosing_method() is None:
            return  # top-level code (module.exports = ...) is judged by S001 and S004
        target = self.context.source.snippet(node.object)
        self.report(node.property, f"dot access `.{name}` on a dictionary", f"write {target}['{name}']")


class NoModernOperators(Rule):
    id = "SUB-E003"
    title = "no optional chaining, nullish operators, logical assignment or `**`"
    rationale = (
        "`?.`, `??`, `&&=`, `||=`, `??=` have no single equivalent in Python and PHP (the safe* helpers "
        "express them exactly); `**` gives exact big integers in Python where JavaScript rounds to a double, and "
        "V8 rounds its other powers unlike the C library of Python and PHP."
    )
    bad = "const tick = 10 ** -3;"
    good = "const tick = this.parseNumber (this.parsePrecision ('3'));"
    hint = "a precision from a number of decimals is this.parsePrecision (digits); a square is x * x"
    decisions = "`?.`, `??` and logical assignment fail to parse in esprima 4; the parser's finding carries this id."

    def visit_BinaryExpression(self, path: Path) -> None:
        if path.node.operator == "**":
            self.report_operator(path.node.left, "**", "the `**` operator is not part of the subset")

    def visit_AssignmentExpression(self, path: Path) -> None:
        if path.node.operator == "**=":
            self.report_operator(path.node.left, "**=", "the `**=` operator is not part of the subset",
                                 "write the product out (x = x * x), or compute with Precise")


class StrictEquality(Rule):
    id = "SUB-E004"
    title = "use `===` and `!==`, never `==` or `!=`"
    rationale = "Loose equality's coercions (0 == '', null == undefined) differ again in Python and PHP."
    bad = "if (symbol == undefined) {\n    throw new ArgumentsRequired ('symbol');\n}"
    good = "if (symbol === undefined) {\n    throw new ArgumentsRequired ('symbol');\n}"
    hint = "write === or !=="

    def visit_BinaryExpression(self, path: Path) -> None:
        operator = path.node.operator
        if operator in ("==", "!="):
            strict = operator + "="
            self.report_operator(path.node.left, operator, f"`{operator}` is not part of the subset",
                                 f"write {strict}")


# What === and !== may compare where each runtime agrees: a value of these types is neither a dictionary nor a list.
UNCONTAINED = frozenset({Type.STRING, Type.NUMBER, Type.BOOLEAN, Type.UNDEFINED, Type.MAYBE_STRING,
                         Type.MAYBE_BOOLEAN})
# Sealed native primitives that give a number, a text or undefined, or else their default (js/base/Exchange.js): name
# -> how many arguments a call that names the default passes (the default is the last), None where there is none.
UNCONTAINED_OR_DEFAULT: dict[str, int | None] = {
    **{name: 3 for name in ("safeInteger", "safeIntegerN", "safeNumber", "safeNumberN", "safeTimestamp",
                            "safeTimestampN")},
    **{name: 4 for name in ("safeInteger2", "safeNumber2", "safeTimestamp2", "safeIntegerProduct",
                            "safeIntegerProductN")},
    "safeIntegerProduct2": 5, "parseNumber": 2, "integerOf": 2, "stringOf": 2, "safeMilliseconds": None,
    "json": None,  # (a native method: JSON's text, or undefined)
}
# The expressions through which the right of an && is still evaluated after its left (of one statement).
GUARDED_PARTS = frozenset({"LogicalExpression", "BinaryExpression", "UnaryExpression"})
NUMBER_MODULE = "./base/functions/number.js"
ERRORS_MODULE = "./base/errors.js"
# typeof names of values that are no dictionary or list: typeof x === one of them, or typeof x !== 'object'.
UNCONTAINED_TYPEOF = frozenset({"string", "number", "boolean", "undefined"})


def _typeof_uncontained(condition: Node) -> set[str]:
    """The names that a condition, or a conjunct of it (a && b), proves by typeof to be no dictionary or list."""
    if condition.type == "LogicalExpression" and condition.operator == "&&":
        return _typeof_uncontained(condition.left) | _typeof_uncontained(condition.right)
    if condition.type != "BinaryExpression" or condition.operator not in ("===", "!=="):
        return set()
    for tested, name in ((condition.left, condition.right), (condition.right, condition.left)):
        if tested.type == "UnaryExpression" and tested.operator == "typeof" and tested.argument.type == "Identifier" \
                and name.type == "Literal" and isinstance(name.value, str):
            if (condition.operator == "!==" and name.value == "object") \
                    or (condition.operator == "===" and name.value in UNCONTAINED_TYPEOF):
                return {tested.argument.name}
    return set()


def _object_keys(node: Node) -> bool:
    """Object.keys (...): a list of texts."""
    return node.type == "CallExpression" and is_member(node.callee, "Object", "keys")


class ContainerEquality(Rule):
    id = "SUB-E022"
    title = "`===` and `!==` compare no two values that may both be dictionaries or lists"
    rationale = (
        "Node and Python compare dictionaries and lists by identity, PHP, which has no identity of arrays, by "
        "content: { 'x': 1 } === { 'x': 1 } is false in Node and Python and true in PHP, and so are two empty "
        "dictionaries that safeDict gave as its default. So === and !== (and a switch's cases) are kept only where "
        "one side is known to be no container: a literal, a typeof, a text, number or boolean the emitters' types "
        "prove, undefined, a safeString, safeInteger, safeNumber, safeTimestamp, parseNumber or json (a numberToString "
        "of such a value), a local only ever given such values, an imported precision constant, a local that the "
        "left of an && tests (typeof x !== 'object' && x === y), or the same name on both sides (x === x, the test "
        "for NaN)."
    )
    bad = "const fee = this.safeDict (params, 'fee', {});\nconst none = {};\nconst free = (fee === none);"
    good = "const fee = this.safeDict (params, 'fee', {});\nconst free = (this.safeString (fee, 'rate') === '0');"
    hint = "compare what the values hold: this.safeString (x, 'id') === this.safeString (y, 'id'), or " \
           "this.json (x) === this.json (y) for the whole value"
    decisions = "A comparison is reported unless one side is proven to be no dictionary or list; a value of unknown " \
                "type is rejected, since PHP's arrays have no identity to compare."

    def _uncontained(self, method: Node | None, node: Node, following: frozenset[str] = frozenset()) -> bool:
        """Whether node is proven to be neither a dictionary nor a list in every runtime (following: the locals whose
        values are being looked at)."""
        if method is not None and self.context.type_of(method, node) in UNCONTAINED:
            return True
        if node.type == "ConditionalExpression":  # (one of its two values)
            return self._uncontained(method, node.consequent, following) \
                and self._uncontained(method, node.alternate, following)
        if node.type == "LogicalExpression":  # (one of its operands)
            return self._uncontained(method, node.left, following) and self._uncontained(method, node.right, following)
        if node.type == "Identifier":
            resolved = self.context.scopes.resolution(node)
            if resolved is Resolved.LOCAL and method is not None and node.name not in following:
                # a local each of whose values is proven so (by name across the method, as the emitters' types)
                held = self.context.local_values(method).get(node.name)
                following = following | {node.name}
                return bool(held) and all(value is not None and self._uncontained(method, value, following)
                                          for value in held)
            imported = self.context.exchange.imports.get(node.name)
            if resolved is not Resolved.IMPORT or imported is None:
                return False
            # a precision constant (a number), or an error class (SUB-B014 says where one may stand)
            return (imported.file == NUMBER_MODULE and imported.imported in PRECISION_CONSTANTS) \
                or (imported.file == ERRORS_MODULE and imported.imported in ERROR_CLASSES)
        name = _own_call(node)
        if name is None or node.callee.object.type != "ThisExpression" \
                or (name not in NATIVE_PRIMITIVES and name not in NATIVE_METHODS) \
                or any(argument.type == "SpreadElement" for argument in node.arguments):
            return False
        arguments = node.arguments
        if name == "numberToString":  # (any other value than a number is given back as it is)
            return len(arguments) == 1 and self._uncontained(method, arguments[0], following)
        if name not in UNCONTAINED_OR_DEFAULT:
            return False
        with_default = UNCONTAINED_OR_DEFAULT[name]
        if with_default is None or len(arguments) < with_default:
            return True
        return len(arguments) == with_default and self._uncontained(method, arguments[-1], following)

    def _guarded(self, path: Path, *compared: Node) -> bool:
        """Whether the comparison or search at path stands in the right of an && whose left says, by typeof, that a
        local it compares is no dictionary or list: `(typeof value !== 'object') && (found === value)`,
        `(typeof d !== 'object') && (text.indexOf (d) > 0)`. (No assignment stands inside an expression (SUB-E010),
        and no other method writes a local: the local is the same on both sides of the &&.)"""
        names = {side.name for side in compared if side.type == "Identifier"
                 and self.context.scopes.resolution(side) is Resolved.LOCAL}
        current = path
        while names and current.parent is not None and current.parent_type in GUARDED_PARTS:
            if current.parent_type == "LogicalExpression" and current.parent.node.operator == "&&" \
                    and current.field == "right" and names & _typeof_uncontained(current.parent.node.left):
                return True
            current = current.parent
        return False

    def _comparable(self, path: Path, left: Node, right: Node) -> bool:
        if left.type == right.type == "Identifier" and left.name == right.name:
            return True  # a value is itself in every runtime
        enclosing = path.enclosing_method()
        method = enclosing.node if enclosing is not None else None
        return self._uncontained(method, left) or self._uncontained(method, right) or self._guarded(path, left, right)

    def visit_BinaryExpression(self, path: Path) -> None:
        node = path.node
        if node.operator in ("===", "!==") and not self._comparable(path, node.left, node.right):
            self.report_operator(node.left, node.operator, f"`{node.operator}` of two values that may both be "
                                                           "dictionaries or lists: Node and Python compare them by "
                                                           "identity, PHP by content")

    def visit_CallExpression(self, path: Path) -> None:
        # list.includes (x) and list.indexOf (x) compare x with each element by === (a text's search reads x as a
        # text, and Object.keys (...) holds texts only; this.inArray finds no dictionary or list in any runtime)
        node = path.node
        callee, arguments = node.callee, node.arguments
        if callee.type != "MemberExpression" or callee.computed or callee.property.name not in ("includes", "indexOf") \
                or not arguments or arguments[0].type == "SpreadElement" or _object_keys(callee.object):
            return
        enclosing = path.enclosing_method()
        method = enclosing.node if enclosing is not None else None
        if method is not None and self.context.type_of(method, callee.object) in (Type.STRING, Type.MAYBE_STRING):
            return
        if not self._uncontained(method, arguments[0]) and not self._guarded(path, arguments[0]):
            self.report(arguments[0], "a search of a list for a value that may be a dictionary or list: Node and "
                                      "Python find one by identity, PHP by content")

    def visit_SwitchStatement(self, path: Path) -> None:
        # (each case is compared with the value switched on by ===)
        for case in path.node.cases:
            if case.test is not None and not self._comparable(path, path.node.discriminant, case.test):
                self.report(case.test, "a case compared by === with the value switched on, where both may be "
                                       "dictionaries or lists: Node and Python compare them by identity, PHP by "
                                       "content")


TYPEOF_NAMES = ("undefined", "string", "number", "boolean", "object")


class TypeofComparison(Rule):
    id = "SUB-E005"
    title = "`typeof` only compared with 'undefined', 'string', 'number', 'boolean' or 'object'"
    rationale = (
        "Each allowed comparison has an exact translation (is None, isinstance(x, str), is_string(...)). "
        "Note that typeof null === 'object' in JavaScript, and the emitters keep that."
    )
    bad = "if (typeof params === 'function') {\n    return undefined;\n}"
    good = "if (typeof params === 'object') {\n    return undefined;\n}"
    hint = "write: typeof x === 'string' (or 'undefined', 'number', 'boolean', 'object')"

    def visit_UnaryExpression(self, path: Path) -> None:
        if path.node.operator != "typeof":
            return
        comparison = path.parent.node if path.parent_type == "BinaryExpression" else None
        if comparison is None or comparison.operator not in ("===", "!==", "==", "!="):
            self.report(path.node, "typeof must be compared with a type name",
                        "write: typeof x === 'string'", length=6)
            return
        other = comparison.right if path.field == "left" else comparison.left
        if other.type != "Literal" or other.value not in TYPEOF_NAMES:
            self.report(other, "typeof may only be compared with 'undefined', 'string', 'number', 'boolean' "
                               "or 'object'",
                        "Array.isArray (x) tells arrays apart; functions do not exist in the subset")


class KnownGlobals(Rule):
    id = "SUB-E006"
    title = "only whitelisted globals and imported base names"
    rationale = (
        "A submitted file runs with its users' API keys: it may not reach the environment, the network, "
        "timers or code evaluation, and every global must have an exact Python and PHP counterpart. "
        "Allowed: Math.{floor, ceil, round, abs, min, max, sqrt, trunc} (an exchange reads JSON with "
        "this.parseJson, where null is undefined as in Python and PHP, and writes it with this.json, which nests "
        "1,000 levels at most in every runtime), Object.{keys, values}, Array.isArray, Number.{MAX_SAFE_INTEGER, isInteger}, "
        "parseInt, parseFloat, undefined, Infinity, NaN, and imported error classes, "
        "Precise (static string methods) and precision constants. The literal `null` is not one of the values: "
        "Python and PHP have a single value for null and undefined, so `x === null` was true there for a "
        "missing key and false in JavaScript (and typeof null, '' + null, null >= 0 differed); write undefined. "
        "Promise is not one of the globals either: Node ran each call Promise.all collected up to its first await "
        "as the call was made, asyncio only where an await suspended, and synchronous Python and PHP one call after "
        "the other, so a file that read shared state (this.options, this.markets) in those calls took another "
        "branch in each runtime."
    )
    bad = "const now = Date.now ();"
    good = "const now = this.milliseconds ();"
    hint = "write this.milliseconds () for Date.now (), this.extend (a, b) for Object.assign, a loop over " \
           "Object.keys (obj) for Object.entries, parseFloat (s) for Number (s): one of the globals above, or a " \
           "base helper (`exkit helpers`)"
    decisions = "Names used without being declared anywhere are reported here, with the import to add " \
                "when they are base names."

    def __init__(self, context) -> None:
        super().__init__(context)
        self.judged_elsewhere: set[int] = set()  # ids of names E011 and E012 report

    def visit_Literal(self, path: Path) -> None:
        node = path.node
        if node.raw == "null" and not getattr(node, "regex", None) and not self.context.source.is_base:
            self.report(node, "`null` is not a value of the subset: Python and PHP have one value for null and "
                              "undefined (None, null), so x === null would also be true for a missing key, and "
                              "typeof null, '' + null and null >= 0 would change",
                        "write undefined (JSON's null arrives as undefined: test x === undefined)")

    def visit_NewExpression(self, path: Path) -> None:
        self.judged_elsewhere.add(id(_root_name(path.node.callee)))

    def visit_TaggedTemplateExpression(self, path: Path) -> None:
        self.judged_elsewhere.add(id(_root_name(path.node.tag)))

    def finish(self) -> None:
        for finding in self.context.scopes.of(Problem.UNKNOWN_NAME):
            if finding.name in ERROR_CLASSES or (finding.name not in NAMES_OWNED_ELSEWHERE
                                                 and id(finding.node) not in self.judged_elsewhere):
                self.report(finding.node, *self._unknown(finding.name))

    @staticmethod
    def _unknown(name: str) -> tuple[str, str]:
        if name in ERROR_CLASSES:
            return f"{name} is not imported", f"import {{ {name} }} from './base/errors.js';"
        if name in PRECISION_CONSTANTS:
            return f"{name} is not imported", f"import {{ {name} }} from './base/functions/number.js';"
        if name == "Precise":
            return "Precise is not imported", "import Precise from './base/Precise.js';"
        if name in GLOBAL_ALTERNATIVES:
            return f"`{name}` is not available in the subset", GLOBAL_ALTERNATIVES[name]
        if name in SANDBOX_GLOBALS:
            return f"`{name}` is not allowed", "integrations may not reach the runtime environment"
        return f"`{name}` is not declared", "declare it with const or let, or check the spelling"

    def visit_Identifier(self, path: Path) -> None:
        name = path.node.name
        if self.context.scopes.resolution(path.node) is not Resolved.GLOBAL:
            return
        if name in GLOBAL_NAMESPACES and not (path.parent_type == "MemberExpression" and path.field == "object"):
            self.report(path.node, f"{name} can only be used through its members, as in {name}."
                                   f"{next(iter(GLOBAL_NAMESPACES[name]))}")
        elif name in GLOBAL_FUNCTIONS:
            self._check_call(path, name, GLOBAL_FUNCTIONS[name], path.node)

    def visit_MemberExpression(self, path: Path) -> None:
        node = path.node
        receiver = _receiver(self, node)
        if receiver not in ("namespace", "precise"):
            return
        owner = node.object.name
        table = GLOBAL_NAMESPACES[owner] if receiver == "namespace" else PRECISE_STATIC
        name = None if node.computed else node.property.name
        if name not in table:
            shown = self.context.source.snippet(node)
            hint = MEMBER_ALTERNATIVES.get(f"{owner}.{name}") or (
                GLOBAL_ALTERNATIVES.get(owner, "") if owner != "Precise" else "")
            self.report(node, f"`{shown}` is not available in the subset",
                        hint or f"available: {', '.join(f'{owner}.{member}' for member in table)}")
            return
        if owner == "JSON" and name == "parse" and not self.context.source.is_base:
            self.report(node, "JSON.parse keeps JSON's null, which is undefined in Python and PHP (None, null): "
                              "`x === undefined`, a default parameter, '' + x and JSON.stringify would read it "
                              "otherwise in Node alone",
                        "write this.parseJson (text), which reads null as undefined in every runtime (and gives "
                        "undefined for a text that is not JSON)")
            return
        if owner == "JSON" and name == "stringify" and not self.context.source.is_base:
            self.report(node, "JSON.stringify writes a value nested thousands deep in Python and PHP, where Node runs "
                              "out of stack (a RangeError near 4,000 levels, which a catch clause sees) and throws a "
                              "TypeError for a cycle, which PHP's copies do not hold",
                        "write this.json (value): the same text, and an ExchangeError beyond 1,000 levels in every "
                        "runtime")
            return
        self._check_call(path, f"{owner}.{name}", table[name], node)

    def _check_call(self, path: Path, shown: str, member: Member, node: Node) -> None:
        if member.is_property:
            if is_callee(path):
                self.report(node, f"{shown} is a value, not a function")
            return
        if not is_callee(path):
            self.report(node, f"{shown} must be called directly", f"write {shown} (...)")
        elif not member.accepts(len(path.parent.node.arguments)):
            self.report(path.parent.node, f"{shown} takes {member.describe_arity()} in the subset")


# The members of VALUE_MEMBERS that only one of the two kinds of value has (concat: strings have one too, which the
# emitters do not translate).
ARRAY_ONLY_MEMBERS = frozenset({"push", "pop", "shift", "unshift", "join", "concat", "reverse", "sort"})
STRING_ONLY_MEMBERS = frozenset({"toUpperCase", "toLowerCase", "replace", "trim", "startsWith", "endsWith",
                                 "padStart", "padEnd", "charAt", "split"})


class ValueMembers(Rule):
    id = "SUB-E007"
    title = "only whitelisted string and array members, called as documented"
    rationale = (
        "Each member has an exact translation in Python and PHP for the argument counts allowed: strings: "
        "length, indexOf, slice, split, toUpperCase, toLowerCase, replace (first match, as in JavaScript), "
        "trim, startsWith, endsWith, includes, padStart, padEnd, charAt, toString; arrays: length, push, "
        "pop, shift, unshift, join, slice, concat, indexOf, includes, reverse, sort (no comparator)."
    )
    bad = "const sorted = symbol.split ('/', 1);"
    good = "const parts = symbol.split ('/');"
    hint = "write it with a member of the subset (above) or a loop: .slice (a, b) for substring, " \
           "text.split (a).join (b) for replaceAll, this.decimalToPrecision (...) for toFixed; split (separator) " \
           "without a limit"
    decisions = "split takes exactly one separator (a limit has different meanings in Python and PHP); " \
                "indexOf, includes, startsWith and endsWith take no start position; toString takes no radix. " \
                "concat is the array method: on a value known to be a string it is a finding (join strings " \
                "with +), as is an array method on a string or a string method on an array."

    def visit_MemberExpression(self, path: Path) -> None:
        node = path.node
        if _receiver(self, node) != "value":
            return
        if node.computed:
            # list['length'] = n cuts or pads an array in JavaScript alone (Python refuses, PHP adds a key)
            if node.property.type == "Literal" and node.property.value == "length" and _assigned(path):
                self.report(node.property, "`['length']` cannot be assigned",
                            "build a new array with slice () instead, or an object with { 'length': ... }")
            return
        name = node.property.name
        member = VALUE_MEMBERS.get(name)
        if member is None:
            if is_callee(path) and not self._unfolded_by_e001(path.parent.node, name):
                hint = MEMBER_ALTERNATIVES.get(name) or ("unfold it into a for loop" if name in CALLBACK_METHODS
                                                         else self.hint)
                self.report(node.property, f"`.{name} ()` is not a string or array method of the subset", hint)
            return
        if member.is_property:
            if is_callee(path):
                self.report(node.property, f"`.{name}` is a value, not a method")
            elif _assigned(path):
                self.report(node.property, f"`.{name}` cannot be assigned",
                            "build a new array with slice () instead")
            return
        if not is_callee(path):
            self.report(node.property, f"`.{name}` must be called", f"write .{name} (...)")
        elif not member.accepts(len(path.parent.node.arguments)):
            self.report(node.property, f"`.{name} ()` takes {member.describe_arity()} in the subset")
        else:
            self._check_receiver(path, name)

    def _check_receiver(self, path: Path, name: str) -> None:
        """A member of the other kind of value: the emitters pick the translation by the receiver's type."""
        method = path.enclosing_method()
        if method is None or (name not in ARRAY_ONLY_MEMBERS and name not in STRING_ONLY_MEMBERS):
            return
        node = path.node
        kind = self.context.type_of(method.node, node.object)
        if kind is Type.STRING and name == "concat":
            self.report(node.property, "`.concat ()` of a string: the subset joins strings with + (concat is the "
                                       "array method, which the type inference and the emitters treat it as)",
                        "join strings with +: a + b")
        elif kind is Type.STRING and name in ARRAY_ONLY_MEMBERS:
            self.report(node.property, f"`.{name} ()` is an array method, and this is a string",
                        "split the string into a list first: text.split ('')")
        elif kind is Type.ARRAY and name in STRING_ONLY_MEMBERS:
            self.report(node.property, f"`.{name} ()` is a string method, and this is an array",
                        "join the list into a string first: list.join ('')")

    @staticmethod
    def _unfolded_by_e001(call: Node, name: str) -> bool:
        return name in CALLBACK_METHODS and any(argument.type in FUNCTION_KINDS for argument in call.arguments)


class NoRegularExpressions(Rule):
    id = "SUB-E008"
    title = "no regular-expression literals and no RegExp"
    rationale = "JavaScript, Python and PHP regular expressions differ in syntax and semantics."
    bad = "const base = symbol.replace (/\\/.*$/, '');"
    good = "const base = symbol.split ('/')[0];"
    hint = "use split, indexOf, slice, startsWith or replace with a string"

    def visit_Literal(self, path: Path) -> None:
        if getattr(path.node, "regex", None):
            self.report(path.node, "regular expressions are not part of the subset")

    def finish(self) -> None:
        for finding in self.context.scopes.of(Problem.UNKNOWN_NAME):
            if finding.name == "RegExp":
                self.report(finding.node, "RegExp is not part of the subset")


BITWISE = ("&", "|", "^", "<<", ">>", ">>>")


class NoBitwise(Rule):
    id = "SUB-E009"
    title = "no bitwise operators"
    rationale = "JavaScript's bitwise operators work on 32-bit integers; Python's and PHP's do not."
    bad = "const flags = params['flags'] & 4;"
    good = "const flags = this.safeInteger (params, 'flags') % 8;"
    hint = "use arithmetic (Math.floor, %), or a base helper"

    def visit_BinaryExpression(self, path: Path) -> None:
        if path.node.operator in BITWISE:
            self.report_operator(path.node.left, path.node.operator,
                                 f"the bitwise operator `{path.node.operator}` is not part of the subset")

    def visit_UnaryExpression(self, path: Path) -> None:
        if path.node.operator == "~":
            self.report(path.node, "the bitwise operator `~` is not part of the subset", length=1)

    def visit_AssignmentExpression(self, path: Path) -> None:
        operator = path.node.operator
        if operator[:-1] in BITWISE:
            self.report_operator(path.node.left, operator, f"the bitwise operator `{operator}` is not part "
                                                           "of the subset")


class AssignmentsAreStatements(Rule):
    id = "SUB-E010"
    title = "assignments, ++ and -- are statements, never parts of expressions"
    rationale = (
        "Python has no assignment expression with JavaScript's meaning, and evaluation order inside "
        "expressions differs. No comma operator, no chained assignment. `++` applies to variables that hold a "
        "number (a counter declared with a number): JavaScript converts the operand to a number first, while "
        "the emitted `x += 1` concatenates a string ('5'++ is 6, '5' + 1 is '51'). (`--` subtracts in every "
        "language.) The target of `+=`, `++` and the like runs no call: Python and PHP read it and then write it, "
        "computing its container and key twice."
    )
    bad = "let a = undefined;\nlet b = undefined;\na = b = 0;"
    good = "let a = 0;\nlet b = 0;"
    hint = "split it into separate statements"
    claims = frozenset({"SequenceExpression"})

    def visit_AssignmentExpression(self, path: Path) -> None:
        if not self._statement_position(path):
            self.report(path.node, "assignment inside an expression is not part of the subset")
        elif path.node.operator != "=":
            self._check_target_read_once(path.node.left)

    def visit_UpdateExpression(self, path: Path) -> None:
        node = path.node
        if not self._statement_position(path):
            self.report(node, f"`{node.operator}` inside an expression is not part of the subset",
                        "write it as its own statement: i++;")
            return
        self._check_target_read_once(node.argument)
        method = path.enclosing_method()
        if node.operator == "++" and method is not None \
                and self.context.type_of(method.node, node.argument) is not Type.NUMBER:
            target = self.context.source.snippet(node.argument)
            self.report(node, "`++` on a value that may not be a number: JavaScript makes it a number first "
                              f"('5'++ is 6), the emitted {target} += 1 would concatenate ('5' + 1 is '51')",
                        f"keep a number in it (let count = 0;), or write {target} = parseFloat ({target}) + 1; "
                        "when it holds a numeric string")

    def _check_target_read_once(self, target: Node) -> None:
        """`d[k] += v` and `d[k]++` read d[k] and write it: Python and PHP compute the container and the key once
        for each, so a call in them ran twice there, once in JavaScript (red-team round 35: `d[Math.floor (this.idx
        ())] += 1` wrote element 0 with element 1's value)."""
        if target.type != "MemberExpression":
            return
        parts = [target.object] + ([target.property] if target.computed else [])
        for part in parts:
            for inner in walk(part):
                if inner.node.type in ("CallExpression", "AwaitExpression", "NewExpression"):
                    self.report(inner.node, "a call in the target of a compound assignment would run twice in "
                                            "Python and PHP, which read the target and then write it",
                                "compute the key into a variable first: const key = ...; d[key] += v;")
                    return

    def visit_SequenceExpression(self, path: Path) -> None:
        self.report(path.node, "the comma operator is not part of the subset")

    @staticmethod
    def _statement_position(path: Path) -> bool:
        if path.parent_type == "SequenceExpression":
            return True  # the comma operator is reported instead
        return path.parent_type == "ExpressionStatement" or (
            path.parent_type == "ForStatement" and path.field in ("init", "update"))


class NewOnlyErrors(Rule):
    id = "SUB-E011"
    title = "`new` only for the imported error classes"
    rationale = ("Only the unified error classes exist with the same constructor in every language, and that "
                 "constructor takes one argument, the message, as a string: a second argument was dropped in "
                 "JavaScript, put in the message in Python, and a TypeError in PHP (whose second parameter is "
                 "an integer code), as was a dictionary or list for the message.")
    bad = "const when = new Date ();"
    good = "const when = this.milliseconds ();"
    hint = "throw new ExchangeError (message), or use a base helper"
    decisions = "Precise is used through its static string methods (Precise.stringAdd ...), not `new`."

    def visit_NewExpression(self, path: Path) -> None:
        callee = path.node.callee
        if callee.type == "Identifier":
            if names_error_class(self.context, callee.name):
                self._check_message(path)  # (not imported: E006 says which import to add)
                return
        shown = self.context.source.snippet(callee)
        if shown == "Precise":
            hint = "use Precise.stringAdd (a, b) and the other static string methods"
        else:
            hint = GLOBAL_ALTERNATIVES.get(shown)
        self.report(path.node, f"`new {shown}` is not part of the subset", hint)

    def _check_message(self, path: Path) -> None:
        """One message, a string: JavaScript ignores a second argument and makes a dictionary '[object Object]',
        Python's message became "('a', 'b')", and PHP's constructor raised a TypeError instead of the error."""
        arguments = path.node.arguments
        if len(arguments) > 1:
            self.report(arguments[1], "an error class takes one argument, the message: JavaScript ignores the "
                                      "others, Python puts them in the message and PHP's constructor fails",
                        "put everything in the message: new ExchangeError (this.id + ' ' + body)")
            return
        method = path.enclosing_method()
        if arguments and method is not None and arguments[0].type != "SpreadElement" \
                and self.context.type_of(method.node, arguments[0]) in (Type.OBJECT, Type.ARRAY):
            self.report(arguments[0], "the message of an error is a string: a dictionary or list is '[object "
                                      "Object]' or '1,2' in JavaScript, and PHP's constructor fails",
                        "write the message as a string: this.json (value) gives the JSON text")


class NoTaggedTemplates(Rule):
    id = "SUB-E012"
    title = "no tagged templates"
    rationale = "Plain template literals are translated to concatenation; tags call functions at run time."
    bad = "const path = tag`/api/${symbol}`;"
    good = "const path = '/api/' + symbol;"
    hint = "build the string with + or a plain template literal"
    claims = frozenset({"TaggedTemplateExpression"})
    decisions = "Plain template literals are allowed: the emitters lower them to string concatenation."

    def visit_TaggedTemplateExpression(self, path: Path) -> None:
        self.report(path.node, "tagged templates are not part of the subset", "build the string with +")


class DeleteBracketMember(Rule):
    id = "SUB-E013"
    title = "`delete` only on a bracket member: delete request['x']"
    rationale = "It becomes `del d['x']` / `unset($d['x'])`; anything else has no counterpart."
    bad = "delete params.type;"
    good = "delete params['type'];"
    hint = "write: delete obj['key'];"

    def visit_UnaryExpression(self, path: Path) -> None:
        node = path.node
        if node.operator == "delete" and not (node.argument.type == "MemberExpression" and node.argument.computed):
            self.report(node, "delete only works on a bracket member", "write: delete obj['key'];", length=6)


class NoDynamicFeatures(Rule):
    id = "SUB-E014"
    title = ("no void, yield, generators, with, debugger, arguments, new.target; super only as super.method (...), "
             "in the method of that name")
    rationale = ("None of these has an exact translation, and most are ways around the sandbox. super.name (...) is "
                 "the inherited method that the method name overrides, called from it: the checker judges a value by "
                 "the helper that gives it (this.streamState, this.ownValue, ...), and super.streamState, called "
                 "elsewhere, went past those judgements (red-team round 73).")
    bad = "const all = arguments;"
    good = "const all = [ symbol, params ];"
    hint = "write it with plain statements and method calls"
    claims = frozenset({"YieldExpression", "MetaProperty", "DebuggerStatement", "WithStatement"})
    decisions = "Labels are reported by T006 (labelled statements)."

    def visit_UnaryExpression(self, path: Path) -> None:
        if path.node.operator == "void":
            self.report(path.node, "`void` is not part of the subset", "write undefined", length=4)

    def visit_YieldExpression(self, path: Path) -> None:
        self.report(path.node, "`yield` is not part of the subset", "return an array", length=5)

    def visit_FunctionExpression(self, path: Path) -> None:
        if path.node.generator and path.parent_type == "MethodDefinition":
            self.report(path.parent.node, "generator methods are not part of the subset", "return an array")

    def visit_MetaProperty(self, path: Path) -> None:
        self.report(path.node, "`new.target` is not part of the subset")

    def visit_DebuggerStatement(self, path: Path) -> None:
        self.report(path.node, "`debugger` is not part of the subset", "remove it")

    def visit_WithStatement(self, path: Path) -> None:
        self.report(path.node, "`with` is not part of the subset", "name the object explicitly: obj['key']", length=4)

    def visit_ThisExpression(self, path: Path) -> None:
        if path.enclosing_method() is None:
            self.report(path.node, "`this` is only available inside methods")

    def visit_Super(self, path: Path) -> None:
        method = path.enclosing_method()
        if method is not None and method.node.kind == "constructor":
            return  # S003 rejects the constructor as a whole
        member = path.parent.node if path.parent_type == "MemberExpression" else None
        if member is None or member.computed or not is_callee(path.parent):
            self.report(path.node, "super is only allowed as super.method (...)",
                        "call the parent's method: super.describe ()")
        elif method is not None and method.node.key.type == "Identifier" and member.property.type == "Identifier" \
                and member.property.name != method.node.key.name:
            self.report(path.node, f"super.{member.property.name} (...) is called from {method.node.key.name}: super "
                                   "calls only the inherited method that the method overrides",
                        f"call this.{member.property.name} (...), or override {member.property.name} and call "
                        f"super.{member.property.name} (...) there")

    def finish(self) -> None:
        for finding in self.context.scopes.of(Problem.UNKNOWN_NAME):
            if finding.name == "arguments":
                self.report(finding.node, "`arguments` is not part of the subset", "name the parameters")


class SpreadPlaces(Rule):
    id = "SUB-E015"
    title = "spread only in object literals and array literals"
    rationale = (
        "Object spread becomes a merge, array spread a concatenation. Anywhere else, and rest parameters, have no "
        "exact counterpart: a list spread into a method's or a helper's parameters, one element more or less than "
        "they are, is cut or padded with undefined in JavaScript and an error in Python and PHP, which a catch "
        "clause saw (red-team round 29: a response's field more chose another side in Python), and V8 passes at "
        "most some 120,000 arguments (Math.max (...prices) of a longer list is a stack overflow in Node alone, "
        "where Python's *args and PHP's ...$args have no bound; round 32). What an array literal spreads is known "
        "to be an array (a list literal, or a variable that only ever holds one): a string spreads into its "
        "characters in JavaScript, and stayed one element in Python and PHP."
    )
    bad = "async fetchAll (...symbols) {\n    return symbols;\n}"
    good = "async fetchAll (symbols = []) {\n    return symbols;\n}"
    hint = "build the array or object first, then spread it where the subset allows"
    example_scope = "class"

    def visit_SpreadElement(self, path: Path) -> None:
        if path.parent_type == "ObjectExpression" or path.parent_type == "ArrayExpression":
            self._check_spread_value(path)
            return
        if path.parent_type in ("CallExpression", "NewExpression"):
            self.report(path.node, "spread into a call's arguments: a list of one element more or less than the "
                                   "parameters is cut or padded with undefined in JavaScript, and an error in "
                                   "Python and PHP; a long one is a stack overflow in Node alone",
                        "pass the values one by one (this.f (list[0], list[1])), the list itself as one argument, "
                        "or loop over it (the greatest of a list: a loop that keeps the larger)")
            return
        self.report(path.node, "spread is only allowed in array and object literals",
                    "build the array first, then spread it into an array or object literal")

    def _check_spread_value(self, path: Path) -> None:
        """A string spreads into its characters in JavaScript, and stayed one value in Python and PHP."""
        method = path.enclosing_method()
        if method is None:
            return
        kind = self.context.type_of(method.node, path.node.argument)
        if path.parent_type == "ObjectExpression":
            if kind is Type.STRING:
                self.report(path.node, "spread of a string into an object literal (its characters become keys "
                                       "'0', '1', ... in JavaScript only)", "spread a dictionary")
        elif kind is not Type.ARRAY:
            self.report(path.node, "spread of a value not known to be an array: a string spreads into its "
                                   "characters in JavaScript, and stays one element in Python and PHP",
                        "spread a list the method builds (const list = [ ... ];), or text.split ('') for the "
                        "characters of a string")

    def visit_RestElement(self, path: Path) -> None:
        if path.field == "params":
            self.report(path.node, "rest parameters are not part of the subset", "take an array parameter")


class ObjectLiteralKeys(Rule):
    id = "SUB-E016"
    title = "object literal keys are strings or identifiers; no methods, getters or setters"
    rationale = (
        "Keys become dictionary keys in Python and PHP. A number key would stay a number there (JavaScript "
        "makes it a string), and methods or accessors have no counterpart in a dictionary."
    )
    bad = "const sides = { 1: 'buy', 2: 'sell' };"
    good = "const sides = { '1': 'buy', '2': 'sell' };"
    hint = "use string keys: { 'key': value }"

    def visit_Property(self, path: Path) -> None:
        node = path.node
        if path.parent_type != "ObjectExpression":
            return
        if node.kind in ("get", "set"):
            self.report(node, f"{node.kind}ters are not allowed in object literals", "store the value", length=3)
        elif node.method:
            self.report(node, "methods are not allowed in object literals", "write a method of the class")
        elif node.computed and node.key.type != "Identifier":
            self.report(node.key, "computed keys must be a plain variable: { [key]: value }",
                        "compute the key into a const first")
        elif not node.computed and node.key.type == "Literal" and not isinstance(node.key.value, str):
            self.report(node.key, "object keys must be strings", f"write '{node.key.raw}'")


PATTERN_ELEMENT_PROBLEMS = {
    "ArrayPattern": "nested destructuring is not part of the subset",
    "ObjectPattern": "nested destructuring is not part of the subset",
    "AssignmentPattern": "default values in destructuring are not part of the subset",
    "RestElement": "rest elements are not part of the subset",
}


class ArrayDestructuringOnly(Rule):
    id = "SUB-E017"
    title = "destructuring only as `const [ a, b ] = expr;` with plain names"
    rationale = (
        "Array destructuring into names keeps JavaScript's meaning (a missing element is undefined) through "
        "a helper. Object patterns, defaults, nesting, holes and rest elements do not carry over. A method "
        "parameter's default is a constant (a literal, undefined, an imported name, a dictionary or list of "
        "these): one made of other values (`body = request`, `batch = [ order ]`) shared them in Node and Python and copied them in "
        "PHP, where SUB-D007, which follows the method's body, did not see it (red-team round 27)."
    )
    bad = "const order = await this.fetchOrder ('42', symbol);\nconst { price, amount } = order;"
    good = "const order = await this.fetchOrder ('42', symbol);\nconst price = this.safeString (order, 'price');\nconst amount = this.safeString (order, 'amount');"
    hint = "bind plain names: const [ a, b ] = expr; or read keys with the safe* helpers"
    claims = frozenset({"ObjectPattern", "ArrayPattern", "AssignmentPattern", "RestElement"})
    decisions = "`const { A } = require (...)` at the top level of a CommonJS file is an import, not destructuring."

    def visit_ObjectPattern(self, path: Path) -> None:
        if path.parent_type in ("CatchClause", "ArrayPattern"):
            return  # T004's and the outer pattern's
        declarator = path.parent.node if path.parent_type == "VariableDeclarator" else None
        if declarator is not None and path.parent.parent.parent_type == "Program":
            return  # a CommonJS import, judged by S002/S004
        self.report(path.node, "object destructuring is not part of the subset",
                    "read each key: const price = this.safeString (order, 'price');")

    def visit_ArrayPattern(self, path: Path) -> None:
        if path.parent_type in ("CatchClause", "ArrayPattern") or self._loop_variable(path):
            return  # T004's, the outer pattern's and T002's
        if path.parent_type != "VariableDeclarator":
            self.report(path.node, "array destructuring is only allowed in a declaration",
                        "write: const [ a, b ] = expr; then use a and b")
            return
        for element in path.node.elements:
            if element is None:
                self.report(path.node, "holes (`[ , b ]`) are not part of the subset",
                            "bind every element to a name")
            elif element.type != "Identifier":
                self.report(element, PATTERN_ELEMENT_PROBLEMS.get(element.type, "destructuring may only bind "
                                                                                "plain names"),
                            "bind every element to a plain name, then adjust it in a statement")

    @staticmethod
    def _loop_variable(path: Path) -> bool:
        declaration = path.parent.parent if path.parent is not None else None
        return declaration is not None and declaration.field == "left" and declaration.parent_type == "ForOfStatement"

    def visit_AssignmentPattern(self, path: Path) -> None:
        function = path.parent
        if path.field == "params" and function.parent_type == "MethodDefinition":
            if not self._constant(path.node.right):
                self.report(path.node.right, "a parameter's default is a constant (a literal, undefined, an imported "
                                             "name, a dictionary or list of these): one made of other values "
                                             "(another parameter, a read, a call) is not followed by SUB-D007, and "
                                             "PHP copies what it holds where JavaScript shares it",
                            "default to undefined and set the value in the method's body: if (body === undefined) "
                            "{ body = ...; }")
            return
        if path.parent_type == "ArrayPattern":
            return  # reported by the outer pattern
        self.report(path.node, "default values are only allowed for method parameters")

    def _constant(self, node: Node) -> bool:
        """Whether a default is a literal (a negative number too), undefined, an imported name, or a dictionary or
        list literal of these (made anew at each call)."""
        if node.type == "UnaryExpression" and node.operator == "-":
            node = node.argument
        if node.type == "ObjectExpression":
            return all(item.type == "Property" and not item.computed and self._constant(item.value)
                       for item in node.properties)
        if node.type == "ArrayExpression":
            return all(item is not None and self._constant(item) for item in node.elements)
        return node.type == "Literal" or (node.type == "Identifier" and (
            node.name == "undefined" or self.context.scopes.resolution(node) is Resolved.IMPORT))

    def visit_RestElement(self, path: Path) -> None:
        if path.field != "params" and path.parent_type != "ArrayPattern":  # E015's, the outer pattern's
            self.report(path.node, "rest elements are not part of the subset")


class UnicodeStrings(Rule):
    id = "SUB-E018"
    title = "strings are Unicode text: no unpaired surrogate escapes"
    rationale = (
        "JavaScript strings are sequences of UTF-16 code units, so an escape between \\ud800 and \\udfff can "
        "denote half of a character. Written as a pair (high, then low) it is the character: '\\ud83d\\ude00' is "
        "'😀', and the emitters print it as that character. Alone, it is no character at all: Python can hold it "
        "but not write it out (UTF-8 encoding raises), and PHP's UTF-8 strings have no bytes for it, so no "
        "translation would keep the value. Such strings are rejected rather than approximated. A text can still be "
        "cut through a pair at run time, which the checker cannot see (a response's emoji): `slice`, `charAt`, "
        "`text[i]`, `split ('')`, a fill that `padStart` or `padEnd` cuts, and `Object.values` of a string make a "
        "lone half in Node. Python and PHP fail the call there (Unportable: no catch clause sees it), even where "
        "Node then joins the halves again or writes them out escaped (`this.json`)."
    )
    bad = "const smile = '\\ud83d';"
    good = "const smile = '\\ud83d\\ude00';"
    hint = "write the whole character ('😀' or '\\u{1F600}'), or both halves of its surrogate pair"

    def visit_Literal(self, path: Path) -> None:
        if isinstance(path.node.value, str):
            self._check(path.node, path.node.value)

    def visit_TemplateElement(self, path: Path) -> None:
        cooked = path.node.value.cooked
        if isinstance(cooked, str):
            self._check(path.node, cooked)

    def _check(self, node: Node, value: str) -> None:
        escape = lone_surrogate(value)
        if escape is not None:
            self.report(node, f"{escape} is half of a surrogate pair: it is no character, and Python and PHP "
                              "cannot represent it")


class KnownMethods(Rule):
    id = "SUB-E019"
    title = "this.name (...) calls a method that exists, with the arguments it takes"
    rationale = (
        "A call of a method that neither the class, its parent exchanges, the base class (js/base/Exchange.js), "
        "the native layer nor the implicit API of describe()['api'] defines passes the other rules and fails only "
        "when that line runs: TypeError in JavaScript, AttributeError in Python, a fatal error in PHP, often in a "
        "code path no fixture case reaches. `exkit helpers` lists the base class's helpers with their signatures. "
        "A call passes the arguments the method takes: at least its parameters up to the last one without a "
        "default, at most all of them (JavaScript passes undefined for a missing argument and drops an extra one; "
        "Python and PHP raise). `super.name (...)` calls a method of the parent exchanges, the base class or the "
        "native layer: an implicit API method is the instance's own, which super does not reach in Node or Python, "
        "where PHP's parent:: reached it and sent the request."
    )
    bad = "const trades = await this.fetchTrades (symbol);\nconst buys = this.filterByArray (trades, 'side', 'buy');"
    good = "const trades = await this.fetchTrades (symbol);\nconst buys = this.filterBy (trades, 'side', 'buy');"
    hint = "call a method that exists (`exkit helpers PATTERN` lists the base class's), or define it in the class"
    decisions = "The chain is read from the files next to the checked one (js/<parent>.js, js/base/Exchange.js); " \
                "when one of them is missing or does not parse, calls are not judged."

    def finish(self) -> None:
        from transpiler.analysis.methods import reachable_methods  # reads js/base/Exchange.js: only when checked

        self._check_arities()
        self._check_super_calls()
        calls = self._calls
        if not calls:
            return
        known = reachable_methods(self.context.source.path, self.context.exchange, self.context.source.is_base)
        if known is None:
            return
        for node in calls:
            name = node.property.name
            if name in known or is_reaching_name(name) or snake_case(name) in PYTHON_KEYWORDS:
                continue  # reaching names are B002's, Python keywords D003's
            close = difflib.get_close_matches(name, sorted(known), n=3, cutoff=0.6)
            lowered = {candidate.lower().replace("_", ""): candidate for candidate in known}
            same = lowered.get(name.lower().replace("_", ""))
            if same is not None and same not in close:
                close.insert(0, same)
            hint = (f"did you mean {' or '.join(f'this.{candidate} (...)' for candidate in close)}?" if close
                    else self.hint)
            self.report(node.property, f"`this.{name}` is not a method of the exchange, its parents, the base "
                                       f"class or the implicit API", hint)

    def __init__(self, context) -> None:
        super().__init__(context)
        self._calls: list[Node] = []
        self._super_calls: list[Node] = []
        self._all_calls: list[Node] = []  # this.name (...) and super.name (...), for their argument counts

    def visit_CallExpression(self, path: Path) -> None:
        callee = path.node.callee
        if (callee.type == "MemberExpression" and not callee.computed and callee.object.type == "ThisExpression"
                and callee.property.type == "Identifier"):
            self._calls.append(callee)
        if (callee.type == "MemberExpression" and not callee.computed and callee.object.type == "Super"
                and callee.property.type == "Identifier"):
            self._super_calls.append(callee)
        if (callee.type == "MemberExpression" and not callee.computed
                and callee.object.type in ("ThisExpression", "Super") and callee.property.type == "Identifier"):
            self._all_calls.append(path.node)

    def _check_super_calls(self) -> None:
        """super.name (...) calls a method of a parent exchange, the base class or the native layer. An implicit API
        method is the instance's own in Node, where super.publicGetTicker is undefined (a TypeError, as Python's
        AttributeError), and PHP's parent:: reached it through __call and sent the request (red-team round 23)."""
        from transpiler.analysis.methods import parent_methods, reachable_methods

        if not self._super_calls:
            return
        source, exchange = self.context.source, self.context.exchange
        known = parent_methods(source.path, exchange, source.is_base)
        reachable = reachable_methods(source.path, exchange, source.is_base)
        if known is None or reachable is None:
            return
        for node in self._super_calls:
            name = node.property.name
            if name in known or is_reaching_name(name) or snake_case(name) in PYTHON_KEYWORDS:
                continue  # reaching names are B002's, Python keywords D003's
            implicit = name in reachable and name not in exchange.methods  # (the chain's implicit API)
            self.report(node.property, f"`super.{name}` is not a method of the parent exchanges, the base class or "
                                       "the native layer" + (": an implicit API method is the instance's own, which "
                                                             "super does not reach in Node and Python (PHP's parent:: "
                                                             "sent its request)" if implicit else ""),
                        f"call this.{name} (...)" if implicit else "call a method the parents define, or this.name")

    def _check_arities(self) -> None:
        """Python and PHP raise where JavaScript passes undefined for a missing argument or drops an extra one."""
        from transpiler.analysis.methods import arity, inherited_arities

        exchange = self.context.exchange
        inherited = inherited_arities(self.context.source.path, exchange, self.context.source.is_base)
        if inherited is None:
            return
        for name, method in exchange.methods.items():
            if name not in inherited or not all(param.type in ("Identifier", "AssignmentPattern")
                                                for param in method.value.params):
                continue
            (required, accepted), (inherited_required, inherited_accepted) = arity(method), inherited[name]
            if inherited_accepted is None:
                continue  # a native method with a rest parameter (its overrides are B006's)
            if accepted < inherited_accepted or required > inherited_required:
                self.report(method.key, f"{name} overrides an inherited {name} that takes {inherited_required} to "
                                        f"{inherited_accepted} arguments, and takes {required} to {accepted}: "
                                        "callers of the inherited one pass what it takes, which JavaScript "
                                        "tolerates and Python and PHP do not",
                            f"declare the inherited parameters, with the same defaults ({inherited_accepted} "
                            f"parameters, the last {inherited_accepted - inherited_required} with defaults)")
        for call in self._all_calls:
            name = call.callee.property.name
            own = exchange.methods.get(name) if call.callee.object.type == "ThisExpression" else None
            if own is not None and not all(param.type in ("Identifier", "AssignmentPattern")
                                           for param in own.value.params):
                continue  # rest parameters are E015's
            required, accepted = arity(own) if own is not None else inherited.get(name, (0, None))
            count = len(call.arguments)
            if call.arguments and call.arguments[-1].type == "SpreadElement":
                if accepted is not None and own is None and (name in NATIVE_METHODS or name in exchange.implicit_api):
                    self.report(call.arguments[-1], f"a spread into {name}, a method of the runtime that each "
                                                    "language declares itself: JavaScript drops the elements beyond "
                                                    f"its {accepted} parameter{'s' if accepted != 1 else ''}, where "
                                                    "Python's implicit API methods took them as the headers and the "
                                                    "body", f"pass the arguments one by one: this.{name} (list[0])")
            elif count < required:
                self.report(call, f"{name} takes at least {required} argument{'s' if required != 1 else ''}, "
                                  f"and this call passes {count}: JavaScript passes undefined for the others, "
                                  "Python and PHP raise", "pass every argument (undefined where there is none), or "
                                                          "give the parameter a default: name = undefined")
            elif accepted is not None and count > accepted:
                self.report(call, f"{name} takes at most {accepted} argument{'s' if accepted != 1 else ''}, and this "
                                  f"call passes {count}: JavaScript drops the others, Python and PHP raise",
                            "pass only the arguments the method declares")


class NoObjectStrings(TextConversions, Rule):
    id = "SUB-E020"
    title = "no dictionary converted to a string ('' + {}, `${obj}`, obj.toString (), [ obj ].join ())"
    rationale = (
        "JavaScript writes any object as '[object Object]', which no exchange API means: it is a missing "
        "JSON.stringify or a wrong variable. It does not even translate: PHP holds an empty dictionary as the same "
        "value as an empty array, which is written as '' ('a' + {} is 'a[object Object]' in JavaScript and Python, "
        "'a' in PHP). Where the checker knows the value is a dictionary, the conversion is rejected."
    )
    bad = "const query = { 'symbol': 'BTCUSDT' };\nconst url = '/api/v3/ticker?' + query;"
    good = "const query = { 'symbol': 'BTCUSDT' };\nconst url = '/api/v3/ticker?' + this.urlencode (query);"
    hint = "write the dictionary as text on purpose: this.json (obj), this.urlencode (obj), or one of its values"
    decisions = "Only values the emitters' types prove to be dictionaries (literals, locals only ever assigned " \
                "one); a value of unknown type is converted by the runtime helpers, as JavaScript does."

    def converted(self, path: Path, value: Node, beside: Node | None) -> None:
        method = path.enclosing_method()
        if method is not None and self.context.type_of(method.node, value) is Type.OBJECT:
            self.report(value, "a dictionary converted to a string is '[object Object]' in JavaScript (and '' in "
                               "PHP when it is empty)")


# The helpers that build a dictionary of their argument's keys: the positions of the arguments read so (None: all).
# (round 73: unifiedOrderParams omits from its params, and safeBalance walks its balance's keys; round 74: the headers'
# helpers walk their headers' keys, depositWithdrawFeesFromCurrencies its currencies')
DICTIONARY_BUILDERS = {"extend": None, "deepExtend": None, "omit": (0,), "keysort": (0,), "unifiedOrderParams": (1,),
                       "safeBalance": (0,), "headersForExchange": (0,), "headerValues": (0,),
                       "depositWithdrawFeesFromCurrencies": (0,)}


class MergedDictionaries(Rule):
    id = "SUB-E023"
    title = "the helpers that build a dictionary of their argument's keys (this.extend, this.omit, ...) take no list"
    rationale = (
        "JavaScript's spread and Python's merge take a list for the dictionary of its keys '0' to 'n-1', and PHP keeps "
        "it a list, since its arrays cannot tell the two apart: this.extend ([ 5, 6 ]) is { '0': 5, '1': 6 } in Node "
        "and Python and [ 5, 6 ] in PHP, whose length, Array.isArray and JSON then differ (red-team round 68); so are "
        "this.omit ([ 5, 6 ], 'x') and this.keysort ([ 5, 6 ]), which copy their argument's keys (round 72), and "
        "this.unifiedOrderParams and this.safeBalance, which do so inside (round 73). Where the checker knows such an "
        "argument is a list, the call is rejected."
    )
    bad = "const merged = this.extend ([ 'BTC', 'ETH' ], {});"
    good = "const merged = this.arrayConcat ([ 'BTC', 'ETH' ], [ 'XRP' ]);"
    hint = "merge dictionaries; join lists with this.arrayConcat (a, b), or index one by a key with this.indexBy"
    decisions = "Only arguments the emitters' types prove to be lists (literals, locals only ever given one, the " \
                "helpers that return one); a value of unknown type is merged as each runtime's arrays allow " \
                "(README, Known differences)."

    def visit_CallExpression(self, path: Path) -> None:
        name = _own_call(path.node)
        method = path.enclosing_method()
        if name not in DICTIONARY_BUILDERS or method is None:
            return
        positions = DICTIONARY_BUILDERS[name]
        for position, argument in enumerate(path.node.arguments):
            if (positions is None or position in positions) and argument.type != "SpreadElement" \
                    and self.context.type_of(method.node, argument) is Type.ARRAY:
                self.report(argument, f"this.{name} of a list: Node and Python build a dictionary of its keys '0' to "
                                      "'n-1', PHP keeps it a list")


# The binary type: Uint8Array in Node, bytes in Python, a byte string in PHP. What makes one (this.method (...), and
# this.hash / this.hmac whose digest argument, at the index given, is 'binary') and where one may go (this.method
# (...) -> the indices of the arguments that take bytes; None: every argument).
BINARY_MAKERS = frozenset({"encode", "base64ToBinary", "base16ToBinary", "binaryConcat"})
DIGEST_ARGUMENT = {"hash": 2, "hmac": 3}
BINARY_TAKERS: dict[str, frozenset[int] | None] = {
    "hmac": frozenset({0, 1}), "hash": frozenset({0}), "jwt": frozenset({1}), "binaryConcat": None,
    "binaryToBase64": frozenset({0}), "binaryToBase16": frozenset({0}), "base64urlencode": frozenset({0}),
    "decode": frozenset({0}),
}
DIGESTS = frozenset({"hex", "base64", "binary"})


def _takes_bytes(call: Node, index: int) -> bool:
    """Whether argument index of call takes bytes (see BINARY_TAKERS)."""
    name = _own_call(call)
    if name not in BINARY_TAKERS:
        return False
    indices = BINARY_TAKERS[name]
    return indices is None or index in indices


def _own_call(node: Node) -> str | None:
    """The name of a `this.name (...)` or `super.name (...)` call, else None."""
    if node.type != "CallExpression":
        return None
    callee = node.callee
    if callee.type == "MemberExpression" and not callee.computed and callee.object.type in ("ThisExpression", "Super") \
            and callee.property.type == "Identifier":
        return callee.property.name
    return None


class BinaryPassedOn(Rule):
    id = "SUB-E021"
    title = "bytes (this.encode (...), this.base64ToBinary (...), a 'binary' digest) only go into the helpers that " \
            "take bytes"
    rationale = (
        "Each runtime has a binary type of its own: a Uint8Array in Node, bytes in Python, a byte string in PHP, which "
        "is a string there. The same reads of them mean three things: bytes[0] is 65 in Node, 'A' in PHP and an "
        "error in Python; this.encode ('\\u00e9').length is 2 in Node and 1 in PHP; this.encode ('') is true in "
        "Node and false in PHP; JSON and '' + bytes write '{\"0\":65}', '\"A\"' or nothing. So bytes are passed on "
        "and never read: the result of this.encode, this.base64ToBinary, this.base16ToBinary, this.binaryConcat and "
        "of this.hash or this.hmac with the digest 'binary' stands only as an argument that takes bytes (the data "
        "and the key of this.hmac, the data of this.hash, the key of this.jwt, this.binaryConcat, "
        "this.binaryToBase64, this.binaryToBase16, this.base64urlencode, this.decode), directly, through a "
        "conditional, or through a const used only so. The digest of this.hash and this.hmac is written out, so that "
        "the checker knows which calls give bytes."
    )
    bad = "const bytes = this.encode (symbol);\nconst side = (bytes[0] === 66) ? 'buy' : 'sell';"
    good = "const message = this.binaryConcat (this.encode (symbol), this.hash (this.encode (symbol), 'sha256', 'binary'));\n" \
           "const signature = this.binaryToBase64 (message);"
    hint = "pass the bytes on (this.hmac, this.hash, this.binaryToBase64, this.binaryToBase16, this.decode, ...), " \
           "and read the text they came from, or a 'hex' or 'base64' digest, instead"

    def visit_MethodDefinition(self, path: Path) -> None:
        held: dict[str, Path] = {}  # const locals holding bytes
        reads: list[Path] = []
        for inner in walk(path.node):
            node = inner.node
            name = _own_call(node)
            if name in DIGEST_ARGUMENT:
                index = DIGEST_ARGUMENT[name]
                arguments = node.arguments
                if any(argument.type == "SpreadElement" for argument in arguments[:index + 1]):
                    self.report(node, f"this.{name} (...) with a spread argument: its digest is not written out",
                                f"write the arguments out, with the digest as a literal: 'hex', 'base64' or 'binary'")
                    continue
                if len(arguments) > index:
                    digest = arguments[index]
                    if not (digest.type == "Literal" and digest.value in DIGESTS):
                        self.report(digest, f"the digest of this.{name} (...) is not written out: the checker cannot "
                                            "tell whether it gives bytes",
                                    "write it as a literal: 'hex', 'base64' or 'binary'")
                        continue
                    if digest.value != "binary":
                        continue
                else:
                    continue
            elif name not in BINARY_MAKERS:
                if node.type == "Identifier":
                    reads.append(inner)
                continue
            if not confined(inner, _takes_bytes, held):
                self.report(node, f"the bytes of this.{name} (...) are read or kept: each runtime reads bytes its own way")
        for node in unconfined_reads(reads, held, _takes_bytes):
            self.report(node, f"`{node.name}` holds bytes and is read or kept: each runtime reads bytes its own way")
