"""SUB-B014: an error class is a value only where the base class takes it: no runtime can tell what it is.

An error class as a value is a class in Node (typeof 'function', its source as text), a type in Python (typeof
'object') and the class's name in PHP, a string there in every way (typeof 'string', safeString, its length, its
characters). A file that held one where its code could look at it took another path in each runtime.
"""

from __future__ import annotations

from esprima.nodes import Node

from transpiler.analysis.scopes import Resolved
from transpiler.rules.base import Rule
from transpiler.rules.sandbox import DESCRIBE_CALLS
from transpiler.syntax import Path, property_key, static_key, walk

ERRORS_MODULE = "./base/errors.js"
# The maps of describe () whose values are error classes, and the base methods that read them.
ERROR_MAPS = frozenset({"exceptions", "httpExceptions"})
MAP_READERS = frozenset({"throwExactlyMatchedException", "throwBroadlyMatchedException"})
# The merges whose literal describe () returns (return this.deepExtend (super.describe (), { ... })).
DESCRIBE_MERGES = frozenset({"deepExtend", "extend"})
# rejectUpdate (url, messageHash, errorClass, reason): the one method that takes an error class as an argument.
CLASS_ARGUMENTS = {"rejectUpdate": 2}


def _this_call(node: Node) -> str | None:
    """The name of this.name (...) or super.name (...), for a call of that form."""
    callee = node.callee if node.type == "CallExpression" else None
    if callee is None or callee.type != "MemberExpression" or callee.computed \
            or callee.object.type not in ("ThisExpression", "Super"):
        return None
    return callee.property.name


