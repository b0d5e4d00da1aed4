"""Print a checked subset class as Python: asyncio (async def, await) or synchronous (both dropped)."""

from __future__ import annotations

import builtins
import keyword
import math
import re
from dataclasses import dataclass

from esprima.nodes import Node

from esprima import nodes

from transpiler.analysis.exchange import ExchangeClass
from transpiler.emit.base import Atom, EmitError, Grouped, Indented, indented, strip_parentheses
from transpiler.emit.bounds import bounded_counter
from transpiler.emit.expressions import BoundedText, ExpressionPrinter
from transpiler.emit.text import comment_lines as text_comment_lines
from transpiler.emit.types import Type
from transpiler.names import camel_case, snake_case
from transpiler.source import SourceFile
from transpiler.syntax import parameter_target
from transpiler.unified import python_annotations


# String methods that are Python's own for a value known to be a string; for any other, the js helper, which raises a
# TypeError for what is not a string, as JavaScript does (Python's own methods raised AttributeError).
TEXT_METHODS = {"startsWith": "startswith", "endsWith": "endswith"}
# (a text's case: js's, which maps alike in every runtime or throws; see js.upper_case)
CASE_HELPERS = {"toUpperCase": "upper_case", "toLowerCase": "lower_case"}
TEXT_HELPERS = {"toUpperCase": "upper", "toLowerCase": "lower", "startsWith": "starts_with", "endsWith": "ends_with"}


# The builders' parameters that are not the snake_case of their keys (Python's names: id and type are builtins').
BUILDER_PARAMETERS = {"id": "identifier", "type": "kind", "open": "open_"}


def _indented_comment(lines: list[str], comment: Node) -> list[str]:
    """A comment's lines (from comment_text: split, invisible characters spelled out) with the indentation they
    share removed and their inner indentation kept. A `//` comment loses the one space after its slashes; a block
    comment's first line follows `/*` and carries no indentation of the source."""
    if comment.type == "Line":
        [line] = lines
        return [(line[1:] if line.startswith(" ") else line).rstrip()]
    return [lines[0].strip()] + _dedented(lines[1:])


def _dedented(lines: list[str]) -> list[str]:
    """Lines without trailing blanks and without the indentation all their non-blank lines share."""
    lines = [line.rstrip() for line in lines]
    shared = min((len(line) - len(line.lstrip(" \t")) for line in lines if line), default=0)
    return [line[shared:] for line in lines]


# Locals may not take the names the generated code itself refers to.
PYTHON_RESERVED = frozenset(keyword.kwlist) | frozenset(keyword.softkwlist) | frozenset(dir(builtins)) \
    | {"self", "js", "math", "asyncio", "Exchange", "Precise"}

# Helpers whose Python names carry a trailing underscore, so as not to shadow builtins in js.py.
SUFFIXED_HELPERS = frozenset({"round", "min", "max", "abs", "slice", "set"})


