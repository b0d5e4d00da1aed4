"""SUB-B: the sandbox boundary — no path from a value to a function, a constructor or a language's magic.

A submitted file runs with its users' API keys in Node, Python and PHP. These rules make sure, by
construction, that subset code can only call what it names: methods of `this`, the whitelisted globals
and the string and array members. No value it can compute is a function (reads of inherited JavaScript
properties go through helpers that read own keys only, `this.method` is only ever called), no name can
alias a reserved one, and the request pipeline below `sign` stays the runtime's.
"""

from __future__ import annotations

from esprima.nodes import Node

from transpiler.analysis.exchange import describe_literal
from transpiler.analysis.scopes import Resolved
from transpiler.emit.types import Type, TypeEnvironment
from transpiler.names import (
    ASCII_IDENTIFIER, DESCRIBE_KEYS, INHERITED_FUNCTIONS, NATIVE_PRIMITIVES, PHP_NATIVE_PRIMITIVES, THIS_PROPERTIES,
    is_reaching_name, is_sealed,
)
from transpiler.rules.base import Rule
from transpiler.syntax import Path, is_callee, is_deleted, property_key

READ_HINT = "read it with this.safeValue (dictionary, key): safe* helpers read the dictionary's own keys only"


def static_key(node: Node) -> str | None:
    """The string a key expression always is: a string literal, or a template literal without ${...}."""
    if node.type == "Literal" and isinstance(node.value, str):
        return node.value
    if node.type == "TemplateLiteral" and not node.expressions:
        return node.quasis[0].value.cooked
    return None


def _is_write_target(path: Path) -> bool:
    """obj[key] = value (a plain assignment writes, it does not read) or delete obj[key]."""
    if path.parent_type == "AssignmentExpression" and path.field == "left":
        return path.parent.node.operator == "="
    return is_deleted(path)


class AsciiIdentifiers(Rule):
    id = "SUB-B001"
    title = "identifiers are plain ASCII names, written without escapes"
    rationale = (
        "Python folds Unicode identifiers to NFKC, so a local named with fullwidth letters (ｓｅｌｆ) *is* "
        "`self` there; `\\u0073elf` is `self` to the parser; homoglyphs hide one name behind another in review. "
        "Names are therefore ASCII letters, digits and underscores, starting with a letter or an underscore "
        "(`$` has no counterpart in PHP variable names), exactly as written in the file."
    )
    bad = "const ｍarket = this.market (symbol);"
    good = "const market = this.market (symbol);"
    hint = "rename it with ASCII letters, digits and _"

    def visit_Identifier(self, path: Path) -> None:
        node = path.node
        written = self.context.source.text[node.range[0]:node.range[1]]
        if written != node.name:
            self.report(node, f"the name `{node.name}` is written with an escape", f"write it as {node.name}"
                        if ASCII_IDENTIFIER.match(node.name) else self.hint)
        elif not ASCII_IDENTIFIER.match(node.name):
            self.report(node, f"`{node.name}` is not a plain ASCII name")


class ReachingNames(Rule):
    id = "SUB-B002"
    title = "no `constructor`, `prototype`, `__proto__` or `__dunder__` names, keys or members"
    rationale = (
        "These names lead from a value to its class, its prototype or the language's magic: "
        "''['constructor']['constructor'] is Function in JavaScript, self.__class__ and __globals__ reach any "
        "module in Python, __construct, __get and __destruct run code in PHP. No exchange needs them, so "
        "they are rejected as names, member names, method names, object keys and bracket keys."
    )
    bad = "const make = params['constructor'];"
    good = "const kind = this.safeString (params, 'type');"
    hint = "choose another name; an exchange's data never needs these keys"
    decisions = "Any name starting with two underscores is rejected, not only the dunders in use today."

    def visit_Identifier(self, path: Path) -> None:
        if path.parent_type == "MethodDefinition" and path.parent.node.kind == "constructor":
            return  # S003 rejects constructors
        if is_reaching_name(path.node.name):
            self.report(path.node, f"the name `{path.node.name}` is not allowed")

    def visit_MemberExpression(self, path: Path) -> None:
        self._check_key(path.node.property if path.node.computed else None)

    def visit_Property(self, path: Path) -> None:
        self._check_key(None if path.node.computed else path.node.key)

    def visit_MethodDefinition(self, path: Path) -> None:
        self._check_key(None if path.node.computed else path.node.key)

    def _check_key(self, key: Node | None) -> None:
        name = static_key(key) if key is not None else None
        if name is not None and is_reaching_name(name):
            self.report(key, f"the key '{name}' is not allowed")


