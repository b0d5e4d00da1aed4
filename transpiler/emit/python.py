"""Print a checked subset class as Python: asyncio (async def, await) or synchronous (both dropped)."""

from __future__ import annotations

import builtins
import keyword

from esprima.nodes import Node

from transpiler.analysis.exchange import ExchangeClass
from esprima import nodes

from transpiler.emit.base import EmitError, Printer, strip_parentheses
from transpiler.emit.types import Type
from transpiler.error_classes import ERROR_CLASSES
from transpiler.names import snake_case
from transpiler.source import SourceFile

# Locals may not take the names the generated code itself refers to.
PYTHON_RESERVED = frozenset(keyword.kwlist) | frozenset(keyword.softkwlist) | frozenset(dir(builtins)) \
    | {"self", "js", "math", "asyncio", "Exchange", "Precise"}

MATH_HELPERS = {"floor": "js.floor", "ceil": "js.ceil", "round": "js.round_", "trunc": "js.trunc",
                "abs": "js.abs_", "min": "js.min_", "max": "js.max_", "pow": "js.pow_", "sqrt": "js.sqrt",
                "log": "js.log"}
VALUE_HELPERS = {"padStart": "js.pad_start", "padEnd": "js.pad_end", "charAt": "js.char_at", "trim": "js.trim",
                 "join": "js.join", "concat": "js.concat", "sort": "js.sort", "pop": "js.pop", "shift": "js.shift",
                 "reverse": "js.reverse", "toString": "js.to_str", "indexOf": "js.index_of",
                 "includes": "js.includes", "replace": "js.replace", "split": "js.split", "slice": "js.slice_",
                 "unshift": "js.unshift", "push": "js.push"}
COMPARISON_HELPERS = {"<": "js.less", "<=": "js.less_equal", ">": "js.greater", ">=": "js.greater_equal"}


