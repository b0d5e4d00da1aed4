"""SUB-W: portability warnings. They do not fail `exkit check` unless --strict: what they flag means the same in every
runtime, but is rarely what an exchange's API wants."""

from __future__ import annotations

from esprima.nodes import Node

from transpiler.diagnostics import Severity
from transpiler.emit.types import Type
from transpiler.rules.base import Rule
from transpiler.rules.text_conversions import TextConversions
from transpiler.syntax import Path

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
        self.integral_locals: dict[int, IntegralLocals] = {}  # per method, made when one first converts a number

    def converted(self, path: Path, value: Node, beside: Node | None) -> None:
        method = path.enclosing_method()
        if method is None or self.context.type_of(method.node, value) is not Type.NUMBER:
            return
        if beside is not None and self.context.type_of(method.node, beside) not in (Type.STRING, Type.MAYBE_STRING):
            return  # an addition, or a `+` whose meaning is decided when it runs
        integral = self.integral_locals.get(id(method.node))
        if integral is None:
            integral = self.integral_locals[id(method.node)] = IntegralLocals(self.context.local_values(method.node))
        if not integral.plain(value):
            self.report(value, "a number converted to a string implicitly: JavaScript writes it with an exponent "
                               "below 0.000001 and from 1e21 up ('1e-7', '1e+21'), which exchange APIs refuse")


class IntegralLocals:
    """Which locals of a method only ever hold integers: each local all of whose values are (the greatest fixed point,
    so that `i = i + 1` keeps an integer counter one). values: every value each local receives (None: unseen).

    An expression is an integer when its form allows one and every local it needs is one (integrality is a
    conjunction of the locals it reads where the result depends on theirs): each value is walked once, and a local
    found not to be an integer takes those that need it along (round 80: walking a reader's values again each time
    one of its locals fell made a file of 8,000 locals take 105 s)."""

    def __init__(self, values: dict[str, list[Node | None]]) -> None:
        self.integral: set[str] = set()
        needed_by: dict[str, list[str]] = {}
        fallen = []
        for name, given in values.items():
            needs: set[str] = set()
            possible = None not in given
            for value in given if possible else ():
                can, read = _value_requirements(value)
                possible = possible and can
                needs |= read
            if possible:
                self.integral.add(name)
                for read in needs:
                    needed_by.setdefault(read, []).append(name)
            else:
                fallen.append(name)
        fallen.extend(read for read in needed_by if read not in values)  # (names no local holds: not known integers)
        while fallen:
            for reader in needed_by.pop(fallen.pop(), ()):
                if reader in self.integral:
                    self.integral.discard(reader)
                    fallen.append(reader)

    def plain(self, node: Node) -> bool:
        """Whether JavaScript writes the number without an exponent: an integer (below 1e21), or a literal so written."""
        if node.type == "Literal" and isinstance(node.value, (int, float)) and not isinstance(node.value, bool):
            return node.value == 0 or PLAIN_TEXT_RANGE[0] <= abs(node.value) < PLAIN_TEXT_RANGE[1]
        can, needs = _requirements(node)
        return can and needs <= self.integral


def _value_requirements(value: Node) -> tuple[bool, set[str]]:
    """_requirements of a value a local receives, where `name++` and `name op= right` read the local itself: an
    integer while its other values are, the right side needed too."""
    if value.type == "UpdateExpression":
        return True, set()
    if value.type == "AssignmentExpression":
        can, needs = _requirements(value.right)
        return value.operator[:-1] in INTEGRAL_OPERATORS and can, needs
    return _requirements(value)


def _requirements(node: Node) -> tuple[bool, set[str]]:
    """Whether the expression's form can give an integer below 1e21 (False: it never surely does), and the names
    that must all hold integers for it to."""
    kind = node.type
    if kind == "Literal":
        value = node.value
        return isinstance(value, (int, float)) and not isinstance(value, bool) and float(value).is_integer() \
            and abs(value) < PLAIN_TEXT_RANGE[1], set()
    if kind == "Identifier":
        return True, (set() if node.name in ("NaN", "Infinity") else {node.name})  # (no exponent in either)
    if kind == "UnaryExpression" and node.operator in ("-", "+"):
        return _requirements(node.argument)
    if kind == "BinaryExpression" and node.operator in INTEGRAL_OPERATORS:
        return _all_requirements([node.left, node.right])
    if kind == "ConditionalExpression":
        return _all_requirements([node.consequent, node.alternate])
    if kind == "MemberExpression":
        return not node.computed and node.property.type == "Identifier" and node.property.name == "length", set()
    if kind == "CallExpression":
        callee = node.callee
        if callee.type == "Identifier":
            return callee.name == "parseInt", set()
        if callee.type != "MemberExpression" or callee.computed or callee.property.type != "Identifier":
            return False, set()
        name = callee.property.name
        if callee.object.type == "Identifier" and callee.object.name == "Math":
            if name in INTEGRAL_OF_INTEGRALS_MATH:
                return _all_requirements(node.arguments)
            return name in INTEGRAL_MATH, set()
        return name == "indexOf", set()
    return False, set()


def _all_requirements(nodes: list[Node]) -> tuple[bool, set[str]]:
    can, needs = True, set()
    for node in nodes:
        part, read = _requirements(node)
        can = can and part
        needs |= read
    return can, needs