class NamedCallsOnly(Rule):
    id = "SUB-B003"
    title = "call only what is named: this.method (...), super.method (...), globals and string/array members"
    rationale = (
        "Calling a value computed at run time is how every JavaScript sandbox is escaped: a dictionary member "
        "(`obj['f'] ()`), a computed name (`obj[key] ()`), the result of another call (`f (x) ()`) or a local "
        "holding a function. The subset calls methods of the class by name, the whitelisted globals "
        "(Math.floor, parseInt, ...), Precise and the string and array members; nothing else is callable."
    )
    bad = "const handler = params['handler'];\nreturn handler (symbol);"
    good = "return await this.fetchTicker (symbol, params);"
    hint = "call a method of the class by its name: this.someMethod (...)"

    def visit_CallExpression(self, path: Path) -> None:
        callee = path.node.callee
        if callee.type == "MemberExpression" and not callee.computed:
            return  # this.m, super.m, Math.m, Precise.m, value.member: judged by E006, E007 and E014
        if callee.type == "Identifier":
            if self.context.scopes.resolution(callee) in (Resolved.LOCAL, Resolved.IMPORT):
                self.report(callee, f"`{callee.name}` is a value and cannot be called")
            return  # parseInt, parseFloat and unknown names are E006's
        if callee.type in ("Import", "Super") or (callee.type == "MemberExpression"
                                                  and callee.object.type in ("ThisExpression", "Super")):
            return  # S002's, S003's, E002's and E014's
        what = "a computed member" if callee.type == "MemberExpression" else "the result of an expression"
        self.report(callee, f"{what} cannot be called")


class OwnKeyReads(Rule):
    id = "SUB-B004"
    title = "bracket reads use a literal key, a number, or a safe* helper"
    rationale = (
        "In JavaScript obj[key] also finds what obj inherits: with key 'constructor', 'slice' or 'toString' "
        "it returns a function, which is how sandboxes are escaped, while Python and PHP find nothing. A "
        "bracket read therefore uses a string literal that no JavaScript value inherits (response['price']), "
        "or a number (list[i]); any other key is read with this.safeValue (obj, key) and the other safe* "
        "helpers, which read own keys only and mean the same in every language. Writes (obj[key] = value) "
        "and delete take any key."
    )
    bad = "const tickers = await this.fetchTickers ();\nconst ticker = tickers[symbol];"
    good = "const tickers = await this.fetchTickers ();\nconst ticker = this.safeValue (tickers, symbol);"
    hint = READ_HINT
    decisions = "A number is a numeric literal or a value the type inference proves numeric (a loop counter, " \
                "an arithmetic result, .length)."

    def __init__(self, context) -> None:
        super().__init__(context)
        self.types: dict[int, TypeEnvironment] = {}

    def visit_MemberExpression(self, path: Path) -> None:
        node = path.node
        if not node.computed or node.object.type in ("ThisExpression", "Super") or _is_write_target(path):
            return  # computed access on this is E002's
        if node.object.type == "Identifier" and self.context.scopes.resolution(node.object) is Resolved.IMPORT:
            return  # members of imported classes are B007's
        key = node.property
        name = static_key(key)
        if name is not None:
            if name in INHERITED_FUNCTIONS and not is_reaching_name(name):  # reaching names are B002's
                self.report(key, f"'{name}' is also the name of a method that JavaScript strings, arrays or objects inherit",
                            f"read it with this.safeValue ({self.context.source.snippet(node.object)}, '{name}')")
            return
        if self._is_number(path, key):
            return
        self.report(key, "a bracket read with a key computed at run time may reach an inherited method",
                    f"write this.safeValue ({self.context.source.snippet(node.object)}, "
                    f"{self.context.source.snippet(key)}): safe* helpers read own keys only")

    def _is_number(self, path: Path, key: Node) -> bool:
        method = path.enclosing_method()
        if method is None:
            return key.type == "Literal" and isinstance(key.value, (int, float))
        environment = self.types.get(id(method.node))
        if environment is None:
            environment = self.types[id(method.node)] = TypeEnvironment(method.node)
        return environment.of(key) is Type.NUMBER


