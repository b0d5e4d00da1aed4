"""SUB-B: the sandbox boundary — no path from a value to a function, a constructor or a language's magic.

A submitted file runs with its users' API keys in Node, Python and PHP. These rules make sure, by
construction, that subset code can only call what it names: methods of `this`, the whitelisted globals
and the string and array members. No value it can compute is a function (reads of inherited JavaScript
properties go through helpers that read own keys only, `this.method` is only ever called), no name can
alias a reserved one, and the request pipeline below `sign` stays the runtime's.
"""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata

from esprima.nodes import Node

from transpiler.analysis.components import strongly_connected_components
from transpiler.analysis.exchange import describe_keys, describe_literal, describe_omitted
from transpiler.analysis.scopes import Problem, Resolved
from transpiler.emit.types import Type, TypeEnvironment
from transpiler.names import (
    ALL_GLOBALS, ASCII_IDENTIFIER, CONSTRUCTION_CALLED, DESCRIBE_KEYS, EXCHANGE_MODULE, HASH_ALGORITHMS,
    INHERITED_FUNCTIONS, INTERNAL_METHODS, NATIVE_CALLED, NATIVE_HELPERS, NATIVE_PRIMITIVES, PLAIN_EXCHANGE_NAME_LENGTH,
    PYTHON_INSTANCE_ATTRIBUTES, RUNTIME_PROPERTIES, SEALED_HELPERS, SEALED_METHODS, STREAM_STATE_HELPERS,
    THIS_PROPERTIES, USER_SETTINGS,
    is_internal, is_plain_exchange_name, is_reaching_name, is_sealed, spelling,
)
from transpiler.rules.base import Rule
from transpiler.rules.confined import CARRIED, confined, unconfined_reads
from transpiler.syntax import Path, is_callee, is_deleted, property_key, static_key, walk

READ_HINT = "read it with this.safeValue (dictionary, key): safe* helpers read the dictionary's own keys only"


# A word written with escapes, from its first backslash on: \u0061sync, o\u0066, \u{61}wait.
ESCAPED_WORD = re.compile(r"(?:\\u[0-9A-Fa-f]{4}|\\u\{[0-9A-Fa-f]+\}|[A-Za-z0-9_$])+")
UNICODE_ESCAPE = re.compile(r"\\u(?:([0-9A-Fa-f]{4})|\{([0-9A-Fa-f]+)\})")


def _unescaped(written: str) -> str:
    def character(match: re.Match) -> str:
        code = int(match.group(1) or match.group(2), 16)
        return chr(code) if code <= 0x10FFFF else match.group()
    return UNICODE_ESCAPE.sub(character, written)


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
    decisions = (
        "Keywords are written without escapes too: esprima reads `\\u0061sync`, `o\\u0066` (for ... of), "
        "`\\u0061wait` and `fr\\u006fm` as the words they spell, where Node refuses the module (escaped "
        "contextual keywords are a syntax error), so Python and PHP would run a file that Node does not load. A "
        "backslash stands only in strings, template literals and comments."
    )

    def __init__(self, context) -> None:
        super().__init__(context)
        self._escapes_allowed: list[tuple[int, int]] = []  # ranges of strings, templates, names (judged above)

    def visit_Literal(self, path: Path) -> None:
        self._escapes_allowed.append(tuple(path.node.range))

    def visit_TemplateElement(self, path: Path) -> None:
        self._escapes_allowed.append(tuple(path.node.range))

    def finish(self) -> None:
        """A backslash anywhere else is an escape in a keyword: `\\u0061sync`, `o\\u0066`, `\\u0061wait`."""
        text = self.context.source.text
        allowed = self._escapes_allowed + [tuple(comment.range) for comment in
                                           getattr(self.context.program, "comments", None) or ()]
        allowed.sort()
        starts = [start for start, _ in allowed]
        offset = text.find("\\")
        while offset >= 0:
            index = bisect.bisect_right(starts, offset) - 1
            if index >= 0 and offset < allowed[index][1]:
                offset = text.find("\\", allowed[index][1])
                continue
            start = offset
            while start > 0 and (text[start - 1].isascii() and (text[start - 1].isalnum() or text[start - 1] in "_$")):
                start -= 1
            word = ESCAPED_WORD.match(text, offset)
            end = word.end() if word and word.end() > offset else offset + 1
            spelled = _unescaped(text[start:end])
            self.context.add(self.context.source.offset_diagnostic(
                self.id, f"the keyword `{spelled}` is written with an escape: Node refuses the module",
                f"write it as {spelled}", start, end, self.severity))
            offset = text.find("\\", end)

    def visit_Identifier(self, path: Path) -> None:
        node = path.node
        self._escapes_allowed.append(tuple(node.range))
        written = self.context.source.text[node.range[0]:node.range[1]]
        if written != node.name:
            self.report(node, f"the name `{node.name}` is written with an escape", f"write it as {node.name}"
                        if ASCII_IDENTIFIER.match(node.name) else self.hint)
        elif not ASCII_IDENTIFIER.match(node.name):
            self.report(node, f"`{node.name}` is not a plain ASCII name")


# Method names that JavaScript itself calls on an object, which Python and PHP never do.
PROTOCOL_METHODS = {
    "then": "an exchange with a then method is a thenable, so `await` on it, or an async function returning it, "
            "calls that method in Node (and waits for ever if it settles nothing)",
    "valueOf": "Node calls it when the exchange is compared or converted to a number",
    "toString": "Node calls it when the exchange is converted to a string (`${exchange}`)",
    "toLocaleString": "Node's locale formatting calls it",
}


