"""Print a checked subset class as PHP 8.2: synchronous, arrays for objects and lists."""

from __future__ import annotations

from esprima import nodes
from esprima.nodes import Node

from transpiler.emit.base import EmitError, Printer, nodes_of, strip_parentheses
from transpiler.emit.types import Type
from transpiler.error_classes import ERROR_CLASSES
from transpiler.names import snake_case

MATH_HELPERS = {"floor": "Js::floor", "ceil": "Js::ceil", "round": "Js::round", "trunc": "Js::trunc",
                "abs": "Js::abs", "min": "Js::min", "max": "Js::max", "pow": "Js::pow", "sqrt": "Js::sqrt",
                "log": "Js::log"}
VALUE_HELPERS = {"padStart": "Js::padStart", "padEnd": "Js::padEnd", "charAt": "Js::charAt", "trim": "Js::trim",
                 "join": "Js::join", "concat": "Js::concat", "sort": "Js::sort", "pop": "Js::pop",
                 "shift": "Js::shift", "reverse": "Js::reverse", "toString": "Js::toStr", "indexOf": "Js::indexOf",
                 "includes": "Js::includes", "replace": "Js::replace", "split": "Js::split", "slice": "Js::slice",
                 "unshift": "Js::unshift", "push": "Js::push", "startsWith": "str_starts_with",
                 "endsWith": "str_ends_with"}
# Array methods that change their receiver (PHP helpers take it by reference), and the copying forms
# used when the receiver is a temporary.
MUTATING = frozenset({"push", "pop", "shift", "unshift", "reverse", "sort"})
COPYING = {"reverse": "array_reverse", "sort": "Js::sorted"}
COMPARISON_HELPERS = {"<": "Js::less", "<=": "Js::lessEqual", ">": "Js::greater", ">=": "Js::greaterEqual"}
NAMESPACE_HELPERS = {("JSON", "stringify"): "Js::jsonStringify", ("JSON", "parse"): "Js::jsonParse",
                     ("Object", "keys"): "Js::keys", ("Object", "values"): "Js::values",
                     ("Array", "isArray"): "Js::isArray", ("Number", "isInteger"): "Js::isInteger"}