class PythonPrinter(ExpressionPrinter):
    reserved = PYTHON_RESERVED
    member_keywords = frozenset(keyword.kwlist)

    def __init__(self, source: SourceFile, exchange: ExchangeClass, asynchronous: bool,
                 printed: dict[str, PrintedMethod] | None = None) -> None:
        super().__init__(source, exchange)
        self.asynchronous = asynchronous
        self.uses: set[str] = set()  # modules the class body needs: js, math, asyncio
        self.type_names: set[str] = set()  # names the type hints of unified methods use (Any, Ticker, ...)
        # The methods printed for the source's other module (sync or asyncio) that print the same in both.
        self.printed = {} if printed is None else printed
        self.depends_on_mode = False  # the method being printed uses async or await

    # --- class and methods ---------------------------------------------------------------------------

    trailing_comment_separator = "  "

    def class_body(self) -> list[str]:
        return super().class_body() or ["pass"]

    def method(self, name: str, method: Node, doc: Node | None) -> list[str]:
        """A method: printed once for both modules unless it is async or awaits (see PrintedMethod)."""
        if name not in self.printed:
            uses, type_names = self.uses, self.type_names
            self.uses, self.type_names, self.depends_on_mode = set(), set(), method.value.isAsync
            lines = self.print_method(name, method, doc)
            printed = PrintedMethod(lines, frozenset(self.uses), frozenset(self.type_names))
            if not self.depends_on_mode:
                self.printed[name] = printed
            self.uses, self.type_names = uses, type_names
        else:
            printed = self.printed[name]
        self.uses |= printed.uses
        self.type_names |= printed.type_names
        return list(printed.lines)

    def print_method(self, name: str, method: Node, doc: Node | None) -> list[str]:
        self.enter_method(method)
        function = method.value
        parameters = [self.parameter(param) for param in function.params]
        returns = ""
        hints = python_annotations(name, [parameter_target(param).name for param in function.params])
        if hints is not None:
            annotations, return_type = hints
            parameters = [_annotated(parameter, annotation) for parameter, annotation in zip(parameters, annotations)]
            returns = f" -> {return_type}"
            self.type_names.update(TYPE_NAME.findall(" ".join(annotations + [return_type])))
        prefix = "async def" if function.isAsync and self.asynchronous else "def"
        lines = [f"{prefix} {snake_case(name)}({', '.join(['self'] + parameters)}){returns}:"]
        docstring = [python_docstring(self.doc_text(doc))] if doc is not None else []
        body = docstring + self.defaults(function) + self.block(function.body)
        return lines + _suite(body) + self.irregular_spelling(name)

    def irregular_spelling(self, name: str) -> list[str]:
        """The method's JavaScript name, where it is not the regular spelling of its Python one (fetchOHLCV for
        fetch_ohlcv): the runtime gives every method its regular one (exchangekit.base.method_names)."""
        python_name = snake_case(name)
        if name in (python_name, camel_case(python_name)):
            return []
        self.uses.add("method_alias")
        return ["", f'{name} = MethodAlias("{python_name}")']

    def comment_lines(self, comment: Node) -> list[str]:
        """`#` comments: Python ends one only at a line break, and comment_text leaves none inside a line. The
        indentation inside the comment is kept (an example payload, a nested list), as the PHP side keeps it."""
        if comment.type == "Block" and comment.value.startswith("*"):  # JSDoc: without its asterisks
            lines = [line.lstrip()[1:] if line.lstrip().startswith("*") else line
                     for line in text_comment_lines(comment.value)]
            while lines and not lines[0].strip():
                lines.pop(0)
            while lines and not lines[-1].strip():
                lines.pop()
            lines = _dedented(lines)
        else:
            lines = _indented_comment(self.comment_text(comment), comment)
        return ["#" + (" " + line if line else "") for line in lines]

    def parameter(self, param: Node) -> str:
        if param.type == "AssignmentPattern":
            return f"{self.local(param.left.name)}=None"
        return self.local(param.name)

    def defaults(self, function: Node) -> list[str]:
        """JavaScript applies a default whenever the argument is undefined (None), also when passed explicitly."""
        lines = []
        for param in self.defaulted(function):
            name = self.local(param.left.name)
            lines += [f"if {name} is None:", f"    {name} = {self.value(param.right)}"]
        return lines

    # --- statements ----------------------------------------------------------------------------------

    def statement_ExpressionStatement(self, node: Node) -> list[str]:
        expression = node.expression
        if expression.type == "AssignmentExpression":
            return self.assignment(expression)
        if expression.type == "UpdateExpression":
            return self.update(expression)
        pushed = self.pushed(expression)
        if pushed is not None and not self.receiver_first(*pushed):
            # (js.push where a value may change state and the receiver may be no list: `d.push (this.bump ())` read
            # d.append before bump ran, where JavaScript runs bump, then fails to call what d does not have)
            array, values = pushed
            if len(values) == 1:
                return [f"{self.expression(array)}.append({self.value(values[0])})"]
            return [f"{self.expression(array)}.extend([{', '.join(self.value(value) for value in values)}])"]
        if expression.type == "Literal" and isinstance(expression.value, str):
            return []  # a directive such as 'use strict'
        return [self.value(expression)]

    def statement_VariableDeclaration(self, node: Node) -> list[str]:
        lines = []
        for declarator in node.declarations:
            if declarator.id.type == "ArrayPattern":
                names = [self.local(element.name) for element in declarator.id.elements]
                unpacked = self.call("destructure", self.value(declarator.init), str(len(names)))
                lines.append(f"{', '.join(names)}, = {unpacked}")
            else:
                value = self.NULL if declarator.init is None else self.value(declarator.init)
                lines.append(f"{self.local(declarator.id.name)} = {value}")
        return lines

    def statement_ReturnStatement(self, node: Node) -> list[str]:
        return ["return" if node.argument is None else f"return {self.value(node.argument)}"]

    def statement_ThrowStatement(self, node: Node) -> list[str]:
        return [f"raise {self.value(node.argument)}"]

    def statement_IfStatement(self, node: Node) -> list[str]:
        lines = [f"if {self.condition(node.test)}:"] + _suite(self.block(node.consequent))
        alternate = node.alternate
        while alternate is not None and alternate.type == "IfStatement":
            lines += [f"elif {self.condition(alternate.test)}:"] + _suite(self.block(alternate.consequent))
            alternate = alternate.alternate
        if alternate is not None:
            lines += ["else:"] + _suite(self.block(alternate))
        return lines

    def statement_WhileStatement(self, node: Node) -> list[str]:
        self.scope.loop_updates.append(None)
        body = self.block(node.body)
        self.scope.loop_updates.pop()
        return self.loop(node.test, body)

    def loop(self, test: Node | None, body: list[str]) -> list[str]:
        """`while True:` that breaks when test fails, rather than `while test:`. CPython 3.11 specialises a function's
        code after 8 calls or jumps back, and counts the jump that ends `while True:` but not the test that ends
        `while test:`: until then each `s += x` of a loop copied s (200,000 appends of the first call took 44 s, here
        9 ms; red-team round 43), and the rest of a loop ran at half speed."""
        if test is None or (test.type == "Literal" and test.value is True):
            return ["while True:"] + _suite(body)
        if test.type == "UnaryExpression" and test.operator == "!":
            stop = self.condition(test.argument)
        else:
            # (a boolean's expression keeps the parentheses that its negation needs, `not (a and b)`, and a test of
            # undefined its form, `x is not None`)
            kept = self.expression(test) if self.type_of(test) is Type.BOOLEAN else self.condition(test)
            stop = self.negated(kept if isinstance(kept, (Grouped, Atom)) or kept.isidentifier() else Grouped(kept))
        return ["while True:"] + _suite([f"if {strip_parentheses(stop)}:", Indented(["break"])] + body)

    def statement_ForStatement(self, node: Node) -> list[str]:
        """for (init; test; update) -> init; a loop (see loop) of body and update (continue runs the update first)."""
        lines = []
        if node.init is not None:
            lines += self.statement(node.init) if node.init.type == "VariableDeclaration" else \
                self.expression_statement(node.init)
        self.scope.loop_updates.append(node.update)
        counter = bounded_counter(node, self.list_length)
        self.scope.bounded_counters.append(counter)
        body = self.block(node.body)
        self.scope.loop_updates.pop()
        update = self.expression_statement(node.update) if node.update is not None else []
        self.scope.bounded_counters.pop()
        return lines + self.loop(node.test, body + update)

    def statement_ForOfStatement(self, node: Node) -> list[str]:
        name = self.local(node.left.declarations[0].id.name)
        self.scope.loop_updates.append(None)
        body = self.block(node.body)
        self.scope.loop_updates.pop()
        iterated = self.value(node.right)
        if self.type_of(node.right) is not Type.ARRAY:  # a dictionary's keys in Python, a TypeError in Node
            iterated = self.call("iterate", iterated)
        return [f"for {name} in {iterated}:"] + _suite(body)

    def statement_BreakStatement(self, node: Node) -> list[str]:
        return ["break"]

    def statement_ContinueStatement(self, node: Node) -> list[str]:
        update = self.scope.loop_updates[-1] if self.scope.loop_updates else None
        return (self.expression_statement(update) if update is not None else []) + ["continue"]

    def statement_TryStatement(self, node: Node) -> list[str]:
        lines = ["try:"] + _suite(self.block(node.block))
        if node.handler is not None:
            name = self.local(node.handler.param.name)
            # What Python does where Node goes on (js.Unportable, a recursion Node's stack holds) is not caught: a
            # file could otherwise branch on the runtime it runs in (red-team round 12); nor is a signing key its
            # decoder refuses (errors.InvalidSigningKey, a js.Uncatchable).
            self.uses.add("js")
            lines += ["except js.UNCAUGHT:", "    raise", f"except Exception as {name}:"] + \
                _suite(self.block(node.handler.body))
        if node.finalizer is not None:
            lines += ["finally:"] + _suite(self.block(node.finalizer))
        return lines

    def statement_SwitchStatement(self, node: Node) -> list[str]:
        lines = []
        discriminant = node.discriminant
        if discriminant.type == "Identifier":
            subject = self.expression_Identifier(discriminant)  # a local, or a global value: NaN, undefined
        else:
            subject = self.scope.temporary("switch")
            lines.append(f"{subject} = {self.value(discriminant)}")
        first = True
        for tests, body in self.switch_groups(node):
            body_lines = []
            for statement in body:
                body_lines += self.statement(statement)
            if None in tests:
                if first:
                    return lines + body_lines
                lines += ["else:"] + _suite(body_lines)
                continue
            conditions = [self.strict_equal(subject, Type.UNKNOWN, test) for test in tests]
            condition = strip_parentheses(conditions[0]) if len(conditions) == 1 else " or ".join(conditions)
            lines += [f"{'if' if first else 'elif'} {condition}:"] + _suite(body_lines)
            first = False
        return lines

    def expression_statement(self, node: Node) -> list[str]:
        if node.type == "AssignmentExpression":
            return self.assignment(node)
        if node.type == "UpdateExpression":
            return self.update(node)
        if node.type == "SequenceExpression":
            raise EmitError(node, "the comma operator is not part of the subset")
        return [self.value(node)]

    # --- assignments ---------------------------------------------------------------------------------

    def assignment(self, node: Node) -> list[str]:
        target, operator = node.left, node.operator
        if operator != "=":
            value = self.binary_text(operator[:-1], target, node.right)
        else:
            value = self.value(node.right)
        if target.type == "Identifier":
            name = self.local(target.name)
            appended = self.appended(name, value) if isinstance(value, BoundedText) else None
            if appended is not None:
                return [f"{name} += {strip_parentheses(appended)}"]
            return [self.compound(name, value, ("+", "-")) or f"{name} = {value}"]
        if target.type == "MemberExpression" and not target.computed:
            if target.object.type != "ThisExpression":
                raise EmitError(target, "dot assignment is only translated on this")
            return [f"self.{target.property.name} = {value}"]
        if target.type == "MemberExpression":
            container = self.expression(target.object)
            key_type = self.type_of(target.property)
            # (only a dictionary for certain takes the plain write: Python's raised its own TypeError for a list, which
            # a catch clause saw where Node set a property; js.set_ reads any container as JavaScript does. And only
            # where the key and the value may be computed in either order: Python computes the value first, JavaScript
            # the key, so that `d['x' + this.options['k']] = this.bump ()`, where bump changes k, wrote another key in
            # Python, red-team round 34)
            if key_type is Type.STRING and self.type_of(target.object) is Type.OBJECT \
                    and self.in_either_order(target.property, node.right):
                return [f"{container}[{self.value(target.property)}] = {value}"]
            return [self.call("set", container, self.value(target.property), value)]
        raise EmitError(target, "this assignment target is not translated")

    def update(self, node: Node) -> list[str]:
        operator = "+=" if node.operator == "++" else "-="
        argument = node.argument
        if argument.type == "Identifier" and self.type_of(argument) is Type.NUMBER \
                and argument.name in self.scope.bounded_counters:
            return [f"{self.local(argument.name)} {operator} 1"]
        return self.assignment(nodes.AssignmentExpression(operator, argument, nodes.Literal(1, "1")))

    # --- spelling (see ExpressionPrinter) -------------------------------------------------------------

    IS_NULL, IS_NOT_NULL = "is None", "is not None"
    NULL, TRUE, FALSE, THIS, CONCAT, AND, OR, NOT = "None", "True", "False", "self", "+", "and", "or", "not "
    DICT = ("{", ": ", "}")
    NATIVE_STRING_ORDER = False  # str orders by code point, JavaScript by UTF-16 code unit (js.less and friends)
    EXACT_INTEGERS = True  # int grows without bound where JavaScript's doubles round (js.number)

    def call(self, helper: str, *arguments: str) -> str:
        self.uses.add("js")
        name = helper + "_" if helper in SUFFIXED_HELPERS else helper
        return Atom(f"js.{name}({', '.join(arguments)})")

    def variable(self, name: str) -> str:
        return name

    def string_literal(self, value: str) -> str:
        return python_string(value)

    def number_literal(self, value: float | int) -> str:
        if math.isinf(value):  # 1e400: repr () would print a bare `inf`, a name (a local could hold anything)
            return self.special_number("Infinity")
        return number_literal(value)

    def special_number(self, name: str) -> str:
        self.uses.add("math")
        return "math.nan" if name == "NaN" else "math.inf"

    # In `a if test else b`, a and test keep their parentheses (a bare conditional there would regroup);
    # b may be one, as conditionals nest to the right.
    def ternary(self, test: str, consequent: Node, alternate: Node) -> str:
        return Grouped(f"{self.expression(consequent)} if {_grouped(test)} else {self.value(alternate)}")

    def choose(self, operator: str, temporary: str, left: str, right: Node) -> str:
        self.uses.add("js")
        if operator == "||":
            return Grouped(f"{temporary} if js.truthy({temporary} := {left}) else {self.value(right)}")
        return Grouped(f"{self.expression(right)} if js.truthy({temporary} := {left}) else {temporary}")

    def identical(self, text: str, literal: str) -> str:
        return Grouped(f"{text} is {literal}" if literal in ("True", "False") else f"{text} == {literal}")

    def string_truth(self, node: Node) -> str:
        return self.value(node)

    def lengths(self, kind: Type, text: str) -> str:
        # (A string's length counts UTF-16 code units, as JavaScript's does: js.text_length.)
        return Atom(f"len({text})") if kind is Type.ARRAY else self.call("text_length", text)

    def instance_of(self, left: str, right: str) -> str:
        return Atom(f"isinstance({left}, {right})")

    def this_member(self, name: str) -> str:
        return f"self.{name}"

    def method_call(self, receiver: str, name: str, arguments: list[str]) -> str:
        prefix = "self" if receiver == "ThisExpression" else "super()"
        return Atom(f"{prefix}.{name}({', '.join(arguments)})")

    def structure_call(self, node: Node) -> str | None:
        built = self.structure_fields(node, "python")  # (see STRUCTURE_BUILDERS)
        if built is None:
            return None
        builder, fields = built
        return Atom(f"self.{snake_case(builder.name)}("
                    + ", ".join(f"{key if builder.keys_as_keywords else BUILDER_PARAMETERS.get(key, snake_case(key))}"
                                f"={self.value(value)}" for key, value in fields) + ")")

    def native_value_call(self, target: Node, name: str, arguments: list[str], written: list[Node]) -> str | None:
        if name in TEXT_HELPERS and self.type_of(target) is not Type.STRING:
            return self.call(TEXT_HELPERS[name], self.receiver(target, name, written), *arguments)
        receiver = self.expression(target)
        if name in CASE_HELPERS:
            return self.call(CASE_HELPERS[name], receiver)
        if name in TEXT_METHODS:
            return Atom(f"{receiver}.{TEXT_METHODS[name]}({', '.join(arguments)})")
        if self.type_of(target) is Type.STRING and name == "includes" and self.in_either_order(target, written[0]):
            # (which computes the argument first; an argument of an operator keeps its parentheses: `a or b in s` is
            # `a or (b in s)` to Python, red-team round 53)
            argument = arguments[0]
            if not isinstance(argument, Atom) and written[0].type not in ("Literal", "Identifier"):
                argument = f"({argument})"
            return Grouped(f"{argument} in {receiver}")
        return None

    def precise_call(self, name: str, arguments: list[str]) -> str:
        return Atom(f"Precise.{name}({', '.join(arguments)})")

    def new(self, name: str, arguments: list[str]) -> str:
        return Atom(f"{name}({', '.join(arguments)})")

    def await_(self, node: Node) -> str:
        self.depends_on_mode = True
        if self.asynchronous:
            return Grouped(f"await {self.expression(node.argument)}")
        return self.expression(node.argument)

    def delete(self, argument: Node) -> str:
        return self.call("delete", self.value(argument.object), self.value(argument.property))


