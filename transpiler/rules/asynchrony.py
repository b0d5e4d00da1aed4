"""SUB-A: async — awaits that mean the same in Node, asyncio and synchronous Python and PHP."""

from __future__ import annotations

import weakref

from esprima.nodes import Node

from transpiler.names import BASE_ASYNC_METHODS, BASE_SYNC_METHOD
from transpiler.rules.base import Rule
from transpiler.syntax import Path, is_member, is_promise_all, walk


class AwaitInAsync(Rule):
    id = "SUB-A001"
    title = "`await` only inside async methods"
    rationale = (
        "Module code is strict, where `await` outside an async function does not even parse; the parser's "
        "finding carries this id."
    )
    bad = "fetchNow () {\n    return await this.fetchTime ();\n}"
    good = "async fetchNow () {\n    return await this.fetchTime ();\n}"
    hint = "declare the method async"
    example_scope = "class"
    reported_by_reader = True


class NoFloatingPromises(Rule):
    id = "SUB-A002"
    title = "calls to async methods are awaited (or collected for Promise.all); sync methods are not awaited"
    rationale = (
        "An unawaited call runs later (or never) in asyncio and PHP, and `return this.fetchX ()` hands the "
        "caller an un-awaited coroutine in Python. Awaiting a synchronous method raises TypeError in "
        "Python. Async methods are the class's own `async` methods, the implicit API methods its "
        "describe() declares, and the base class's network methods. A method that overrides an inherited one "
        "keeps its kind: the base class awaits fetchMarkets (), so a synchronous override handed Python's asyncio "
        "a plain list to await (TypeError) while Node and synchronous Python ran. Nothing but such a call (or "
        "Promise.all) is awaited: asyncio raised a TypeError for `await value`, which a catch clause saw, where Node "
        "went on with the value."
    )
    bad = "async fetchTickerPrice (symbol) {\n    const ticker = this.fetchTicker (symbol);\n" \
          "    return ticker['last'];\n}"
    good = "async fetchTickerPrice (symbol) {\n    const ticker = await this.fetchTicker (symbol);\n" \
           "    return ticker['last'];\n}"
    hint = "await every call of an async method, and none of a synchronous one"
    example_scope = "class"

    def visit_CallExpression(self, path: Path) -> None:
        node = path.node
        if not is_member(node.callee) or node.callee.object.type not in ("ThisExpression", "Super"):
            return
        name = node.callee.property.name
        kind = self._kind(name, node.callee.object.type == "Super")
        awaited = path.parent_type == "AwaitExpression"
        if kind == "async" and not awaited and not self._collected(path):
            self.report(node, f"the promise of this.{name} () is neither awaited nor collected for Promise.all",
                        f"write: await this.{name} (...)")
        elif kind == "sync" and awaited:
            self.report(path.parent.node, f"this.{name} () is synchronous and must not be awaited",
                        "remove the await (in Python it raises TypeError)")

    def visit_AwaitExpression(self, path: Path) -> None:
        """Only a call is awaited: asyncio's await of a plain value (await 5, await list) raises a TypeError, which a
        catch clause saw, where Node and the synchronous targets go on with the value."""
        argument = path.node.argument
        if argument.type == "CallExpression" and argument.callee.type == "Import":
            return  # S002's
        if argument.type != "CallExpression" or not (is_promise_all(argument) or (
                is_member(argument.callee) and argument.callee.object.type in ("ThisExpression", "Super"))):
            self.report(argument, "only a call of an async method or Promise.all is awaited: asyncio raises a "
                                  "TypeError for any other value, where Node goes on with it",
                        "remove the await, or await the call that gives the value")

    def finish(self) -> None:
        """An override keeps the inherited method's kind: the base class awaits fetchMarkets (), so a synchronous
        one handed Python's asyncio a list to await (TypeError), and a caller that does not await an async one
        gets a promise in Node and a coroutine in asyncio."""
        from transpiler.analysis.methods import inherited_kinds  # reads the chain's summaries: only when checked

        exchange = self.context.exchange
        if not exchange.methods:
            return
        inherited = inherited_kinds(self.context.source.path, exchange, self.context.source.is_base)
        if inherited is None:
            return
        for name, method in exchange.methods.items():
            if name not in inherited or method.kind != "method":
                continue
            is_async = bool(method.value.isAsync)
            if is_async != inherited[name]:
                expected, written = ("an async", "a synchronous") if inherited[name] else ("a synchronous", "an async")
                self.report(method.key, f"{name} overrides {expected} method with {written} one: its callers "
                                        f"{'await' if inherited[name] else 'do not await'} it (Python's asyncio "
                                        f"module then {'awaits a plain value and raises' if inherited[name] else 'gets a coroutine instead of a value'})",
                            f"declare it {'async' if inherited[name] else 'without async'}, as the inherited {name}")

    def _kind(self, name: str, through_super: bool) -> str | None:
        return method_kind(self.context.exchange, name, through_super)

    @staticmethod
    def _collected(path: Path) -> bool:
        """Handed to Promise.all: in its array literal, or pushed onto an array variable that it receives."""
        parent = path.parent
        if is_promise_all(parent.node):
            return True  # not an array: A003 reports it
        if parent.type == "ArrayExpression" and parent.parent is not None and is_promise_all(parent.parent.node):
            return True
        if parent.type == "CallExpression" and is_member(parent.node.callee, property_name="push") \
                and parent.node.callee.object.type == "Identifier":
            array = parent.node.callee.object.name
            method = path.enclosing_method()
            return method is not None and array in _promise_all_arrays(method.node)
        return False


