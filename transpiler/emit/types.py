"""Light type inference: enough to prove when a native Python or PHP form means what JavaScript means.

A local's type is the common type of every value assigned to it in the
method (flow-insensitive); anything not proven is UNKNOWN, and the printers
then call a runtime helper that reproduces JavaScript's behaviour.
"""

from __future__ import annotations

import collections
import enum

from esprima.nodes import Node

from transpiler.analysis.scopes import pattern_identifiers
from transpiler.names import NATIVE_PRIMITIVES
from transpiler.syntax import children, parameter_target


STRING_RESULTS = frozenset({"toUpperCase", "toLowerCase", "trim", "padStart", "padEnd", "charAt", "replace",
                            "toString", "join"})
BOOLEAN_RESULTS = frozenset({"includes", "startsWith", "endsWith"})
MATH_NUMBER = frozenset({"floor", "ceil", "round", "abs", "min", "max", "sqrt", "trunc"})
COMPARISONS = frozenset({"===", "!==", "==", "!=", "<", "<=", ">", ">=", "instanceof", "in"})


class Type(enum.Enum):
    STRING = "string"
    NUMBER = "number"
    BOOLEAN = "boolean"
    UNDEFINED = "undefined"
    ARRAY = "array"
    OBJECT = "object"
    # What a safe read gives: a value of the type, or undefined. Their truth is native in Python (None, '' and
    # False are false there too); PHP's '0' is false, so only MAYBE_BOOLEAN is native there.
    MAYBE_STRING = "string or undefined"
    MAYBE_BOOLEAN = "boolean or undefined"
    UNKNOWN = "unknown"


# The joins with undefined that stay known: the type, or undefined.
MAYBE = {Type.STRING: Type.MAYBE_STRING, Type.BOOLEAN: Type.MAYBE_BOOLEAN}


# What the native primitives return (an exchange cannot redefine them: they are sealed), whatever the arguments.
NATIVE_RESULTS = {"sortBy": Type.ARRAY, "sortBy2": Type.ARRAY, "parseBidsAsks": Type.ARRAY, "parseBidAsk": Type.ARRAY,
                  "toArray": Type.ARRAY, "isDecimalString": Type.BOOLEAN,
                  # (a new dictionary whatever the arguments: PHP wrote a key of digits into one as into a list, the
                  # codes '0' and '14' of resolveBalance's copies making 15 entries, nulls between them)
                  "extend": Type.OBJECT, "indexBy": Type.OBJECT, "groupBy": Type.OBJECT}
# Native primitives that return a list or their default: a list when the default is one.
LIST_OR_DEFAULT = frozenset({"safeList", "safeList2", "safeListN"})
# Native primitives that return a value of a type or their default (the last argument after the keys, else
# undefined), by the number of arguments that names a default.
OR_DEFAULT = {
    **{name: (Type.STRING, arguments) for names, arguments in (
        (("safeString", "safeStringLower", "safeStringUpper"), 3),
        (("safeString2", "safeStringLower2", "safeStringUpper2"), 4),
        (("safeStringN", "safeStringLowerN", "safeStringUpperN"), 3)) for name in names},
    "safeBool": (Type.BOOLEAN, 3), "safeBool2": (Type.BOOLEAN, 4), "safeBoolN": (Type.BOOLEAN, 3),
}
# Precise's comparisons: a boolean, or undefined when an operand is.
PRECISE_COMPARISONS = frozenset({"stringEq", "stringGt", "stringGe", "stringLt", "stringLe"})


def common(*types: Type | None) -> Type | None:
    """The one type all operands share; None (not known yet) joins with anything."""
    known = {value for value in types if value is not None}
    if not known:
        return None
    if len(known) == 1:
        return known.pop()
    for kind, maybe in MAYBE.items():
        if known <= {kind, maybe, Type.UNDEFINED}:
            return maybe
    return Type.UNKNOWN