class ThisDataOnly(Rule):
    id = "SUB-B005"
    title = "`this.name` without a call reads or assigns only the exchange's data properties"
    rationale = (
        "A method read without calling it is a function value (`const f = this.fetch;`), and assigning over a "
        "method replaces the runtime's code. `this.name` may be read or assigned only for the properties the "
        "base class defines: the keys of describe() (id, urls, api, options, fees, ...), the credentials "
        "(apiKey, secret, ...) and the loaded markets and currencies. Everything else is called."
    )
    bad = "const send = this.fetch;"
    good = "const url = this.urls['api']['public'];"
    hint = "call methods (this.name (...)); keep your own settings in describe()['options'], read as this.options"
    decisions = "The keys of the dictionary describe() returns are checked too: the constructor copies them onto " \
                "the exchange, where a key named like a method would replace it."

    def finish(self) -> None:
        literal = describe_literal(self.context.exchange) if not self.context.source.is_base else None
        for prop in literal.properties if literal is not None else ():
            key = property_key(prop)
            if key is not None and key not in DESCRIBE_KEYS and not is_reaching_name(key):
                self.report(prop.key, f"'{key}' is not a key of describe()",
                            f"put it under 'options': {{ 'options': {{ '{key}': ... }} }}")

    def visit_MemberExpression(self, path: Path) -> None:
        node = path.node
        if node.object.type != "ThisExpression" or node.computed or is_callee(path):
            return
        name = node.property.name
        if name not in THIS_PROPERTIES and not is_reaching_name(name):  # reaching names are B002's
            self.report(node.property, f"`this.{name}` is not a data property of the exchange")


class SealedPipeline(Rule):
    id = "SUB-B006"
    title = "an exchange does not redefine the request pipeline or the native layer"
    rationale = (
        "Every request goes request -> fetch2 (rate limit) -> sign -> fetch -> handleErrors. An exchange "
        "customises sign, handleErrors, nonce and the unified methods; it never redefines fetch, fetch2, "
        "request, throttle, the error mapping or any method of the native layer (time, crypto, JSON, HTTP), "
        "which would see every request with its keys and never run under the fixtures, nor the base class's "
        "primitives that Python and PHP implement natively (safeString, sortBy, parseBidsAsks, ...)."
    )
    bad = "async fetch (url, method = 'GET', headers = undefined, body = undefined) {\n    return {};\n}"
    good = "sign (path, api = 'public', method = 'GET', params = {}, headers = undefined, body = undefined) {\n" \
           "    return { 'url': path, 'method': method, 'body': body, 'headers': headers };\n}"
    hint = "customise sign () and handleErrors () instead"
    example_scope = "class"

    def visit_ClassBody(self, path: Path) -> None:
        if self.context.source.is_base:
            return  # the base class defines the pipeline
        for name, method in self.context.exchange.methods.items():
            if name in NATIVE_PRIMITIVES or name in PHP_NATIVE_PRIMITIVES:
                where = "PHP" if name in PHP_NATIVE_PRIMITIVES else "Python and PHP"
                self.report(method.key, f"{name} is a primitive of the base class, native in {where}, and "
                                        "cannot be redefined", "give your helper a name of its own")
            elif is_sealed(name):
                self.report(method.key, f"{name} is part of the request pipeline and cannot be redefined")


class NoClassValues(Rule):
    id = "SUB-B007"
    title = "`this` and imported classes are not read from: this.name (...), new ErrorClass (...), Precise.method (...)"
    rationale = (
        "`const self = this;` turns the exchange into a dictionary whose keys are its methods (self['fetch'] is "
        "a function in JavaScript, an error in Python and PHP), and the members of an imported class "
        "(ExchangeError['captureStackTrace']) are functions too. `this` is only used as this.name, imported "
        "error classes are thrown, compared with instanceof or stored as values (in describe()'s exceptions), "
        "and Precise is called through its static methods."
    )
    bad = "const exchange = this;\nreturn exchange['id'];"
    good = "return this.id;"
    hint = "write this.name, or call the method: this.name (...)"

    def visit_ThisExpression(self, path: Path) -> None:
        if path.enclosing_method() is None:
            return  # E014's
        if not (path.parent_type == "MemberExpression" and path.field == "object"):
            self.report(path.node, "`this` is only used as this.name")

    def visit_Identifier(self, path: Path) -> None:
        node = path.node
        if not (path.parent_type == "MemberExpression" and path.field == "object" and path.parent.node.computed):
            return  # dot access on a value is E002's and E007's
        imported = self.context.exchange.imports.get(node.name)
        if imported is None or imported.file == "./base/Precise.js" \
                or self.context.scopes.resolution(node) is not Resolved.IMPORT:
            return  # Precise's members are E006's
        self.report(path.parent.node, f"members of the imported {node.name} are not part of the subset",
                    f"throw new {node.name} (message), or compare: error instanceof {node.name}")
