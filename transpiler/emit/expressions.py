"""The expression layer both targets share: which native form is exact, and which helper reproduces JavaScript.

The decisions live here, once, so that Python and PHP cannot drift apart. A target supplies only the
spelling: literals, variables, helper calls, and a few operator forms (the hooks at the top of the class).
"""

from __future__ import annotations

from dataclasses import dataclass

from esprima.nodes import Node

from transpiler.analysis.value_flow import CHANGING_METHODS
from transpiler.emit.base import Atom, EmitError, Grouped, Operation, Printer, nodes_of, strip_parentheses
from transpiler.emit.bounds import small, written_number
from transpiler.emit.text import LoneSurrogate, js_string
from transpiler.emit.types import Type
from transpiler.error_classes import ERROR_CLASSES
from transpiler.names import VALUE_MEMBERS, snake_case

NAMESPACE_HELPERS = {("JSON", "stringify"): "json_stringify", ("JSON", "parse"): "json_parse",
                     ("Object", "keys"): "keys", ("Object", "values"): "values",
                     ("Array", "isArray"): "is_array", ("Number", "isInteger"): "is_integer"}
VALUE_HELPERS = {"padStart": "pad_start", "padEnd": "pad_end", "charAt": "char_at", "trim": "trim", "join": "join",
                 "concat": "concat", "sort": "sort", "pop": "pop", "shift": "shift", "reverse": "reverse",
                 "toString": "to_string", "indexOf": "index_of", "includes": "includes", "replace": "replace",
                 "split": "split", "slice": "slice", "unshift": "unshift", "push": "push"}
COMPARISON_HELPERS = {"<": "less", "<=": "less_equal", ">": "greater", ">=": "greater_equal"}
NAMESPACES = ("Math", "JSON", "Object", "Array", "Number", "Precise")


@dataclass(frozen=True)
class StructureBuilder:
    """A structure's builder in the native layers: its name (camelCase; the layers' is its snake_case), the keys it
    takes (its parameters, in their order), whether the caller's market follows them, the targets whose emitters call
    it (those where it measured faster than the general call: bench/results), and whether Python's takes the keys
    themselves as keywords (**fields) rather than parameters of their snake_case names."""

    name: str
    keys: tuple[str, ...]
    market: bool
    targets: frozenset[str]
    keys_as_keywords: bool = False


# this.safeTrade ({ ... }, market), this.safeTicker and this.safeMarketStructure of a dictionary written out hand its
# fields to the structure's builder of the native layers (Python's primitives.py, PHP's Primitives.php) by name, in
# their written order: the dictionary, read once and dropped, is not made. By method: its builder.
# (marketStructure is Python's only, market_structure (**market): its C fast path builds a spot market from the
# keywords; PHP's named arguments cost more than an array literal and safe_market_structure's merge, as a Python
# builder of parameters does, bench/results/markets_once.txt.)
MARKET_KEYS = ("id", "symbol", "base", "quote", "baseId", "quoteId", "active", "type", "spot", "swap", "future",
               "option", "contract", "linear", "inverse", "contractSize", "settle", "settleId", "expiry",
               "expiryDatetime", "strike", "optionType", "taker", "maker", "precision", "limits", "info")
STRUCTURE_BUILDERS = {
    "safeTrade": StructureBuilder("tradeStructure", ("id", "order", "symbol", "timestamp", "type", "side",
                                                     "takerOrMaker", "price", "amount", "cost", "fee", "fees", "info"),
                                  True, frozenset({"python", "php"})),
    "safeTicker": StructureBuilder("tickerStructure", ("symbol", "timestamp", "high", "low", "bid", "bidVolume", "ask",
                                                       "askVolume", "vwap", "open", "close", "last", "previousClose",
                                                       "change", "percentage", "average", "baseVolume", "quoteVolume",
                                                       "info"), True, frozenset({"python", "php"})),
    "safeMarketStructure": StructureBuilder("marketStructure", MARKET_KEYS, False, frozenset({"python"}), True),
}