class TypeEnvironment:
    """Types of one method's locals and of the expressions built from them."""

    def __init__(self, method: Node) -> None:
        # Types of expressions: a nested expression's type is computed once, not again for every expression around
        # it (which was quadratic in the nesting depth); while the locals' types rise, those that read a local are
        # computed again when it changes.
        self.known: dict[Node, Type | None] = {}
        self.values = local_values(method)  # (SUB-E022 reads them too)
        # Optimistic fixed point: every local starts as "not known yet" (None), which joins with anything, and types
        # only rise (towards UNKNOWN), each type of an expression rising with those it is made of, until no local
        # changes: the least such types, whatever the order the locals are taken in.
        self.locals: dict[str, Type | None] = {name: None for name in self.values}
        self._solve()
        self.locals = {name: value or Type.UNKNOWN for name, value in self.locals.items()}
        self.known = {}

    def _solve(self) -> None:
        """Joins each local's values until none changes, taking again only the locals whose values read one that
        changed (red-team round 60: every local taken again on each pass, each value walked whole, made a chain of
        999 locals take 5 s to check, and a chain beside a long sum minutes)."""
        parents, readings = value_trees(self.values)
        owners: dict[Node, list[str]] = {}  # a value -> the locals it is a value of
        for name, values in self.values.items():
            for value in values:
                if value is not None:
                    owners.setdefault(value, []).append(name)
        readers: dict[str, set[str]] = {}  # a local -> the locals whose values read it
        for name, identifiers in readings.items():
            for node in identifiers:
                while node is not None:
                    readers.setdefault(name, set()).update(owners.get(node, ()))
                    node = parents.get(node)
        pending = collections.deque(self.values)
        queued = set(pending)
        while pending:
            name = pending.popleft()
            queued.discard(name)
            joined = common(self.locals[name], *(self._type(value) if value is not None else Type.UNKNOWN
                                                 for value in self.values[name]))
            if joined is self.locals[name]:
                continue
            self.locals[name] = joined
            for node in readings.get(name, ()):  # the types computed from its old type, up to each value
                while node is not None:
                    self.known.pop(node, None)
                    node = parents.get(node)
            for reader in readers.get(name, ()):
                if reader not in queued:
                    queued.add(reader)
                    pending.append(reader)

    def of(self, node: Node) -> Type:
        return self._type(node) or Type.UNKNOWN

    def _type(self, node: Node) -> Type | None:
        if node not in self.known:
            self.known[node] = self._infer(node)
        return self.known[node]

    def _infer(self, node: Node) -> Type | None:
        kind = node.type
        if kind == "Literal":
            value = node.value
            if isinstance(value, bool):
                return Type.BOOLEAN
            if isinstance(value, (int, float)):
                return Type.NUMBER
            if isinstance(value, str):
                return Type.STRING
            return Type.UNDEFINED if value is None else Type.UNKNOWN
        if kind == "Identifier":
            if node.name == "undefined":
                return Type.UNDEFINED
            if node.name in ("NaN", "Infinity"):
                return Type.NUMBER
            return self.locals[node.name] if node.name in self.locals else Type.UNKNOWN
        if kind == "TemplateLiteral":
            return Type.STRING
        if kind == "ArrayExpression":
            return Type.ARRAY
        if kind == "ObjectExpression":
            return Type.OBJECT
        if kind == "BinaryExpression":
            return self._binary(node)
        if kind == "LogicalExpression":
            return common(self._type(node.left), self._type(node.right))
        if kind == "UnaryExpression":
            return {"!": Type.BOOLEAN, "-": Type.NUMBER, "+": Type.NUMBER, "typeof": Type.STRING,
                    "delete": Type.BOOLEAN}.get(node.operator, Type.UNKNOWN)
        if kind == "ConditionalExpression":
            return common(self._type(node.consequent), self._type(node.alternate))
        if kind == "AssignmentExpression":
            if node.operator == "=":
                return self._type(node.right)
            return self._binary_operator(node.operator[:-1], self._type(node.left), self._type(node.right))
        if kind == "UpdateExpression":
            return Type.NUMBER
        if kind == "MemberExpression" and not node.computed and node.property.name == "length":
            # Strings and arrays have a length; a plain object's is undefined.
            owner = self._type(node.object)
            if owner is None:
                return None  # (not known yet: the fixed point's types only rise)
            return Type.NUMBER if owner in (Type.STRING, Type.ARRAY) else Type.UNKNOWN
        if kind == "MemberExpression" and not node.computed and node.object.type == "Identifier" \
                and node.object.name == "Number":
            return Type.NUMBER
        if kind == "CallExpression":
            return self._call(node)
        return Type.UNKNOWN

    def _binary(self, node: Node) -> Type | None:
        if node.operator in COMPARISONS:
            return Type.BOOLEAN
        return self._binary_operator(node.operator, self._type(node.left), self._type(node.right))

    @staticmethod
    def _binary_operator(operator: str, left: Type | None, right: Type | None) -> Type | None:
        if operator != "+":
            return Type.NUMBER  # - * / %: always a number in JavaScript
        if Type.STRING in (left, right):
            return Type.STRING
        if None in (left, right):
            return None  # not known yet: it may still turn out to be a string
        return Type.NUMBER if left is right is Type.NUMBER else Type.UNKNOWN

    def _call(self, node: Node) -> Type | None:
        callee = node.callee
        if callee.type == "Identifier" and callee.name in ("parseInt", "parseFloat"):
            return Type.NUMBER
        if callee.type != "MemberExpression" or callee.computed:
            return Type.UNKNOWN
        name = callee.property.name
        owner = callee.object.name if callee.object.type == "Identifier" else None
        if owner == "Math" and name in MATH_NUMBER:
            return Type.NUMBER
        if owner == "Object":
            return Type.ARRAY
        if (owner, name) in (("Array", "isArray"), ("Number", "isInteger")):
            return Type.BOOLEAN
        if callee.object.type == "ThisExpression" and name in NATIVE_PRIMITIVES:
            if name in NATIVE_RESULTS:
                return NATIVE_RESULTS[name]
            default = node.arguments[-1] if node.arguments else None
            if name in LIST_OR_DEFAULT and default is not None and default.type == "ArrayExpression" \
                    and len(node.arguments) == {"safeList": 3, "safeList2": 4, "safeListN": 3}[name]:
                return Type.ARRAY
            if name in OR_DEFAULT:
                kind, with_default = OR_DEFAULT[name]
                if len(node.arguments) == with_default:
                    return common(kind, self._type(default))
                return MAYBE[kind] if len(node.arguments) == with_default - 1 else Type.UNKNOWN
            return Type.UNKNOWN
        if owner == "Precise" and name in PRECISE_COMPARISONS:
            return Type.MAYBE_BOOLEAN
        if callee.object.type in ("ThisExpression", "Super") or owner in ("Math", "JSON", "Precise"):
            return Type.UNKNOWN
        if name in STRING_RESULTS:
            return Type.STRING
        if name in BOOLEAN_RESULTS:
            return Type.BOOLEAN
        if name == "indexOf":
            return Type.NUMBER
        if name == "split":
            return Type.ARRAY
        if name in ("slice", "concat"):
            receiver = self._type(callee.object)
            if receiver is None:
                return None
            return receiver if receiver in (Type.STRING, Type.ARRAY) else Type.UNKNOWN
        return Type.UNKNOWN