class ErrorClassValues(Rule):
    id = "SUB-B014"
    title = "an error class is a value only in describe ()'s exceptions maps and as rejectUpdate's argument"
    rationale = (
        "An error class held as a value is a class in Node, a type in Python and a string in PHP (its name): "
        "`typeof cls === 'string'` was false in Node and Python and true in PHP, `this.safeString (map, 'x')` of it "
        "undefined in Node and the class's name in PHP, so a file that looked at one (from a dictionary of its own, "
        "this.exceptions or describe ()) took another path in each runtime. Error classes are thrown (new "
        "ErrorClass (...)), compared (e instanceof ErrorClass), written into the exceptions and httpExceptions maps "
        "of the dictionary describe () returns (at exceptions[kind][code] and httpExceptions[status], where the base "
        "class reads them), which only throwExactlyMatchedException and throwBroadlyMatchedException read, and "
        "passed to this.rejectUpdate (...); describe () moves no dictionary that holds those maps under another key, "
        "and only describe () calls describe ()."
    )
    bad = "const errors = { 'invalid': BadRequest };\nreturn errors;"
    good = "const code = this.safeString (params, 'code');\n" \
           "this.throwExactlyMatchedException (this.exceptions['exact'], code, this.id + ' ' + code);\n" \
           "throw new BadRequest (this.id + ' ' + symbol);"
    hint = "throw it, compare with instanceof, or write it into describe ()'s exceptions map"

    def visit_Identifier(self, path: Path) -> None:
        node = path.node
        imported = self.context.exchange.imports.get(node.name)
        if imported is None or imported.file != ERRORS_MODULE or path.enclosing_method() is None \
                or self.context.scopes.resolution(node) is not Resolved.IMPORT:
            return
        if path.parent_type in ("NewExpression", "CallExpression") and path.field == "callee":
            return  # thrown, or called: B003's
        if path.parent_type == "MemberExpression" and path.field == "object":
            return  # its members are B007's and E002's
        if path.parent_type == "BinaryExpression" and path.parent.node.operator == "instanceof" \
                and path.field == "right":
            return
        if path.parent_type == "CallExpression" and path.field == "arguments":
            call = path.parent.node
            position = CLASS_ARGUMENTS.get(_this_call(call) or "")
            if position is not None and position < len(call.arguments) and call.arguments[position] is node:
                return
        if self._in_error_map(path):
            return
        self.report(node, f"{node.name} as a value is a class in Node, a type in Python and a string in PHP",
                    f"throw new {node.name} (message), compare: e instanceof {node.name}, or write it into "
                    "describe ()'s 'exceptions' map")

    def _in_error_map(self, path: Path) -> bool:
        """A value of describe ()'s dictionary, written out under its own 'exceptions' or 'httpExceptions' key (one of
        the dictionary that describe () returns merged, not of one nested in it: this.options['exceptions'] is read
        as any option, and so was one that a call moved there, this.extend ({ 'exceptions': ... })), where the base
        class reads it: an exception's class at exceptions[kind][code], a status's at httpExceptions[status]. (One
        written elsewhere in the maps, exceptions['custom'], was read by ownValue as undefined in Node and as the
        first letter of its name in PHP; red-team round 27.)"""
        method = path.enclosing_method()
        if method is None or property_key(method.node) != "describe":
            return False
        current = path
        levels = 0  # the keys between the map's and the class
        while current.parent_type in ("Property", "ObjectExpression"):
            current = current.parent
            if current.type != "Property":
                continue
            if property_key(current.node) in ERROR_MAPS and self._returned_merge(current.parent):
                return levels == (2 if property_key(current.node) == "exceptions" else 1)
            levels += 1
        return False

    @staticmethod
    def _returned_merge(literal: Path) -> bool:
        """Whether an object literal is what describe () returns, as it is (the base class's) or merged: return
        this.deepExtend (inherited, { ... })."""
        call = literal.parent
        return literal.parent_type == "ReturnStatement" or (
            literal.parent_type == "CallExpression" and literal.field == "arguments"
            and _this_call(call.node) in DESCRIBE_MERGES and call.parent_type == "ReturnStatement")

    def visit_MemberExpression(self, path: Path) -> None:
        node = path.node
        if self.context.source.is_base or node.computed or node.object.type != "ThisExpression" \
                or node.property.name not in ERROR_MAPS:
            return
        read = path.parent
        if read is not None and read.type == "MemberExpression" and read.node.computed and path.field == "object" \
                and static_key(read.node.property) is not None and read.parent_type == "CallExpression" \
                and read.field == "arguments" and _this_call(read.parent.node) in MAP_READERS:
            return
        if node.property.name == "httpExceptions":  # a flat map of statuses, which the base class reads itself
            hint = "leave the HTTP status to the base class: handleErrors returns undefined, and handleHttpStatusCode " \
                   "throws the class that this.httpExceptions maps the status to"
        else:
            hint = f"pass it on as it is: this.throwExactlyMatchedException (this.{node.property.name}['exact'], " \
                   "code, feedback)"
        self.report(node, f"this.{node.property.name} holds error classes, which each runtime holds as another kind "
                          "of value", hint)

    def visit_CallExpression(self, path: Path) -> None:
        if _this_call(path.node) != "describe":
            return
        method = path.enclosing_method()
        if method is not None and property_key(method.node) != "describe":
            self.report(path.node.callee, "describe () holds the exceptions maps: only describe () calls it",
                        "read what you need through this (this.options, this.urls, this.fees)")

    def visit_MethodDefinition(self, path: Path) -> None:
        if self.context.source.is_base or property_key(path.node) != "describe":
            return
        whole: set[str] = set()  # the locals that hold a dictionary with the exceptions maps
        for inner in walk(path.node.value.body):
            node = inner.node
            if node.type == "MemberExpression" and node.computed and static_key(node.property) in ERROR_MAPS:
                self.report(node.property, f"describe () reads its '{static_key(node.property)}' map, whose values "
                                           "are error classes", "write the map out where it is")
            elif node.type == "VariableDeclarator" and node.id.type == "Identifier" and node.init is not None \
                    and self._holds_maps(node.init, whole):
                whole.add(node.id.name)
            elif node.type == "AssignmentExpression" and node.left.type == "Identifier" \
                    and self._holds_maps(node.right, whole):
                whole.add(node.left.name)
            elif inner.parent_type in ("Property", "ArrayExpression") and inner.field in ("value", "elements") \
                    and self._holds_maps(node, whole):
                self.report(node, "describe () puts a dictionary that holds its exceptions maps under another key, "
                                  "where their error classes would be read as values",
                            "merge dictionaries at the top: this.deepExtend (super.describe (), { ... })")

    def _holds_maps(self, node: Node, whole: set[str]) -> bool:
        """super.describe (), a local holding it, a merge of it or an object literal that spreads it."""
        if node.type == "Identifier":
            return node.name in whole
        if node.type == "CallExpression":
            name = _this_call(node)
            if name == "describe":
                return True
            return name in DESCRIBE_CALLS and any(self._holds_maps(argument, whole) for argument in node.arguments)
        if node.type == "ObjectExpression":
            return any(prop.type == "SpreadElement" and self._holds_maps(prop.argument, whole)
                       for prop in node.properties)
        if node.type == "SpreadElement":
            return self._holds_maps(node.argument, whole)
        return False