class PhpPrinter(Printer):
    reserved = frozenset({"this"})

    # --- class and methods ---------------------------------------------------------------------------

    def class_body(self) -> list[str]:
        lines: list[str] = []
        previous_end = self.exchange.class_node.body.range[0]
        for name, method in self.exchange.methods.items():
            if lines:
                lines.append("")
            doc, others = self.doc_comment(method, previous_end)
            for comment in others + ([doc] if doc is not None else []):
                lines += self.comment_lines(comment)
            lines += self.method(name, method)
            previous_end = method.range[1]
        return lines

    def comment_lines(self, comment: Node) -> list[str]:
        """PHP comments; `?>` would end PHP mode even inside a line comment, and `*/` a block comment."""
        if comment.type == "Line":
            return ["//" + comment.value.replace("?>", "? >")]
        if comment.value.startswith("*"):
            body = self.doc_text(comment).replace("*/", "* /").split("\n")
            return ["/**"] + [(" * " + line).rstrip() for line in body] + [" */"]
        return ["/* " + comment.value.strip().replace("*/", "* /") + " */"]

    def method(self, name: str, method: Node) -> list[str]:
        self.enter_method(method)
        function = method.value
        parameters = [self.parameter(param) for param in function.params]
        body = self.defaults(function) + self.block(function.body)
        return [f"public function {snake_case(name)}({', '.join(parameters)}) {{"] + _indent(body) + ["}"]

    def parameter(self, param: Node) -> str:
        if param.type == "AssignmentPattern":
            return f"${self.local(param.left.name)} = null"
        return f"${self.local(param.name)}"

    def defaults(self, function: Node) -> list[str]:
        """JavaScript applies a default whenever the argument is undefined (null), also when passed explicitly."""
        lines = []
        for param in self.defaulted(function):
            name = self.local(param.left.name)
            lines += [f"if (${name} === null) {{", f"    ${name} = {self.value(param.right)};", "}"]
        return lines

    # --- statements ----------------------------------------------------------------------------------

    def statement_EmptyStatement(self, node: Node) -> list[str]:
        return []

    def statement_BlockStatement(self, node: Node) -> list[str]:
        return self.block(node)

    def statement_ExpressionStatement(self, node: Node) -> list[str]:
        expression = node.expression
        if expression.type == "Literal" and isinstance(expression.value, str):
            return []  # a directive such as 'use strict'
        return [line + ";" for line in self.expression_statement(expression)]

    def expression_statement(self, node: Node) -> list[str]:
        if node.type == "AssignmentExpression":
            return [self.assignment(node)]
        if node.type == "UpdateExpression":
            return [self.update(node)]
        if node.type == "CallExpression" and self._statement_call(node) is not None:
            return [self._statement_call(node)]
        if node.type == "UnaryExpression" and node.operator == "delete" and node.argument.computed \
                and self.type_of(node.argument.property) is Type.STRING:
            return [f"unset({self.lvalue(node.argument.object)}[{self.value(node.argument.property)}])"]
        return [self.value(node)]

    def lvalue(self, node: Node) -> str:
        """A place PHP can write to (arrays are values: a write must name the variable that holds them)."""
        if node.type == "Identifier" and node.name in self.scope.names:
            return f"${self.local(node.name)}"
        if node.type == "MemberExpression" and not node.computed and node.object.type == "ThisExpression":
            return f"$this->{node.property.name}"
        if node.type == "MemberExpression" and node.computed:
            return f"{self.lvalue(node.object)}[{self.value(node.property)}]"
        raise EmitError(node, "PHP arrays are values: this changes a temporary copy; store the value in a "
                              "variable first and change that")

    def statement_VariableDeclaration(self, node: Node) -> list[str]:
        lines = []
        for declarator in node.declarations:
            if declarator.id.type == "ArrayPattern":
                names = ", ".join(f"${self.local(element.name)}" for element in declarator.id.elements)
                lines.append(f"[{names}] = Js::destructure({self.value(declarator.init)}, "
                             f"{len(declarator.id.elements)});")
            else:
                value = "null" if declarator.init is None else self.value(declarator.init)
                lines.append(f"${self.local(declarator.id.name)} = {value};")
        return lines

    def statement_ReturnStatement(self, node: Node) -> list[str]:
        return ["return;" if node.argument is None else f"return {self.value(node.argument)};"]

    def statement_ThrowStatement(self, node: Node) -> list[str]:
        return [f"throw {self.value(node.argument)};"]

    def statement_IfStatement(self, node: Node) -> list[str]:
        lines = [f"if ({self.condition(node.test)}) {{"] + _indent(self.block(node.consequent))
        alternate = node.alternate
        while alternate is not None and alternate.type == "IfStatement":
            lines += [f"}} elseif ({self.condition(alternate.test)}) {{"] + _indent(self.block(alternate.consequent))
            alternate = alternate.alternate
        if alternate is not None:
            lines += ["} else {"] + _indent(self.block(alternate))
        return lines + ["}"]

    def statement_WhileStatement(self, node: Node) -> list[str]:
        return [f"while ({self.condition(node.test)}) {{"] + _indent(self.block(node.body)) + ["}"]

    def statement_ForStatement(self, node: Node) -> list[str]:
        init = ""
        if node.init is not None:
            if node.init.type == "VariableDeclaration":
                init = ", ".join(f"${self.local(declarator.id.name)} = {self.value(declarator.init)}"
                                 for declarator in node.init.declarations)
            else:
                init = ", ".join(self.expression_statement(node.init))
        test = self.condition(node.test) if node.test is not None else ""
        update = ", ".join(self.expression_statement(node.update)) if node.update is not None else ""
        return [f"for ({init}; {test}; {update}) {{"] + _indent(self.block(node.body)) + ["}"]

    def statement_ForOfStatement(self, node: Node) -> list[str]:
        name = self.local(node.left.declarations[0].id.name)
        body = _indent(self.block(node.body))
        if _is_place(node.right) and _changes(node.body, node.right):
            # foreach walks a copy; JavaScript sees elements added while it iterates: walk by index.
            array, index = self.lvalue(node.right), f"${self.scope.temporary('index')}"
            return [f"for ({index} = 0; {index} < count({array}); {index}++) {{",
                    f"    ${name} = {array}[{index}];"] + body + ["}"]
        return [f"foreach ({self.value(node.right)} as ${name}) {{"] + body + ["}"]

    def statement_BreakStatement(self, node: Node) -> list[str]:
        return ["break;"]

    def statement_ContinueStatement(self, node: Node) -> list[str]:
        return ["continue;"]

    def statement_TryStatement(self, node: Node) -> list[str]:
        lines = ["try {"] + _indent(self.block(node.block))
        if node.handler is not None:
            name = self.local(node.handler.param.name)
            lines += [f"}} catch (\\Throwable ${name}) {{"] + _indent(self.block(node.handler.body))
        if node.finalizer is not None:
            lines += ["} finally {"] + _indent(self.block(node.finalizer))
        return lines + ["}"]

    def statement_SwitchStatement(self, node: Node) -> list[str]:
        lines = []
        discriminant = node.discriminant
        if discriminant.type == "Identifier":
            subject = f"${self.local(discriminant.name)}"
        else:
            subject = f"${self.scope.temporary('switch')}"
            lines.append(f"{subject} = {self.value(discriminant)};")
        first = True
        for tests, body in self.switch_groups(node):
            body_lines = []
            for statement in body:
                body_lines += self.statement(statement)
            if None in tests:
                if first:
                    return lines + body_lines
                lines += ["} else {"] + _indent(body_lines)
                continue
            condition = strip_parentheses(" || ".join(self.strict_equal(subject, Type.UNKNOWN, test)
                                                      for test in tests))
            lines += [f"{'if' if first else '} elseif'} ({condition}) {{"] + _indent(body_lines)
            first = False
        return lines + (["}"] if not first else [])

    # --- assignments ---------------------------------------------------------------------------------

    def assignment(self, node: Node) -> str:
        target, operator = node.left, node.operator
        value = self.binary_text(operator[:-1], target, node.right) if operator != "=" else self.value(node.right)
        value = strip_parentheses(value)
        if target.type == "Identifier":
            return f"${self.local(target.name)} = {value}"
        if target.type == "MemberExpression" and not target.computed:
            if target.object.type != "ThisExpression":
                raise EmitError(target, "dot assignment is only translated on this")
            return f"$this->{target.property.name} = {value}"
        if target.type == "MemberExpression":
            container = self.lvalue(target.object)
            if self.type_of(target.property) is Type.STRING and self.type_of(target.object) is not Type.ARRAY:
                return f"{container}[{self.value(target.property)}] = {value}"
            return f"Js::set({container}, {self.value(target.property)}, {value})"
        raise EmitError(target, "this assignment target is not translated")

    def update(self, node: Node) -> str:
        argument = node.argument
        if argument.type == "Identifier" and self.type_of(argument) is Type.NUMBER:
            return f"${self.local(argument.name)}{node.operator}"
        operator = "+=" if node.operator == "++" else "-="
        return self.assignment(nodes.AssignmentExpression(operator, argument, nodes.Literal(1, "1")))

    # --- expressions ---------------------------------------------------------------------------------

    def expression_Literal(self, node: Node) -> str:
        value = node.value
        if value is None:
            return "null"
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, str):
            return php_string(value)
        if isinstance(value, (int, float)):
            return php_number(value)
        raise EmitError(node, "this literal is not translated")

    def expression_Identifier(self, node: Node) -> str:
        name = node.name
        if name == "undefined":
            return "null"
        if name in ("NaN", "Infinity"):
            return "NAN" if name == "NaN" else "INF"
        if name in self.scope.names:
            return f"${self.local(name)}"
        return name

    def expression_ThisExpression(self, node: Node) -> str:
        return "$this"

    def expression_TemplateLiteral(self, node: Node) -> str:
        parts = []
        for index, quasi in enumerate(node.quasis):
            if quasi.value.cooked:
                parts.append(php_string(quasi.value.cooked))
            if index < len(node.expressions):
                parts.append(self.string_of(node.expressions[index]))
        return "(" + " . ".join(parts) + ")" if len(parts) > 1 else (parts[0] if parts else "''")

    def string_of(self, node: Node) -> str:
        if self.type_of(node) is Type.STRING:
            return self.expression(node)
        return f"Js::toStr({self.value(node)})"

    def expression_ArrayExpression(self, node: Node) -> str:
        if any(element.type == "SpreadElement" for element in node.elements):
            parts = [self.value(element.argument) if element.type == "SpreadElement" else f"[{self.value(element)}]"
                     for element in node.elements]
            return f"Js::concat([], {', '.join(parts)})"
        return "[" + ", ".join(self.value(element) for element in node.elements) + "]"

    def expression_ObjectExpression(self, node: Node) -> str:
        groups: list[str] = []
        entries: list[str] = []
        for prop in node.properties:
            if prop.type == "SpreadElement":
                if entries:
                    groups.append("[" + ", ".join(entries) + "]")
                    entries = []
                groups.append(self.value(prop.argument))
                continue
            entries.append(f"{self.property_key(prop)} => {self.value(prop.value)}")
        if not groups:
            return "[" + ", ".join(entries) + "]"
        if entries:
            groups.append("[" + ", ".join(entries) + "]")
        return f"Js::merge({', '.join(groups)})"

    def property_key(self, prop: Node) -> str:
        if prop.computed:
            return self.string_of(prop.key)
        return php_string(prop.key.name if prop.key.type == "Identifier" else prop.key.value)

    def expression_MemberExpression(self, node: Node) -> str:
        target = node.object
        if not node.computed:
            name = node.property.name
            if target.type == "ThisExpression":
                return f"$this->{name}"
            if target.type == "Identifier" and target.name == "Number" and name == "MAX_SAFE_INTEGER":
                return "9007199254740991"
            if name == "length":
                kind = self.type_of(target)
                if kind is Type.ARRAY:
                    return f"count({self.value(target)})"
                if kind is Type.STRING:
                    return f"mb_strlen({self.value(target)}, 'UTF-8')"
                return f"Js::length({self.value(target)})"  # objects have no length: undefined
            raise EmitError(node, f"no translation for the member .{name} here")
        return f"Js::get({self.value(target)}, {self.value(node.property)})"

    def expression_CallExpression(self, node: Node) -> str:
        callee = node.callee
        arguments = [self.argument(argument) for argument in node.arguments]
        joined = ", ".join(arguments)
        if callee.type == "Identifier":
            if callee.name in ("parseInt", "parseFloat"):
                return f"Js::{callee.name}({joined})"
            raise EmitError(node, f"no translation for the function {callee.name}")
        name = callee.property.name
        if callee.object.type == "ThisExpression":
            return f"$this->{snake_case(name)}({joined})"
        if callee.object.type == "Super":
            return f"parent::{snake_case(name)}({joined})"
        owner = callee.object.name if callee.object.type == "Identifier" else None
        if owner in ("Math", "JSON", "Object", "Array", "Number", "Promise", "Precise") \
                and owner not in self.scope.names:
            if owner == "Math":
                return f"{MATH_HELPERS[name]}({joined})"
            if owner == "Promise":
                return arguments[0]  # PHP is synchronous: the calls already ran, one after the other
            if owner == "Precise":
                return f"Precise::{snake_case(name)}({joined})"
            return f"{NAMESPACE_HELPERS[(owner, name)]}({joined})"
        return self.value_call(callee.object, name, arguments)

    def argument(self, node: Node) -> str:
        if node.type == "SpreadElement":
            return f"...{self.expression(node.argument)}"
        return self.value(node)

    def value_call(self, target: Node, name: str, arguments: list[str]) -> str:
        kind = self.type_of(target)
        if name in MUTATING:
            if _is_place(target):
                return f"{VALUE_HELPERS[name]}({', '.join([self.lvalue(target)] + arguments)})"
            if name in COPYING:  # nobody else can see a temporary change: the copying form is exact
                return f"{COPYING[name]}({', '.join([self.value(target)] + arguments)})"
            raise EmitError(target, f"PHP arrays are values: .{name} () would change a temporary copy; store the "
                                    "array in a variable first")
        receiver = strip_parentheses(self.expression(target))
        if name == "toUpperCase":
            return f"mb_strtoupper({receiver}, 'UTF-8')"
        if name == "toLowerCase":
            return f"mb_strtolower({receiver}, 'UTF-8')"
        if name == "includes" and kind is Type.STRING:
            return f"str_contains({receiver}, {arguments[0]})"
        return f"{VALUE_HELPERS[name]}({', '.join([receiver] + arguments)})"

    def _statement_call(self, node: Node) -> str | None:
        """`array.push (x)` as a statement: `$array[] = x` (the new length is unused)."""
        callee = node.callee
        if callee.type != "MemberExpression" or callee.computed or callee.property.name != "push" \
                or callee.object.type in ("ThisExpression", "Super") or len(node.arguments) != 1 \
                or node.arguments[0].type == "SpreadElement":
            return None
        return f"{self.lvalue(callee.object)}[] = {self.value(node.arguments[0])}"

    def expression_NewExpression(self, node: Node) -> str:
        name = node.callee.name
        if name not in ERROR_CLASSES:
            raise EmitError(node, f"`new {name}` is not translated")
        return f"new {name}({', '.join(self.argument(argument) for argument in node.arguments)})"

    def expression_AwaitExpression(self, node: Node) -> str:
        return self.expression(node.argument)

    def expression_ConditionalExpression(self, node: Node) -> str:
        # PHP 8 rejects nested ternaries without parentheses, so the branches keep theirs.
        return f"({self.condition(node.test)} ? {self.expression(node.consequent)} : {self.expression(node.alternate)})"

    def expression_UnaryExpression(self, node: Node) -> str:
        operator, argument = node.operator, node.argument
        if operator == "!":
            return f"!({strip_parentheses(self.condition(argument))})"
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
            return f"Js::typeof({self.value(argument)})"
        if operator == "delete":
            return f"Js::delete({self.lvalue(argument.object)}, {self.value(argument.property)})"
        raise EmitError(node, f"the operator {operator} is not translated")

    def number_of(self, node: Node) -> str:
        if self.type_of(node) is Type.NUMBER:
            return self.expression(node)
        return f"Js::toNumber({self.value(node)})"

    def expression_LogicalExpression(self, node: Node) -> str:
        if self.type_of(node.left) is Type.BOOLEAN and self.type_of(node.right) is Type.BOOLEAN:
            return f"({self.expression(node.left)} {node.operator} {self.expression(node.right)})"
        temporary = f"${self.scope.temporary('value')}"
        # The right side keeps its parentheses: PHP 8 rejects an unparenthesised nested ternary.
        left, right = self.value(node.left), self.expression(node.right)
        if node.operator == "||":
            return f"(Js::truthy({temporary} = {left}) ? {temporary} : {right})"
        return f"(Js::truthy({temporary} = {left}) ? {right} : {temporary})"

    def expression_BinaryExpression(self, node: Node) -> str:
        return self.binary_text(node.operator, node.left, node.right)

    def binary_text(self, operator: str, left: Node, right: Node) -> str:
        left_type, right_type = self.type_of(left), self.type_of(right)
        if operator in ("===", "!=="):
            equal = self.strict_equal(self.expression(left), left_type, right)
            return equal if operator == "===" else f"!{equal}"
        if operator == "+":
            if Type.STRING in (left_type, right_type):
                return f"({self.string_of(left)} . {self.string_of(right)})"
            if left_type is Type.NUMBER and right_type is Type.NUMBER:
                return f"({self.expression(left)} + {self.expression(right)})"
            return f"Js::add({self.value(left)}, {self.value(right)})"
        if operator in ("-", "*"):
            # Products outgrow 2**53 quickly, where PHP's ints stay exact and JavaScript rounds: a helper.
            if left_type is Type.NUMBER and right_type is Type.NUMBER and operator == "-":
                return f"({self.expression(left)} {operator} {self.expression(right)})"
            return f"Js::{'subtract' if operator == '-' else 'multiply'}({self.value(left)}, {self.value(right)})"
        if operator in ("/", "%"):
            return f"Js::{'divide' if operator == '/' else 'modulo'}({self.value(left)}, {self.value(right)})"
        if operator in COMPARISON_HELPERS:
            if left_type is right_type is Type.NUMBER:
                return f"({self.expression(left)} {operator} {self.expression(right)})"
            return f"{COMPARISON_HELPERS[operator]}({self.value(left)}, {self.value(right)})"
        if operator == "instanceof":
            return f"({self.expression(left)} instanceof {right.name})"
        if operator == "in":
            return f"Js::has({self.value(right)}, {self.value(left)})"
        raise EmitError(left, f"the operator {operator} is not translated")

    def strict_equal(self, left_text: str, left_type: Type, right: Node) -> str:
        right_type = self.type_of(right)
        if right_type is Type.UNDEFINED:
            return f"({left_text} === null)"
        if right.type == "Literal" and right_type in (Type.BOOLEAN, Type.STRING) \
                or left_type is right_type is Type.STRING:
            return f"({left_text} === {self.expression(right)})"
        if left_type is right_type is Type.NUMBER:
            return f"({left_text} == {self.expression(right)})"
        return f"Js::strictEqual({strip_parentheses(left_text)}, {self.value(right)})"

    def condition(self, node: Node) -> str:
        kind = self.type_of(node)
        if kind is Type.BOOLEAN:
            return self.value(node)
        if kind is Type.STRING:
            return f"({self.expression(node)} !== '')"
        return f"Js::truthy({self.value(node)})"


