"""CERT-S001: what a unified method returns follows the contract's structure (transpiler/unified.py STRUCTURES):
every field is one of the structure's, a field marked never null is there, every value has the field's type, and
the fields whose values the contract fixes (status, side, type, ...) hold one of them.

Checked on the results the response tests produce in JavaScript (the other runtimes must produce the same: that is
CERT-T001), so that a structure an exchange builds by hand (a currency, a deposit address) is held to the same
contract as those the base class's safe* helpers build. A key with an undefined value is the same as a missing
one (JSON leaves it out). NaN, Infinity, -Infinity and -0 come tagged (fixtures.NUMBER_TAG): -0 is a number, an
integer too, and the others no value of the contract (no price, amount or time is NaN or infinite)."""

from __future__ import annotations

import itertools

from transpiler.harness.fixtures import NUMBER_TAG, clipped, is_number_tag
from transpiler.unified import STRUCTURES, Structure, UnifiedMethod

_SCALARS = {"str": str, "bool": bool, "dict": dict, "list": list}


def problems(method: UnifiedMethod, result: object, limit: int | None = None) -> list[str]:
    """What in `result` breaks the contract of what `method` returns, one line each (empty when it follows it), the
    first `limit` of them. The lines quote the result's keys and values clipped, and are made as they are taken: a
    result of a pull request's code is hostile (red-team round 74: a key of 16 K characters repeated in each of 16 K
    lines took certify's process to 279 MB)."""
    return list(itertools.islice(_problems(method, result), limit))


def _problems(method: UnifiedMethod, result: object):
    shape, structure = _shape(method.returns)
    if structure is None or not structure.fields:
        return
    if shape == "list":
        if not isinstance(result, list):
            yield f"returns {_kind(result)}, not a list"
            return
        for index, item in enumerate(result):
            yield from _check(structure, item, f"[{index}]")
        return
    if shape == "dict":
        if isinstance(result, list) and not result:
            return  # an empty dictionary (PHP has one array type)
        if not isinstance(result, dict):
            yield f"returns {_kind(result)}, not a dictionary keyed by {structure.key}"
            return
        for key, item in result.items():
            yield from _check(structure, item, f"[{_quoted(key)}]")
        for key, item in result.items():
            if isinstance(item, dict) and item.get(structure.key) != key:
                yield (f"[{_quoted(key)}] is under another key than its {structure.key} "
                       f"{_quoted(item.get(structure.key))}")
        return
    if result is None and method.returns.endswith("None"):
        return
    yield from _check(structure, result, "")


def _shape(returns: str) -> tuple[str, Structure | None]:
    text = returns.replace(" | None", "")
    if text.startswith("list[") and text.endswith("]"):
        return "list", STRUCTURES.get(text[5:-1])
    if text.startswith("dict[str, ") and text.endswith("]"):
        return "dict", STRUCTURES.get(text[10:-1])
    return "one", STRUCTURES.get(text)


def _check(structure: Structure, value: object, where: str):
    if not isinstance(value, dict):
        yield f"{where or 'the result'} is {_kind(value)}, not a {structure.name}"
        return
    fields = {field.name: field for field in structure.fields}
    for key in value:
        if key not in fields:
            yield f"{where}.{clipped(str(key), 60)}: not a field of {structure.name}"
    for field in structure.fields:
        item = value.get(field.name)
        path = f"{where}.{field.name}"
        if item is None:
            if not field.nullable:
                yield f"{path}: missing, but a {structure.name} always has it"
            continue
        yield from _typed(field.type, item, path)
        if field.values and isinstance(item, str) and item not in field.values:
            yield f"{path}: {_quoted(item)} is not one of the unified values {', '.join(field.values)}"


def _typed(annotation: str, value: object, path: str):
    if annotation == "Any":
        return
    if is_number_tag(value):
        if annotation in ("float", "int") and value[NUMBER_TAG] == "-0":
            return
        wanted = {"float": "a finite number", "int": "an integer"}.get(annotation, annotation)
        yield f"{path}: {value[NUMBER_TAG]}, not {wanted}"
        return
    if annotation in STRUCTURES:
        yield from _check(STRUCTURES[annotation], value, path)
        return
    if annotation.startswith("list[") and annotation.endswith("]"):
        if isinstance(value, dict) and not value:
            return  # an empty list (PHP has one array type)
        if not isinstance(value, list):
            yield f"{path}: {_kind(value)}, not a list"
            return
        for index, item in enumerate(value):
            yield from _typed(annotation[5:-1], item, f"{path}[{index}]")
        return
    if annotation in ("float", "int"):
        number = isinstance(value, (int, float)) and not isinstance(value, bool)
        if not number or (annotation == "int" and isinstance(value, float) and not value.is_integer()):
            wanted = "a number" if annotation == "float" else "an integer"
            yield f"{path}: {_kind(value)} {_quoted(value)}, not {wanted}"
        return
    expected = _SCALARS.get(annotation)
    if expected is dict and isinstance(value, list) and not value:
        return  # an empty dictionary (PHP has one array type)
    if expected is not None and not isinstance(value, expected):
        yield f"{path}: {_kind(value)} {_quoted(value)}, not {annotation}"


def _quoted(value: object) -> str:
    """repr of a value of the result, at most 60 characters of it."""
    return clipped(repr(value), 60)


def _kind(value: object) -> str:
    return {type(None): "null", bool: "a boolean", int: "a number", float: "a number", str: "a string",
            list: "a list", dict: "a dictionary"}.get(type(value), type(value).__name__)
