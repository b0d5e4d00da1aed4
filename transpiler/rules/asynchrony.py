"""SUB-A: async — awaits that mean the same in Node, asyncio and synchronous Python and PHP."""

from __future__ import annotations

import os

from esprima.nodes import Node

from transpiler.names import BASE_ASYNC_METHODS, BASE_SYNC_METHOD
from transpiler.rules.base import Rule
from transpiler.syntax import Path, is_member


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
    title = "calls to async methods are awaited; sync methods are not awaited"
    rationale = (
        "An unawaited call runs later (or never) in asyncio and PHP, and `return this.fetchX ()` hands the "
        "caller an un-awaited coroutine in Python. Awaiting a synchronous method raises TypeError in "
        "Python. Async methods are the class's own `async` methods, the implicit API methods its "
        "describe() declares, and the base class's network methods. A method that overrides an inherited one "
        "keeps its kind: the base class awaits fetchMarkets (), so a synchronous override handed Python's asyncio "
        "a plain list to await (TypeError) while Node and synchronous Python ran. Nothing but such a call is "
        "awaited: asyncio raised a TypeError for `await value`, which a catch clause saw, where Node "
        "went on with the value. A method's kind is its nearest definition's (the class, the exchanges it extends, "
        "the base class, the native layer); a method that overrides none keeps the kind its name promises (the "
        "unified fetch*, create*, watch* ... methods are async, helpers named parse*, safe* ... are not)."
    )
    bad = "async fetchTickerPrice (symbol) {\n    const ticker = this.fetchTicker (symbol);\n" \
          "    return ticker['last'];\n}"
    good = "async fetchTickerPrice (symbol) {\n    const ticker = await this.fetchTicker (symbol);\n" \
           "    return ticker['last'];\n}"
    hint = "await every call of an async method, and none of a synchronous one"
    example_scope = "class"

    def __init__(self, context) -> None:
        super().__init__(context)
        # the kinds of the inherited methods: the chain's, and with the native layer's (see _inherited_kinds)
        self._inherited: tuple[dict[str, bool] | None, dict[str, bool] | None] | None = None

    def visit_CallExpression(self, path: Path) -> None:
        node = path.node
        if not is_member(node.callee) or node.callee.object.type not in ("ThisExpression", "Super"):
            return
        name = node.callee.property.name
        kind = self._kind(name, node.callee.object.type == "Super")
        awaited = path.parent_type == "AwaitExpression"
        if kind == "async" and not awaited and not _handed_to_promise(path):
            self.report(node, f"the promise of this.{name} () is not awaited",
                        f"write: await this.{name} (...)")
        elif kind == "sync" and awaited:
            self.report(path.parent.node, f"this.{name} () is synchronous and must not be awaited",
                        "remove the await (in Python it raises TypeError)")
        elif kind is None and awaited:  # (fail closed: no definition says it is async)
            self.report(path.parent.node, f"this.{name} () is not known to be async, and only an async method's call "
                                          "is awaited (asyncio raises a TypeError for any other value)",
                        f"define {name} as an async method, or remove the await")

    def visit_AwaitExpression(self, path: Path) -> None:
        """Only a call is awaited: asyncio's await of a plain value (await 5, await list) raises a TypeError, which a
        catch clause saw, where Node and the synchronous targets go on with the value."""
        argument = path.node.argument
        if argument.type == "CallExpression" and (argument.callee.type == "Import" or _of_promise(argument)):
            return  # S002's, E006's
        if argument.type != "CallExpression" or not (
                is_member(argument.callee) and argument.callee.object.type in ("ThisExpression", "Super")):
            self.report(argument, "only a call of an async method is awaited: asyncio raises a "
                                  "TypeError for any other value, where Node goes on with it",
                        "remove the await, or await the call that gives the value")

    def finish(self) -> None:
        """An override keeps the inherited method's kind: the base class awaits fetchMarkets (), so a synchronous
        one handed Python's asyncio a list to await (TypeError), and a caller that does not await an async one
        gets a promise in Node and a coroutine in asyncio. A method that overrides none keeps the kind its name
        promises: the unified methods are awaited by every caller, the helpers' names (parse*, safe*, ...) by none."""
        exchange = self.context.exchange
        if not exchange.methods:
            return
        inherited = self._inherited_kinds(with_native=False)
        if inherited is None:
            return
        for name, method in exchange.methods.items():
            if method.kind != "method":
                continue
            is_async = bool(method.value.isAsync)
            if name in inherited:
                if is_async != inherited[name]:
                    expected, written = ("an async", "a synchronous") if inherited[name] else ("a synchronous", "an async")
                    self.report(method.key, f"{name} overrides {expected} method with {written} one: its callers "
                                            f"{'await' if inherited[name] else 'do not await'} it (Python's asyncio "
                                            f"module then {'awaits a plain value and raises' if inherited[name] else 'gets a coroutine instead of a value'})",
                                f"declare it {'async' if inherited[name] else 'without async'}, as the inherited {name}")
            elif naming_kind(name) == "async" and not is_async:
                self.report(method.key, f"{name} is a unified method, which its callers await (Python's asyncio then "
                                        "awaits a plain value and raises)", "declare it async")
            elif naming_kind(name) == "sync" and is_async:
                self.report(method.key, f"{name} has the name of a synchronous helper, which its callers do not await "
                                        "(asyncio then gets a coroutine instead of a value)",
                            "declare it without async, or give it a name of its own")

    def _kind(self, name: str, through_super: bool) -> str | None:
        """The kind of the method a call names: the class's own, its implicit API's, the nearest definition along the
        chain it inherits (parent exchanges, the base class) or the native layer's; the names of the unified methods
        and helpers only for a method none of them defines (red-team round 34: the names came first, and a parent's
        `async parseThing ()` went unawaited)."""
        exchange = self.context.exchange
        if not through_super and name in exchange.methods:
            return "async" if exchange.methods[name].value.isAsync else "sync"  # (not async_methods: a set per call)
        if name in exchange.implicit_api:
            return "async"
        inherited = self._inherited_kinds(with_native=True) or {}
        if name in inherited:
            return "async" if inherited[name] else "sync"
        return naming_kind(name)

    def _inherited_kinds(self, with_native: bool) -> dict[str, bool] | None:
        """Whether each inherited method is async (parent exchanges, the base class, and with_native the native layer,
        whose methods no class may define); None when part of the chain cannot be read. Read once per file."""
        if self._inherited is None:
            from transpiler.analysis.methods import inherited_kinds, native_kinds  # reads the chain: once, if asked

            context = self.context
            chain = inherited_kinds(context.source.path, context.exchange, context.source.is_base)
            native = native_kinds(os.path.dirname(os.path.abspath(context.source.path)))
            self._inherited = (chain, None if chain is None else {**native, **chain})
        return self._inherited[1] if with_native else self._inherited[0]


def naming_kind(name: str) -> str | None:
    """"async" for the name of a unified method that callers await, "sync" for a helper's; None for any other."""
    if name in BASE_ASYNC_METHODS:
        return "async"
    return "sync" if BASE_SYNC_METHOD.match(name) else None


def _of_promise(node: Node) -> bool:
    """A call of Promise.all (or another member of Promise), which E006 refuses: the calls in its arguments are not
    reported again as unawaited, nor its await as the await of a value."""
    return node.type == "CallExpression" and is_member(node.callee, object_name="Promise")


def _handed_to_promise(path: Path) -> bool:
    """Whether a call stands in the arguments of a call of Promise (directly or in an array literal)."""
    parent = path.parent
    if parent is not None and parent.type == "ArrayExpression":
        parent = parent.parent
    return parent is not None and _of_promise(parent.node)
