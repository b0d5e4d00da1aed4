"""SUB-W: portability warnings. They do not fail `exkit check` unless --strict: what they flag means the same in every
runtime, but is rarely what an exchange's API wants."""

from __future__ import annotations

from esprima.nodes import Node

from transpiler.diagnostics import Severity
from transpiler.emit.types import Type
from transpiler.rules.base import Rule
from transpiler.rules.text_conversions import TextConversions
from transpiler.syntax import Path, children

# JavaScript writes a number with an exponent below this magnitude (other than 0) and from the next one up.
PLAIN_TEXT_RANGE = (1e-6, 1e21)
# Integers in, integers out.
INTEGRAL_OPERATORS = frozenset({"+", "-", "*", "%"})
INTEGRAL_MATH = frozenset({"floor", "ceil", "round", "trunc"})
INTEGRAL_OF_INTEGRALS_MATH = frozenset({"abs", "min", "max"})


class NumberWrittenAsText(TextConversions, Rule):
    id = "SUB-W004"
    severity = Severity.WARNING
    title = "a number converted to a string implicitly ('' + price, `${price}`, price.toString ()): use " \
            "this.numberToString"
    rationale = (
        "JavaScript writes a number below 0.000001 or from 1e21 up with an exponent: '' + 0.0000001 is '1e-7', and "
        "a quantity, a price or a fee so written is refused or misread by most exchange APIs. this.numberToString "
        "writes every number as a plain decimal, in every runtime. The runtimes reproduce JavaScript's String () "
        "exactly, so this is a warning: the check fails on it only with --strict."
    )
    bad = "const price = 0.1 * 3;\nconst request = { 'price': '' + price };"
    good = "const price = 0.1 * 3;\nconst request = { 'price': this.numberToString (price) };"
    hint = "write this.numberToString (x): a plain decimal, never 1e-7 or 1e+21"
    decisions = "Only values the emitters' types prove to be numbers (arithmetic, Math, parseFloat, numeric " \
                "literals, locals only ever assigned such values), and not integers below 1e21 (integer literals, " \
                "Math.floor/ceil/round/trunc, parseInt, lengths and indexOf, and sums, differences, products and " \
                "remainders of them), whose text has no exponent. A value of unknown type, such as a parameter or a " \
                "safe* read, is not judged."

    def __init__(self, context) -> None:
        super().__init__(context)
        self.integral_locals: dict[int, _IntegralLocals] = {}  # per method, made when one first converts a number

    def converted(self, path: Path, value: Node, beside: Node | None) -> None:
        method = path.enclosing_method()
        if method is None or self.context.type_of(method.node, value) is not Type.NUMBER:
            return
        if beside is not None and self.context.type_of(method.node, beside) not in (Type.STRING, Type.MAYBE_STRING):
            return  # an addition, or a `+` whose meaning is decided when it runs
        integral = self.integral_locals.get(id(method.node))
        if integral is None:
            integral = self.integral_locals[id(method.node)] = _IntegralLocals(self.context.local_values(method.node))
        if not integral.plain(value):
            self.report(value, "a number converted to a string implicitly: JavaScript writes it with an exponent "
                               "below 0.000001 and from 1e21 up ('1e-7', '1e+21'), which exchange APIs refuse")


class _IntegralLocals:
    """Which locals of a method only ever hold integers: each local all of whose values are (the greatest fixed point,
    so that `i = i + 1` keeps an integer counter one). values: every value each local receives (None: unseen)."""

    def __init__(self, values: dict[str, list[Node | None]]) -> None:
        self.integral = {name for name, given in values.items() if None not in given}
        readers: dict[str, set[str]] = {}
        for name in self.integral:
            for value in values[name]:
                for read in _identifiers(value):
                    readers.setdefault(read, set()).add(name)
        pending = list(self.integral)
        while pending:
            name = pending.pop()
            if name in self.integral and not all(self._value_integral(value, name) for value in values[name]):
                self.integral.discard(name)
                pending.extend(readers.get(name, ()))

    def _value_integral(self, value: Node, name: str) -> bool:
        if value.type == "UpdateExpression":
            return True  # name++: an integer while name's other values are
        if value.type == "AssignmentExpression":  # name op= right
            return value.operator[:-1] in INTEGRAL_OPERATORS and self.integral_value(value.right)
        return self.integral_value(value)

    def plain(self, node: Node) -> bool:
        """Whether JavaScript writes the number without an exponent: an integer (below 1e21), or a literal so written."""
        if node.type == "Literal" and isinstance(node.value, (int, float)) and not isinstance(node.value, bool):
            return node.value == 0 or PLAIN_TEXT_RANGE[0] <= abs(node.value) < PLAIN_TEXT_RANGE[1]
        return self.integral_value(node)

    def integral_value(self, node: Node) -> bool:
        kind = node.type
        if kind == "Literal":
            value = node.value
            return isinstance(value, (int, float)) and not isinstance(value, bool) and float(value).is_integer() \
                and abs(value) < PLAIN_TEXT_RANGE[1]
        if kind == "Identifier":
            return node.name in self.integral or node.name in ("NaN", "Infinity")  # (no exponent in either)
        if kind == "UnaryExpression" and node.operator in ("-", "+"):
            return self.integral_value(node.argument)
        if kind == "BinaryExpression" and node.operator in INTEGRAL_OPERATORS:
            return self.integral_value(node.left) and self.integral_value(node.right)
        if kind == "ConditionalExpression":
            return self.integral_value(node.consequent) and self.integral_value(node.alternate)
        if kind == "MemberExpression":
            return not node.computed and node.property.type == "Identifier" and node.property.name == "length"
        if kind == "CallExpression":
            callee = node.callee
            if callee.type == "Identifier":
                return callee.name == "parseInt"
            if callee.type != "MemberExpression" or callee.computed or callee.property.type != "Identifier":
                return False
            name = callee.property.name
            if callee.object.type == "Identifier" and callee.object.name == "Math":
                return name in INTEGRAL_MATH or (name in INTEGRAL_OF_INTEGRALS_MATH
                                                 and all(map(self.integral_value, node.arguments)))
            return name == "indexOf"
        return False


def _identifiers(node: Node) -> set[str]:
    """The names an expression reads."""
    names = set()
    pending = [node]
    while pending:
        current = pending.pop()
        if current.type == "Identifier":
            names.add(current.name)
        pending.extend(child for _, child in children(current))
    return names