_PROMISE_ALL_ARRAYS: "weakref.WeakKeyDictionary[Node, frozenset[str]]" = weakref.WeakKeyDictionary()


def _promise_all_arrays(method: Node) -> frozenset[str]:
    """The variables a method hands to Promise.all, found once per method (a walk of the method per push made many
    pushes quadratic)."""
    found = _PROMISE_ALL_ARRAYS.get(method)
    if found is None:
        found = _PROMISE_ALL_ARRAYS[method] = frozenset(
            other.node.arguments[0].name for other in walk(method) if is_promise_all(other.node)
            and other.node.arguments and other.node.arguments[0].type == "Identifier")
    return found


def method_kind(exchange, name: str, through_super: bool) -> str | None:
    """"async" or "sync" for a method of the class, its implicit API or the base class; None when not known here."""
    if not through_super and name in exchange.methods:
        return "async" if exchange.methods[name].value.isAsync else "sync"  # (not async_methods: a set per call)
    if name in BASE_ASYNC_METHODS or name in exchange.implicit_api:
        return "async"
    return "sync" if BASE_SYNC_METHOD.match(name) else None


def _is_async_call(context, node: Node) -> bool:
    """Whether node calls an async method: of the class, its implicit API, its parent exchanges or the base class."""
    if node is None or node.type != "CallExpression" or not is_member(node.callee) \
            or node.callee.object.type not in ("ThisExpression", "Super"):
        return False
    name, through_super = node.callee.property.name, node.callee.object.type == "Super"
    kind = method_kind(context.exchange, name, through_super)
    if kind is None:
        from transpiler.analysis.methods import inherited_kinds  # reads the chain's summaries: only when asked

        inherited = inherited_kinds(context.source.path, context.exchange, context.source.is_base) or {}
        kind = "async" if inherited.get(name) else None
    return kind == "async"