class ReachingNames(Rule):
    id = "SUB-B002"
    title = "no `constructor`, `prototype`, `__proto__` or `__dunder__` names, keys or members"
    rationale = (
        "These names lead from a value to its class, its prototype or the language's magic: "
        "''['constructor']['constructor'] is Function in JavaScript, self.__class__ and __globals__ reach any "
        "module in Python, __construct, __get and __destruct run code in PHP. No exchange needs them, so "
        "they are rejected as names, member names, method names, object keys and bracket keys. Methods named then, "
        "valueOf, toString or toLocaleString are rejected too: Node calls them by itself (an exchange with a then "
        "method is a thenable: awaiting it, or returning it from an async function, runs that method), Python and "
        "PHP never do."
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
        name = property_key(path.node)
        if name in PROTOCOL_METHODS and path.node.kind == "method":
            self.report(path.node.key, f"a method named {name} is one JavaScript calls by itself: {PROTOCOL_METHODS[name]}",
                        f"choose another name, for example {name}Value")

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
    title = "bracket reads and `in` tests use a literal key, a number, or a safe* helper"
    rationale = (
        "In JavaScript obj[key] also finds what obj inherits: with key 'constructor', 'slice' or 'toString' "
        "it returns a function, which is how sandboxes are escaped, while Python and PHP find nothing. A "
        "bracket read therefore uses a string literal that no JavaScript value inherits (response['price']), "
        "or a number (list[i]); any other key is read with this.safeValue (obj, key) and the other safe* "
        "helpers, which read own keys only and mean the same in every language. `key in obj` is held to the "
        "same keys, since it is true for inherited names in JavaScript alone ('toString' in {}). Writes "
        "(obj[key] = value) and delete take any key."
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

    def visit_BinaryExpression(self, path: Path) -> None:
        node = path.node
        if node.operator != "in":
            return
        name = static_key(node.left)
        container = self.context.source.snippet(node.right)
        if name is not None:
            if name in INHERITED_FUNCTIONS:
                self.report(node.left, f"'{name}' in {container} is true in JavaScript for what any object inherits",
                            f"test this.safeValue ({container}, '{name}') !== undefined")
            return
        if self._is_number(path, node.left):
            return
        self.report(node.left, "an `in` test with a key computed at run time also finds inherited members in "
                               "JavaScript ('toString' in {} is true there, false in Python and PHP)",
                    f"test this.safeValue ({container}, {self.context.source.snippet(node.left)}) !== undefined: "
                    "safe* helpers read own keys only")

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
    decisions = "The keys of the dictionary describe() returns are checked too, in every literal it merges and every " \
                "key it assigns (the runtimes refuse any other at construction): the constructor copies them onto " \
                "the exchange, where a key named like a method would replace it or one named like the runtime's " \
                "state (throttleLast, markets) would preset it (red-team round 43). this.throttleLast, the rate " \
                "limiter's last reading of the monotonic clock, is the runtime's: that clock counts from the " \
                "process's start in Node and from the machine's boot in Python and PHP, so `this.throttleLast < " \
                "600000` took another path in Node (red-team round 24)."

    def finish(self) -> None:
        if self.context.source.is_base:
            return
        for node, key in describe_keys(self.context.exchange):  # (a computed key is SUB-B008's)
            if key is not None and key not in DESCRIBE_KEYS and not is_reaching_name(key):
                self.report(node, f"'{key}' is not a key of describe()",
                            f"put it under 'options': {{ 'options': {{ '{key}': ... }} }}")

    def visit_MemberExpression(self, path: Path) -> None:
        node = path.node
        if node.object.type != "ThisExpression" or node.computed or is_callee(path):
            return
        name = node.property.name
        if name not in THIS_PROPERTIES and not is_reaching_name(name):  # reaching names are B002's
            self.report(node.property, f"`this.{name}` is not a data property of the exchange")
        elif name in RUNTIME_PROPERTIES and not self.context.source.is_base:
            self.report(node.property, f"`this.{name}` is the rate limiter's reading of a clock whose origin is each "
                                       "runtime's (the process's start in Node, the machine's boot in Python and PHP)",
                        "measure time with this.milliseconds (), the same clock in every runtime")


class SealedPipeline(Rule):
    id = "SUB-B006"
    title = "an exchange does not redefine the request pipeline or the native layer"
    rationale = (
        "Every request goes request -> fetch2 (rate limit) -> sign -> fetch -> handleErrors. An exchange "
        "customises sign, handleErrors, nonce and the unified methods; it never redefines fetch, fetch2, "
        "request, throttle, the error mapping or any method of the native layer (time, crypto, JSON, HTTP), "
        "which would see every request with its keys and never run under the fixtures, nor the base class's "
        "primitives that Python and PHP implement natively (safeString, sortBy, parseBidsAsks, ...) or the methods "
        "their native code calls (headerValues, contractValue, safeFee), nor the helpers the construction runs (omit, "
        "which describe () may call, and the helpers that name the implicit API methods), whose results are the "
        "hosts and the implicit methods that certify reads. Nor is a "
        "method named like a property of the exchange (options, markets, or session, an attribute of the Python "
        "layer), in any case and with or without underscores (apikey is apiKey's name in PHP): the property hides it "
        "in Node and Python, not in PHP, and the constructors refuse such an exchange. Nor does the api tree make "
        "an implicit method that spells a method of the class or of any runtime's native layer (requestHeadErs is "
        "Python's request_headers): the runtimes that have it refuse the exchange, the others build it."
    )
    bad = "async fetch (url, method = 'GET', headers = undefined, body = undefined) {\n    return {};\n}"
    good = "sign (path, api = 'public', method = 'GET', params = {}, headers = undefined, body = undefined) {\n" \
           "    return { 'url': path, 'method': method, 'body': body, 'headers': headers };\n}"
    hint = "customise sign () and handleErrors () instead"
    example_scope = "class"
    decisions = "Exchange code does not call the runtime's internals either: send (in Node, a request to any URL, " \
                "below fetch's check of the origins), fetch, log, the stream connections, the error plumbing and " \
                "the native layers' helpers (INTERNAL_METHODS and NATIVE_HELPERS in transpiler/names.py); requests " \
                "go through the implicit API methods."

    def visit_CallExpression(self, path: Path) -> None:
        callee = path.node.callee
        if self.context.source.is_base or callee.type != "MemberExpression" or callee.computed \
                or callee.object.type not in ("ThisExpression", "Super"):
            return
        name = callee.property.name
        if is_internal(name):
            self.report(callee.property, f"{name} is the runtime's own and is not called by exchange code",
                        "call the implicit API methods (this.publicGetTicker (params)): they sign, rate-limit and "
                        "send the request")

    def visit_ClassBody(self, path: Path) -> None:
        if self.context.source.is_base:
            return  # the base class defines the pipeline
        for name, method in self.context.exchange.methods.items():
            if name in NATIVE_PRIMITIVES:
                self.report(method.key, f"{name} is a primitive of the base class, native in Python and PHP, and "
                                        "cannot be redefined", "give your helper a name of its own")
            elif name in NATIVE_CALLED:
                self.report(method.key, f"{name} is called by the native layers of Python and PHP, not always where "
                                        "Node calls it, so a redefinition would change some runtimes only: it cannot "
                                        "be redefined", "give your helper a name of its own and call it from your "
                                        "parse methods")
            elif name in CONSTRUCTION_CALLED:
                self.report(method.key, f"{name} runs when the exchange is constructed (describe () merges with omit, "
                                        "the implicit API methods are named with splitWords, camelCaseWords, inArray "
                                        "and arrayConcat), where a redefinition could choose the hosts or the "
                                        "implicit methods after certify has read them: it cannot be redefined",
                            "give your helper a name of its own")
            elif name in STREAM_STATE_HELPERS:
                self.report(method.key, f"{name} is the base class's own: the checker judges what a stream state holds "
                                        "by its calls, which a redefinition could pass by, so it cannot be redefined",
                            "give your helper a name of its own, which calls this.streamState or this.setStreamState")
            elif name in SEALED_HELPERS:
                self.report(method.key, f"{name} is the base class's own: what it keeps is redacted from messages and "
                                        "logs, which a redefinition could skip, so it cannot be redefined",
                            "give your helper a name of its own")
            elif is_sealed(name):
                self.report(method.key, f"{name} is part of the request pipeline and cannot be redefined")
            elif spelling(name) in PROPERTY_SPELLINGS:
                self.report(method.key, f"{name} spells the name of a property of the exchange (in any case, with or "
                                        "without underscores, as the runtimes compare them), which hides the method in "
                                        "Node or Python and not in PHP: the constructors refuse the exchange",
                            "give the method a name of its own")
        self._implicit_spellings()

    def _implicit_spellings(self) -> None:
        """An implicit API method of describe ()'s api tree spells no method of the class or of any runtime's native
        layer (any case, with or without underscores, as the constructors compare them): the api tree's words spelt
        request_headers, a helper of Python's alone, and forget_stream_client, Node's and asyncio's, so that the
        exchange was refused by some runtimes and built by the others (red-team round 47)."""
        from transpiler.analysis.methods import parent_methods  # reads js/base/Exchange.js: only when checked

        exchange = self.context.exchange
        describe = exchange.methods.get("describe")
        if describe is None or not exchange.implicit_api:
            return
        known = parent_methods(self.context.source.path, exchange, False) or frozenset()
        methods = {spelling(name): name for name in sorted(known | set(exchange.methods))}
        spelt = [(name, SEALED_SPELLINGS.get(spelling(name)) or methods.get(spelling(name)))
                 for name in sorted(exchange.implicit_api)]
        spelt = [f"{name} spells {other}" for name, other in spelt if other is not None]
        if spelt:
            self.report(describe.key, f"the api tree makes implicit methods that spell a method of the class or of a "
                                      f"runtime's native layer ({'; '.join(spelt)}): the constructors compare names in "
                                      "any case, with or without underscores, and the runtimes that have such a method "
                                      "refuse to construct the exchange, the others build it",
                        "name the endpoints otherwise, or give them another path in the api tree")


PROPERTY_SPELLINGS = frozenset(map(spelling, THIS_PROPERTIES | PYTHON_INSTANCE_ATTRIBUTES))
# The methods of every runtime's native layer and request pipeline, by spelling (see _implicit_spellings).
SEALED_SPELLINGS = {spelling(name): name for name in sorted(SEALED_METHODS | NATIVE_HELPERS | INTERNAL_METHODS)}


def _is_exchange_class(module: str) -> bool:
    """The base class's module or another exchange's (the parent of a derived exchange)."""
    return module == "./base/Exchange.js" or EXCHANGE_MODULE.match(module) is not None


class NoClassValues(Rule):
    id = "SUB-B007"
    title = "`this` and imported classes are not read from: this.name (...), new ErrorClass (...), Precise.method (...)"
    rationale = (
        "`const self = this;` turns the exchange into a dictionary whose keys are its methods (self['fetch'] is "
        "a function in JavaScript, an error in Python and PHP), and the members of an imported class "
        "(ExchangeError['captureStackTrace']) are functions too. `this` is only used as this.name, imported "
        "error classes are thrown, compared with instanceof or stored as values (in describe()'s exceptions), "
        "Precise is only called through its static methods (as a value it was a class in Node and Python and an "
        "Error in PHP, which a catch clause saw), and the exchange classes (Exchange, a parent exchange) are only "
        "extended."
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
        imported = self.context.exchange.imports.get(node.name)
        if imported is not None and _is_exchange_class(imported.file) \
                and self.context.scopes.resolution(node) is Resolved.IMPORT \
                and not (path.parent_type == "ClassDeclaration" and path.field == "superClass"):
            # as a value it is a class in Node (a way to its constructor), a bare name in Python and PHP
            self.report(node, f"the exchange class {node.name} is only extended, never used as a value",
                        f"export default class <id> extends {node.name} {{ ... }}; read your data through this")
            return
        if imported is not None and imported.file == "./base/Precise.js" and path.enclosing_method() is not None \
                and self.context.scopes.resolution(node) is Resolved.IMPORT and not _called_member_of(path) \
                and (path.parent_type, path.field) not in _JUDGED_ELSEWHERE:
            # as a value it is a class in Node and Python, and in PHP no value at all: an Error, which a catch clause
            # saw (const p = [ Precise ] took the catch in PHP alone; red-team round 28)
            self.report(node, "Precise is only called through its methods: Precise.stringAdd (a, b)",
                        "call the method you need: Precise.name (...)")
            return
        if not (path.parent_type == "MemberExpression" and path.field == "object" and path.parent.node.computed):
            return  # dot access on a value is E002's and E007's
        if imported is None or imported.file == "./base/Precise.js" \
                or self.context.scopes.resolution(node) is not Resolved.IMPORT:
            return  # Precise's members are E006's
        self.report(path.parent.node, f"members of the imported {node.name} are not part of the subset",
                    f"throw new {node.name} (message), or compare: error instanceof {node.name}")


# Where a class name is another rule's: new Precise () is E011's, an assignment to it D006's.
_JUDGED_ELSEWHERE = frozenset({("NewExpression", "callee"), ("AssignmentExpression", "left")})


def _called_member_of(path: Path) -> bool:
    """Whether the name at path is called through a member: name.method (...)."""
    member = path.parent
    return path.parent_type == "MemberExpression" and path.field == "object" and not member.node.computed \
        and member.parent_type == "CallExpression" and member.field == "callee"


def _this_member_root(node: Node) -> Node | None:
    """The `this.name` a member chain starts from: this.name of this.name, this.name['a'] and this.name['a']['b']."""
    while node.type == "MemberExpression":
        if node.object.type == "ThisExpression" and not node.computed:
            return node
        node = node.object
    return None


class NoThisWrites(Rule):
    id = "SUB-B008"
    title = "an exchange assigns no property of `this`, and writes only into this.options"
    rationale = (
        "The exchange's properties are the user's settings and the runtime's state: `this.secret = ''` after "
        "copying the secret to a local hides it from the redaction of error messages, `this.proxy = ...` sends "
        "every later request through another host, `this.verbose`, `this.timeout` and `this.maxResponseSize` "
        "switch off what the runtime guarantees, and `this.headers['Host'] = ...` redirects requests on a "
        "shared front end. An exchange keeps its own state in this.options (`this.options['accountId'] = id`) "
        "and sets its defaults in describe (), which may not set the user's settings (proxy, verbose, timeout, "
        "maxResponseSize, maxDecompressedSize, maxRetryAfter, enableRateLimit) either."
    )
    bad = "this.proxy = 'http://127.0.0.1:8080';"
    good = "this.options['accountId'] = this.safeString (params, 'accountId');"
    hint = "keep the value in this.options: this.options['name'] = value"
    decisions = "Only js/base/Exchange.js assigns the exchange's properties; writes into this.options stay allowed " \
                "(exchanges cache account ids there)."

    def _check_target(self, target: Node) -> None:
        if self.context.source.is_base:
            return
        root = _this_member_root(target)
        if root is None:
            return
        name = root.property.name
        if root is target:
            self.report(target, f"`this.{name}` is assigned: an exchange does not change its properties")
        elif name != "options":
            self.report(target, f"a write into `this.{name}`: an exchange writes only into this.options")

    def visit_AssignmentExpression(self, path: Path) -> None:
        self._check_target(path.node.left)

    def visit_UpdateExpression(self, path: Path) -> None:
        self._check_target(path.node.argument)

    def visit_UnaryExpression(self, path: Path) -> None:
        if path.node.operator == "delete":
            self._check_target(path.node.argument)

    def finish(self) -> None:
        if self.context.source.is_base:
            return
        describe = self.context.exchange.methods.get("describe")
        if describe is None:
            return
        hint = "leave it out: users set it in the constructor's config"
        for path in walk(describe.value.body):
            node = path.node
            if node.type == "ObjectExpression":
                for prop in node.properties:
                    key = property_key(prop)
                    if key in USER_SETTINGS and path.parent_type != "Property":  # the top level of a dictionary
                        self.report(prop.key, f"'{key}' is the user's setting, not the exchange's", hint)
                    elif prop.type == "Property" and prop.computed:
                        self.report(prop.key, "describe () builds its dictionaries with written keys only", hint)
            elif node.type == "AssignmentExpression" and node.left.type == "MemberExpression" and node.left.computed:
                key = static_key(node.left.property)
                if key is None or key in USER_SETTINGS:
                    self.report(node.left.property, "describe () writes only keys written out, and none of the "
                                                    "user's settings", hint)


# The signing keys: read only where they key a signature.
SIGNING_KEYS = frozenset({"secret", "privateKey", "twofa"})
# this.method (...) -> the argument that is the key.
KEYED_METHODS = {"hmac": 1, "jwt": 1, "asymmetricJwt": 1, "totp": 0}
# this.method (key): the same key as other bytes.
KEY_ENCODINGS = frozenset({"encode", "base64ToBinary", "base16ToBinary"})
# this.method (key, 'algorithm', ...): a key derived one way from the key (BtcBox keys its HMAC with the MD5 of the
# secret), carried on as a key like the encodings: only the digest of a literal algorithm.
KEY_DIGESTS = frozenset({"hash"})
# Methods that hand out the credentials themselves.
CREDENTIAL_METHODS = frozenset({"credentials", "secretForms", "basicAuthorization"})


def _this_call(node: Node, names) -> str | None:
    """`this.name (...)` (or super.name) with name in names: the name, else None."""
    if node.type != "CallExpression":
        return None
    callee = node.callee
    if callee.type == "MemberExpression" and not callee.computed and callee.object.type in ("ThisExpression", "Super") \
            and callee.property.name in names:
        return callee.property.name
    return None



def _is_text_literal(node: Node) -> bool:
    return node.type == "Literal" and isinstance(node.value, str)


def _keys_a_signature(call: Node, index: int):
    """Whether argument index of call keys a signature (this.hmac, this.jwt, this.asymmetricJwt, this.totp), or CARRIED
    into the call's result (the one argument of this.encode, this.base64ToBinary, this.base16ToBinary; the first of
    this.hash with a literal algorithm and digest)."""
    if _this_call(call, KEY_ENCODINGS) is not None and index == 0 and len(call.arguments) == 1:
        return CARRIED
    if _this_call(call, KEY_DIGESTS) is not None and index == 0 and 2 <= len(call.arguments) <= 3 \
            and all(_is_text_literal(argument) for argument in call.arguments[1:]) \
            and call.arguments[1].value in HASH_ALGORITHMS:  # (an unknown one's error showed PHP's trace: round 24)
        return CARRIED
    keyed = _this_call(call, KEYED_METHODS)
    return keyed is not None and KEYED_METHODS[keyed] == index

class SigningKeysSignOnly(Rule):
    id = "SUB-B009"
    title = "this.secret, this.privateKey and this.twofa only key a signature: this.hmac (data, this.encode (this.secret))"
    rationale = (
        "The runtimes redact the credentials from error messages and logs as they are and in the encodings a "
        "message can hold them (JSON, percent-encoding, base64), but no redaction finds a secret in hexadecimal, "
        "reversed or split into characters. The signing keys therefore go straight into the key argument of "
        "this.hmac, this.jwt, this.asymmetricJwt or this.totp, as they are or through this.encode, "
        "this.base64ToBinary, this.base16ToBinary or a digest of them (this.hash (this.encode (this.secret), 'md5', "
        "'hex'), the algorithm, one of this.hash's, and the digest written out) (a conditional between such forms, "
        "or a const holding one "
        "that is only used as a key, is fine too): no other expression sees them, so none can put them into a URL, "
        "a message, a result or the options. this.credentials (), this.secretForms () and this.basicAuthorization () are the "
        "runtime's, not the exchange's: for HTTP Basic authentication, sign () returns 'basicAuth': true and the "
        "request pipeline adds the Authorization header itself."
    )
    bad = "throw new ExchangeError (this.binaryToBase16 (this.encode (this.secret)));"
    good = "const signature = this.hmac (this.encode (symbol), this.encode (this.secret), 'sha256', 'hex');"
    hint = "pass it as the key of the signature: this.hmac (this.encode (payload), this.encode (this.secret), 'sha256')"
    decisions = "apiKey, uid, password, login, token and walletAddress are sent to the exchange as they are (headers, " \
                "bodies), so they stay readable; the runtimes redact them."

    def visit_CallExpression(self, path: Path) -> None:
        name = _this_call(path.node, CREDENTIAL_METHODS)
        if name is not None and not self.context.source.is_base:
            self.report(path.node.callee, f"this.{name} () gives the credentials themselves",
                        "read the key where you sign: this.hmac (data, this.encode (this.secret), ...)")
        if _this_call(path.node, ("totp",)) is not None and len(path.node.arguments) > 1 \
                and not self.context.source.is_base:
            # (a code for a time of the file's choosing is a second factor for that time: a week of them, logged,
            # would outlive the 30 seconds a code is valid)
            self.report(path.node.arguments[1], "this.totp () makes the code of now: a time of the file's choosing "
                                                "would give codes valid at any other time",
                        "call this.totp (this.twofa) with the key alone")

    def visit_MethodDefinition(self, path: Path) -> None:
        if self.context.source.is_base:
            return
        keys: dict[str, Path] = {}  # const locals holding a signing key
        reads: list[Path] = []
        for inner in walk(path.node):
            node = inner.node
            if node.type == "MemberExpression" and not node.computed and node.object.type == "ThisExpression" \
                    and node.property.name in SIGNING_KEYS and not self._is_written(inner):
                if not confined(inner, _keys_a_signature, keys):
                    self.report(node, f"`this.{node.property.name}` is used other than as the key of a signature")
            elif node.type == "Identifier":
                reads.append(inner)
        for node in unconfined_reads(reads, keys, _keys_a_signature):
            self.report(node, f"`{node.name}` holds a signing key and is used other than as the key of a signature")

    @staticmethod
    def _is_written(path: Path) -> bool:
        return (path.parent_type == "AssignmentExpression" and path.field == "left") \
            or (path.parent_type == "UpdateExpression")


class ProxyUnread(Rule):
    id = "SUB-B016"
    title = "an exchange does not read the user's proxy (this.proxy)"
    rationale = (
        "The proxy is the user's setting, a URL that may hold the proxy's user and password "
        "(http://user:password@proxy:3128), which no redaction knows: in red-team round 19 a file that read "
        "this.proxy had them in Node, Python sync, asyncio and PHP alike, to put into a request to the exchange, a "
        "result or an error message. The runtime sends every request through the proxy; exchange code has no use "
        "for its address."
    )
    bad = "const headers = { 'X-Forwarded-Via': this.proxy };"
    good = "const headers = { 'X-Key': this.apiKey };"
    hint = "leave the proxy to the runtime, which sends every request through it"
    decisions = "Only reads are this rule's: an assignment to this.proxy is SUB-B008's."

    def visit_MemberExpression(self, path: Path) -> None:
        node = path.node
        if self.context.source.is_base or node.computed or node.object.type != "ThisExpression" \
                or node.property.name != "proxy":
            return
        if path.parent_type == "AssignmentExpression" and path.field == "left":
            return  # SUB-B008's
        self.report(node, "`this.proxy` is the user's proxy, whose URL may hold a user and a password")


class PlainExchangeName(Rule):
    id = "SUB-B017"
    title = "describe ()'s name is a plain name: words of ASCII letters, digits and . - ( ), written out"
    rationale = (
        "The build lists every exchange by describe ()'s name in the READMEs of the packages, the front pages that "
        "PyPI, npm and Packagist show. Any string passed the checker there, escapes decoded: in red-team round 21 a "
        "name holding \\u202e (a bidirectional override), \\u200b or \\u001b (a terminal's escape) put the character "
        "itself into python/README.md, php/README.md and js/README.md, and a name holding https://... or www.... "
        "became a link there (GitHub's and PyPI's Markdown link bare addresses), where the registry's names, shown in "
        "the root README, are held to one line of visible characters (the build now also escapes each punctuation "
        "character of a name, so that none starts a link or a block). A name is what users read to tell exchanges "
        "apart: words of ASCII letters, digits and . - ( ), one space between them, at most "
        f"{PLAIN_EXCHANGE_NAME_LENGTH} characters, written out as a string."
    )
    bad = "describe () {\n    return this.deepExtend (super.describe (), {\n        'id': 'example',\n" \
          "        'name': 'Example: log in at https://example.net \\u202e',\n    });\n}"
    good = "describe () {\n    return this.deepExtend (super.describe (), {\n        'id': 'example',\n" \
           "        'name': 'Example (Global)',\n    });\n}"
    hint = "write the exchange's name as users know it, e.g. 'BitBay (Zonda)' or 'CEX.IO'"
    decisions = "Only the name of describe ()'s own dictionary (the one that states the 'id') is this rule's: it is " \
                "the one the READMEs show. A describe () without a name keeps its parent's, or is listed by its id."
    example_scope = "class"

    def finish(self) -> None:
        exchange = getattr(self.context, "exchange", None)
        if self.context.source.is_base or exchange is None:
            return
        literal = describe_literal(exchange)
        if literal is None:
            return
        for prop in literal.properties:
            if prop.type != "Property" or property_key(prop) != "name":
                continue
            value = prop.value
            if value.type != "Literal" or not isinstance(value.value, str):
                self.report(value, "describe ()'s name is not written out as a string: the READMEs list the "
                                   "exchange by the name it writes")
            elif not is_plain_exchange_name(value.value):
                self.report(value, f"describe ()'s name {_shown(value.value)} is not a plain name (words of ASCII letters, "
                                   f"digits and . - ( ), one space between them, at most "
                                   f"{PLAIN_EXCHANGE_NAME_LENGTH} characters): the READMEs of the packages show it")


def _shown(text: str) -> str:
    """A text of the file's as a message quotes it: ASCII (its other characters escaped), cut after 80 characters."""
    return ascii(text[:80]) + ("..." if len(text) > 80 else "")


# Characters a reviewer does not see, or sees elsewhere than they are: Unicode's format characters (the bidirectional
# controls of "Trojan Source", zero-width spaces and joiners, the byte order mark), line and paragraph separators,
# private-use, surrogate and unassigned code points, control characters but tab and the line breaks, and spaces
# other than the plain one (a no-break space looks like it).
_UNSEEN_CATEGORIES = frozenset({"Cf", "Zl", "Zp", "Co", "Cs", "Cn", "Zs", "Cc"})
_SEEN_CHARACTERS = frozenset(" \t\n\r")


def _unseen(character: str) -> bool:
    if character < "\x7f":
        return character < " " and character not in _SEEN_CHARACTERS
    return unicodedata.category(character) in _UNSEEN_CATEGORIES


def _lookalike(character: str) -> bool:
    """A letter, digit or mark beyond ASCII: Cyrillic, Greek and fullwidth letters, accented and dotless Latin
    ones, digits of other scripts and combining marks can pass for ASCII; symbols and emoji cannot."""
    return not character.isascii() and unicodedata.category(character)[0] in "LNM"


class PlainSource(Rule):
    id = "SUB-B010"
    title = "the source shows what it holds: no invisible or direction-changing characters, no look-alike letters in strings"
    rationale = (
        "Reviewers read the file, and the hosts in describe ()['urls'] are what they check against the exchange's "
        "documentation: a bidirectional control (U+202E and its family, as in the \"Trojan Source\" attacks) makes a "
        "comment or a string show code in another order than it runs, a zero-width or no-break space hides in a "
        "key, and a Cyrillic '\u0430' in 'https://api.kr\u0430ken.com' names another host than it shows, wherever the "
        "string is put together. Invisible characters stand nowhere in the file, comments included, and the letters, "
        "digits and marks of strings and template literals are ASCII as written: others are written as \\u escapes, "
        "which show what they are (symbols and emoji may stay as they are)."
    )
    bad = "const url = 'https://api.kr\u0430ken.com';"
    good = "const url = 'https://api.kraken.com';\nconst message = '\\uc8fc\\ubb38'; // 'order' in Korean"
    hint = "write it as a \\u escape in a string (\\u200b), or remove it"
    decisions = "Comments may hold other text as written (the documentation's words in the exchange's language); " \
                "only the invisible and direction-changing characters are rejected there. Strings may hold symbols " \
                "and emoji as written (a check mark, a currency sign)."

    def finish(self) -> None:
        text = self.context.source.text
        for offset, character in enumerate(text):
            if _unseen(character):
                name = unicodedata.name(character, "a control character" if character < "\xa0" else "")
                self.context.add(self.context.source.offset_diagnostic(
                    self.id, f"an invisible or direction-changing character U+{ord(character):04X}"
                             + (f" ({name.lower()})" if name else ""), self.hint, offset, offset + 1))

    def visit_Literal(self, path: Path) -> None:
        if isinstance(path.node.value, str):
            self._check_ascii(path.node)

    def visit_TemplateLiteral(self, path: Path) -> None:
        self._check_ascii(path.node)

    def _check_ascii(self, node: Node) -> None:
        written = self.context.source.text[node.range[0]:node.range[1]]
        if not written.isascii():
            other = next((character for character in written if _lookalike(character)), None)
            if other is None:
                return  # symbols and emoji as written; invisible characters are finish ()'s, one by one
            self.report(node, f"a string with a letter or digit other than ASCII as written ({other!r}, "
                              f"U+{ord(other):04X}): some look like ASCII ones (in a host, a key)",
                        f"write it as \\u{ord(other):04x}" if ord(other) <= 0xFFFF else
                        f"write it as \\u{{{ord(other):x}}}")


# What describe () may call: the base's describe and the merges of dictionaries, whose results depend on their
# arguments alone.
DESCRIBE_CALLS = frozenset({"deepExtend", "extend", "omit"})


# What describe () is built of besides those calls: written-out values, names and members, declarations, assignments and
# return. No operator: arithmetic past 2^53 is exact in Python and PHP and rounded in Node, so that
# `(n + 2 === n + 1) ? host : other` named one host to certify, which runs Node, and another to Python and PHP users.
DESCRIBE_NODES = frozenset({
    "BlockStatement", "ReturnStatement", "VariableDeclaration", "VariableDeclarator", "ExpressionStatement",
    "ObjectExpression", "Property", "ArrayExpression", "Literal", "TemplateElement", "Identifier", "MemberExpression",
    "ThisExpression", "Super",
})


class ConstantDescribe(Rule):
    id = "SUB-B011"
    title = "describe () is the same at every construction and in every language: it calls only super.describe (), " \
            "this.deepExtend (), this.extend () and this.omit (), and computes nothing"
    rationale = (
        "The hosts of describe ()['urls'] are where requests go with the user's keys: `exkit certify` reads them from "
        "the class and refuses any that exchanges.json does not list (CERT-R001), and the runtimes hold every "
        "request to them as constructed. A describe () that calls the clock (this.milliseconds ()), a random source "
        "(this.uuid (), Math.random ()) or a parser (JSON.parse) could name the listed hosts when certified and "
        "others at a later date or at random, on users' machines. Nor may it compute a value: certify runs Node, and "
        "an operator whose result differs in Python or PHP (arithmetic past 2^53 is exact there, rounded in Node) "
        "would name other hosts to their users. describe () therefore merges written-out dictionaries only: "
        "super.describe (), this.deepExtend (), this.extend () and this.omit () are its only calls, it constructs "
        "nothing (new), and it has no operator, condition or loop: consts, assignments (=) and return. Its api "
        "tree holds no dictionary keyed '0' to 'n-1', which PHP holds as a list and makes other implicit API "
        "methods of (a list's values are endpoints, and a list is no branch). Nor does it leave out a key of the "
        "base class's describe () (this.omit (..., 'options')): Python has no such attribute then, where Node and "
        "PHP read undefined."
    )
    bad = "describe () {\n    const later = this.milliseconds () > 1800000000000;\n" \
          "    const api = later ? 'https://api.example.net' : 'https://api.example.com';\n" \
          "    return this.deepExtend (super.describe (), { 'id': 'example', 'urls': { 'api': api } });\n}"
    good = "describe () {\n" \
           "    return this.deepExtend (super.describe (), { 'id': 'example', 'urls': { 'api': 'https://api.example.com' } });\n}"
    hint = "write the values out in describe ()'s dictionary; compute at run time in the methods that use them"
    example_scope = "class"

    def visit_MethodDefinition(self, path: Path) -> None:
        node = path.node
        if self.context.source.is_base or node.computed or node.key.type != "Identifier" or node.key.name != "describe":
            return
        self._check_api_trees(node)
        self._check_omitted()
        computed_until = -1  # the end of the last construct reported as computed: what it holds is not, but calls
        for inner in walk(node.value.body):
            current = inner.node
            if current.type == "NewExpression":
                self.report(current, "describe () constructs nothing")
            elif current.type == "CallExpression":
                if not _is_describe_call(current.callee):
                    self.report(current.callee, f"describe () calls {self.context.source.snippet(current.callee)}: "
                                                "its result could differ between certify and a user's machine")
            elif not _is_written_out(current) and current.range[0] >= computed_until:
                computed_until = current.range[1]
                self.report(current, f"describe () computes {_construct(current)}: Python and PHP could compute "
                                     "another value than Node, where certify reads the hosts",
                            "write the value out; compute at run time in the methods that use it")


    def _check_omitted(self) -> None:
        """describe () keeps every key of the base class's: one left out is undefined in Node and PHP and no attribute
        in Python, whose AttributeError a catch clause saw (red-team round 45; the constructors refuse it too)."""
        for node, key in describe_omitted(self.context.exchange):
            if key is None:
                self.report(node, "describe () leaves out a key the checker cannot read: write the key out",
                            "omit only keys written out, of dictionaries of your own")
            elif key in DESCRIBE_KEYS:
                self.report(node, f"describe () leaves out '{key}', a key of the base class's describe (): Python has "
                                  "no such attribute then, where Node and PHP read undefined, and the constructors "
                                  "refuse it",
                            f"keep '{key}': merge your values into it (this.deepExtend (super.describe (), {{ ... }}))")

    def _check_api_trees(self, describe: Node) -> None:
        """The api trees' dictionaries are dictionaries in every language: one keyed '0' to 'n-1' is a list in PHP,
        where the construction reads a list as endpoints (its values) and skips it as a branch, so that
        { 'public': { '0': { 'get': [ 'json' ] } } } made public0GetJson in Node and Python and no method in PHP, and
        { 'get': { '0': 'json' } } publicGet0 there and publicGetJson in PHP (red-team round 23)."""
        for inner in walk(describe.value.body):
            current = inner.node
            if current.type != "Property" or property_key(current) != "api":
                continue
            for below in walk(current.value):
                tree = below.node
                if tree.type != "ObjectExpression":
                    continue
                properties = [prop for prop in tree.properties if prop.type == "Property"]  # (a spread computes)
                keys = [_api_tree_key(prop) for prop in properties]
                if None in keys:
                    self.report(tree, "describe ()'s api tree has a computed key: the checker cannot tell whether "
                                      "PHP holds the dictionary as a list", "write each key of the api tree out")
                elif keys and sorted(keys) == sorted(str(index) for index in range(len(keys))):
                    named = "'0'" if len(keys) == 1 else f"'0' to '{len(keys) - 1}'"
                    self.report(tree, f"a dictionary of describe ()'s api tree keyed {named} is a list in PHP, whose "
                                      "implicit API methods are then others (a list's values are endpoints, and a "
                                      "list is no branch of the tree)",
                                "write the endpoints as a list ([ 'ticker', 'trades' ]) or name the branch with a "
                                "word")


def _api_tree_key(prop: Node) -> str | None:
    """The key of a property of the api tree as JavaScript names it ('0' of 0 or 0.0 too), or None where it is not
    written out."""
    if prop.type != "Property" or prop.computed:
        return None
    key = prop.key
    if key.type == "Literal" and isinstance(key.value, (int, float)) and not isinstance(key.value, bool):
        return str(int(key.value)) if float(key.value).is_integer() else repr(key.value)
    return property_key(prop)


def _is_written_out(node: Node) -> bool:
    if node.type in DESCRIBE_NODES:
        return True
    if node.type == "AssignmentExpression":
        return node.operator == "="
    if node.type == "TemplateLiteral":
        return not node.expressions
    # a negative number (a maker fee)
    return node.type == "UnaryExpression" and node.operator == "-" and node.argument.type == "Literal" \
        and isinstance(node.argument.value, (int, float))


def _construct(node: Node) -> str:
    operator = getattr(node, "operator", None)
    if operator is not None:
        return f"with the operator {operator}"
    if node.type == "TemplateLiteral":
        return "a template literal with ${...}"
    words = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", node.type).lower().replace(" expression", "").replace(" statement", "")
    return f"with {'an' if words[0] in 'aeiou' else 'a'} {words}"


def _is_describe_call(callee: Node) -> bool:
    if callee.type != "MemberExpression" or callee.computed:
        return False
    if callee.object.type == "Super":
        return callee.property.name == "describe"
    return callee.object.type == "ThisExpression" and callee.property.name in DESCRIBE_CALLS


CYCLE_NAMES_SHOWN = 6  # the other methods of its cycle a SUB-B012 finding names


class NoRecursion(Rule):
    id = "SUB-B012"
    title = "a method does not call itself, directly or through other methods"
    rationale = (
        "Each runtime's stack holds another depth: a recursion of 3,000 calls runs in Node and PHP and fails in "
        "Python; at about 10,000 Node throws a RangeError, which a catch clause sees, where PHP goes on until its "
        "memory runs out. A file that recursed to a depth of its choosing (read from a response, or at a date no "
        "fixture holds) took another path, and could place another order, in Node than in PHP. So no method of an "
        "exchange calls itself, directly or through other methods of the class, its parents or the base class."
    )
    bad = "parseDepth (levels) {\n    if (levels.length === 0) {\n        return 0;\n    }\n" \
          "    return 1 + this.parseDepth (levels.slice (1));\n}"
    good = "parseDepth (levels) {\n    let depth = 0;\n    for (let i = 0; i < levels.length; i++) {\n" \
           "        depth = depth + 1;\n    }\n    return depth;\n}"
    hint = "unfold it into a loop (with a list as the stack of what is left to do)"
    example_scope = "class"
    decisions = "The base class's own recursions (deepExtend, urlencode's nested values) read values no deeper than " \
                "a response's 512 levels in the exchanges' use; they are the base class's, not the file's."

    def finish(self) -> None:
        if self.context.source.is_base:
            return
        from transpiler.analysis.methods import inherited_classes  # reads js/base/Exchange.js: only when checked
        exchange = self.context.exchange
        if not exchange.methods:
            return
        inherited = inherited_classes(self.context.source.path, exchange)
        classes = [parsed for _, parsed in inherited] if inherited is not None else []
        classes.append(exchange)
        own = len(classes) - 1
        # (class index, name) of the definition a call reaches: the nearest class that defines the name
        definitions: dict[str, list[int]] = {}
        for index, parsed in enumerate(classes):
            for name in parsed.methods:
                definitions.setdefault(name, []).append(index)

        def reached(name: str, below: int | None) -> tuple[int, str] | None:
            found = [index for index in definitions.get(name, ()) if below is None or index < below]
            return (found[-1], name) if found else None

        calls: dict[tuple[int, str], list[tuple[tuple[int, str], Node]]] = {}
        for name, indices in definitions.items():
            node = (indices[-1], name)
            calls[node] = []
            for inner in walk(classes[indices[-1]].methods[name].value.body):
                call = inner.node
                if call.type != "CallExpression" or call.callee.type != "MemberExpression" or call.callee.computed \
                        or call.callee.object.type not in ("ThisExpression", "Super"):
                    continue
                target = reached(call.callee.property.name,
                                 indices[-1] if call.callee.object.type == "Super" else None)
                if target is not None:
                    calls[node].append((target, call))
        # a super.name (...) call reaches a definition that another class overrides: add those nodes too
        pending = [target for edges in calls.values() for target, _ in edges if target not in calls]
        while pending:
            node = pending.pop()
            if node in calls:
                continue
            calls[node] = []
            for inner in walk(classes[node[0]].methods[node[1]].value.body):
                call = inner.node
                if call.type == "CallExpression" and call.callee.type == "MemberExpression" \
                        and not call.callee.computed and call.callee.object.type in ("ThisExpression", "Super"):
                    target = reached(call.callee.property.name, node[0] if call.callee.object.type == "Super" else None)
                    if target is not None:
                        calls[node].append((target, call))
                        pending.append(target)
        for component in _cycles(calls):
            members = sorted(component, key=lambda member: (member[1], member[0]))  # (by name: the message's order)
            for node in sorted(component):
                if node[0] != own:
                    continue
                for target, call in calls[node]:
                    if target in component:
                        self.report(call.callee.property, f"{node[1]} calls itself{_through(members, node)}: each "
                                    "runtime's stack holds another depth, so a deep enough call fails in one and not "
                                    "in another")
                        break


def _through(members: list[tuple[int, str]], node: tuple[int, str]) -> str:
    """ (through a, b, ...): the other methods of node's cycle, by name, the first CYCLE_NAMES_SHOWN of them (each
    finding of a cycle of n methods named the n - 1 others: a file of 12,000 methods in one cycle, 635 KB, made the
    check print 1 GB in 4 GB of memory; red-team round 79)."""
    others = len(members) - 1
    if others == 0:
        return ""
    shown = [name for _, name in itertools.islice((member for member in members if member != node), CYCLE_NAMES_SHOWN)]
    more = f" and {others - len(shown)} more" if others > len(shown) else ""
    return f" (through {', '.join(shown)}{more})"


def _cycles(calls: dict) -> list[set]:
    """The strongly connected components of the call graph that hold a cycle."""
    targets = {node: [target for target, _ in edges] for node, edges in calls.items()}
    return [set(members) for members in strongly_connected_components(targets, lambda node: targets.get(node, []))
            if len(members) > 1 or members[0] in targets.get(members[0], [])]


class NoHiddenGlobals(Rule):
    id = "SUB-B013"
    title = "no local, parameter or catch variable takes the name of a global or an import"
    rationale = (
        "The checker and the emitters read `undefined`, `NaN`, `Infinity`, `Math`, `Number`, ... as the globals they "
        "name, and the imports as the base's classes and constants, but inside a method JavaScript lets a local of "
        "that name hide them. `const NaN = 'constructor';` passed as a number, so `list[NaN]` read Array's "
        "constructor in Node, and its constructor Function: a string of the file's became code run with the user's "
        "keys. `const undefined = 5;` made `x === undefined` true for 5 in Node alone (Python and PHP compare with "
        "None and null). So no name declared in a method is a global of the subset or an import of the file."
    )
    bad = "const NaN = 'constructor';\nconst list = [ 1, 2 ];\nreturn list[NaN];"
    good = "const key = 'constructor';\nconst list = [ 1, 2 ];\nreturn this.safeValue (list, key);"
    hint = "give the variable a name of its own"

    def finish(self) -> None:
        for finding in self.context.scopes.of(Problem.HIDES_GLOBAL):
            what = "global" if finding.name in ALL_GLOBALS else "import"
            self.report(finding.node, f"a variable named `{finding.name}` would hide the {what} of that name, "
                                      "which the checker and the emitters take the name for",
                        f"rename it, for example to my{finding.name[:1].upper()}{finding.name[1:]}")