def value_trees(values: dict[str, list[Node | None]]) -> tuple[dict[Node, Node], dict[str, list[Node]]]:
    """The parent of each node within the locals' values, and each local's identifiers among those nodes."""
    parents: dict[Node, Node] = {}
    readings: dict[str, list[Node]] = {}
    seen: set[Node] = set()
    pending = [value for nodes in values.values() for value in nodes if value is not None]
    while pending:
        node = pending.pop()
        if node in seen:  # (a value within another: x = y = 1)
            continue
        seen.add(node)
        if node.type == "Identifier" and node.name in values:
            readings.setdefault(node.name, []).append(node)
        for _, child in children(node):
            parents[child] = node
            pending.append(child)
    return parents, readings


def local_values(method: Node) -> dict[str, list[Node | None]]:
    """Every value each local or parameter receives (None: a value we cannot see, such as an argument)."""
    assignments: dict[str, list[Node | None]] = {}
    for param in method.value.params:
        target = parameter_target(param)
        if target.type == "Identifier":
            assignments.setdefault(target.name, []).append(None)
    pending = [method.value.body]
    while pending:
        node = pending.pop()
        if node.type == "VariableDeclarator":  # init is None only for a for-of variable
            if node.id.type == "Identifier":
                assignments.setdefault(node.id.name, []).append(node.init)
            else:  # a pattern's names take parts of the value (holes, object patterns: SUB-E017's)
                for name in pattern_identifiers(node.id):
                    assignments.setdefault(name.name, []).append(None)
        elif node.type == "AssignmentExpression" and node.left.type == "Identifier":
            assignments.setdefault(node.left.name, []).append(node.right if node.operator == "=" else node)
        elif node.type == "UpdateExpression" and node.argument.type == "Identifier":
            assignments.setdefault(node.argument.name, []).append(node)
        elif node.type == "CatchClause":
            assignments.setdefault(node.param.name, []).append(None)
        pending.extend(child for _, child in children(node))
    return assignments