class PromiseAllTakesArray(Rule):
    id = "SUB-A003"
    title = "`await Promise.all (array)`: an array literal or an array variable, awaited"
    rationale = (
        "In asyncio it becomes gather; in synchronous Python and PHP the calls already ran one after the "
        "other, each settled as Node settles a promise (one that throws stops neither the code after it nor the calls "
        "collected after it), and Promise.all returns the array of their results or throws the first failure."
    )
    bad = "const results = Promise.all ([ this.fetchTicker ('BTC/USD') ]);"
    good = "const results = await Promise.all ([ this.fetchTicker ('BTC/USD') ]);"
    hint = "write: await Promise.all ([ this.fetchA (...), this.fetchB (...) ])"
    decisions = (
        "What Promise.all collects are calls of async methods only (pushed onto the array variable, or in the "
        "literal): asyncio's gather takes awaitables, and a plain value (`this.extend (...)`, `1`) made it raise "
        "where Node and PHP went on."
    )

    def visit_CallExpression(self, path: Path) -> None:
        node = path.node
        if not is_promise_all(node):
            return
        if path.parent_type != "AwaitExpression":
            self.report(node, "Promise.all must be awaited", "write: await Promise.all ([...])")
        elif node.arguments and node.arguments[0].type not in ("ArrayExpression", "Identifier"):
            self.report(node.arguments[0], "Promise.all takes an array literal or an array variable")
            return
        if not node.arguments:
            return
        collected = node.arguments[0]
        if collected.type == "ArrayExpression":
            elements = collected.elements
        else:
            method = path.enclosing_method()
            elements = [] if method is None else [
                argument for other in walk(method.node)
                if other.type == "CallExpression" and is_member(other.node.callee, collected.name, "push")
                for argument in other.node.arguments]
        for element in elements:
            if not _is_async_call(self.context, element):
                self.report(element if element is not None else collected, "Promise.all collects the promises of "
                            "async methods only: asyncio's gather refuses a plain value",
                            "await the value's own call, or leave it out of Promise.all")


class PromiseArraysOnlyCollect(Rule):
    id = "SUB-A004"
    title = "an array handed to Promise.all is declared empty in the method, filled with push and read by Promise.all only"
    rationale = (
        "What such an array holds is a promise in Node, a coroutine in asyncio and the call's value in synchronous "
        "Python and PHP, which make the calls one after the other: read as a value (`'' + pending`, `pending.slice "
        "()`, `this.safeValue (pending, 0)`, returned, or a caller's list that the method fills) it was '[object "
        "Promise]' in Node, '[object Object]' in asyncio and the values' text elsewhere. Promise.all gives the values."
    )
    bad = "const pending = [];\npending.push (this.fetchTicker (symbol));\nconst tickers = await Promise.all (pending);\n" \
          "return [ tickers, pending.length ];"
    good = "const pending = [];\npending.push (this.fetchTicker (symbol));\nconst tickers = await Promise.all (pending);\n" \
           "return [ tickers, tickers.length ];"
    hint = "read what Promise.all returns: const results = await Promise.all (pending);"

    def visit_MethodDefinition(self, path: Path) -> None:
        arrays = _promise_all_arrays(path.node)
        if not arrays:
            return
        declared = set()
        for inner in walk(path.node):
            node = inner.node
            if node.type != "Identifier" or node.name not in arrays or _names_no_variable(inner):
                continue
            if inner.parent_type == "VariableDeclarator" and inner.field == "id":
                init = inner.parent.node.init
                if init is not None and init.type == "ArrayExpression" and not init.elements:
                    declared.add(node.name)
                continue  # (otherwise reported below, as not declared empty)
            if inner.parent_type in ("FunctionExpression", "AssignmentPattern") or _fills_or_collects(inner):
                continue  # a parameter is reported below
            self.report(node, f"the array of promises {node.name} is read as a value: promises in Node, coroutines in "
                              "asyncio, the calls' values in synchronous Python and PHP")
        for name in sorted(arrays - declared):
            for inner in walk(path.node):
                if is_promise_all(inner.node) and inner.node.arguments[0].type == "Identifier" \
                        and inner.node.arguments[0].name == name:
                    self.report(inner.node.arguments[0], f"{name} is not declared empty in this method (const {name} "
                                                         "= [];): whose list it fills with promises is not known here",
                                f"collect into a list of the method's own: const {name} = [];")


def _names_no_variable(path: Path) -> bool:
    """A member's name (this.pending) or an object literal's key ({ pending: 1 })."""
    if path.parent_type == "MemberExpression":
        return path.field == "property" and not path.parent.node.computed
    return path.parent_type == "Property" and path.field == "key" and not path.parent.node.computed


def _fills_or_collects(path: Path) -> bool:
    """pending.push (...) or Promise.all (pending)."""
    parent = path.parent
    if parent.type == "MemberExpression" and path.field == "object" and is_member(parent.node, property_name="push"):
        return parent.parent is not None and parent.parent.type == "CallExpression" and parent.field == "callee"
    return is_promise_all(parent.node) and path.field == "arguments"