class PythonPrinter(Printer):
    reserved = PYTHON_RESERVED

    def __init__(self, source: SourceFile, exchange: ExchangeClass, asynchronous: bool) -> None:
        super().__init__(source, exchange)
        self.asynchronous = asynchronous
        self.uses: set[str] = set()  # modules the class body needs: js, math, asyncio

    # --- class and methods ---------------------------------------------------------------------------

    trailing_comment_separator = "  "

    def class_body(self) -> list[str]:
        lines: list[str] = []
        previous_end = self.exchange.class_node.body.range[0]
        for name, method in self.exchange.methods.items():
            if lines:
                lines.append("")
            doc, others = self.doc_comment(method, previous_end)
            for comment in others:
                lines += self.comment_lines(comment)
            lines += self.method(name, method, doc)
            previous_end = method.range[1]
        return lines or ["pass"]

    def method(self, name: str, method: Node, doc: Node | None = None) -> list[str]:
        self.enter_method(method)
        function = method.value
        parameters = ["self"] + [self.parameter(param) for param in function.params]
        prefix = "async def" if function.isAsync and self.asynchronous else "def"
        lines = [f"{prefix} {snake_case(name)}({', '.join(parameters)}):"]
        docstring = [python_docstring(self.doc_text(doc))] if doc is not None else []
        body = docstring + self.defaults(function) + self.block(function.body)
        return lines + _indent(body or ["pass"])

    def comment_lines(self, comment: Node) -> list[str]:
        return ["#" + (" " + line.strip() if line.strip() else "") for line in _comment_text(comment).split("\n")]

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

    def statement_EmptyStatement(self, node: Node) -> list[str]:
        return []

    def statement_BlockStatement(self, node: Node) -> list[str]:
        return self.block(node)

    def statement_ExpressionStatement(self, node: Node) -> list[str]:
        expression = node.expression
        if expression.type == "AssignmentExpression":
            return self.assignment(expression)
        if expression.type == "UpdateExpression":
            return self.update(expression)
        if expression.type == "CallExpression" and self._statement_call(expression) is not None:
            return [self._statement_call(expression)]
        if expression.type == "Literal" and isinstance(expression.value, str):
            return []  # a directive such as 'use strict'
        return [self.value(expression)]

    def statement_VariableDeclaration(self, node: Node) -> list[str]:
        lines = []
        for declarator in node.declarations:
            if declarator.id.type == "ArrayPattern":
                names = [self.local(element.name) for element in declarator.id.elements]
                self.uses.add("js")
                lines.append(f"{', '.join(names)}, = js.destructure({self.value(declarator.init)}, {len(names)})")
            else:
                value = "None" if declarator.init is None else self.value(declarator.init)
                lines.append(f"{self.local(declarator.id.name)} = {value}")
        return lines

    def statement_ReturnStatement(self, node: Node) -> list[str]:
        return ["return" if node.argument is None else f"return {self.value(node.argument)}"]

    def statement_ThrowStatement(self, node: Node) -> list[str]:
        return [f"raise {self.value(node.argument)}"]

    def statement_IfStatement(self, node: Node) -> list[str]:
        lines = [f"if {self.condition(node.test)}:"] + _indent(self.block(node.consequent) or ["pass"])
        alternate = node.alternate
        while alternate is not None and alternate.type == "IfStatement":
            lines += [f"elif {self.condition(alternate.test)}:"] + _indent(self.block(alternate.consequent) or ["pass"])
            alternate = alternate.alternate
        if alternate is not None:
            lines += ["else:"] + _indent(self.block(alternate) or ["pass"])
        return lines

    def statement_WhileStatement(self, node: Node) -> list[str]:
        self.scope.loop_updates.append(None)
        body = self.block(node.body)
        self.scope.loop_updates.pop()
        return [f"while {self.condition(node.test)}:"] + _indent(body or ["pass"])

    def statement_ForStatement(self, node: Node) -> list[str]:
        """for (init; test; update) -> init; while test: body; update (continue runs the update first)."""
        lines = []
        if node.init is not None:
            lines += self.statement(node.init) if node.init.type == "VariableDeclaration" else \
                self.expression_statement(node.init)
        test = self.condition(node.test) if node.test is not None else "True"
        self.scope.loop_updates.append(node.update)
        body = self.block(node.body)
        self.scope.loop_updates.pop()
        update = self.expression_statement(node.update) if node.update is not None else []
        return lines + [f"while {test}:"] + _indent(body + update or ["pass"])

    def statement_ForOfStatement(self, node: Node) -> list[str]:
        name = self.local(node.left.declarations[0].id.name)
        self.scope.loop_updates.append(None)
        body = self.block(node.body)
        self.scope.loop_updates.pop()
        return [f"for {name} in {self.value(node.right)}:"] + _indent(body or ["pass"])

    def statement_BreakStatement(self, node: Node) -> list[str]:
        return ["break"]

    def statement_ContinueStatement(self, node: Node) -> list[str]:
        update = self.scope.loop_updates[-1] if self.scope.loop_updates else None
        return (self.expression_statement(update) if update is not None else []) + ["continue"]

    def statement_TryStatement(self, node: Node) -> list[str]:
        lines = ["try:"] + _indent(self.block(node.block) or ["pass"])
        if node.handler is not None:
            name = self.local(node.handler.param.name)
            lines += [f"except Exception as {name}:"] + _indent(self.block(node.handler.body) or ["pass"])
        if node.finalizer is not None:
            lines += ["finally:"] + _indent(self.block(node.finalizer) or ["pass"])
        return lines

    def statement_SwitchStatement(self, node: Node) -> list[str]:
        lines = []
        discriminant = node.discriminant
        if discriminant.type == "Identifier":
            subject = self.local(discriminant.name)
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
                lines += ["else:"] + _indent(body_lines or ["pass"])
                continue
            condition = strip_parentheses(" or ".join(self.strict_equal(subject, Type.UNKNOWN, test)
                                                      for test in tests))
            lines += [f"{'if' if first else 'elif'} {condition}:"] + _indent(body_lines or ["pass"])
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
            return [f"{self.local(target.name)} = {value}"]
        if target.type == "MemberExpression" and not target.computed:
            if target.object.type != "ThisExpression":
                raise EmitError(target, "dot assignment is only translated on this")
            return [f"self.{target.property.name} = {value}"]
        if target.type == "MemberExpression":
            container = self.expression(target.object)
            key_type = self.type_of(target.property)
            if key_type is Type.STRING and self.type_of(target.object) is not Type.ARRAY:
                return [f"{container}[{self.value(target.property)}] = {value}"]
            self.uses.add("js")
            return [f"js.set_({container}, {self.value(target.property)}, {value})"]
        raise EmitError(target, "this assignment target is not translated")

    def update(self, node: Node) -> list[str]:
        operator = "+=" if node.operator == "++" else "-="
        argument = node.argument
        if argument.type == "Identifier" and self.type_of(argument) is Type.NUMBER:
            return [f"{self.local(argument.name)} {operator} 1"]
        return self.assignment(nodes.AssignmentExpression(operator, argument, nodes.Literal(1, "1")))

    # --- expressions ---------------------------------------------------------------------------------

    def expression_Literal(self, node: Node) -> str:
        value = node.value
        if value is None:
            return "None"
        if isinstance(value, bool):
            return "True" if value else "False"
        if isinstance(value, str):
            return python_string(value)
        if isinstance(value, (int, float)):
            return number_literal(value)
        raise EmitError(node, "this literal is not translated")

    def expression_Identifier(self, node: Node) -> str:
        name = node.name
        if name == "undefined":
            return "None"
        if name in ("NaN", "Infinity"):
            self.uses.add("math")
            return "math.nan" if name == "NaN" else "math.inf"
        return self.local(name) if name in self.scope.names else name

    def expression_ThisExpression(self, node: Node) -> str:
        return "self"

    def expression_TemplateLiteral(self, node: Node) -> str:
        parts = []
        for index, quasi in enumerate(node.quasis):
            if quasi.value.cooked:
                parts.append(python_string(quasi.value.cooked))
            if index < len(node.expressions):
                parts.append(self.string_of(node.expressions[index]))
        return "(" + " + ".join(parts) + ")" if len(parts) > 1 else (parts[0] if parts else "''")

    def string_of(self, node: Node) -> str:
        """String (value): native when the value is a string already."""
        if self.type_of(node) is Type.STRING:
            return self.expression(node)
        self.uses.add("js")
        return f"js.to_str({self.value(node)})"

    def expression_ArrayExpression(self, node: Node) -> str:
        if any(element is not None and element.type == "SpreadElement" for element in node.elements):
            self.uses.add("js")
            parts = [self.value(element.argument) if element.type == "SpreadElement"
                     else f"[{self.value(element)}]" for element in node.elements]
            return f"js.concat([], {', '.join(parts)})"
        return "[" + ", ".join(self.value(element) for element in node.elements) + "]"

    def expression_ObjectExpression(self, node: Node) -> str:
        groups: list[str] = []
        entries: list[str] = []
        for prop in node.properties:
            if prop.type == "SpreadElement":
                if entries:
                    groups.append("{" + ", ".join(entries) + "}")
                    entries = []
                groups.append(self.value(prop.argument))
                continue
            entries.append(f"{self.property_key(prop)}: {self.value(prop.value)}")
        if not groups:
            return "{" + ", ".join(entries) + "}"
        if entries:
            groups.append("{" + ", ".join(entries) + "}")
        self.uses.add("js")
        return f"js.merge({', '.join(groups)})"

    def property_key(self, prop: Node) -> str:
        if prop.computed:
            return self.string_of(prop.key)
        if prop.key.type == "Identifier":
            return python_string(prop.key.name)
        return python_string(prop.key.value)

    def expression_MemberExpression(self, node: Node) -> str:
        target = node.object
        if not node.computed:
            name = node.property.name
            if target.type == "ThisExpression":
                return f"self.{name}"
            if target.type == "Identifier" and target.name == "Number" and name == "MAX_SAFE_INTEGER":
                return "9007199254740991"
            if name == "length":
                if self.type_of(target) in (Type.STRING, Type.ARRAY):
                    return f"len({self.value(target)})"
                self.uses.add("js")
                return f"js.length({self.value(target)})"  # objects have no length: undefined
            raise EmitError(node, f"no translation for the member .{name} here")
        self.uses.add("js")
        return f"js.get({self.value(target)}, {self.value(node.property)})"

    def expression_CallExpression(self, node: Node) -> str:
        callee = node.callee
        arguments = [self.argument(argument) for argument in node.arguments]
        if callee.type == "Identifier":
            return self.global_call(node, callee.name, arguments)
        if callee.type != "MemberExpression" or callee.computed:
            raise EmitError(node, "only named functions and methods can be called")
        name = callee.property.name
        if callee.object.type == "ThisExpression":
            return f"self.{snake_case(name)}({', '.join(arguments)})"
        if callee.object.type == "Super":
            return f"super().{snake_case(name)}({', '.join(arguments)})"
        if callee.object.type == "Identifier" and callee.object.name in ("Math", "JSON", "Object", "Array",
                                                                         "Number", "Promise", "Precise") \
                and callee.object.name not in self.scope.names:
            return self.namespace_call(node, callee.object.name, name, arguments)
        return self.value_call(node, callee.object, name, arguments)

    def argument(self, node: Node) -> str:
        if node.type == "SpreadElement":
            return f"*{self.expression(node.argument)}"
        return self.value(node)

    def global_call(self, node: Node, name: str, arguments: list[str]) -> str:
        self.uses.add("js")
        if name == "parseInt":
            return f"js.parse_int({', '.join(arguments)})"
        if name == "parseFloat":
            return f"js.parse_float({', '.join(arguments)})"
        raise EmitError(node, f"no translation for the function {name}")

    def namespace_call(self, node: Node, owner: str, name: str, arguments: list[str]) -> str:
        joined = ", ".join(arguments)
        if owner == "Math":
            helper = MATH_HELPERS[name]
            if helper.startswith("js."):
                self.uses.add("js")
            return f"{helper}({joined})"
        if owner == "Promise":
            argument = node.arguments[0]
            if not self.asynchronous:
                return arguments[0]  # the calls already ran, one after the other
            self.uses.add("asyncio")
            if argument.type == "ArrayExpression":
                return f"asyncio.gather({', '.join(self.value(element) for element in argument.elements)})"
            return f"asyncio.gather(*{self.expression(argument)})"
        if owner == "Precise":
            return f"Precise.{snake_case(name)}({joined})"
        self.uses.add("js")
        helper = {("JSON", "stringify"): "js.json_stringify", ("JSON", "parse"): "js.json_parse",
                  ("Object", "keys"): "js.keys", ("Object", "values"): "js.values",
                  ("Array", "isArray"): "js.is_array", ("Number", "isInteger"): "js.is_integer"}[(owner, name)]
        return f"{helper}({joined})"

    def value_call(self, node: Node, target: Node, name: str, arguments: list[str]) -> str:
        receiver = self.expression(target)
        kind = self.type_of(target)
        joined = ", ".join(arguments)
        if name == "toUpperCase":
            return f"{receiver}.upper()"
        if name == "toLowerCase":
            return f"{receiver}.lower()"
        if name == "startsWith":
            return f"{receiver}.startswith({joined})"
        if name == "endsWith":
            return f"{receiver}.endswith({joined})"
        if name == "includes" and kind is Type.STRING:
            return f"({arguments[0]} in {receiver})"
        if name == "indexOf" and kind is Type.STRING:
            return f"{receiver}.find({joined})"
        self.uses.add("js")
        return f"{VALUE_HELPERS[name]}({', '.join([strip_parentheses(receiver)] + arguments)})"

    def _statement_call(self, node: Node) -> str | None:
        """`array.push (...)` as a statement: its result (the new length) is unused, so append is exact."""
        callee = node.callee
        if callee.type != "MemberExpression" or callee.computed or callee.property.name != "push" \
                or callee.object.type in ("ThisExpression", "Super"):
            return None
        receiver = self.expression(callee.object)
        if len(node.arguments) == 1 and node.arguments[0].type != "SpreadElement":
            return f"{receiver}.append({self.value(node.arguments[0])})"
        return f"{receiver}.extend([{', '.join(self.argument(argument) for argument in node.arguments)}])"

    def expression_NewExpression(self, node: Node) -> str:
        name = node.callee.name
        if name not in ERROR_CLASSES:
            raise EmitError(node, f"`new {name}` is not translated")
        return f"{name}({', '.join(self.argument(argument) for argument in node.arguments)})"

    def expression_AwaitExpression(self, node: Node) -> str:
        if self.asynchronous:
            return f"(await {self.expression(node.argument)})"
        return self.expression(node.argument)

    def expression_ConditionalExpression(self, node: Node) -> str:
        return f"({self.value(node.consequent)} if {self.condition(node.test)} else {self.value(node.alternate)})"

    def expression_UnaryExpression(self, node: Node) -> str:
        operator, argument = node.operator, node.argument
        if operator == "!":
            return f"(not {self.condition(argument)})"
        if operator == "-":
            if argument.type == "Literal" and isinstance(argument.value, (int, float)) and argument.value != 0:
                return f"-{self.expression(argument)}"
            if argument.type == "Literal" and argument.value == 0:
                return "-0.0"  # negative zero: 1 / -0 is -Infinity
            inner = self.number_of(argument)
            return f"(-({inner}))" if inner.startswith(("-", "+")) else f"(-{inner})"
        if operator == "+":
            return self.number_of(argument)
        if operator == "typeof":
            self.uses.add("js")
            return f"js.typeof({self.value(argument)})"
        if operator == "delete":
            self.uses.add("js")
            return f"js.delete({self.value(argument.object)}, {self.value(argument.property)})"
        raise EmitError(node, f"the operator {operator} is not translated")

    def number_of(self, node: Node) -> str:
        if self.type_of(node) is Type.NUMBER:
            return self.expression(node)
        self.uses.add("js")
        return f"js.to_number({self.value(node)})"

    def expression_LogicalExpression(self, node: Node) -> str:
        left_type, right_type = self.type_of(node.left), self.type_of(node.right)
        if left_type is Type.BOOLEAN and right_type is Type.BOOLEAN:
            return f"({self.expression(node.left)} {'and' if node.operator == '&&' else 'or'} " \
                   f"{self.expression(node.right)})"
        self.uses.add("js")
        temporary = self.scope.temporary("value")
        left, right = self.value(node.left), self.value(node.right)
        if node.operator == "||":
            return f"({temporary} if js.truthy({temporary} := {left}) else {right})"
        return f"({right} if js.truthy({temporary} := {left}) else {temporary})"

    def expression_BinaryExpression(self, node: Node) -> str:
        return self.binary_text(node.operator, node.left, node.right)

    def binary_text(self, operator: str, left: Node, right: Node) -> str:
        left_type, right_type = self.type_of(left), self.type_of(right)
        if operator in ("===", "!=="):
            equal = self.strict_equal(self.expression(left), left_type, right)
            return equal if operator == "===" else f"(not {equal})"
        if operator == "+":
            if left_type is Type.STRING and right_type is Type.STRING:
                return f"({self.expression(left)} + {self.expression(right)})"
            if Type.STRING in (left_type, right_type):
                return f"({self.string_of(left)} + {self.string_of(right)})"
            if left_type is Type.NUMBER and right_type is Type.NUMBER:
                return f"({self.expression(left)} + {self.expression(right)})"
            self.uses.add("js")
            return f"js.add({self.value(left)}, {self.value(right)})"
        if operator in ("-", "*"):
            # Products outgrow 2**53 quickly, where Python's ints stay exact and JavaScript rounds: a helper.
            if left_type is Type.NUMBER and right_type is Type.NUMBER and operator == "-":
                return f"({self.expression(left)} {operator} {self.expression(right)})"
            self.uses.add("js")
            return f"js.{'subtract' if operator == '-' else 'multiply'}({self.value(left)}, {self.value(right)})"
        if operator in ("/", "%"):
            self.uses.add("js")
            return f"js.{'divide' if operator == '/' else 'modulo'}({self.value(left)}, {self.value(right)})"
        if operator in COMPARISON_HELPERS:
            if left_type is right_type and left_type in (Type.NUMBER, Type.STRING):
                return f"({self.expression(left)} {operator} {self.expression(right)})"
            self.uses.add("js")
            return f"{COMPARISON_HELPERS[operator]}({self.value(left)}, {self.value(right)})"
        if operator == "instanceof":
            return f"isinstance({self.value(left)}, {self.value(right)})"
        if operator == "in":
            self.uses.add("js")
            return f"js.has({self.value(right)}, {self.value(left)})"
        raise EmitError(left, f"the operator {operator} is not translated")

    def strict_equal(self, left_text: str, left_type: Type, right: Node) -> str:
        """left === right, natively where the types prove Python's == means the same."""
        right_type = self.type_of(right)
        if right_type is Type.UNDEFINED:
            return f"({left_text} is None)"
        if right_type is Type.BOOLEAN and right.type == "Literal":
            return f"({left_text} is {'True' if right.value else 'False'})"
        if right_type is Type.STRING and right.type == "Literal" or left_type is right_type is Type.STRING \
                or left_type is right_type is Type.NUMBER:
            return f"({left_text} == {self.expression(right)})"
        self.uses.add("js")
        return f"js.strict_equal({left_text}, {self.value(right)})"

    def condition(self, node: Node) -> str:
        """A test of if/while/?:/!: JavaScript's truthiness, natively for booleans and strings."""
        if self.type_of(node) in (Type.BOOLEAN, Type.STRING):
            return self.value(node)
        self.uses.add("js")
        return f"js.truthy({self.value(node)})"


def number_literal(value: float | int) -> str:
    """A JavaScript number (a double) as Python: safe integers as int, everything else as float."""
    if float(value).is_integer() and abs(value) < 2**53:
        return str(int(value))
    return repr(float(value))


def python_docstring(text: str) -> str:
    """A docstring for any comment text: triple-quoted where that is safe, repr() otherwise."""
    for quotes in ('"""', "'''"):
        if quotes not in text and "\\" not in text and not text.endswith(quotes[0]):
            return f"{quotes}{text}{quotes}"
    return python_string(text)


def _comment_text(comment: Node) -> str:
    if comment.type == "Line":
        return comment.value
    return Printer.doc_text(comment) if comment.value.startswith("*") else comment.value.strip()


def python_string(value: str) -> str:
    """A Python string literal for any JavaScript string: repr() escapes quotes, backslashes and controls."""
    return repr(value)


def _indent(lines: list[str]) -> list[str]:
    return ["    " + line if line else line for line in lines]
