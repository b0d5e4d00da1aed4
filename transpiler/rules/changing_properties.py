"""SUB-D008: the properties of the exchange that change in place are read key by key.

this.options (which exchange code writes into), this.sessionTokens (keepSessionToken) and this.streams
(setStreamState) change in place. Held whole by a variable, a parameter, a literal or another option, such a
dictionary is the same object in Node and Python and a copy in PHP, whose arrays are values: a later change showed
through the first two alone (red-team round 35: `const o = this.options; this.options['side'] = 'sell'; return
this.safeString (o, 'side', 'buy');` sold in Node and Python and bought in PHP).
"""

from __future__ import annotations

import re

from transpiler.names import NATIVE_PRIMITIVES
from transpiler.rules.base import Rule
from transpiler.syntax import Path, is_member

CHANGING_PROPERTIES = frozenset({"options", "sessionTokens", "streams"})
# The safe* readers of one key (sealed: no exchange redefines them), which hand out the value at that key.
KEY_READERS = frozenset(name for name in NATIVE_PRIMITIVES if re.fullmatch(
    r"safe(Value|String|StringLower|StringUpper|Number|Integer|IntegerProduct|Timestamp|Dict|List|Bool)(2|N)?"
    r"|safeUnsigned|safeMilliseconds", name))
# The helper that copies the dictionaries it is given into a new one (sealed too). Not deepExtend: given a value that
# is no dictionary beside one, it hands the dictionary back itself (red-team round 36).
COPIERS = frozenset({"extend"})


class ChangingPropertiesReadByKey(Rule):
    id = "SUB-D008"
    title = "this.options, this.sessionTokens and this.streams are read key by key, never held whole"
    rationale = (
        "These dictionaries change in place: exchange code writes into this.options, keepSessionToken into "
        "this.sessionTokens, setStreamState into this.streams. Held whole (by a variable, a parameter, a returned "
        "value, a literal, another option) it is the same object in Node and Python and a copy in PHP, so a later "
        "change showed through the holder in Node and Python alone: `const o = this.options; this.options['side'] "
        "= 'sell'; return this.safeString (o, 'side', 'buy');` sold in Node and Python and bought in PHP "
        "(red-team round 35). A key is read with a bracket or a safe* helper, whose result is the value at that "
        "moment in every runtime."
    )
    bad = "const options = this.options;\nreturn this.safeString (options, 'side');"
    good = "return this.safeString (this.options, 'side');"
    hint = "read the key itself: this.options['name'] or this.safeString (this.options, 'name')"
    decisions = (
        "Allowed are a member read (this.options['k']), the dictionary of a safe* reader (its first argument), "
        "the right of `in`, Object.keys and Object.values, which make a new list, and this.extend, which makes a "
        "new dictionary (not this.deepExtend: beside a value that is no dictionary, it hands the dictionary back "
        "itself). this.streams is read through this.streamState (key) only (its keys through `in` and Object.keys): "
        "SUB-D007 lets a stream state read so be changed in place and put back, which a holder of the same value "
        "through this.streams would see in Node and Python alone (red-team round 37). The base class, which keeps "
        "these dictionaries, is not held to the rule."
    )

    def visit_MemberExpression(self, path: Path) -> None:
        node = path.node
        if self.context.source.is_base or node.computed or node.object.type != "ThisExpression" \
                or node.property.name not in CHANGING_PROPERTIES:
            return
        if node.property.name == "streams":
            if not (_written(path) or _names_keys(path)):
                self.report(node, "this.streams is read through this.streamState (key) only: its values are put back "
                                  "changed in place (SUB-D007's put-back), which another holder would see in Node "
                                  "and Python alone", "write this.streamState (key)")
        elif not (_written(path) or _names_keys(path) or _read_by_key(path)):
            self.report(node, f"this.{node.property.name} is held whole: a later change of it shows through the "
                              "holder in Node and Python, not in PHP, where arrays are values")


def _written(path: Path) -> bool:
    """The property itself assigned, updated or deleted: SUB-B008's."""
    parent = path.parent
    return (parent.type == "AssignmentExpression" and path.field == "left") or parent.type == "UpdateExpression" \
        or (parent.type == "UnaryExpression" and parent.node.operator == "delete")


def _names_keys(path: Path) -> bool:
    """`key in this.streams` or Object.keys (this.streams): its keys, none of its values."""
    parent = path.parent
    if parent.type == "BinaryExpression":
        return parent.node.operator == "in" and path.field == "right"
    return parent.type == "CallExpression" and path.field == "arguments" \
        and is_member(parent.node.callee, "Object", "keys")


def _read_by_key(path: Path) -> bool:
    """A member read, the dictionary of a safe* reader, Object.values (a new list) or this.extend (a new dictionary)."""
    parent = path.parent
    if parent.type == "MemberExpression":
        return path.field == "object"
    if parent.type == "CallExpression" and path.field == "arguments":
        call = parent.node
        if is_member(call.callee) and call.callee.object.type == "ThisExpression":
            return call.callee.property.name in COPIERS or (
                call.arguments[0] is path.node and call.callee.property.name in KEY_READERS)
        return is_member(call.callee, "Object", "values")
    return False