def _is_place(node: Node) -> bool:
    """A local, this.x, or an element of one: something PHP can pass by reference."""
    if node.type == "Identifier":
        return True
    if node.type == "MemberExpression":
        return node.object.type == "ThisExpression" if not node.computed else _is_place(node.object)
    return False


def _changes(body: Node, array: Node) -> bool:
    """Does the loop body call a mutating method on the same variable (array.push (...))?"""
    for node in nodes_of(body):
        if node.type == "CallExpression" and node.callee.type == "MemberExpression" and not node.callee.computed \
                and node.callee.property.name in MUTATING and _same_place(node.callee.object, array):
            return True
    return False


def _same_place(left: Node, right: Node) -> bool:
    if left.type != right.type:
        return False
    if left.type == "Identifier":
        return left.name == right.name
    if left.type == "ThisExpression":
        return True
    if left.type == "MemberExpression":
        same_key = left.computed == right.computed and (
            left.property.name == right.property.name if not left.computed
            else left.property.type == right.property.type == "Literal" and left.property.value == right.property.value)
        return same_key and _same_place(left.object, right.object)
    return False


def php_number(value: float | int) -> str:
    """A JavaScript number (a double) as PHP: safe integers as int, everything else as float."""
    if float(value).is_integer() and abs(value) < 2**53:
        return str(int(value))
    text = repr(float(value))
    return "INF" if text == "inf" else text


def php_string(value: str) -> str:
    """A PHP literal for any JavaScript string: no interpolation of $ or {, controls escaped."""
    if all(" " <= character and character != "\x7f" for character in value):
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"
    escaped = []
    for character in value:
        if character in '\\"$':
            escaped.append("\\" + character)
        elif character < " " or character == "\x7f":
            escaped.append({"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(character, f"\\x{ord(character):02x}"))
        else:
            escaped.append(character)
    return '"' + "".join(escaped) + '"'


def _indent(lines: list[str]) -> list[str]:
    return ["    " + line if line else line for line in lines]
