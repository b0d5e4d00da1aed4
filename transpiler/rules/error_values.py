"""SUB-B015: an error is made only to be thrown: no runtime can tell what a made error holds.

Round 16's SUB-T009 keeps a caught error to `throw e`, `instanceof` and this.rethrowUncaught; an error made with `new`
and kept as a value is the same object: an Error in Node (its message, name and stack as keys, 'ExchangeError: boom'
as text), an exception without keys in Python and PHP ('[object Object]').
"""

from __future__ import annotations

from transpiler.error_classes import ERROR_CLASSES
from transpiler.rules.base import Rule
from transpiler.syntax import Path


class ErrorsAreThrown(Rule):
    id = "SUB-B015"
    title = "`new ErrorClass (...)` stands only in a throw statement"
    rationale = (
        "A made error is an Error object in Node and an exception without keys in Python and PHP: kept as a value "
        "(`const e = new ExchangeError ('boom');`, in a list or a dictionary), `e['message']` and `e['name']` read "
        "it in Node and failed the call in Python and PHP, `'' + [ e ]` was 'ExchangeError: boom' in Node and "
        "'[object Object]' in the others, `this.json ({ 'e': e })` wrote its name in Node alone, and `e['stack']` "
        "gave Node's stack trace, the paths of the machine's files. An error is made where it is thrown."
    )
    bad = "const error = new BadRequest (this.id + ' ' + symbol);\nreturn [ error ];"
    good = "throw new BadRequest (this.id + ' ' + symbol);"
    hint = "throw it where it is made: throw new ExchangeError (message)"

    def visit_NewExpression(self, path: Path) -> None:
        callee = path.node.callee
        if callee.type != "Identifier":
            return  # E011's
        if not names_error_class(self.context, callee.name):
            return  # E011's
        if path.parent_type == "ThrowStatement":
            return
        self.report(path.node, f"an error made with new {callee.name} is kept as a value: an Error object in Node, "
                               "an exception without keys in Python and PHP")


def names_error_class(context, name: str) -> bool:
    """Whether `new name (...)` makes a unified error: one imported under its name (or not imported: E006's)."""
    imported = context.exchange.imports.get(name)
    return (imported is not None and imported.imported in ERROR_CLASSES) or name in ERROR_CLASSES