@dataclass(frozen=True)
class PrintedMethod:
    """A method as printed, with the modules and type names it needs: the same in the synchronous and the asyncio
    module when the method neither is async nor awaits, so printed once for both."""

    lines: list
    uses: frozenset[str]
    type_names: frozenset[str]


def number_literal(value: float | int) -> str:
    """A JavaScript number (a double) as Python: safe integers as int, everything else as float."""
    if float(value).is_integer() and abs(value) < 2**53:
        return str(int(value))
    return repr(float(value)).replace("e+", "e")  # 1e21, as black spells 1e+21


def _grouped(text: str) -> str:
    """text as one operand: unchanged when it is a name, a call or parenthesised already, parenthesised otherwise."""
    if isinstance(text, (Grouped, Atom)) or NAME.fullmatch(text):
        return text
    return f"({text})"


NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.]*")


def python_docstring(text: str) -> str:
    """A docstring for comment text (from doc_text: no line break but \\n, nothing invisible).

    Triple quotes that the text neither holds nor ends with, raw where it holds a backslash, so that it reads
    as written; otherwise escaped backslashes and double quotes.
    """
    for quotes in ('"""', "'''"):
        if quotes not in text and not text.endswith((quotes[0], "\\")):
            return ("r" if "\\" in text else "") + quotes + text + quotes
    return '"""' + text.replace("\\", "\\\\").replace('"', '\\"') + '"""'