# String methods whose argument JavaScript converts to a string (String ()), where the native forms do not.
TEXT_SEARCHES = frozenset({"startsWith", "endsWith", "includes"})

class NullTest(Grouped):
    """`(x is None)` / `($x === null)`, remembering x, so that its negation prints as `x is not None`."""

    subject: str

class BoundedText(str):
    """`js.bounded_text(a + b)` / `Js::boundedText($a . $b)`, remembering the concatenation inside (operation), so that
    an assignment `s = s + x + y` prints as an append (see appended)."""

    operation: Operation


class ExpressionPrinter(Printer):
    # --- the spelling a target provides --------------------------------------------------------------
    NULL = TRUE = FALSE = THIS = CONCAT = AND = OR = NOT = ""
    DICT = ("{", ": ", "}")  # opening, key-value separator, closing
    NATIVE_STRING_ORDER = True  # may strings be compared with < natively?
    # Are the language's integers exact past 2^53 (Python's without bound, PHP's up to 2^63)? Then a sum of two numbers
    # neither of which is written out (`k += k`, `a = a + b`) is rounded to a double past 2^53 (js.number, Js::number),
    # as JavaScript's is: a loop doubling an integer made Python's grow without end, each addition slower than the last
    # (3,000,000 doublings took two minutes there, a few milliseconds in Node, where the number is Infinity after
    # 1,024), and PHP's was exact up to 2^63 where Node's had rounded. So is a sum with a number written out
    # (`Number.MAX_SAFE_INTEGER + 2`, x++), but for a small step of a loop counter that the loop's test bounds, or of a
    # length (bounds.py): those stay native (i++, rows.length - 1).
    EXACT_INTEGERS = False
    NATIVE_MAYBE_STRING_TRUTH = True  # is a string or undefined true as in JavaScript (only '' and undefined false)?
    NATIVE_LOGICAL_VALUES = True  # do `a || b` and `a && b` give an operand (not a boolean), as in JavaScript?

    def call(self, helper: str, *arguments: str) -> str:
        """A runtime helper, by its canonical snake_case name (js.py's names; PHP's are camelCase)."""
        raise NotImplementedError

    def variable(self, name: str) -> str:
        raise NotImplementedError

    def string_literal(self, value: str) -> str:
        raise NotImplementedError

    def number_literal(self, value: float | int) -> str:
        raise NotImplementedError

    def special_number(self, name: str) -> str:
        """NaN or Infinity."""
        raise NotImplementedError

    def ternary(self, test: str, consequent: Node, alternate: Node) -> str:
        raise NotImplementedError

    def choose(self, operator: str, temporary: str, left: str, right: Node) -> str:
        """left || right, left && right for values of unknown type: the chosen operand, left evaluated once."""
        raise NotImplementedError

    IS_NULL = IS_NOT_NULL = ""  # the operators of `x === undefined` and its negation: "is None", "is not None"

    def is_undefined(self, text: str) -> str:
        test = NullTest(f"{text} {self.IS_NULL}")
        test.subject = text
        return test

    def identical(self, text: str, literal: str) -> str:
        """Equality with a string or boolean literal, where the native operator is exact."""
        raise NotImplementedError

    def string_truth(self, node: Node) -> str:
        raise NotImplementedError

    def lengths(self, kind: Type, text: str) -> str:
        """.length of a value known to be a string or an array."""
        raise NotImplementedError

    def instance_of(self, left: str, right: str) -> str:
        raise NotImplementedError

    def this_member(self, name: str) -> str:
        raise NotImplementedError

    def method_call(self, receiver: str, name: str, arguments: list[str]) -> str:
        """this.name (...) or super.name (...)."""
        raise NotImplementedError

    def native_value_call(self, target: Node, name: str, arguments: list[str], written: list[Node]) -> str | None:
        """A string or array member with an exact native form for the receiver's type, else None (arguments as
        printed, written as written)."""
        return None

    def new(self, name: str, arguments: list[str]) -> str:
        raise NotImplementedError

    def await_(self, node: Node) -> str:
        raise NotImplementedError

    def delete(self, argument: Node) -> str:
        raise NotImplementedError

    # --- literals and names ----------------------------------------------------------------------------

    def expression_Literal(self, node: Node) -> str:
        value = node.value
        if value is None:
            return self.NULL
        if isinstance(value, bool):
            return self.TRUE if value else self.FALSE
        if isinstance(value, str):
            return self.string_value(node, value)
        if isinstance(value, (int, float)):
            return self.number_literal(value)
        raise EmitError(node, "this literal is not translated")

    def expression_Identifier(self, node: Node) -> str:
        name = node.name
        if name == "undefined":
            return self.NULL
        if name in ("NaN", "Infinity"):
            return self.special_number(name)
        return self.variable(self.local(name)) if name in self.scope.names else self.imported_value(name)

    def imported_value(self, name: str) -> str:
        """An imported name used as a value (an error class in an exceptions map, a precision constant)."""
        return name

    def expression_ThisExpression(self, node: Node) -> str:
        return self.THIS

    def expression_TemplateLiteral(self, node: Node) -> str:
        parts = []
        for index, quasi in enumerate(node.quasis):
            if quasi.value.cooked:
                parts.append(self.string_value(quasi, quasi.value.cooked))
            if index < len(node.expressions):
                parts.append(self.string_of(node.expressions[index]))
        if not parts:
            return self.string_literal("")
        if len(parts) == 1:
            return parts[0]
        # V8 appends the parts one by one, as it evaluates them: a string too long throws before the substitutions
        # after it run (see concatenation)
        plain = [True] * len(parts)
        position = 0
        for index, quasi in enumerate(node.quasis):
            if quasi.value.cooked:
                position += 1
            if index < len(node.expressions):
                plain[position] = self.plain_text(node.expressions[index])
                position += 1
        result, pending = parts[0], False
        for part, part_plain in zip(parts[1:], plain[1:]):
            if pending and not part_plain:
                result = self.call("bounded_text", strip_parentheses(result))
            result = Operation(result, self.CONCAT, part)
            pending = True
        return self.bounded(result)

    def plain_text(self, node: Node) -> bool:
        """Does the text of node run no code of the file's and throw nothing that a catch clause sees (a literal, a
        local: String () of a local throws only Unportable, for lists nested past 1,000 levels)? Then the check of
        the concatenation before it may wait until after it: the order of what V8 would have done first changes no
        path (at worst Python and PHP fail the call where Node's catch clause would have seen its RangeError)."""
        return node.type == "Literal" or node.type == "Identifier"

    def bounded(self, operation: Operation) -> str:
        """A concatenation checked against the longest string V8 makes (js.bounded_text, Js::boundedText): past 2^29 - 24
        code units Node throws a RangeError, which a catch clause sees, where Python and PHP made the string."""
        checked = BoundedText(self.call("bounded_text", strip_parentheses(operation)))
        checked.operation = operation
        return checked

    def appended(self, target: str, text: BoundedText) -> str | None:
        """What `target = target + a + b` appends to target, checked: `js.within (target, a + b)`, which measures
        target and the parts and hands the parts back, so that `target += ...` appends them in place (Python and PHP
        append to a string nothing else holds in place; `s = js.bounded_text(s + a + b)` copied s at each append of a
        loop: 100,000 trades' text took Python 47 s, PHP 21 s, Node 45 ms; red-team round 43), and a concatenation
        too long throws before target changes, as in Node. A check between two parts (V8 throws there, before the
        parts after it run) is a js.within of the parts before it. None where the concatenation does not start with
        target."""

        def parts(operation: str) -> str | None:
            if isinstance(operation, BoundedText):
                before = parts(operation.operation)
                return None if before is None else self.call("within", target, strip_parentheses(before))
            if not isinstance(operation, Operation) or operation.operator != self.CONCAT:
                return None
            if operation.left == target:
                return operation.right
            before = parts(operation.left)
            return None if before is None else Operation(before, self.CONCAT, operation.right)

        return parts(text)

    def string_of(self, node: Node) -> str:
        """String (value): native when the value is a string already."""
        if self.type_of(node) is Type.STRING:
            return self.expression(node)
        return self.call("to_str", self.value(node))

    def expression_ArrayExpression(self, node: Node) -> str:
        if any(element.type == "SpreadElement" for element in node.elements):
            parts = [self.value(element.argument) if element.type == "SpreadElement" else f"[{self.value(element)}]"
                     for element in node.elements]
            return self.call("concat", "[]", *parts)
        return "[" + ", ".join(self.value(element) for element in node.elements) + "]"

    def expression_ObjectExpression(self, node: Node) -> str:
        opening, separator, closing = self.DICT
        groups: list[str] = []
        entries: list[str] = []
        for prop in node.properties:
            if prop.type == "SpreadElement":
                if entries:
                    groups.append(opening + ", ".join(entries) + closing)
                    entries = []
                groups.append(self.value(prop.argument))
                continue
            entries.append(f"{self.property_key(prop)}{separator}{self.value(prop.value)}")
        if not groups:
            return opening + ", ".join(entries) + closing
        if entries:
            groups.append(opening + ", ".join(entries) + closing)
        return self.call("merge", *groups)

    def property_key(self, prop: Node) -> str:
        if prop.computed:
            return self.string_of(prop.key)
        return self.string_value(prop.key, prop.key.name if prop.key.type == "Identifier" else prop.key.value)

    def string_value(self, node: Node, value: str) -> str:
        """A literal for a JavaScript string: an escaped surrogate pair is the character it stands for; half of
        one has no UTF-8 form in Python's I/O or PHP's strings, so it is not translated (E018 rejects it)."""
        try:
            return self.string_literal(js_string(value))
        except LoneSurrogate as error:
            raise EmitError(node, f"the string holds {error}, half of a surrogate pair, which Python and PHP cannot "
                                  "represent") from None

    # --- members and calls -------------------------------------------------------------------------------

    def expression_MemberExpression(self, node: Node) -> str:
        target = node.object
        if node.computed:
            if id(node) in self.scope.within_reads:  # ids[i] of a loop over ids: the native subscript (see bounds.py)
                return Atom(f"{self.value(target)}[{self.value(node.property)}]")
            return self.call("get", self.value(target), self.value(node.property))
        name = node.property.name
        if target.type == "ThisExpression":
            return self.this_member(name)
        if target.type == "Identifier" and target.name == "Number" and name == "MAX_SAFE_INTEGER":
            return "9007199254740991"
        if name == "length":
            kind = self.type_of(target)
            if kind in (Type.STRING, Type.ARRAY):
                return self.lengths(kind, self.value(target))
            return self.call("length", self.value(target))  # a plain object's length is undefined
        raise EmitError(node, f"no translation for the member .{name} here")

    def expression_CallExpression(self, node: Node) -> str:
        callee = node.callee
        built = self.structure_call(node)
        if built is not None:
            return built
        arguments = [self.argument(argument) for argument in node.arguments]
        if callee.type == "Identifier":
            if callee.name in ("parseInt", "parseFloat"):
                return self.call(snake_case(callee.name), *arguments)
            raise EmitError(node, f"no translation for the function {callee.name}")
        if callee.type != "MemberExpression" or callee.computed:
            raise EmitError(node, "only named functions and methods can be called")
        name = callee.property.name
        if callee.object.type in ("ThisExpression", "Super"):
            return self.method_call(callee.object.type, snake_case(name), arguments)
        owner = callee.object.name if callee.object.type == "Identifier" else None
        if owner in NAMESPACES and owner not in self.scope.names:
            if owner == "Math":
                return self.call(name, *arguments)
            if owner == "Precise":
                return self.precise_call(snake_case(name), arguments)
            return self.call(NAMESPACE_HELPERS[(owner, name)], *arguments)
        if name in TEXT_SEARCHES and self.type_of(callee.object) is Type.STRING:
            # A text's startsWith, endsWith and includes read their argument as String () does ('undefined', '1,2',
            # 'true'): the native forms took a missing value as '' in PHP (every text starts with it) and raised in
            # Python, where Node searched for 'undefined' (red-team round 12).
            arguments = [printed if self.type_of(argument) is Type.STRING else self.call("to_str", printed)
                         for argument, printed in zip(node.arguments, arguments)]
        return self.value_call(callee.object, name, arguments, node.arguments)

    def precise_call(self, name: str, arguments: list[str]) -> str:
        raise NotImplementedError

    def structure_call(self, node: Node) -> str | None:
        """A call the language writes in a form of its own, or None for the usual method call."""
        return None

    @staticmethod
    def structure_fields(node: Node, target: str) -> tuple[StructureBuilder, list[tuple[str, Node]]] | None:
        """The builder of a call STRUCTURE_BUILDERS names for target and its fields, (key, value) in their written
        order and the market last; None unless the dictionary is written out with plain keys that the builder takes,
        each once."""
        callee, arguments = node.callee, node.arguments
        if callee.type != "MemberExpression" or callee.computed or callee.object.type != "ThisExpression" \
                or callee.property.name not in STRUCTURE_BUILDERS or not arguments \
                or arguments[0].type != "ObjectExpression" or arguments[-1].type == "SpreadElement":
            return None
        builder = STRUCTURE_BUILDERS[callee.property.name]
        if target not in builder.targets or len(arguments) > (2 if builder.market else 1):
            return None
        fields: list[tuple[str, Node]] = []
        for prop in arguments[0].properties:
            if prop.type != "Property" or prop.computed or prop.kind != "init":
                return None
            key = prop.key.name if prop.key.type == "Identifier" else prop.key.value
            if key not in builder.keys or any(key == written for written, _ in fields):
                return None
            fields.append((key, prop.value))
        if len(arguments) == 2:
            fields.append(("market", arguments[1]))
        return builder, fields

    @staticmethod
    def pushed(node: Node) -> tuple[Node, list[Node]] | None:
        """`array.push (...)` as a statement (its result, the new length, unused): the array and the values."""
        callee = node.callee
        if node.type != "CallExpression" or callee.type != "MemberExpression" or callee.computed \
                or callee.property.name != "push" or callee.object.type in ("ThisExpression", "Super") \
                or any(argument.type == "SpreadElement" for argument in node.arguments):
            return None
        return callee.object, node.arguments

    def argument(self, node: Node) -> str:
        if node.type == "SpreadElement":  # (SUB-E015 refuses it: a list's length decides the arguments passed)
            raise EmitError(node, "a spread into a call's arguments is not translated")
        return self.value(node)

    def value_call(self, target: Node, name: str, arguments: list[str], written: list[Node]) -> str:
        native = self.native_value_call(target, name, arguments, written)
        if native is not None:
            return native
        return self.call(VALUE_HELPERS[name], self.receiver(target, name, written), *arguments)

    def receiver(self, target: Node, name: str, written: list[Node]) -> str:
        """The receiver of a string's or list's member, for a helper that checks its type after the arguments, as
        JavaScript's call does: behind js.receiver where an argument may change state and the receiver may be
        undefined (neither a string nor a list for certain), for JavaScript reads the member before the arguments run,
        and undefined has none (Python and PHP ran `s.includes (this.bump ())`'s bump, and a catch clause saw its
        error, where Node threw a TypeError first: red-team round 52)."""
        receiver = strip_parentheses(self.expression(target))
        if self.receiver_first(target, written):
            return self.call("receiver", receiver, self.string_literal(name))
        return receiver

    def receiver_first(self, target: Node, written: list[Node]) -> bool:
        """Must the receiver be checked for undefined before the arguments run (see receiver)?"""
        return self.type_of(target) not in (Type.STRING, Type.ARRAY) and any(map(_changes_state, written))

    def expression_NewExpression(self, node: Node) -> str:
        name = node.callee.name
        if name not in ERROR_CLASSES:
            raise EmitError(node, f"`new {name}` is not translated")
        return self.new(name, [self.argument(argument) for argument in node.arguments])

    def expression_AwaitExpression(self, node: Node) -> str:
        return self.await_(node)

    # --- operators ---------------------------------------------------------------------------------------

    def expression_ConditionalExpression(self, node: Node) -> str:
        return self.ternary(self.condition(node.test), node.consequent, node.alternate)

    def expression_UnaryExpression(self, node: Node) -> str:
        operator, argument = node.operator, node.argument
        if operator == "!":
            if not self.NOT.endswith(" "):
                return f"{self.NOT}({strip_parentheses(self.condition(argument))})"
            # A word operator (Python's `not`) binds more loosely than `and`, `or` and `x if c else y` inside it:
            # a compound boolean or string test keeps its parentheses.
            native = self.type_of(argument) in (Type.BOOLEAN, Type.STRING)
            return Grouped(f"{self.NOT}{self.expression(argument) if native else self.condition(argument)}")
        if operator == "-":
            if argument.type == "Literal" and isinstance(argument.value, (int, float)):
                # -0 keeps its sign (1 / -0 is -Infinity)
                return "-0.0" if argument.value == 0 else f"-{self.expression(argument)}"
            # (not native: -x of the int 0 is 0 in Python and PHP, -0 in JavaScript, which 1 / x tells apart)
            return self.call("negate", self.value(argument))
        if operator == "+":
            return self.number_of(argument)
        if operator == "typeof":
            return self.call("typeof", self.value(argument))
        if operator == "delete":
            return self.delete(argument)
        raise EmitError(node, f"the operator {operator} is not translated")

    def number_of(self, node: Node) -> str:
        if self.type_of(node) is Type.NUMBER:
            return self.expression(node)
        return self.call("to_number", self.value(node))

    def expression_LogicalExpression(self, node: Node) -> str:
        operator = self.AND if node.operator == "&&" else self.OR
        if self.type_of(node.left) is Type.BOOLEAN and self.type_of(node.right) is Type.BOOLEAN:
            return Operation(self.expression(node.left), operator, self.expression(node.right))
        if node.operator != "??" and self.NATIVE_LOGICAL_VALUES and self.native_truth(self.type_of(node.left)):
            # Python's `a or b` is a when a is true, else b: JavaScript's value where the truth of a is the same
            return Operation(self.expression(node.left), operator, self.expression(node.right))
        return self.choose(node.operator, self.scope.temporary("value"), self.value(node.left), node.right)

    def test_operand(self, node: Node) -> str:
        """condition(node) as an operand of and/or: a compound test keeps its parentheses (condition() drops them)."""
        kind = self.type_of(node)
        if kind is Type.BOOLEAN or (kind is Type.STRING and self.NATIVE_MAYBE_STRING_TRUTH):
            return self.expression(node)
        return self.condition(node)

    def native_truth(self, kind: Type) -> bool:
        """Is a value of this type true or false natively exactly as in JavaScript?"""
        return kind in (Type.BOOLEAN, Type.MAYBE_BOOLEAN) or \
            (kind in (Type.STRING, Type.MAYBE_STRING) and self.NATIVE_MAYBE_STRING_TRUTH)

    def expression_BinaryExpression(self, node: Node) -> str:
        return self.binary_text(node.operator, node.left, node.right)

    def binary_text(self, operator: str, left: Node, right: Node) -> str:
        left_type, right_type = self.type_of(left), self.type_of(right)
        both = left_type if left_type is right_type else None
        if operator in ("===", "!=="):
            equal = self.strict_equal(self.expression(left), left_type, right)
            return equal if operator == "===" else self.negated(equal)
        if operator == "+":
            if Type.STRING in (left_type, right_type):
                return self.concatenation(left, right, both is Type.STRING)
            if both is Type.NUMBER:
                return self.number_sum(Operation(self.expression(left), "+", self.expression(right)), left, right)
            return self.call("add", self.value(left), self.value(right))
        if operator == "-":
            if both is Type.NUMBER:
                return self.number_sum(Operation(self.expression(left), "-", self.expression(right)), left, right)
            return self.call("subtract", self.value(left), self.value(right))
        # Products outgrow 2**53 quickly, where Python's and PHP's ints stay exact and JavaScript rounds;
        # division by zero and the sign of % differ too: helpers.
        if operator in ("*", "/", "%"):
            helper = {"*": "multiply", "/": "divide", "%": "modulo"}[operator]
            return self.call(helper, self.value(left), self.value(right))
        if operator in COMPARISON_HELPERS:
            if both is Type.NUMBER or (both is Type.STRING and self.NATIVE_STRING_ORDER):
                return Operation(self.expression(left), operator, self.expression(right))
            return self.call(COMPARISON_HELPERS[operator], self.value(left), self.value(right))
        if operator == "instanceof":
            return self.instance_of(self.value(left), right.name)
        if operator == "in":
            if self.in_either_order(left, right):
                return self.call("has", self.value(right), self.value(left))
            return self.call("key_in", self.value(left), self.value(right))  # (the key first, as JavaScript does)
        raise EmitError(left, f"the operator {operator} is not translated")

    def in_either_order(self, first: Node, second: Node) -> bool:
        """May second be computed before first (as Python's `a in b` and `d[k] = v` compute b and v first, and a
        helper's parameters in another order would), where JavaScript computes first first? When neither changes
        state, or when one does and the other reads only variables that hold a string, a number or a boolean (a call
        can change a list a variable holds in place, not the variable: red-team round 36)."""
        changing = [node for node in (first, second) if _changes_state(node)]
        if not changing:
            return True
        if len(changing) == 2:
            return False
        other = second if changing[0] is first else first
        return all(self.local_read(node) for node in nodes_of(other))

    def local_read(self, node: Node) -> bool:
        """Does the node read only variables that hold a string, a number or a boolean, and throw nothing? A
        concatenation throws past V8's longest string (js.bounded_text): it is no such read (Python ran
        `d[a + a] = this.bump ()`'s bump before the concatenation failed, red-team round 52), nor is `key in x`, which
        throws where x holds a string, a number or a boolean (round 58)."""
        if node.type == "Identifier":
            return self.type_of(node) in _PLAIN_TYPES
        if node.type == "BinaryExpression" and node.operator == "+":
            return self.type_of(node) is Type.NUMBER
        if node.type == "BinaryExpression" and node.operator in ("in", "instanceof"):
            return False
        return node.type in _LOCAL_READS

    def concatenation(self, left: Node, right: Node, strings: bool) -> str:
        """left + right where one of them is a string, checked against the longest string V8 makes (bounded). In a
        chain (a + '/' + b) one check after the last part is enough where the parts after the first concatenation run
        no code (plain_text): V8 throws as soon as a concatenation is too long, before what follows runs."""
        left_text = self.expression(left) if strings else self.string_of(left)
        right_text = self.expression(right) if strings else self.string_of(right)
        if left.type == "Literal" and right.type == "Literal":
            return Operation(left_text, self.CONCAT, right_text)  # (two strings written out)
        if isinstance(left_text, BoundedText) and self.plain_text(right):
            left_text = left_text.operation
        return self.bounded(Operation(left_text, self.CONCAT, right_text))

    def number_sum(self, operation: str, left: Node, right: Node) -> str:
        """a + b or a - b of two numbers: native, but where integers are exact past 2^53 and the sum is not a small step
        of a bounded loop counter or a length (see bounds)."""
        if not self.EXACT_INTEGERS or self.bounded_step(left, right) or self.bounded_step(right, left):
            return operation
        return self.call("number", strip_parentheses(operation))

    def list_length(self, length: Node) -> bool:
        """Is `x.length` a list's or a text's (below 2^32), not a dictionary's own key (which may be Infinity)?"""
        return self.type_of(length.object) in (Type.STRING, Type.ARRAY)

    def bounded_step(self, value: Node, step: Node) -> bool:
        """Is value a loop counter bounded by its test (or a length) and step a small number written out?"""
        if written_number(step) is None or not small(step):
            return False
        return (value.type == "Identifier" and value.name in self.scope.bounded_counters) or \
            (small(value) and written_number(value) is None)

    def negated(self, text: str) -> str:
        if isinstance(text, NullTest):  # `x is not None` rather than `not (x is None)`, as the language is written
            return Grouped(f"{text.subject} {self.IS_NOT_NULL}")
        return Grouped(f"{self.NOT}{text}") if self.NOT.endswith(" ") else f"{self.NOT}{text}"

    def strict_equal(self, left_text: str, left_type: Type, right: Node) -> str:
        """left === right, natively where the types prove the native operator means the same."""
        right_type = self.type_of(right)
        if right_type is Type.UNDEFINED:
            return self.is_undefined(left_text)
        literal = right.type == "Literal" and right_type in (Type.BOOLEAN, Type.STRING)
        if literal or left_type is right_type is Type.STRING:
            return self.identical(left_text, self.expression(right))
        if left_type is right_type is Type.NUMBER:
            return Grouped(f"{left_text} == {self.expression(right)}")
        return self.call("strict_equal", strip_parentheses(left_text), self.value(right))

    def condition(self, node: Node) -> str:
        """A test of if/while/?:/!: JavaScript's truthiness, natively where the type proves it exact."""
        kind = self.type_of(node)
        if kind is Type.BOOLEAN:
            return self.value(node)
        if kind is Type.STRING:
            return self.string_truth(node)
        if node.type == "LogicalExpression" and node.operator != "??":
            # a || b is true when a or b is (&& alike): each operand is tested on its own, natively where it can be
            operator = self.AND if node.operator == "&&" else self.OR
            return Operation(self.test_operand(node.left), operator, self.test_operand(node.right))
        if kind is Type.MAYBE_BOOLEAN or (kind is Type.MAYBE_STRING and self.NATIVE_MAYBE_STRING_TRUTH):
            return self.expression(node)  # (true, false or undefined: the same truth in both languages)
        return self.call("truthy", self.value(node))


# What can change state when it runs, and what reads no state but the method's own variables.
_EFFECTS = frozenset({"CallExpression", "AwaitExpression", "NewExpression", "AssignmentExpression", "UpdateExpression"})
_LOCAL_READS = frozenset({"Literal", "BinaryExpression", "UnaryExpression", "LogicalExpression",
                          "ConditionalExpression"})
_PLAIN_TYPES = frozenset({Type.STRING, Type.NUMBER, Type.BOOLEAN})


def _changes_state(expression: Node) -> bool:
    """Whether computing the expression may change anything: a call, but for a string's or list's members that change
    nothing (name.toLowerCase ()), an await, an assignment, a delete."""
    for node in nodes_of(expression):
        if node.type == "UnaryExpression" and node.operator == "delete":
            return True
        if node.type in _EFFECTS and not (
                node.type == "CallExpression" and node.callee.type == "MemberExpression" and not node.callee.computed
                and node.callee.object.type not in ("ThisExpression", "Super")
                and node.callee.property.name in VALUE_MEMBERS and node.callee.property.name not in CHANGING_METHODS):
            return True
    return False