def python_string(value: str) -> str:
    """A Python string literal for any string, quoted as black quotes it: repr() escapes quotes, backslashes and
    every character that is not printable (controls, line and paragraph separators, bidirectional controls,
    surrogates); then double quotes, unless they take more escapes than single ones."""
    text = repr(value)
    if text.startswith('"') or value.count('"') > value.count("'"):
        return text  # repr chose double quotes (the value holds ' alone), or single ones take fewer escapes
    # repr's single quotes escape each ' and leave each " bare: the other way round for double quotes
    return '"' + text[1:-1].replace("\\'", "'").replace('"', '\\"') + '"'


def _suite(lines: list) -> list:
    """The body of a compound statement, one level in; `pass` where it holds nothing but comments (or nothing)."""
    if not any(isinstance(line, Indented) or (line and not line.startswith("#")) for line in lines):
        lines = lines + ["pass"]
    return indented(lines)


TYPE_NAME = re.compile(r"\b[A-Z]\w*")  # the capitalized names in a type hint: Any, or a unified structure


def _annotated(parameter: str, annotation: str) -> str:
    """`name=None` -> `name: T | None = None`; `name` -> `name: T`."""
    name, equals, default = parameter.partition("=")
    return f"{name}: {annotation} = {default}" if equals else f"{name}: {annotation}"
